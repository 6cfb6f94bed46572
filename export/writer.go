package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"strings"
)

// JSONLWriter writes records as JSON lines, each with a single Write call
// on the underlying writer as soon as it is given: a record is never held
// back in a buffer. It is not safe for concurrent use; its zero value is
// not usable: make one with NewJSONLWriter.
type JSONLWriter struct {
	w   io.Writer
	buf []byte
}

// NewJSONLWriter returns a JSONLWriter writing to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter { return &JSONLWriter{w: w} }

// Write writes one record, or an error record, as a line.
func (j *JSONLWriter) Write(r Record) error { return j.write(r.AppendJSONL) }

// WriteError writes an error record as a line.
func (j *JSONLWriter) WriteError(e ErrorRecord) error { return j.write(e.AppendJSONL) }

func (j *JSONLWriter) write(appendTo func([]byte) ([]byte, error)) error {
	b, err := appendTo(j.buf[:0])
	if err != nil {
		return err
	}
	j.buf = b
	_, err = j.w.Write(b)
	return err
}

// EventWriter writes events as rows of tab- or comma-separated values,
// one row per Event with the cells of Event.Row. It buffers: call Flush
// when done. It is not safe for concurrent use; its zero value is not
// usable: make one with NewTSVWriter or NewCSVWriter.
//
// TSV rows are cells joined by tabs and ended by "\n", with no quoting; a
// backslash, tab, newline or carriage return inside a cell is written as
// \\, \t, \n or \r, so that every event is one line and every line has
// len(Columns()) cells (the PostgreSQL COPY text convention; Python's
// csv module reads it back with a tab delimiter and a decoding pass).
// CSV rows follow RFC 4180 (encoding/csv): cells with commas, quotes or
// line breaks are quoted, lines end in "\n".
type EventWriter struct {
	tsv *bufio.Writer
	csv *csv.Writer
}

// NewTSVWriter returns an EventWriter writing tab-separated values to w.
func NewTSVWriter(w io.Writer) *EventWriter { return &EventWriter{tsv: bufio.NewWriter(w)} }

// NewCSVWriter returns an EventWriter writing comma-separated values to w.
func NewCSVWriter(w io.Writer) *EventWriter { return &EventWriter{csv: csv.NewWriter(w)} }

// WriteHeader writes the header row, Columns().
func (w *EventWriter) WriteHeader() error { return w.writeRow(Columns()) }

// Write writes one row per event.
func (w *EventWriter) Write(evs ...Event) error {
	for _, e := range evs {
		if err := w.writeRow(e.Row()); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes any buffered rows to the underlying writer and returns the
// first error met while writing.
func (w *EventWriter) Flush() error {
	if w.csv != nil {
		w.csv.Flush()
		return w.csv.Error()
	}
	return w.tsv.Flush()
}

func (w *EventWriter) writeRow(cells []string) error {
	if w.csv != nil {
		return w.csv.Write(cells)
	}
	for i, c := range cells {
		if i > 0 {
			w.tsv.WriteByte('\t')
		}
		w.tsv.WriteString(tsvEscaper.Replace(c))
	}
	return w.tsv.WriteByte('\n')
}

// tsvEscaper escapes the characters that would break a TSV row.
var tsvEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// UnescapeTSV undoes the escaping of a TSV cell written by an EventWriter.
func UnescapeTSV(cell string) string { return tsvUnescaper.Replace(cell) }

var tsvUnescaper = strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\r`, "\r")
