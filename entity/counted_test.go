package entity_test

import "testing"

// TestReferentsCountedList resolves a counted description of countries
// past two ("the three nations", "the leaders of the four countries") to
// the last list of exactly that many coordinated countries before it, in
// its sentence or the six before, and "both countries" with no pair in
// the sentences before to such a list further back. Our own sentences;
// nil is "unresolved".
func TestReferentsCountedList(t *testing.T) {
	checkReferentsCases(t, []referentsCase{
		{"three-nations-after-list", "The minister toured Peru, Chile and Brazil in May. He spoke of trade. The visits went well, aides said. He signed ten accords with the three nations.", "nations",
			[]string{"Peru", "Chile", "Brazil"}, "the list of three countries three sentences back"},
		{"leaders-of-the-four-countries", "Envoys from Japan, India, Australia and Canada met in Tokyo on Monday. The talks lasted two days. The leaders of the four countries will meet in June.", "leaders",
			[]string{"Japan", "India", "Australia", "Canada"}, "the leaders of a counted list: its countries"},
		{"three-governments", "Uganda, Kenya and Tanzania launched a joint force on Monday. The three governments agreed on it in June.", "governments",
			[]string{"Uganda", "Kenya", "Tanzania"}, "the list that leads the sentence before"},
		{"count-mismatch-unresolved", "The minister toured Peru, Chile, Bolivia and Brazil in May. He signed ten accords with the three nations.", "nations",
			nil, "a list of four is no three nations"},
		{"countries-of-one-sentence-unresolved", "The minister spoke in Lima about Peru and Chile and later flew to Brazil. He signed ten accords with the three nations.", "nations",
			nil, "three countries named in a sentence but no list of three"},
		{"envoys-countries-unresolved", "The forum opened in Singapore on Friday. Lee and his Japanese and US counterparts met on Saturday, agreeing to work more closely between the three countries.", "countries",
			nil, "the envoys' countries are listed by no coordination"},
	})
}
