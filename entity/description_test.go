package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestReferentDescription resolves definite descriptions of people ("the
// senator", "the lawmaker", "the Venezuelan leader") to the person named
// before them, and leaves unresolved those that fit no one.
func TestReferentDescription(t *testing.T) {
	tests := []referentCase{
		{"title", "U.S. Senator Maria Lopez toured the camp. The senator left on Tuesday.", "senator",
			ref{"Maria Lopez", "USA"}},
		{"person-noun", "U.S. Senator Maria Lopez toured the camp. The lawmaker left on Tuesday.", "lawmaker",
			ref{"Maria Lopez", "USA"}},
		{"title-before-closer-person", "President Ana Ruiz spoke after Daniel Ortez arrived. The president left.", "president",
			ref{"Ana Ruiz", ""}},
		{"nationality", "South Korean President Ana Ruiz met Japanese Prime Minister Kenji Sato. The South Korean leader left.", "leader",
			ref{"Ana Ruiz", "KOR"}},
		{"nationality-closest", "South Korean President Ana Ruiz met Japanese Prime Minister Kenji Sato. The Japanese leader left.", "leader",
			ref{"Kenji Sato", "JPN"}},
		{"nationality-matches-nobody", "South Korean President Ana Ruiz met Japanese Prime Minister Kenji Sato. The Georgian leader left.", "leader",
			ref{}},
		{"no-person-before", "The lawmaker traveled to Laos on Tuesday.", "lawmaker", ref{}},
		{"phrase-goes-on", "U.S. Senator Maria Lopez toured the camp. The president of Georgia left.", "president", ref{}},
		{"of-gerund-is-no-continuation", "U.S. Senator Maria Lopez toured the camp. Critics accused the senator of ignoring refugees.", "senator",
			ref{"Maria Lopez", "USA"}},
		{"of-after-a-verb-of-class-of_object_verbs", "U.S. Senator Maria Lopez toured the camp. Critics accused the senator of neglect.", "senator",
			ref{"Maria Lopez", "USA"}},
		{"of-after-another-verb-goes-on", "U.S. Senator Maria Lopez toured the camp. Critics praised the senator of Georgia.", "senator",
			ref{}},
		{"no-determiner", "U.S. Senator Maria Lopez toured the camp. A lawmaker left on Tuesday.", "lawmaker", ref{}},
		{"role-before-name", "Gunmen seized reporter Ana Ruiz near Kabul. Later Daniel Ortez said the reporter was safe.", "reporter",
			ref{"Ana Ruiz", ""}},
		{"role-in-apposition", "Ana Ruiz, an engineer for the firm, vanished on Monday. Daniel Ortez said the engineer was safe.", "engineer",
			ref{"Ana Ruiz", ""}},
		{"role-apposition-before", "In March, a driver, Ana Ruiz, was seized. Daniel Ortez said the driver was freed.", "driver",
			ref{"Ana Ruiz", ""}},
		{"role-fits-nobody", "Daniel Ortez met Ana Ruiz on Monday. The journalist left.", "journalist", ref{}},
		{"role-not-closest-person", "Gunmen seized journalist Ana Ruiz. Daniel Ortez condemned it. The journalist was freed.", "journalist",
			ref{"Ana Ruiz", ""}},
		{"role-nationality-disagrees", "Gunmen seized reporter Kenji Sato in Tokyo. Japanese Prime Minister Kenji Sato spoke. The Korean reporter left.", "reporter",
			ref{}},
		{"role-no-person-before", "The hostage was freed on Tuesday.", "hostage", ref{}},
		// Which offices a description accepts is data (class title_roles).
		{"leader-accepts-president", "President Ana Ruiz spoke after Daniel Ortez arrived. The leader left.", "leader",
			ref{"Ana Ruiz", ""}},
		{"military-leader-accepts-general", "General Ana Ruiz met President Kenji Sato. The military leader left.", "leader",
			ref{"Ana Ruiz", ""}},
		{"military-leader-no-general", "President Kenji Sato met Daniel Ortez. The military leader left.", "leader",
			ref{}},
		{"president-rejects-prime-minister", "Prime Minister Kenji Sato met Daniel Ortez. The president left.", "president",
			ref{"Daniel Ortez", ""}},
		{"president-only-prime-ministers", "Prime Minister Kenji Sato spoke on Monday. The president left.", "president",
			ref{}},
		{"lawmaker-accepts-senator", "Senator Ana Ruiz met President Kenji Sato. The lawmaker left.", "lawmaker",
			ref{"Ana Ruiz", ""}},
		{"lawmaker-rejects-president", "President Kenji Sato spoke on Monday. The lawmaker left.", "lawmaker",
			ref{}},
		{"judge-accepts-justice", "Justice Ana Ruiz met Daniel Ortez. The judge left.", "judge",
			ref{"Ana Ruiz", ""}},
		{"two-presidents-unresolved", "President Ana Ruiz met President Kenji Sato in Lima. The president left.", "president",
			ref{}},
		{"two-presidents-nationality", "South Korean President Ana Ruiz met Japanese President Kenji Sato. The Japanese president left.", "president",
			ref{"Kenji Sato", "JPN"}},
		{"two-senators-one-sentence-back", "Senator Ana Ruiz met Senator Daniel Ortez. Later Ana Ruiz spoke alone. The senator left.", "senator",
			ref{"Ana Ruiz", ""}},
	}
	checkReferent(t, testTagger(t), tests)
}

// ref is the part of a referent a table test compares.
type ref struct {
	Name    string // the referent's Name, "" for none
	Country string
}

// referentCase asks the referent of word (its last occurrence) in in.
type referentCase struct {
	name, in, word string
	want           ref
}

// checkReferent runs a table of referentCase with tagger tg.
func checkReferent(t *testing.T, tg *entity.Tagger, tests []referentCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			at := -1
			for i, tok := range doc.Tokens {
				if tok.Text == tc.word {
					at = i
				}
			}
			if at < 0 {
				t.Fatalf("no token %q in %q", tc.word, tc.in)
			}
			var got ref
			if m, ok := doc.Referent(at); ok {
				got = ref{m.Name, m.Country}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referent(%q) in %q (-want +got):\n%s", tc.word, tc.in, diff)
			}
		})
	}
}

