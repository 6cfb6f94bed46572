package english

import (
	"testing"

	"github.com/geoextract/geoextract/internal/wordlit"
)

// allowedLiterals: the keys of words.yaml's items ({class: NAME},
// {verb: LEMMA}) and the YAML null tag, which the parser reads; and the
// spelling rules of inflect.go (a final "le" is a syllable of its own,
// "ie" becomes "ying"), which stay in Go as the audit of issue #9 accepts:
// English spelling, not a word list (the irregular forms are
// data/inflection.yaml).
var allowedLiterals = map[string]string{
	"table.go":   `"!!null" "class" "verb"`,
	"inflect.go": `"le" "ie"`,
}

// TestWordLiterals checks that the package's Go knows no English word by
// itself: its words are data/words.yaml and data/inflection.yaml. The
// class names of class.go are an enum's name table, which the check
// leaves alone.
func TestWordLiterals(t *testing.T) { wordlit.Check(t, ".", allowedLiterals) }
