package wordnet

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open("testdata/dict")
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func words(ss []*Synset) [][]string {
	var out [][]string
	for _, s := range ss {
		out = append(out, s.Words)
	}
	return out
}

func TestSensesAndPointers(t *testing.T) {
	db := open(t)
	tests := []struct {
		name string
		got  [][]string
		want [][]string
	}{
		{"verb senses", words(db.Senses("Scold", Verb)), [][]string{{"rebuke", "scold"}}},
		{"hypernym", words(db.Related(db.Senses("rebuke", Verb)[0], "@")), [][]string{{"criticize"}}},
		{"derivation", words(db.Related(db.Senses("rebuke", Verb)[0], "+")), [][]string{{"rebuke", "security council"}}},
		{"multiword lemma with a space", words(db.Senses("security council", Noun)), [][]string{{"rebuke", "security council"}}},
		{"adjective marker stripped", words(db.Senses("envoy", Noun)), [][]string{{"envoy"}}},
		{"unknown lemma", words(db.Senses("parley", Verb)), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, tt.got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
	s := db.Senses("rebuke", Verb)[0]
	if got, want := s.LexName(), "verb.communication"; got != want {
		t.Errorf("LexName = %q, want %q", got, want)
	}
	if got, want := s.Pointers[1], (Pointer{Symbol: "+", Target: ID{Noun, 300}, Source: 1, TargetWord: 1}); got != want {
		t.Errorf("pointer = %+v, want %+v", got, want)
	}
	if got, want := s.Gloss, "express sharp disapproval"; got != want {
		t.Errorf("gloss = %q, want %q", got, want)
	}
	if got, want := db.Senses("envoy", Noun)[0].LexName(), "noun.person"; got != want {
		t.Errorf("LexName = %q, want %q", got, want)
	}
}

func TestFormsAndBase(t *testing.T) {
	db := open(t)
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"irregular form of a verb", db.Forms("chide", Verb), []string{"chid"}},
		{"no irregular form", db.Forms("berate", Verb), nil},
		{"base of an irregular form", db.Base("chid", Verb), []string{"chide"}},
		{"base by detachment, -ed after e", db.Base("berated", Verb), []string{"berate"}},
		{"base by detachment, -s", db.Base("criticizes", Verb), []string{"criticize"}},
		{"a lemma is its own base", db.Base("Negotiate", Verb), []string{"negotiate"}},
		{"plural noun", db.Base("negotiations", Noun), []string{"negotiation"}},
		{"exception lemma not in the index", db.Base("criteria", Noun), []string{"criterion"}},
		{"multiword lemma", db.Base("security councils", Noun), []string{"security council"}},
		{"unknown word", db.Base("parleyed", Verb), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, tt.got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	db := newDB()
	tests := []struct {
		name, line, want string
		read             func(*fields) error
	}{
		{"bad offset", "x1 32 v 01 a 0 000 | g", "f:1:1: want a base-10 number", db.readData},
		{"bad type", "00000001 32 q 01 a 0 000 | g", "f:1:13: unknown synset type", db.readData},
		{"too few words", "00000001 32 v 02 a 0 000 | g", "f:1:25: line ends early", db.readData},
		{"bad pointer pos", "00000001 32 v 01 a 0 001 @ 00000002 q 0000 | g", "f:1:37: unknown pointer part", db.readData},
		{"index short", "criticize v 2 0 1 0 00000200", "f:1:29: line ends early", db.readIndex},
		{"index count too large", "criticize v 999999999999999999 0 1 0 00000200", "f:1:46: line ends early", db.readIndex},
		{"exception without lemma", "chid", "f:1:5: an irregular form", func(f *fields) error { return db.readExc(Verb, f) }},
		{"line too long", "chid chide\n" + strings.Repeat("x", 2<<20), "f:2:1: bufio.Scanner: token too long", func(f *fields) error { return db.readExc(Verb, f) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := readLines(strings.NewReader(tt.line), "f", tt.read)
			var pe *ParseError
			if !errors.As(err, &pe) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func FuzzReadLines(f *testing.F) {
	f.Add("00000100 32 v 02 rebuke 0 scold 0 002 @ 00000200 v 0000 + 00000300 n 0101 01 + 08 00 | g")
	f.Add("rebuke v 1 2 @ + 1 0 00000100")
	f.Add("chid chide")
	f.Fuzz(func(t *testing.T, line string) {
		db := newDB()
		_ = readLines(strings.NewReader(line), "f", db.readData)
		_ = readLines(strings.NewReader(line), "f", db.readIndex)
		_ = readLines(strings.NewReader(line), "f", func(f *fields) error { return db.readExc(Verb, f) })
	})
}

// TestOpenLineOfAnotherPOS opens a database whose noun index holds a
// line of a verb: read before the verb files, it is stored under the
// verb, never a write to a map not made yet.
func TestOpenLineOfAnotherPOS(t *testing.T) {
	dir := t.TempDir()
	ents, err := os.ReadDir("testdata/dict")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join("testdata/dict", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "index.noun" {
			data = append(data, "upbraid v 1 0 1 0 00000100\n"...)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]string{{"rebuke", "scold"}}, words(db.Senses("upbraid", Verb))); diff != "" {
		t.Errorf("Senses(upbraid, v) mismatch (-want +got):\n%s", diff)
	}
}
