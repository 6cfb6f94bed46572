package export

import (
	"encoding/json"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/google/go-cmp/cmp"
)

func TestDecodeInput(t *testing.T) {
	published := entity.Date{Year: 2022, Month: 6, Day: 13}
	for _, tc := range []struct {
		name, line string
		want       Input
		problem    string
	}{
		{"full record", `{"id":"a","text":"Hi.","date":"2019-08"}`, Input{ID: json.RawMessage(`"a"`), Text: "Hi.", Date: entity.Date{Year: 2019, Month: 8}}, ""},
		{"no date takes the default", `{"id":7,"text":"Hi."}`, Input{ID: json.RawMessage(`7`), Text: "Hi.", Date: published}, ""},
		{"byte order mark", "\xef\xbb\xbf" + `{"text":"Hi."}`, Input{Text: "Hi.", Date: published}, ""},
		{"array", `[1]`, Input{}, `expected a JSON object with a "text" field, got an array`},
		{"no text keeps the id", `{"id":"b"}`, Input{ID: json.RawMessage(`"b"`), Date: published}, `record has no "text" field`},
		{"text not a string", `{"text":3}`, Input{Date: published}, `"text" must be a string`},
		{"bad date", `{"text":"x","date":"June"}`, Input{Text: "x", Date: published}, `"date": want YYYY-MM-DD, got "June"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, problem := DecodeInput([]byte(tc.line), published)
			if problem != tc.problem {
				t.Errorf("problem = %q, want %q", problem, tc.problem)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("DecodeInput(%q) mismatch (-want +got):\n%s", tc.line, diff)
			}
		})
	}
}

func TestDocID(t *testing.T) {
	for in, want := range map[string]string{`"a b"`: "a b", `7`: "7", `null`: ""} {
		if got := DocID(json.RawMessage(in)); got != want {
			t.Errorf("DocID(%s) = %q, want %q", in, got, want)
		}
	}
}
