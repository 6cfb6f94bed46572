package main

import (
	"fmt"
	"io"

	"github.com/geoextract/geoextract/relation"
)

// -explain: why a sentence gives a relation or none. For each input, on
// standard error, each sentence with a lexicon match, then one line per
// match with its fate (relation.WithTrace):
//
//	== article.txt
//	[0:75] Seoul scrapped an intelligence-sharing agreement with Japan in August 2019.
//	  "scrapped" scrap [16] data/16-reduce.yaml:12:5: emitted 1
//	  "agreement" agreement (noun) [05] data/05-diplomatic.yaml:60:5: dropped at participants: no-subject
//
// Standard output is what it is without -explain.

// explainer writes the trace of -explain to w. It serves one input at a
// time and is not safe for concurrent use; the zero explainer writes to a
// nil writer and must not be used.
type explainer struct {
	w    io.Writer
	last int // start of the sentence whose header was written, or -1
}

func newExplainer(w io.Writer) *explainer { return &explainer{w: w, last: -1} }

// start writes the header of the input named name.
func (e *explainer) start(name string) {
	e.last = -1
	fmt.Fprintf(e.w, "== %s\n", name)
}

// event writes one trace event, after its sentence when it is the first
// of that sentence.
func (e *explainer) event(ev relation.TraceEvent) {
	if ev.Sentence.Start != e.last {
		e.last = ev.Sentence.Start
		fmt.Fprintf(e.w, "[%d:%d] %s\n", ev.Sentence.Start, ev.Sentence.End, oneLine(ev.Sentence.Text))
	}
	fmt.Fprintf(e.w, "  %s\n", ev)
}
