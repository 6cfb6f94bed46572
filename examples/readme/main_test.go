package main

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/relation"
)

// TestREADME checks that the README quotes this program verbatim, whole,
// in one Go block: what a reader pastes is what the compiler checked.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	if block := "```go\n" + string(src) + "```\n"; !strings.Contains(string(readme), block) {
		t.Errorf("README.md does not quote examples/readme/main.go whole in a ```go block; paste it again")
	}
}

// TestRun checks what the program prints.
func TestRun(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout := os.Stdout
	os.Stdout = f
	defer func() { os.Stdout = stdout }()
	main()
	got, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	want := `South Korean   NORP   KOR
Lee Jong-sup   PERSON person/lee-jong-sup
Japanese       NORP   JPN
Singapore      GPE    SGP
North Korea    GPE    PRK
Lee Jong-sup CONSULT Japan asserted 2022-06-12
North Korea EXHIBIT_FORCE_POSTURE - possible 
`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

// TestREADMEData checks that every YAML block of the README loads as what
// it shows: a gazetteer file (a block with entities:), a relation
// lexicon (triggers: or words:) or else a frames, accusals or roots file
// (relation.LoadFrames, LoadAccusals, LoadRoots), so that a reader who
// copies one into a file gets no error.
func TestREADMEData(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := 0
	for rest := string(readme); ; {
		_, after, ok := strings.Cut(rest, "```yaml\n")
		if !ok {
			break
		}
		block, next, ok := strings.Cut(after, "```")
		if !ok {
			t.Fatal("README.md: a ```yaml block is not closed")
		}
		rest = next
		blocks++
		switch {
		case strings.Contains(block, "\nentities:"):
			if _, err := gazetteer.Load(strings.NewReader(block), "README.md"); err != nil {
				t.Errorf("README gazetteer block does not load: %v\n%s", err, block)
			}
		case strings.HasPrefix(block, "triggers:"), strings.HasPrefix(block, "words:"):
			if _, err := relation.LoadLexicon(strings.NewReader(block), "README.md"); err != nil {
				t.Errorf("README lexicon block does not load: %v\n%s", err, block)
			}
		default:
			if !loadsAsRules(block) {
				t.Errorf("README yaml block is no gazetteer, lexicon, frames, accusals or roots file:\n%s", block)
			}
		}
	}
	if blocks == 0 {
		t.Error("README.md has no ```yaml block")
	}
}

// loadsAsRules reports whether block loads as a frames, accusals or roots
// file (their keys do not overlap, so it is one of them).
func loadsAsRules(block string) bool {
	if _, err := relation.LoadFrames(strings.NewReader(block), "README.md"); err == nil {
		return true
	}
	if _, err := relation.LoadAccusals(strings.NewReader(block), "README.md"); err == nil {
		return true
	}
	_, err := relation.LoadRoots(strings.NewReader(block), "README.md")
	return err == nil
}
