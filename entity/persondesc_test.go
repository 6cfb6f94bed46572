package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestPersonDescriptions resolves descriptions of people with hyphenated
// compounds among their modifiers ("the 87-year-old leader", "the
// long-time president") to the person they describe, as it does those
// without. Our own sentences, with the cases whose right answer is
// "unresolved"; only the references whose text is the phrase are
// compared.
func TestPersonDescriptions(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		in     string
		phrase string
		want   []gotRef
		reason string
	}{{
		name:   "narrower-title-still-rejects",
		in:     "Japanese Prime Minister Fumio Kishida met reporters on Monday. The president said talks would resume.",
		phrase: "The president",
		want:   nil,
		reason: "a prime minister is no president",
	}, {
		name:   "nationality-disagrees-unresolved",
		in:     "Russian President Vladimir Putin praised talks with German leader Olaf Scholz. The French President later flew to Kyiv.",
		phrase: "The French President",
		want:   nil,
		reason: "no French person named before",
	}, {
		name:   "age-compound",
		in:     "Mahmoud Abbas met Egyptian officials in Cairo on Monday. The 87-year-old leader said talks would resume.",
		phrase: "The 87-year-old leader",
		want:   []gotRef{{"The 87-year-old leader", "description", "person/mahmoud-abbas"}},
		reason: "a hyphenated compound of a number and words is a modifier, its hyphens no words",
	}, {
		name:   "long-time-compound",
		in:     "The European Union imposed a travel ban on Alexander Lukashenko. The long-time president called it barbarism.",
		phrase: "The long-time president",
		want:   []gotRef{{"The long-time president", "description", "person/alexander-lukashenko"}},
		reason: "a hyphenated compound of lower-case words is a modifier",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			var refs []gotRef
			for _, r := range summarizeReferences(doc) {
				if r.Text == tc.phrase {
					refs = append(refs, r)
				}
			}
			if diff := cmp.Diff(tc.want, refs); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}
