package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/export"
)

// testPipeline is the default pipeline (embedded world data and lexicon),
// built once for all tests: it is immutable and safe for concurrent use.
var testPipeline = sync.OnceValues(func() (*pipeline, error) { return newPipeline(config{}) })

func mustPipeline(t testing.TB) *pipeline {
	t.Helper()
	p, err := testPipeline()
	if err != nil {
		t.Fatalf("newPipeline: %v", err)
	}
	return p
}

// outLine is the part of an output line that the JSONL tests compare: the
// echoed id, the error, the entities as "text/TYPE/id" and the predicates.
// Tests pick sentences whose entities (country names) are stable as the
// tagger improves; exact output is checked by the golden test.
type outLine struct {
	ID         string // raw JSON
	Error      string
	Entities   []string
	Predicates []string
}

// wireLine is an output line as the evaluation reads it.
type wireLine struct {
	ID        json.RawMessage   `json:"id"`
	Error     *string           `json:"error"`
	Entities  []export.Entity   `json:"entities"`
	Relations []export.Relation `json:"relations"`
}

// parseOutput splits JSONL output into lines, failing the test on anything
// that is not one JSON object per line with the fields of the contract.
func parseOutput(t testing.TB, out []byte) []wireLine {
	t.Helper()
	var lines []wireLine
	for i, l := range bytes.SplitAfter(out, []byte("\n")) {
		if len(l) == 0 {
			continue
		}
		if l[len(l)-1] != '\n' {
			t.Fatalf("output line %d does not end in a newline: %q", i+1, l)
		}
		if !utf8.Valid(l) {
			t.Errorf("output line %d is not valid UTF-8: %q", i+1, l)
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(l, &raw); err != nil {
			t.Fatalf("output line %d is not a JSON object: %v\n%s", i+1, err, l)
		}
		if _, ok := raw["id"]; !ok {
			t.Errorf("output line %d has no id: %s", i+1, l)
		}
		_, isErr := raw["error"]
		_, hasEnt := raw["entities"]
		_, hasRel := raw["relations"]
		if isErr == (hasEnt || hasRel) || hasEnt != hasRel {
			t.Errorf("output line %d: want either error or entities and relations: %s", i+1, l)
		}
		for _, k := range []string{"entities", "relations"} {
			if v, ok := raw[k]; ok && string(v) == "null" {
				t.Errorf("output line %d: %s is null, want a list: %s", i+1, k, l)
			}
		}
		var w wireLine
		if err := json.Unmarshal(l, &w); err != nil {
			t.Fatalf("output line %d: %v", i+1, err)
		}
		lines = append(lines, w)
	}
	return lines
}

func summarize(lines []wireLine) []outLine {
	out := make([]outLine, 0, len(lines))
	for _, w := range lines {
		o := outLine{ID: string(w.ID)}
		if w.Error != nil {
			o.Error = *w.Error
		}
		for _, e := range w.Entities {
			o.Entities = append(o.Entities, e.Text+"/"+e.Type+"/"+e.ID)
		}
		for _, r := range w.Relations {
			o.Predicates = append(o.Predicates, r.Predicate)
		}
		out = append(out, o)
	}
	return out
}

// runLines runs the JSONL mode of p over in, writing JSONL or the format
// given.
func runLines(t testing.TB, p *pipeline, in string, workers, maxLine int, format ...outputFormat) []byte {
	t.Helper()
	var out bytes.Buffer
	o := batchOptions{workers: workers, maxLine: maxLine}
	if len(format) > 0 {
		o.format = format[0]
	}
	if err := p.runBatch(context.Background(), strings.NewReader(in), &out, o); err != nil {
		t.Fatalf("runBatch: %v", err)
	}
	return out.Bytes()
}

const talks = "Japan and South Korea held talks in Tokyo."

var talksEntities = []string{"Japan/GPE/JPN", "South Korea/GPE/KOR", "Tokyo/GPE/JPN"}

// jsonlTests are JSONL inputs and the lines they must produce. The fuzz
// test is seeded with their inputs.
var jsonlTests = []struct {
	name   string
	in     string
	want   []outLine
	reason string
}{{
	name:   "good record",
	in:     `{"id":"a","text":"` + talks + `"}` + "\n",
	want:   []outLine{{ID: `"a"`, Entities: talksEntities, Predicates: []string{"CONSULT"}}},
	reason: "entities with their links and the relation come back under the same id",
}, {
	name:   "record with date",
	in:     `{"id":"b","text":"` + talks + `","date":"2022-06-13"}` + "\n",
	want:   []outLine{{ID: `"b"`, Entities: talksEntities, Predicates: []string{"CONSULT"}}},
	reason: "a date is optional and does not change the mentions",
}, {
	name:   "year-month date",
	in:     `{"id":"b2","text":"Chad.","date":"2022-06"}` + "\n",
	want:   []outLine{{ID: `"b2"`, Entities: []string{"Chad/GPE/TCD"}}},
	reason: "YYYY-MM and YYYY are accepted as less precise dates",
}, {
	name:   "invalid JSON",
	in:     `{"id":"c", "text": Japan}` + "\n",
	want:   []outLine{{ID: "null", Error: "line 1: invalid JSON: "}},
	reason: "a line that is not JSON still gets its output line, with id null and the line number",
}, {
	name:   "JSON that is not an object",
	in:     `["Japan"]` + "\n",
	want:   []outLine{{ID: "null", Error: `line 1: expected a JSON object with a "text" field, got an array`}},
	reason: "only objects are records; the message says so in the user's words, not Go's (issue #12)",
}, {
	name: "a number for a record",
	in:   "[1]\n42\n\"Japan\"\n",
	want: []outLine{
		{ID: "null", Error: `line 1: expected a JSON object with a "text" field, got an array`},
		{ID: "null", Error: `line 2: expected a JSON object with a "text" field, got a number`},
		{ID: "null", Error: `line 3: expected a JSON object with a "text" field, got a string`},
	},
	reason: "echo '[1]' | geoextract -jsonl names what it got (issue #12)",
}, {
	name: "id with invalid UTF-8",
	in:   "{\"id\":\"ab\xff\xfe\",\"text\":\"Chad.\"}\n{\"id\":\"c\xff\"}\n",
	want: []outLine{
		{ID: "\"ab\uFFFD\uFFFD\"", Entities: []string{"Chad/GPE/TCD"}},
		{ID: "\"c\uFFFD\"", Error: `line 2: record has no "text" field`},
	},
	reason: "the id is written with U+FFFD, as text is decoded, so that every output line is valid UTF-8 (issue #12)",
}, {
	name:   "record without text",
	in:     `{"id":"d","date":"2022-06-13"}` + "\n",
	want:   []outLine{{ID: `"d"`, Error: `line 1: record has no "text" field`}},
	reason: "the id is known, so it is echoed with the error",
}, {
	name:   "text null",
	in:     `{"id":"d2","text":null}` + "\n",
	want:   []outLine{{ID: `"d2"`, Error: `line 1: record has no "text" field`}},
	reason: "null is the same as a missing text",
}, {
	name:   "text not a string",
	in:     `{"id":"e","text":42}` + "\n",
	want:   []outLine{{ID: `"e"`, Error: `line 1: "text" must be a string`}},
	reason: "a wrong type in a field keeps the id in the error line",
}, {
	name:   "empty text",
	in:     `{"id":"e2","text":""}` + "\n",
	want:   []outLine{{ID: `"e2"`}},
	reason: "an empty text has no entities and no relations, as empty lists",
}, {
	name:   "bad date",
	in:     `{"id":"f","text":"Chad.","date":"13/06/2022"}` + "\n",
	want:   []outLine{{ID: `"f"`, Error: `line 1: "date": want YYYY-MM-DD, got "13/06/2022"`}},
	reason: "dates are ISO 8601",
}, {
	name:   "impossible date",
	in:     `{"id":"f2","text":"Chad.","date":"2022-02-30"}` + "\n",
	want:   []outLine{{ID: `"f2"`, Error: `line 1: "date": want YYYY-MM-DD, got "2022-02-30"`}},
	reason: "a date must exist",
}, {
	name:   "date not a string",
	in:     `{"id":"f3","text":"Chad.","date":20220613}` + "\n",
	want:   []outLine{{ID: `"f3"`, Error: `line 1: "date" must be a string (YYYY-MM-DD)`}},
	reason: "a number is not a date",
}, {
	name:   "date null",
	in:     `{"id":"f4","text":"Chad.","date":null}` + "\n",
	want:   []outLine{{ID: `"f4"`, Entities: []string{"Chad/GPE/TCD"}}},
	reason: "null is the same as no date",
}, {
	name: "numeric and string ids",
	in: `{"id":17,"text":"Chad."}` + "\n" +
		`{"id":"17","text":"Chad."}` + "\n" +
		`{"id":12345678901234567890123,"text":"Chad."}` + "\n" +
		`{"id":1.5e3,"text":"Chad."}` + "\n",
	want: []outLine{
		{ID: `17`, Entities: []string{"Chad/GPE/TCD"}},
		{ID: `"17"`, Entities: []string{"Chad/GPE/TCD"}},
		{ID: `12345678901234567890123`, Entities: []string{"Chad/GPE/TCD"}},
		{ID: `1.5e3`, Entities: []string{"Chad/GPE/TCD"}},
	},
	reason: "ids are echoed exactly as written, keeping their JSON type and every digit",
}, {
	name: "missing and null ids",
	in:   `{"text":"Chad."}` + "\n" + `{"id":null,"text":"Chad."}` + "\n",
	want: []outLine{
		{ID: `null`, Entities: []string{"Chad/GPE/TCD"}},
		{ID: `null`, Entities: []string{"Chad/GPE/TCD"}},
	},
	reason: "a record without an id is processed and its id is null",
}, {
	name: "blank lines skipped",
	in:   "\n   \n" + `{"id":"g","text":"Chad."}` + "\n\t\n" + `{"id":"h", oops}` + "\n\n",
	want: []outLine{
		{ID: `"g"`, Entities: []string{"Chad/GPE/TCD"}},
		{ID: `null`, Error: "line 5: invalid JSON: "},
	},
	reason: "blank lines give no output but still count in line numbers",
}, {
	name: "CRLF line endings",
	in:   `{"id":"i","text":"Chad."}` + "\r\n" + "\r\n" + `{"id":"j","text":"Japan."}` + "\r\n",
	want: []outLine{
		{ID: `"i"`, Entities: []string{"Chad/GPE/TCD"}},
		{ID: `"j"`, Entities: []string{"Japan/GPE/JPN"}},
	},
	reason: "files written on Windows work the same",
}, {
	name:   "last line without newline",
	in:     `{"id":"k","text":"Chad."}`,
	want:   []outLine{{ID: `"k"`, Entities: []string{"Chad/GPE/TCD"}}},
	reason: "the last record needs no line ending",
}, {
	name:   "byte order mark",
	in:     "\xef\xbb\xbf" + `{"id":"l","text":"Chad."}` + "\n",
	want:   []outLine{{ID: `"l"`, Entities: []string{"Chad/GPE/TCD"}}},
	reason: "editors on Windows start UTF-8 files with a BOM",
}, {
	name:   "non-UTF-8 bytes",
	in:     `{"id":"m","text":"Japan` + "\xff\xfe" + ` and Chad."}` + "\n",
	want:   []outLine{{ID: `"m"`, Entities: []string{"Japan/GPE/JPN", "Chad/GPE/TCD"}}},
	reason: "invalid bytes in a string become U+FFFD, as encoding/json decodes them; offsets refer to the decoded text",
}, {
	name:   "unknown fields ignored",
	in:     `{"id":"n","text":"Chad.","source":"wire","entities":[]}` + "\n",
	want:   []outLine{{ID: `"n"`, Entities: []string{"Chad/GPE/TCD"}}},
	reason: "gold files carry more fields; they are not input",
}, {
	name: "error lines keep their place",
	in: `{"id":1,"text":"Chad."}` + "\n" + `{"id":2}` + "\n" + `{"id":3,"text":"Japan."}` + "\n" +
		`not json` + "\n" + `{"id":5,"text":"Chad."}` + "\n",
	want: []outLine{
		{ID: `1`, Entities: []string{"Chad/GPE/TCD"}},
		{ID: `2`, Error: `line 2: record has no "text" field`},
		{ID: `3`, Entities: []string{"Japan/GPE/JPN"}},
		{ID: `null`, Error: "line 4: invalid JSON: "},
		{ID: `5`, Entities: []string{"Chad/GPE/TCD"}},
	},
	reason: "one output line per input line, in order, errors included",
}}

func TestJSONL(t *testing.T) {
	p := mustPipeline(t)
	for _, tc := range jsonlTests {
		t.Run(tc.name, func(t *testing.T) {
			got := summarize(parseOutput(t, runLines(t, p, tc.in, 2, maxLineBytes)))
			// Error messages of encoding/json vary: the want gives a prefix.
			for i := range got {
				if i < len(tc.want) && tc.want[i].Error != "" && strings.HasPrefix(got[i].Error, tc.want[i].Error) {
					got[i].Error = tc.want[i].Error
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nrunJSONL(%q) mismatch (-want +got):\n%s", tc.reason, tc.in, diff)
			}
		})
	}
}

// TestJSONLSpans checks the offsets of every entity and relation on inputs
// with multi-byte and invalid characters.
func TestJSONLSpans(t *testing.T) {
	p := mustPipeline(t)
	for _, in := range []string{
		`{"id":1,"text":"São Tomé and Príncipe protested to Côte d'Ivoire, and Japan condemned China."}`,
		`{"id":2,"text":"\u00e9\u00e9\u00e9 Russia attacked Ukraine \ud83d\ude00 on Monday."}`,
		"{\"id\":3,\"text\":\"Japan\xff\xfe\xfd met China\xc3 in Seoul.\"}",
		`{"id":4,"text":"` + talks + `"}`,
	} {
		lines := parseOutput(t, runLines(t, p, in+"\n", 1, maxLineBytes))
		if len(lines) != 1 {
			t.Fatalf("%q: got %d lines, want 1", in, len(lines))
		}
		text, ok := decodeText([]byte(in))
		if !ok {
			t.Fatalf("%q: test input has no text", in)
		}
		checkSpans(t, text, lines[0])
	}
}

// decodeText decodes the text of a record as processLine does.
func decodeText(line []byte) (string, bool) {
	line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	var rec struct {
		Text *string `json:"text"`
	}
	if json.Unmarshal(line, &rec) != nil || rec.Text == nil {
		return "", false
	}
	return *rec.Text, true
}

// checkSpans reports every span of w that is not text[start:end].
func checkSpans(t testing.TB, text string, w wireLine) {
	t.Helper()
	check := func(what string, start, end int, s string) {
		t.Helper()
		if start < 0 || start > end || end > len(text) {
			t.Errorf("%s %q: span %d-%d outside the text (%d bytes)", what, s, start, end, len(text))
			return
		}
		if text[start:end] != s {
			t.Errorf("%s: text[%d:%d] = %q, want %q", what, start, end, text[start:end], s)
		}
	}
	for _, e := range w.Entities {
		check("entity", e.Start, e.End, e.Text)
	}
	for _, r := range w.Relations {
		check("subject", r.Subject.Start, r.Subject.End, r.Subject.Text)
		if r.Object != nil {
			check("object", r.Object.Start, r.Object.End, r.Object.Text)
		}
		check("trigger", r.Trigger.Start, r.Trigger.End, r.Trigger.Text)
		if r.SentenceStart < 0 || r.SentenceStart > r.SentenceEnd || r.SentenceEnd > len(text) {
			t.Errorf("sentence %d-%d outside the text (%d bytes)", r.SentenceStart, r.SentenceEnd, len(text))
		} else if r.Trigger.Start < r.SentenceStart || r.Trigger.End > r.SentenceEnd {
			t.Errorf("trigger %q at %d-%d outside its sentence %d-%d", r.Trigger.Text, r.Trigger.Start, r.Trigger.End, r.SentenceStart, r.SentenceEnd)
		}
		if _, ok := predicateCodes[r.Predicate]; !ok {
			t.Errorf("relation predicate %q is not a CAMEO root name", r.Predicate)
		} else if !strings.HasPrefix(r.CAMEO, predicateCodes[r.Predicate]) {
			t.Errorf("relation %s has CAMEO code %q", r.Predicate, r.CAMEO)
		}
		switch r.Modality {
		case "asserted", "possible", "intended", "hypothetical":
		default:
			t.Errorf("relation modality %q", r.Modality)
		}
	}
}

// predicateCodes are the CAMEO root names of the JSONL contract.
var predicateCodes = map[string]string{
	"STATEMENT": "01", "APPEAL": "02", "INTENT_TO_COOPERATE": "03", "CONSULT": "04",
	"DIPLOMATIC_COOPERATION": "05", "MATERIAL_COOPERATION": "06", "PROVIDE_AID": "07", "YIELD": "08",
	"INVESTIGATE": "09", "DEMAND": "10", "DISAPPROVE": "11", "REJECT": "12", "THREATEN": "13",
	"PROTEST": "14", "EXHIBIT_FORCE_POSTURE": "15", "REDUCE_RELATIONS": "16", "COERCE": "17",
	"ASSAULT": "18", "FIGHT": "19", "MASS_VIOLENCE": "20",
}

// TestJSONLOrder runs many records of different lengths on several workers
// and checks that the output is in input order and the same as with one
// worker (the pipeline is deterministic and shares nothing between records).
func TestJSONLOrder(t *testing.T) {
	p := mustPipeline(t)
	sentences := []string{
		"Japan and South Korea held talks in Tokyo.",
		"Russia condemned the European Union.",
		"North Korea may conduct a missile test, US officials said on Sunday.",
		"Chad.",
		"Germany praised France and Italy for their support.",
	}
	n := 40
	if testing.Short() {
		n = 12
	}
	var in strings.Builder
	for i := range n {
		text := strings.Repeat(sentences[i%len(sentences)]+" ", 1+i%7)
		fmt.Fprintf(&in, `{"id":%d,"text":%q}`+"\n", i, text)
		if i%9 == 4 {
			in.WriteString("{bad\n")
		}
	}
	one := runLines(t, p, in.String(), 1, maxLineBytes)
	many := runLines(t, p, in.String(), 4, maxLineBytes)
	if diff := cmp.Diff(string(one), string(many)); diff != "" {
		t.Errorf("4 workers differ from 1 (-1 +4):\n%s", diff)
	}
	next := 0
	for i, w := range parseOutput(t, many) {
		if string(w.ID) == "null" {
			continue
		}
		if string(w.ID) != fmt.Sprint(next) {
			t.Fatalf("output line %d has id %s, want %d", i+1, w.ID, next)
		}
		next++
	}
	if next != n {
		t.Errorf("got %d results, want %d", next, n)
	}
}

// TestJSONLLongLines checks lines longer than the reader's buffer and lines
// over the limit, which get an error line while the next line is read.
func TestJSONLLongLines(t *testing.T) {
	p := mustPipeline(t)
	long := "Japan " + strings.Repeat("and so on ", 20_000) + "Chad."
	in := fmt.Sprintf(`{"id":"long","text":%q}`+"\n", long)
	lines := parseOutput(t, runLines(t, p, in, 1, maxLineBytes))
	want := []outLine{{ID: `"long"`, Entities: []string{"Japan/GPE/JPN", "Chad/GPE/TCD"}}}
	if diff := cmp.Diff(want, summarize(lines)); diff != "" {
		t.Errorf("a %d-byte line (-want +got):\n%s", len(in), diff)
	}
	if len(lines) == 1 {
		checkSpans(t, long, lines[0])
	}

	in = `{"id":1,"text":"Chad."}` + "\n" +
		fmt.Sprintf(`{"id":2,"text":%q}`, strings.Repeat("x", 500)) + "\r\n" +
		`{"id":3,"text":"Japan."}` + "\n" +
		strings.Repeat(" ", 300) // a last, blank line over the limit
	want = []outLine{
		{ID: `1`, Entities: []string{"Chad/GPE/TCD"}},
		{ID: `null`, Error: "line 2: line longer than 100 bytes"},
		{ID: `3`, Entities: []string{"Japan/GPE/JPN"}},
		{ID: `null`, Error: "line 4: line longer than 100 bytes"},
	}
	if diff := cmp.Diff(want, summarize(parseOutput(t, runLines(t, p, in, 2, 100)))); diff != "" {
		t.Errorf("lines over a 100-byte limit (-want +got):\n%s", diff)
	}
}

// TestJSONLCanceled checks that a canceled context stops the reading.
func TestJSONLCanceled(t *testing.T) {
	p := mustPipeline(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out bytes.Buffer
	err := p.runJSONL(ctx, strings.NewReader(`{"id":1,"text":"Chad."}`+"\n"), &out, 2, maxLineBytes)
	if err != context.Canceled {
		t.Errorf("runJSONL with a canceled context: err = %v, want %v", err, context.Canceled)
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    string
		wantErr bool
	}{
		{in: "", want: ""},
		{in: "2022-06-13", want: "2022-06-13"},
		{in: " 2022-06-13 ", want: "2022-06-13"},
		{in: "2022-06", want: "2022-06"},
		{in: "2022", want: "2022"},
		{in: "2022-6-13", wantErr: true},
		{in: "2022-02-29", wantErr: true},
		{in: "2024-02-29", want: "2024-02-29"},
		{in: "13 Jun 2022", wantErr: true},
		{in: "2022-06-13T00:00:00Z", wantErr: true},
	} {
		d, err := entity.ParseDate(tc.in)
		if (err != nil) != tc.wantErr {
			t.Errorf("entity.ParseDate(%q): err = %v, want error %v", tc.in, err, tc.wantErr)
			continue
		}
		if got := d.String(); err == nil && got != tc.want {
			t.Errorf("entity.ParseDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
