package relation

// Phrasing cases for the lexicon breadth of issue #9 item 3, taken from
// the phrasings the fresh news needed and the lexicon lacked, and from a
// probe of general news phrasing: an actor's help sought (02); parties
// agreeing that, with or on, funds committed (03); delegations and
// missions sent, summits and meetings attended, negotiation (04);
// ambassadors appointed, solidarity (05); a tip passed on (06);
// deadlines and pressure "under" which one acts (10); legal challenges,
// concerns raised, wars of words, charges owned by a nationality and
// negative evaluations of an actor's act (11); threatened interventions
// and vowed countermeasures (13); expelling envoys and troops, closing or
// downgrading missions, walkouts, entry barred, membership frozen,
// countermeasures, duties, curbs and tariffs on goods from a country
// (16); people given days to leave (17); ramming, pounding, downing
// aircraft, campaigns, attacks and responses with fire (19). Our own
// sentences; they join the phrasing table. lexiconNegatives are the near
// misses that must give no relation of the root.
var lexiconPhrasingCases = []phrasingCase{
	// ---- 16 REDUCE_RELATIONS: expulsions, closed missions, walkouts
	{ReduceRelations, phActive, "lexicon-shut-down-consulate", "Russia shut down the American consulate in Yekaterinburg.",
		rels(rel("RUS", ReduceRelations, "USA"))},
	{ReduceRelations, phActive, "lexicon-shuttered-its-embassy-in", "Lithuania shuttered its embassy in Minsk.",
		rels(rel("LTU", ReduceRelations, "BLR"))},
	{ReduceRelations, phModal, "lexicon-will-shut-its-embassy", "Canada will shut its embassy in Tehran.",
		rels(rel("CAN", ReduceRelations, "IRN").mod(Intended))},
	{ReduceRelations, phNegated, "lexicon-did-not-shut-its-embassy", "Spain did not shut its embassy in Caracas.",
		rels(rel("ESP", ReduceRelations, "VEN").neg())},
	{ReduceRelations, phCoordinated, "lexicon-two-shut-consulates", "Poland and Lithuania shut their consulates in Belarus.",
		rels(rel("POL", ReduceRelations, "BLR"), rel("LTU", ReduceRelations, "BLR"))},
	{ReduceRelations, phActive, "lexicon-ordered-ambassador-to-leave", "Moscow ordered the British ambassador to leave.",
		rels(rel("RUS", ReduceRelations, "GBR"))},
	// The directive reading of "told X to" (directive_verbs) gives the
	// demand as well; the expulsion is the guideline's event.
	{ReduceRelations, phActive, "lexicon-told-ambassador-to-leave", "Latvia told the Belarusian ambassador to leave.",
		rels(rel("LVA", Demand, "BLR"), rel("LVA", ReduceRelations, "BLR"))},
	{ReduceRelations, phActive, "lexicon-gave-diplomats-hours-to-leave", "Sudan gave two Norwegian diplomats 72 hours to leave.",
		rels(rel("SDN", ReduceRelations, "NOR"))},
	{ReduceRelations, phActive, "lexicon-declared-persona-non-grata", "Kenya declared two Somali diplomats persona non grata.",
		rels(rel("KEN", ReduceRelations, "SOM"))},
	{ReduceRelations, phPassive, "lexicon-were-declared-persona-non-grata-by", "Two Somali diplomats were declared persona non grata by Kenya.",
		rels(rel("KEN", ReduceRelations, "SOM"))},
	{ReduceRelations, phActive, "lexicon-walked-out-of-talks-with", "Hamas walked out of talks with Israel in Cairo.",
		rels(rel("org/hamas", ReduceRelations, "ISR"))},
	{ReduceRelations, phActive, "lexicon-tit-for-tat-measures-against", "Russia announced tit-for-tat measures against Britain.",
		rels(rel("RUS", ReduceRelations, "GBR"))},
	{ReduceRelations, phActive, "lexicon-ordered-the-closure-of", "Russia ordered the closure of the British consulate in Yekaterinburg.",
		rels(rel("RUS", ReduceRelations, "GBR"))},
	{ReduceRelations, phActive, "lexicon-ordered-the-immediate-closure-of-possessive", "Britain ordered the immediate closure of Iran's embassy in London.",
		rels(rel("GBR", ReduceRelations, "IRN"))},
	{ReduceRelations, phActive, "lexicon-tariff-on-goods-from", "A U.S. tariff on ethanol from Brazil remains in place.",
		rels(rel("USA", ReduceRelations, "BRA"))},
	{ReduceRelations, phActive, "lexicon-imposed-tariffs-on-goods-from", "The United States imposed tariffs on steel from China.",
		rels(rel("USA", ReduceRelations, "CHN"))},

	{ReduceRelations, phActive, "lexicon-imposed-export-curbs-on", "China imposed export curbs on Japan.",
		rels(rel("CHN", ReduceRelations, "JPN"))},
	{ReduceRelations, phActive, "lexicon-imposed-duties-on", "The United States imposed duties on Chinese steel.",
		rels(rel("USA", ReduceRelations, "CHN"))},
	{ReduceRelations, phActive, "lexicon-slapped-curbs-on", "India slapped curbs on Chinese apps.",
		rels(rel("IND", ReduceRelations, "CHN"))},
	{ReduceRelations, phActive, "lexicon-barred-entry-to", "Moscow barred entry to British journalists.",
		rels(rel("RUS", ReduceRelations, "GBR"))},
	{ReduceRelations, phActive, "lexicon-denied-entry-to", "Kosovo denied entry to Serbian officials.",
		rels(rel("XKX", ReduceRelations, "SRB"))},
	{ReduceRelations, phActive, "lexicon-froze-its-membership-in", "Armenia froze its membership in the CSTO.",
		rels(rel("ARM", ReduceRelations, "org/csto"))},
	{ReduceRelations, phActive, "lexicon-ordered-troops-out", "Mali ordered French troops out of the country.",
		rels(rel("MLI", ReduceRelations, "FRA"))},
	{ReduceRelations, phActive, "lexicon-ordered-diplomats-out", "Sudan ordered the Norwegian diplomats out.",
		rels(rel("SDN", ReduceRelations, "NOR"))},
	{ReduceRelations, phActive, "lexicon-gave-troops-a-month-to-leave", "Burkina Faso gave French troops a month to leave.",
		rels(rel("BFA", ReduceRelations, "FRA"))},

	{ReduceRelations, phActive, "lexicon-downgraded-its-embassy-in", "Britain downgraded its embassy in Tehran.",
		rels(rel("GBR", ReduceRelations, "IRN"))},

	{ReduceRelations, phActive, "lexicon-countermeasures-against", "China announced countermeasures against Lithuania.",
		rels(rel("CHN", ReduceRelations, "LTU"))},

	// ---- 17 COERCE: people given days to leave a country
	{Coerce, phActive, "lexicon-gave-citizens-days-to-leave", "Bahrain gave Qatari citizens 14 days to leave.",
		rels(rel("BHR", Coerce, "QAT"))},

	// ---- 13 THREATEN: a threatened intervention and its target
	{Threaten, phActive, "lexicon-threatened-military-intervention-in", "ECOWAS threatened military intervention in Niger.",
		rels(rel("org/ecowas", Threaten, "NER"))},
	{Threaten, phActive, "lexicon-threatened-military-action-against", "Turkey threatened military action against Syria.",
		rels(rel("TUR", Threaten, "SYR"))},

	{Threaten, phActive, "lexicon-vowed-countermeasures-against", "China vowed countermeasures against the United States.",
		rels(rel("CHN", Threaten, "USA"))},

	// ---- 10 DEMAND: deadlines
	{Demand, phActive, "lexicon-gave-x-until-to", "The Security Council gave Khartoum until the end of the month to disarm the militias.",
		rels(rel("org/unsc", Demand, "SDN"))},
	{Demand, phActive, "lexicon-deadline-for-x-to", "The talks open a week before a Security Council deadline for Iran to halt enrichment.",
		rels(rel("org/unsc", Demand, "IRN"))},

	{Demand, phCoordinated, "lexicon-resigned-under-pressure-from-two", "President Jean-Bertrand Aristide resigned under pressure from the United States and France.",
		rels(rel("USA", Demand, "person/jean-bertrand-aristide"), rel("FRA", Demand, "person/jean-bertrand-aristide"))},
	{Demand, phActive, "lexicon-released-under-pressure-from", "Pakistan released the prisoners under pressure from India.",
		rels(rel("IND", Demand, "PAK"))},

	// ---- 03 INTENT_TO_COOPERATE: two parties agreeing that
	{IntentToCooperate, phCoordinated, "lexicon-two-agreed-that", "Japan and South Korea agreed that talks on the dispute would continue.",
		rels(rel("JPN", IntentToCooperate, "KOR"))},

	{IntentToCooperate, phActive, "lexicon-agreed-with-on", "Russia agreed with China on a new pipeline.",
		rels(rel("RUS", IntentToCooperate, "CHN"))},
	{IntentToCooperate, phActive, "lexicon-committed-billion-to", "Japan committed $5 billion to Ukraine.",
		rels(rel("JPN", IntentToCooperate, "UKR"))},
	// The ceasefire noun gives its own event besides.
	{IntentToCooperate, phCoordinated, "lexicon-two-agreed-on-a-ceasefire", "Egypt and Israel agreed on a ceasefire.",
		rels(rel("EGY", IntentToCooperate, "ISR"), rel("EGY", Yield, "ISR"))},

	// ---- 02 APPEAL: an actor's help sought
	{Appeal, phActive, "lexicon-sought-possessive-support", "Turkey sought NATO's support against Syria.",
		rels(rel("TUR", Appeal, "org/nato"))},
	{Appeal, phActive, "lexicon-sought-possessive-help", "Iran sought Russia's help.",
		rels(rel("IRN", Appeal, "RUS"))},

	// ---- 06 MATERIAL_COOPERATION: a tip passed on
	{MaterialCooperation, phActive, "lexicon-passed-along-a-tip-to", "Kenyan police passed along a tip to American embassy officials.",
		rels(rel("KEN", MaterialCooperation, "USA"))},

	// ---- 11 DISAPPROVE: legal challenges, negative evaluations
	{Disapprove, phActive, "lexicon-filed-a-case-against", "Canada filed a case against the United States at the WTO.",
		rels(rel("CAN", Disapprove, "USA"))},
	{Disapprove, phActive, "lexicon-brought-a-case-against", "Ukraine brought a case against Russia at the International Court of Justice.",
		rels(rel("UKR", Disapprove, "RUS"))},
	{Disapprove, phPassive, "lexicon-case-was-filed-against-by", "A case was filed against Myanmar by Gambia.",
		rels(rel("GMB", Disapprove, "MMR"))},
	{Disapprove, phActive, "lexicon-challenged-tariffs", "China challenged U.S. tariffs at the World Trade Organization.",
		rels(rel("CHN", Disapprove, "USA"))},
	{Disapprove, phActive, "lexicon-challenged-sanctions-against", "The EU challenged U.S. sanctions against Iran at the WTO.",
		rels(rel("org/eu", Disapprove, "USA"), rel("USA", ReduceRelations, "IRN"))},
	{Disapprove, phCoordinated, "lexicon-two-challenged-subsidies", "Brazil and Argentina challenged American farm subsidies.",
		rels(rel("BRA", Disapprove, "USA"), rel("ARG", Disapprove, "USA"))},
	{Disapprove, phActive, "lexicon-said-decision-was-unconstitutional", "Kenya said Somalia's decision was unconstitutional.",
		rels(rel("KEN", Disapprove, "SOM"))},
	{Disapprove, phActive, "lexicon-said-visit-was-a-provocation", "China said Japan's visit to the shrine was a serious provocation.",
		rels(rel("CHN", Disapprove, "JPN"))},
	{Disapprove, phActive, "lexicon-called-visit-a-provocation", "Beijing called the Japanese visit a provocation.",
		rels(rel("CHN", Disapprove, "JPN"))},
	{Disapprove, phCoordinated, "lexicon-two-locked-in-a-war-of-words", "Pakistan and Afghanistan are locked in a war of words over the border.",
		rels(rel("PAK", Disapprove, "AFG"))},
	{Disapprove, phActive, "lexicon-war-of-words-between", "The war of words between Iran and Saudi Arabia escalated.",
		rels(rel("IRN", Disapprove, "SAU"))},
	{Disapprove, phActive, "lexicon-possessive-war-of-words-with", "Russia's war of words with Ukraine escalated.",
		rels(rel("RUS", Disapprove, "UKR"))},
	{Disapprove, phActive, "lexicon-raised-concerns-with-over", "Blinken raised concerns with Lavrov over the detention.",
		rels(rel("person/antony-blinken", Disapprove, "person/sergei-lavrov"))},
	{Disapprove, phActive, "lexicon-raised-its-concerns-with", "Japan raised its concerns with China over the ships.",
		rels(rel("JPN", Disapprove, "CHN"))},
	// A charge's owner may be a nationality adjective (accuse.yaml
	// charge_owner amod): the rejection and the charge.
	{Disapprove, phActive, "lexicon-dismissed-adjective-claims", "Hezbollah dismissed the Israeli claims.",
		rels(rel("org/hezbollah", Reject, "ISR"), rel("ISR", Disapprove, "org/hezbollah"))},
	{Disapprove, phActive, "lexicon-rejected-adjective-accusations", "Iran rejected the American accusations.",
		rels(rel("IRN", Reject, "USA"), rel("USA", Disapprove, "IRN"))},
	{Disapprove, phActive, "lexicon-said-demands-were-extreme", "The EU said Nicaragua's demands were extreme.",
		rels(rel("org/eu", Disapprove, "NIC"))},

	// ---- 19 FIGHT: ramming, campaigns, artillery duels
	{Fight, phActive, "lexicon-vessel-rammed-ships", "A Chinese vessel rammed two Vietnamese ships.",
		rels(rel("CHN", Fight, "VNM"))},
	{Fight, phPassive, "lexicon-ships-were-rammed-by", "Two Vietnamese ships were rammed by Chinese vessels.",
		rels(rel("CHN", Fight, "VNM"))},
	{Fight, phActive, "lexicon-came-under-attack-from", "Kyiv came under attack from Russia.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phActive, "lexicon-responded-with-artillery-against", "Israel responded with volleys of artillery against three Lebanese villages.",
		rels(rel("ISR", Fight, "LBN"))},
	{Fight, phActive, "lexicon-retaliated-with-shelling-on", "India retaliated with heavy shelling on Pakistani posts.",
		rels(rel("IND", Fight, "PAK"))},
	{Fight, phPassive, "lexicon-ramming-of-by", "The ramming of a Philippine boat by Chinese ships angered Manila.",
		rels(rel("CHN", Fight, "PHL"))},
	{Fight, phActive, "lexicon-jets-pounded", "Israeli jets pounded Gaza.",
		rels(rel("ISR", Fight, "gpe/gaza-strip"))},
	{Fight, phActive, "lexicon-artillery-pounded-positions", "Russian artillery pounded Ukrainian positions near Bakhmut.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phActive, "lexicon-downed-a-jet", "Pakistan downed an Indian jet.",
		rels(rel("PAK", Fight, "IND"))},
	{Fight, phActive, "lexicon-military-campaign-against", "Turkey launched a military campaign against the PKK.",
		rels(rel("TUR", Fight, "org/pkk"))},
	{Fight, phActive, "lexicon-artillery-duels-between", "Artillery duels between India and Pakistan continued.",
		rels(rel("IND", Fight, "PAK"))},

	// ---- 04 CONSULT: delegations sent, meetings attended
	{Consult, phActive, "lexicon-sent-a-mission-to", "ECOWAS sent a mission to Guinea.",
		rels(rel("org/ecowas", Consult, "GIN"))},
	// A peacekeeping mission sent is aid, a fact-finding one an
	// investigation: the longer patterns.
	{ProvideAid, phActive, "lexicon-sent-a-peacekeeping-mission-to", "The UN sent a peacekeeping mission to Mali.",
		rels(rel("org/un", ProvideAid, "MLI"))},
	{Investigate, phActive, "lexicon-sent-a-fact-finding-mission-to", "The African Union sent a fact-finding mission to Sudan.",
		rels(rel("org/au", Investigate, "SDN"))},
	{Consult, phModal, "lexicon-will-send-a-delegation-to", "The European Union will send a delegation to Niger.",
		rels(rel("org/eu", Consult, "NER").mod(Intended))},
	{Consult, phActive, "lexicon-attended-a-meeting-of", "Erdogan attended a meeting of the Arab League.",
		rels(rel("person/recep-tayyip-erdogan", Consult, "org/arab-league"))},
	{Consult, phActive, "lexicon-attended-a-summit-of", "The Chinese envoy attended the summit of the Arab League.",
		rels(rel("CHN", Consult, "org/arab-league"))},
	// Talks attended keep their own participants.
	{Consult, phActive, "lexicon-attended-talks-between", "Lavrov attended talks between Iran and the United States.",
		rels(rel("IRN", Consult, "USA"))},
	{Consult, phCoordinated, "lexicon-two-in-negotiation", "Bangladesh and Myanmar are in negotiation for a repatriation deal.",
		rels(rel("BGD", Consult, "MMR"))},

	// ---- 05 DIPLOMATIC_COOPERATION: ambassadors, solidarity
	{DiplomaticCooperation, phActive, "lexicon-appointed-an-ambassador-to", "Venezuela appointed a new ambassador to the United States.",
		rels(rel("VEN", DiplomaticCooperation, "USA"))},
	{DiplomaticCooperation, phActive, "lexicon-appointment-of-an-ambassador-to", "Venezuela announced the appointment of an ambassador to Washington.",
		rels(rel("VEN", DiplomaticCooperation, "USA"))},
	{DiplomaticCooperation, phActive, "lexicon-named-an-ambassador-to", "Cuba named an ambassador to the Vatican.",
		rels(rel("CUB", DiplomaticCooperation, "VAT"))},
	{DiplomaticCooperation, phActive, "lexicon-stands-in-solidarity-with", "Germany stands in solidarity with Ukraine.",
		rels(rel("DEU", DiplomaticCooperation, "UKR"))},
	{DiplomaticCooperation, phActive, "lexicon-in-complete-solidarity-with", "Macron said France was in complete solidarity with ECOWAS.",
		rels(rel("FRA", DiplomaticCooperation, "org/ecowas"))},
}

