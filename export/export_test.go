package export

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// testText is our own two-sentence story; testDoc is its analysis as the
// tagger would give it, written out by hand so that these tests do not
// depend on the tagger.
const testText = "Defense Minister Lee Jong-sup met Japan's envoy in Seoul.\nHe criticized North Korea."

func at(sub string) (int, int) {
	i := strings.Index(testText, sub)
	return i, i + len(sub)
}

func mention(sub string, typ entity.Type, id, name, country, role string) entity.Mention {
	s, e := at(sub)
	return entity.Mention{Start: s, End: e, Text: sub, Type: typ, ID: id, Name: name, Country: country, Role: role}
}

func arg(sub string, typ entity.Type, id, name, country string) relation.Argument {
	s, e := at(sub)
	return relation.Argument{Start: s, End: e, Text: sub, Type: typ, ID: id, Name: name, Country: country}
}

func span(sub string) relation.Span {
	s, e := at(sub)
	return relation.Span{Start: s, End: e, Text: sub}
}

func testDoc() (*entity.Document, []relation.Relation) {
	doc := &entity.Document{
		Text: testText,
		Date: entity.Date{Year: 2022, Month: 6, Day: 13},
		Mentions: []entity.Mention{
			mention("Lee Jong-sup", entity.Person, "person/lee-jong-sup", "Lee Jong-sup", "KOR", "Defense Minister"),
			mention("Japan", entity.GPE, "JPN", "Japan", "JPN", ""),
			mention("Seoul", entity.GPE, "KOR", "South Korea", "KOR", ""),
			mention("North Korea", entity.GPE, "PRK", "North Korea", "PRK", ""),
		},
		Entities: []entity.Entity{
			{ID: "person/lee-jong-sup", Name: "Lee Jong-sup", Type: entity.Person, Country: "KOR", Role: "Defense Minister", Mentions: []int{0}},
		},
	}
	japan := arg("Japan", entity.GPE, "JPN", "Japan", "JPN")
	he := arg("He", entity.Person, "person/lee-jong-sup", "Lee Jong-sup", "KOR")
	he.Text = "He"
	first, _ := at("Defense")
	_, firstEnd := at("Seoul.")
	second, secondEnd := at("He criticized North Korea.")
	rels := []relation.Relation{{
		Subject:   arg("Lee Jong-sup", entity.Person, "person/lee-jong-sup", "Lee Jong-sup", "KOR"),
		Object:    &japan,
		Predicate: relation.Consult,
		CAMEO:     "04",
		Trigger:   span("met"),
		Sentence:  relation.Span{Start: first, End: firstEnd, Text: testText[first:firstEnd]},
		Date:      entity.Date{Year: 2022, Month: 6, Day: 13},
	}, {
		Subject:   he,
		Object:    nil,
		Predicate: relation.Disapprove,
		CAMEO:     "111",
		Trigger:   span("criticized"),
		Sentence:  relation.Span{Start: second, End: secondEnd, Text: testText[second:secondEnd]},
		Negated:   true,
		Modality:  relation.Possible,
	}}
	return doc, rels
}

func TestRecordJSONL(t *testing.T) {
	_, rels := testDoc()
	for _, tc := range []struct {
		name   string
		rec    interface{ AppendJSONL([]byte) ([]byte, error) }
		want   string
		reason string
	}{{
		name:   "record",
		rec:    NewRecord(json.RawMessage(`"seed-000"`), &entity.Document{Text: "Chad <&> Niger", Mentions: []entity.Mention{{Start: 0, End: 4, Text: "Chad", Type: entity.GPE, ID: "TCD", Name: "Chad"}}}, nil),
		want:   `{"id":"seed-000","entities":[{"start":0,"end":4,"text":"Chad","type":"GPE","id":"TCD","name":"Chad"}],"relations":[]}` + "\n",
		reason: "the contract's field names and order; empty lists are [] not null",
	}, {
		name:   "relations",
		rec:    NewRecord(nil, &entity.Document{}, rels[1:]),
		want:   `{"id":null,"entities":[],"relations":[{"subject":{"start":58,"end":60,"text":"He","type":"PERSON","id":"person/lee-jong-sup","name":"Lee Jong-sup","country":"KOR"},"predicate":"DISAPPROVE","cameo":"111","object":null,"trigger":{"start":61,"end":71,"text":"criticized"},"sentence_start":58,"sentence_end":84,"negated":true,"modality":"possible"}]}` + "\n",
		reason: "no id is null, no object is null, an unknown date is left out",
	}, {
		name:   "html characters",
		rec:    NewError(json.RawMessage(`"<a&b>"`), `line 3: "text" must be a string <&>`),
		want:   `{"id":"<a&b>","error":"line 3: \"text\" must be a string <&>"}` + "\n",
		reason: "<, > and & are written as they are, as the command always has",
	}, {
		name:   "invalid UTF-8 id",
		rec:    NewError(json.RawMessage("\"a\xffb\xfe\xfd\""), "x"),
		want:   "{\"id\":\"a\uFFFDb\uFFFD\uFFFD\",\"error\":\"x\"}\n",
		reason: "each invalid byte of an id becomes U+FFFD, as in text (issue #12)",
	}, {
		name:   "null id",
		rec:    NewError(json.RawMessage(`null`), "x"),
		want:   `{"id":null,"error":"x"}` + "\n",
		reason: "a null id stays null",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.rec.AppendJSONL(nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("%s\nAppendJSONL mismatch (-want +got):\n%s", tc.reason, diff)
			}
			if r, ok := tc.rec.(Record); ok {
				var sb strings.Builder
				if err := r.WriteJSONL(&sb); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tc.want, sb.String()); diff != "" {
					t.Errorf("%s\nWriteJSONL mismatch (-want +got):\n%s", tc.reason, diff)
				}
			}
		})
	}
}

