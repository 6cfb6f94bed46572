// Command geoextract tags geopolitical entities in English news, links them
// to gazetteer actors and extracts CAMEO-coded relations between them.
//
// Usage:
//
//	geoextract [-gazetteer FILE]... [-no-default] [-lexicon FILE]... [-date YYYY-MM-DD] [-json] [FILE...]
//	geoextract -jsonl [flags] < in.jsonl  # one {"id","text","date"?} per line in, one result per line out
//
// With no file arguments (or "-") geoextract reads standard input.
//
// # Readable report
//
// Without -json or -jsonl each input gets a report: a table of its
// mentions (the mention as written, its type, the gazetteer id of its
// entity, the actor's country and the role named with it; "-" when
// unknown), then its relations, one per line:
//
//	== article.txt (2022-06-13): 99 mentions of 41 entities, 20 relations
//
//	MENTION       TYPE    ENTITY               COUNTRY  ROLE
//	Seoul         GPE     KOR                  KOR
//	Lee Jong-sup  PERSON  person/lee-jong-sup  KOR      Defense Minister
//	...
//
//	RELATIONS
//	KOR —REDUCE_RELATIONS(16)→ JPN: Seoul scrapped an intelligence-sharing agreement with Japan  [2019-08]
//	PRK —EXHIBIT_FORCE_POSTURE(15)→ ∅: North Korea may conduct its first nuclear bomb test  [possible, 2022-06]
//
// A relation line names the subject and the object by their gazetteer id
// (or their text when they are not linked; ∅ when the event has no object)
// around the CAMEO predicate and code, then quotes the sentence from the
// first participant or trigger to the last, then gives its flags: negated,
// the modality when not asserted, and the event date.
//
// # JSONL contract
//
// With -jsonl each input line is a JSON object
//
//	{"id": "seed-000", "text": "...", "date": "2022-06-13"}
//
// where date (YYYY-MM-DD, YYYY-MM or YYYY) is optional and resolves relative
// dates ("on Sunday"); -date gives a default. Blank lines are skipped; lines
// may end in CRLF. Every other line gets exactly one output line, in input
// order, with the id echoed exactly as written:
//
//	{"id": "seed-000",
//	 "entities": [{"start": 33, "end": 38, "text": "Seoul", "type": "GPE", "id": "KOR", "name": "South Korea"}],
//	 "relations": [{"subject": {"start": ..., "end": ..., "text": "Seoul", "type": "GPE", "id": "KOR", "name": "South Korea", "country": "KOR"},
//	                "predicate": "REDUCE_RELATIONS", "cameo": "16",
//	                "object": {... "text": "Japan", ... "country": "JPN"},
//	                "trigger": {"start": ..., "end": ..., "text": "scrapped"},
//	                "sentence_start": ..., "sentence_end": ...,
//	                "negated": false, "modality": "asserted", "date": "2019-08"}]}
//
// Offsets are UTF-8 byte offsets into text, end exclusive: text[start:end]
// is the mention (invalid UTF-8 in the input has been decoded to U+FFFD by
// then). type is PERSON, GPE, ORG, LOC, NORP or EVENT; id is the gazetteer
// id of a linked mention (countries: ISO 3166-1 alpha-3) and is omitted
// otherwise; country, on relation arguments, is the ISO alpha-3 code of the
// actor's country when known. predicate is a CAMEO root name (STATEMENT,
// APPEAL, INTENT_TO_COOPERATE, CONSULT, DIPLOMATIC_COOPERATION,
// MATERIAL_COOPERATION, PROVIDE_AID, YIELD, INVESTIGATE, DEMAND, DISAPPROVE,
// REJECT, THREATEN, PROTEST, EXHIBIT_FORCE_POSTURE, REDUCE_RELATIONS, COERCE,
// ASSAULT, FIGHT, MASS_VIOLENCE) and cameo its code, at least the two-digit
// root; object is null when the event has no target; modality is asserted,
// possible, intended or hypothetical; date is omitted when unknown.
//
// A line that cannot be processed still gets its line, with the id when it
// could be read and a message that starts with the line number:
//
//	{"id": null, "error": "line 7: invalid JSON: ..."}
//	{"id": "x", "error": "line 8: record has no \"text\" field"}
//
// # Gazetteers and lexicons
//
// -gazetteer my.yaml (repeatable) merges the user's entries over the embedded
// world data with gazetteer.Merge: an entry replaces the world entry with the
// same id, wholesale, and new ids are added. -no-default leaves the world
// data out (-no-world, its old name, still works). -lexicon adds relation
// triggers the same way (relation.MergeLexicons). Errors in these files are
// reported on standard error one per line as file:line:col: message, all of
// them, from every file named.
//
// Exit status: 0 on success, 1 when data cannot be loaded or an input file
// cannot be read, 2 for usage errors.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/nlp"
	"github.com/geoextract/geoextract/relation"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

