package relation

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// Reported demands over the real tagger and parser: our own sentences,
// each with the APPEAL (02) and DEMAND (10) relations it must give,
// written "SUBJECT CODE OBJECT" with the arguments' texts.
var demandTests = []struct {
	name   string
	text   string
	want   []string
	reason string
}{
	{
		name:   "must",
		text:   "The Japanese prime minister said that Iran must halt its enrichment program.",
		want:   []string{"Japanese 10 Iran"},
		reason: "a modal of obligation in the reported clause",
	},
	{
		name:   "has-to",
		text:   "The French foreign minister told reporters that Syria has to stop the shelling.",
		want:   []string{"French 10 Syria"},
		reason: "a verb of obligation with a to-infinitive; told reporters is a saying",
	},
	{
		name:   "would-have-to",
		text:   "The European Union says Turkey would have to improve its human rights record.",
		want:   []string{"European Union 10 Turkey"},
		reason: "the verb of obligation under a modal of intention",
	},
	{
		name:   "needs-to",
		text:   "Ghana said Togo needs to hold the election on time.",
		want:   []string{"Ghana 10 Togo"},
		reason: "the guideline: \"needs to\" is 10",
	},
	{
		name:   "may-need-to",
		text:   "Ghana said Togo may need to postpone the election.",
		want:   []string{"Ghana 02 Togo"},
		reason: "the guideline: \"may need to\" is an appeal (accuse.yaml: hedged)",
	},
	{
		name:   "should",
		text:   "India said Pakistan should hand over the suspects.",
		want:   []string{"India 02 Pakistan"},
		reason: "the guideline: \"should\" is an appeal",
	},
	{
		name:   "conditional",
		text:   "China said the talks could resume if the United States changed its policy.",
		want:   []string{"China 10 United States"},
		reason: "a condition set for another actor in the reported clause",
	},
	{
		name:   "wants-to",
		text:   "The United States wants North Korea to return to the talks.",
		want:   []string{"United States 10 North Korea"},
		reason: "the guideline: \"wants X to do Y\" is 10",
	},
	{
		name:   "told-to",
		text:   "The United States told Iran to halt enrichment.",
		want:   []string{"United States 10 Iran"},
		reason: "a directive verb with an object and an infinitive",
	},
	{
		name:   "told-reporters",
		text:   "The Iranian minister told reporters that Iraq had signed the accord.",
		want:   nil,
		reason: "telling that is a report, not a directive",
	},
	{
		name:   "does-not-want",
		text:   "The United States does not want North Korea to return to the talks.",
		want:   nil,
		reason: "a negated wanting is no demand",
	},
	{
		name:   "wants-to-meet",
		text:   "Japan wants to meet China soon.",
		want:   nil,
		reason: "wanting to act oneself is an intention, no demand",
	},
	{
		name:   "own-condition",
		text:   "Russia will resume gas deliveries if Ukraine pays its debts.",
		want:   []string{"Russia 10 Ukraine"},
		reason: "a condition set for another actor by the subject of the clause",
	},
	{
		name:   "reported-condition-on-offer",
		text:   "Israel said it would withdraw from the town only if Hamas stopped firing rockets.",
		want:   []string{"Israel 10 Hamas"},
		reason: "the guideline: conditions attached to an offer are 10",
	},
	{
		name:   "condition-of-threat",
		text:   "The European Union could impose sanctions if Belarus refuses to release the prisoners.",
		want:   nil,
		reason: "a condition on sanctions is a threat, no demand (accuse.yaml: threat_roots)",
	},
	{
		name:   "conditional-on",
		text:   "The U.S. envoy said the aid is conditional on Sudan ending the conflict in Darfur.",
		want:   []string{"U.S. 10 Sudan"},
		reason: "a word of condition in the reported clause: who must act is the subject of the act it depends on",
	},
	{
		name:   "made-contingent",
		text:   "The EU made the aid conditional on Serbia's cooperation with the tribunal.",
		want:   []string{"EU 10 Serbia"},
		reason: "a word of condition under a verb: its subject sets the condition on the owner of the act",
	},
	{
		name:   "dependent-on-no-actor",
		text:   "The Chilean minister said the harvest is dependent on the weather.",
		want:   nil,
		reason: "a dependence on no actor's act",
	},
	{
		name:   "condition-pronoun",
		text:   "Angela Merkel announced that Paul Kirchhof would serve as finance minister if she formed a government.",
		want:   nil,
		reason: "the pronoun subject of a condition is not taken as another actor",
	},
	{
		name:   "concession",
		text:   "Pakistan said it will build the pipeline even if India does not join the project.",
		want:   nil,
		reason: "\"even if\" concedes, it sets no condition (class concessive_words)",
	},
	{
		name:   "coordinated-saying",
		text:   "Russia massed troops on the border and said Georgia must withdraw its police.",
		want:   []string{"Russia 10 Georgia"},
		reason: "a saying verb coordinated with an earlier one shares its subject (accuse.yaml: control)",
	},
	{
		name:   "deterrent",
		text:   "If Serbia attacks Kosovo, NATO will respond.",
		want:   nil,
		reason: "a hostile condition is a deterrent, no demand",
	},
	{
		name:   "speaker-itself",
		text:   "Brazil said it must act now.",
		want:   nil,
		reason: "the speaker obliging itself",
	},
	{
		name:   "we-must",
		text:   "We must act now, the Brazilian president said.",
		want:   nil,
		reason: "the speaker obliging its own side, which is no actor",
	},
	{
		name:   "generic-subject",
		text:   "Canada said people should stay calm.",
		want:   nil,
		reason: "a generic subject is no actor",
	},
	{
		name:   "need-not",
		text:   "Mexico said Cuba need not worry about the embargo.",
		want:   nil,
		reason: "a negated verb of obligation grants a permission",
	},
	{
		name:   "does-not-have-to",
		text:   "Mexico said Cuba does not have to pay the debt this year.",
		want:   nil,
		reason: "a negated verb of obligation grants a permission",
	},
	{
		name:   "passive",
		text:   "Israel says Hamas has to be stopped.",
		want:   nil,
		reason: "the subject of a passive obligation is no addressee",
	},
	{
		name:   "question",
		text:   "Did Japan say that China has to apologize?",
		want:   nil,
		reason: "a demand asked about is not made",
	},
	{
		name:   "question-modal",
		text:   "Did Japan say that China must apologize?",
		want:   nil,
		reason: "a demand asked about is not made (the modal reader too)",
	},
	{
		name:   "plain-report",
		text:   "Kenya said Uganda has signed the agreement.",
		want:   nil,
		reason: "no obligation: plain \"said\" is not annotated",
	},
}

