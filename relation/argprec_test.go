package relation

import "testing"

// TestArgumentPrecision: the arguments of an event come from its own
// phrase or clause, not from a clause that only reports it (issue #9,
// precision on untuned text). Our own sentences.
func TestArgumentPrecision(t *testing.T) {
	runClauseCases(t, argPrecisionCases)
}

// argPrecisionCases are TestArgumentPrecision's sentences; FuzzExtract
// is seeded with them too.
var argPrecisionCases = []clauseCase{
	{"reported-noun-subject", "The EU says imports of Chinese textiles have risen.", nil,
		"the imports are the subject of a reported clause: no import by the EU"},
	{"reported-noun-that", "Egypt said on Monday that an arms embargo against Libya would not work.", nil,
		"an embargo named as the subject of the complement is not the speaker's"},
	{"reported-noun-no-agent", "Kenya said attacks on Sudan must stop.", nil,
		"the attacks are the subject of the reported clause: not Kenya's"},
	{"reported-noun-possessor", "Kenya said its attacks on Sudan would continue.", rels(rel("KEN", Fight, "SDN")),
		"a possessor inside the noun's phrase still gives its agent"},
	{"reported-noun-own-agent", "Egypt said on Monday that a French embargo against Libya would not work.", rels(rel("FRA", ReduceRelations, "LBY")),
		"the noun's own modifier still gives its agent"},
	{"reported-talks-companion", "Kenya said the talks with Somalia had ended.", rels(rel("KEN", Consult, "SOM")),
		"talks with Y reported by X are X's (frames.yaml companion_roots)"},
	{"object-noun-kept", "Egypt imposed an arms embargo on Libya.", rels(rel("EGY", ReduceRelations, "LBY")),
		"a noun in the clause subject's own clause keeps it"},
	{"report-verb-object-kept", "Japan announced sanctions against Russia.", rels(rel("JPN", ReduceRelations, "RUS")),
		"a report verb's object is no clause: the sanctions are Japan's"},
	{"for-x-to-v-possessor", "Last month, Norway and Denmark summoned their Iranian envoys due to reports that Iran might have forged Danish visas for its operatives to fly to Paris to assassinate a leader of Hezbollah.",
		rels(rel("NOR", Disapprove, "IRN"), rel("DNK", Disapprove, "IRN"), rel("IRN", Assault, "org/hezbollah").mod(Possible)),
		"the infinitive after 'for X' is X's act (its operatives: Iran's), not the summoning countries'"},
	{"for-x-no-actor", "Last month, Norway and Denmark summoned their Iranian envoys due to reports that Iran might have forged Danish visas for operatives to fly to Paris to assassinate a leader of Hezbollah.",
		rels(rel("NOR", Disapprove, "IRN"), rel("DNK", Disapprove, "IRN")),
		"an X that holds no actor leaves the act with no agent we know"},
	{"purpose-infinitive-kept", "Uganda sent troops to Somalia to fight al-Shabaab.", rels(rel("UGA", ExhibitForcePosture, "SOM"), rel("UGA", Fight, "org/al-shabaab")),
		"a purpose clause with no 'for X' keeps the main subject"},
	{"agentless-noun-subject", "Analysts say cheap Czech imports could invade Poland next year.", nil,
		"imports carry no agent to the verb (frames.yaml agent_noun_roots): the Czech Republic invades nothing"},
	{"agent-noun-subject", "A U.S. drone strike killed al-Shabaab fighters in Somalia.", rels(rel("USA", Fight, "org/al-shabaab")),
		"a strike's modifier is the agent of what the strike did"},
	{"document-object", "Chile and Peru agreed to finalize a Free Trade Agreement (FTA) with Asian partners.", nil,
		"an agreement is no party (frames.yaml document_nouns)"},
	{"document-after-name", "Chile and Peru agreed to sign the Pacific Alliance treaty.", nil,
		"nor is a name right before a document noun"},
	{"organization-object-kept", "Chile and Peru agreed to join the Pacific Alliance.", rels(rel("CHL", IntentToCooperate, "org/pacific-alliance"), rel("PER", IntentToCooperate, "org/pacific-alliance")),
		"the organization itself stays a party"},
	{"agency-credit", "(AFP) - Ten soldiers were killed on Monday in clashes on the border with Sudan.", nil,
		"a news agency credited before a dash reports the clashes; it is not in them"},
	{"object-since-phrase-kept", "The Chilean president has visited Peru since 2010.", rels(rel("CHL", Consult, "PER")),
		"a 'since' phrase with no verb ends nothing"},
	{"undergone-event", "At least ten Kenyan soldiers died in fighting and an air strike on the Somali border.", nil,
		"who died in a strike suffered it (frames.yaml undergo_verbs), and a border is no party"},
	{"undergone-passive", "Two Kenyan diplomats were wounded in an attack in Mogadishu.", nil,
		"nor did those wounded in an attack carry it out"},
	{"summoned-to-protest", "Kenya summoned the Ugandan ambassador to protest the attack on the Kenyan embassy in Kampala.", rels(rel("KEN", Disapprove, "UGA")),
		"the event protested in an infinitive after the summons is no content of it: the ambassador did not attack"},
	{"membership-names-the-member", "The U.S. urged NATO member Turkey to pull back from the deal.", rels(rel("USA", Appeal, "TUR")),
		"'NATO member Turkey' names Turkey; NATO only says whose member it is (class membership_nouns)"},
	{"membership-member-state", "France criticized fellow EU member state Hungary on Monday.", rels(rel("FRA", Disapprove, "HUN")),
		"a state description noun may follow the membership noun"},
	{"membership-members-alone", "Russia criticized NATO members on Monday.", rels(rel("RUS", Disapprove, "org/nato")),
		"with no member named after it, the organization stays the party"},
	{"accused-of-kept", "Kenya accused Uganda of attacks on the Kenyan embassy.", rels(rel("KEN", Disapprove, "UGA")),
		"an accusation's content still has the accused as its agent (no event: guideline §7)"},
	{"alliance-not-document", "The United States attacked Iraq and the Warsaw Pact.", rels(rel("USA", Fight, "IRQ"), rel("USA", Fight, "org/warsaw-pact")),
		"an alliance named a pact is a party"},
}
