package relation

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// refCandidates lists the candidate pairs of text as "subject (actor) >
// object (actor)".
func refCandidates(t *testing.T, text string, opts ...Option) []string {
	t.Helper()
	x := NewExtractor(defaultLexiconT(t), append([]Option{WithModel(nil)}, opts...)...)
	out := []string{}
	for _, c := range x.Candidates(tagged(t, text)) {
		out = append(out, fmt.Sprintf("%s (%s) > %s (%s)", c.Subject.Text, c.Subject.Name, c.Object.Text, c.Object.Name))
	}
	return out
}

// TestReferencePairs checks that WithReferencePairs adds the actors of
// references that no phrase of the sentence reads to the candidate pairs
// (our own sentences), and adds nothing where the phrases read them.
func TestReferencePairs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		off, on    []string
	}{
		{
			name: "a possessive before an event noun is no phrase: its actor pairs only with the setting",
			text: "Vladimir Putin arrived in Turkey on Monday. His talks with Recep Tayyip Erdogan lasted three hours.",
			off:  []string{"Vladimir Putin (Vladimir Putin) > Turkey (Turkey)", "Turkey (Turkey) > Vladimir Putin (Vladimir Putin)"},
			on: []string{
				"Vladimir Putin (Vladimir Putin) > Turkey (Turkey)", "Turkey (Turkey) > Vladimir Putin (Vladimir Putin)",
				"Recep Tayyip Erdogan (Recep Tayyip Erdogan) > His (Vladimir Putin)", "His (Vladimir Putin) > Recep Tayyip Erdogan (Recep Tayyip Erdogan)",
			},
		},
		{
			name: "a subject pronoun is a phrase of its own: the same pairs either way",
			text: "Iran rejected the plan on Sunday. It said Israel would pay a heavy price.",
			off:  []string{"It (Iran) > Israel (Israel)", "Israel (Israel) > It (Iran)"},
			on:   []string{"It (Iran) > Israel (Israel)", "Israel (Israel) > It (Iran)"},
		},
	} {
		if diff := cmp.Diff(tc.off, refCandidates(t, tc.text)); diff != "" {
			t.Errorf("%s: candidates without references (-want +got):\n%s", tc.name, diff)
		}
		if diff := cmp.Diff(tc.on, refCandidates(t, tc.text, WithReferencePairs(true))); diff != "" {
			t.Errorf("%s: candidates with references (-want +got):\n%s", tc.name, diff)
		}
		// A model that proposes nothing, read with the references,
		// leaves the rules' relations as they are.
		doc := tagged(t, tc.text)
		rules := NewExtractor(defaultLexiconT(t), WithModel(nil)).Extract(doc)
		flagged := &Model{m: pairs.Train(nil, pairs.TrainConfig{}).WithFlags(pairs.RefPairs)}
		if diff := cmp.Diff(brief(rules), brief(NewExtractor(defaultLexiconT(t), WithModel(flagged)).Extract(doc))); diff != "" {
			t.Errorf("%s: relations with an empty model read with references (-rules +with):\n%s", tc.name, diff)
		}
	}
}
