package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMergeGenders keeps a name only when every source that holds it
// gives it one gender, the same one.
func TestMergeGenders(t *testing.T) {
	tests := []struct {
		name    string
		sources []map[string]genders
		want    map[string]string
	}{
		{"agree", []map[string]genders{{"paul": isMale}, {"paul": isMale}},
			map[string]string{"paul": "m"}},
		{"disagree", []map[string]genders{{"yuri": isMale}, {"yuri": isFemale}},
			map[string]string{}},
		{"first-source-only", []map[string]genders{{"aagje": isFemale}, {}},
			map[string]string{"aagje": "f"}},
		{"second-source-only", []map[string]genders{{}, {"annalena": isFemale}},
			map[string]string{"annalena": "f"}},
		{"unisex-in-one-source", []map[string]genders{{"andrea": isMale | isFemale}, {"andrea": isFemale}},
			map[string]string{}},
		{"unisex-in-the-only-source", []map[string]genders{{"kim": isMale | isFemale}},
			map[string]string{}},
		{"each-name-apart", []map[string]genders{{"paul": isMale, "dee": isMale}, {"maria": isFemale, "dee": isFemale}},
			map[string]string{"paul": "m", "maria": "f"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, mergeGenders(tc.sources...)); diff != "" {
				t.Errorf("mergeGenders (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadGDFN reads only the lists gdfnRead names, one-word names, both
// genders where a list holds a name twice.
func TestReadGDFN(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"en.js": "const enNames = new Map([\n  ['annalena', 'female'],\n  ['tobias', 'male'],\n  ['jose luis', 'male'],\n  ['sam', 'male'],\n  ['sam', 'female'],\n]);\n\nmodule.exports = enNames;\n",
		"fr.js": "const frNames = new Map([\n  ['paul', 'female'],\n]);\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]genders{"annalena": isFemale, "tobias": isMale, "sam": isMale | isFemale}
	if diff := cmp.Diff(want, readGDFN(dir)); diff != "" {
		t.Errorf("readGDFN (-want +got):\n%s", diff)
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{"annalena": "Annalena", "jean-luc": "Jean-Luc", "élodie": "Élodie"} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}