func init() { phrasingCases = append(phrasingCases, lexiconPhrasingCases...) }

// lexiconNegatives are near misses of the lexicon patterns above that
// state no event of the root between two actors: factories shut, tenants
// given days to leave, walkouts by no actor, deadlines of no one, cars
// ramming walls, campaigns in marketing. They join TestBreadthNegatives.
var lexiconNegatives = []struct {
	name string
	root Predicate
	text string
}{
	{"lexicon-shut-down-a-factory", ReduceRelations, "The company shut down its factory in Ohio."},
	{"lexicon-shuttered-its-doors", ReduceRelations, "The museum shuttered its doors in London."},
	{"lexicon-tenants-given-days-to-leave", Coerce, "The landlord gave the tenants 30 days to leave."},
	{"lexicon-teachers-walked-out", ReduceRelations, "The teachers walked out of the meeting."},
	{"lexicon-deadline-for-applications", Demand, "The deadline for applications expires on Friday."},
	{"lexicon-lawyer-filed-a-case", Disapprove, "The lawyer filed a case against the hospital."},
	{"lexicon-students-challenged-a-decision", Disapprove, "Students challenged the decision of the university."},
	{"lexicon-car-rammed-into-a-crowd", Fight, "A car rammed into a crowd in Berlin."},
	{"lexicon-ship-rammed-a-pier", Fight, "The ship rammed the pier in Hamburg."},
	{"lexicon-marketing-campaign", Fight, "The company launched a marketing campaign in France."},
	{"lexicon-school-sent-a-delegation", Consult, "The school sent a delegation to the games."},
	{"lexicon-crowd-attended-a-meeting", Consult, "Thousands attended the meeting in Paris."},
	{"lexicon-appointed-a-coach", DiplomaticCooperation, "The club appointed a new coach."},
	{"lexicon-envoy-for-talks-is-no-target", DiplomaticCooperation, "Germany appointed an envoy for climate talks."},
	{"lexicon-union-in-solidarity-with-workers", DiplomaticCooperation, "The union stands in solidarity with the workers."},
	{"lexicon-court-ruled-a-law-unconstitutional", Disapprove, "The court said the law was unconstitutional."},
	{"lexicon-declared-a-holiday", ReduceRelations, "Iran declared the day a national holiday."},
	{"lexicon-war-of-words-is-no-war", Fight, "Pakistan and Afghanistan are locked in a war of words over the border."},
	{"lexicon-closure-of-a-school", ReduceRelations, "The mayor ordered the closure of the school."},
	{"lexicon-under-a-bridge", Demand, "The children slept under the bridge near Syria."},
	{"lexicon-doctors-agreed-that", IntentToCooperate, "The doctors agreed that the patient should rest."},
	{"lexicon-raised-money", Disapprove, "The residents raised money for the school in Kenya."},
	{"lexicon-police-responded-with-tear-gas", Fight, "The police responded with tear gas."},
	{"lexicon-responded-with-a-statement", Fight, "The government of Syria responded with a statement."},
	{"lexicon-storm-downed-power-lines", Fight, "The storm downed power lines in Texas."},
	{"lexicon-club-barred-entry-to-fans", ReduceRelations, "The club barred entry to fans."},
	{"lexicon-coach-ordered-players-out", ReduceRelations, "The coach ordered the players out of the room."},
	{"lexicon-curbs-on-traffic", ReduceRelations, "The city imposed curbs on traffic."},
	{"lexicon-doctors-agreed-on-a-treatment", IntentToCooperate, "The doctors agreed on a treatment."},
	{"lexicon-company-committed-million", IntentToCooperate, "The company committed $5 million to the project."},
	{"lexicon-party-sought-support-for-a-plan", Appeal, "The party sought support for its plan."},
	{"lexicon-agree-with-a-president", IntentToCooperate, "I agree with the president."},
	{"lexicon-storm-pounded-a-coast", Fight, "The storm pounded the coast of Florida."},
	{"lexicon-pounds-are-money", Fight, "Britain gave Ukraine 10 million pounds."},
	{"lexicon-challenged-election-results", Disapprove, "The opposition challenged the results of the election."},
	{"lexicon-passed-a-ball", MaterialCooperation, "He passed the ball to Lionel Messi."},
	{"lexicon-countermeasures-against-hackers", ReduceRelations, "The company vowed to take countermeasures against hackers."},
	{"lexicon-extreme-weather", Disapprove, "Kenya said the extreme weather hit its farmers."},
	{"lexicon-solidarity-among-workers", DiplomaticCooperation, "The strike showed solidarity among the workers of Poland."},
}

func init() { breadthNegatives = append(breadthNegatives, lexiconNegatives...) }
