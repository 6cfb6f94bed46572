package relation

import "testing"

// TestPrecisionReadings checks readings that gave relations on text
// nobody tuned on (issue #9, precision): each case is our own sentence for
// a class of false positive, with its right reading beside it.
func TestPrecisionReadings(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{"postponed-meeting", "China and Japan have postponed their meeting.", rels(rel("CHN", Consult, "JPN").neg()),
			"the participle after 'have' is the verb, not a gap of 'have ... meeting': the meeting is put off (frames.yaml cancel), reported negated"},
		{"have-held-talks", "China and Japan have held talks.", rels(rel("CHN", Consult, "JPN")),
			"the light verb's own participle still reads the talks"},
		{"have-begun-talks", "The European Union and China have begun a fourth day of talks.", rels(rel("org/eu", Consult, "CHN")),
			"a phase participle lets the gap through: talks begun are talks held"},
		{"opposed-by", "Iran was opposed by France in the talks.", rels(rel("FRA", Reject, "IRN")),
			"the passive of oppose: the agent opposes the subject, and no stance of the subject against the agent"},
		{"opposed-to", "Iran is opposed to France's plan.", rels(rel("IRN", Reject, "FRA")),
			"the stance 'opposed to' still reads its target"},
		{"patient-complement-expel", "Israel called for Iran to be expelled from the United Nations.", nil,
			"Iran would undergo the expulsion: no appeal to Iran, and the expulsion asked for is not realized"},
		{"patient-complement-ordered", "Spain ordered Jordi Cuixart to be put into jail.", nil,
			"ordering a person jailed is no demand of that person"},
		{"agent-complement-ordered", "Spain ordered Morocco to withdraw its troops.", rels(rel("ESP", Demand, "MAR")),
			"an active infinitive: the object is asked to act"},
		{"copular-complement", "France asked China to be more open.", rels(rel("FRA", Appeal, "CHN")),
			"a copula is no passive: China is asked to be something"},
		{"accusation-content", "Russia accused Ukraine of shelling Belgorod.", rels(rel("RUS", Disapprove, "UKR")),
			"the alleged acts are the accusation's content, not events (guideline §7)"},
		{"accusation-content-noun", "Ethiopia accused Egypt of air strikes on Sudan.", rels(rel("ETH", Disapprove, "EGY")),
			"an event noun there is content too"},
		{"blamed-for-act", "Human Rights Watch criticized China for selling weapons to Sudan.", rels(rel("org/hrw", Disapprove, "CHN"), rel("CHN", MaterialCooperation, "SDN")),
			"what an actor is criticized for is an act it did"},
		{"belief-noun-that", "U.S. officials voiced suspicions that Tehran is developing nuclear weapons.", nil,
			"a suspicion's content is not reported as done"},
		{"belief-verb-that", "Washington suspects that Iran attacked Israel.", nil,
			"nor what an actor suspects"},
		{"belief-fear-clause", "Israel fears that Iran will attack Israel.", nil,
			"nor what it fears"},
		{"belief-fear-noun", "Japan fears a North Korean attack on Seoul.", nil,
			"a feared event noun is no event either"},
		{"suspected-of", "Spain arrested two Moroccans suspected of bombing a bank in Rabat.", rels(rel("ESP", Coerce, "MAR")),
			"the suspicion covers the bombing, not the arrest"},
		{"suspected-modifier", "The U.S. military launched strikes on suspected al-Qaida targets in Somalia.", rels(rel("USA", Fight, "org/al-qaeda")),
			"'suspected' before a noun is no cue: the strikes are on al-Qaida"},
		{"said-not-belief", "Israel said Iran attacked Israel.", rels(rel("IRN", Fight, "ISR")),
			"a report verb is no belief: the reported event stays"},
		{"charged-with", "Russia charged Ukraine with shelling Donetsk.", rels(rel("RUS", Disapprove, "UKR")),
			"a charge is an accusation (the dictionary's BLAME synonym), its content no event"},
	})
}
