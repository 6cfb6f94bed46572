package relation

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// The phrasing table: for every CAMEO root, our own sentences in the five
// forms of issue #4 (active, passive, negated, modal, coordinated), run
// through the real pipeline (the embedded world gazetteer, the tagger and
// the default lexicon) and compared in full: every relation the sentence
// gives, with its subject and object ids, predicate, CAMEO root,
// negation, modality and date. Actors vary between countries, capitals
// standing for their countries, titled people and organizations. The
// stories are dated Monday 13 June 2022.
//
// Conventions the table pins down (see the package documentation):
// threats are always asserted ("vowed to retaliate" is a threat, not an
// intended attack); an intent to cooperate is itself the event, asserted
// ("pledged to deepen cooperation"); a refusal is a rejection and its
// refused act is reported negated ("refused to sign").

// phrasing is one of the forms of the table.
type phrasing string

const (
	phActive      phrasing = "active"
	phPassive     phrasing = "passive"
	phNegated     phrasing = "negated"
	phModal       phrasing = "modal"
	phCoordinated phrasing = "coordinated"
)

var phrasings = []phrasing{phActive, phPassive, phNegated, phModal, phCoordinated}

// phrasingRel is what the table checks of a relation.
type phrasingRel struct {
	Subject   string // entity id
	Object    string // entity id; "" when the event has no object
	Predicate Predicate
	Root      string // the first two digits of the CAMEO code
	Negated   bool
	Modality  Modality
	Date      string // YYYY[-MM[-DD]], "" when the sentence gives none
}

// rel builds an asserted, undated expected relation.
func rel(subj string, p Predicate, obj string) phrasingRel {
	return phrasingRel{Subject: subj, Object: obj, Predicate: p, Root: p.Code()}
}

func (r phrasingRel) neg() phrasingRel           { r.Negated = true; return r }
func (r phrasingRel) mod(m Modality) phrasingRel { r.Modality = m; return r }
func (r phrasingRel) on(date string) phrasingRel { r.Date = date; return r }

func rels(rs ...phrasingRel) []phrasingRel { return rs }

// projectRelation keeps the checked fields of r.
func projectRelation(r Relation) phrasingRel {
	out := phrasingRel{Subject: r.Subject.ID, Predicate: r.Predicate, Negated: r.Negated, Modality: r.Modality, Date: r.Date.String()}
	if r.Object != nil {
		out.Object = r.Object.ID
	}
	if len(r.CAMEO) >= 2 {
		out.Root = r.CAMEO[:2]
	}
	return out
}

type phrasingCase struct {
	root Predicate
	form phrasing
	name string
	text string
	want []phrasingRel
}

func (c phrasingCase) testName() string { return c.root.Code() + "-" + string(c.form) + "-" + c.name }

