package relation

import "testing"

// TestAppositiveNames checks that a country reading that describes a
// person named in apposition ("The Kenyan president, William Ruto,")
// gives way to the person, as subject or object; a description with no
// apposed person, an apposed name that is no person, and a person of
// another country keep the country.
func TestAppositiveNames(t *testing.T) {
	runCorefRels(t, []corefCase{
		{"nationality-description-subject",
			"The Kenyan president, William Ruto, met Yoweri Museveni in Kampala.",
			[]corefRel{{"person/william-ruto", "William Ruto", Consult, "person/yoweri-museveni", "Yoweri Museveni"}}},
		{"possessor-description-subject",
			"Kenya's president, William Ruto, condemned Uganda on Monday.",
			[]corefRel{{"person/william-ruto", "William Ruto", Disapprove, "UGA", "Uganda"}}},
		{"title-of-country-object",
			"Emmanuel Macron met the Chancellor of Germany, Olaf Scholz, in Paris.",
			[]corefRel{{"person/emmanuel-macron", "Emmanuel Macron", Consult, "person/olaf-scholz", "Olaf Scholz"}}},
		{"no-appositive-office-holder", // nothing set off after the description: the president on the date (entity.WithOfficeHolders)
			"The Kenyan president met Yoweri Museveni in Kampala.",
			[]corefRel{{"person/uhuru-kenyatta", "The Kenyan president", Consult, "person/yoweri-museveni", "Yoweri Museveni"}}},
		{"appositive-place-keeps-country", // the name in apposition is a city, no person
			"Poland condemned the Ukrainian capital, Kyiv, on Monday.",
			[]corefRel{{"POL", "Poland", Disapprove, "UKR", "Ukrainian"}}},
		{"person-of-another-country-keeps-country", // Scholz is no Frenchman: the description is not his
			"Joe Biden met the French envoy, Olaf Scholz, in Paris.",
			[]corefRel{{"person/joe-biden", "Joe Biden", Consult, "FRA", "French"}}},
	})
}

// TestNestedAdjunctEvents checks that a visit nested in a non-finite
// clause that opens the sentence ("Speaking at the end of a visit to X",
// "Concluding a visit to X") is the main clause subject's; a visit with
// its own agent, an event of another root, and a finite clause with its
// own subject are not.
func TestNestedAdjunctEvents(t *testing.T) {
	runCorefRels(t, []corefCase{
		{"nested-in-oblique",
			"Speaking at the end of a visit to Egypt, the Turkish foreign minister said the talks went well.",
			[]corefRel{{"person/mevlut-cavusoglu", "the Turkish foreign minister", Consult, "EGY", "Egypt"}}},
		{"object-of-participle",
			"Concluding a three-day visit to Nigeria, the Ghanaian president told reporters that trade would grow.",
			[]corefRel{{"person/nana-akufo-addo", "the Ghanaian president", Consult, "NGA", "Nigeria"}}},
		{"nested-twice",
			"Speaking on the last day of his visit to Japan, Narendra Modi praised the ties.",
			[]corefRel{{"person/narendra-modi", "Narendra Modi", Consult, "JPN", "Japan"}}},
		{"own-agent-kept",
			"Speaking at the end of a visit to Egypt by Recep Tayyip Erdogan, the Turkish foreign minister said the talks went well.",
			[]corefRel{{"person/recep-tayyip-erdogan", "Recep Tayyip Erdogan", Consult, "EGY", "Egypt"}}},
		{"other-root-not-taken",
			"Condemning the invasion of Ukraine, Joe Biden said Russia would pay.",
			[]corefRel{{"person/joe-biden", "Joe Biden", Disapprove, "UKR", "Ukraine"}}},
		{"finite-clause-own-subject",
			"After Recep Tayyip Erdogan ended a visit to Egypt, the Turkish foreign minister said the talks went well.",
			[]corefRel{{"person/recep-tayyip-erdogan", "Recep Tayyip Erdogan", Consult, "EGY", "Egypt"}}},
	})
}
