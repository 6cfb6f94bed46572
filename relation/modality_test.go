package relation

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Cues inside a relative clause or an appositive set off after the
// subject are that clause's own and do not reach the main verb; cues
// after it do. Our own sentences, each with the relations it must give,
// written "SUBJECT CODE OBJECT [negated] modality".
var parentheticalCueTests = []struct {
	name   string
	text   string
	want   []string
	reason string
}{
	{
		name:   "relative-negation",
		text:   "Kenya, which did not sign the accord, condemned Uganda.",
		want:   []string{"Kenya 11 Uganda asserted"},
		reason: "the negation is the relative clause's",
	},
	{
		name:   "relative-intention",
		text:   "Kenya, which plans to join the bloc, condemned Uganda.",
		want:   []string{"Kenya 11 Uganda asserted"},
		reason: "the catenative of the relative clause leaves the main verb asserted",
	},
	{
		name:   "relative-possibility",
		text:   "Kenya, which may leave the bloc, condemned Uganda.",
		want:   []string{"Kenya 11 Uganda asserted"},
		reason: "the modal of the relative clause leaves the main verb asserted",
	},
	{
		name:   "appositive-negation",
		text:   "Kenya, not Uganda, condemned Tanzania.",
		want:   []string{"Kenya 11 Tanzania asserted"},
		reason: "a negation inside an appositive is no negation of the verb",
	},
	{
		name:   "relative-possessive-modal",
		text:   "President William Ruto of Kenya, who may run again, met Yoweri Museveni.",
		want:   []string{"William Ruto 04 Yoweri Museveni asserted"},
		reason: "a modal inside the relative clause after a person's name",
	},
	{
		name:   "negation-after-relative",
		text:   "Kenya, which signed the accord, did not condemn Uganda.",
		want:   []string{"Kenya 11 Uganda negated asserted"},
		reason: "the negation after the clause's closing comma is the main verb's",
	},
	{
		name:   "modal-after-relative",
		text:   "Kenya, which signed the accord, may condemn Uganda.",
		want:   []string{"Kenya 11 Uganda possible"},
		reason: "the modal after the closing comma is the main verb's",
	},
	{
		name:   "intention-after-appositive",
		text:   "Kenya, a member of the bloc, will not meet Uganda.",
		want:   []string{"Kenya 04 Uganda negated intended"},
		reason: "the cues after an appositive are the main verb's",
	},
	{
		name:   "both-clauses-negated",
		text:   "Kenya, which has never recognized Somaliland, will not meet Uganda.",
		want:   []string{"Kenya 05 Somaliland negated asserted", "Kenya 04 Uganda negated intended"},
		reason: "the relative clause's own verb keeps its negation, the main verb has its own",
	},
	{
		name:   "list-no-parenthetical",
		text:   "Kenya, Uganda, and Tanzania did not condemn Burundi.",
		want:   []string{"Kenya 11 Burundi negated asserted", "Uganda 11 Burundi negated asserted", "Tanzania 11 Burundi negated asserted"},
		reason: "commas of a list of subjects set off no clause: the negation holds for all",
	},
}

func TestParentheticalCues(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and parser")
	}
	runCueTests(t, defaultExtractor(t), parentheticalCueTests)
}

