package entity

import (
	"strings"
	"testing"

	"github.com/geoextract/geoextract/internal/wordlit"
)

// allowedLiterals are the word literals entity's Go may compare with: the
// keywords of the tags of organization_nouns (internal/english), the plural
// spelling rule of the singularizers, and the prefix of the gazetteer's
// city ids. Every English word the tagger needs is a word class of
// internal/english/data/words.yaml.
var allowedLiterals = map[string]string{
	"chunk.go":    `"ies"`,
	"lexicon.go":  `"ies"`,
	"describe.go": `"unknown" "state" "country" "sole" "plural"`,
	"tables.go":   `"city/"`,
}

// TestWordLiterals checks that the non-test Go files of the package know no
// English word by themselves: no word compared inline, no word list in Go.
// Before this check (branch lexicon) there were 99 such literals holding
// 909 words (30 word lists and 69 comparisons); the only ones left are
// those of allowedLiterals.
func TestWordLiterals(t *testing.T) {
	found, err := wordlit.Find(".")
	if err != nil {
		t.Fatal(err)
	}
	if bad := wordlit.Unallowed(found, allowedLiterals); len(bad) > 0 {
		t.Errorf("%d word literals in Go; make them word classes (internal/english/data/words.yaml):\n%s",
			len(bad), strings.Join(bad, "\n"))
	}
}
