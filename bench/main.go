// Command bench, the comparison harness, measures geoextract against a prose-NER-only baseline on
// hand-annotated news (the repository's testdata/gold.jsonl) and prints a
// table of precision, recall and F1 for entities and relations, and speed.
//
// It is a module of its own, so that the baseline's use never reaches the
// main go.mod. From this directory:
//
//	go run . -gold ../testdata/gold.jsonl
//
// geoextract runs as the library does by default: gazetteer.Default,
// entity.NewTagger and relation.NewExtractor with DefaultLexicon and the
// default relation model, set up by internal/pipeline as the measurement
// commands do. The
// baseline is prose v2's NewDocument with one shared model; its labels
// PERSON, GPE, ORGANIZATION and LOCATION are mapped to PERSON, GPE, ORG and
// LOC, and since prose gives no offsets its entity texts are aligned to the
// input by searching forward. prose has no relations.
//
// Entities match on their exact byte span: "strict" also needs the type,
// the other views count GPE and LOC as one class. A relation matches a gold
// relation in the same sentence with the same CAMEO root whose subject and
// object match by id, country, name or a person's last name.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/pipeline"
	"github.com/geoextract/geoextract/relation"
	"github.com/jdkato/prose/v2"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	goldPath := fs.String("gold", "../testdata/gold.jsonl", "gold JSONL file (scorer format)")
	rounds := fs.Int("rounds", 3, "passes over the documents for the speed measurement")
	verbose := fs.Bool("v", false, "also print the scores of each document")
	markdown := fs.Bool("markdown", false, "print the table in Markdown (for the README)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	docs, err := readGold(*goldPath)
	if err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}
	if *rounds < 1 {
		*rounds = 1
	}

	systems := []system{newGeoextract(), newProse()}
	results := make([]systemResult, len(systems))
	for i, s := range systems {
		r, err := evaluate(s, docs, *rounds)
		if err != nil {
			fmt.Fprintf(stderr, "compare: %s: %v\n", s.name, err)
			return 1
		}
		results[i] = r
	}
	if *markdown {
		reportMarkdown(stdout, systems, results)
		return 0
	}
	report(stdout, *goldPath, docs, systems, results, *verbose)
	return 0
}

// system is one extractor under test.
type system struct {
	name      string
	relations bool // whether it extracts relations at all
	setup     func() error
	run       func(goldDoc) (prediction, error)
}

type systemResult struct {
	entities  []counts // per entityView
	relations counts
	perDoc    []docScore
	setup     time.Duration
	perRound  time.Duration
}

type docScore struct {
	id       string
	entities counts // exact span, GPE=LOC
	rels     counts
}

func evaluate(s system, docs []goldDoc, rounds int) (systemResult, error) {
	var r systemResult
	start := time.Now()
	if err := s.setup(); err != nil {
		return r, err
	}
	r.setup = time.Since(start)
	r.entities = make([]counts, len(entityViews))
	var total time.Duration
	for round := range rounds {
		for _, d := range docs {
			t0 := time.Now()
			p, err := s.run(d)
			total += time.Since(t0)
			if err != nil {
				return r, fmt.Errorf("%s: %v", d.ID, err)
			}
			if round > 0 {
				continue
			}
			for i, v := range entityViews {
				r.entities[i].add(scoreEntities(v, d, p.Entities))
			}
			rc := scoreRelations(d, p.Relations)
			r.relations.add(rc)
			r.perDoc = append(r.perDoc, docScore{id: d.ID, entities: scoreEntities(entityViews[1], d, p.Entities), rels: rc})
		}
	}
	r.perRound = total / time.Duration(rounds)
	return r, nil
}

func newGeoextract() system {
	var tagger *entity.Tagger
	var extractor *relation.Extractor
	return system{
		name:      "geoextract",
		relations: true,
		setup: func() error {
			p, err := pipeline.New(true)
			if err != nil {
				return err
			}
			tagger, extractor = p.Tagger, p.Extractor
			tagger.Tag(entity.Input{Text: "Warm up the tagger's lazily built tables in Seoul."})
			return nil
		},
		run: func(d goldDoc) (prediction, error) {
			published, err := parseDate(d.Date)
			if err != nil {
				return prediction{}, err
			}
			doc := tagger.Tag(entity.Input{Text: d.Text, Date: published})
			var p prediction
			for _, m := range doc.Mentions {
				p.Entities = append(p.Entities, span{Start: m.Start, End: m.End, Text: m.Text, Type: m.Type.String()})
			}
			for _, r := range extractor.Extract(doc) {
				pr := predRelation{
					SentStart: r.Sentence.Start, SentEnd: r.Sentence.End,
					Predicate: r.Predicate.String(), CAMEO: r.CAMEO,
					Subject: toPredArg(r.Subject),
				}
				if r.Object != nil {
					o := toPredArg(*r.Object)
					pr.Object = &o
				}
				p.Relations = append(p.Relations, pr)
			}
			return p, nil
		},
	}
}

func toPredArg(a relation.Argument) predArg {
	return predArg{Text: a.Text, Type: a.Type.String(), ID: a.ID, Name: a.Name, Country: a.Country}
}

