package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/export"
)

// TestFormat runs -format tsv and csv through run, on files and on JSONL
// records: a header row, then one row per relation of every input, in
// input order; a record that cannot be processed is reported on stderr.
func TestFormat(t *testing.T) {
	talksFile := writeFile(t, "talks.txt", talks)
	header := strings.Join(export.Columns(), "\t")
	for _, tc := range []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantRows   []string // doc_id and predicate of each row
		wantStderr string
		reason     string
	}{{
		name:     "tsv of files",
		args:     []string{"-format", "tsv", talksFile, talksFile},
		wantRows: []string{talksFile + " CONSULT", talksFile + " CONSULT"},
		reason:   "one header, then the rows of every file, named by the file",
	}, {
		name:     "csv of files",
		args:     []string{"-format", "csv", talksFile},
		wantRows: []string{talksFile + " CONSULT"},
		reason:   "csv has the same rows",
	}, {
		name:     "tsv of JSONL records",
		args:     []string{"-jsonl", "-format", "tsv"},
		stdin:    `{"id":"a","text":"` + talks + `"}` + "\n" + `{"id":7,"text":"Chad."}` + "\n" + `{"id":"c","text":"` + talks + `"}` + "\n",
		wantRows: []string{"a CONSULT", "c CONSULT"},
		reason:   "a record without relations has no row; string ids are unquoted",
	}, {
		name:       "tsv of JSONL with a bad record",
		args:       []string{"-jsonl", "-format", "tsv"},
		stdin:      "[1]\n" + `{"id":"a","text":"` + talks + `"}` + "\n",
		wantCode:   1,
		wantRows:   []string{"a CONSULT"},
		wantStderr: `geoextract: line 1: expected a JSON object with a "text" field, got an array`,
		reason:     "the bad record is named on stderr, the others are written, and the exit status says one was left out",
	}, {
		name:     "header alone",
		args:     []string{"-jsonl", "-format", "csv"},
		stdin:    "",
		wantRows: nil,
		reason:   "no input still gives the header, so that the file loads",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.stdin, tc.args...)
			if code != tc.wantCode {
				t.Fatalf("%s\nrun(%q) = %d, want %d; stderr:\n%s", tc.reason, tc.args, code, tc.wantCode, stderr)
			}
			if !strings.Contains(stderr, tc.wantStderr) {
				t.Errorf("%s\nstderr does not contain %q:\n%s", tc.reason, tc.wantStderr, stderr)
			}
			var rows [][]string
			if tc.args[len(tc.args)-1] == "csv" || (len(tc.args) > 1 && tc.args[1] == "csv") {
				var err error
				if rows, err = csv.NewReader(strings.NewReader(stdout)).ReadAll(); err != nil {
					t.Fatalf("output is not CSV: %v\n%s", err, stdout)
				}
			} else {
				for _, l := range strings.SplitAfter(stdout, "\n") {
					if l != "" {
						rows = append(rows, strings.Split(strings.TrimSuffix(l, "\n"), "\t"))
					}
				}
			}
			if len(rows) == 0 || strings.Join(rows[0], "\t") != header {
				t.Fatalf("%s\nfirst row is not the header:\n%s", tc.reason, stdout)
			}
			var got []string
			for _, r := range rows[1:] {
				if len(r) != len(export.Columns()) {
					t.Fatalf("row has %d cells, want %d: %q", len(r), len(export.Columns()), r)
				}
				got = append(got, r[0]+" "+r[17])
			}
			if diff := cmp.Diff(tc.wantRows, got); diff != "" {
				t.Errorf("%s\nrows mismatch (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestJSONLFlushesEachLine checks that a record's output line is written as
// soon as it is done, while the input is still open (issue #12: it waited
// in a 4 KB buffer, so a run killed by a timeout lost finished records).
func TestJSONLFlushesEachLine(t *testing.T) {
	p := mustPipeline(t)
	for _, format := range []outputFormat{formatJSONL, formatTSV} {
		inR, inW := io.Pipe()
		outR, outW := io.Pipe()
		done := make(chan error, 1)
		go func() {
			done <- p.runBatch(context.Background(), inR, outW, batchOptions{workers: 2, format: format})
			outW.Close()
		}()
		lines := bufio.NewReader(outR)
		if format != formatJSONL {
			if _, err := lines.ReadString('\n'); err != nil { // the header
				t.Fatal(err)
			}
		}
		for i, id := range []string{"one", "two"} {
			if _, err := io.WriteString(inW, `{"id":"`+id+`","text":"`+talks+`"}`+"\n"); err != nil {
				t.Fatal(err)
			}
			got := make(chan string, 1)
			go func() { l, _ := lines.ReadString('\n'); got <- l }()
			select {
			case l := <-got:
				if !strings.Contains(l, id) {
					t.Errorf("format %d: output line %d = %q, want the record %q", format, i+1, l, id)
				}
			case <-time.After(time.Minute): // a deadlock guard, not a timing
				t.Fatalf("format %d: record %q was not written while the input stayed open", format, id)
			}
		}
		inW.Close()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

// fakeClock advances by step each time it is read.
type fakeClock struct {
	t    time.Time
	step time.Duration
}

func (c *fakeClock) now() time.Time { c.t = c.t.Add(c.step); return c.t }

// TestProgress checks the progress report with a fake clock: records done,
// records per second, and the share and time left when the size is known.
func TestProgress(t *testing.T) {
	for _, tc := range []struct {
		name    string
		total   int64
		inPlace bool
		want    string
		reason  string
	}{{
		name:  "known size",
		total: 400,
		want: "geoextract: 1 records, 1.0 records/s, 25%, ETA 3s\n" +
			"geoextract: 2 records, 1.0 records/s, 50%, ETA 2s\n" +
			"geoextract: 3 records, 1.0 records/s, 75%, ETA 1s\n" +
			"geoextract: 4 records, 1.0 records/s, 100%, ETA 0s\n" +
			"geoextract: 4 records, 0.8 records/s in 5s\n",
		reason: "a file on stdin: the share of bytes read gives the time left",
	}, {
		name:  "unknown size",
		total: 0,
		want: "geoextract: 1 records, 1.0 records/s\n" +
			"geoextract: 2 records, 1.0 records/s\n" +
			"geoextract: 3 records, 1.0 records/s\n" +
			"geoextract: 4 records, 1.0 records/s\n" +
			"geoextract: 4 records, 0.8 records/s in 5s\n",
		reason: "a pipe: no share and no ETA",
	}, {
		name:    "terminal",
		total:   0,
		inPlace: true,
		want: "\rgeoextract: 1 records, 1.0 records/s\x1b[K" +
			"\rgeoextract: 2 records, 1.0 records/s\x1b[K" +
			"\rgeoextract: 3 records, 1.0 records/s\x1b[K" +
			"\rgeoextract: 4 records, 1.0 records/s\x1b[K" +
			"\rgeoextract: 4 records, 0.8 records/s in 5s\x1b[K\n",
		reason: "on a terminal the line is redrawn in place",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			clock := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), step: time.Second}
			p := newProgress(&out, tc.total, tc.inPlace, clock.now)
			for i := int64(1); i <= 4; i++ {
				p.record(100 * i)
			}
			p.finish()
			if diff := cmp.Diff(tc.want, out.String()); diff != "" {
				t.Errorf("%s\nprogress mismatch (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
	var nilProgress *progress
	nilProgress.record(1) // a nil progress reports nothing
	nilProgress.finish()
}

// TestBatchProgress runs a batch with a progress report and checks that it
// counts every record.
func TestBatchProgress(t *testing.T) {
	p := mustPipeline(t)
	in := `{"id":1,"text":"Chad."}` + "\n\n" + `{"id":2,"text":"Mali."}` + "\n[1]\n"
	var stderr bytes.Buffer
	clock := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), step: time.Second}
	o := batchOptions{workers: 2, progress: newProgress(&stderr, int64(len(in)), false, clock.now)}
	if err := p.runBatch(context.Background(), strings.NewReader(in), io.Discard, o); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	if got, want := lines[len(lines)-2], "geoextract: 3 records, 1.0 records/s, 100%, ETA 0s"; got != want {
		t.Errorf("last update = %q, want %q\n%s", got, want, stderr.String())
	}
	if got, want := lines[len(lines)-1], "geoextract: 3 records, 0.8 records/s in 4s"; got != want {
		t.Errorf("final line = %q, want %q", got, want)
	}
}
