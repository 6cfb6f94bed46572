package entity

import (
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
	for file, classes := range map[string]map[string]map[string]bool{
		"descriptions.txt": descriptionWords,
		"titles.txt":       titleClasses,
	} {
		for c, ws := range classes {
			if len(ws) == 0 {
				t.Errorf("data/%s: no words in class %q", file, c)
			}
		}
	}
	for _, c := range [][2]string{{"d", "definite"}, {"d", "persons"}, {"d", "continues"}, {"t", "words"}, {"t", "heads"}} {
		m := descriptionWords
		if c[0] == "t" {
			m = titleClasses
		}
		if _, ok := m[c[1]]; !ok {
			t.Errorf("no class %q in the embedded data", c[1])
		}
	}
	if !titleHeads["prime minister"] {
		t.Errorf(`titles.txt: "prime_minister" is not read as "prime minister"`)
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