func TestEvents(t *testing.T) {
	doc, rels := testDoc()
	got := Events("story-1", doc, rels)
	want := []Event{{
		DocID: "story-1", Date: "2022-06-13", DocDate: "2022-06-13",
		Source: Actor{Code: "person/lee-jong-sup", Name: "Lee Jong-sup", Type: "PERSON", Role: "Defense Minister", Country: "KOR", Text: "Lee Jong-sup"},
		Target: Actor{Code: "JPN", Name: "Japan", Type: "GPE", Country: "JPN", Text: "Japan"},
		CAMEO:  "04", Root: "04", Predicate: "CONSULT", QuadClass: 1, Goldstein: 1.0,
		Modality: "asserted",
		Trigger:  "met", TriggerStart: 30, TriggerEnd: 33,
		SentenceStart: 0, SentenceEnd: 57, Sentence: "Defense Minister Lee Jong-sup met Japan's envoy in Seoul.",
	}, {
		DocID: "story-1", DocDate: "2022-06-13",
		Source: Actor{Code: "person/lee-jong-sup", Name: "Lee Jong-sup", Type: "PERSON", Role: "Defense Minister", Country: "KOR", Text: "He"},
		CAMEO:  "111", Root: "11", Predicate: "DISAPPROVE", QuadClass: 3, Goldstein: -2.0,
		Negated: true, Modality: "possible",
		Trigger: "criticized", TriggerStart: 61, TriggerEnd: 71,
		SentenceStart: 58, SentenceEnd: 84, Sentence: "He criticized North Korea.",
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Events mismatch (-want +got):\n%s", diff)
	}
	if got := Events("x", doc, nil); got != nil {
		t.Errorf("Events with no relations = %v, want nil", got)
	}
}

func TestCAMEOTable(t *testing.T) {
	tab, err := parseCAMEO(cameoData)
	if err != nil {
		t.Fatalf("data/cameo.txt: %v", err)
	}
	for root := 1; root <= 20; root++ {
		code := relation.Predicate(root).Code()
		c, ok := tab[code]
		if !ok {
			t.Errorf("root %s is not in data/cameo.txt", code)
			continue
		}
		for k, v := range tab {
			if strings.HasPrefix(k, code) && v.quad != c.quad {
				t.Errorf("code %s has QuadClass %d, its root %s %d", k, v.quad, code, c.quad)
			}
		}
	}
	for _, tc := range []struct {
		code      string
		quad      int
		goldstein float64
		reason    string
	}{
		{"01", 1, 0.0, "a statement is neutral verbal cooperation"},
		{"04", 1, 1.0, "consult"},
		{"051", 1, 3.4, "praise is diplomatic cooperation, verbal"},
		{"057", 1, 8.0, "signing an agreement"},
		{"073", 2, 7.4, "humanitarian aid is material cooperation"},
		{"0874", 2, 10.0, "the most cooperative code"},
		{"09", 3, -2.0, "investigate is verbal conflict"},
		{"111", 3, -2.0, "criticize"},
		{"130", 3, -4.4, "a sub-code can differ from its root (13: -6.0)"},
		{"14", 4, -6.5, "protest is material conflict"},
		{"163", 4, -8.0, "an embargo"},
		{"1823", 4, -10.0, "a listed four-digit code"},
		{"1829", 4, -9.5, "an unlisted code takes its longest listed prefix (182)"},
		{"20", 4, -10.0, "mass violence"},
		{"99", 0, 0, "not CAMEO"},
		{"", 0, 0, "no code"},
	} {
		if q, g := QuadClass(tc.code), Goldstein(tc.code); q != tc.quad || g != tc.goldstein {
			t.Errorf("%s: QuadClass, Goldstein(%q) = %d, %.1f, want %d, %.1f", tc.reason, tc.code, q, g, tc.quad, tc.goldstein)
		}
	}
}

func TestParseCAMEOErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"fields", "01 1\n", "data/cameo.txt:1: want 3 fields, got 2"},
		{"quad", "# c\n01 5 0.0\n", "data/cameo.txt:2: bad QuadClass or Goldstein score"},
		{"score", "01 1 11\n", "data/cameo.txt:1: bad QuadClass or Goldstein score"},
	} {
		_, err := parseCAMEO(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: parseCAMEO(%q) = %v, want an error with %q", tc.name, tc.in, err, tc.want)
		}
	}
}

