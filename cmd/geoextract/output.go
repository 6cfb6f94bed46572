package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/export"
	"github.com/geoextract/geoextract/relation"
)

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
func (p *pipeline) analyze(text string, published entity.Date) analysis {
	doc := p.tagger.Tag(entity.Input{Text: text, Date: published})
	return analysis{doc: doc, relations: p.extractor.Extract(doc)}
}

// process analyzes text and shapes the result as the JSON contract says
// (without the id).
func (p *pipeline) process(text string, published entity.Date) export.Record {
	return p.analyze(text, published).record(nil)
}

// record shapes the analysis as the JSON contract says.
func (a analysis) record(id json.RawMessage) export.Record {
	return export.NewRecord(id, a.doc, a.relations)
}

// maxLineBytes is the longest JSONL line geoextract reads; a longer line
// gets an error result and the next line is read.
const maxLineBytes = 64 << 20

// parseLine decodes one JSONL input line (without its line ending); lineno
// is its 1-based line number. On bad input it returns the error record to
// write instead, whose message starts with the line number and says what
// is wrong in the user's words.
func (p *pipeline) parseLine(line []byte, lineno int) (export.Input, *export.ErrorRecord) {
	in, problem := p.decodeRecord(line)
	if problem != "" {
		e := export.NewError(in.ID, fmt.Sprintf("line %d: %s", lineno, problem))
		return export.Input{}, &e
	}
	return in, nil
}

// decodeRecord decodes one JSON record {"id","text","date"} with
// export.DecodeInput; a record without a "date" gets p.date.
func (p *pipeline) decodeRecord(b []byte) (export.Input, string) {
	return export.DecodeInput(b, p.date)
}

// analyzeInput analyzes one document. It never panics: an internal error
// becomes an error record for line lineno.
func (p *pipeline) analyzeInput(in export.Input, lineno int) (a analysis, fail *export.ErrorRecord) {
	defer func() {
		if r := recover(); r != nil {
			e := export.NewError(in.ID, fmt.Sprintf("line %d: internal error: %v", lineno, r))
			a, fail = analysis{}, &e
		}
	}()
	return p.analyze(in.Text, p.dateOf(in.Text, in.Date)), nil
}

// dateOf is the publication date of text: date when known, else the date
// of the text's dateline (export.DocumentDate), else the zero Date.
func (p *pipeline) dateOf(text string, date entity.Date) entity.Date {
	now := time.Now
	if p.now != nil {
		now = p.now
	}
	return export.DocumentDate(text, date, now())
}

// processLine handles one JSONL input line (without its line ending); lineno
// is its 1-based line number. It returns an export.Record or an
// export.ErrorRecord and never panics on bad input.
func (p *pipeline) processLine(line []byte, lineno int) any {
	in, fail := p.parseLine(line, lineno)
	if fail != nil {
		return *fail
	}
	a, fail := p.analyzeInput(in, lineno)
	if fail != nil {
		return *fail
	}
	return a.record(in.ID)
}

// outputFormat is what the JSONL mode writes for each record.
type outputFormat uint8

const (
	formatJSONL outputFormat = iota // one JSON result per line (the contract)
	formatTSV                       // event rows, tab-separated
	formatCSV                       // event rows, comma-separated
)

// batchOptions configure runBatch. The zero value reads lines of any length
// up to maxLineBytes with one worker, writes JSONL and reports no progress.
type batchOptions struct {
	workers  int
	maxLine  int
	format   outputFormat
	progress *progress     // nil: no progress report
	stderr   io.Writer     // problems of records in TSV/CSV output; nil: discarded
	slots    chan struct{} // when set, a record is processed only while holding a slot (shared by a server's requests)
}

// errRecordsFailed is returned by runBatch, with TSV or CSV output, when some
// records could not be processed (each is reported on stderr).
var errRecordsFailed = errors.New("some records could not be processed")

// runJSONL is runBatch writing JSONL.
func (p *pipeline) runJSONL(ctx context.Context, r io.Reader, w io.Writer, workers, maxLine int) error {
	return p.runBatch(ctx, r, w, batchOptions{workers: workers, maxLine: maxLine})
}

// rendered is the output of one input line: the bytes to write, and for
// TSV/CSV output the message of a record that failed.
type rendered struct {
	out     []byte
	problem string
	offset  int64 // input bytes read up to the end of this line
}

