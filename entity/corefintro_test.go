package entity_test

import "testing"

// TestReferentIntroducedPerson resolves a description of a person to the
// person an earlier phrase with the same lower-case head noun named
// ("China's top diplomat Wang Yi ... the top diplomat"), though another
// who may hold the title stands closer. A nationality that disagrees, a
// capitalised title before the name (left to the titles) and no such
// phrase leave it to the other stages. Our own sentences.
func TestReferentIntroducedPerson(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"named-after-noun", "China's top diplomat Wang Yi met Antony Blinken in Munich. The top diplomat urged the United States to lift its sanctions.", "diplomat",
			ref{"Wang Yi", "CHN"}},
		{"apposition", "Wang Yi, China's top diplomat, met Antony Blinken in Munich. The diplomat urged the United States to lift its sanctions.", "diplomat",
			ref{"Wang Yi", "CHN"}},
		{"apposition-determiner", "Wang Yi, the veteran diplomat, met Antony Blinken in Munich. The diplomat urged the United States to lift its sanctions.", "diplomat",
			ref{"Wang Yi", "CHN"}},
		{"nationality-agrees", "China's top diplomat Wang Yi met Antony Blinken in Munich. The Chinese diplomat urged the United States to lift its sanctions.", "diplomat",
			ref{"Wang Yi", "CHN"}},
		{"nationality-disagrees-left-to-titles", "China's top diplomat Wang Yi met Antony Blinken in Munich. The American diplomat urged China to free the prisoners.", "diplomat",
			ref{"Antony Blinken", "USA"}},
		{"no-introduction", "Wang Yi met Antony Blinken in Munich. The veteran diplomat urged China to free the prisoners.", "diplomat",
			ref{"Antony Blinken", "USA"}},
	})
}
