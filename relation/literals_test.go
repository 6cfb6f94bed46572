package relation

import (
	"testing"

	"github.com/geoextract/geoextract/internal/wordlit"
)

// allowedLiterals are the word literals Go may compare with: the keys
// and keywords of the YAML formats (lexicon fields, object frames, YAML
// tags, the replace_subject and replace_object policies of frames.yaml).
// Everything else a comparison needs to know about English is a word
// class of internal/english/data/words.yaml.
var allowedLiterals = map[string]string{
	"lexicon.go": `"!!null" "!!bool" "true" "True" "triggers" "words" "verb" "noun" "word" "forms" "then" "cameo"
		"object" "person" "force" "target" "org" "state" "nullable" "symmetric" "complement" "intended" "possible"
		"denied" "negated" "believed" "direct" "any" "clause" "that" "by_kind" "object_kind" "bare" "by_prep" "roles"`,
	"roles.go": `"subject" "object"`,
	"parse.go": `"direct" "any" "clause" "that" "replace_subject" "replace_object" "predicate_tags" "held_theme"`,
	"frame.go": `"other_clause" "conjuncts" "held_theme"`,
}

// TestWordLiterals checks that the non-test Go files of the package
// compare no English word inline and list none: rules are data. At the
// start of this check (branch words) there were 341 such literals; the
// only ones left are the format keywords of allowedLiterals.
func TestWordLiterals(t *testing.T) { wordlit.Check(t, ".", allowedLiterals) }