// render processes one line and shapes its output in the given format.
func (p *pipeline) render(line []byte, lineno int, f outputFormat) rendered {
	if f == formatJSONL {
		var out []byte
		var err error
		switch v := p.processLine(line, lineno).(type) {
		case export.Record:
			out, err = v.AppendJSONL(nil)
		case export.ErrorRecord:
			out, err = v.AppendJSONL(nil)
		}
		if err != nil { // cannot happen: the shapes hold only strings, numbers and valid raw ids
			out, _ = export.NewError(nil, fmt.Sprintf("line %d: internal error: %v", lineno, err)).AppendJSONL(nil)
		}
		return rendered{out: out}
	}
	in, fail := p.parseLine(line, lineno)
	if fail == nil {
		var a analysis
		if a, fail = p.analyzeInput(in, lineno); fail == nil {
			return rendered{out: eventRows(f, export.DocID(in.ID), a)}
		}
	}
	return rendered{problem: fail.Error}
}

// eventRows formats the events of one analysis as TSV or CSV rows.
func eventRows(f outputFormat, id string, a analysis) []byte {
	var buf bytes.Buffer
	ew := newEventWriter(f, &buf)
	ew.Write(export.Events(id, a.doc, a.relations)...)
	ew.Flush() // a bytes.Buffer does not fail
	return buf.Bytes()
}

func newEventWriter(f outputFormat, w io.Writer) *export.EventWriter {
	if f == formatCSV {
		return export.NewCSVWriter(w)
	}
	return export.NewTSVWriter(w)
}

// runBatch reads records from r and writes the output of each non-blank
// line, in input order, processing up to o.workers records at once. Each
// record's output is written with one Write as soon as it and those before
// it are done, never held in a buffer. Lines end in "\n" or "\r\n"; a line
// longer than o.maxLine bytes gets an error result. It returns an error
// when reading or writing fails or ctx is done, and errRecordsFailed when
// TSV or CSV output left records out.
func (p *pipeline) runBatch(ctx context.Context, r io.Reader, w io.Writer, o batchOptions) error {
	workers, maxLine := max(o.workers, 1), o.maxLine
	if maxLine <= 0 {
		maxLine = maxLineBytes
	}
	type job struct {
		line   []byte
		lineno int
		offset int64
		out    chan rendered
	}
	jobs := make(chan job)
	results := make(chan chan rendered, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if o.slots != nil {
					o.slots <- struct{}{}
				}
				res := p.render(j.line, j.lineno, o.format)
				if o.slots != nil {
					<-o.slots
				}
				res.offset = j.offset
				j.out <- res
			}
		}()
	}
	var readErr error
	done := make(chan struct{})
	go func() {
		defer close(results)
		defer close(jobs)
		cr := &countingReader{r: r}
		lr := lineReader{r: bufio.NewReaderSize(cr, 1<<16), max: maxLine}
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
			offset := cr.n - int64(lr.r.Buffered())
			out := make(chan rendered, 1)
			switch {
			case tooLong:
				msg := fmt.Sprintf("line %d: line longer than %d bytes", lineno, maxLine)
				res := rendered{problem: msg, offset: offset}
				if o.format == formatJSONL {
					res.out, _ = export.NewError(nil, msg).AppendJSONL(nil)
				}
				out <- res
			case len(bytes.TrimSpace(line)) == 0:
				continue // blank lines produce no output
			default:
				select {
				case jobs <- job{line: line, lineno: lineno, offset: offset, out: out}:
				case <-done:
					return
				}
			}
			select {
			case results <- out:
			case <-done:
				return
			}
		}
	}()
	var werr error
	failed := 0
	if o.format != formatJSONL {
		var buf bytes.Buffer
		ew := newEventWriter(o.format, &buf)
		ew.WriteHeader()
		ew.Flush()
		_, werr = w.Write(buf.Bytes())
	}
	for ch := range results {
		res := <-ch
		if res.problem != "" && o.format != formatJSONL {
			failed++
			if o.stderr != nil {
				fmt.Fprintf(o.stderr, "geoextract: %s\n", res.problem)
			}
		}
		if len(res.out) > 0 && werr == nil {
			_, werr = w.Write(res.out)
		}
		o.progress.record(res.offset)
		if werr != nil {
			break
		}
	}
	close(done)
	for ch := range results { // let the reader and the workers finish
		<-ch
	}
	wg.Wait()
	o.progress.finish()
	switch {
	case readErr != nil:
		return readErr
	case werr != nil:
		return werr
	case failed > 0:
		return fmt.Errorf("%w: %d", errRecordsFailed, failed)
	}
	return nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	return n, err
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
