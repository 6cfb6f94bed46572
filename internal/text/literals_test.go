package text

import (
	"testing"

	"github.com/geoextract/geoextract/internal/wordlit"
)

// allowedLiterals are the literals with letters the tokenizer may hold:
// the top-level domains that keep a host name one token ("RT.com"), names
// of the DNS, not English words.
var allowedLiterals = map[string]string{
	"token.go": `"com" "org" "net" "gov" "edu" "int" "io" "co" "uk" "info" "news" "tv"`,
}

// TestWordLiterals checks that the tokenizer and the sentence splitter
// know no English word by themselves: abbreviations, sentence starters
// and clitics are word classes of internal/english (until branch words15
// they were 128 words in Go).
func TestWordLiterals(t *testing.T) { wordlit.Check(t, ".", allowedLiterals) }
