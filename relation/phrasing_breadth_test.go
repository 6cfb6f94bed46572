package relation

import (
	"testing"

	"github.com/geoextract/geoextract/entity"
)

// Phrasing cases for the CAMEO 2.0 breadth of issue #9: the verbs,
// particle verbs and verb-and-noun patterns of the thin roots (07 aid,
// 08 yield, 09 investigate, 16 reduce relations, 17 coerce, 06 material
// cooperation, 12 reject) that the curated files add from the
// dictionary's blocks and the annotation guideline, and the verbs of 09,
// 16 and 17 that the generator imports. Our own sentences; they join the
// phrasing table. breadthNegatives below are the near misses that must
// give no relation of the root.
var breadthPhrasingCases = []phrasingCase{
	// ---- 07 PROVIDE_AID
	{ProvideAid, phActive, "provided-training-to", "Britain provided training to Ukrainian soldiers.",
		rels(rel("GBR", ProvideAid, "UKR"))},
	{ProvideAid, phActive, "gave-shelter-to", "Germany gave shelter to Syrian refugees.",
		rels(rel("DEU", ProvideAid, "SYR"))},
	{ProvideAid, phActive, "granted-asylum-to", "Ecuador granted asylum to Julian Assange.",
		rels(rel("ECU", ProvideAid, "person/julian-assange"))},
	{ProvideAid, phActive, "sent-doctors-to", "Brazil sent doctors to Haiti.",
		rels(rel("BRA", ProvideAid, "HTI"))},
	{ProvideAid, phActive, "deployed-peacekeepers-to", "NATO deployed peacekeepers to Kosovo.",
		rels(rel("org/nato", ProvideAid, "XKX"))},
	{ProvideAid, phActive, "airlifted-supplies-to", "The United States airlifted supplies to Pakistan.",
		rels(rel("USA", ProvideAid, "PAK"))},
	{ProvideAid, phActive, "bailed-out", "The IMF bailed out Greece.",
		rels(rel("org/imf", ProvideAid, "GRC"))},
	{ProvideAid, phPassive, "were-given-shelter-by", "Syrian refugees were given shelter by Turkey.",
		rels(rel("TUR", ProvideAid, "SYR"))},
	{ProvideAid, phPassive, "was-bailed-out-by", "Greece was bailed out by the International Monetary Fund.",
		rels(rel("org/imf", ProvideAid, "GRC"))},
	{ProvideAid, phNegated, "did-not-grant-asylum", "Poland did not grant asylum to the Belarusian athletes.",
		rels(rel("POL", ProvideAid, "BLR").neg())},
	{ProvideAid, phModal, "will-send-peacekeepers", "Canada will send peacekeepers to Haiti.",
		rels(rel("CAN", ProvideAid, "HTI").mod(Intended))},
	{ProvideAid, phModal, "may-grant-asylum", "Japan may grant asylum to Afghan interpreters.",
		rels(rel("JPN", ProvideAid, "AFG").mod(Possible))},
	{ProvideAid, phCoordinated, "two-sent-doctors", "Britain and France sent doctors to Turkey.",
		rels(rel("GBR", ProvideAid, "TUR"), rel("FRA", ProvideAid, "TUR"))},

	// ---- 08 YIELD
	{Yield, phActive, "set-x-free", "Iran set two French citizens free on Monday.",
		rels(rel("IRN", Yield, "FRA").on("2022-06-13"))},
	{Yield, phActive, "handed-back", "Russia handed back the captured soldiers to Ukraine.",
		rels(rel("RUS", Yield, "UKR"))},
	{Yield, phActive, "handed-x-back-to", "Russia handed the island back to Japan.",
		rels(rel("RUS", Yield, "JPN"))},
	{Yield, phActive, "returned-bodies", "Israel returned the bodies of two soldiers to Hamas.",
		rels(rel("ISR", Yield, "org/hamas"))},
	{Yield, phActive, "granted-access", "Iran granted access to the IAEA.",
		rels(rel("IRN", Yield, "org/iaea"))},
	{Yield, phActive, "allowed-inspectors", "Iran allowed IAEA inspectors into the site.",
		rels(rel("IRN", Yield, "org/iaea"))},
	{Yield, phActive, "reopened-border-with", "Egypt reopened its border with Gaza.",
		rels(rel("EGY", Yield, "gpe/gaza-strip"))},
	{Yield, phPassive, "handed-back-to-by", "Two Japanese fishermen were handed back to Japan by Russia.",
		rels(rel("RUS", Yield, "JPN"))},
	{Yield, phPassive, "was-granted-access-by", "The IAEA was granted access by Iran.",
		rels(rel("IRN", Yield, "org/iaea"))},
	{Yield, phNegated, "refused-to-grant-access", "Tehran refused to grant access to the IAEA.",
		rels(rel("IRN", Reject, "org/iaea"), rel("IRN", Yield, "org/iaea").neg())},
	{Yield, phModal, "may-set-free", "Iran may set the British sailors free.",
		rels(rel("IRN", Yield, "GBR").mod(Possible))},
	{Yield, phModal, "will-grant-access", "Iran will grant access to IAEA inspectors.",
		rels(rel("IRN", Yield, "org/iaea").mod(Intended))},
	{Yield, phCoordinated, "two-set-free", "Iran and Syria set the Turkish journalists free.",
		rels(rel("IRN", Yield, "TUR"), rel("SYR", Yield, "TUR"))},
	{Yield, phCoordinated, "two-reopened-border", "Egypt and Israel reopened their border with Gaza.",
		rels(rel("EGY", Yield, "gpe/gaza-strip"), rel("ISR", Yield, "gpe/gaza-strip"))},

	// ---- 09 INVESTIGATE
	{Investigate, phActive, "looking-into", "The United States is looking into Chinese textile imports.",
		rels(rel("USA", Investigate, "CHN"))},
	{Investigate, phActive, "launched-investigation-into", "The United Nations launched an investigation into Myanmar's military.",
		rels(rel("org/un", Investigate, "MMR"))},
	{Investigate, phActive, "opened-probe-into", "The European Union opened a probe into Google.",
		rels(rel("org/eu", Investigate, "org/google"))},
	{Investigate, phActive, "probed-into", "Congress probed into the Pentagon's spending.",
		rels(rel("org/us-congress", Investigate, "org/pentagon"))},
	{Investigate, phActive, "scrutinized", "Britain's parliament scrutinized the Foreign Office.",
		rels(rel("GBR", Investigate, "org/foreign-office"))},
	{Investigate, phNegated, "has-not-looked-into", "Moscow has not looked into Ukraine's complaints.",
		rels(rel("RUS", Investigate, "UKR").neg())},
	{Investigate, phModal, "will-open-investigation", "The European Union will open an investigation into China's subsidies.",
		rels(rel("org/eu", Investigate, "CHN").mod(Intended))},
	{Investigate, phCoordinated, "two-launched-inquiry", "France and Germany launched an inquiry into Russia's hacking.",
		rels(rel("FRA", Investigate, "RUS"), rel("DEU", Investigate, "RUS"))},

	// ---- 16 REDUCE_RELATIONS
	{ReduceRelations, phActive, "withdrew-ambassador", "Britain withdrew its ambassador from Iran.",
		rels(rel("GBR", ReduceRelations, "IRN"))},
	{ReduceRelations, phActive, "cut-aid-to", "The United States cut military aid to Egypt.",
		rels(rel("USA", ReduceRelations, "EGY"))},
	{ReduceRelations, phActive, "slashed-funding-for", "Washington slashed funding for the United Nations.",
		rels(rel("USA", ReduceRelations, "org/un"))},
	{ReduceRelations, phActive, "withheld-aid-from", "Congress withheld aid from Ukraine.",
		rels(rel("org/us-congress", ReduceRelations, "UKR"))},
	{ReduceRelations, phActive, "broke-off-talks", "Pakistan broke off talks with India.",
		rels(rel("PAK", ReduceRelations, "IND"))},
	{ReduceRelations, phActive, "scaled-back-mission", "The European Union scaled back its mission in Bosnia.",
		rels(rel("org/eu", ReduceRelations, "BIH"))},
	{ReduceRelations, phActive, "phased-out-operation", "The United Nations phased out its operation in Liberia.",
		rels(rel("org/un", ReduceRelations, "LBR"))},
	{ReduceRelations, phPassive, "aid-was-cut-by", "Military aid to Egypt was cut by the United States.",
		rels(rel("USA", ReduceRelations, "EGY"))},
	{ReduceRelations, phNegated, "did-not-cut-aid", "Washington did not cut aid to Egypt.",
		rels(rel("USA", ReduceRelations, "EGY").neg())},
	{ReduceRelations, phModal, "may-withhold-aid", "The United States may withhold aid from Ukraine.",
		rels(rel("USA", ReduceRelations, "UKR").mod(Possible))},
	{ReduceRelations, phModal, "will-phase-out-mission", "The European Union will phase out its mission in Bosnia.",
		rels(rel("org/eu", ReduceRelations, "BIH").mod(Intended))},
	{ReduceRelations, phCoordinated, "two-withdrew-ambassadors", "Britain and Canada withdrew their ambassadors from Iran.",
		rels(rel("GBR", ReduceRelations, "IRN"), rel("CAN", ReduceRelations, "IRN"))},
	{ReduceRelations, phCoordinated, "two-cut-aid", "The United States and Britain cut aid to Myanmar.",
		rels(rel("USA", ReduceRelations, "MMR"), rel("GBR", ReduceRelations, "MMR"))},

	// ---- 17 COERCE
	{Coerce, phActive, "took-into-custody", "Turkish police took two Greek soldiers into custody.",
		rels(rel("TUR", Coerce, "GRC"))},
	{Coerce, phActive, "fined", "The European Commission fined Google.",
		rels(rel("org/european-commission", Coerce, "org/google"))},
	{Coerce, phActive, "barred-from", "Russia barred British journalists from entering.",
		rels(rel("RUS", Coerce, "GBR"))},
	{Coerce, phActive, "restricted-access-of", "China restricted the access of Japanese diplomats.",
		rels(rel("CHN", Coerce, "JPN"))},
	{Coerce, phActive, "expelled-journalists", "Russia expelled two American journalists.",
		rels(rel("RUS", Coerce, "USA"))},
	{Coerce, phActive, "fired-tear-gas-at", "Israeli police fired tear gas at Palestinian protesters.",
		rels(rel("ISR", Coerce, "PSE"))},
	{Coerce, phActive, "punished", "China punished Lithuania.",
		rels(rel("CHN", Coerce, "LTU"))},
	{Coerce, phPassive, "were-taken-into-custody-by", "Two Greek soldiers were taken into custody by Turkish police.",
		rels(rel("TUR", Coerce, "GRC"))},
	{Coerce, phPassive, "was-fined-by", "Google was fined by the European Commission.",
		rels(rel("org/european-commission", Coerce, "org/google"))},
	{Coerce, phNegated, "did-not-expel-journalists", "Iran did not expel the British journalists.",
		rels(rel("IRN", Coerce, "GBR").neg())},
	{Coerce, phNegated, "refused-to-take-into-custody", "Turkish police refused to take the Greek soldiers into custody.",
		rels(rel("TUR", Reject, "GRC"), rel("TUR", Coerce, "GRC").neg())},
	{Coerce, phModal, "may-fine", "China may fine Lithuania.",
		rels(rel("CHN", Coerce, "LTU").mod(Possible))},
	{Coerce, phModal, "will-bar", "Russia will bar British journalists from entering.",
		rels(rel("RUS", Coerce, "GBR").mod(Intended))},
	{Coerce, phCoordinated, "two-expelled-journalists", "Russia and Belarus expelled American journalists.",
		rels(rel("RUS", Coerce, "USA"), rel("BLR", Coerce, "USA"))},
	{Coerce, phCoordinated, "two-fired-tear-gas", "Israeli and Egyptian police fired tear gas at Palestinian protesters.",
		rels(rel("ISR", Coerce, "PSE"), rel("EGY", Coerce, "PSE"))},

	// ---- 06 MATERIAL_COOPERATION
	{MaterialCooperation, phActive, "coordinated-with", "Jordan coordinated with Israel.",
		rels(rel("JOR", MaterialCooperation, "ISR"))},
	{MaterialCooperation, phActive, "turned-over-to", "NATO turned over peacekeeping duties to the European Union.",
		rels(rel("org/nato", MaterialCooperation, "org/eu"))},
	{MaterialCooperation, phActive, "sold-aircraft-to", "Brazil sold aircraft to Venezuela.",
		rels(rel("BRA", MaterialCooperation, "VEN"))},
	{MaterialCooperation, phActive, "possessive-arms-sales-to", "Russia's arms sales to India grew.",
		rels(rel("RUS", MaterialCooperation, "IND"))},
	{MaterialCooperation, phActive, "exchanged-intelligence-with", "Israel exchanged intelligence with Egypt.",
		rels(rel("ISR", MaterialCooperation, "EGY"))},
	{MaterialCooperation, phPassive, "intelligence-was-exchanged-by", "Intelligence was exchanged with Egypt by Israel.",
		rels(rel("ISR", MaterialCooperation, "EGY"))},
	{MaterialCooperation, phNegated, "did-not-coordinate", "Jordan did not coordinate with Israel.",
		rels(rel("JOR", MaterialCooperation, "ISR").neg())},
	{MaterialCooperation, phModal, "may-provide-intelligence", "Britain may provide intelligence to Ukraine.",
		rels(rel("GBR", MaterialCooperation, "UKR").mod(Possible))},
	{MaterialCooperation, phModal, "will-sell-helicopters", "Brazil will sell helicopters to Argentina.",
		rels(rel("BRA", MaterialCooperation, "ARG").mod(Intended))},
	{MaterialCooperation, phCoordinated, "two-coordinated-with", "Jordan and Egypt coordinated with Israel.",
		rels(rel("JOR", MaterialCooperation, "ISR"), rel("EGY", MaterialCooperation, "ISR"))},
	{MaterialCooperation, phCoordinated, "arms-sales-to-two", "Russia's arms sales to India and Vietnam grew.",
		rels(rel("RUS", MaterialCooperation, "IND"), rel("RUS", MaterialCooperation, "VNM"))},

	// ---- 12 REJECT
	{Reject, phActive, "denied-request", "Russia denied Ukraine's request.",
		rels(rel("RUS", Reject, "UKR"))},
	{Reject, phActive, "ignored-calls-from", "Iran ignored calls from the United Nations.",
		rels(rel("IRN", Reject, "org/un"))},
	{Reject, phActive, "ignored-possessive-warnings", "North Korea ignored China's warnings.",
		rels(rel("PRK", Reject, "CHN"))},
	{Reject, phActive, "ruled-out-talks-with", "India ruled out talks with Pakistan.",
		rels(rel("IND", Reject, "PAK"))},
	{Reject, phActive, "resisted-pressure-from", "Greece resisted pressure from Germany.",
		rels(rel("GRC", Reject, "DEU"))},
	{Reject, phActive, "balked-at", "China balked at the United States' proposal.",
		rels(rel("CHN", Reject, "USA"))},
	{Reject, phPassive, "request-was-denied-by", "Ukraine's request was denied by Russia.",
		rels(rel("RUS", Reject, "UKR"))},
	{Reject, phPassive, "calls-were-ignored-by", "Calls from the United Nations were ignored by Iran.",
		rels(rel("IRN", Reject, "org/un"))},
	{Reject, phNegated, "did-not-ignore", "Iran did not ignore calls from the United Nations.",
		rels(rel("IRN", Reject, "org/un").neg())},
	{Reject, phModal, "may-rule-out-talks", "India may rule out talks with Pakistan.",
		rels(rel("IND", Reject, "PAK").mod(Possible))},
	{Reject, phCoordinated, "two-ignored-calls", "Iran and Syria ignored calls from the United Nations.",
		rels(rel("IRN", Reject, "org/un"), rel("SYR", Reject, "org/un"))},
	{Reject, phCoordinated, "two-resisted-pressure", "Greece and Italy resisted pressure from Germany.",
		rels(rel("GRC", Reject, "DEU"), rel("ITA", Reject, "DEU"))},

	// ---- verbs of roots 09, 16 and 17 imported from the dictionary
	// (relation/internal/gen rules.yaml)
	{Investigate, phActive, "interrogated", "Iranian officials interrogated two British sailors.",
		rels(rel("IRN", Investigate, "GBR"))},
	{Investigate, phPassive, "were-interrogated-by", "Two British sailors were interrogated by Iranian officials.",
		rels(rel("IRN", Investigate, "GBR"))},
	{Investigate, phNegated, "did-not-interrogate", "Iran did not interrogate the British sailors.",
		rels(rel("IRN", Investigate, "GBR").neg())},
	{ReduceRelations, phActive, "rescinded", "Washington rescinded Cuba's designation.",
		rels(rel("USA", ReduceRelations, "CUB"))},
	{ReduceRelations, phActive, "called-off-talks-with", "Egypt called off talks with Israel.",
		rels(rel("EGY", ReduceRelations, "ISR"))},
	{ReduceRelations, phModal, "may-rescind", "Washington may rescind Cuba's designation.",
		rels(rel("USA", ReduceRelations, "CUB").mod(Possible))},
	{Coerce, phActive, "outlawed", "Egypt outlawed the Muslim Brotherhood.",
		rels(rel("EGY", Coerce, "org/muslim-brotherhood"))},
	{Coerce, phActive, "censored", "China censored Google.",
		rels(rel("CHN", Coerce, "org/google"))},
	{Coerce, phActive, "kicked-out", "Russia kicked out two British journalists.",
		rels(rel("RUS", Coerce, "GBR"))},
	{Coerce, phPassive, "was-outlawed-by", "The Muslim Brotherhood was outlawed by Egypt.",
		rels(rel("EGY", Coerce, "org/muslim-brotherhood"))},
	{Coerce, phNegated, "did-not-outlaw", "Egypt did not outlaw the Muslim Brotherhood.",
		rels(rel("EGY", Coerce, "org/muslim-brotherhood").neg())},
	{Coerce, phModal, "will-kick-out", "Russia will kick out two British diplomats.",
		rels(rel("RUS", Coerce, "GBR").mod(Intended))},
	{Coerce, phCoordinated, "two-censored", "China and Russia censored Google.",
		rels(rel("CHN", Coerce, "org/google"), rel("RUS", Coerce, "org/google"))},
}

