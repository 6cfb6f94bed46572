// Package export shapes geoextract's results for other programs: the JSON
// record of one document (the JSONL contract of the geoextract command) and
// event rows, one per relation, in the columns event-data users expect
// (PETRARCH, Phoenix, GDELT), written as TSV or CSV.
//
// It is the one place where a record and an event row are made: the
// command, its HTTP server and batch pipelines call it.
//
//	doc := tagger.Tag(entity.Input{Text: text, Date: date})
//	rels := extractor.Extract(doc)
//	rec := export.NewRecord(id, doc, rels)   // JSON: rec.AppendJSONL(nil)
//	evs := export.Events(name, doc, rels)    // rows: export.NewTSVWriter(w).Write(evs...)
//
// # Record
//
// A Record marshals to one line of the JSONL contract:
//
//	{"id": "seed-000",
//	 "entities": [{"start": 33, "end": 38, "text": "Seoul", "type": "GPE", "id": "KOR", "name": "South Korea"}],
//	 "relations": [{"subject": {..., "country": "KOR"}, "predicate": "REDUCE_RELATIONS", "cameo": "16",
//	                "object": {...} or null, "trigger": {"start": ..., "end": ..., "text": "scrapped"},
//	                "sentence_start": ..., "sentence_end": ...,
//	                "negated": false, "modality": "asserted", "date": "2019-08"}],
//	 "references": [{"start": 3363, "end": 3374, "text": "the country", "id": "KOR", "name": "South Korea",
//	                 "kind": "description"}]}
//
// "references" (optional, left out when empty) lists the pronouns,
// descriptions and partial names the document resolves to an actor named
// elsewhere in it; kind is "pronoun", "description" or "name".
//
// and an ErrorRecord to {"id": ..., "error": "..."}. Use AppendJSONL (or
// JSONLWriter), which leaves "<", ">" and "&" unescaped as the contract's
// producers always have; json.Marshal gives the same values with those
// three characters escaped.
//
// # Event rows
//
// See Event for the columns, and TSVWriter and CSVWriter for the formats.
// The QuadClass and Goldstein score of a CAMEO code come from an embedded
// table (data/cameo.txt), typed from the published CAMEO-to-Goldstein
// mapping.
package export

import (
	"bytes"
	"encoding/json"
	"io"
	"unicode/utf8"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// Entity is one entity mention of a Record. It is a plain value.
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	ID    string `json:"id,omitempty"`
	Name  string `json:"name,omitempty"`
}

// Argument is the subject or object of a Relation: an Entity and the ISO
// alpha-3 code of the actor's country when known. It is a plain value.
type Argument struct {
	Entity
	Country string `json:"country,omitempty"`
}

// Span is a piece of the input: Text is text[Start:End]. It is a plain value.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Relation is one relation of a Record. It is a plain value, built by
// NewRecord; the zero Relation is no event.
type Relation struct {
	Subject       Argument  `json:"subject"`
	Predicate     string    `json:"predicate"`
	CAMEO         string    `json:"cameo"`
	Object        *Argument `json:"object"` // nil (null) when the event has no target
	Trigger       Span      `json:"trigger"`
	SentenceStart int       `json:"sentence_start"`
	SentenceEnd   int       `json:"sentence_end"`
	Negated       bool      `json:"negated"`
	Modality      string    `json:"modality"`
	Date          string    `json:"date,omitempty"`
}

// Reference is a resolved reference of a Record: a pronoun ("he", "its"),
// a description ("the group", "his country") or a partial name ("Lee")
// that names an actor written elsewhere in the document; ID and Name are
// the actor's. Kind is "pronoun", "description" or "name". It is a plain
// value.
type Reference struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	ID    string `json:"id,omitempty"`
	Name  string `json:"name,omitempty"`
	Kind  string `json:"kind"`
}

