package entity_test

import "testing"

// TestReferentTitleCase resolves a description of a person written in
// title case ("the Prime Minister", "the Special Envoy") as its lower-case
// form: the title words still choose the person. A title no person named
// before holds ("the Foreign Minister", "the Deputy Prime Minister") and
// a name inside the phrase ("the White House Press Secretary") leave it
// unresolved. Our own sentences.
func TestReferentTitleCase(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"prime-minister", "Prime Minister Narendra Modi met Joe Biden in Delhi. The Prime Minister urged Russia to allow aid.", "Minister",
			ref{"Narendra Modi", "IND"}},
		{"special-envoy", "Special Envoy Staffan de Mistura met Walid al-Muallem in Damascus. The Special Envoy urged Syria to allow aid.", "Envoy",
			ref{"Staffan de Mistura", ""}},
		{"nationality-and-title", "Prime Minister Narendra Modi met Joe Biden in Delhi. The Indian Prime Minister urged Russia to allow aid.", "Minister",
			ref{"Narendra Modi", "IND"}},
		{"title-held-by-none-unresolved", "Prime Minister Narendra Modi met Joe Biden in Delhi. The Foreign Minister urged Russia to allow aid.", "Minister",
			ref{}},
		{"deputy-unresolved", "Prime Minister Narendra Modi met Joe Biden in Delhi. The Deputy Prime Minister urged Russia to allow aid.", "Minister",
			ref{}},
		{"name-inside-unresolved", "Prime Minister Narendra Modi met Joe Biden in Delhi. The White House Press Secretary said Russia must allow aid.", "Secretary",
			ref{}},
	})
}
