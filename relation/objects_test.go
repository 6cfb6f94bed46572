package relation

import "testing"

// Our own sentences for the missing-object classes of issue #9: a trigger
// and its subject are found, and the target comes from the clause around
// the trigger rather than from the phrase after it.

// TestUnderPressure: pressure under which a party acts is pressure on that
// party (frames.yaml host_markers: "under").
func TestUnderPressure(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "resigned-under-nationality-pressure",
			text:   "The Bolivian president resigned under American pressure.",
			want:   rels(rel("USA", Demand, "BOL")),
			reason: "the one who resigned is the one pressed",
		},
		{
			name:   "under-pressure-from",
			text:   "Peru dropped the charges under pressure from Chile.",
			want:   rels(rel("CHL", Demand, "PER")),
			reason: "the 'from' phrase gives the presser, the clause's subject the pressed",
		},
		{
			name:   "under-intense-pressure-after-date",
			text:   "Ecuador lifted the ban in late 1997 under intense US pressure.",
			want:   rels(rel("USA", Demand, "ECU")),
			reason: "a date between the verb and the phrase changes nothing",
		},
		{
			name:   "pressure-on-named-target",
			text:   "The United States stepped up pressure on Iran.",
			want:   rels(rel("USA", Demand, "IRN")),
			reason: "a pressure with its own target keeps it",
		},
	})
}

// TestApprovedRequest: a party that approves a request is the one it was
// addressed to, as with "accept" (frames.yaml recipient_verbs).
func TestApprovedRequest(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "approved-modifier-request",
			text:   "Colombia approved a U.S. request to extradite a drug lord.",
			want:   rels(rel("USA", Appeal, "COL")),
			reason: "the request was made to Colombia",
		},
		{
			name:   "approved-possessive-request",
			text:   "Germany approved Poland's request for tanks.",
			want:   rels(rel("POL", Appeal, "DEU")),
			reason: "as with a possessive",
		},
	})
}

// TestShiftedObject: a time phrase between a verb and its direct object
// ("condemned on Thursday the attack") does not hide the object.
func TestShiftedObject(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "weekday-before-nationality-object",
			text:   "Egypt condemned on Thursday the Israeli attack.",
			want:   rels(rel("EGY", Disapprove, "ISR")),
			reason: "the object after 'on Thursday' is the attack, whose agent is the target",
		},
		{
			name:   "weekday-before-agent-phrase",
			text:   "Egypt condemned on Thursday the attack by Israel on Gaza.",
			want:   rels(rel("EGY", Disapprove, "ISR"), rel("ISR", Fight, "gpe/gaza-strip")),
			reason: "the attack's author is the target of the condemnation",
		},
		{
			name:   "bare-weekday",
			text:   "Poland expelled Monday the Russian ambassador.",
			want:   rels(rel("POL", ReduceRelations, "RUS")),
			reason: "a weekday without a preposition",
		},
		{
			name:   "weekday-before-preposition-stays-framed",
			text:   "Kenya met on Friday with Somali officials.",
			want:   rels(rel("KEN", Consult, "SOM")),
			reason: "a framed object after the time phrase is found as before",
		},
	})
}

// TestSymmetricDocument: a document named inside a symmetric trigger
// ("signed the New START treaty") is no party; the act pairs the
// coordinated subjects, and a framed partner still counts.
func TestSymmetricDocument(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "pair-signs-named-treaty",
			text:   "The United States and Russia signed the New START treaty in 2010.",
			want:   rels(rel("USA", DiplomaticCooperation, "RUS").on("2010")),
			reason: "the treaty's name is no object; the two signatories are paired",
		},
		{
			name:   "one-signs-named-treaty-with-partner",
			text:   "Russia signed the New START treaty with the United States.",
			want:   rels(rel("RUS", DiplomaticCooperation, "USA")),
			reason: "the 'with' phrase is the partner",
		},
		{
			name:   "one-signs-named-treaty-alone",
			text:   "Russia signed the New START treaty.",
			want:   nil,
			reason: "one signatory and a document: no relation",
		},
	})
}

