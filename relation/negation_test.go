package relation

import "testing"

// Additive phrases in the parse-based readers (negationReader): a
// negation that opens an additive_phrases phrase ("not only") negates
// nothing, every other negation keeps negating. Our own sentences,
// written as in parentheticalCueTests.
var additiveNegationTests = []struct {
	name   string
	text   string
	want   []string
	reason string
}{
	{
		name:   "accusation-not-only-said",
		text:   "Iran has not only said Israel is responsible for the attack.",
		want:   []string{"Iran 11 Israel asserted"},
		reason: "the saying is not negated by 'not only' (accuse.go)",
	},
	{
		name:   "accusation-not-said",
		text:   "Iran has not said Israel is responsible for the attack.",
		want:   []string{"Iran 11 Israel negated asserted"},
		reason: "a plain negation of the saying still negates the charge",
	},
	{
		name:   "accusation-not-only-cooperated",
		text:   "Kenya said Uganda has not only cooperated with the inquiry.",
		want:   nil,
		reason: "cooperation reported with 'not only' is no charge",
	},
	{
		name:   "accusation-not-cooperated",
		text:   "Kenya says Uganda has not cooperated with the inquiry.",
		want:   []string{"Kenya 11 Uganda asserted"},
		reason: "a plain negated cooperation is still a charge",
	},
	{
		name:   "demand-not-only-said",
		text:   "Egypt has not only said Israel has to withdraw from Gaza.",
		want:   []string{"Egypt 10 Israel asserted"},
		reason: "a reported obligation whose saying opens with 'not only' is a demand, not negated (reported_demand.go)",
	},
	{
		name:   "demand-not-said",
		text:   "Egypt did not say Israel has to withdraw from Gaza.",
		want:   []string{"Egypt 10 Israel negated asserted"},
		reason: "a plain negation of the saying negates the demand",
	},
	{
		name:   "demand-obligation-not-only",
		text:   "Egypt said Israel not only has to withdraw from Gaza.",
		want:   []string{"Egypt 10 Israel asserted"},
		reason: "'not only' on the obligation verb leaves the obligation",
	},
	{
		name:   "wanted-not-only",
		text:   "Egypt wants Israel not only to withdraw from Gaza but also to free the prisoners.",
		want:   []string{"Egypt 10 Israel asserted"},
		reason: "a wanted act after 'not only' is wanted",
	},
	{
		name:   "wanted-not",
		text:   "Egypt wants Israel not to withdraw from Gaza.",
		want:   nil,
		reason: "a negated wanted act is no demand that Israel act",
	},
	{
		name:   "condition-not-only",
		text:   "Chile said the deal was not only conditional on Peru ending the blockade.",
		want:   []string{"Chile 10 Peru asserted"},
		reason: "a condition after 'not only' is a condition",
	},
	{
		name:   "stance-not-only-accept",
		text:   "Chile will not only accept Peru's proposal.",
		want:   []string{"Peru 02 Chile asserted"},
		reason: "'will not only accept' is no rejection (reported_stance.go)",
	},
	{
		name:   "stance-not-accept",
		text:   "Chile will not accept Peru's proposal.",
		want:   []string{"Chile 12 Peru asserted", "Peru 02 Chile asserted"},
		reason: "a plain 'will not accept' stays a rejection",
	},
	{
		name:   "not-only-but-also-two-events",
		text:   "Iran said Israel had not only attacked Syria but also bombed Lebanon.",
		want:   []string{"Iran 11 Israel asserted", "Israel 19 Syria asserted", "Israel 19 Lebanon asserted"},
		reason: "both conjoined events hold, neither negated",
	},
}

func TestAdditiveNegation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and parser")
	}
	runCueTests(t, defaultExtractor(t), additiveNegationTests)
}
