package wordlit

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// findIn writes src as p.go of a new directory and runs Find on it.
func findIn(t *testing.T, src string) []string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte("package p\n\n"+src), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Find(dir)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestFindForms checks each form Find sees, and the literals it must
// leave alone, one source line at a time (line 3 of p.go).
func TestFindForms(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
		reason    string
	}{
		// Word lists.
		{"slice", `var titles = []string{"president", "king", ","}`, []string{`p.go:3: "king"`, `p.go:3: "president"`}, "a slice of words is a word list in Go"},
		{"map-set", `var abbr = map[string]bool{"mr": true, "U.S": true}`, []string{`p.go:3: "mr"`}, "the keys of a map to bool are a word set"},
		{"map-values", `var sing = map[string]string{"men": "man"}`, []string{`p.go:3: "man"`, `p.go:3: "men"`}, "words mapped to words"},
		{"map-numbers", `var months = map[string]int{"jan": 1}`, []string{`p.go:3: "jan"`}, "words with a value"},
		{"nested", `var ws = map[string][]string{"be": {"is", "was"}}`, []string{`p.go:3: "be"`, `p.go:3: "is"`, `p.go:3: "was"`}, "an element whose type is left out is gone into"},
		{"local-array", `func f(w string) bool { for _, c := range [...]string{"re", "ll"} { if w == c { return true } }; return false }`, []string{`p.go:3: "ll"`, `p.go:3: "re"`}, "an array in a function is a word list"},
		// Comparisons and calls.
		{"contains", `import "strings"; func f(t string) bool { return strings.Contains(t, "vice") }`, []string{`p.go:3: "vice"`}, "a substring test"},
		{"equal-fold", `import "strings"; func f(t string) bool { return strings.EqualFold("the", t) }`, []string{`p.go:3: "the"`}, "either argument of EqualFold"},
		{"slices-contains", `import "slices"; func f(l []string) bool { return slices.Contains(l, "deputy") }`, []string{`p.go:3: "deputy"`}, "a membership test"},
		{"clitic", `func f(w string) bool { return w == "'s" || w == "n\u2019t" }`, []string{`p.go:3: "'s"`, `p.go:3: "n\u2019t"`}, "words with an apostrophe and one letter"},
		// Not word lists.
		{"name-table", `var relNames = [...]string{"", "nsubj", "obj"}`, nil, "a package-level array is an enum's name table (UD relations read from data)"},
		{"format-keys", `var roles = map[string]*[]int{"agent": nil, "speaker": nil}`, nil, "a map to pointers reads the keys of a data format"},
		{"json-keys", `var obj = map[string]any{"text": 1, "id": 2}`, nil, "JSON keys"},
		{"format-string", `func f(w string) bool { return w == "%s said" }`, nil, "a format string"},
		{"file-name", `var files = []string{"words.yaml", "data/frames"}`, nil, "file names and paths"},
		{"flag-name", `import "flag"; var v = flag.String("lexicon", "", "extra lexicon file")`, nil, "flag names and help text are no comparison or list"},
		{"message", `import "errors"; var e = errors.New("a word is a non-empty string")`, nil, "messages"},
		{"struct", `type T struct{ Msg string }; var x = T{Msg: "want a list of tags"}`, nil, "a struct's string field"},
		{"apostrophe-alone", `func f(w string) bool { return w == "'" || w == "\u2019" }`, nil, "punctuation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, findIn(t, tc.src)); diff != "" {
				t.Errorf("Find(%s) mismatch (-want +got):\n%s\nreason: %s", tc.src, diff, tc.reason)
			}
		})
	}
}
