package entity

import (
	"testing"

	"github.com/geoextract/geoextract/internal/english"
)

// TestClassData checks that the embedded data has the classes the code
// reads.
func TestClassData(t *testing.T) {
	if len(orgNouns) == 0 || len(orgNouns) != len(english.Default().Words(english.OrganizationNouns)) {
		t.Errorf("organization_nouns: %d nouns read", len(orgNouns))
	}
	if o := orgNouns["junta"]; !o.state || !o.country || !o.kinds["military"] {
		t.Errorf(`organization_nouns: "junta" read as %+v`, o)
	}
	if !isWord(english.PersonTitleHeads, "prime minister") {
		t.Errorf(`person_title_heads: "prime minister" is not a title head`)
	}
}

// TestPluralData checks the plural descriptions of the English classes:
// every plural stands for a person noun, a title head, a country noun or
// a party noun ("sides"), or is a people plural ("men") standing for
// itself,
// every count word counts at least two, and the collective words count.
func TestPluralData(t *testing.T) {
	tab := english.Default()
	if got, want := len(pluralHeads), len(tab.Words(english.PluralHeads))+len(tab.Words(english.PeoplePlurals)); got == 0 || got != want {
		t.Errorf("plural_heads: %d of %d plurals read as plural: singular", got, want)
	}
	for pl, sing := range pluralHeads {
		if !isWord(english.PersonNouns, sing) && !isWord(english.PersonTitleHeads, sing) && !isWord(english.CountryDescriptionNouns, sing) && !isWord(english.PartyNouns, sing) &&
			!(isWord(english.PeoplePlurals, sing) && sing == pl) {
			t.Errorf("plural_heads: plural %q stands for %q, no person noun, title head, country noun or party noun", pl, sing)
		}
	}
	if got, want := len(countWords), len(tab.Words(english.CountWords)); got == 0 || got != want {
		t.Errorf("count_words: %d of %d counts read as word: number (at least 2)", got, want)
	}
	for _, w := range tab.Words(english.CollectiveDeterminers) {
		if countWords[w] == 0 {
			t.Errorf("collective_determiners: %q has no count", w)
		}
	}
}
