package syntax

import (
	"testing"

	"github.com/geoextract/geoextract/internal/wordlit"
)

// TestWordLiterals checks that the parser knows no English word by
// itself: the negating lemmas are a word class of internal/english and
// the token splits are closed.yaml. The UD relation names of rel.go are
// an enum's name table, which the check leaves alone.
func TestWordLiterals(t *testing.T) { wordlit.Check(t, ".", nil) }
