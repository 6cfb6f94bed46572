package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// articlePath is the project's example article (RT.com, 13 June 2022).
const articlePath = "../../testdata/article.txt"

// TestGoldenArticle runs the pipeline on the example article and compares
// the result with testdata/article.golden.jsonl (the exact -jsonl output
// line), testdata/article.golden.txt (the readable report) and
// testdata/article.golden.tsv (the -format tsv event rows). After a
// deliberate change to the tagger, the extractor or their data, rewrite them
// with
//
//	go test ./cmd/geoextract -run Golden -update
//
// and review the diff of the report.
func TestGoldenArticle(t *testing.T) {
	p := mustPipeline(t)
	article, err := os.ReadFile(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	in, err := json.Marshal(map[string]string{"id": "article", "text": string(article), "date": "2022-06-13"})
	if err != nil {
		t.Fatal(err)
	}
	gotJSONL := runLines(t, p, string(in)+"\n", 1, maxLineBytes)
	lines := parseOutput(t, gotJSONL)
	if len(lines) != 1 || lines[0].Error != nil {
		t.Fatalf("want one result line, got:\n%s", gotJSONL)
	}
	checkSpans(t, string(article), lines[0])

	published, err := entity.ParseDate("2022-06-13")
	if err != nil {
		t.Fatal(err)
	}
	var gotReport bytes.Buffer
	if err := writeReport(&gotReport, "testdata/article.txt", published, p.analyze(string(article), published)); err != nil {
		t.Fatal(err)
	}

	gotTSV := runLines(t, p, string(in)+"\n", 1, maxLineBytes, formatTSV)

	for _, g := range []struct {
		file string
		got  []byte
	}{
		{"article.golden.jsonl", gotJSONL},
		{"article.golden.txt", gotReport.Bytes()},
		{"article.golden.tsv", gotTSV},
	} {
		path := filepath.Join("testdata", g.file)
		if *update {
			if err := os.WriteFile(path, g.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (create it with -update)", err)
		}
		if bytes.Equal(want, g.got) {
			continue
		}
		// Show the difference line by line; for the JSONL file, item by item.
		wantLines, gotLines := splitLines(want), splitLines(g.got)
		if filepath.Ext(path) == ".jsonl" {
			wantLines, gotLines = jsonItems(t, want), jsonItems(t, g.got)
		}
		t.Errorf("%s differs from the pipeline's output (-want +got); rerun with -update if the change is intended:\n%s",
			path, cmp.Diff(wantLines, gotLines))
	}
}

func splitLines(b []byte) []string {
	var out []string
	for _, l := range bytes.Split(b, []byte("\n")) {
		out = append(out, string(l))
	}
	return out
}

// jsonItems lists the entities and relations of a JSONL result line, one
// compact JSON object each, so that a diff shows what changed.
func jsonItems(t *testing.T, b []byte) []string {
	t.Helper()
	var r struct {
		Entities  []json.RawMessage `json:"entities"`
		Relations []json.RawMessage `json:"relations"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return splitLines(b)
	}
	var out []string
	for _, e := range r.Entities {
		out = append(out, "entity "+string(e))
	}
	for _, e := range r.Relations {
		out = append(out, "relation "+string(e))
	}
	return out
}