// TestCauseObject: an act of disapproval, rejection, threat, protest or
// reduced relations with no object of its own is aimed at the party its
// "over" phrase names or holds (frames.yaml cause, cause_markers,
// cause_roots).
func TestCauseObject(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "severed-ties-over-possessor",
			text:   "Egypt said it was severing ties over Qatar's support for militant groups.",
			want:   rels(rel("EGY", ReduceRelations, "QAT")),
			reason: "the possessor of the cause noun is the target",
		},
		{
			name:   "protested-over-nationality",
			text:   "Japan protested over Chinese incursions into its waters.",
			want:   rels(rel("JPN", Disapprove, "CHN")),
			reason: "a nationality modifying the cause noun",
		},
		{
			name:   "recalled-envoy-over-agent",
			text:   "Ghana recalled its envoy over the expulsion of its students by Libya.",
			want:   rels(rel("GHA", ReduceRelations, "LBY")),
			reason: "the agent after 'by' in the cause phrase",
		},
		{
			name:   "object-of-its-own-kept",
			text:   "Bahrain cut diplomatic relations with Iran over the attack on its embassy.",
			want:   rels(rel("BHR", ReduceRelations, "IRN")),
			reason: "a trigger with its own object does not look at the cause",
		},
		{
			name:   "patient-of-cause-is-no-target",
			text:   "Kenya protested over the arrest of Ruto.",
			want:   nil,
			reason: "the one arrested is not the one protested against",
		},
		{
			name:   "other-roots-take-no-cause",
			text:   "Canada sent aid over Russia's objections.",
			want:   nil,
			reason: "aid is not aimed at the party of an 'over' phrase",
		},
	})
}

// TestAuthorObject: support, disapproval and rejection of a thing are
// aimed at its author, named by a participle's agent or the thing's own
// "by" phrase (frames.yaml author, author_agent, author_markers,
// author_roots); a thing imposed by someone is that one's act
// (light_verbs: "impose").
func TestAuthorObject(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "rejected-plan-proposed-by",
			text:   "Russia rejected the plan proposed by the United States.",
			want:   rels(rel("RUS", Reject, "USA")),
			reason: "the participle's agent wrote the plan",
		},
		{
			name:   "rejected-plan-drawn-up-by-pair",
			text:   "Russia rejected the peace plan drawn up by France and Germany.",
			want:   rels(rel("RUS", Reject, "FRA"), rel("RUS", Reject, "DEU")),
			reason: "a particle verb's agents, with their conjuncts",
		},
		{
			name:   "defied-deadline-set-by",
			text:   "Iran defied the deadline set by the Security Council.",
			want:   rels(rel("IRN", Reject, "org/unsc")),
			reason: "defying a deadline rejects the one who set it",
		},
		{
			name:   "supports-sanctions-imposed-by",
			text:   "France supports the sanctions imposed on Mali by ECOWAS.",
			want:   rels(rel("FRA", DiplomaticCooperation, "org/ecowas"), rel("org/ecowas", ReduceRelations, "MLI")),
			reason: "support for the sanctions is support for ECOWAS, whose sanctions they are, not France's",
		},
		{
			name:   "condemned-long-phrase-by",
			text:   "Canada condemned continued widespread and systematic violations by the Syrian authorities.",
			want:   rels(rel("CAN", Disapprove, "SYR")),
			reason: "the agent of a phrase too long for the scanner",
		},
		{
			name:   "other-roots-take-no-author",
			text:   "Egypt bought the jets made by France.",
			want:   nil,
			reason: "a purchase is not aimed at the maker",
		},
	})
}