func init() { phrasingCases = append(phrasingCases, breadthPhrasingCases...) }

// breadthNegatives are sentences near the breadth patterns that state no
// event of the root between two actors: a thing released, an
// investigation of no actor, "free" as an adjective.
var breadthNegatives = []struct {
	name string
	root Predicate
	text string
}{
	{"released-a-verdict", Yield, "The court released its verdict."},
	{"released-a-statement", Yield, "Iran released a statement on Monday."},
	{"free-trade", Yield, "The free trade agreement with Canada took effect."},
	{"investigators-found-nothing", Investigate, "Investigators found nothing."},
	{"looked-into-causes", Investigate, "The report looked into the causes of the crash."},
	{"team-sent-doctors", ProvideAid, "The team sent its doctors to the match."},
	{"asylum-law", ProvideAid, "Germany's asylum law changed."},
	{"court-gave-verdict", ProvideAid, "The court gave its verdict."},
	{"company-phased-out", ReduceRelations, "The company phased out its operation."},
	{"hospital-cut-funding", ReduceRelations, "The hospital cut its funding for research."},
	{"expelled-diplomats-is-16", Coerce, "Russia expelled two American diplomats."},
	{"book-under-the-table", Coerce, "He put the book under the table."},
	{"a-bar-closed", Coerce, "The bar was closed."},
	{"tear-gas-at-no-one", Coerce, "Police used tear gas."},
	{"turned-over-the-page", MaterialCooperation, "He turned over the page."},
	{"sold-equipment-to-investors", MaterialCooperation, "The company sold its equipment to investors."},
	{"ignored-warnings-of-no-one", Reject, "He ignored the warnings."},
	{"denied-the-accusation", Reject, "Russia denied the accusation."},
	{"re-examined-data", Investigate, "The study re-examined the data."},
	{"band-kicked-out", Coerce, "The band was kicked out of the festival."},
	{"exiles-is-a-noun", Coerce, "Prominent Breton exiles met in Paris."},
}

func TestBreadthNegatives(t *testing.T) {
	if testing.Short() {
		t.Skip("the negatives run the full tagger")
	}
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	x := defaultExtractor(t)
	for _, tc := range breadthNegatives {
		t.Run(tc.root.Code()+"-"+tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text, Date: entity.Date{Year: 2022, Month: 6, Day: 13}})
			for _, r := range x.Extract(doc) {
				if r.Predicate == tc.root {
					t.Errorf("%q: unexpected %s relation %+v", tc.text, tc.root, projectRelation(r))
				}
			}
		})
	}
}
