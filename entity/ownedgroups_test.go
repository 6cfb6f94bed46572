package entity_test

import "testing"

// TestReferentOwnedGroup resolves a repeated group noun ("the diplomats",
// "the troops") to the organization written before its last earlier
// mention ("EU diplomats") or to the actor of the possessive before it
// ("its troops"), as it does to a nationality's country; a group of people
// held by another (class held_plurals) and a group no one's name or
// possessive marks stay unresolved.
func TestReferentOwnedGroup(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"organization-before", "EU diplomats met Iranian officials in Vienna on Monday. The diplomats urged Iran to halt enrichment.", "diplomats",
			ref{"European Union", ""}},
		{"organization-then-modifier", "NATO ground troops entered the town near Kabul. The troops came under fire from the Taliban.", "troops",
			ref{"NATO", ""}},
		{"possessive", "Uganda withdrew its troops from Congo on Monday. The troops had been asked by the UN to stay.", "troops",
			ref{"Uganda", "UGA"}},
		{"nationality-still-first", "Kenyan soldiers and EU officials met in Nairobi. The soldiers left on Friday.", "soldiers",
			ref{"Kenya", "KEN"}},
		{"held-by-an-organization-unresolved", "Hamas hostages were freed in Gaza on Monday. The hostages thanked Egypt.", "hostages",
			ref{}},
		{"held-by-a-possessive-unresolved", "Hamas released its prisoners on Monday. The prisoners thanked Egypt.", "prisoners",
			ref{}},
		{"no-owner-unresolved", "Diplomats met in Vienna on Monday. The diplomats urged Iran to halt enrichment.", "diplomats",
			ref{}},
	})
}