func parseDate(s string) (entity.Date, error) {
	if s == "" {
		return entity.Date{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return entity.Date{}, err
	}
	return entity.DateOf(t), nil
}

// proseLabels maps prose's entity labels to ours; others are dropped.
var proseLabels = map[string]string{
	"PERSON": "PERSON", "GPE": "GPE", "ORGANIZATION": "ORG", "LOCATION": "LOC",
}

func newProse() system {
	var model *prose.Model
	return system{
		name: "prose NER",
		setup: func() error {
			model = prose.ModelFromData("en") // the default model, decoded once and shared
			return nil
		},
		run: func(d goldDoc) (p prediction, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("prose panicked: %v", r)
				}
			}()
			doc, err := prose.NewDocument(d.Text, prose.UsingModel(model), prose.WithSegmentation(false))
			if err != nil {
				return p, err
			}
			cursor := 0
			for _, e := range doc.Entities() {
				typ, ok := proseLabels[e.Label]
				if !ok {
					continue
				}
				start, end, ok := align(d.Text, e.Text, cursor)
				if !ok {
					continue
				}
				cursor = end
				p.Entities = append(p.Entities, span{Start: start, End: end, Text: d.Text[start:end], Type: typ})
			}
			return p, nil
		},
	}
}

// align finds the entity text prose reports (its tokens joined by spaces)
// in text at or after from, allowing any spacing between the tokens. It
// falls back to a search from the start of the text.
func align(text, entity string, from int) (start, end int, ok bool) {
	toks := strings.Fields(entity)
	if len(toks) == 0 {
		return 0, 0, false
	}
	for i, t := range toks {
		toks[i] = regexp.QuoteMeta(t)
	}
	re, err := regexp.Compile(strings.Join(toks, `\s*`))
	if err != nil {
		return 0, 0, false
	}
	for _, off := range []int{from, 0} {
		if loc := re.FindStringIndex(text[off:]); loc != nil {
			return off + loc[0], off + loc[1], true
		}
	}
	return 0, 0, false
}

func readGold(path string) ([]goldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for lineno := 1; sc.Scan(); lineno++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, lineno, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents", path)
	}
	return docs, nil
}

func report(w io.Writer, path string, docs []goldDoc, systems []system, results []systemResult, verbose bool) {
	nEnt, nRel, nBytes := 0, 0, 0
	for _, d := range docs {
		nEnt += len(d.Entities)
		nRel += len(d.Relations)
		nBytes += len(d.Text)
	}
	fmt.Fprintf(w, "%s: %d documents, %d entities, %d relations, %d bytes\n\n", path, len(docs), nEnt, nRel, nBytes)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "\t")
	for _, s := range systems {
		fmt.Fprintf(tw, "%s P\tR\tF1\t", s.name)
	}
	fmt.Fprintln(tw)
	row := func(name string, get func(systemResult) (counts, bool)) {
		fmt.Fprintf(tw, "%s\t", name)
		for _, r := range results {
			c, ok := get(r)
			if !ok {
				fmt.Fprint(tw, "-\t-\t-\t")
				continue
			}
			fmt.Fprintf(tw, "%.3f\t%.3f\t%.3f\t", c.P(), c.R(), c.F1())
		}
		fmt.Fprintln(tw)
	}
	for i, v := range entityViews {
		row(v.Name, func(r systemResult) (counts, bool) { return r.entities[i], true })
	}
	fmt.Fprintf(tw, "relations (sentence, CAMEO root, arguments)\t")
	for i, r := range results {
		if !systems[i].relations {
			fmt.Fprint(tw, "-\t-\t-\t")
			continue
		}
		fmt.Fprintf(tw, "%.3f\t%.3f\t%.3f\t", r.relations.P(), r.relations.R(), r.relations.F1())
	}
	fmt.Fprintln(tw)
	tw.Flush()

	fmt.Fprintln(w)
	for i, r := range results {
		secs := r.perRound.Seconds()
		fmt.Fprintf(w, "%-11s %7.1f docs/s  %7.0f KB/s  (setup %v, %d docs in %v per pass)\n", systems[i].name,
			float64(len(docs))/secs, float64(nBytes)/1024/secs, r.setup.Round(time.Millisecond), len(docs), r.perRound.Round(time.Millisecond))
	}
	if !verbose {
		return
	}
	fmt.Fprintln(w)
	for i, r := range results {
		fmt.Fprintf(w, "%s, per document (entities: exact span, GPE=LOC):\n", systems[i].name)
		for _, d := range r.perDoc {
			fmt.Fprintf(w, "  %-16s entities F1 %.3f (tp %d, pred %d, gold %d)  relations F1 %.3f (tp %d, pred %d, gold %d)\n",
				d.id, d.entities.F1(), d.entities.TP, d.entities.Pred, d.entities.Gold, d.rels.F1(), d.rels.TP, d.rels.Pred, d.rels.Gold)
		}
	}
}

// reportMarkdown prints the scores as a Markdown table: one row per view,
// P/R/F1 of each system.
func reportMarkdown(w io.Writer, systems []system, results []systemResult) {
	fmt.Fprint(w, "| |")
	for _, s := range systems {
		fmt.Fprintf(w, " %s P | R | F1 |", s.name)
	}
	fmt.Fprint(w, "\n|---|")
	for range systems {
		fmt.Fprint(w, "--:|--:|--:|")
	}
	fmt.Fprintln(w)
	cell := func(c counts, ok bool) string {
		if !ok {
			return " - | - | - |"
		}
		return fmt.Sprintf(" %.3f | %.3f | %.3f |", c.P(), c.R(), c.F1())
	}
	for i, v := range entityViews {
		fmt.Fprintf(w, "| %s |", v.Name)
		for _, r := range results {
			fmt.Fprint(w, cell(r.entities[i], true))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprint(w, "| relations |")
	for i, r := range results {
		fmt.Fprint(w, cell(r.relations, systems[i].relations))
	}
	fmt.Fprintln(w)
}
