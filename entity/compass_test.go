package entity_test

import "testing"

// TestReferentCompass resolves "the North", "the South" to the country
// named before whose name opens with that word. No such country, two of
// them, and a compass word that opens a longer name or modifies a noun
// leave it unresolved. Our own sentences.
func TestReferentCompass(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"the-north", "North Korea fired a missile over Japan on Friday. The North said the launch was a warning.", "North",
			ref{"North Korea", "PRK"}},
		{"the-south-with-both", "South Korea and North Korea held talks on Monday. The South urged Pyongyang to stop its tests.", "South",
			ref{"South Korea", "KOR"}},
		{"possessive-after-people", "North Korean troops crossed the border. The North's army said Seoul had provoked it.", "North",
			ref{"North Korea", "PRK"}},
		{"south-sudan", "South Sudan and Sudan signed an oil deal in Addis Ababa. The South will export its oil through Port Sudan.", "South",
			ref{"South Sudan", "SSD"}},
		{"no-such-country-unresolved", "Snow fell across England on Monday. The North said little.", "North",
			ref{}},
		{"two-such-countries-unresolved", "South Korea and South Africa signed a trade deal. The South said it would invest more.", "South",
			ref{}},
		{"longer-name-unresolved", "North Korea fired a missile. Ships sailed in the North Atlantic.", "North",
			ref{}},
		{"modifier-unresolved", "North Korea fired a missile. Floods hit the North region.", "North",
			ref{}},
	})
}
