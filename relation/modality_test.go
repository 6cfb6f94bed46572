package relation

import (
	"fmt"
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
	x := defaultExtractor(t)
	for _, tc := range parentheticalCueTests {
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