// TestQuantifiedPatient: the patient of a passive trigger whose subject
// the scanner misses behind a quantifier comes from the parse
// (frames.yaml patient).
func TestQuantifiedPatient(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "more-than-n",
			text:   "More than 40 Iranian diplomats have been expelled by Germany.",
			want:   rels(rel("DEU", ReduceRelations, "IRN")),
			reason: "the diplomats behind 'More than 40' are the patient",
		},
		{
			name:   "dozens-of",
			text:   "Dozens of Russian diplomats were expelled by Poland.",
			want:   rels(rel("POL", ReduceRelations, "RUS")),
			reason: "as behind 'Dozens of'",
		},
	})
}

// TestWordParticiple: a word trigger tagged as a past participle
// ("freed") modifies the phrase before it as a participle trigger does.
func TestWordParticiple(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "nationality-freed-by",
			text:   "Five Americans freed by Iran landed in Qatar.",
			want:   rels(rel("IRN", Yield, "USA")),
			reason: "the Americans are freed; Iran frees them",
		},
		{
			name:   "finite-freed-stays-active",
			text:   "Iran freed five Americans.",
			want:   rels(rel("IRN", Yield, "USA")),
			reason: "the finite verb keeps its subject and object",
		},
	})
}

// TestRequestSource: an appeal or a demand with no addressee asks the
// party that the thing asked for comes from (frames.yaml request,
// request_source, request_markers, request_roots, source_markers).
func TestRequestSource(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "called-for-thing-from",
			text:   "The Latvian minister called for a firm reaction from Brussels.",
			want:   rels(rel("LVA", Appeal, "BEL")),
			reason: "the reaction is asked from Brussels",
		},
		{
			name:   "appealed-for-modifier-support",
			text:   "Latvia has appealed for EU support in its dispute with Russia.",
			want:   rels(rel("LVA", Appeal, "org/eu")),
			reason: "EU support is asked from the EU",
		},
		{
			name:   "called-for-nationality-support",
			text:   "Ukraine called for more German support.",
			want:   rels(rel("UKR", Appeal, "DEU")),
			reason: "German support is asked from Germany",
		},
		{
			name:   "proposed-modifier-mission",
			text:   "Haiti proposed a U.N. peacekeeping mission.",
			want:   rels(rel("HTI", Appeal, "org/un")),
			reason: "a U.N. mission is proposed to the U.N.",
		},
		{
			name:   "from-phrase-of-the-verb-is-a-place",
			text:   "The United Nations called for calm from Geneva.",
			want:   nil,
			reason: "where the appeal is made from is no addressee",
		},
		{
			name:   "demanded-patient-release",
			text:   "Germany demanded Navalny's release.",
			want:   nil,
			reason: "the one released is no addressee of the demand",
		},
		{
			name:   "other-roots-ask-no-one",
			text:   "Egypt welcomed a vigorous reaction from Brussels.",
			want:   nil,
			reason: "a welcome asks nothing: the 'from' phrase is no addressee",
		},
	})
}

// TestAmountOfGoods: goods counted by their worth belong to the country
// that their nationality names ("tariffs on $50 billion worth of Chinese
// goods").
func TestAmountOfGoods(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "worth-of-nationality-goods",
			text:   "The United States imposed tariffs on $50 billion worth of Chinese goods.",
			want:   rels(rel("USA", ReduceRelations, "CHN")),
			reason: "the goods are China's",
		},
		{
			name:   "more-than-worth-of-goods",
			text:   "Turkey imposed retaliatory tariffs on more than $266 million worth of U.S. goods.",
			want:   rels(rel("TUR", ReduceRelations, "USA")),
			reason: "a quantifier before the amount",
		},
		{
			name:   "percentage-before-frame",
			text:   "Canada imposed tariffs of 25% on $16 billion worth of American steel.",
			want:   rels(rel("CAN", ReduceRelations, "USA")),
			reason: "the rate before the framing preposition changes nothing",
		},
	})
}