func TestEventWriter(t *testing.T) {
	ev := Event{DocID: "a\tb", Sentence: "line one\nline \"two\", \\ end\r", CAMEO: "04", Root: "04", QuadClass: 1, Goldstein: 1}
	var tsv strings.Builder
	w := NewTSVWriter(&tsv)
	if err := w.WriteHeader(); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(ev, ev); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(tsv.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("TSV: want a header and 2 rows, one line each, got %d lines:\n%s", len(lines), tsv.String())
	}
	if diff := cmp.Diff(strings.Join(Columns(), "\t"), lines[0]); diff != "" {
		t.Errorf("TSV header mismatch (-want +got):\n%s", diff)
	}
	cells := strings.Split(lines[1], "\t")
	if len(cells) != len(Columns()) {
		t.Fatalf("TSV row has %d cells, want %d: %q", len(cells), len(Columns()), lines[1])
	}
	for i := range cells {
		cells[i] = UnescapeTSV(cells[i])
	}
	if diff := cmp.Diff(ev.Row(), cells); diff != "" {
		t.Errorf("TSV row does not read back (-want +got):\n%s", diff)
	}
	if got, want := cells[len(cells)-1], ev.Sentence; got != want {
		t.Errorf("sentence cell = %q, want %q", got, want)
	}

	var csvOut strings.Builder
	w = NewCSVWriter(&csvOut)
	w.WriteHeader()
	w.Write(ev)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(csvOut.String())).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not read back: %v\n%s", err, csvOut.String())
	}
	if diff := cmp.Diff([][]string{Columns(), ev.Row()}, rows); diff != "" {
		t.Errorf("CSV mismatch (-want +got):\n%s", diff)
	}
}

func TestColumnsIsACopy(t *testing.T) {
	c := Columns()
	c[0] = "changed"
	if Columns()[0] != "doc_id" {
		t.Error("Columns returns the package's own array: a caller can change the header")
	}
}

func TestJSONLWriter(t *testing.T) {
	var calls []string
	w := NewJSONLWriter(writerFunc(func(b []byte) (int, error) { calls = append(calls, string(b)); return len(b), nil }))
	w.Write(NewRecord(json.RawMessage(`1`), &entity.Document{}, nil))
	w.WriteError(NewError(json.RawMessage(`2`), "bad"))
	want := []string{`{"id":1,"entities":[],"relations":[]}` + "\n", `{"id":2,"error":"bad"}` + "\n"}
	if diff := cmp.Diff(want, calls); diff != "" {
		t.Errorf("each record must be one Write of one line (-want +got):\n%s", diff)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(b []byte) (int, error) { return f(b) }

func FuzzTSVCell(f *testing.F) {
	for _, s := range []string{"", "a\tb", "\\t", "\\\\n\n", "x\r\ny", `\`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := tsvEscaper.Replace(s)
		if strings.ContainsAny(e, "\t\n\r") {
			t.Fatalf("escaped cell %q has a tab or line break", e)
		}
		if got := UnescapeTSV(e); got != s {
			t.Fatalf("UnescapeTSV(%q) = %q, want %q", e, got, s)
		}
	})
}

func FuzzParseCAMEO(f *testing.F) {
	f.Add(cameoData)
	f.Add("01 1 0.0\n#x\n\n02 1 3\n")
	f.Add("01 9 NaN\n")
	f.Fuzz(func(t *testing.T, data string) {
		tab, err := parseCAMEO(data)
		if err != nil {
			return
		}
		for code, c := range tab {
			if c.quad < 1 || c.quad > 4 || !(c.goldstein >= -10 && c.goldstein <= 10) {
				t.Fatalf("code %q accepted with %+v", code, c)
			}
		}
	})
}