type config struct {
	jsonl     bool
	asJSON    bool
	date      string
	workers   int
	gazFiles  listFlag
	lexFiles  listFlag
	noDefault bool
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("geoextract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.BoolVar(&c.jsonl, "jsonl", false, "read JSONL records {\"id\",\"text\",\"date\"} on stdin and write one JSON result per line")
	fs.BoolVar(&c.asJSON, "json", false, "print results as JSON instead of a readable report")
	fs.StringVar(&c.date, "date", "", "publication date (`YYYY-MM-DD`) of the input articles, for relative dates (with -jsonl: of records without a \"date\")")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "records processed in parallel with -jsonl")
	fs.Var(&c.gazFiles, "gazetteer", "extra gazetteer YAML `file`, merged over the embedded world data: its entries replace those with the same id (repeatable)")
	fs.Var(&c.lexFiles, "lexicon", "extra relation lexicon YAML `file`, merged over the embedded one (repeatable)")
	fs.BoolVar(&c.noDefault, "no-default", false, "do not load the embedded world gazetteer (use only -gazetteer files)")
	// The usage message lists the flags defined so far; -no-world, the old
	// name of -no-default, still works but is not advertised.
	visible := flag.NewFlagSet("geoextract", flag.ContinueOnError)
	visible.SetOutput(stderr)
	fs.VisitAll(func(f *flag.Flag) { visible.Var(f.Value, f.Name, f.Usage) })
	var noWorld bool
	fs.BoolVar(&noWorld, "no-world", false, "deprecated: use -no-default")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: geoextract [-gazetteer FILE]... [-no-default] [-lexicon FILE]... [-date YYYY-MM-DD] [-json] [FILE...]\n"+
			"       geoextract -jsonl [flags] < records.jsonl\n\n"+
			"With no FILE, or with -, geoextract reads standard input.\n\nflags:\n")
		visible.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if noWorld {
		fmt.Fprintln(stderr, "geoextract: -no-world is deprecated; use -no-default")
		c.noDefault = true
	}
	// Check the command line before loading any data: usage errors are quick.
	if c.jsonl && fs.NArg() > 0 {
		fmt.Fprintln(stderr, "geoextract: -jsonl reads standard input; file arguments are not allowed")
		return 2
	}
	published, err := parseDate(c.date)
	if err != nil {
		fmt.Fprintf(stderr, "geoextract: -date: %v\n", err)
		return 2
	}
	p, err := newPipeline(c)
	if err != nil {
		reportLoadError(stderr, err)
		return 1
	}
	p.date = published
	for _, w := range p.warnings {
		fmt.Fprintf(stderr, "geoextract: warning: %v\n", w)
	}
	if c.jsonl {
		if err := p.runJSONL(ctx, stdin, stdout, c.workers, maxLineBytes); err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			return 1
		}
		return 0
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	status := 0
	for i, name := range inputs {
		var b []byte
		if name == "-" {
			b, err = io.ReadAll(stdin)
		} else {
			b, err = os.ReadFile(name)
		}
		if err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			status = 1
			continue
		}
		a := p.analyze(string(b), published)
		if c.asJSON {
			res := a.result()
			res.ID, _ = json.Marshal(name)
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			err = enc.Encode(res)
		} else {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			err = writeReport(stdout, name, published, a)
		}
		if err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			return 1
		}
	}
	return status
}

// pipeline holds the loaded data and the immutable tagger and extractor.
// It is safe for concurrent use once built.
type pipeline struct {
	tagger    *entity.Tagger
	extractor *relation.Extractor
	date      relation.Date // publication date of JSONL records that give none
	warnings  gazetteer.ErrorList
}

func newPipeline(c config) (*pipeline, error) {
	// Decode the part-of-speech models while the gazetteer loads: on two
	// cores this halves the start-up time.
	go nlp.Default()
	// Every file is read even after an error, so that one run reports the
	// problems of all of them.
	var errs []error
	var gs []*gazetteer.Gazetteer
	if !c.noDefault {
		g, err := gazetteer.Default()
		if err != nil {
			return nil, err
		}
		gs = append(gs, g)
	}
	for _, f := range c.gazFiles {
		g, err := gazetteer.LoadFile(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		gs = append(gs, g)
	}
	lexes := make([]*relation.Lexicon, 0, 1+len(c.lexFiles))
	lex, err := relation.DefaultLexicon()
	if err != nil {
		return nil, err
	}
	lexes = append(lexes, lex)
	for _, f := range c.lexFiles {
		l, err := loadLexicon(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		lexes = append(lexes, l)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	g, err := gazetteer.Merge(gs...)
	if err != nil {
		return nil, err
	}
	if len(lexes) > 1 {
		if lex, err = relation.MergeLexicons(lexes...); err != nil {
			return nil, err
		}
	}
	return &pipeline{tagger: entity.NewTagger(g), extractor: relation.NewExtractor(lex), warnings: g.Warnings()}, nil
}

// loadLexicon reads a relation lexicon file.
func loadLexicon(path string) (*relation.Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return relation.LoadLexicon(bufio.NewReader(f), path)
}

// reportLoadError prints an error of newPipeline: each problem found in a
// gazetteer or lexicon file on its own line as "file:line:col: message",
// as compilers do, and any other error after "geoextract: ".
func reportLoadError(w io.Writer, err error) {
	switch err := err.(type) {
	case gazetteer.ErrorList:
		for _, e := range err {
			fmt.Fprintln(w, e.Error())
		}
	case relation.ErrorList:
		for _, e := range err {
			fmt.Fprintln(w, e.Error())
		}
	case interface{ Unwrap() []error }: // errors.Join
		for _, e := range err.Unwrap() {
			reportLoadError(w, e)
		}
	default:
		fmt.Fprintf(w, "geoextract: %v\n", err)
	}
}
