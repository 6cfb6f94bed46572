package entity_test

import "testing"

// TestGroupDescriptions resolves plural descriptions of groups: a group
// noun the text wrote with an organization the gazetteer gives no kind
// ("rebels of the ...", "... militants"), the pronoun that continues such
// a description, and a repeated noun of people whose group an apposition
// named. Our own sentences, with the cases that stay unresolved.
func TestGroupDescriptions(t *testing.T) {
	checkNamedRefs(t, false, []refCase{{
		name:   "rebels-of-the-group",
		in:     "Rebels of the Northern Liberation Front attacked a town on Monday. The rebels said they killed ten soldiers.",
		want:   []namedRef{{"The rebels", "Northern Liberation Front"}, {"they", "Northern Liberation Front"}},
		reason: "the text describes the front as rebels, and 'they' continues the description",
	}, {
		name:   "group-militants",
		in:     "Northern Liberation Front militants attacked a town on Monday. Police said the militants fled.",
		want:   []namedRef{{"the militants", "Northern Liberation Front"}},
		reason: "the noun right after the name describes the organization",
	}, {
		name:   "group-never-described-unresolved",
		in:     "The Northern Liberation Front signed a deal on Monday. The rebels attacked a town.",
		want:   nil,
		reason: "an organization of no known kind is no group of rebels unless the text says so",
	}, {
		name:   "reporters-named-in-apposition",
		in:     "Gunmen seized two French reporters, Anne Morel and Paul Girard, in August. The two reporters were freed in May.",
		want:   []namedRef{{"The two reporters", "Anne Morel"}, {"The two reporters", "Paul Girard"}},
		reason: "the apposition named the two reporters, who are more than their country",
	}, {
		name:   "reporters-unnamed-country",
		in:     "Gunmen seized two French reporters in August. The two reporters were freed in May.",
		want:   []namedRef{{"The two reporters", "France"}},
		reason: "with no names the group stands for its country, as before",
	}, {
		name:   "bare-group-noun-repeated",
		in:     "Spanish police arrested four men in Madrid on Monday. Police said they found explosives.",
		want:   []namedRef{{"Police", "Spain"}, {"they", "Spain"}},
		reason: "a bare group noun that nothing modifies repeats the group a nationality marked, and 'they' continues it",
	}, {
		name:   "pronoun-after-marked-group",
		in:     "Afghan police met on Monday. Pakistani troops said they had crossed the border.",
		want:   []namedRef{{"they", "Pakistan"}},
		reason: "the closest group noun before the pronoun, marked by its nationality",
	}, {
		name:   "bare-group-noun-unmarked-unresolved",
		in:     "Police arrested four men in Madrid on Monday. Police said they found explosives.",
		want:   nil,
		reason: "no nationality ever marked the police",
	}, {
		name:   "group-noun-modifier-unresolved",
		in:     "Spanish police arrested four men on Monday. Border police said nothing.",
		want:   nil,
		reason: "a modified noun names another group",
	}})
}
