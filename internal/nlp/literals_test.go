package nlp

import (
	"testing"

	"github.com/geoextract/geoextract/internal/wordlit"
)

// allowedLiterals: the HTML entity of the right single quote, which
// prose's tokenizer rewrites (a name of HTML, not an English word).
var allowedLiterals = map[string]string{
	"align.go": `"&rsquo;"`,
}

// TestWordLiterals checks that the prose adapter knows no English word by
// itself: the tags of clitics it gives untagged words are the word class
// clitics of internal/english.
func TestWordLiterals(t *testing.T) { wordlit.Check(t, ".", allowedLiterals) }
