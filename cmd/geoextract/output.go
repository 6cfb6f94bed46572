package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// The JSON shapes below are the CLI contract (see README "JSONL contract").

type jsonEntity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	ID    string `json:"id,omitempty"`
	Name  string `json:"name,omitempty"`
}

type jsonArg struct {
	jsonEntity
	Country string `json:"country,omitempty"`
}

type jsonSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type jsonRelation struct {
	Subject       jsonArg  `json:"subject"`
	Predicate     string   `json:"predicate"`
	CAMEO         string   `json:"cameo"`
	Object        *jsonArg `json:"object"`
	Trigger       jsonSpan `json:"trigger"`
	SentenceStart int      `json:"sentence_start"`
	SentenceEnd   int      `json:"sentence_end"`
	Negated       bool     `json:"negated"`
	Modality      string   `json:"modality"`
	Date          string   `json:"date,omitempty"`
}

// result is the output for one record. ID is the record's id, echoed
// byte for byte (a nil ID is written as null).
type result struct {
	ID        json.RawMessage `json:"id"`
	Entities  []jsonEntity    `json:"entities"`
	Relations []jsonRelation  `json:"relations"`
}

// errorResult is the output for a record that cannot be processed.
type errorResult struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

// record is one JSONL input line. The fields are kept raw so that a record
// with a malformed field still has its id reported with the error.
type record struct {
	ID   json.RawMessage `json:"id"`
	Text json.RawMessage `json:"text"`
	Date json.RawMessage `json:"date"`
}

// analysis is the pipeline's output for one text, before it is shaped as
// JSON or as a readable report.
type analysis struct {
	doc       *entity.Document
	relations []relation.Relation
}

// analyze tags text and extracts its relations; published is the
// publication date (the zero Date when unknown).
func (p *pipeline) analyze(text string, published relation.Date) analysis {
	doc := p.tagger.Tag(entity.Input{Text: text, Date: dayOf(published)})
	return analysis{doc: doc, relations: p.extractor.Extract(doc, published)}
}

// process analyzes text and shapes the result as the JSON contract says.
func (p *pipeline) process(text string, published relation.Date) result {
	return p.analyze(text, published).result()
}

// result shapes the analysis as the JSON contract says (without the id).
func (a analysis) result() result {
	doc, rels := a.doc, a.relations
	res := result{Entities: make([]jsonEntity, 0, len(doc.Mentions)), Relations: make([]jsonRelation, 0, len(rels))}
	for _, m := range doc.Mentions {
		res.Entities = append(res.Entities, toJSONEntity(m))
	}
	for _, r := range rels {
		jr := jsonRelation{
			Subject:       toJSONArg(r.Subject),
			Predicate:     r.Predicate.String(),
			CAMEO:         r.CAMEO,
			Trigger:       jsonSpan(r.Trigger),
			SentenceStart: r.Sentence.Start,
			SentenceEnd:   r.Sentence.End,
			Negated:       r.Negated,
			Modality:      r.Modality.String(),
			Date:          r.Date.String(),
		}
		if r.Object != nil {
			o := toJSONArg(*r.Object)
			jr.Object = &o
		}
		res.Relations = append(res.Relations, jr)
	}
	return res
}

func toJSONEntity(m entity.Mention) jsonEntity {
	return jsonEntity{Start: m.Start, End: m.End, Text: m.Text, Type: m.Type.String(), ID: m.ID, Name: m.Name}
}

func toJSONArg(a relation.Argument) jsonArg {
	return jsonArg{jsonEntity: jsonEntity{Start: a.Start, End: a.End, Text: a.Text, Type: a.Type.String(), ID: a.ID, Name: a.Name}, Country: a.Country}
}

// maxLineBytes is the longest JSONL line geoextract reads; a longer line
// gets an error result and the next line is read.
const maxLineBytes = 64 << 20

