package relation

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMatchGapNegation: a gap of a "then" pattern does not skip a
// negation (gapNegation). The pattern's words after a negation are
// negated, so the entry does not hold; a negation of the verb group
// leaves a match after it, whose modality reads it. "not only" adds and
// is skipped. Our own sentences.
func TestMatchGapNegation(t *testing.T) {
	lex := mustLexicon(t, `
triggers:
  - {verb: order, then: "... ambassador ... to (leave|return)", cameo: "161", object: [direct]}
  - {verb: order, cameo: "10", object: [direct]}
  - {verb: have, then: "... talks", cameo: "04", object: [with]}
  - {verb: hold, then: "... talks", cameo: "04", object: [with]}
  - {verb: sign, then: "... agreement", cameo: "05", object: [with]}
`)
	tests := []struct {
		name, in string
		want     []string
		reason   string
	}{
		{"gapped-no-negation", "Iran ordered the Italian ambassador to leave",
			[]string{"161 ordered the Italian ambassador to leave", "10 ordered"},
			"a gapped match with no negation is unchanged"},
		{"not-in-gap", "Iran ordered the Italian ambassador not to leave",
			[]string{"10 ordered"},
			"an order not to leave is no order to leave: the gap stops at the negation"},
		{"never-in-gap", "Iran ordered the Italian ambassador never to return",
			[]string{"10 ordered"},
			"every word of class negations stops a gap"},
		{"no-longer-in-gap", "Iran ordered the ambassador no longer to leave",
			[]string{"10 ordered"},
			"a negation_phrases phrase stops a gap at its first word"},
		{"negation-before-trigger", "Iran did not order the Italian ambassador to leave",
			[]string{"161 order the Italian ambassador to leave", "10 order"},
			"a negation outside the gap does not touch the match (its modality reads it)"},
		{"verb-group", "Egypt has not held talks",
			[]string{"04 held talks"},
			"the gap from 'has' stops at 'not'; the match after the negation stays"},
		{"not-only", "Egypt signed not only an agreement",
			[]string{"05 signed not only an agreement"},
			"'not only' (additive_phrases) adds and does not stop the gap"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, codedMatches(t, lex, tc.in)); diff != "" {
			t.Errorf("%s: find(%q) (%s) mismatch (-want +got):\n%s", tc.name, tc.in, tc.reason, diff)
		}
	}
}

// codedMatches returns the matches of lex over the first sentence of
// in, each as its code and text, in find's order.
func codedMatches(t *testing.T, lex *Lexicon, in string) []string {
	t.Helper()
	s, _ := newSentence(buildDoc(t, in), 0)
	var got []string
	for _, m := range lex.find(s.words, nil) {
		got = append(got, m.p.e.code+" "+s.tokSpan(m.start, m.end).Text)
	}
	return got
}

// Negations around gapped entries, through the whole extractor, with
// the default lexicon: our own sentences, written as in
// parentheticalCueTests.
var gapNegationTests = []struct {
	name   string
	text   string
	want   []string
	reason string
}{
	{
		name:   "ambassador-not-to-leave",
		text:   "Iran ordered the Italian ambassador not to leave Tehran.",
		want:   []string{"Iran 10 Italian asserted"},
		reason: "an order not to leave is a demand, not an envoy sent home (the 161 entry's gap stops at the negation)",
	},
	{
		name:   "ambassador-to-leave",
		text:   "Iran ordered the Italian ambassador to leave Tehran.",
		want:   []string{"Iran 161 Italian asserted"},
		reason: "the gapped match with no negation is unchanged",
	},
	{
		name:   "did-not-order",
		text:   "Iran did not order the Italian ambassador to leave Tehran.",
		want:   []string{"Iran 161 Italian negated asserted"},
		reason: "a negation before the trigger, outside the gap, negates it as before",
	},
	{
		name:   "urged-not-to-deploy",
		text:   "China urged Seoul not to deploy the missile system.",
		want:   []string{"China 02 Seoul asserted"},
		reason: "no gapped entry covers it: the appeal took place, the negation is its complement's",
	},
	{
		name:   "has-not-held-talks",
		text:   "Egypt has not held talks with Israel.",
		want:   []string{"Egypt 04 Israel negated asserted"},
		reason: "'has ... talks' stops at the negation; 'held talks' after it reads it",
	},
	{
		name:   "not-only-in-gap",
		text:   "Egypt signed not only an agreement with Israel but also a treaty.",
		want:   []string{"Egypt 05 Israel asserted"},
		reason: "'not only' adds: the gapped match stays, unnegated",
	},
	{
		name:   "not-only-before-trigger",
		text:   "Iran not only condemned Israel but also threatened it.",
		want:   []string{"Iran 11 Israel asserted", "Iran 13 it asserted"},
		reason: "'not only' before the trigger is no negation of it",
	},
}

func TestGapNegation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and parser")
	}
	runCueTests(t, defaultExtractor(t), gapNegationTests)
}
