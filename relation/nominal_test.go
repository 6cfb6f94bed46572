package relation

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// Nominal events: an event noun (hand-written, or derived from a verb of
// the lexicon into data/nominal.yaml) with its arguments from the noun
// phrase, the parse or the light verb that takes it. Our own sentences,
// run through the real pipeline and compared in full; each case names the
// role it pins down.
var nominalCases = []datedCase{
	{"possessor subject, of object", "Russia's invasion of Ukraine began in February.",
		rels(rel("RUS", Fight, "UKR").on("2022-02"))},
	{"nationality adjective subject", "The Chinese offer of aid to Kenya was welcomed.",
		rels(rel("CHN", IntentToCooperate, "KEN"))},
	{"led compound subject", "The U.S.-led invasion of Iraq toppled the government.",
		rels(rel("USA", Fight, "IRQ"))},
	{"backed compound subject", "A Saudi-backed offensive against Yemen stalled.",
		rels(rel("SAU", Fight, "YEM"))},
	{"backed compound before a verb's subject noun", "The Saudi-backed coalition attacked Yemen.",
		rels(rel("SAU", Fight, "YEM"))},
	{"backed after a comma stays a verb", "Syria, backed by Russia, attacked Turkey.",
		rels(rel("RUS", DiplomaticCooperation, "SYR"), rel("SYR", Fight, "TUR"))},
	{"no relation: a backed compound with no event", "The U.S.-backed government of Iraq collapsed.", nil},
	{"compound noun the tagger reads as a verb", "The European Union's arms embargo on China remains.",
		rels(rel("org/eu", ReduceRelations, "CHN"))},
	{"by agent after the object", "The invasion of Kuwait by Iraq ended in 1991.",
		rels(rel("IRQ", Fight, "KWT").on("1991"))},
	{"by agent before the object", "A trip by Angela Merkel to Paris took two days.",
		rels(rel("person/angela-merkel", Consult, "FRA"))},
	{"from agent after the object", "Pressure on Iran from the United States is growing.",
		rels(rel("USA", Demand, "IRN"))},
	{"from agent after the object and recipient", "An offer of aid to Kenya from Japan was welcomed.",
		rels(rel("JPN", IntentToCooperate, "KEN"))},
	{"no relation: from frames the noun's own object", "The withdrawal of troops from Iraq began.", nil},
	{"genitive agent of a noun with no of frame", "The visit of the Chinese president to Kenya ended.",
		rels(rel("person/xi-jinping", Consult, "KEN"))},
	{"genitive agent before a to object", "The apology of Japan to China was welcomed.",
		rels(rel("JPN", DiplomaticCooperation, "CHN"))},
	{"no genitive agent: of frames the object", "The invasion of Kuwait was condemned.", nil},
	{"possessor of a trip", "Angela Merkel's trip to Paris lasted two days.",
		rels(rel("person/angela-merkel", Consult, "FRA"))},
	{"light verb make", "Germany made an offer of aid to Greece.",
		rels(rel("DEU", IntentToCooperate, "GRC"))},
	{"light verb make: a statement about", "China made a statement about Japan.",
		rels(rel("CHN", Statement, "JPN"))},
	{"light verb carry out: the noun's preposition gives the target", "Russia carried out a series of air strikes on Ukraine.",
		rels(rel("RUS", Fight, "UKR"))},
	{"light verb step up", "Israel stepped up its air strikes on Lebanon.",
		rels(rel("ISR", Fight, "LBN"))},
	{"light verb mount", "Hamas mounted an attack on Israel.",
		rels(rel("org/hamas", Fight, "ISR"))},
	{"no relation: a statement about a thing", "Russia made a statement about the weather.", nil},
	{"light verb under a modality cue", "Hugo Chavez plans to make a trip to Moscow.",
		rels(rel("person/hugo-chavez", Consult, "RUS").mod(Intended))},
	{"light verb under a passive raising verb", "Hugo Chavez was set to conclude a two-day trip to London.",
		rels(rel("person/hugo-chavez", Consult, "GBR").mod(Intended))},
	{"light verb in a coordinated complement", "Hugo Chavez is expected to meet Fidel Castro and to hold a news conference with Evo Morales.",
		rels(rel("person/hugo-chavez", Consult, "person/fidel-castro").mod(Intended),
			rel("person/hugo-chavez", Consult, "person/evo-morales").mod(Intended))},
	{"prospective modifier: an event to come", "Angela Merkel's planned visit to China was announced.",
		rels(rel("person/angela-merkel", Consult, "CHN").mod(Intended))},
	{"prospective modifier after a possessive pronoun, with a cancel verb", "Angela Merkel postponed her upcoming visit to China.",
		rels(rel("person/angela-merkel", Consult, "CHN").neg().mod(Intended))},
	{"prospective modifier before a symmetric noun", "The proposed talks between Iran and the European Union were announced.",
		rels(rel("IRN", Consult, "org/eu").mod(Intended))},
	{"light verb negated", "Angela Merkel did not pay a visit to China.",
		rels(rel("person/angela-merkel", Consult, "CHN").neg())},
	{"participle of a light verb: agent and object", "The attack carried out by Israel on Lebanon killed ten.",
		rels(rel("ISR", Fight, "LBN"))},
	{"participle of a light verb: made by", "Accusations made by Venezuela against Colombia were rejected.",
		rels(rel("VEN", Disapprove, "COL"))},
	{"passive light verb: agent and framed oblique", "An air strike was carried out on Syria by Israel.",
		rels(rel("ISR", Fight, "SYR"))},
	{"passive light verb: object inside the noun phrase", "An attack on Israel was carried out by Hamas.",
		rels(rel("org/hamas", Fight, "ISR"))},
	{"no relation: passive light verb with no agent", "An air strike was carried out on Syria.", nil},
	{"coordinated noun shares the possessor", "Egypt's condemnation and boycott of Israel surprised nobody.",
		rels(rel("EGY", Disapprove, "ISR"), rel("EGY", ReduceRelations, "ISR"))},
	{"recipient of an invitation", "India accepted an invitation from Japan.",
		rels(rel("JPN", Appeal, "IND"))},
	{"recipient of accusations", "Iran denied accusations from Israel.",
		rels(rel("ISR", Disapprove, "IRN"))},
	{"recipient of an air strike: a verb of undergoing", "Syria suffered an Israeli air strike.",
		rels(rel("ISR", Fight, "SYR"))},
	{"no relation: suffered losses is no event", "Israel suffered heavy losses.", nil},
	{"addressed act: welcome takes an apology's addressee", "Seoul welcomed Tokyo's apology.",
		rels(rel("KOR", DiplomaticCooperation, "JPN"), rel("JPN", DiplomaticCooperation, "KOR"))},
	{"addressed act: hail takes an offer's addressee", "Kenya hailed China's offer of aid.",
		rels(rel("KEN", DiplomaticCooperation, "CHN"), rel("CHN", IntentToCooperate, "KEN"))},
	{"no recipient: welcome is no verb of receiving", "Egypt welcomed the withdrawal by Israel.",
		rels(rel("EGY", DiplomaticCooperation, "ISR"))},
	{"cancelled: the event negated", "Iran postponed talks with the European Union.",
		rels(rel("IRN", Consult, "org/eu").neg())},
	{"cancelled in the passive", "The visit by Vladimir Putin to Japan was cancelled.",
		rels(rel("person/vladimir-putin", Consult, "JPN").neg())},
	{"halted is no cancel verb", "Israel halted its attack on Lebanon.",
		rels(rel("ISR", Fight, "LBN"))},
	{"host: despite, through the verb it complements", "Ukraine plans to join NATO despite Russia's objections.",
		rels(rel("UKR", MaterialCooperation, "org/nato").mod(Intended), rel("RUS", Disapprove, "UKR"))},
	{"host: over, for a noun of disapproval", "Georgia sought to join NATO over Moscow's objections.",
		rels(rel("GEO", MaterialCooperation, "org/nato").mod(Intended), rel("RUS", Disapprove, "GEO"))},
	{"no host: over names a cause for other nouns", "Japan protested to China over the arrest by Chinese police.",
		rels(rel("JPN", Disapprove, "CHN"))},
	{"compound modifier: arguments off the head noun", "NATO's three-month-long bombing campaign against Serbia ended.",
		rels(rel("org/nato", Fight, "SRB"))},
	{"adjunct of a fronted subjectless clause", "Speaking at a news conference with Shinzo Abe, Vladimir Putin praised Japan.",
		rels(rel("person/vladimir-putin", Consult, "person/shinzo-abe"), rel("person/vladimir-putin", DiplomaticCooperation, "JPN"))},
	{"adjunct with on", "Speaking on a trip to London, Hugo Chavez said Europe has a role to play.",
		rels(rel("person/hugo-chavez", Consult, "GBR"))},
	{"derived noun: zero derivation with on", "Kenya's ambush on Somali militants killed ten.",
		rels(rel("KEN", Fight, "SOM"))},
	{"derived noun: -al with to", "The Iranian proposal to Iraq was rejected.",
		rels(rel("IRN", Appeal, "IRQ"))},
	{"derived noun: finer code kept", "The British rescue of the Nigerian hostages succeeded.",
		rels(rel("GBR", ProvideAid, "NGA"))},
	{"derived phrase noun: modifier subject", "The U.S. imposition of new sanctions on Iran was expected.",
		rels(rel("USA", ReduceRelations, "IRN"))},
	{"derived phrase noun: by agent", "The sale of arms to Taiwan by the United States angered China.",
		rels(rel("USA", MaterialCooperation, "TWN"))},
	{"derived phrase noun: between parties", "The exchange of fire between Israel and Hezbollah continued.",
		rels(rel("ISR", Fight, "org/hezbollah"))},
	{"particle noun: call on", "Israel's call on Iran to stop was ignored.",
		rels(rel("ISR", Appeal, "IRN"))},
	{"particle noun with an object phrase: calls for sanctions", "Israeli calls for sanctions against Iran grew.",
		rels(rel("ISR", Threaten, "IRN"))},
	{"particle noun: retaliation against", "Israeli retaliation against Hamas was swift.",
		rels(rel("ISR", Fight, "org/hamas"))},
	{"derived -ing noun with a possessor", "Iraq's storming of Kuwait shocked the world.",
		rels(rel("IRQ", Fight, "KWT"))},
	{"no relation: a call for a thing is no appeal to anyone", "France's call for calm was heard in Lebanon.", nil},
	// A place is the target only as the place of what force strikes
	// ("villages in northern Syria": the dev gold codes the state whose
	// villages are shelled as the target), never as the bare place of an
	// event noun ("attacks in Baghdad").
	{"light verb: the place of a struck thing is the target", "Turkey fired artillery at villages in northern Syria.",
		rels(rel("TUR", Fight, "SYR"))},
	{"no relation: a bare place after a light verb's noun", "Israel carried out attacks in Baghdad.", nil},
	{"no relation: a bare place after a noun with an agent", "Turkey's attacks in northern Iraq continued.", nil},
	{"visiting before a nationality and a title describes the person", "Vladimir Putin held talks with visiting Chinese President Hu Jintao.",
		rels(rel("person/vladimir-putin", Consult, "person/hu-jintao"))},
	{"visiting before a nationality and an actor noun leaves the verb its object", "India welcomed visiting Pakistani officials.",
		rels(rel("IND", DiplomaticCooperation, "PAK"))},
	{"visiting after an auxiliary stays a verb", "Angela Merkel is visiting Chinese President Hu Jintao.",
		rels(rel("person/angela-merkel", Consult, "person/hu-jintao"))},
	{"members of a group object after including", "Iran ordered the release of twelve sailors, including four British officers.",
		rels(rel("IRN", Yield, "GBR"))},
	{"members after including without a comma, past a name that modifies a title", "Iran's detention of foreign activists including Nobel Prize laureate Alexei Navalny was condemned.",
		rels(rel("IRN", Coerce, "person/alexei-navalny"))},
	{"a verb's direct object, like a noun's: members after including", "Taliban fighters killed ten people, including two U.S. soldiers.",
		rels(rel("org/taliban", Fight, "USA"))},
	{"no relation: including after an actor object is no member list", "Iran's release of the sailors, including the captain, was welcomed.", nil},
	{"no relation: a noun with no actor", "The invasion anniversary passed quietly.", nil},
	{"no relation: a noun with no argument", "Analysts discussed the visit.", nil},
	{"no relation: a noun inside an event name", "Cuba marked the anniversary of the Bay of Pigs Invasion.", nil},
}

