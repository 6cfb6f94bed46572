package entity_test

import "testing"

// TestReferentFiledFrom resolves a state's organ of class
// organization_nouns tagged filed ("the foreign ministry") that no body
// before it and no nationality in it resolves to the country of the
// document's dateline, the place the story is filed from; it stays
// unresolved with no dateline, a dateline of no country the text names, or
// a nationality of its own.
func TestReferentFiledFrom(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"dateline-with-agency", "NAIROBI (Reuters) - The foreign ministry summoned the ambassador of Uganda on Monday, a move Kenya rarely makes.", "ministry",
			ref{"Kenya", "KEN"}},
		{"dateline-with-date", "TOKYO, May 3 (Kyodo) -- The ministry protested to China over the landing of its coast guard, a spokesman for Japan said.", "ministry",
			ref{"Japan", "JPN"}},
		{"dateline-later-sentence", "LIMA (AP) - Peru recalled its envoy to Bolivia. Officials gave no reason. The ministry said talks would resume.", "ministry",
			ref{"Peru", "PER"}},
		{"body-named-before-wins", "LIMA (AP) - Bolivia's foreign ministry expelled two envoys of Peru. The ministry gave no reason.", "ministry",
			ref{"Bolivia", "BOL"}},
		{"no-dateline-unresolved", "The foreign ministry summoned the ambassador of Uganda on Monday, a move Kenya rarely makes.", "ministry",
			ref{}},
		{"dateline-city-of-the-country", "MOMBASA, Kenya (AP) - Officials met envoys of Uganda. The ministry said talks would resume.", "ministry",
			ref{"Kenya", "KEN"}},
		{"dateline-country-never-named-unresolved", "GENEVA (Reuters) - The foreign ministry summoned the Ugandan ambassador on Monday.", "ministry",
			ref{}},
		{"nationality-of-its-own", "NAIROBI (Reuters) - The Ugandan foreign ministry summoned the ambassador of Kenya.", "ministry",
			ref{"Uganda", "UGA"}},
		{"army-is-not-filed", "NAIROBI (Reuters) - Soldiers in Uganda and Kenya clashed. The army said two died.", "army",
			ref{}},
	})
}
