package entity_test

import "testing"

// TestReferentShortOrg resolves "the Tigers", "the Brotherhood" (a word
// of an organization's name after a definite determiner) to the one
// organization named before with that word. A word that ends names of
// every kind ("the Guard"), a compass word, two organizations with the
// word, a word no organization has, and one that modifies a noun or
// opens a longer name leave it unresolved. Our own sentences.
func TestReferentShortOrg(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"second-word", "The Liberation Tigers of Tamil Eelam attacked a naval base. The Tigers said ten sailors died.", "Tigers",
			ref{"Liberation Tigers of Tamil Eelam", "LKA"}},
		{"by-acronym", "The LTTE shelled the town on Monday. Officials said the Tigers used mortars.", "Tigers",
			ref{"Liberation Tigers of Tamil Eelam", "LKA"}},
		{"last-word", "The Muslim Brotherhood won the vote in Cairo. The Brotherhood accused the army of fraud.", "Brotherhood",
			ref{"Muslim Brotherhood", "EGY"}},
		{"possessive", "The Muslim Brotherhood won the vote. The Brotherhood's leader spoke.", "Brotherhood",
			ref{"Muslim Brotherhood", "EGY"}},
		{"org-head-unresolved", "The Islamic Revolutionary Guard Corps seized a tanker. The Guard said it smuggled fuel.", "Guard",
			ref{}},
		{"compass-word-unresolved", "The North Atlantic Treaty Organization met in Brussels. The North said nothing.", "North",
			ref{}},
		{"two-organizations-unresolved", "The Liberation Tigers of Tamil Eelam met the Bengal Tigers Front. The Tigers said so.", "Tigers",
			ref{}},
		{"no-such-word-unresolved", "The Muslim Brotherhood won the vote. The Tigers said nothing.", "Tigers",
			ref{}},
		{"modifier-unresolved", "The Liberation Tigers of Tamil Eelam attacked. Tigers fans cheered the Tigers team.", "Tigers",
			ref{}},
		{"longer-name-unresolved", "The Liberation Tigers of Tamil Eelam attacked. The Tigers Eelam said so.", "Tigers",
			ref{}},
	})
}
