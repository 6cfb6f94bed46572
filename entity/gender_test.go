package entity_test

import "testing"

// TestReferentGender resolves he, his, she and her to a person of the
// pronoun's gender or of none known: titles ("Mr.", "Queen",
// "spokeswoman") and given names of one gender ("Maria", "Daniel") say
// it, and a pronoun whose only candidates are of the other gender stays
// unresolved.
func TestReferentGender(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"she-skips-mr", "Mrs. Ana Ruiz spoke after Mr. Daniel Ortez arrived. Later she left.", "she",
			ref{"Ana Ruiz", ""}},
		{"he-skips-mrs", "Mr. Daniel Ortez met Mrs. Ana Ruiz on Monday. Later he left.", "he",
			ref{"Daniel Ortez", ""}},
		{"she-female-given-name", "Maria Lopez met Daniel Ortez on Monday. She said the talks went well.", "She",
			ref{"Maria Lopez", ""}},
		{"he-male-given-name-not-subject", "Maria Lopez met Daniel Ortez on Monday. Later he said the talks went well.", "he",
			ref{"Daniel Ortez", ""}},
		{"her-possessive-title-on-surname", "Mrs. Lopez met Mr. Ortez on Monday. Ortez praised her plan.", "her",
			ref{"Lopez", ""}},
		{"gender-from-earlier-mention", "Mrs. Ana Ruiz arrived on Monday. Daniel Ortez met Ruiz. Later she left.", "she",
			ref{"Ana Ruiz", ""}},
		{"spokeswoman", "Spokeswoman Ana Tel met Daniel Ortez on Monday. She said the talks went well.", "She",
			ref{"Ana Tel", ""}},
		{"unknown-gender-still-resolves", "Kim Sato met reporters on Monday. She said the talks went well.", "She",
			ref{"Kim Sato", ""}},
		{"she-only-a-man-unresolved", "Mr. Daniel Ortez met reporters on Monday. She said the talks went well.", "She",
			ref{}},
		{"he-only-a-woman-unresolved", "Queen Ana Ruiz toured the camp on Monday. He said the talks went well.", "He",
			ref{}},
		{"her-country-skips-man", "Chilean Foreign Minister Maria Lopez met Peruvian President Daniel Ortez, who said her country would help.", "her",
			ref{"Chile", "CHL"}},
	})
}
