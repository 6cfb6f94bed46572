package entity_test

import "testing"

// TestReferentsJointParties resolves a plural pronoun leading its clause
// to the parties of a joint event (a meeting, talks, a visit, a call, an
// agreement) its sentence or the one before reports, and leaves it
// unresolved when a plural noun or another group stands closer, when the
// pronoun is quoted or does not lead its clause, or when the event has no
// named parties. Our own sentences.
func TestReferentsJointParties(t *testing.T) {
	checkReferentsCases(t, []referentsCase{
		{"met-they", "Japan met China in Tokyo on Monday. They discussed trade.", "They",
			[]string{"Japan", "China"}, "the subject and the object of a meeting"},
		{"met-with-people", "Ana Ruiz met with Daniel Ortez in Lima on Monday. They discussed trade.", "They",
			[]string{"Ana Ruiz", "Daniel Ortez"}, "people stay people"},
		{"talks-between", "Talks between India and Pakistan opened in Geneva. They agreed to meet again.", "They",
			[]string{"India", "Pakistan"}, "the coordinated parties of talks"},
		{"visit-noun", "Ana Ruiz received Daniel Ortez during a state visit. Their talks lasted two hours.", "Their",
			[]string{"Ana Ruiz", "Daniel Ortez"}, "a possessive leading its clause"},
		{"during-their", "Japan met China on Monday. During their talks, trade was discussed.", "their",
			[]string{"Japan", "China"}, "a preposition before the pronoun"},
		{"treaty-with", "Japan signed a treaty with China on Monday. They also agreed to cut tariffs.", "They",
			[]string{"Japan", "China"}, "the partner after the verb's object and a preposition"},
		{"called-on", "Ana Ruiz called on Daniel Ortez in Lima on his first visit. They discussed trade.", "They",
			[]string{"Ana Ruiz", "Daniel Ortez"}, "a preposition right after the verb; the visit is the event"},
		{"held-talks-with", "Ana Ruiz held talks with Daniel Ortez in Lima. Their meeting lasted an hour.", "Their",
			[]string{"Ana Ruiz", "Daniel Ortez"}, "the event noun right after the verb"},
		{"same-sentence-and-they", "Japan met China on Monday and they discussed trade.", "they",
			[]string{"Japan", "China"}, "the event in the pronoun's own sentence"},
		{"chain-next-sentence", "Japan met China on Monday. They discussed trade. They also agreed to cut tariffs.", "They",
			[]string{"Japan", "China"}, "a pronoun resolved so opens the sentence before"},
		{"chain-plural-noun-between", "Japan met China on Monday. They discussed trade. Officials also agreed and they left.", "they",
			nil, "a plural noun between the pronouns"},
		{"possessive-after-they", "Japan met China on Monday. They discussed trade issues at their meeting.", "their",
			[]string{"Japan", "China"}, "a possessive goes with its clause's plural subject"},
		{"possessive-after-they-actor-between", "Japan met China on Monday. They told Haiti about their plans.", "their",
			nil, "an actor between the subject and the possessive"},
		{"nationalities", "Indian and Chinese diplomats met in Geneva. They agreed to meet again.", "They",
			nil, "the diplomats, a plural noun before the verb, stand closer"},
		{"no-event", "Japan criticized China on Monday. They exchanged fire.", "They",
			nil, "criticism is no joint event"},
		{"plural-noun-between", "Japan met China on Monday. Officials said they discussed trade.", "they",
			nil, "a plural noun before the pronoun in its sentence"},
		{"group-between", "Japan met China on Monday. NATO said they discussed trade.", "they",
			nil, "another group before the pronoun in its sentence"},
		{"quoted", "Japan met China on Monday. \"They discussed trade,\" Ana Ruiz said.", "They",
			nil, "a quoted pronoun is the quotation rule's"},
		{"not-leading", "Japan met China on Monday. Ana Ruiz thanked them.", "them",
			nil, "an object does not lead its clause"},
		{"one-party", "Japan held a meeting on Monday. They discussed trade.", "They",
			nil, "one named party is no pair"},
		{"unnamed-party", "Japan met rebel leaders on Monday. They discussed trade.", "They",
			nil, "the other party is not a named actor"},
		{"mixed-sorts", "Ana Ruiz met Japan on Monday. They discussed trade.", "They",
			nil, "a person and a country are no pair of parties"},
		{"object-group-with-subject", "Japan met Haiti and China on Monday. They discussed trade.", "They",
			[]string{"Japan", "Haiti", "China"}, "the subject is a party of a group after the verb"},
		{"object-group-unnamed-subject", "The delegation, led by Ana Ruiz, met Daniel Ortez and Kenji Sato on Monday. They discussed trade.", "They",
			nil, "a party of the meeting is no named actor"},
		{"two-back", "Japan met China on Monday. The weather was fine. They discussed trade.", "They",
			nil, "the event two sentences back is too far"},
	})
}
