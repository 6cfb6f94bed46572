package entity_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestSoleArmedGroup resolves a noun of the members of an armed group
// ("rebels", "the rebels", "Ugandan rebels", class armed_group_members)
// that nothing before resolves to the one armed group the document names,
// before or after it. Our own sentences, with the cases whose right
// answer is "unresolved"; only the references of the armed nouns are
// compared.
func TestSoleArmedGroup(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		in     string
		want   []gotRef
		reason string
	}{{
		name:   "bare-plural-named-later",
		in:     "Government troops attacked rebels in the north on Monday. A spokesman for the Seleka coalition said its fighters had withdrawn.",
		want:   []gotRef{{"rebels", "description", "org/seleka"}},
		reason: "the only armed group of the document, named after the noun",
	}, {
		name:   "bare-plural-named-before",
		in:     "The army bombed a camp of the FARC on Sunday. Officials said 20 rebels were killed in the raid.",
		want:   []gotRef{{"rebels", "description", "org/farc"}},
		reason: "the only armed group, named before; a count is no obstacle",
	}, {
		name:   "nationality-agrees",
		in:     "Troops launched an offensive against Ugandan rebels in the forest. The Lord's Resistance Army has fought for two decades.",
		want:   []gotRef{{"rebels", "description", "org/lra"}},
		reason: "a nationality that agrees with the group's country",
	}, {
		name:   "two-groups-unresolved",
		in:     "The Justice and Equality Movement accused the Janjaweed of raids. Troops later clashed with rebels near the border.",
		want:   nil,
		reason: "two armed groups named: either may be meant",
	}, {
		name:   "nationality-disagrees-unresolved",
		in:     "Troops clashed with Kenyan rebels in the east. The FARC said on Monday it would keep talking.",
		want:   nil,
		reason: "a nationality of another country than the group's",
	}, {
		name:   "compound-modifier-unresolved",
		in:     "Turkey has backed anti-Assad rebels for years. The FARC said on Monday it would keep talking.",
		want:   nil,
		reason: "a hyphenated compound says whose the rebels are",
	}, {
		name:   "compound-before-modifier-unresolved",
		in:     "Turkey has backed anti-Assad armed rebels for years. The FARC said on Monday it would keep talking.",
		want:   nil,
		reason: "the compound stands among the phrase's modifiers",
	}, {
		name:   "compound-outside-phrase",
		in:     "The FARC said on Monday it would keep talking. A long-awaited report said rebels attacked a convoy.",
		want:   []gotRef{{"rebels", "description", "org/farc"}},
		reason: "a verb ends the phrase: the compound before it is no modifier of the noun",
	}, {
		name:   "no-group-unresolved",
		in:     "Troops clashed with rebels in the east on Monday. Officials said ten people died.",
		want:   nil,
		reason: "no armed group named: the noun stays an unnamed actor",
	}, {
		name:   "gunmen-unresolved",
		in:     "Gunmen attacked a convoy on Monday. The FARC denied any role in the attack.",
		want:   nil,
		reason: "gunmen are no class member: as often unnamed attackers",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			var refs []gotRef
			for _, r := range summarizeReferences(doc) {
				if slices.Contains([]string{"rebels", "Gunmen"}, r.Text) {
					refs = append(refs, r)
				}
			}
			if diff := cmp.Diff(tc.want, refs); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}