// TestReferentLeadPerson resolves an indefinite description of a person
// that opens the document ("An Iraqi member of al-Qaida has confessed
// ...") to the first person named in the next two sentences whose
// nationality agrees, and a later definite one with the same head to that
// person too.
func TestReferentLeadPerson(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"indefinite-lead-role", "An Iraqi member of al-Qaida has confessed to the killing. In his confession, Ali Karbouli described the plot.", "member",
			ref{"Ali Karbouli", ""}},
		{"indefinite-lead-then-definite", "An Italian reporter held by gunmen has appeared in a video. Daniele Rossi was seized last week. Gunmen seized the reporter in the south.", "reporter",
			ref{"Daniele Rossi", ""}},
		{"indefinite-lead-nationality-disagrees", "A Japanese engineer was seized on Monday. South Korean President Ana Ruiz condemned the kidnapping.", "engineer",
			ref{}},
		{"indefinite-lead-nobody-after", "An Italian reporter was seized on Monday. Gunmen said nothing.", "reporter", ref{}},
		{"lead-capitalized-title", "Iran's Intelligence Minister has accused Britain of spying. State media quoted Ali Rezaei as saying spies were caught.", "Minister",
			ref{"Ali Rezaei", ""}},
		{"lead-organization-possessive", "The African Union's top envoy for Sudan says talks will resume. Ana Ruiz said in Khartoum that both sides agreed.", "envoy",
			ref{"Ana Ruiz", ""}},
		{"lead-organization-nobody-after", "The African Union's top envoy for Sudan says talks will resume. Officials in Khartoum said nothing.", "envoy",
			ref{}},
	})
}
