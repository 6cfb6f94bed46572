// Command freshcheck measures the extractor on the fresh table
// (relation/internal/fresh/cases.yaml: our own sentences, annotated by the
// relation guideline) over the whole pipeline, the real tagger with the
// embedded gazetteer and the default extractor, as the command
// geoextract runs them. It prints the errors of every case (false
// positives, misses, wrong negation or modality; "must" marks the cases
// package relation's TestFresh checks), then precision and recall over
// the table and over each batch written before tuning on it (b2-, b3-,
// ...).
//
// Run from the repository root:
//
//	go run ./relation/internal/freshcheck [-no-relation-model] [-q]
//
// It is a measurement, never run by go test (TestFresh asserts the must
// cases). TestFresh reads the cases the embedded model reads otherwise
// with the rules alone; this command does not, so with the model a case
// can differ from the test.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/pipeline"
	"github.com/geoextract/geoextract/relation"
	"github.com/geoextract/geoextract/relation/internal/fresh"
)

func main() {
	noModel := flag.Bool("no-relation-model", false, "the rules alone, without the embedded relation model")
	quiet := flag.Bool("q", false, "print the totals only, not the errors of each case")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: freshcheck [-no-relation-model] [-q]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	cases, err := fresh.Cases()
	if err != nil {
		fmt.Fprintf(os.Stderr, "freshcheck: %v\n", err)
		os.Exit(1)
	}
	p, err := pipeline.New(!*noModel)
	if err != nil {
		fmt.Fprintf(os.Stderr, "freshcheck: %v\n", err)
		os.Exit(1)
	}
	run(os.Stdout, cases, p.Extractor, p.Tagger, !*quiet)
}

// published is the publication date relative dates are resolved against.
var published = entity.Date{Year: 2024, Month: 3, Day: 14}

// run scores every case and writes the table to w; verbose lists the
// errors of each case first.
func run(w io.Writer, cases []fresh.Case, x *relation.Extractor, tg *entity.Tagger, verbose bool) {
	var total fresh.Result
	batches := map[string]*fresh.Result{}
	var order []string
	for _, c := range cases {
		doc := *tg.Tag(entity.Input{Text: c.Text})
		doc.Date = published
		res := fresh.Score(c, toFresh(x.Extract(&doc)))
		total.Add(res)
		if b := c.Batch(); b != "" {
			if batches[b] == nil {
				batches[b] = &fresh.Result{}
				order = append(order, b)
			}
			batches[b].Add(res)
		}
		if verbose && len(res.Notes) > 0 {
			must := ""
			if c.Must {
				must = " (must)"
			}
			fmt.Fprintf(w, "%s%s: %q\n\t%s\n", c.Name, must, c.Text, strings.Join(res.Notes, "\n\t"))
		}
	}
	fmt.Fprintf(w, "fresh table: %d cases, tp %d fp %d fn %d, attribute errors %d: P %.3f R %.3f\n",
		len(cases), total.TP, total.FP, total.FN, total.Attr, ratio(total.TP, total.TP+total.FP), ratio(total.TP, total.TP+total.FN))
	for _, b := range order {
		h := batches[b]
		fmt.Fprintf(w, "batch %s-: tp %d fp %d fn %d: P %.3f R %.3f\n", b, h.TP, h.FP, h.FN, ratio(h.TP, h.TP+h.FP), ratio(h.TP, h.TP+h.FN))
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// toFresh converts relations to the fresh table's view of them, as
// package relation's TestFresh does (package fresh cannot: relation's
// tests import it).
func toFresh(rs []relation.Relation) []fresh.Rel {
	arg := func(a *relation.Argument) *fresh.Arg {
		if a == nil {
			return nil
		}
		return &fresh.Arg{ID: a.ID, Country: a.Country, Name: a.Name, Text: a.Text, Person: a.Type == entity.Person}
	}
	out := make([]fresh.Rel, 0, len(rs))
	for _, r := range rs {
		f := fresh.Rel{Subject: *arg(&r.Subject), Object: arg(r.Object), CAMEO: r.CAMEO, Root: r.Predicate.Code(),
			Trigger: r.Trigger.Text, Negated: r.Negated, Modality: r.Modality.String()}
		if r.Date != (entity.Date{}) {
			f.Date = r.Date.String()
		}
		out = append(out, f)
	}
	return out
}