// Cues of a clause of its own without commas (a relative clause, a
// participle or infinitive modifying the subject) do not reach the main
// verb when the parse shows the clause; the cues of the main verb's own
// clause, its catenatives and its conditions still do. Our own sentences,
// written as in parentheticalCueTests.
var cueScopeTests = []struct {
	name   string
	text   string
	want   []string
	reason string
}{
	{
		name:   "relative-modal-no-commas",
		text:   "Kenyan officials who may resign criticized Uganda.",
		want:   []string{"Kenyan 11 Uganda asserted"},
		reason: "the modal is the relative clause's",
	},
	{
		name:   "relative-negated-modal-no-commas",
		text:   "Ugandan troops who could not reach the border accused Sudan.",
		want:   []string{"Ugandan 11 Sudan asserted"},
		reason: "neither the modal nor the negation of the relative clause reaches the accusation",
	},
	{
		name:   "relative-verb-keeps-its-negation",
		text:   "Kenyan ministers who never visited Juba praised South Sudan.",
		want:   []string{"Kenyan 04 Juba negated asserted", "Kenyan 05 South Sudan asserted"},
		reason: "the relative clause's own trigger is negated, the main verb is not",
	},
	{
		name:   "relative-after-prepositional-phrase",
		text:   "Officials in Kenya who will retire next year condemned Uganda.",
		want:   []string{"Kenya 11 Uganda asserted"},
		reason: "the future of the relative clause is no intention of the condemnation",
	},
	{
		name:   "negation-after-relative-no-commas",
		text:   "Kenyan officials who criticized Uganda did not meet Tanzania.",
		want:   []string{"Kenyan 11 Uganda asserted", "Kenyan 04 Tanzania negated asserted"},
		reason: "the negation after the relative clause is the main verb's",
	},
	{
		name:   "negation",
		text:   "Kenya did not condemn Uganda.",
		want:   []string{"Kenya 11 Uganda negated asserted"},
		reason: "the negation governs the trigger",
	},
	{
		name:   "catenative-intention",
		text:   "Kenya plans to meet Uganda.",
		want:   []string{"Kenya 04 Uganda intended"},
		reason: "the trigger is the catenative's complement",
	},
	{
		name:   "catenative-refusal",
		text:   "Kenya has refused to meet Uganda.",
		want:   []string{"Kenya 12 Uganda asserted", "Kenya 04 Uganda negated asserted"},
		reason: "the refusal, and the refused act negated",
	},
	{
		name:   "catenative-failure",
		text:   "Kenya failed to reach an agreement with Uganda.",
		want:   []string{"Kenya 05 Uganda negated asserted"},
		reason: "a failing catenative negates its complement",
	},
	{
		name:   "no-plans",
		text:   "Kenya has no plans to meet Uganda.",
		want:   []string{"Kenya 04 Uganda negated intended"},
		reason: "a denied plan",
	},
	{
		name:   "negated-negating-cue",
		text:   "Kenya did not rule out meeting Uganda.",
		want:   []string{"Kenya 04 Uganda possible"},
		reason: "a negation of a negating cue makes the event possible",
	},
	{
		name:   "coordinated-subjects",
		text:   "Kenya, Uganda and Tanzania did not condemn Rwanda.",
		want:   []string{"Kenya 11 Rwanda negated asserted", "Uganda 11 Rwanda negated asserted", "Tanzania 11 Rwanda negated asserted"},
		reason: "the negation holds for every subject",
	},
	{
		name:   "conditional",
		text:   "If Kenya meets Uganda, Sudan will protest.",
		want:   []string{"Sudan 10 Kenya asserted", "Kenya 04 Uganda hypothetical"},
		reason: "the event of the condition is hypothetical",
	},
}

func TestCueScope(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and parser")
	}
	runCueTests(t, defaultExtractor(t), cueScopeTests)
}

// TestCueScopeWithoutBarriers: a frames file with no cue_barrier
// relations gives every cue before the trigger to it, as the scan finds
// them, which is what happens when the sentence has no parse.
func TestCueScopeWithoutBarriers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and parser")
	}
	fr, err := LoadFrames(strings.NewReader("cue_barrier: []\n"), "f.yaml")
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(defaultLexiconT(t), WithFrames(fr))
	runCueTests(t, x, []struct {
		name   string
		text   string
		want   []string
		reason string
	}{{
		name:   "relative-future-no-commas",
		text:   "Officials in Kenya who will retire next year condemned Uganda.",
		want:   []string{"Kenya 11 Uganda intended"},
		reason: "the scan gives the future to the main verb",
	}, {
		name:   "relative-negated-modal-no-commas",
		text:   "Ugandan troops who could not reach the border accused Sudan.",
		want:   []string{"Ugandan 11 Sudan negated possible"},
		reason: "the scan gives the cues to the main verb",
	}})
}

func runCueTests(t *testing.T, x *Extractor, tests []struct {
	name   string
	text   string
	want   []string
	reason string
}) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range x.Extract(tagged(t, tc.text)) {
				if r.Object == nil {
					continue
				}
				neg := ""
				if r.Negated {
					neg = " negated"
				}
				got = append(got, fmt.Sprintf("%s %s %s%s %s", r.Subject.Text, r.CAMEO, r.Object.Text, neg, r.Modality))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (%s) mismatch (-want +got):\n%s", tc.text, tc.reason, diff)
			}
		})
	}
}