// Record is the result for one document. ID is the document's id as raw
// JSON (any JSON value; nil is written as null). A Record is a plain value;
// its zero value marshals as {"id":null,"entities":null,"relations":null},
// so build one with NewRecord.
type Record struct {
	ID        json.RawMessage `json:"id"`
	Entities  []Entity        `json:"entities"`
	Relations []Relation      `json:"relations"`
	// References are the document's resolved references in text order
	// (entity.Document.References); the field is left out when there are
	// none.
	References []Reference `json:"references,omitempty"`
}

// ErrorRecord is the result for an input that cannot be processed: the id
// when it could be read, and a message that says where and what went wrong.
// It is a plain value; the zero ErrorRecord marshals as {"id":null,"error":""}.
type ErrorRecord struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

// NewRecord shapes the analysis of one document as the JSONL contract
// says. id is the raw JSON id (nil or "null" for none); invalid UTF-8 in it
// becomes U+FFFD, so that the record is valid UTF-8.
func NewRecord(id json.RawMessage, doc *entity.Document, rels []relation.Relation) Record {
	rec := Record{ID: ID(id), Entities: make([]Entity, 0, len(doc.Mentions)), Relations: make([]Relation, 0, len(rels))}
	for _, m := range doc.Mentions {
		rec.Entities = append(rec.Entities, Entity{Start: m.Start, End: m.End, Text: m.Text, Type: m.Type.String(), ID: m.ID, Name: m.Name})
	}
	for _, r := range rels {
		jr := Relation{
			Subject:       argument(r.Subject),
			Predicate:     r.Predicate.String(),
			CAMEO:         r.CAMEO,
			Trigger:       Span(r.Trigger),
			SentenceStart: r.Sentence.Start,
			SentenceEnd:   r.Sentence.End,
			Negated:       r.Negated,
			Modality:      r.Modality.String(),
			Date:          r.Date.String(),
		}
		if r.Object != nil {
			o := argument(*r.Object)
			jr.Object = &o
		}
		rec.Relations = append(rec.Relations, jr)
	}
	for _, r := range doc.References() {
		rec.References = append(rec.References, Reference{Start: r.Start, End: r.End, Text: r.Text, ID: r.ID, Name: r.Name, Kind: r.Kind.String()})
	}
	return rec
}

// NewError returns the error record for an input with id (raw JSON, nil
// when unknown) and message msg; invalid UTF-8 in either becomes U+FFFD.
func NewError(id json.RawMessage, msg string) ErrorRecord {
	return ErrorRecord{ID: ID(id), Error: msg}
}

func argument(a relation.Argument) Argument {
	return Argument{Entity: Entity{Start: a.Start, End: a.End, Text: a.Text, Type: a.Type.String(), ID: a.ID, Name: a.Name}, Country: a.Country}
}

// ID normalizes a raw JSON id for output: nil for an absent id or null, and
// each byte of invalid UTF-8 replaced by U+FFFD, as encoding/json decodes
// a string (in valid JSON such bytes can only be inside a string, so the
// result is still valid JSON).
func ID(raw json.RawMessage) json.RawMessage {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if utf8.Valid(raw) {
		return raw
	}
	out := make([]byte, 0, len(raw)+8)
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, raw[i:i+n]...)
		}
		i += n
	}
	return out
}

// AppendJSONL appends r as one JSON line, ending in "\n", to b. "<", ">"
// and "&" are not escaped.
func (r Record) AppendJSONL(b []byte) ([]byte, error) { return appendJSONL(b, r) }

// AppendJSONL appends e as one JSON line, ending in "\n", to b.
func (e ErrorRecord) AppendJSONL(b []byte) ([]byte, error) { return appendJSONL(b, e) }

// WriteJSONL writes r to w as AppendJSONL appends it, in one Write and
// without a copy of the line: for a long document, whose line runs to
// megabytes, that is one copy less at the end of the run.
func (r Record) WriteJSONL(w io.Writer) error { return encodeJSONL(w, r) }

func appendJSONL(b []byte, v any) ([]byte, error) {
	buf := bytes.NewBuffer(b)
	if err := encodeJSONL(buf, v); err != nil {
		return b, err
	}
	return buf.Bytes(), nil
}

// encodeJSONL writes v as one JSON line, "<", ">" and "&" not escaped.
func encodeJSONL(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
