package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/export"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/relation"
)

// models are the immutable tagger and extractor built from the embedded
// gazetteer and lexicon. Both are safe for concurrent use.
type models struct {
	tagger    *entity.Tagger
	extractor *relation.Extractor
}

// loadModels builds the models once per process (that is, once per
// worker), however many DoFn instances the runner makes.
var loadModels = sync.OnceValues(func() (*models, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	lex, err := relation.DefaultLexicon()
	if err != nil {
		return nil, err
	}
	return &models{tagger: entity.NewTagger(g), extractor: relation.NewExtractor(lex)}, nil
})

// extractFn tags each Document, extracts its relations and emits its JSONL
// record (or error record), its event rows as TSV lines, and for each
// event its key in counts.tsv. A document never fails the bundle: bad
// input and internal errors become error records. The runner serializes
// the exported fields and calls Setup on each instance before use; an
// instance is used by one bundle at a time.
type extractFn struct {
	// Date is the publication date (YYYY-MM-DD, YYYY-MM or YYYY) of text
	// files and of JSONL records without a "date"; "" for none.
	Date string

	m         *models
	published entity.Date
}

// Setup loads the gazetteer, the lexicon, the tagger and the extractor,
// once per worker process.
func (fn *extractFn) Setup() error {
	d, err := entity.ParseDate(fn.Date)
	if err != nil {
		return fmt.Errorf("-date: %v", err)
	}
	fn.published = d
	fn.m, err = loadModels()
	return err
}

// ProcessElement handles one document.
func (fn *extractFn) ProcessElement(d Document, records, events, keys func(string)) {
	rec, evs := fn.process(d)
	records(rec)
	if len(evs) == 0 {
		return
	}
	var buf bytes.Buffer
	w := export.NewTSVWriter(&buf)
	for _, ev := range evs {
		buf.Reset()
		w.Write(ev)
		w.Flush() // a bytes.Buffer does not fail
		events(strings.TrimSuffix(buf.String(), "\n"))
		keys(countKey(ev))
	}
}

// process returns the JSONL record of d (without its line ending) and its
// events. It never panics: an internal error becomes an error record.
func (fn *extractFn) process(d Document) (line string, evs []export.Event) {
	var id json.RawMessage
	fail := func(msg string) (string, []export.Event) {
		b, _ := export.NewError(id, d.File+": "+msg).AppendJSONL(nil) // ids and strings always encode
		return strings.TrimSuffix(string(b), "\n"), nil
	}
	in := export.Input{Text: d.Data, Date: fn.published}
	switch {
	case d.Problem != "":
		return fail(d.Problem)
	case d.Line == 0:
		id, _ = json.Marshal(d.File)
		in.ID = id
	default:
		var bad *export.ErrorRecord
		if in, bad = parseLine([]byte(d.Data), d.Line, fn.published); bad != nil {
			id = bad.ID
			return fail(bad.Error)
		}
		id = in.ID
	}
	where := "" // the error prefix of a JSONL record
	if d.Line > 0 {
		where = fmt.Sprintf("line %d: ", d.Line)
	}
	defer func() {
		if r := recover(); r != nil {
			line, evs = fail(fmt.Sprintf("%sinternal error: %v", where, r))
		}
	}()
	// As the command does: without a date, the article's dateline dates it.
	date := export.DocumentDate(in.Text, in.Date, time.Now())
	doc := fn.m.tagger.Tag(entity.Input{Text: in.Text, Date: date})
	rels := fn.m.extractor.Extract(doc)
	b, err := export.NewRecord(in.ID, doc, rels).AppendJSONL(nil)
	if err != nil { // cannot happen: a record holds strings, numbers and valid raw ids
		return fail(fmt.Sprintf("%sinternal error: %v", where, err))
	}
	name := d.File
	if d.Line > 0 {
		name = export.DocID(in.ID)
	}
	return strings.TrimSuffix(string(b), "\n"), export.Events(name, doc, rels)
}

// countColumns is the header of counts.tsv.
var countColumns = []string{"date", "source_country", "target_country", "root", "events"}

// countKey is the cell of counts.tsv that ev adds one to: its date (the
// event's own, else its document's, else ""), the countries of its source
// and target ("" when unknown or when there is no target) and its CAMEO
// root, joined by tabs. None of them can hold a tab.
func countKey(ev export.Event) string {
	date := ev.Date
	if date == "" {
		date = ev.DocDate
	}
	return strings.Join([]string{date, ev.Source.Country, ev.Target.Country, ev.Root}, "\t")
}
