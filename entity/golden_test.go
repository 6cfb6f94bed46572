package entity_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden tags the example article and our own news texts, dated as
// published, with the embedded world gazetteer and compares every mention, and every entity
// with its mentions and references, with the golden files in
// testdata/golden/. Rewrite them with go test ./entity -update
// after checking the change is an improvement.
func TestGolden(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the world gazetteer")
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := entity.NewTagger(g)
	inputs, _ := filepath.Glob("../testdata/news/*.txt")
	inputs = append([]string{"../testdata/article.txt"}, inputs...)
	dates := goldenDates(t)
	for _, in := range inputs {
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			// Dated as published, so that gazetteer roles apply.
			doc := tg.Tag(entity.Input{Text: string(src), Date: entity.DateOf(dates[name])})
			var buf bytes.Buffer
			for _, m := range doc.Mentions {
				line, _ := json.Marshal(struct {
					Start, End                                  int
					Text, Type, ID, Name, Country, Role, Source string
				}{m.Start, m.End, m.Text, m.Type.String(), m.ID, m.Name, m.Country, m.Role, m.Source.String()})
				fmt.Fprintf(&buf, "%s\n", line)
			}
			checkGolden(t, filepath.Join("testdata", "golden", name+".jsonl"), buf.Bytes())
			buf.Reset()
			for _, e := range doc.Entities {
				var ms, refs []string
				for _, k := range e.Mentions {
					ms = append(ms, fmt.Sprintf("%s@%d", doc.Mentions[k].Text, doc.Mentions[k].Start))
				}
				for _, r := range e.Refs {
					refs = append(refs, fmt.Sprintf("%s@%d", r.Text, r.Start))
				}
				line, _ := json.Marshal(struct {
					ID, Name, Type, Country, Role string
					Mentions, Refs                []string
				}{e.ID, e.Name, e.Type.String(), e.Country, e.Role, ms, refs})
				fmt.Fprintf(&buf, "%s\n", line)
			}
			checkGolden(t, filepath.Join("testdata", "golden", name+".entities.jsonl"), buf.Bytes())
		})
	}
}

// goldenDates returns the publication dates of the golden inputs: the
// example article's, and the news texts' from ../testdata/gold.jsonl.
func goldenDates(t *testing.T) map[string]time.Time {
	t.Helper()
	dates := map[string]time.Time{"article.txt": time.Date(2022, 6, 13, 0, 0, 0, 0, time.UTC)}
	f, err := os.ReadFile("../testdata/gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for line := range bytes.Lines(f) {
		var r struct{ File, Date string }
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("../testdata/gold.jsonl: %v", err)
		}
		d, err := time.Parse("2006-01-02", r.Date)
		if err != nil {
			t.Fatalf("../testdata/gold.jsonl: %s: %v", r.File, err)
		}
		dates[filepath.Base(r.File)] = d
	}
	return dates
}

// checkGolden compares got with the golden file, or rewrites the file
// with -update.
func checkGolden(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./entity -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", golden, diff)
	}
}
