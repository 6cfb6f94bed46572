package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/export"
)

func TestMain(m *testing.M) {
	flag.Parse()
	log.LogLevel = "warn" // not the direct runner's graph dump in go test -v
	beam.Init()
	os.Exit(m.Run())
}

// doc is one input document of the pipeline test and what the library is
// given for it.
type doc struct {
	id   string // raw JSON
	name string // doc_id of its event rows
	text string
	date entity.Date
}

// TestPipeline runs the pipeline on the direct runner over three shards cut
// from testdata/article.txt, two JSONL (one gzipped, with a byte order mark
// and CRLF line ends) and two text files, and checks its output against
// the library run on the same documents: one record per document, the
// same records, the same event rows, and counts that add up to them.
func TestPipeline(t *testing.T) {
	b, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := strings.Split(string(b), "\n")
	in, out := filepath.Join(t.TempDir(), "in"), filepath.Join(t.TempDir(), "out")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	published := entity.Date{Year: 2022, Month: 6, Day: 14} // --date
	var docs []doc
	jsonl := func(name string, lines ...string) {
		t.Helper()
		data := []byte(strings.Join(lines, "\n") + "\n")
		if strings.HasSuffix(name, ".gz") {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(data)
			zw.Close()
			data = buf.Bytes()
		}
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	record := func(id string, text string, date string) string {
		d := published
		if date != "" {
			d, _ = entity.ParseDate(date)
		}
		docs = append(docs, doc{id: strconv.Quote(id), name: id, text: text, date: d})
		r, _ := json.Marshal(map[string]string{"id": id, "text": text, "date": date})
		return string(r)
	}
	var a []string
	for n := 3; n <= 8; n++ { // the story about Seoul and Japan
		a = append(a, record("art-"+strconv.Itoa(n), article[n-1], "2022-06-13"))
	}
	a = append(a, "", `[1, 2]`, `{"id": "no-text"}`, `{"id": "bad-date", "text": "Seoul", "date": "13 June"}`)
	jsonl("a.jsonl", a...)
	var c []string
	for n := 9; n <= 12; n++ { // its background, no dates: --date applies
		c = append(c, record("art-"+strconv.Itoa(n), article[n-1], "")+"\r")
	}
	c[0] = "\xef\xbb\xbf" + c[0]
	jsonl("b.jsonl.gz", c...)
	for _, n := range []int{15, 16} { // datelines
		name := "dateline-" + strconv.Itoa(n) + ".txt"
		if err := os.WriteFile(filepath.Join(in, name), []byte(article[n-1]), 0o644); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc{id: strconv.Quote(name), name: name, text: article[n-1], date: published})
	}

	p, s := beam.NewPipelineWithRoot()
	build(s, options{input: filepath.Join(in, "*"), output: out, shards: 3, date: "2022-06-14"})
	if _, err := beam.Run(context.Background(), "direct", p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}

	// The library on the same documents.
	m, err := loadModels()
	if err != nil {
		t.Fatal(err)
	}
	wantRecords := []string{
		`{"id":null,"error":"a.jsonl: line 8: expected a JSON object with a \"text\" field, got an array"}`,
		`{"id":"no-text","error":"a.jsonl: line 9: record has no \"text\" field"}`,
		`{"id":"bad-date","error":"a.jsonl: line 10: \"date\": want YYYY-MM-DD, got \"13 June\""}`,
	}
	var wantRows []string
	wantCounts := map[string]int{}
	for _, d := range docs {
		parsed := m.tagger.Tag(entity.Input{Text: d.text, Date: d.date})
		rels := m.extractor.Extract(parsed)
		line, err := export.NewRecord(json.RawMessage(d.id), parsed, rels).AppendJSONL(nil)
		if err != nil {
			t.Fatal(err)
		}
		wantRecords = append(wantRecords, strings.TrimSuffix(string(line), "\n"))
		var buf bytes.Buffer
		w := export.NewTSVWriter(&buf)
		for _, ev := range export.Events(d.name, parsed, rels) {
			w.Write(ev)
			date := ev.Date
			if date == "" {
				date = ev.DocDate
			}
			wantCounts[strings.Join([]string{date, ev.Source.Country, ev.Target.Country, ev.Root}, "\t")]++
		}
		w.Flush()
		wantRows = append(wantRows, lines(buf.Bytes())...)
	}
	if len(wantRows) < 10 {
		t.Fatalf("the library found %d events in the test shards; the test needs more to mean something", len(wantRows))
	}

	// What the pipeline wrote.
	header := strings.Join(export.Columns(), "\t")
	var gotRecords, gotRows []string
	for i := range 3 {
		name := "records-0000" + strconv.Itoa(i) + "-of-00003.jsonl"
		gotRecords = append(gotRecords, readLines(t, filepath.Join(out, name))...)
		rows := readLines(t, filepath.Join(out, "events-0000"+strconv.Itoa(i)+"-of-00003.tsv"))
		if len(rows) == 0 || rows[0] != header {
			t.Errorf("events shard %d does not start with the header row %q", i, header)
			continue
		}
		gotRows = append(gotRows, rows[1:]...)
	}
	if got, want := len(gotRecords), len(docs)+3; got != want {
		t.Errorf("%d records, want %d: one per non-blank JSONL line and per text file", got, want)
	}
	wantIDs := []string{`"art-10"`, `"art-11"`, `"art-12"`, `"art-3"`, `"art-4"`, `"art-5"`, `"art-6"`, `"art-7"`, `"art-8"`, `"art-9"`,
		`"bad-date"`, `"dateline-15.txt"`, `"dateline-16.txt"`, `"no-text"`, `null`}
	if diff := cmp.Diff(wantIDs, ids(t, gotRecords)); diff != "" {
		t.Errorf("record ids (-want +got):\n%s", diff)
	}
	slices.Sort(wantRecords)
	slices.Sort(gotRecords)
	if diff := cmp.Diff(wantRecords, gotRecords); diff != "" {
		t.Errorf("records, sorted (-library +pipeline):\n%s", diff)
	}
	slices.Sort(wantRows)
	slices.Sort(gotRows)
	if diff := cmp.Diff(wantRows, gotRows); diff != "" {
		t.Errorf("event rows, sorted (-library +pipeline):\n%s", diff)
	}

	counts := readLines(t, filepath.Join(out, "counts.tsv"))
	if len(counts) == 0 || counts[0] != "date\tsource_country\ttarget_country\troot\tevents" {
		t.Fatalf("counts.tsv has no header row: %q", counts)
	}
	gotCounts := map[string]int{}
	total := 0
	for _, row := range counts[1:] {
		k := strings.LastIndexByte(row, '\t')
		n, err := strconv.Atoi(row[k+1:])
		if err != nil {
			t.Fatalf("counts.tsv: %q: %v", row, err)
		}
		gotCounts[row[:k]] += n
		total += n
	}
	if diff := cmp.Diff(wantCounts, gotCounts); diff != "" {
		t.Errorf("counts.tsv (-library +pipeline):\n%s", diff)
	}
	if total != len(gotRows) {
		t.Errorf("counts.tsv adds up to %d events, the event rows are %d", total, len(gotRows))
	}
	if !slices.IsSorted(counts[1:]) {
		t.Errorf("counts.tsv rows are not sorted")
	}
}

// ids returns the sorted raw JSON ids of records.
func ids(t *testing.T, records []string) []string {
	t.Helper()
	var out []string
	for _, r := range records {
		var v struct{ ID json.RawMessage }
		if err := json.Unmarshal([]byte(r), &v); err != nil {
			t.Fatalf("record %q: %v", r, err)
		}
		out = append(out, string(v.ID))
	}
	slices.Sort(out)
	return out
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return lines(b)
}

func lines(b []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}
