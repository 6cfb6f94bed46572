package entity_test

import "testing"

// TestReferentPeopleModifiedOrg resolves a description of an organization
// whose noun a people of no country modifies (a region's, a creed's:
// "the West African bloc", "the Islamist militants") as it resolves "the
// bloc" or "the militants": the adjective no longer blocks it. With no
// organization before it stays unresolved, and a person so described is
// still no one named later ("a Sikh leader"). Our own sentences.
func TestReferentPeopleModifiedOrg(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"region-bloc", "ECOWAS suspended Mali on Monday. The West African bloc demanded elections within a year.", "bloc",
			ref{"ECOWAS", ""}},
		{"creed-group", "Hamas fired rockets at Israel on Monday. The Islamist group accused Israel of aggression.", "group",
			ref{"Hamas", "PSE"}},
		{"creed-plural", "Boko Haram attacked a school in Borno on Monday. The Islamist militants killed ten students.", "militants",
			ref{"Boko Haram", "NGA"}},
		{"no-organization-unresolved", "Protesters gathered in Cairo on Monday. The Islamist group called for calm.", "group",
			ref{}},
		{"person-not-named-later", "A Sikh separatist leader was shot in Vancouver. Canadian Prime Minister Justin Trudeau blamed India.", "leader",
			ref{}},
	})
}
