package relation

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// A denied hostile act is no accusation (accuse.yaml: cleared): our own
// sentences, each with every relation the rules give, written "SUBJECT
// CODE OBJECT", with " neg" for a negated one.
var clearedTests = []struct {
	name, text string
	want       []string
	reason     string
}{
	{
		name:   "negated-blame-over-cooperative",
		text:   "France said Russia had not violated the ceasefire.",
		want:   nil,
		reason: "a negated blame verb clears its subject, though its object is a cooperative trigger",
	},
	{
		name:   "negated-attack",
		text:   "Sweden said Norway did not attack Finland.",
		want:   []string{"Norway 19 Finland neg"},
		reason: "a negated hostile act is the reported act, negated, and no charge",
	},
	{
		name:   "never-threatened",
		text:   "Chile said Peru never threatened Bolivia.",
		want:   []string{"Peru 13 Bolivia neg"},
		reason: "\"never\" negates the hostile act: no charge",
	},
	{
		name:   "negated-attack-on-cooperative-object",
		text:   "Kenya said Uganda had not attacked the ceasefire monitors.",
		want:   nil,
		reason: "a negated hostile act over a cooperative trigger clears its subject",
	},
	{
		name:   "negated-cooperative",
		text:   "France said Russia has not respected the ceasefire.",
		want:   []string{"France 11 Russia"},
		reason: "a negated cooperative act is still a charge",
	},
	{
		name:   "plain-blame",
		text:   "France said Russia violated the ceasefire.",
		want:   []string{"France 11 Russia"},
		reason: "a blame verb, not negated, is a charge",
	},
	{
		name:   "denied-attack",
		text:   "Sweden denied that Norway attacked Finland.",
		want:   nil,
		reason: "a denial of an act is none of the reported readings; the denied act is not asserted (kept as it was)",
	},
}

// TestClearedActs runs the table with the rules alone and with the
// embedded relation model, which proposes no DISAPPROVE from the speaker
// to a subject the rules cleared.
func TestClearedActs(t *testing.T) {
	tg := freshTaggerT(t)
	modes := []struct {
		name string
		x    *Extractor
	}{
		{"rules", modelExtractor(t, nil)},
		{"model", modelExtractor(t, defaultModelT(t))},
	}
	for _, mode := range modes {
		for _, tc := range clearedTests {
			t.Run(mode.name+"/"+tc.name, func(t *testing.T) {
				doc := tg.Tag(entity.Input{Text: tc.text})
				if diff := cmp.Diff(tc.want, relStrings(mode.x.Extract(doc))); diff != "" {
					t.Errorf("%q (%s) mismatch (-want +got):\n%s", tc.text, tc.reason, diff)
				}
			})
		}
	}
}

// TestClearedOff checks that the rule is the data's: with no cleared
// roots, a negated hostile act over a cooperative trigger reads as the
// negated cooperative act, a charge.
func TestClearedOff(t *testing.T) {
	tg := freshTaggerT(t)
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(lex, WithModel(nil), WithAccusals(userFileT(t, LoadAccusals, "cleared: []\n")))
	doc := tg.Tag(entity.Input{Text: "Kenya said Uganda had not attacked the ceasefire monitors."})
	if diff := cmp.Diff([]string{"Kenya 11 Uganda"}, relStrings(x.Extract(doc))); diff != "" {
		t.Errorf("cleared: [] mismatch (-want +got):\n%s", diff)
	}
}

// relStrings writes relations as "SUBJECT CODE OBJECT", with " neg" for
// a negated one; those with no object are left out.
func relStrings(rs []Relation) []string {
	var out []string
	for _, r := range rs {
		if r.Object == nil {
			continue
		}
		s := fmt.Sprintf("%s %s %s", r.Subject.Text, r.CAMEO, r.Object.Text)
		if r.Negated {
			s += " neg"
		}
		out = append(out, s)
	}
	return out
}