// TestPartnerAfterList: a symmetric act of several subjects whose framed
// partner follows a list of things is with that partner, not among the
// subjects (partnerAfter).
func TestPartnerAfterList(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "relations-and-contacts-with",
			text:   "Kuwait and Oman have cut diplomatic relations and all land, sea and air links with Yemen.",
			want:   rels(rel("KWT", ReduceRelations, "YEM"), rel("OMN", ReduceRelations, "YEM")),
			reason: "the commas join the things cut, not the parties",
		},
		{
			name:   "restored-ties-and-trade-with",
			text:   "Chile and Peru restored diplomatic ties, trade and air traffic with Bolivia.",
			want:   rels(rel("CHL", DiplomaticCooperation, "BOL"), rel("PER", DiplomaticCooperation, "BOL")),
			reason: "a list of things before the partner",
		},
		{
			name:   "no-partner-pairs-subjects",
			text:   "Chile and Peru restored diplomatic ties.",
			want:   rels(rel("CHL", DiplomaticCooperation, "PER")),
			reason: "without a partner the two subjects are paired, as before",
		},
		{
			name:   "clause-after-comma-is-no-list",
			text:   "Chile and Peru restored diplomatic ties, officials in Bolivia said.",
			want:   rels(rel("CHL", DiplomaticCooperation, "PER")),
			reason: "a comma before a clause ends the search",
		},
	})
}

// TestTopicIsNoParty: the party named in what an act is about ("on the
// repatriation of Rohingya refugees") is no party to it.
func TestTopicIsNoParty(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "agreed-to-cooperate-on-topic",
			text:   "Myanmar and Bangladesh agreed to cooperate on the repatriation of Rohingya refugees.",
			want:   rels(rel("MMR", IntentToCooperate, "BGD")),
			reason: "the complement's noun after 'on' is a topic: the two subjects are paired",
		},
		{
			name:   "promised-help-on-topic",
			text:   "Kenya promised help on the return of Ethiopian refugees.",
			want:   nil,
			reason: "the 'of' phrase of a topic is no object",
		},
		{
			name:   "complement-noun-parties-kept",
			text:   "Russia offered to host talks between Armenia and Azerbaijan.",
			want:   rels(rel("RUS", IntentToCooperate, "ARM"), rel("RUS", IntentToCooperate, "AZE")),
			reason: "a complement's own event noun keeps its parties",
		},
	})
}

// TestAgentOfPhrase: a passive agent named by a phrase that belongs to an
// actor ("by the head of the IAEA") is that actor.
func TestAgentOfPhrase(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "by-head-of",
			text:   "Iran was visited by the head of the IAEA.",
			want:   rels(rel("org/iaea", Consult, "IRN")),
			reason: "the head acts for the agency",
		},
		{
			name:   "by-members-of",
			text:   "The plan was rejected by members of the Hamas leadership in Gaza.",
			want:   nil,
			reason: "no actor is acted on: the agent alone gives nothing",
		},
		{
			name:   "by-artillery-of-nationality-forces",
			text:   "Syria was shelled by the artillery of Turkish forces.",
			want:   rels(rel("TUR", Fight, "SYR")),
			reason: "the forces a nationality names are the agent",
		},
	})
}

// TestOwnInsideTrigger: the subject's own party named inside a trigger
// whose object is framed ("recalled Colombia's ambassador to Venezuela")
// is no object; the framed phrase is.
func TestOwnInsideTrigger(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "recalled-own-named-ambassador",
			text:   "Colombia recalled Colombia's ambassador to Venezuela.",
			want:   rels(rel("COL", ReduceRelations, "VEN")),
			reason: "the ambassador is Colombia's own; Venezuela is the framed object",
		},
		{
			name:   "recalled-possessive-pronoun",
			text:   "Colombia recalled its ambassador to Venezuela.",
			want:   rels(rel("COL", ReduceRelations, "VEN")),
			reason: "as before",
		},
		{
			name:   "direct-frame-keeps-its-reading",
			text:   "The United States froze the U.S. assets of Alexander Lukashenko.",
			want:   rels(rel("USA", ReduceRelations, "person/alexander-lukashenko")),
			reason: "a trigger with a direct object is read as before",
		},
	})
}

