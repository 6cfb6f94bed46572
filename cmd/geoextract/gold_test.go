package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
)

// goldRecord is one line of ../../testdata/gold.jsonl, the hand-annotated
// news articles of testdata/news/ in the scorer's gold format.
type goldRecord struct {
	ID        string         `json:"id"`
	File      string         `json:"file"`
	Date      string         `json:"date"`
	Text      string         `json:"text"`
	Entities  []goldSpan     `json:"entities"`
	Ignore    []goldSpan     `json:"ignore"`
	Relations []goldRelation `json:"relations"`
}

type goldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
}

type goldArg struct {
	Name     string   `json:"name"`
	ID       *string  `json:"id"`
	Mentions []string `json:"mentions"`
}

type goldRelation struct {
	Sentence  string   `json:"sentence"`
	Subject   goldArg  `json:"subject"`
	Predicate string   `json:"predicate"`
	CAMEO     string   `json:"cameo"`
	Trigger   string   `json:"trigger"`
	Object    *goldArg `json:"object"`
	Negated   bool     `json:"negated"`
	Modality  string   `json:"modality"`
	Coref     bool     `json:"coref"`
}

// TestGoldData checks the repository's gold file: every span is the byte
// slice it claims, types and predicates are those of the contract, every
// sentence, trigger and mention is where it says, and each text is its
// testdata/news file.
func TestGoldData(t *testing.T) {
	f, err := os.Open("../../testdata/gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	ids := map[string]bool{}
	n := 0
	for lineno := 1; sc.Scan(); lineno++ {
		var r goldRecord
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("gold.jsonl:%d: %v", lineno, err)
		}
		n++
		where := r.ID
		if r.ID == "" || ids[r.ID] {
			t.Errorf("gold.jsonl:%d: empty or repeated id %q", lineno, r.ID)
		}
		ids[r.ID] = true
		if _, err := entity.ParseDate(r.Date); err != nil {
			t.Errorf("%s: date: %v", where, err)
		}
		src, err := os.ReadFile(filepath.Join("../../testdata", r.File))
		if err != nil {
			t.Errorf("%s: %v", where, err)
		} else if string(src) != r.Text {
			t.Errorf("%s: text differs from %s", where, r.File)
		}
		prevEnd := 0
		for _, e := range r.Entities {
			if e.Start < prevEnd {
				t.Errorf("%s: entity %q at %d overlaps or precedes the one before", where, e.Text, e.Start)
			}
			prevEnd = e.End
			checkGoldSpan(t, where, r.Text, e)
			switch e.Type {
			case "PERSON", "GPE", "ORG", "LOC", "NORP", "EVENT":
			default:
				t.Errorf("%s: entity %q has type %q", where, e.Text, e.Type)
			}
		}
		for _, e := range r.Ignore {
			checkGoldSpan(t, where, r.Text, e)
		}
		for i, rel := range r.Relations {
			if strings.Count(r.Text, rel.Sentence) != 1 {
				t.Errorf("%s: relation %d: sentence found %d times: %q", where, i, strings.Count(r.Text, rel.Sentence), rel.Sentence)
			}
			if !strings.Contains(rel.Sentence, rel.Trigger) || rel.Trigger == "" {
				t.Errorf("%s: relation %d: trigger %q not in its sentence", where, i, rel.Trigger)
			}
			if code, ok := predicateCodes[rel.Predicate]; !ok || !strings.HasPrefix(rel.CAMEO, code) {
				t.Errorf("%s: relation %d: predicate %q with CAMEO %q", where, i, rel.Predicate, rel.CAMEO)
			}
			switch rel.Modality {
			case "asserted", "possible", "intended", "hypothetical":
			default:
				t.Errorf("%s: relation %d: modality %q", where, i, rel.Modality)
			}
			args := []*goldArg{&rel.Subject}
			if rel.Object != nil {
				args = append(args, rel.Object)
			}
			for _, a := range args {
				if a.Name == "" || len(a.Mentions) == 0 {
					t.Errorf("%s: relation %d: argument without name or mentions: %+v", where, i, *a)
				}
				if a.ID != nil && len(*a.ID) != 3 {
					t.Errorf("%s: relation %d: argument id %q is not a country code", where, i, *a.ID)
				}
				for _, m := range a.Mentions {
					if !strings.Contains(rel.Sentence, m) {
						t.Errorf("%s: relation %d: mention %q not in its sentence", where, i, m)
					}
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 4 {
		t.Errorf("gold.jsonl has %d records, want at least 4", n)
	}
}

func checkGoldSpan(t *testing.T, where, text string, e goldSpan) {
	t.Helper()
	if e.Start < 0 || e.Start >= e.End || e.End > len(text) {
		t.Errorf("%s: span %d-%d of %q outside the text", where, e.Start, e.End, e.Text)
		return
	}
	if text[e.Start:e.End] != e.Text {
		t.Errorf("%s: text[%d:%d] = %q, gold says %q", where, e.Start, e.End, text[e.Start:e.End], e.Text)
	}
}
