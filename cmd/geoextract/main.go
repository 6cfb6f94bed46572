// Command geoextract tags geopolitical entities in English news, links them
// to gazetteer actors and extracts CAMEO-coded relations between them.
//
// Usage:
//
//	geoextract [flags] [file ...]     # read articles, print a readable report (or JSON with -json)
//	geoextract -jsonl < in.jsonl      # one {"id","text","date"?} per line in, one result per line out
//
// With no file arguments (or "-") geoextract reads standard input.
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
// same id, wholesale, and new ids are added. -no-world leaves the world data
// out. -lexicon adds relation triggers the same way (relation.MergeLexicons).
// Errors in these files are reported as file:line:col, all of them.
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
	jsonl    bool
	asJSON   bool
	date     string
	workers  int
	gazFiles listFlag
	lexFiles listFlag
	noWorld  bool
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("geoextract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.BoolVar(&c.jsonl, "jsonl", false, "read JSONL records {\"id\",\"text\",\"date\"} on stdin and write one JSON result per line")
	fs.BoolVar(&c.asJSON, "json", false, "print results as JSON instead of a readable report")
	fs.StringVar(&c.date, "date", "", "publication date (YYYY-MM-DD) of the input articles, for relative dates (with -jsonl: of records without a \"date\")")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "records processed in parallel with -jsonl")
	fs.Var(&c.gazFiles, "gazetteer", "extra gazetteer YAML `file`, merged over the embedded world data: its entries replace those with the same id (repeatable)")
	fs.Var(&c.lexFiles, "lexicon", "extra relation lexicon YAML `file`, merged over the embedded one (repeatable)")
	fs.BoolVar(&c.noWorld, "no-world", false, "do not load the embedded world gazetteer (use only -gazetteer files)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: geoextract [flags] [file ...]\n       geoextract -jsonl < records.jsonl\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
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
		fmt.Fprintf(stderr, "geoextract: %v\n", err)
		return 1
	}
	p.date = published
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
	for _, name := range inputs {
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
		res := p.process(string(b), published)
		if c.asJSON {
			res.ID, _ = json.Marshal(name)
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			err = enc.Encode(res)
		} else {
			err = writeReport(stdout, name, res)
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
}

func newPipeline(c config) (*pipeline, error) {
	// Decode the part-of-speech models while the gazetteer loads: on two
	// cores this halves the start-up time.
	go nlp.Default()
	var gs []*gazetteer.Gazetteer
	if !c.noWorld {
		g, err := gazetteer.Default()
		if err != nil {
			return nil, err
		}
		gs = append(gs, g)
	}
	for _, f := range c.gazFiles {
		g, err := gazetteer.LoadFile(f)
		if err != nil {
			return nil, err
		}
		gs = append(gs, g)
	}
	g, err := gazetteer.Merge(gs...)
	if err != nil {
		return nil, err
	}
	lex, err := relation.DefaultLexicon()
	if err != nil {
		return nil, err
	}
	if len(c.lexFiles) > 0 {
		lexes := []*relation.Lexicon{lex}
		for _, f := range c.lexFiles {
			r, err := os.Open(f)
			if err != nil {
				return nil, err
			}
			l, err := relation.LoadLexicon(bufio.NewReader(r), f)
			r.Close()
			if err != nil {
				return nil, err
			}
			lexes = append(lexes, l)
		}
		if lex, err = relation.MergeLexicons(lexes...); err != nil {
			return nil, err
		}
	}
	return &pipeline{tagger: entity.NewTagger(g), extractor: relation.NewExtractor(lex)}, nil
}
