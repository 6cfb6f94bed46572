package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/export"
)

// The JSONL contract's input side. cmd/geoextract decodes its -jsonl lines
// the same way (its parseLine); that code is in package main and cannot be
// imported, so this file follows it rule for rule: the same fields, the
// same messages. Should package export gain a line decoder, both use it.

// record is one JSONL input line. The fields are kept raw so that a record
// with a malformed field still has its id reported with the error.
type record struct {
	ID   json.RawMessage `json:"id"`
	Text json.RawMessage `json:"text"`
	Date json.RawMessage `json:"date"`
}

// input is one document to analyze: its raw JSON id (nil when none), its
// text and its publication date (the zero Date when unknown).
type input struct {
	id   json.RawMessage
	text string
	date entity.Date
}

// parseLine decodes one JSONL line (without its line ending); lineno is its
// 1-based line number in its file and published the date of a record that
// gives none. On bad input it returns the error record to write instead,
// whose message starts with "line N: " and says what is wrong.
func parseLine(line []byte, lineno int, published entity.Date) (input, *export.ErrorRecord) {
	if lineno == 1 {
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")) // a UTF-8 byte order mark
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		e := export.NewError(nil, fmt.Sprintf("line %d: %s", lineno, describeJSONError(line, err)))
		return input{}, &e
	}
	in := input{id: export.ID(rec.ID), date: published}
	fail := func(format string, args ...any) (input, *export.ErrorRecord) {
		e := export.NewError(in.id, fmt.Sprintf("line %d: ", lineno)+fmt.Sprintf(format, args...))
		return input{}, &e
	}
	if isNull(rec.Text) {
		return fail(`record has no "text" field`)
	}
	if err := json.Unmarshal(rec.Text, &in.text); err != nil {
		return fail(`"text" must be a string`)
	}
	if !isNull(rec.Date) {
		var ds string
		if err := json.Unmarshal(rec.Date, &ds); err != nil {
			return fail(`"date" must be a string (YYYY-MM-DD)`)
		}
		d, err := parseDate(ds)
		if err != nil {
			return fail(`"date": %v`, err)
		}
		if d != (entity.Date{}) {
			in.date = d
		}
	}
	return in, nil
}

// describeJSONError says what is wrong with a line that does not decode as
// a record: not JSON at all, or JSON of the wrong shape.
func describeJSONError(line []byte, err error) string {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) && ute.Field == "" {
		return fmt.Sprintf(`expected a JSON object with a "text" field, got %s`, jsonKind(line))
	}
	return fmt.Sprintf("invalid JSON: %v", err)
}

// jsonKind names the kind of the JSON value that line holds ("an array").
func jsonKind(line []byte) string {
	b := bytes.TrimSpace(line)
	if len(b) == 0 {
		return "nothing"
	}
	switch b[0] {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// isNull reports whether a raw JSON value is absent or null.
func isNull(m json.RawMessage) bool { return len(m) == 0 || string(m) == "null" }

// docID is the document id of an event row: a JSON string id unquoted, any
// other id as its JSON text.
func docID(id json.RawMessage) string {
	var s string
	if json.Unmarshal(id, &s) == nil {
		return s
	}
	return string(id)
}

// parseDate parses YYYY, YYYY-MM or YYYY-MM-DD; "" gives the zero Date.
func parseDate(s string) (entity.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return entity.Date{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			d := entity.Date{Year: t.Year()}
			if len(layout) >= 7 {
				d.Month = int(t.Month())
			}
			if len(layout) == 10 {
				d.Day = t.Day()
			}
			return d, nil
		}
	}
	return entity.Date{}, fmt.Errorf("want YYYY-MM-DD, got %q", s)
}
