package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// namedRef is a reference as the cataphora tests compare it: its text
// and the name of its actor.
type namedRef struct{ Text, Name string }

// namedRefs returns the text and actor name of doc's references, only
// refCase is a text of our own and the references a table expects of it,
// with the reason of the expected answer.
type refCase struct {
	name, in string
	want     []namedRef
	reason   string
}

// checkNamedRefs tags each case's text with the world tagger and compares
// its references (only the descriptions with descriptionsOnly; see
// namedRefs) with want.
func checkNamedRefs(t *testing.T, descriptionsOnly bool, cases []refCase) {
	t.Helper()
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, namedRefs(doc, descriptionsOnly)); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

// its descriptions when descriptionsOnly.
func namedRefs(doc *entity.Document, descriptionsOnly bool) []namedRef {
	var out []namedRef
	for _, r := range doc.References() {
		if !descriptionsOnly || r.Kind == entity.RefDescription {
			out = append(out, namedRef{r.Text, r.Name})
		}
	}
	return out
}

// TestNamedLater resolves an indefinite description of a person in the
// middle of a document ("a Jordanian taxi driver") to the person a later
// name describes by the same noun, or by the nationality alone, when only
// one fits; the other cases stay unresolved. Our own sentences.
func TestNamedLater(t *testing.T) {
	checkNamedRefs(t, true, []refCase{{
		name:   "same-noun-later",
		in:     "Police said a Jordanian taxi driver was killed in Baghdad. An Iraqi man has confessed. He shot the Jordanian driver Omar Saleh twice.",
		want:   []namedRef{{"a Jordanian taxi driver", "Omar Saleh"}},
		reason: "the only person named after it with the noun before the name",
	}, {
		name:   "noun-the-data-accepts",
		in:     "Officials said an Italian reporter was seized in Kabul on Monday. A video showed journalist Daniele Rossi in a cell.",
		want:   []namedRef{{"an Italian reporter", "Daniele Rossi"}},
		reason: "title_roles: a reporter may be named as a journalist",
	}, {
		name:   "office-the-data-accepts",
		in:     "Washington denied any rift with Seoul after a South Korean official made a statement. Later South Korean Unification Minister Chung Dong-young said talks would resume.",
		want:   []namedRef{{"a South Korean official", "Chung Dong-young"}},
		reason: "a minister is an official, and the nationality agrees",
	}, {
		name:   "apposition-later",
		in:     "Police said a British aid worker was kidnapped in Kabul on Monday. The aid worker, Linda Norgrove, had lived there for years.",
		want:   []namedRef{{"a British aid worker", "Linda Norgrove"}},
		reason: "an apposition describes the person by the noun",
	}, {
		name:   "two-fit-unresolved",
		in:     "Police said gunmen seized a French reporter in Kabul. Reporter Anne Morel and reporter Jean Dupont had arrived in May.",
		want:   nil,
		reason: "two people named later by the noun: the description does not say which",
	}, {
		name:   "nobody-fits-unresolved",
		in:     "Police said gunmen seized a French reporter in Kabul. President Hamid Karzai condemned the kidnapping.",
		want:   nil,
		reason: "a president is no reporter, and nobody is named as one",
	}, {
		name:   "nationality-disagrees-unresolved",
		in:     "Washington denied any rift with Seoul after a South Korean official made a statement. Later Japanese Foreign Minister Taro Aso said talks would resume.",
		want:   nil,
		reason: "the later official is of another country",
	}, {
		name:   "named-before-unresolved",
		in:     "Reporter Anne Morel arrived in Kabul in May. On Monday gunmen seized a reporter near the airport. Police said reporter Anne Morel was safe.",
		want:   nil,
		reason: "a person named before is not introduced by an indefinite description",
	}, {
		name:   "predicate-unresolved",
		in:     "Omar Saleh worked as a driver in Baghdad. Police said the driver Ali Hassan was missing.",
		want:   nil,
		reason: "after the role marker the description is a predicate of a person named before",
	}, {
		name:   "organization-nationality-later",
		in:     "Chevron said on Monday that a Chinese oil company is offering to buy Unocal. China National Offshore Oil Company confirmed the offer.",
		want:   []namedRef{{"a Chinese oil company", "China National Offshore Oil Company"}},
		reason: "the only Chinese organization named after it, its name ending with the noun",
	}, {
		name:   "organization-apposition",
		in:     "The attack came a day after a local militant group, the Movement for the Emancipation of the Niger Delta, threatened oil firms.",
		want:   []namedRef{{"a local militant group", "Movement for the Emancipation of the Niger Delta"}},
		reason: "the apposition names the group",
	}, {
		name:   "organization-no-nationality-unresolved",
		in:     "Egypt arrested activists on Monday. Later a human rights group urged Egypt to free them. Amnesty International said the arrests were unlawful.",
		want:   nil,
		reason: "with no nationality and no apposition an indefinite introduces an actor of its own",
	}, {
		name:   "organization-nationality-disagrees-unresolved",
		in:     "Officials said on Monday that a Chinese oil company is offering to buy Unocal. Royal Dutch Shell confirmed the offer.",
		want:   nil,
		reason: "the organization named later is not Chinese",
	}, {
		name:   "organization-name-word-is-no-noun-unresolved",
		in:     "In 1993 the party was declared an opposition party, and the coalition included the Democratic Socialist Party, Japan Renewal Party and others.",
		want:   nil,
		reason: "'Party' ending another name does not write the next name with the noun",
	}})
}