// processLine handles one JSONL input line (without its line ending); lineno
// is its 1-based line number. It returns a result or an errorResult and
// never panics on bad input.
func (p *pipeline) processLine(line []byte, lineno int) (out any) {
	if lineno == 1 {
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")) // a UTF-8 byte order mark
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return errorResult{Error: fmt.Sprintf("line %d: invalid JSON: %v", lineno, err)}
	}
	if isNull(rec.ID) {
		rec.ID = nil
	}
	fail := func(format string, args ...any) errorResult {
		return errorResult{ID: rec.ID, Error: fmt.Sprintf("line %d: ", lineno) + fmt.Sprintf(format, args...)}
	}
	if isNull(rec.Text) {
		return fail(`record has no "text" field`)
	}
	var text string
	if err := json.Unmarshal(rec.Text, &text); err != nil {
		return fail(`"text" must be a string`)
	}
	published := p.date
	if !isNull(rec.Date) {
		var ds string
		if err := json.Unmarshal(rec.Date, &ds); err != nil {
			return fail(`"date" must be a string (YYYY-MM-DD)`)
		}
		d, err := parseDate(ds)
		if err != nil {
			return fail(`"date": %v`, err)
		}
		if d != (relation.Date{}) {
			published = d
		}
	}
	defer func() {
		if r := recover(); r != nil {
			out = fail("internal error: %v", r)
		}
	}()
	res := p.process(text, published)
	res.ID = rec.ID
	return res
}

// isNull reports whether a raw JSON value is absent or null.
func isNull(m json.RawMessage) bool {
	return len(m) == 0 || string(m) == "null"
}

// runJSONL reads records from r and writes one result per non-blank line,
// in input order, processing up to workers records at once. Lines end in
// "\n" or "\r\n"; a line longer than maxLine bytes gets an error result. It
// returns an error only when reading or writing fails or ctx is done.
func (p *pipeline) runJSONL(ctx context.Context, r io.Reader, w io.Writer, workers, maxLine int) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		line   []byte
		lineno int
		out    chan any
	}
	jobs := make(chan job)
	results := make(chan chan any, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- p.processLine(j.line, j.lineno)
			}
		}()
	}
	var readErr error
	go func() {
		defer close(results)
		defer close(jobs)
		lr := lineReader{r: bufio.NewReaderSize(r, 1<<16), max: maxLine}
		for lineno := 1; ; lineno++ {
			line, tooLong, err := lr.next()
			if err == io.EOF {
				return
			}
			if err != nil {
				readErr = fmt.Errorf("line %d: %w", lineno, err)
				return
			}
			if ctx.Err() != nil {
				readErr = ctx.Err()
				return
			}
			out := make(chan any, 1)
			switch {
			case tooLong:
				out <- errorResult{Error: fmt.Sprintf("line %d: line longer than %d bytes", lineno, maxLine)}
				results <- out
			case len(bytes.TrimSpace(line)) == 0:
				// blank lines produce no output
			default:
				results <- out
				jobs <- job{line: line, lineno: lineno, out: out}
			}
		}
	}()
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var werr error
	for ch := range results {
		if err := enc.Encode(<-ch); err != nil && werr == nil {
			werr = err
		}
	}
	wg.Wait()
	if err := bw.Flush(); err != nil && werr == nil {
		werr = err
	}
	if readErr != nil {
		return readErr
	}
	return werr
}

// lineReader splits its input into lines of any length up to max bytes.
type lineReader struct {
	r   *bufio.Reader
	max int
}

// next returns the next line without its "\n" or "\r\n", as a fresh slice.
// A line longer than max is skipped: next then reports tooLong and no bytes.
// At the end of the input it returns io.EOF; a last line without a line
// ending is returned first.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > lr.max+2 { // room for "\r\n"
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
		case io.EOF:
			if len(line) == 0 && !tooLong && len(chunk) == 0 {
				return nil, false, io.EOF
			}
		default:
			return nil, false, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) > lr.max {
			tooLong, line = true, nil
		}
		return line, tooLong, nil
	}
}

// dayOf is the day of a full date, for the tagger's dated roles; a date
// without its day (or no date) gives the zero time.
func dayOf(d relation.Date) time.Time {
	if d.Year == 0 || d.Month == 0 || d.Day == 0 {
		return time.Time{}
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// parseDate parses YYYY, YYYY-MM or YYYY-MM-DD; "" gives the zero Date.
func parseDate(s string) (relation.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return relation.Date{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			d := relation.Date{Year: t.Year()}
			if len(layout) >= 7 {
				d.Month = int(t.Month())
			}
			if len(layout) == 10 {
				d.Day = t.Day()
			}
			return d, nil
		}
	}
	return relation.Date{}, fmt.Errorf("want YYYY-MM-DD, got %q", s)
}