var phrasingCases = []phrasingCase{
	// ---- 01 STATEMENT
	{Statement, phActive, "commented-on", "Indian Prime Minister Narendra Modi commented on Pakistan's new government.",
		rels(rel("person/narendra-modi", Statement, "PAK"))},
	{Statement, phActive, "spoke-out-against", "French President Emmanuel Macron spoke out against Hungary's new media law.",
		rels(rel("person/emmanuel-macron", Statement, "HUN"))},
	{Statement, phActive, "made-remarks", "Putin made remarks about Ukraine's government.",
		rels(rel("person/vladimir-putin", Statement, "UKR"))},
	{Statement, phPassive, "commented-on-by", "Sweden's application was commented on by Turkish President Recep Tayyip Erdogan.",
		rels(rel("person/recep-tayyip-erdogan", Statement, "SWE"))},
	{Statement, phNegated, "did-not-comment", "Beijing did not comment on Taiwan's election.",
		rels(rel("CHN", Statement, "TWN").neg())},
	{Statement, phNegated, "declined-to-comment", "The Kremlin declined to comment on Finland's decision.",
		rels(rel("org/kremlin", Statement, "FIN").neg())},
	{Statement, phModal, "will-comment-friday", "Macron will comment on Algeria's request on Friday.",
		rels(rel("person/emmanuel-macron", Statement, "DZA").mod(Intended).on("2022-06-17"))},
	{Statement, phCoordinated, "two-commented", "Germany and France commented on Poland's judicial reforms.",
		rels(rel("DEU", Statement, "POL"), rel("FRA", Statement, "POL"))},
	{Statement, phCoordinated, "commented-on-two", "Erdogan commented on Sweden and Finland's bids.",
		rels(rel("person/recep-tayyip-erdogan", Statement, "SWE"), rel("person/recep-tayyip-erdogan", Statement, "FIN"))},

	// ---- 02 APPEAL
	{Appeal, phActive, "urged-to", "The United Nations urged Myanmar to release political prisoners.",
		rels(rel("org/un", Appeal, "MMR"))},
	{Appeal, phActive, "appealed-to", "Ukrainian President Volodymyr Zelensky appealed to NATO for more air defense systems.",
		rels(rel("person/volodymyr-zelensky", Appeal, "org/nato"))},
	{Appeal, phActive, "called-for", "Egypt called for Israel to halt its offensive.",
		rels(rel("EGY", Appeal, "ISR"))},
	// The appeal is made; what it asks not to happen does not negate it.
	{Appeal, phActive, "urged-not-to", "France urged Iran not to enrich uranium.",
		rels(rel("FRA", Appeal, "IRN"))},
	{Appeal, phPassive, "was-urged-by", "Ethiopia was urged by the African Union to allow aid into Tigray.",
		rels(rel("org/au", Appeal, "ETH"))},
	{Appeal, phPassive, "was-asked-by", "Kyiv was asked by Washington to delay the offensive.",
		rels(rel("USA", Appeal, "UKR"))},
	{Appeal, phNegated, "did-not-ask", "Washington did not ask Kyiv to cede territory.",
		rels(rel("USA", Appeal, "UKR").neg())},
	{Appeal, phModal, "may-ask", "Germany may ask Poland to take in more refugees.",
		rels(rel("DEU", Appeal, "POL").mod(Possible))},
	{Appeal, phModal, "may-call-on", "Seoul may call on Tokyo to drop the export curbs.",
		rels(rel("KOR", Appeal, "JPN").mod(Possible))},
	{Appeal, phCoordinated, "two-urged", "France and Germany urged Iran to return to the nuclear talks.",
		rels(rel("FRA", Appeal, "IRN"), rel("DEU", Appeal, "IRN"))},
	{Appeal, phCoordinated, "called-on-two", "Qatar called on Israel and Hamas to accept a truce.",
		rels(rel("QAT", Appeal, "ISR"), rel("QAT", Appeal, "org/hamas"))},
	{Appeal, phCoordinated, "two-orgs-urged", "The African Union and the United Nations urged Sudan to end the fighting.",
		rels(rel("org/au", Appeal, "SDN"), rel("org/un", Appeal, "SDN"))},
	{Appeal, phCoordinated, "called-for-dialogue-between", "Egypt called for dialogue between Israel and Hamas.",
		rels(rel("EGY", Appeal, "ISR"), rel("EGY", Appeal, "org/hamas"))},

	// ---- 03 INTENT_TO_COOPERATE
	{IntentToCooperate, phActive, "offered", "India offered assistance to Sri Lanka.",
		rels(rel("IND", IntentToCooperate, "LKA"))},
	{IntentToCooperate, phActive, "pledged-to-deepen", "Beijing pledged to deepen cooperation with Moscow.",
		rels(rel("CHN", IntentToCooperate, "RUS"))},
	{IntentToCooperate, phActive, "expressed-willingness", "China expressed willingness to work with Washington.",
		rels(rel("CHN", IntentToCooperate, "USA"))},
	{IntentToCooperate, phPassive, "was-offered-by", "Sri Lanka was offered help by India.",
		rels(rel("IND", IntentToCooperate, "LKA"))},
	{IntentToCooperate, phNegated, "did-not-offer", "Pakistan did not offer assistance to Afghanistan.",
		rels(rel("PAK", IntentToCooperate, "AFG").neg())},
	{IntentToCooperate, phNegated, "did-not-promise", "Ankara did not promise support to Stockholm.",
		rels(rel("TUR", IntentToCooperate, "SWE").neg())},
	{IntentToCooperate, phModal, "may-offer", "Vietnam may offer help to Laos.",
		rels(rel("VNM", IntentToCooperate, "LAO").mod(Possible))},
	// "seeks to improve ties" is itself the intent (guideline rule 5).
	{IntentToCooperate, phModal, "seeks-to-improve", "Tokyo seeks to improve ties with Seoul.",
		rels(rel("JPN", IntentToCooperate, "KOR"))},
	{IntentToCooperate, phCoordinated, "two-pledged", "Japan and South Korea pledged to strengthen cooperation with the United States.",
		rels(rel("JPN", IntentToCooperate, "USA"), rel("KOR", IntentToCooperate, "USA"))},

	// ---- 04 CONSULT
	{Consult, phActive, "the-nationality-leader", "Venezuelan President Hugo Chavez spoke in Paris. The Venezuelan leader visited Algeria.",
		rels(rel("person/hugo-chavez", Consult, "DZA"))},
	{Consult, phActive, "the-nationality-leader-of-two", "Venezuelan President Hugo Chavez met Colombian President Alvaro Uribe. The Colombian leader visited Algeria.",
		rels(rel("person/hugo-chavez", Consult, "person/alvaro-uribe"), rel("person/alvaro-uribe", Consult, "DZA"))},
	{Consult, phActive, "met", "Antony Blinken met Sergei Lavrov in Geneva.",
		rels(rel("person/antony-blinken", Consult, "person/sergei-lavrov"))},
	{Consult, phActive, "met-on-saturday", "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi on Saturday.",
		rels(rel("person/sergei-lavrov", Consult, "person/wang-yi").on("2022-06-11"))},
	{Consult, phActive, "held-talks", "Lavrov held talks with his Chinese counterpart Wang Yi on Saturday.",
		rels(rel("person/sergei-lavrov", Consult, "person/wang-yi").on("2022-06-11"))},
	{Consult, phActive, "relative-clause", "Chinese President Xi Jinping, who arrived in Moscow on Monday, met Russian President Vladimir Putin.",
		rels(rel("person/xi-jinping", Consult, "RUS").on("2022-06-13"), rel("person/xi-jinping", Consult, "person/vladimir-putin").on("2022-06-13"))},
	{Consult, phActive, "appositive", "Blinken, the U.S. secretary of state, met Chinese Foreign Minister Wang Yi in Beijing on Sunday.",
		rels(rel("person/antony-blinken", Consult, "person/wang-yi").on("2022-06-12"))},
	{Consult, phActive, "possessive-names", "India's Modi hosted Australia's Albanese in New Delhi.",
		rels(rel("person/narendra-modi", Consult, "person/anthony-albanese"))},
	{Consult, phPassive, "was-hosted-by", "Modi was hosted by Biden at the White House.",
		rels(rel("person/joe-biden", Consult, "person/narendra-modi"))},
	{Consult, phPassive, "was-received-by", "Scholz was received by Xi Jinping in Beijing.",
		rels(rel("person/xi-jinping", Consult, "person/olaf-scholz"))},
	{Consult, phPassive, "was-discussed-by", "The war in Ukraine was discussed by Macron and Scholz.",
		rels(rel("person/emmanuel-macron", Consult, "person/olaf-scholz"))},
	{Consult, phNegated, "did-not-meet", "Putin did not meet Zelensky.",
		rels(rel("person/vladimir-putin", Consult, "person/volodymyr-zelensky").neg())},
	{Consult, phNegated, "has-never-met", "Putin has never met Zelensky.",
		rels(rel("person/vladimir-putin", Consult, "person/volodymyr-zelensky").neg())},
	{Consult, phNegated, "refused-to-meet", "The Turkish president refused to meet Israeli Prime Minister Benjamin Netanyahu.",
		rels(rel("person/recep-tayyip-erdogan", Reject, "person/benjamin-netanyahu"), rel("person/recep-tayyip-erdogan", Consult, "person/benjamin-netanyahu").neg())},
	{Consult, phNegated, "wont-meet", "Turkey won't meet Syria.",
		rels(rel("TUR", Consult, "SYR").neg().mod(Intended))},
	{Consult, phNegated, "no-plans-to-meet", "Beijing has no plans to meet Washington.",
		rels(rel("CHN", Consult, "USA").neg().mod(Intended))},
	{Consult, phNegated, "would-never-negotiate", "Israel said it would never negotiate with Hamas.",
		rels(rel("ISR", Consult, "org/hamas").neg().mod(Intended))},
	{Consult, phNegated, "reported-capital", "Iranian officials said Tehran would not negotiate with Washington.",
		rels(rel("IRN", Consult, "USA").neg().mod(Intended))},
	{Consult, phModal, "plans-to-visit", "Macron plans to visit China next month.",
		rels(rel("person/emmanuel-macron", Consult, "CHN").mod(Intended).on("2022-07"))},
	{Consult, phModal, "seeks-to-hold-talks", "Tokyo seeks to hold talks with Seoul.",
		rels(rel("JPN", Consult, "KOR").mod(Intended))},
	{Consult, phModal, "could-meet", "Xi Jinping could meet Biden in November.",
		rels(rel("person/xi-jinping", Consult, "person/joe-biden").mod(Possible).on("2022-11"))},
	{Consult, phModal, "will-host", "President Joe Biden will host Indian Prime Minister Narendra Modi at the White House on June 22.",
		rels(rel("person/joe-biden", Consult, "person/narendra-modi").mod(Intended).on("2022-06-22"))},
	{Consult, phModal, "if-meets", "If Kim Jong Un meets Donald Trump, the talks will focus on sanctions.",
		rels(rel("person/kim-jong-un", Consult, "person/donald-trump").mod(Hypothetical))},
	{Consult, phModal, "is-set-to-meet", "Blinken is set to meet Wang Yi.",
		rels(rel("person/antony-blinken", Consult, "person/wang-yi").mod(Intended))},
	{Consult, phModal, "is-to-meet-friday", "Blinken is to meet Wang Yi on Friday.",
		rels(rel("person/antony-blinken", Consult, "person/wang-yi").mod(Intended).on("2022-06-17"))},
	{Consult, phModal, "would-meet", "Biden would meet Putin.",
		rels(rel("person/joe-biden", Consult, "person/vladimir-putin").mod(Intended))},
	{Consult, phModal, "did-not-rule-out", "Biden did not rule out meeting Putin.",
		rels(rel("person/joe-biden", Consult, "person/vladimir-putin").mod(Possible))},
	{Consult, phModal, "was-due-to-visit", "Turkey was due to visit Egypt.",
		rels(rel("TUR", Consult, "EGY").mod(Intended))},
	{Consult, phModal, "reported-next-week", "The Kremlin said Putin would meet Erdogan in Sochi next week.",
		rels(rel("person/vladimir-putin", Consult, "person/recep-tayyip-erdogan").mod(Intended).on("2022-06"))},
	{Consult, phCoordinated, "three-held-talks", "Japan, South Korea and the United States held talks in Washington.",
		rels(rel("JPN", Consult, "KOR"), rel("JPN", Consult, "USA"), rel("KOR", Consult, "USA"))},
	{Consult, phCoordinated, "two-met-one", "Macron and Scholz met Xi Jinping in Beijing.",
		rels(rel("person/emmanuel-macron", Consult, "person/xi-jinping"), rel("person/olaf-scholz", Consult, "person/xi-jinping"))},
	{Consult, phCoordinated, "two-presidents-met", "Argentine President Alberto Fernandez praised Chilean President Gabriel Boric. The two presidents met in Santiago.",
		rels(rel("person/alberto-fernandez", DiplomaticCooperation, "person/gabriel-boric"), rel("person/alberto-fernandez", Consult, "person/gabriel-boric"))},
	{Consult, phCoordinated, "discussed-topic", "Blinken and Lavrov discussed the war in Ukraine.",
		rels(rel("person/antony-blinken", Consult, "person/sergei-lavrov"))},
	{Consult, phCoordinated, "counterparts-met", "South Korean Defense Minister Lee Jong-sup and his Japanese and US counterparts met on Saturday.",
		rels(rel("person/lee-jong-sup", Consult, "JPN").on("2022-06-11"), rel("person/lee-jong-sup", Consult, "USA").on("2022-06-11"),
			rel("JPN", Consult, "USA").on("2022-06-11"))},
	// Issue #4's example: "on Saturday" in a story dated Monday 13 June
	// 2022 is 11 June; "Lee" is the minister named before.
	{Consult, phCoordinated, "lee-and-counterparts", "South Korean Defense Minister Lee Jong-sup arrived in Singapore on Friday. " +
		"Lee and his Japanese and US counterparts met on Saturday at the forum.",
		rels(rel("person/lee-jong-sup", Consult, "SGP").on("2022-06-10"), rel("person/lee-jong-sup", Consult, "JPN").on("2022-06-11"),
			rel("person/lee-jong-sup", Consult, "USA").on("2022-06-11"), rel("JPN", Consult, "USA").on("2022-06-11"))},
	{Consult, phCoordinated, "held-talks-this-week", "Japan and South Korea held talks this week.",
		rels(rel("JPN", Consult, "KOR").on("2022-06"))},
	{Consult, phCoordinated, "held-talks-with-two", "Russia held talks with Turkey and Iran.",
		rels(rel("RUS", Consult, "TUR"), rel("RUS", Consult, "IRN"))},
	{Consult, phCoordinated, "met-two", "Putin met Erdogan and Raisi in Tehran.",
		rels(rel("person/vladimir-putin", Consult, "person/recep-tayyip-erdogan"), rel("person/vladimir-putin", Consult, "person/ebrahim-raisi"))},
	// Up to four listed parties give one relation per pair.
	{Consult, phCoordinated, "four-parties", "India, Japan, Australia and the United States held talks.",
		rels(rel("IND", Consult, "JPN"), rel("IND", Consult, "AUS"), rel("IND", Consult, "USA"),
			rel("JPN", Consult, "AUS"), rel("JPN", Consult, "USA"), rel("AUS", Consult, "USA"))},

	// ---- 05 DIPLOMATIC_COOPERATION
	{DiplomaticCooperation, phActive, "thanked", "Zelensky thanked Poland for its support.",
		rels(rel("person/volodymyr-zelensky", DiplomaticCooperation, "POL"))},
	{DiplomaticCooperation, phActive, "welcomed-plan", "Moscow welcomed Beijing's peace plan.",
		rels(rel("RUS", DiplomaticCooperation, "CHN"))},
	{DiplomaticCooperation, phActive, "congratulated-on", "Germany congratulated Finland on joining NATO.",
		rels(rel("DEU", DiplomaticCooperation, "FIN"), rel("FIN", MaterialCooperation, "org/nato"))},
	{DiplomaticCooperation, phActive, "thanked-for", "Japan thanked India for sending aid to Sri Lanka.",
		rels(rel("JPN", DiplomaticCooperation, "IND"), rel("IND", ProvideAid, "LKA"))},
	{DiplomaticCooperation, phPassive, "was-praised-by", "Zelensky was praised by Biden.",
		rels(rel("person/joe-biden", DiplomaticCooperation, "person/volodymyr-zelensky"))},
	{DiplomaticCooperation, phPassive, "was-recognized-by", "Kosovo was recognized by Kenya.",
		rels(rel("KEN", DiplomaticCooperation, "XKX"))},
	{DiplomaticCooperation, phPassive, "deal-was-signed-by", "A peace deal was signed by Armenia and Azerbaijan.",
		rels(rel("ARM", DiplomaticCooperation, "AZE"))},
	{DiplomaticCooperation, phPassive, "relative-clause-signed-by", "The agreement, which was signed by Egypt and Israel in 1979, remains in force.",
		rels(rel("EGY", DiplomaticCooperation, "ISR").on("1979"))},
	{DiplomaticCooperation, phPassive, "deal-was-reached-by", "A deal was reached by Israel and Hamas on Friday.",
		rels(rel("ISR", DiplomaticCooperation, "org/hamas").on("2022-06-10"))},
	{DiplomaticCooperation, phNegated, "never-recognized", "Serbia has never recognized Kosovo.",
		rels(rel("SRB", DiplomaticCooperation, "XKX").neg())},
	{DiplomaticCooperation, phNegated, "refused-to-sign", "Turkey refused to sign the agreement with Greece.",
		rels(rel("TUR", Reject, "GRC"), rel("TUR", DiplomaticCooperation, "GRC").neg())},
	{DiplomaticCooperation, phNegated, "failed-to-reach", "Israel and Hamas failed to reach an agreement on Saturday.",
		rels(rel("ISR", DiplomaticCooperation, "org/hamas").neg().on("2022-06-11"))},
	{DiplomaticCooperation, phNegated, "no-longer-recognizes", "The United States no longer recognizes Taiwan.",
		rels(rel("USA", DiplomaticCooperation, "TWN").neg())},
	{DiplomaticCooperation, phNegated, "has-yet-to", "Brazil has yet to recognize Kosovo.",
		rels(rel("BRA", DiplomaticCooperation, "XKX").neg())},
	{DiplomaticCooperation, phModal, "could-establish", "Saudi Arabia could establish diplomatic relations with Israel.",
		rels(rel("SAU", DiplomaticCooperation, "ISR").mod(Possible))},
	{DiplomaticCooperation, phModal, "plans-to-establish", "Bahrain plans to establish diplomatic relations with Israel.",
		rels(rel("BHR", DiplomaticCooperation, "ISR").mod(Intended))},
	{DiplomaticCooperation, phModal, "aims-to-sign", "Manila aims to sign a defense pact with Canberra.",
		rels(rel("PHL", DiplomaticCooperation, "AUS").mod(Intended))},
	{DiplomaticCooperation, phModal, "are-expected-to-sign", "Japan and South Korea are expected to sign a defense pact.",
		rels(rel("JPN", DiplomaticCooperation, "KOR").mod(Intended))},
	{DiplomaticCooperation, phCoordinated, "two-praised", "Britain and Canada praised Estonia.",
		rels(rel("GBR", DiplomaticCooperation, "EST"), rel("CAN", DiplomaticCooperation, "EST"))},
	{DiplomaticCooperation, phCoordinated, "two-signed", "Egypt and Israel signed a gas deal in August 2019.",
		rels(rel("EGY", DiplomaticCooperation, "ISR").on("2019-08"))},
	{DiplomaticCooperation, phCoordinated, "signed-with-two", "Israel signed agreements with the UAE and Bahrain.",
		rels(rel("ISR", DiplomaticCooperation, "ARE"), rel("ISR", DiplomaticCooperation, "BHR"))},

	// ---- 06 MATERIAL_COOPERATION
	{MaterialCooperation, phActive, "shared-intelligence", "Germany shared intelligence with Poland.",
		rels(rel("DEU", MaterialCooperation, "POL"))},
	{MaterialCooperation, phActive, "supplied", "Ankara supplied drones to Kyiv.",
		rels(rel("TUR", MaterialCooperation, "UKR"))},
	{MaterialCooperation, phPassive, "was-extradited-by", "The drug lord was extradited to the United States by Colombia.",
		rels(rel("COL", MaterialCooperation, "USA"))},
	{MaterialCooperation, phPassive, "were-supplied-by", "Drones were supplied to Kyiv by Ankara.",
		rels(rel("TUR", MaterialCooperation, "UKR"))},
	{MaterialCooperation, phNegated, "has-not-shared", "Turkey has not shared intelligence with Sweden.",
		rels(rel("TUR", MaterialCooperation, "SWE").neg())},
	{MaterialCooperation, phNegated, "did-not-sell", "Sweden did not sell weapons to Turkey.",
		rels(rel("SWE", MaterialCooperation, "TUR").neg())},
	{MaterialCooperation, phModal, "will-buy", "India will buy oil from Russia.",
		rels(rel("IND", MaterialCooperation, "RUS").mod(Intended))},
	{MaterialCooperation, phModal, "may-buy", "Egypt may buy fighter jets from France.",
		rels(rel("EGY", MaterialCooperation, "FRA").mod(Possible))},
	{MaterialCooperation, phModal, "will-hold-joint-exercises", "India and Russia will hold joint military exercises next year.",
		rels(rel("IND", MaterialCooperation, "RUS").mod(Intended).on("2023"))},
	{MaterialCooperation, phModal, "hopes-to-join", "Ukraine hopes to join NATO.",
		rels(rel("UKR", MaterialCooperation, "org/nato").mod(Intended))},
	{MaterialCooperation, phCoordinated, "joint-drills", "Russia and China held joint naval drills.",
		rels(rel("RUS", MaterialCooperation, "CHN"))},
	{MaterialCooperation, phCoordinated, "two-share", "Japan and Australia share intelligence with the United States.",
		rels(rel("JPN", MaterialCooperation, "USA"), rel("AUS", MaterialCooperation, "USA"))},

	// ---- 07 PROVIDE_AID
	{ProvideAid, phActive, "sent-aid", "The United States sent humanitarian aid to Turkey.",
		rels(rel("USA", ProvideAid, "TUR"))},
	{ProvideAid, phActive, "provided-euros", "The European Union provided 1 billion euros to Ukraine.",
		rels(rel("org/eu", ProvideAid, "UKR"))},
	{ProvideAid, phPassive, "aid-was-sent-by", "Aid was sent to Pakistan by China.",
		rels(rel("CHN", ProvideAid, "PAK"))},
	{ProvideAid, phPassive, "was-given-by", "Ukraine was given $2 billion by the European Union.",
		rels(rel("org/eu", ProvideAid, "UKR"))},
	{ProvideAid, phPassive, "sent-to-two-by", "Aid was sent to Turkey and Syria by the European Union.",
		rels(rel("org/eu", ProvideAid, "TUR"), rel("org/eu", ProvideAid, "SYR"))},
	{ProvideAid, phNegated, "did-not-send", "Hungary did not send weapons to Ukraine.",
		rels(rel("HUN", ProvideAid, "UKR").neg())},
	{ProvideAid, phNegated, "did-not-provide", "Japan did not provide aid to North Korea.",
		rels(rel("JPN", ProvideAid, "PRK").neg())},
	{ProvideAid, phNegated, "refused-to-send", "Berlin refused to send weapons to Kyiv.",
		rels(rel("DEU", Reject, "UKR"), rel("DEU", ProvideAid, "UKR").neg())},
	{ProvideAid, phModal, "will-provide", "Japan will provide $300 million in aid to Bangladesh.",
		rels(rel("JPN", ProvideAid, "BGD").mod(Intended))},
	{ProvideAid, phModal, "could-send", "Germany could send more aid to Ukraine.",
		rels(rel("DEU", ProvideAid, "UKR").mod(Possible))},
	{ProvideAid, phModal, "vowed-to-send", "Japan vowed to send aid to Ukraine.",
		rels(rel("JPN", ProvideAid, "UKR").mod(Intended))},
	// The weekday dates the report, not the pledged aid.
	{ProvideAid, phModal, "will-provide-said-on", "Japan will provide 500 million dollars in aid to Ukraine, Prime Minister Fumio Kishida said on Wednesday.",
		rels(rel("JPN", ProvideAid, "UKR").mod(Intended).on("2022-06-08"))},
	{ProvideAid, phCoordinated, "two-sent", "Britain and Norway sent aid to Somalia.",
		rels(rel("GBR", ProvideAid, "SOM"), rel("NOR", ProvideAid, "SOM"))},
	{ProvideAid, phCoordinated, "two-to-two", "The United States and Britain sent aid to Turkey and Syria.",
		rels(rel("USA", ProvideAid, "TUR"), rel("USA", ProvideAid, "SYR"), rel("GBR", ProvideAid, "TUR"), rel("GBR", ProvideAid, "SYR"))},

	// ---- 08 YIELD
	{Yield, phActive, "lifted-sanctions", "Washington lifted sanctions on Venezuela.",
		rels(rel("USA", Yield, "VEN"))},
	{Yield, phActive, "freed", "Azerbaijan freed 10 Armenian soldiers.",
		rels(rel("AZE", Yield, "ARM"))},
	{Yield, phActive, "withdrew-troops", "Russia withdrew its troops from Belarus.",
		rels(rel("RUS", Yield, "BLR"))},
	{Yield, phActive, "pulled-troops-out-of", "Russia pulled its troops out of Georgia.",
		rels(rel("RUS", Yield, "GEO"))},
	{Yield, phPassive, "sanctions-were-lifted-by", "Sanctions on Venezuela were lifted by Washington.",
		rels(rel("USA", Yield, "VEN"))},
	{Yield, phPassive, "were-released-by", "Ten Armenian soldiers were released by Azerbaijan.",
		rels(rel("AZE", Yield, "ARM"))},
	{Yield, phNegated, "did-not-withdraw", "Russia did not withdraw its troops from Moldova.",
		rels(rel("RUS", Yield, "MDA").neg())},
	{Yield, phNegated, "refused-to-release", "Moscow has refused to release the American journalist.",
		rels(rel("RUS", Reject, "USA"), rel("RUS", Yield, "USA").neg())},
	{Yield, phNegated, "have-not-been-lifted", "Sanctions on Russia have not been lifted by the European Union.",
		rels(rel("org/eu", Yield, "RUS").neg())},
	{Yield, phNegated, "hasnt-released", "Iran hasn't released the French citizens.",
		rels(rel("IRN", Yield, "FRA").neg())},
	{Yield, phNegated, "will-not-be-lifted-by", "Sanctions on Iran will not be lifted by Washington.",
		rels(rel("USA", Yield, "IRN").neg().mod(Intended))},
	{Yield, phModal, "may-ease", "The European Union may ease sanctions on Belarus.",
		rels(rel("org/eu", Yield, "BLR").mod(Possible))},
	{Yield, phModal, "plans-to-lift", "Washington plans to lift sanctions on Caracas.",
		rels(rel("USA", Yield, "VEN").mod(Intended))},
	{Yield, phCoordinated, "two-lifted", "Britain and Canada lifted sanctions on Myanmar.",
		rels(rel("GBR", Yield, "MMR"), rel("CAN", Yield, "MMR"))},

	// ---- 09 INVESTIGATE
	{Investigate, phActive, "investigated", "The U.N. Human Rights Council investigated Myanmar.",
		rels(rel("org/unhrc", Investigate, "MMR"))},
	{Investigate, phActive, "launched-investigation", "The United Nations launched an investigation into Israel.",
		rels(rel("org/un", Investigate, "ISR"))},
	{Investigate, phActive, "is-investigating", "Turkey is investigating Sweden.",
		rels(rel("TUR", Investigate, "SWE"))},
	{Investigate, phPassive, "is-being-investigated-by", "Myanmar is being investigated by the International Criminal Court.",
		rels(rel("org/icc", Investigate, "MMR"))},
	{Investigate, phPassive, "was-investigated-by", "Myanmar was investigated by the United Nations.",
		rels(rel("org/un", Investigate, "MMR"))},
	{Investigate, phNegated, "did-not-investigate", "Interpol did not investigate Russia.",
		rels(rel("org/interpol", Investigate, "RUS").neg())},
	{Investigate, phNegated, "did-not-open-investigation", "The ICC did not open an investigation into Russia.",
		rels(rel("org/icc", Investigate, "RUS").neg())},
	{Investigate, phModal, "may-investigate", "The International Criminal Court may investigate Israel.",
		rels(rel("org/icc", Investigate, "ISR").mod(Possible))},
	{Investigate, phModal, "will-inspect", "The IAEA will inspect Iran's nuclear sites.",
		rels(rel("org/iaea", Investigate, "IRN").mod(Intended))},
	{Investigate, phCoordinated, "two-investigated", "Germany and the Netherlands investigated Russia over the downing of the airliner.",
		rels(rel("DEU", Investigate, "RUS"), rel("NLD", Investigate, "RUS"))},
	{Investigate, phCoordinated, "investigate-both", "The UN will investigate both Israel and Hamas.",
		rels(rel("org/un", Investigate, "ISR").mod(Intended), rel("org/un", Investigate, "org/hamas").mod(Intended))},
	{Investigate, phCoordinated, "could-investigate-two", "The International Criminal Court could investigate Russia and Belarus.",
		rels(rel("org/icc", Investigate, "RUS").mod(Possible), rel("org/icc", Investigate, "BLR").mod(Possible))},

	// ---- 10 DEMAND
	{Demand, phActive, "demanded-that", "China demanded that Japan apologize.",
		rels(rel("CHN", Demand, "JPN"))},
	{Demand, phActive, "demanded-from", "Turkey demanded an apology from Sweden.",
		rels(rel("TUR", Demand, "SWE"))},
	{Demand, phActive, "pressed-to", "The United States pressed China to release the activists.",
		rels(rel("USA", Demand, "CHN"))},
	{Demand, phActive, "demanded-release-from", "Israel demanded the release of its soldiers from Hamas.",
		rels(rel("ISR", Demand, "org/hamas"))},
	{Demand, phPassive, "was-pressed-by", "Greece was pressed by Germany to cut spending.",
		rels(rel("DEU", Demand, "GRC"))},
	{Demand, phPassive, "was-pressed-by-two", "Serbia was pressed by the European Union and the United States to recognize Kosovo.",
		rels(rel("org/eu", Demand, "SRB"), rel("USA", Demand, "SRB"))},
	{Demand, phNegated, "did-not-demand", "Washington did not demand that Israel halt the operation.",
		rels(rel("USA", Demand, "ISR").neg())},
	{Demand, phNegated, "did-not-press", "Washington did not press Beijing to free the dissidents.",
		rels(rel("USA", Demand, "CHN").neg())},
	{Demand, phModal, "could-demand", "Beijing could demand compensation from Canberra.",
		rels(rel("CHN", Demand, "AUS").mod(Possible))},
	{Demand, phModal, "may-demand-from", "Kenya may demand compensation from Ethiopia.",
		rels(rel("KEN", Demand, "ETH").mod(Possible))},
	{Demand, phCoordinated, "two-demanded", "Britain and France demanded that Iran release the sailors.",
		rels(rel("GBR", Demand, "IRN"), rel("FRA", Demand, "IRN"))},
	{Demand, phCoordinated, "demanded-that-two", "Pakistan demanded that India and Afghanistan stop the attacks.",
		rels(rel("PAK", Demand, "IND"), rel("PAK", Demand, "AFG"))},

	// ---- 11 DISAPPROVE
	// "alleged" modifying a noun is no accusation.
	{Disapprove, phActive, "alleged-as-modifier", "Kenya criticized Somalia as Ethiopia and alleged ringleader Ali Hassan met.",
		rels(rel("KEN", Disapprove, "SOM"), rel("ETH", Consult, ""))},
	{Disapprove, phActive, "warned-dash-blaming", "The French foreign minister warned of famine - blaming Eritrea for the blockade.",
		rels(rel("person/catherine-colonna", Disapprove, "ERI"))},
	{Disapprove, phActive, "criticized", "Paris criticized Rome over its migration policy.",
		rels(rel("FRA", Disapprove, "ITA"))},
	{Disapprove, phActive, "minister-criticized", "German Foreign Minister Annalena Baerbock criticized Beijing.",
		rels(rel("person/annalena-baerbock", Disapprove, "CHN"))},
	{Disapprove, phActive, "accused-of", "Beijing accused Washington of interfering in its internal affairs.",
		rels(rel("CHN", Disapprove, "USA"))},
	{Disapprove, phActive, "condemned-attack-by", "The White House condemned the attack on Israel by Hamas.",
		rels(rel("org/white-house", Disapprove, "org/hamas"), rel("org/hamas", Fight, "ISR"))},
	{Disapprove, phPassive, "was-condemned-by", "Russia was condemned by the United Nations General Assembly.",
		rels(rel("org/unga", Disapprove, "RUS"))},
	{Disapprove, phPassive, "was-criticized-by", "Japan was criticized by China over its wartime history.",
		rels(rel("CHN", Disapprove, "JPN"))},
	{Disapprove, phPassive, "ambassador-was-summoned-by", "Japan's ambassador was summoned by Beijing.",
		rels(rel("CHN", Disapprove, "JPN"))},
	{Disapprove, phPassive, "nationality-ambassador-summoned-by", "The British ambassador was summoned by the Russian foreign ministry.",
		rels(rel("RUS", Disapprove, "GBR"))},
	{Disapprove, phPassive, "was-accused-by", "Moscow was accused by Washington of violating the treaty.",
		rels(rel("USA", Disapprove, "RUS"))},
	{Disapprove, phPassive, "was-criticized-by-two", "China has been criticized by the United States and Japan.",
		rels(rel("USA", Disapprove, "CHN"), rel("JPN", Disapprove, "CHN"))},
	{Disapprove, phNegated, "did-not-condemn", "India did not condemn Russia.",
		rels(rel("IND", Disapprove, "RUS").neg())},
	{Disapprove, phNegated, "refused-to-condemn", "Israel refused to condemn Russia.",
		rels(rel("ISR", Reject, "RUS"), rel("ISR", Disapprove, "RUS").neg())},
	{Disapprove, phNegated, "neither-nor", "Neither China nor India condemned Russia.",
		rels(rel("CHN", Disapprove, "RUS").neg(), rel("IND", Disapprove, "RUS").neg())},
	{Disapprove, phNegated, "stopped-short-of", "China stopped short of condemning Russia.",
		rels(rel("CHN", Disapprove, "RUS").neg())},
	{Disapprove, phNegated, "refrained-from", "India refrained from condemning Russia.",
		rels(rel("IND", Disapprove, "RUS").neg())},
	{Disapprove, phModal, "may-criticize", "The European Union may criticize Hungary.",
		rels(rel("org/eu", Disapprove, "HUN").mod(Possible))},
	{Disapprove, phCoordinated, "capitals-condemned", "Tokyo and Seoul condemned Pyongyang on Monday.",
		rels(rel("JPN", Disapprove, "PRK").on("2022-06-13"), rel("KOR", Disapprove, "PRK").on("2022-06-13"))},
	{Disapprove, phCoordinated, "condemned-launch", "Japan and South Korea condemned North Korea's missile launch.",
		rels(rel("JPN", Disapprove, "PRK"), rel("KOR", Disapprove, "PRK"), rel("PRK", ExhibitForcePosture, ""))},
	{Disapprove, phCoordinated, "as-well-as", "The United States as well as Britain condemned Russia.",
		rels(rel("USA", Disapprove, "RUS"), rel("GBR", Disapprove, "RUS"))},
	{Disapprove, phCoordinated, "accused-two-of", "Russia accused Ukraine and Britain of attacking the bridge.",
		rels(rel("RUS", Disapprove, "UKR"), rel("RUS", Disapprove, "GBR"))},

	// ---- 12 REJECT
	{Reject, phActive, "rejected-proposal", "Ukraine rejected Russia's proposal.",
		rels(rel("UKR", Reject, "RUS"))},
	{Reject, phActive, "vetoed", "Hungary vetoed Sweden's membership bid.",
		rels(rel("HUN", Reject, "SWE"))},
	{Reject, phPassive, "proposal-was-rejected-by", "Russia's proposal was rejected by Ukraine.",
		rels(rel("UKR", Reject, "RUS"))},
	{Reject, phPassive, "offer-was-rejected-by", "Israel's offer was rejected by Hamas.",
		rels(rel("org/hamas", Reject, "ISR"))},
	{Reject, phNegated, "did-not-reject", "Israel did not reject the U.S. plan.",
		rels(rel("ISR", Reject, "USA").neg())},
	{Reject, phNegated, "did-not-reject-offer", "Hamas did not reject Israel's offer.",
		rels(rel("org/hamas", Reject, "ISR").neg())},
	{Reject, phModal, "could-veto", "Hungary could veto Ukraine's membership bid.",
		rels(rel("HUN", Reject, "UKR").mod(Possible))},
	{Reject, phModal, "likely-to-reject", "Iran is likely to reject Washington's proposal.",
		rels(rel("IRN", Reject, "USA").mod(Possible))},
	{Reject, phModal, "may-reject-offer", "Hamas may reject Israel's offer.",
		rels(rel("org/hamas", Reject, "ISR").mod(Possible))},
	{Reject, phCoordinated, "two-rejected", "Mali and Burkina Faso rejected ECOWAS's demands.",
		rels(rel("MLI", Reject, "org/ecowas"), rel("BFA", Reject, "org/ecowas"))},
	{Reject, phCoordinated, "two-blocked-bid", "Turkey and Hungary blocked Sweden's bid to join NATO.",
		rels(rel("TUR", Reject, "SWE"), rel("HUN", Reject, "SWE"))},

	// ---- 13 THREATEN (always asserted)
	{Threaten, phActive, "threatened", "North Korea threatened South Korea.",
		rels(rel("PRK", Threaten, "KOR"))},
	{Threaten, phActive, "warned-against", "Russia warned Finland against joining NATO.",
		rels(rel("RUS", Threaten, "FIN"))},
	{Threaten, phActive, "warned-it-could", "Pyongyang warned it could strike Seoul.",
		rels(rel("PRK", Threaten, "KOR"))},
	{Threaten, phActive, "warned-not-to", "Russia warned Finland not to join NATO.",
		rels(rel("RUS", Threaten, "FIN"))},
	{Threaten, phActive, "warned-that-if", "Iran warned that oil prices would double if Israel attacked.",
		rels(rel("IRN", Threaten, "ISR"))},
	{Threaten, phActive, "warned-it-will-review", "Russia warned it would review its relations with Moldova.",
		rels(rel("RUS", Threaten, "MDA"))},
	{Threaten, phActive, "vowed-response", "Washington has vowed a forceful response to Pyongyang's missile tests.",
		rels(rel("USA", Threaten, "PRK"), rel("PRK", ExhibitForcePosture, ""))},
	{Threaten, phPassive, "was-threatened-by", "Taiwan was threatened by China.",
		rels(rel("CHN", Threaten, "TWN"))},
	{Threaten, phPassive, "was-warned-by", "Israel was warned by Iran.",
		rels(rel("IRN", Threaten, "ISR"))},
	{Threaten, phNegated, "never-threatened", "China has never threatened Taiwan.",
		rels(rel("CHN", Threaten, "TWN").neg())},
	{Threaten, phNegated, "was-not-threatened-by", "Israel was not threatened by Iran.",
		rels(rel("IRN", Threaten, "ISR").neg())},
	{Threaten, phModal, "vowed-to-retaliate", "Moscow vowed to retaliate against Oslo.",
		rels(rel("RUS", Threaten, "NOR"))},
	{Threaten, phModal, "vowed-to-attack", "Russia vowed to attack Ukraine.",
		rels(rel("RUS", Threaten, "UKR"))},
	{Threaten, phModal, "could-impose-sanctions-if", "The European Union could impose sanctions on Serbia if it recognizes the referendum.",
		rels(rel("org/eu", Threaten, "SRB"))},
	{Threaten, phCoordinated, "two-threatened", "Russia and Belarus threatened Poland.",
		rels(rel("RUS", Threaten, "POL"), rel("BLR", Threaten, "POL"))},
	{Threaten, phCoordinated, "threatened-two", "Russia threatened Finland and Sweden with retaliation.",
		rels(rel("RUS", Threaten, "FIN"), rel("RUS", Threaten, "SWE"))},

	// ---- 14 PROTEST
	{Protest, phActive, "organized-protests", "Hamas organized protests against Israel.",
		rels(rel("org/hamas", Protest, "ISR"))},
	{Protest, phActive, "rallied-against", "Palestinians rallied against Israel in Ramallah.",
		rels(rel("PSE", Protest, "ISR"))},
	{Protest, phActive, "held-rally", "Hamas held a rally against Israel.",
		rels(rel("org/hamas", Protest, "ISR"))},
	{Protest, phPassive, "were-organized-by", "Protests against Israel were organized by Hamas.",
		rels(rel("org/hamas", Protest, "ISR"))},
	{Protest, phNegated, "did-not-organize", "Hezbollah did not organize protests against the United States.",
		rels(rel("org/hezbollah", Protest, "USA").neg())},
	{Protest, phModal, "plans-to-stage", "Hezbollah plans to stage a rally against Israel.",
		rels(rel("org/hezbollah", Protest, "ISR").mod(Intended))},
	{Protest, phCoordinated, "two-organized", "Hamas and Islamic Jihad organized protests against Israel.",
		rels(rel("org/hamas", Protest, "ISR"), rel("org/islamic-jihad", Protest, "ISR"))},

	// ---- 15 EXHIBIT_FORCE_POSTURE (the object may be absent)
	{ExhibitForcePosture, phActive, "missile-test", "North Korea conducted a missile test.",
		rels(rel("PRK", ExhibitForcePosture, ""))},
	{ExhibitForcePosture, phActive, "sent-warships", "Beijing sent warships toward Taiwan.",
		rels(rel("CHN", ExhibitForcePosture, "TWN"))},
	{ExhibitForcePosture, phActive, "test-fired-saturday", "Pyongyang test-fired a ballistic missile on Saturday.",
		rels(rel("PRK", ExhibitForcePosture, "").on("2022-06-11"))},
	{ExhibitForcePosture, phActive, "entered-airspace", "Chinese fighter jets entered Taiwan's airspace.",
		rels(rel("CHN", ExhibitForcePosture, "TWN"))},
	{ExhibitForcePosture, phActive, "deployed-troops", "Russia deployed troops to the border with Ukraine.",
		rels(rel("RUS", ExhibitForcePosture, "UKR"))},
	{ExhibitForcePosture, phActive, "pentagon-sent-troops", "The Pentagon sent more troops to Poland.",
		rels(rel("org/pentagon", ExhibitForcePosture, "POL"))},
	{ExhibitForcePosture, phPassive, "was-fired-by", "A ballistic missile was fired by North Korea.",
		rels(rel("PRK", ExhibitForcePosture, ""))},
	{ExhibitForcePosture, phNegated, "did-not-conduct", "Iran did not conduct a nuclear test.",
		rels(rel("IRN", ExhibitForcePosture, "").neg())},
	{ExhibitForcePosture, phModal, "may-conduct", "North Korea may conduct a nuclear test.",
		rels(rel("PRK", ExhibitForcePosture, "").mod(Possible))},
	{ExhibitForcePosture, phModal, "may-test-this-year", "Iran may test a new missile this year.",
		rels(rel("IRN", ExhibitForcePosture, "").mod(Possible).on("2022"))},
	{ExhibitForcePosture, phCoordinated, "two-tests", "India and Pakistan conducted missile tests.",
		rels(rel("IND", ExhibitForcePosture, ""), rel("PAK", ExhibitForcePosture, ""))},

	// ---- 16 REDUCE_RELATIONS
	{ReduceRelations, phActive, "imposed-sanctions", "Washington imposed sanctions on Moscow.",
		rels(rel("USA", ReduceRelations, "RUS"))},
	{ReduceRelations, phActive, "expelled", "Lithuania expelled Russian diplomats.",
		rels(rel("LTU", ReduceRelations, "RUS"))},
	{ReduceRelations, phActive, "scrapped", "Seoul scrapped an intelligence-sharing agreement with Japan in August 2019.",
		rels(rel("KOR", ReduceRelations, "JPN").on("2019-08"))},
	{ReduceRelations, phActive, "broke-relations", "Nicaragua broke diplomatic relations with Taiwan.",
		rels(rel("NIC", ReduceRelations, "TWN"))},
	{ReduceRelations, phActive, "recalled-ambassador", "Niger recalled its ambassador from France.",
		rels(rel("NER", ReduceRelations, "FRA"))},
	{ReduceRelations, phActive, "since-is-no-event-date", "China has imposed sanctions on Lithuania since August 2021.",
		rels(rel("CHN", ReduceRelations, "LTU"))},
	{ReduceRelations, phActive, "banned-imports", "India banned imports from China.",
		rels(rel("IND", ReduceRelations, "CHN"))},
	{ReduceRelations, phPassive, "were-expelled-by", "Russian diplomats were expelled by Poland.",
		rels(rel("POL", ReduceRelations, "RUS"))},
	{ReduceRelations, phPassive, "sanctions-were-imposed-by", "Sanctions were imposed on Iran by Canada.",
		rels(rel("CAN", ReduceRelations, "IRN"))},
	{ReduceRelations, phPassive, "relations-were-severed-by", "Diplomatic relations with Taiwan were severed by Nicaragua.",
		rels(rel("NIC", ReduceRelations, "TWN"))},
	{ReduceRelations, phPassive, "was-scrapped-by", "The intelligence-sharing agreement with Japan was scrapped by Seoul.",
		rels(rel("KOR", ReduceRelations, "JPN"))},
	{ReduceRelations, phPassive, "assets-were-frozen-by", "Afghanistan's assets were frozen by the United States.",
		rels(rel("USA", ReduceRelations, "AFG"))},
	{ReduceRelations, phPassive, "will-be-sanctioned-by", "Canada will be sanctioned by China.",
		rels(rel("CHN", ReduceRelations, "CAN").mod(Intended))},
	{ReduceRelations, phPassive, "will-be-imposed-by", "Sanctions will be imposed on Iran by the European Union.",
		rels(rel("org/eu", ReduceRelations, "IRN").mod(Intended))},
	{ReduceRelations, phPassive, "imposed-by-two", "Sanctions were imposed on Russia by Britain and Canada.",
		rels(rel("GBR", ReduceRelations, "RUS"), rel("CAN", ReduceRelations, "RUS"))},
	{ReduceRelations, phPassive, "embargo-was-imposed-by", "An arms embargo was imposed on South Sudan by the UN Security Council.",
		rels(rel("org/unsc", ReduceRelations, "SSD"))},
	{ReduceRelations, phNegated, "has-not-imposed", "India has not imposed sanctions on Russia.",
		rels(rel("IND", ReduceRelations, "RUS").neg())},
	{ReduceRelations, phNegated, "was-not-sanctioned-by", "Britain was not sanctioned by Russia.",
		rels(rel("RUS", ReduceRelations, "GBR").neg())},
	{ReduceRelations, phModal, "plans-to-impose", "Japan plans to impose sanctions on Russia.",
		rels(rel("JPN", ReduceRelations, "RUS").mod(Intended))},
	{ReduceRelations, phModal, "plans-to-impose-in-march", "Japan plans to impose sanctions on Russia in March.",
		rels(rel("JPN", ReduceRelations, "RUS").mod(Intended).on("2023-03"))},
	{ReduceRelations, phModal, "if-imposes", "If Washington imposes sanctions on Beijing, China will retaliate.",
		rels(rel("USA", ReduceRelations, "CHN").mod(Hypothetical))},
	{ReduceRelations, phCoordinated, "two-imposed", "Britain and Canada imposed sanctions on Iran.",
		rels(rel("GBR", ReduceRelations, "IRN"), rel("CAN", ReduceRelations, "IRN"))},

	// ---- 17 COERCE
	{Coerce, phActive, "arrested", "Russian authorities arrested a U.S. journalist.",
		rels(rel("RUS", Coerce, "USA"))},
	{Coerce, phActive, "arrested-last-week", "Moscow arrested a U.S. journalist last week.",
		rels(rel("RUS", Coerce, "USA").on("2022-06"))},
	{Coerce, phActive, "seized", "China seized a Philippine vessel.",
		rels(rel("CHN", Coerce, "PHL"))},
	{Coerce, phActive, "guards-seized", "Iran's Revolutionary Guards seized a British tanker.",
		rels(rel("org/irgc", Coerce, "GBR"))},
	{Coerce, phPassive, "were-detained-by", "Two Canadians were detained by China.",
		rels(rel("CHN", Coerce, "CAN"))},
	{Coerce, phPassive, "blockade-was-imposed-by", "A blockade was imposed on Gaza by Israel.",
		rels(rel("ISR", Coerce, "gpe/gaza-strip"))},
	{Coerce, phNegated, "did-not-detain", "Turkey did not detain the Swedish journalist.",
		rels(rel("TUR", Coerce, "SWE").neg())},
	{Coerce, phModal, "may-impose-restrictions", "Israel may impose restrictions on Palestinian workers.",
		rels(rel("ISR", Coerce, "PSE").mod(Possible))},
	{Coerce, phModal, "may-detain", "Israel may detain Hamas leaders.",
		rels(rel("ISR", Coerce, "org/hamas").mod(Possible))},
	{Coerce, phModal, "could-seize", "Iran could seize British tankers.",
		rels(rel("IRN", Coerce, "GBR").mod(Possible))},
	{Coerce, phCoordinated, "two-deported", "Turkey and Greece deported Syrian migrants.",
		rels(rel("TUR", Coerce, "SYR"), rel("GRC", Coerce, "SYR"))},

	// ---- 18 ASSAULT
	{Assault, phActive, "took-hostage", "Hamas took Israeli soldiers hostage.",
		rels(rel("org/hamas", Assault, "ISR"))},
	{Assault, phActive, "kidnapped", "Boko Haram kidnapped Nigerian schoolgirls.",
		rels(rel("org/boko-haram", Assault, "NGA"))},
	{Assault, phActive, "suicide-bombing", "Al-Shabaab carried out a suicide bombing against Kenyan troops.",
		rels(rel("org/al-shabaab", Assault, "KEN"))},
	{Assault, phPassive, "was-kidnapped-by", "The Israeli soldier was kidnapped by Hezbollah.",
		rels(rel("org/hezbollah", Assault, "ISR"))},
	{Assault, phPassive, "nationality-were-kidnapped-by", "Israeli civilians were kidnapped by Hamas.",
		rels(rel("org/hamas", Assault, "ISR"))},
	{Assault, phNegated, "did-not-kidnap", "Hezbollah did not kidnap the Israeli soldiers.",
		rels(rel("org/hezbollah", Assault, "ISR").neg())},
	{Assault, phModal, "may-kidnap", "Al-Shabaab may kidnap Kenyan aid workers.",
		rels(rel("org/al-shabaab", Assault, "KEN").mod(Possible))},
	{Assault, phModal, "could-carry-out", "ISIS could carry out a suicide attack against Iraq.",
		rels(rel("org/islamic-state", Assault, "IRQ").mod(Possible))},
	{Assault, phCoordinated, "two-abducted", "Boko Haram and Islamic State abducted Nigerian students.",
		rels(rel("org/boko-haram", Assault, "NGA"), rel("org/islamic-state", Assault, "NGA"))},
	{Assault, phCoordinated, "two-took-hostage", "Hamas and Islamic Jihad took Israelis hostage.",
		rels(rel("org/hamas", Assault, "ISR"), rel("org/islamic-jihad", Assault, "ISR"))},

	// ---- 19 FIGHT
	{Fight, phActive, "attacked", "Russia attacked Ukraine.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phActive, "attacks-present", "Russia attacks Ukraine.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phActive, "shells-present", "Russia shells Kharkiv.",
		rels(rel("RUS", Fight, "city/kharkiv"))},
	{Fight, phActive, "shelling-of-by", "The shelling of Kharkiv by Russia killed ten.",
		rels(rel("RUS", Fight, "city/kharkiv"))},
	{Fight, phActive, "struck-saturday", "Israel struck Syria on Saturday.",
		rels(rel("ISR", Fight, "SYR").on("2022-06-11"))},
	{Fight, phActive, "struck-yesterday", "Israel struck Syria yesterday.",
		rels(rel("ISR", Fight, "SYR").on("2022-06-12"))},
	{Fight, phActive, "attacked-on-day-month-year", "Russia attacked Ukraine on 24 February 2022.",
		rels(rel("RUS", Fight, "UKR").on("2022-02-24"))},
	{Fight, phActive, "attacked-on-month-day", "Russia attacked Ukraine on February 24.",
		rels(rel("RUS", Fight, "UKR").on("2022-02-24"))},
	{Fight, phActive, "invaded-in", "Russia invaded Ukraine in February 2022.",
		rels(rel("RUS", Fight, "UKR").on("2022-02"))},
	{Fight, phActive, "fired-rockets", "Hezbollah fired rockets at Israel.",
		rels(rel("org/hezbollah", Fight, "ISR"))},
	{Fight, phActive, "struck-targets-in", "Israeli aircraft struck targets in southern Lebanon.",
		rels(rel("ISR", Fight, "LBN"))},
	{Fight, phActive, "attacked-bases-in", "Russia attacked military bases in Ukraine.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phActive, "offensive-this-year", "Russia launched an offensive against Ukraine this year.",
		rels(rel("RUS", Fight, "UKR").on("2022"))},
	{Fight, phPassive, "was-attacked-by", "Ukraine was attacked by Russia.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phPassive, "was-attacked-by-two", "Ukraine was attacked by Russia and Belarus.",
		rels(rel("RUS", Fight, "UKR"), rel("BLR", Fight, "UKR"))},
	{Fight, phPassive, "strikes-were-launched-by", "Air strikes on Ukraine were launched by Russia.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phPassive, "was-bombed-by", "Syria was bombed by Israel.",
		rels(rel("ISR", Fight, "SYR"))},
	{Fight, phPassive, "drone-was-shot-down-by", "A Russian drone was shot down by Ukraine.",
		rels(rel("UKR", Fight, "RUS"))},
	{Fight, phPassive, "forces-were-attacked-by", "Ukraine's forces were attacked by Russian troops near Bakhmut.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phPassive, "were-driven-out-by", "Russian troops were driven out of Kherson by Ukrainian forces.",
		rels(rel("UKR", Fight, "RUS"))},
	{Fight, phPassive, "were-killed-by", "Israeli soldiers were killed by Hezbollah fighters.",
		rels(rel("org/hezbollah", Fight, "ISR"))},
	{Fight, phPassive, "positions-were-shelled-by", "Ukrainian positions were shelled by Russian forces.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phNegated, "did-not-attack", "Russia did not attack Ukraine.",
		rels(rel("RUS", Fight, "UKR").neg())},
	{Fight, phNegated, "didnt-attack", "Russia didn't attack Ukraine.",
		rels(rel("RUS", Fight, "UKR").neg())},
	{Fight, phModal, "may-attack", "Russia may attack Ukraine.",
		rels(rel("RUS", Fight, "UKR").mod(Possible))},
	{Fight, phModal, "might-attack", "Russia might attack Ukraine.",
		rels(rel("RUS", Fight, "UKR").mod(Possible))},
	{Fight, phModal, "is-preparing-to-attack", "Russia is preparing to attack Ukraine.",
		rels(rel("RUS", Fight, "UKR").mod(Intended))},
	{Fight, phModal, "plans-to-attack", "Russia plans to attack Ukraine.",
		rels(rel("RUS", Fight, "UKR").mod(Intended))},
	{Fight, phModal, "if-attacks", "If Russia attacks Ukraine, the West will respond.",
		rels(rel("RUS", Fight, "UKR").mod(Hypothetical))},
	{Fight, phModal, "if-attacks-capital", "If Israel attacks Iran, Tehran will respond.",
		rels(rel("ISR", Fight, "IRN").mod(Hypothetical))},
	{Fight, phModal, "could-launch-offensive", "Moscow could launch a new offensive against Kyiv.",
		rels(rel("RUS", Fight, "UKR").mod(Possible))},
	{Fight, phCoordinated, "two-attacked", "Russia and Belarus attacked Ukraine.",
		rels(rel("RUS", Fight, "UKR"), rel("BLR", Fight, "UKR"))},
	{Fight, phCoordinated, "attacked-two-orgs", "Israel attacked Hamas and Hezbollah.",
		rels(rel("ISR", Fight, "org/hamas"), rel("ISR", Fight, "org/hezbollah"))},
	{Fight, phCoordinated, "clashed", "Armenia and Azerbaijan clashed along their border.",
		rels(rel("ARM", Fight, "AZE"))},
	{Fight, phCoordinated, "clashed-with-two", "Armenia clashed with Azerbaijan and Turkey.",
		rels(rel("ARM", Fight, "AZE"), rel("ARM", Fight, "TUR"))},

	// ---- 20 MASS_VIOLENCE (the object may be absent)
	{MassViolence, phActive, "used-chemical-weapons", "The Syrian government used chemical weapons against rebels.",
		rels(rel("SYR", MassViolence, ""))},
	{MassViolence, phActive, "used-against-country", "Iraqi forces used chemical weapons against Iran.",
		rels(rel("IRQ", MassViolence, "IRN"))},
	{MassViolence, phActive, "chemical-attack", "Syria's army carried out a chemical attack on civilians.",
		rels(rel("SYR", MassViolence, ""))},
	{MassViolence, phPassive, "were-massacred-by", "Hundreds of civilians were massacred by Islamic State.",
		rels(rel("org/islamic-state", MassViolence, ""))},
	{MassViolence, phPassive, "were-massacred-by-military", "Rohingya villagers were massacred by Myanmar's military.",
		rels(rel("MMR", MassViolence, ""))},
	{MassViolence, phNegated, "did-not-use", "Syria did not use chemical weapons.",
		rels(rel("SYR", MassViolence, "").neg())},
	{MassViolence, phModal, "could-use", "Syria could use chemical weapons against the rebels.",
		rels(rel("SYR", MassViolence, "").mod(Possible))},
	{MassViolence, phCoordinated, "two-used", "Iraq and Syria used chemical weapons against civilians.",
		rels(rel("IRQ", MassViolence, ""), rel("SYR", MassViolence, ""))},
}

