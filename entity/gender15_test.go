package entity_test

import "testing"

// TestReferentGenderWiderNames resolves he and she by given names that
// only the second source of data/gender.txt (gender-detection-from-name's
// English list) holds: "Annalena" is a woman's name, so "He" after
// "Annalena Baerbock met Antony Blinken" is Blinken, and "She" is
// Baerbock. Names the first source already held keep their gender, and a
// name of both genders ("Kim") still says nothing. Our own sentences.
func TestReferentGenderWiderNames(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"he-skips-annalena", "Annalena Baerbock met Antony Blinken in Berlin on Monday. He later praised Poland.", "He",
			ref{"Antony Blinken", "USA"}},
		{"she-is-annalena", "Annalena Baerbock met Antony Blinken in Berlin on Monday. She later praised Poland.", "She",
			ref{"Annalena Baerbock", "DEU"}},
		{"he-skips-made-up-woman", "Annalena Strand met Tobias Hale on Monday. Later he said the talks went well.", "he",
			ref{"Tobias Hale", ""}},
		{"she-skips-made-up-man", "Tobias Hale met Annalena Strand on Monday. Later she said the talks went well.", "she",
			ref{"Annalena Strand", ""}},
		{"luiz-is-a-man", "Luiz Ferreira met Maria Lopez on Monday. Later she said the talks went well.", "she",
			ref{"Maria Lopez", ""}},
		{"maria-still-a-woman", "Maria Lopez met Daniel Ortez on Monday. She said the talks went well.", "She",
			ref{"Maria Lopez", ""}},
		{"paul-still-a-man", "Anna Berg met Paul Weiss on Monday. Later he said the talks went well.", "he",
			ref{"Paul Weiss", ""}},
		{"unisex-name-still-resolves", "Kim Sato met reporters on Monday. He said the talks went well.", "He",
			ref{"Kim Sato", ""}},
	})
}
