package entity_test

import "testing"

// TestSpokesmanWe resolves a first-person plural pronoun in a quotation
// of one who speaks for a country (class speaker_nouns in the person's
// title) to that country, as annotators read it; a leader's "we", and "I"
// of anyone, stay the speaker's. Our own sentences; want "" is
// "unresolved".
func TestSpokesmanWe(t *testing.T) {
	checkOccurrences(t, []occurrenceCase{
		{"spokesman-we", `The U.S. condemned the attack. "We strongly condemn it," State Department spokesman Ned Price told reporters.`, "We", 0, "United States",
			"a spokesman's 'we' is the country spoken for"},
		{"spokesman-our", `China recalled its envoy. "Our envoy has been recalled," Chinese Foreign Ministry spokesman Wang Wenbin said.`, "Our", 0, "China",
			"the possessive too"},
		{"spokesman-i", `"I cannot confirm the report," State Department spokesman Ned Price told reporters.`, "I", 0, "Ned Price",
			"'I' is the speaker alone"},
		{"leader-we", `"We will not accept the tariffs," Justin Trudeau said on Friday.`, "We", 0, "Justin Trudeau",
			"a leader's 'we' stays the leader's"},
		{"country-never-named", `"We strongly condemn the attack," State Department spokesman Ned Price told reporters.`, "We", 0, "Ned Price",
			"the spokesman's country is named nowhere in the text: the speaker"},
		{"spokesman-of-no-known-country", `"We have recalled our envoy," spokesman Ali Rahimi said.`, "We", 0, "Ali Rahimi",
			"no country known for the spokesman: the speaker"},
	})
}
