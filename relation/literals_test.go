package relation

import (
	"strings"
	"testing"

	"github.com/geoextract/geoextract/internal/wordlit"
)

// allowedLiterals are the word literals Go may compare with: the keys
// and keywords of the YAML formats (lexicon fields, object frames, YAML
// tags). Everything else a comparison needs to know about English is a
// word class of internal/english/data/words.yaml.
var allowedLiterals = map[string]string{
	"lexicon.go": `"!!null" "!!bool" "true" "True" "triggers" "words" "verb" "noun" "word" "forms" "then" "cameo"
		"object" "person" "force" "target" "org" "state" "nullable" "symmetric" "complement" "intended" "possible"
		"denied" "negated" "believed" "direct" "any" "clause" "that" "by_kind" "object_kind" "bare" "by_prep"`,
	"parse.go": `"direct" "any" "clause" "that" "replace_subject" "replace_object" "predicate_tags"`,
}

// TestWordLiterals checks that the non-test Go files of the package
// compare no English word inline: rules are data. At the start of this
// check (branch words) there were 341 such literals; the only ones left
// are the format keywords of allowedLiterals.
func TestWordLiterals(t *testing.T) {
	found, err := wordlit.Find(".")
	if err != nil {
		t.Fatal(err)
	}
	bad := wordlit.Unallowed(found, allowedLiterals)
	if len(bad) > 0 {
		t.Errorf("%d word literals compared inline; make them word classes (internal/english/data/words.yaml):\n%s",
			len(bad), strings.Join(bad, "\n"))
	}
}