func TestPhrasing(t *testing.T) {
	tg := freshTaggerT(t)
	// The phrasings are the rules'; the relation model's additions are
	// tested in pairs_test.go (it reads "Lavrov attended talks between
	// Iran and the United States" as Lavrov consulting Iran).
	x := NewExtractor(defaultLexiconT(t), WithModel(nil))
	for _, tc := range phrasingCases {
		t.Run(tc.testName(), func(t *testing.T) {
			var got []phrasingRel
			doc := tg.Tag(entity.Input{Text: tc.text, Date: entity.Date{Year: 2022, Month: 6, Day: 13}})
			for _, r := range x.Extract(doc) {
				got = append(got, projectRelation(r))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestPhrasingCoverage checks that the table has every form for every
// CAMEO root and that case names are unique.
func TestPhrasingCoverage(t *testing.T) {
	have := map[Predicate]map[phrasing]int{}
	names := map[string]bool{}
	for _, tc := range phrasingCases {
		if names[tc.testName()] {
			t.Errorf("duplicate case %s", tc.testName())
		}
		names[tc.testName()] = true
		if have[tc.root] == nil {
			have[tc.root] = map[phrasing]int{}
		}
		have[tc.root][tc.form]++
		if len(tc.want) == 0 {
			t.Errorf("%s: a phrasing case must expect a relation", tc.testName())
		}
		found := false
		for _, w := range tc.want {
			found = found || w.Predicate == tc.root
		}
		if !found {
			t.Errorf("%s: no expected relation of its root %s", tc.testName(), tc.root)
		}
	}
	for p := Statement; p <= MassViolence; p++ {
		for _, f := range phrasings {
			if have[p][f] == 0 {
				t.Errorf("root %s (%s) has no %s phrasing", p.Code(), p, f)
			}
		}
	}
}