// Stances: our own sentences, each with the DISAPPROVE (11) and REJECT
// (12) relations it must give.
var stanceTests = []struct {
	name   string
	text   string
	want   []string
	reason string
}{
	{
		name:   "opposed-to-actor",
		text:   "Washington is firmly opposed to Pyongyang having any nuclear weapons.",
		want:   []string{"Washington 12 Pyongyang"},
		reason: "a word of opposition with an actor after \"to\"",
	},
	{
		name:   "opposed-to-owned",
		text:   "Spain is opposed to Morocco's plan for the territory.",
		want:   []string{"Spain 12 Morocco"},
		reason: "the owner of what is opposed is the target",
	},
	{
		name:   "not-opposed",
		text:   "Spain is not opposed to Morocco's plan for the territory.",
		want:   nil,
		reason: "a negated stance is none",
	},
	{
		name:   "concerned-about",
		text:   "Japan is concerned about China's military buildup.",
		want:   []string{"Japan 11 China"},
		reason: "a word of concern about another actor's doing",
	},
	{
		name:   "critical-of",
		text:   "The Mexican president is critical of the United States.",
		want:   []string{"Mexican 11 United States"},
		reason: "\"critical of\" is a word of concern",
	},
	{
		name:   "angered-by",
		text:   "Germany was angered by Turkey's remarks.",
		want:   []string{"Germany 11 Turkey"},
		reason: "a passive word of concern with its cause after \"by\"",
	},
	{
		name:   "concern-noun",
		text:   "Japan's concerns about China's military buildup have grown.",
		want:   []string{"Japan 11 China"},
		reason: "a noun of concern: its owner holds it, what it is about is the target",
	},
	{
		name:   "concern-noun-no-actor",
		text:   "The security concerns of the region are great.",
		want:   nil,
		reason: "a noun of concern with no actor on either side",
	},
	{
		name:   "will-not-accept",
		text:   "India said it will not accept Pakistan's proposal.",
		want:   []string{"it 12 Pakistan"},
		reason: "a negated verb of acceptance rejects the owner of its object",
	},
	{
		name:   "accepts",
		text:   "China accepted Japan's apology.",
		want:   nil,
		reason: "an acceptance that is not negated is no rejection",
	},
	{
		name:   "worried-for",
		text:   "France is worried for the safety of Lebanon's civilians.",
		want:   nil,
		reason: "\"for\" is sympathy, not disapproval (class stance_prepositions)",
	},
	{
		name:   "called-adjective",
		text:   "The Polish president called Russia's decision irresponsible.",
		want:   []string{"Polish 11 Russia"},
		reason: "a naming verb with a word of blame, the owner of what is named as target",
	},
	{
		name:   "described-as-evaluation",
		text:   "Amnesty International describes the Cuban government's treatment of journalists as deeply troubling.",
		want:   []string{"Amnesty International 11 Cuban"},
		reason: "a negative evaluation after \"describes ... as\"; an owner of an owner",
	},
	{
		name:   "considers-unacceptable",
		text:   "India deems Pakistan's proposal unacceptable.",
		want:   []string{"India 12 Pakistan"},
		reason: "an evaluating verb with a word of rejection",
	},
	{
		name:   "regards-as-blame",
		text:   "China regards Japan's visit to the shrine as provocative.",
		want:   []string{"China 11 Japan"},
		reason: "an evaluating verb with a word of blame after \"as\"",
	},
	{
		name:   "modifier-before-object",
		text:   "Chile called the dangerous Bolivian proposal a surprise.",
		want:   nil,
		reason: "a negative word before what is named only modifies it",
	},
	{
		name:   "called-positive",
		text:   "Chile called the Bolivian proposal constructive.",
		want:   nil,
		reason: "a positive evaluation is none",
	},
	{
		name:   "weather",
		text:   "The Italian minister said the weather was terrible.",
		want:   nil,
		reason: "a negative evaluation of no actor's doing",
	},
	{
		name:   "question",
		text:   "Is Japan concerned about China's tests?",
		want:   nil,
		reason: "a stance asked about is not stated",
	},
}

func TestStances(t *testing.T) {
	runReportedTable(t, stanceTests, Disapprove, Reject)
}

func TestReportedDemands(t *testing.T) {
	runReportedTable(t, demandTests, Appeal, Demand)
}

// runReportedTable runs table tests over the real tagger and parser,
// keeping the relations with an object whose predicate is one of preds.
func runReportedTable(t *testing.T, tests []struct {
	name   string
	text   string
	want   []string
	reason string
}, preds ...Predicate) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the full tagger and parser")
	}
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	x := defaultExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text})
			var got []string
			for _, r := range caseExtractor(t, x, tc.name).Extract(doc) {
				if !slices.Contains(preds, r.Predicate) || r.Object == nil {
					continue
				}
				got = append(got, fmt.Sprintf("%s %s %s", r.Subject.Text, r.CAMEO, r.Object.Text))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (%s) mismatch (-want +got):\n%s", tc.text, tc.reason, diff)
			}
		})
	}
}
