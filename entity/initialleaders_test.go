package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// leaderGazetteer holds an invented leader whose family name is a common
// English word ("Rice"), and a country (our own data).
const leaderGazetteer = `
version: 1
entities:
  - {id: FRA, type: GPE, kind: country, name: France, demonyms: [French]}
  - {id: RUR, type: GPE, kind: country, name: Ruritania, demonyms: [Ruritanian]}
  - id: person/anna-rice
    type: PERSON
    name: Anna Rice
    country: RUR
    roles: [{title: Foreign Minister, from: 2020-01-01, to: 2024-12-31}]
`

// TestInitialLeaders tags a leader's family name that is a common word
// when it starts a sentence or a quotation's frame with a person cue
// after it ("Rice said"), and links it to the leader in office on the
// document's date; the word with no person cue after it, or a common word
// no leader is named, stays untagged.
func TestInitialLeaders(t *testing.T) {
	g, err := gazetteer.Load(strings.NewReader(leaderGazetteer), "leaders.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tg := entity.NewTagger(g)
	dated := mustDate(t, "2022-03-01")
	tests := []struct {
		name   string
		in     entity.Input
		want   []got
		reason string
	}{{
		name:   "sentence-start",
		in:     entity.Input{Text: "Rice said France must act.", Date: dated},
		want:   []got{{"Rice", "PERSON", "person/anna-rice", "RUR", "Foreign Minister"}, {"France", "GPE", "FRA", "FRA", ""}},
		reason: "a leader's family name before a speech verb, the leader in office that day",
	}, {
		name:   "after-quotation",
		in:     entity.Input{Text: `"France must act," Rice told reporters.`, Date: dated},
		want:   []got{{"France", "GPE", "FRA", "FRA", ""}, {"Rice", "PERSON", "person/anna-rice", "RUR", "Foreign Minister"}},
		reason: "the frame after a quotation starts like a sentence",
	}, {
		name:   "undated",
		in:     entity.Input{Text: "Rice said France must act."},
		want:   []got{{"Rice", "PERSON", "", "RUR", ""}, {"France", "GPE", "FRA", "FRA", ""}},
		reason: "undated: a person of the country its leaders of that name share, unlinked",
	}, {
		name:   "no-person-cue",
		in:     entity.Input{Text: "Rice prices rose in France.", Date: dated},
		want:   []got{{"France", "GPE", "FRA", "FRA", ""}},
		reason: "the common word with no person cue after it",
	}, {
		name:   "no-such-leader",
		in:     entity.Input{Text: "Brown said France must act.", Date: dated},
		want:   []got{{"France", "GPE", "FRA", "FRA", ""}},
		reason: "no leader has that family name",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(tc.in)
			if diff := cmp.Diff(tc.want, summarize(doc.Mentions)); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in.Text, diff, tc.reason)
			}
		})
	}
}