func TestNominalEvents(t *testing.T) { runDatedCases(t, nominalCases) }

// datedCase is one of our own sentences, tagged as of 13 June 2022, with
// the relations it gives.
type datedCase struct {
	name, text string
	want       []phrasingRel
}

// runDatedCases extracts each case's relations with the default
// extractor, the document dated 13 June 2022, and compares them with
// want.
func runDatedCases(t *testing.T, cases []datedCase) {
	t.Helper()
	tg := freshTaggerT(t)
	x := defaultExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []phrasingRel
			doc := tg.Tag(entity.Input{Text: tc.text, Date: entity.Date{Year: 2022, Month: 6, Day: 13}})
			for _, r := range caseExtractor(t, x, tc.name).Extract(doc) {
				got = append(got, projectRelation(r))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// The derived nouns are in the default lexicon with their verb's code.
func TestNominalLexicon(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		noun, code string
		frames     []string
	}{
		{"ambush", "19", []string{"of", "on", "against"}},
		{"proposal", "02", []string{"to"}},
		{"rescue", "073", []string{"of"}},
		{"reconciliation", "05", []string{"with"}},
	}
	for _, tc := range tests {
		var got *entry
		for _, e := range l.entries {
			if e.kind == kindNoun && e.lemma == tc.noun && e.then == "" {
				got = e
			}
		}
		if got == nil {
			t.Errorf("noun %q: not in the default lexicon", tc.noun)
			continue
		}
		if got.code != tc.code || !cmp.Equal(got.frames, tc.frames) {
			t.Errorf("noun %q: code %q frames %v, want %q %v", tc.noun, got.code, got.frames, tc.code, tc.frames)
		}
	}
}
