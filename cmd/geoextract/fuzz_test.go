package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzProcessLine checks that any input line gives exactly one JSON object,
// never a panic: a result whose spans are byte slices of the record's text,
// or an error that names the line.
//
//	go test ./cmd/geoextract -run '^$' -fuzz FuzzProcessLine -fuzztime 1m
func FuzzProcessLine(f *testing.F) {
	for _, tc := range jsonlTests {
		for _, l := range strings.Split(tc.in, "\n") {
			f.Add([]byte(l))
		}
	}
	f.Add([]byte(`{"id":"x","text":"President Yoon Suk-yeol's government said it would not meet Pyongyang's envoy, but may talk to Beijing on Tuesday."}`))
	f.Add([]byte(`{"id":"x","text":"\"\"''(( Mr. . U.S.-led S. Korea's \u00e9 \ud800 \u2019s","date":"2022"}`))
	p := mustPipeline(f)
	f.Fuzz(func(t *testing.T, line []byte) {
		out, err := json.Marshal(p.processLine(line, 7))
		if err != nil {
			t.Fatalf("the result does not encode: %v", err)
		}
		if bytes.ContainsAny(out, "\n\r") {
			t.Fatalf("the result spans more than one line: %s", out)
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(out, &raw); err != nil {
			t.Fatalf("the result is not one JSON object: %v\n%s", err, out)
		}
		if msg, ok := raw["error"]; ok {
			var s string
			if json.Unmarshal(msg, &s) != nil || !strings.HasPrefix(s, "line 7: ") {
				t.Errorf("error %s does not start with the line number", msg)
			}
			return
		}
		text, ok := decodeText(line)
		if !ok {
			t.Fatalf("a line without text gave a result: %s", out)
		}
		var w wireLine
		if err := json.Unmarshal(out, &w); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, text, w)
	})
}
