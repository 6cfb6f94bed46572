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
