package gazetteer_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geoextract/geoextract/gazetteer"
)

// lineCol matches an error at a line and column.
var lineCol = regexp.MustCompile(`^fuzz\.yaml:\d+:\d+: `)

// FuzzLoad checks that Load never panics, and that it returns either a
// gazetteer or a non-empty ErrorList whose errors all have positions in
// the file, syntax errors of yaml.v3 included (with a line and a column).
func FuzzLoad(f *testing.F) {
	for _, tc := range loadErrorCases {
		f.Add(tc.in)
	}
	for _, tc := range governmentErrorCases {
		f.Add(tc.in)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		g, err := gazetteer.Load(strings.NewReader(in), "fuzz.yaml")
		if err == nil {
			if g == nil {
				t.Fatal("Load returned neither a gazetteer nor an error")
			}
			for _, e := range g.Entries() {
				if e.ID == "" || !e.Type.Valid() || e.Name == "" || e.Kind != "" && !e.Kind.Valid() {
					t.Fatalf("Load accepted an invalid entry %+v", e)
				}
			}
			// The names must compile and match without panicking, and
			// merging must not panic either.
			g.Match(in)
			for _, a := range g.Ambiguities() {
				g.Ambiguous(a.Form)
			}
			gazetteer.Merge(g, g)
			return
		}
		list := errorLines(t, err)
		if len(list) == 0 {
			t.Fatal("Load returned an empty ErrorList")
		}
		for _, e := range list {
			if !strings.HasPrefix(e, "fuzz.yaml") {
				t.Fatalf("error %q has no position", e)
			}
			if strings.Contains(e, "invalid YAML") && !lineCol.MatchString(e) {
				t.Fatalf("YAML error %q has no line and column", e)
			}
		}
	})
}

// FuzzMatch checks that Match never panics and returns well-formed,
// ordered, non-overlapping spans.
func FuzzMatch(f *testing.F) {
	for _, tc := range matchCases {
		f.Add(tc.in)
	}
	f.Add("South Korean and U.S. officials met in Côte d'Ivoire's capital, N'Djamena?")
	g := small()
	f.Fuzz(func(t *testing.T, in string) {
		end := 0
		for _, m := range g.Match(in) {
			if m.Start < end || m.Start >= m.End || m.End > len(in) {
				t.Fatalf("Match(%q): bad span %d:%d after %d", in, m.Start, m.End, end)
			}
			if m.Text != in[m.Start:m.End] {
				t.Fatalf("Match(%q): Text %q != text[%d:%d]", in, m.Text, m.Start, m.End)
			}
			if utf8.ValidString(in) && !utf8.ValidString(m.Text) {
				t.Fatalf("Match(%q): span %d:%d splits a character", in, m.Start, m.End)
			}
			if len(m.Candidates) == 0 {
				t.Fatalf("Match(%q): %q has no candidates", in, m.Text)
			}
			end = m.End
		}
		// MatchWords on arbitrary words, not only the tokenizer's.
		words := strings.Fields(in)
		prev := gazetteer.WordMatch{First: -1}
		for _, m := range g.MatchWords(words) {
			if m.First < 0 || m.First >= m.Last || m.Last > len(words) || len(m.Candidates) == 0 {
				t.Fatalf("MatchWords(%q): bad match %+v", words, m)
			}
			if m.First < prev.First || m.First == prev.First && m.Last >= prev.Last {
				t.Fatalf("MatchWords(%q): %+v after %+v", words, m, prev)
			}
			prev = m
		}
	})
}
