package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/geoextract/geoextract/entity"
)

// Input is one record of the JSONL contract's input side,
// {"id", "text", "date"}: its raw JSON id (nil when none), its text and
// its publication date (the zero Date when unknown). It is a plain value;
// the zero Input is an empty, undated record without id.
type Input struct {
	ID   json.RawMessage
	Text string
	Date entity.Date
}

// record keeps the fields raw, so that a record with a malformed field
// still has its id reported with the error.
type record struct {
	ID   json.RawMessage `json:"id"`
	Text json.RawMessage `json:"text"`
	Date json.RawMessage `json:"date"`
}

// DecodeInput decodes one JSONL input line (without its line ending; a
// leading UTF-8 byte order mark is skipped). A record without a "date"
// gets published. On bad input it returns what is wrong in the user's
// words ("record has no \"text\" field"), with the id when it could be
// read; callers prefix the line number (and file) to make the error
// record.
func DecodeInput(line []byte, published entity.Date) (in Input, problem string) {
	line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return Input{}, describeJSONError(line, err)
	}
	in = Input{ID: ID(rec.ID), Date: published}
	if isNull(rec.Text) {
		return in, `record has no "text" field`
	}
	if err := json.Unmarshal(rec.Text, &in.Text); err != nil {
		return in, `"text" must be a string`
	}
	if !isNull(rec.Date) {
		var ds string
		if err := json.Unmarshal(rec.Date, &ds); err != nil {
			return in, `"date" must be a string (YYYY-MM-DD)`
		}
		d, err := entity.ParseDate(ds)
		if err != nil {
			return in, fmt.Sprintf(`"date": %v`, err)
		}
		if !d.IsZero() {
			in.Date = d
		}
	}
	return in, ""
}

// DocID is the document id of an event row: a JSON string id unquoted,
// any other id as its JSON text.
func DocID(id json.RawMessage) string {
	var s string
	if json.Unmarshal(id, &s) == nil {
		return s
	}
	return string(id)
}

// describeJSONError says what is wrong with a line that does not decode
// as a record: not JSON at all, or JSON of the wrong shape.
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
