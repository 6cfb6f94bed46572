package relation

import "testing"

// TestLookThrough checks two readings of an actor that does not head its
// phrase: the modifier of a wielded noun (internal/english wielded_nouns)
// is the agent of a passive phrase with no "by" ("U.S. sanctions were
// imposed on Iran"), and a speaker noun (speaker_nouns) stands for the
// body after it with one of the frames' speaker_markers ("a spokesman for
// the Chinese foreign ministry").
func TestLookThrough(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{"wielded-sanctions", "U.S. sanctions were imposed on Iran.", rels(rel("USA", ReduceRelations, "IRN")),
			"the country that modifies the sanctions imposed them"},
		{"wielded-troops", "Russian troops were sent into Georgia.", rels(rel("RUS", ExhibitForcePosture, "GEO")),
			"a nationality before the forces sent is their sender"},
		{"wielded-peacekeepers", "NATO peacekeepers were deployed to Bosnia.", rels(rel("org/nato", ProvideAid, "BIH")),
			"an organization before the peacekeepers deployed them; the phrase outranks the bare verb"},
		{"wielded-modifier-between", "U.S. economic sanctions were imposed on Iran.", rels(rel("USA", ReduceRelations, "IRN")),
			"an adjective may stand between the actor and the wielded noun"},
		{"wielded-possessive", "Russia's troops were sent into Georgia.", rels(rel("RUS", ExhibitForcePosture, "GEO")),
			"a possessor is a modifier too"},
		{"by-agent-first", "U.S. sanctions were imposed on Iran by the European Union.", rels(rel("org/eu", ReduceRelations, "IRN")),
			"a 'by' phrase names the agent; the modifier is not read"},
		{"thing-not-wielded", "Iranian oil was sold to China.", nil,
			"oil is a thing: its origin sold nothing"},
		{"wielded-with-target", "North Korea is demanding that U.S. sanctions against Pyongyang be lifted.", rels(rel("PRK", Demand, "USA"), rel("USA", ReduceRelations, "PRK")),
			"a wielded noun with its own target is an event of its own; the lifting has no agent"},
		{"no-modifier", "New sanctions were imposed on Iran.", nil,
			"with no actor before the noun the passive still has no agent"},
		{"speaker-for-body", "A spokesman for the Chinese foreign ministry criticized Japan.", rels(rel("CHN", Disapprove, "JPN")),
			"the ministry the spokesman speaks for is the actor"},
		{"speaker-at-body", "Officials at the Iranian foreign ministry condemned Israel.", rels(rel("IRN", Disapprove, "ISR")),
			"officials at a body speak for it"},
		{"speaker-for-person", "A spokeswoman for the French president praised Germany.", rels(rel("FRA", DiplomaticCooperation, "DEU")),
			"a speaker for an office holder stands for the holder's country"},
		{"speaker-for-company", "A spokesman for the company praised Germany.", nil,
			"a body that names no actor gives none"},
		{"speaker-at-event", "Officials at the meeting condemned Israel.", nil,
			"'at' an event is no body: nothing to stand for"},
	})
}
