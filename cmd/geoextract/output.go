package main

import (
	"bufio"
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

type result struct {
	ID        any            `json:"id"`
	Entities  []jsonEntity   `json:"entities"`
	Relations []jsonRelation `json:"relations"`
}

type errorResult struct {
	ID    any    `json:"id"`
	Error string `json:"error"`
}

type record struct {
	ID   any     `json:"id"`
	Text *string `json:"text"`
	Date string  `json:"date"`
}

func (p *pipeline) process(text string, published relation.Date) result {
	doc := p.tagger.Analyze(text)
	rels := p.extractor.Extract(doc, published)
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

// processLine handles one JSONL input line; it never panics on bad input.
func (p *pipeline) processLine(line []byte, lineno int) (out any) {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return errorResult{ID: nil, Error: fmt.Sprintf("line %d: invalid JSON: %v", lineno, err)}
	}
	if rec.Text == nil {
		return errorResult{ID: rec.ID, Error: fmt.Sprintf("line %d: record has no \"text\" field", lineno)}
	}
	published, err := parseDate(rec.Date)
	if err != nil {
		return errorResult{ID: rec.ID, Error: fmt.Sprintf("line %d: \"date\": %v", lineno, err)}
	}
	defer func() {
		if r := recover(); r != nil {
			out = errorResult{ID: rec.ID, Error: fmt.Sprintf("line %d: internal error: %v", lineno, r)}
		}
	}()
	res := p.process(*rec.Text, published)
	res.ID = rec.ID
	return res
}

// runJSONL reads records from r and writes one result per non-blank line,
// in input order, processing up to workers records at once.
func (p *pipeline) runJSONL(ctx context.Context, r io.Reader, w io.Writer, workers int) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		line   []byte
		lineno int
		out    chan any
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
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
		lineno := 0
		for sc.Scan() {
			lineno++
			line := sc.Bytes()
			if len(strings.TrimSpace(string(line))) == 0 {
				continue
			}
			if ctx.Err() != nil {
				readErr = ctx.Err()
				return
			}
			j := job{line: append([]byte(nil), line...), lineno: lineno, out: make(chan any, 1)}
			results <- j.out
			jobs <- j
		}
		if err := sc.Err(); err != nil {
			readErr = fmt.Errorf("line %d: %w", lineno+1, err)
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

func writeReport(w io.Writer, name, text string, res result) {
	fmt.Fprintf(w, "== %s: %d entities, %d relations\n", name, len(res.Entities), len(res.Relations))
	for _, e := range res.Entities {
		link := e.ID
		if link == "" {
			link = "-"
		}
		fmt.Fprintf(w, "  %5d-%-5d %-6s %-30q %s\n", e.Start, e.End, e.Type, e.Text, link)
	}
	for _, r := range res.Relations {
		obj := "(none)"
		if r.Object != nil {
			obj = argLabel(*r.Object)
		}
		extra := ""
		if r.Negated {
			extra += " negated"
		}
		if r.Modality != "asserted" {
			extra += " " + r.Modality
		}
		if r.Date != "" {
			extra += " " + r.Date
		}
		fmt.Fprintf(w, "  %s  %s/%s  %s   [%q%s]\n", argLabel(r.Subject), r.Predicate, r.CAMEO, obj, r.Trigger.Text, extra)
	}
}

func argLabel(a jsonArg) string {
	s := a.Text
	if a.ID != "" {
		s += " <" + a.ID + ">"
	} else if a.Country != "" {
		s += " <" + a.Country + ">"
	}
	return s
}
