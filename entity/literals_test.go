package entity

import (
	"testing"

	"github.com/geoextract/geoextract/internal/wordlit"
)

// allowedLiterals are the word literals entity's Go may compare with: the
// keywords of the tags of organization_nouns (internal/english), the plural
// spelling rules of the singularizers ("s", "es", "ies"), and the prefix
// of the gazetteer's city ids. Every English word the tagger needs is a
// word class of internal/english/data/words.yaml.
var allowedLiterals = map[string]string{
	"chunk.go":    `"ies"`,
	"lexicon.go":  `"es" "ies"`,
	"describe.go": `"unknown" "state" "country" "sole" "plural"`,
	"tables.go":   `"city/"`,
}

// TestWordLiterals checks that the non-test Go files of the package know no
// English word by themselves: no word compared inline, no word list in Go.
// Before this check (branch lexicon) there were 99 such literals holding
// 909 words (30 word lists and 69 comparisons); the only ones left are
// those of allowedLiterals. Since branch words15 the check also sees word
// lists in composite literals, substring tests and clitics ("'s"), which
// found leaderTitles and nine "'s" comparisons (now word classes).
func TestWordLiterals(t *testing.T) { wordlit.Check(t, ".", allowedLiterals) }