// TestContactAddressee: an appeal or a demand set off by a comma after a
// verb of contact asks the one contacted.
func TestContactAddressee(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "met-demanding",
			text:   "Emmanuel Macron met Vladimir Putin, demanding a ceasefire.",
			want:   rels(rel("person/emmanuel-macron", Consult, "person/vladimir-putin"), rel("person/emmanuel-macron", Demand, "person/vladimir-putin")),
			reason: "the demand is made to the one met",
		},
		{
			name:   "spoke-with-demanding-patient",
			text:   "Antony Blinken spoke with Sergei Lavrov, demanding Paul Whelan's release.",
			want:   rels(rel("person/antony-blinken", Consult, "person/sergei-lavrov"), rel("person/antony-blinken", Demand, "person/sergei-lavrov")),
			reason: "the one to be released is no addressee; the one spoken with is",
		},
		{
			name:   "other-clause-between",
			text:   "Emmanuel Macron met Vladimir Putin, officials said, demanding a ceasefire.",
			want:   rels(rel("person/emmanuel-macron", Consult, "person/vladimir-putin")),
			reason: "a clause between the meeting and the participle: the demand is not read off the meeting",
		},
		{
			name:   "no-comma-no-adjunct",
			text:   "Emmanuel Macron met Vladimir Putin and later demanded a ceasefire.",
			want:   rels(rel("person/emmanuel-macron", Consult, "person/vladimir-putin")),
			reason: "a coordinated finite verb is no adjunct of the meeting",
		},
	})
}

// TestFramedConjuncts: phrases coordinated by a repeated framing
// preposition are all objects ("met with X and with Y").
func TestFramedConjuncts(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "and-with",
			text:   "Antony Blinken met with Sergei Lavrov and with Wang Yi.",
			want:   rels(rel("person/antony-blinken", Consult, "person/sergei-lavrov"), rel("person/antony-blinken", Consult, "person/wang-yi")),
			reason: "both 'with' phrases are met",
		},
		{
			name:   "and-later-with",
			text:   "Antony Blinken held talks with Sergei Lavrov and later with Wang Yi.",
			want:   rels(rel("person/antony-blinken", Consult, "person/sergei-lavrov"), rel("person/antony-blinken", Consult, "person/wang-yi")),
			reason: "an adverb after the conjunction",
		},
		{
			name:   "over-a-phrase-without-actor",
			text:   "Antony Blinken met with Sergei Lavrov as well as with his staff and with the UN envoy Martin Griffiths.",
			want:   rels(rel("person/antony-blinken", Consult, "person/sergei-lavrov"), rel("person/antony-blinken", Consult, "person/martin-griffiths")),
			reason: "'with his staff' names no actor; the envoy is the person named",
		},
		{
			name:   "other-preposition-stops",
			text:   "Antony Blinken met with Sergei Lavrov and flew to Beijing.",
			want:   rels(rel("person/antony-blinken", Consult, "person/sergei-lavrov"), rel("person/antony-blinken", Consult, "CHN")),
			reason: "a coordinated verb is no framed conjunct",
		},
	})
}

// TestPassiveAgentAct: an act that is the agent of a passive verb is
// aimed at that verb's subject (frames.yaml host [obl:agent],
// host_markers "by").
func TestPassiveAgentAct(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "hit-by-sanctions-from",
			text:   "Iran was hit by new sanctions from the European Union.",
			want:   rels(rel("org/eu", ReduceRelations, "IRN")),
			reason: "the sanctions hit Iran",
		},
		{
			name:   "angered-by-criticism-from",
			text:   "Seoul was angered by criticism from Tokyo.",
			want:   rels(rel("JPN", Disapprove, "KOR")),
			reason: "the criticism is of Seoul",
		},
		{
			name:   "driven-out-by-pressure-from",
			text:   "Jean-Bertrand Aristide was driven out by pressure from the United States.",
			want:   rels(rel("USA", Demand, "person/jean-bertrand-aristide")),
			reason: "the pressure is on the one driven out",
		},
	})
}
