package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// pluralPronounRefs keeps the references of doc whose text is a plural
// pronoun.
func pluralPronounRefs(doc *entity.Document) []gotRef {
	var out []gotRef
	for _, r := range summarizeReferences(doc) {
		switch strings.ToLower(r.Text) {
		case "they", "them", "their":
			out = append(out, r)
		}
	}
	return out
}

// In a quotation a plural pronoun nothing else resolves stands for the
// other side the speaker speaks of (issue #10). Our own sentences, with
// the cases whose right answer is "unresolved".
func TestQuotedOther(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		in     string
		want   []gotRef
		reason string
	}{{
		name:   "country-named-before-the-quotation",
		in:     "Japanese Prime Minister Fumio Kishida said Iran had restarted its program. \"If they have done so, it is regrettable,\" Kishida said.",
		want:   []gotRef{{"they", "pronoun", "IRN"}},
		reason: "the first actor before the quotation that is not the speaker's side",
	}, {
		name:   "speakers-country-skipped",
		in:     "Japanese Prime Minister Fumio Kishida said Japan and Iran would meet. \"They must stop enriching uranium,\" Kishida said.",
		want:   []gotRef{{"They", "pronoun", "IRN"}},
		reason: "Japan is the speaker's own country",
	}, {
		name:   "body-beside-the-speaker-skipped",
		in:     "Asked when the Iranian envoys would leave, he declined to say. \"We are looking into it,\" said Daniel Ortez, chairman of the Senate, Japan's parliament. \"If they stay, we will act.\"",
		want:   []gotRef{{"they", "pronoun", "IRN"}},
		reason: "the actors in the speaker's apposition are the speaker's side",
	}, {
		name:   "plural-noun-between-unresolved",
		in:     "Japanese Prime Minister Fumio Kishida criticized Iran. \"Refugees are no threat. They need help,\" Kishida said.",
		want:   nil,
		reason: "refugees stand between Iran and 'They': people of their own may be meant",
	}, {
		name:   "no-speaker-unresolved",
		in:     "Iran restarted its program. \"They must stop,\" the statement said.",
		want:   nil,
		reason: "no known speaker: no side to tell the other from",
	}, {
		name:   "object-pronoun-unresolved",
		in:     "Japanese Prime Minister Fumio Kishida spoke of Iran's plans. \"We will study them,\" Kishida said.",
		want:   nil,
		reason: "an object 'them' is mostly a thing",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, pluralPronounRefs(doc)); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}
