package entity_test

import "testing"

// TestQuotationSpeakerForms resolves first-person pronouns in a quotation
// to speakers named in three more forms of attribution: a reporter's
// "quoted X as saying" (X speaks, not the reporter), a name set off by an
// apposition before its speech verb, and "wrote"; a passive agent ("was
// quoted by the agency") is no speaker. Our own sentences; want "" is
// "unresolved".
func TestQuotationSpeakerForms(t *testing.T) {
	checkOccurrences(t, []occurrenceCase{
		{"quoted-as-saying", `"Our official talks are tomorrow," TASS quoted Vladimir Putin as saying.`, "Our", 0, "Vladimir Putin",
			"the person quoted as saying, not the agency that quotes"},
		{"apposition-before-verb", `"We are ready to stop," Sergei Lavrov, the Russian foreign minister, said on Monday.`, "We", 0, "Sergei Lavrov",
			"an apposition set off by commas between the name and its speech verb"},
		{"wrote", `"We are working for peace," Justin Trudeau wrote on Twitter.`, "We", 0, "Justin Trudeau",
			"'wrote' is a speech verb of class speech_verbs"},
		{"passive-agent-unresolved", `Talks went well. "We will invite them," he was quoted by the Anatolian Agency as saying.`, "We", 0, "",
			"the agent of 'was quoted by' reports the speech; 'he' has no antecedent"},
		{"apposition-no-speech-verb-unresolved", `"We will act," Sergei Lavrov, the Russian foreign minister, left the room.`, "We", 0, "",
			"no speech verb after the apposition"},
	})
}

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
