package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

var parseLineCases = []struct {
	name   string
	line   string
	lineno int
	want   string // the input as "id|text|date", or the error record's message
	reason string
}{{
	name: "record", line: `{"id": "a", "text": "Seoul met Tokyo.", "date": "2019-08"}`, lineno: 3,
	want:   `"a"|Seoul met Tokyo.|2019-08`,
	reason: "a record's own date wins over the default",
}, {
	name: "no date", line: `{"id": 7, "text": "x"}`, lineno: 3,
	want:   `7|x|2022-06-14`,
	reason: "a record without a date gets the default; any JSON id is kept as written",
}, {
	name: "byte order mark", line: "\xef\xbb\xbf{\"text\": \"x\", \"date\": null}", lineno: 1,
	want:   `|x|2022-06-14`,
	reason: "a BOM on the first line is skipped; no id is nil; a null date is no date",
}, {
	name: "not an object", line: `[1, 2]`, lineno: 4,
	want:   `line 4: expected a JSON object with a "text" field, got an array`,
	reason: "the line number and what was found",
}, {
	name: "invalid JSON", line: `{"id": "a", "text": }`, lineno: 5,
	want:   `line 5: invalid JSON: invalid character '}' looking for beginning of value`,
	reason: "encoding/json's own message after the line number",
}, {
	name: "no text", line: `{"id": "a"}`, lineno: 6,
	want:   `line 6: record has no "text" field`,
	reason: "the contract's message for a missing text",
}, {
	name: "text not a string", line: `{"id": "a", "text": 3}`, lineno: 7,
	want:   `line 7: "text" must be a string`,
	reason: "the contract's message for a text of the wrong type",
}, {
	name: "bad date", line: `{"text": "x", "date": "June"}`, lineno: 8,
	want:   `line 8: "date": want YYYY-MM-DD, got "June"`,
	reason: "a date that does not parse is the record's error",
}}

func TestParseLine(t *testing.T) {
	published := entity.Date{Year: 2022, Month: 6, Day: 14}
	for _, tc := range parseLineCases {
		t.Run(tc.name, func(t *testing.T) {
			in, bad := parseLine([]byte(tc.line), tc.lineno, published)
			got := string(in.ID) + "|" + in.Text + "|" + in.Date.String()
			if bad != nil {
				got = bad.Error
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nparseLine(%q) mismatch (-want +got):\n%s", tc.reason, tc.line, diff)
			}
		})
	}
}

func FuzzParseLine(f *testing.F) {
	for _, tc := range parseLineCases {
		f.Add([]byte(tc.line), tc.lineno)
	}
	f.Fuzz(func(t *testing.T, line []byte, lineno int) {
		in, bad := parseLine(line, lineno, entity.Date{})
		if bad != nil {
			if !strings.HasPrefix(bad.Error, "line ") {
				t.Errorf("error %q does not start with the line number", bad.Error)
			}
			if bad.ID != nil && !json.Valid(bad.ID) {
				t.Errorf("error id %q is not JSON", bad.ID)
			}
			return
		}
		if in.ID != nil && (!json.Valid(in.ID) || !utf8.Valid(in.ID)) {
			t.Errorf("id %q is not valid UTF-8 JSON", in.ID)
		}
	})
}

var splitLinesCases = []struct {
	name   string
	in     string
	want   []string // "N:line", "N:too long"
	reason string
}{{
	name: "lines", in: "a\nbb\n", want: []string{"1:a", "2:bb"},
	reason: "one call per line, without the newline",
}, {
	name: "blank lines", in: "a\n\n  \t\nb\n", want: []string{"1:a", "4:b"},
	reason: "blank lines are skipped but counted, so that line numbers stay those of the file",
}, {
	name: "crlf", in: "a\r\nb\r\n", want: []string{"1:a", "2:b"},
	reason: "CRLF line ends",
}, {
	name: "no final newline", in: "a\nb", want: []string{"1:a", "2:b"},
	reason: "a last line without a newline is a line",
}, {
	name: "too long", in: "12345678\n123456789\nok\n", want: []string{"1:12345678", "2:too long", "3:ok"},
	reason: "a line over the limit (8 bytes here) is reported, and the next line is read",
}, {
	name: "too long at the end", in: "ok\n123456789", want: []string{"1:ok", "2:too long"},
	reason: "a last line over the limit",
}, {
	name: "empty", in: "", want: nil,
	reason: "no input, no lines",
}}

func TestSplitLines(t *testing.T) {
	for _, tc := range splitLinesCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := collectLines(tc.in, 8)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nsplitLines(%q) mismatch (-want +got):\n%s", tc.reason, tc.in, diff)
			}
		})
	}
}

func collectLines(in string, max int) ([]string, error) {
	var got []string
	err := splitLines(strings.NewReader(in), max, func(n int, line []byte, tooLong bool) {
		s := string(line)
		if tooLong {
			s = "too long"
		}
		got = append(got, strconv.Itoa(n)+":"+s)
	})
	return got, err
}

func FuzzSplitLines(f *testing.F) {
	for _, tc := range splitLinesCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		last := 0
		err := splitLines(strings.NewReader(in), 8, func(n int, line []byte, tooLong bool) {
			if n <= last {
				t.Errorf("line %d after line %d", n, last)
			}
			last = n
			if len(line) > 8 || bytes.ContainsRune(line, '\n') || (!tooLong && len(bytes.TrimSpace(line)) == 0) {
				t.Errorf("line %d: %q is over the limit, holds a newline or is blank", n, line)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Count(in, "\n") + 1; last > want {
			t.Errorf("line number %d in an input of %d lines", last, want)
		}
	})
}

func TestIsJSONL(t *testing.T) {
	got := map[string]bool{}
	for _, p := range []string{"a.jsonl", "dir/a.ndjson", "a.jsonl.gz", "a.txt", "a.json", "a.txt.gz", "jsonl"} {
		got[p] = isJSONL(p)
	}
	want := map[string]bool{"a.jsonl": true, "dir/a.ndjson": true, "a.jsonl.gz": true, "a.txt": false, "a.json": false, "a.txt.gz": false, "jsonl": false}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("isJSONL mismatch (-want +got):\n%s", diff)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	ok := options{input: filepath.Join("..", "testdata", "*.txt"), output: dir, shards: 1}
	for _, tc := range []struct {
		name string
		edit func(*options)
		want string
	}{
		{"fine", func(*options) {}, ""},
		{"no input", func(o *options) { o.input = "" }, "--input GLOB is required"},
		{"no output", func(o *options) { o.output = "" }, "--output DIR is required"},
		{"no shards", func(o *options) { o.shards = 0 }, "--shards 0: want at least 1"},
		{"bad date", func(o *options) { o.date = "13 June" }, `--date: want YYYY-MM-DD, got "13 June"`},
		{"no match", func(o *options) { o.input = filepath.Join(dir, "*.jsonl") }, "--input " + filepath.Join(dir, "*.jsonl") + ": no file matches"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := ok
			tc.edit(&o)
			got := ""
			if err := check(context.Background(), o); err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("check mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
