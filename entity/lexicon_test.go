package entity

import (
	"github.com/geoextract/geoextract/internal/english"

	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWordClasses(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]map[string]bool
	}{
		{"one-line", "a: x y\n", map[string]map[string]bool{"a": {"x": true, "y": true}}},
		{"continued", "# c\na: x\n  y z\nb: w\n", map[string]map[string]bool{"a": {"x": true, "y": true, "z": true}, "b": {"w": true}}},
		{"underscore-is-space", "a: prime_minister\n", map[string]map[string]bool{"a": {"prime minister": true}}},
		{"no-class-skipped", "  x\nnot a class\n  y\n", map[string]map[string]bool{}},
		{"empty", "", map[string]map[string]bool{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, wordClasses(tc.in)); diff != "" {
				t.Errorf("wordClasses(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestClassData checks that the embedded data has the classes the code
// reads.
func TestClassData(t *testing.T) {
	for _, c := range []string{"plurals", "counts", "organizations"} {
		if len(descriptionWords[c]) == 0 {
			t.Errorf("data/descriptions.txt: no words in class %q", c)
		}
	}
	if !isWord(english.PersonTitleHeads, "prime minister") {
		t.Errorf(`person_title_heads: "prime minister" is not a title head`)
	}
}

func FuzzWordClasses(f *testing.F) {
	f.Add(descriptionsTxt)
	f.Add("a: x\n\ty\n#\n:\n")
	f.Fuzz(func(t *testing.T, in string) {
		for name, ws := range wordClasses(in) {
			for w := range ws {
				if w == "" || strings.ContainsAny(w, "\n_") {
					t.Errorf("class %q: bad word %q", name, w)
				}
			}
		}
	})
}

// TestPluralData checks the plural descriptions of data/descriptions.txt:
// every plural stands for a person noun, a title head, a country noun or
// a party noun ("sides"),
// every count word counts at least two, and the collective words count.
func TestPluralData(t *testing.T) {
	for _, c := range []string{"plurals", "counts"} {
		if len(descriptionWords[c]) == 0 {
			t.Errorf("descriptions.txt: no class %q", c)
		}
	}
	if got, want := len(pluralHeads), len(descriptionWords["plurals"]); got != want {
		t.Errorf("descriptions.txt: %d of %d plurals read as plural=singular", got, want)
	}
	for pl, sing := range pluralHeads {
		if !isWord(english.PersonNouns, sing) && !isWord(english.PersonTitleHeads, sing) && !isWord(english.CountryDescriptionNouns, sing) && !isWord(english.PartyNouns, sing) {
			t.Errorf("descriptions.txt: plural %q stands for %q, no person noun, title head, country noun or party noun", pl, sing)
		}
	}
	if got, want := len(countWords), len(descriptionWords["counts"]); got != want {
		t.Errorf("descriptions.txt: %d of %d counts read as word=number (at least 2)", got, want)
	}
	for _, w := range english.Default().Words(english.CollectiveDeterminers) {
		if countWords[w] == 0 {
			t.Errorf("descriptions.txt: collective %q has no count", w)
		}
	}
}

func TestPairs(t *testing.T) {
	tests := []struct {
		name string
		in   map[string]bool
		want map[string]string
	}{
		{"pairs", map[string]bool{"a=b": true, "c=d": true}, map[string]string{"a": "b", "c": "d"}},
		{"no-equals-skipped", map[string]bool{"ab": true}, map[string]string{}},
		{"empty-side-skipped", map[string]bool{"=b": true, "a=": true}, map[string]string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, pairs(tc.in)); diff != "" {
				t.Errorf("pairs(%v) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
	if diff := cmp.Diff(map[string]int{"two": 2}, counts(map[string]string{"two": "2", "one": "1", "x": "y"})); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
}

func FuzzPluralData(f *testing.F) {
	f.Add(descriptionsTxt)
	f.Add("plurals: a=b =c d=\ncounts: two=2 x=-1 y=99999999999999999999\n")
	f.Fuzz(func(t *testing.T, in string) {
		cl := wordClasses(in)
		for a, b := range pairs(cl["plurals"]) {
			if a == "" || b == "" {
				t.Errorf("empty side in %q=%q", a, b)
			}
		}
		for w, n := range counts(pairs(cl["counts"])) {
			if n < 2 {
				t.Errorf("count %q=%d below two", w, n)
			}
		}
	})
}
