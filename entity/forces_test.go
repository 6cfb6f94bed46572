package entity_test

import "testing"

// TestReferentForceNames resolves armed forces named by another of their
// nouns (class force_names: "the military" after "Colombian troops") to
// the country whose forces a nationality marked last, in the sentence or
// the three before. Forces of two countries marked there, none marked, a
// modifier after the noun and a country's own phrase leave it to the other
// stages, here unresolved. Our own sentences.
func TestReferentForceNames(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"troops-then-military", "Colombian troops killed 12 rebels in the south on Monday. The military bombed a camp near the border.", "military",
			ref{"Colombia", "COL"}},
		{"warplanes-then-military-said", "Turkish warplanes bombed 12 rebel targets in northern Iraq, the military said.", "military",
			ref{"Turkey", "TUR"}},
		{"soldiers-then-army", "Malian soldiers repelled an attack on a base near Gao. Two days later the army shelled the town.", "army",
			ref{"Mali", "MLI"}},
		{"military-then-troops", "The Nigerian military launched an offensive in the northeast. The troops freed 40 hostages.", "troops",
			ref{"Nigeria", "NGA"}},
		{"government-forces", "Philippine troops battled militants in Sulu on Monday. By nightfall government forces were pursuing 300 fighters.", "forces",
			ref{"Philippines", "PHL"}},
		{"the-security-forces", "Afghan soldiers took back the district on Friday. The security forces then cleared the roads.", "forces",
			ref{"Afghanistan", "AFG"}},
		{"government-forces-none-marked-unresolved", "Government forces retook the town on Monday after heavy fighting.", "forces",
			ref{}},
		{"two-countries-unresolved", "Israeli troops and Lebanese soldiers exchanged fire on the border. The army said two men were wounded.", "army",
			ref{}},
		{"none-marked-unresolved", "Rebels attacked a convoy on the highway on Sunday. The military said five men were killed.", "military",
			ref{}},
		{"modifier-after-unresolved", "Guinean troops seized the palace on Sunday. The African Union condemned the military takeover.", "military",
			ref{}},
		{"too-far-back-unresolved", "Chadian troops crossed the border on Monday. Talks opened in Paris. The envoys met for hours. A deal was signed. The army withdrew.", "army",
			ref{}},
	})
}
