// Command geoextract tags geopolitical entities in English news, links them
// to gazetteer actors and extracts CAMEO-coded relations between them.
//
// Usage:
//
//	geoextract [-gazetteer FILE]... [-no-default] [-lexicon FILE]... [-date YYYY-MM-DD] [-json | -format tsv|csv] [FILE...]
//	geoextract -jsonl [-format tsv|csv] [-workers N] [-progress] [flags] < in.jsonl  # one {"id","text","date"?} per line in, one result per line out
//	geoextract -html [-o DIR] [flags] FILE...         # one self-contained HTML page per input
//	geoextract -parse [-input text|conllu] [FILE...]  # dependency parses as CoNLL-U
//	geoextract serve [-addr HOST:PORT] [flags]        # the same over HTTP
//
// With no file arguments (or "-") geoextract reads standard input.
//
// # HTML page
//
// -html writes each input as one self-contained HTML page (inline CSS and
// script, works offline): the text with each mention highlighted by type,
// the actor's name, id, country and role on hover, pronouns and
// descriptions marked with their actor, and the relations as a list
// coloured by CAMEO QuadClass, with negation, modality and date badges,
// each linked to its sentence. One input's page goes to standard output;
// with several, -o DIR is required and gets one NAME.html each (see
// html.go).
//
// # Event rows
//
// -format tsv (or csv) writes, instead of a report or JSON, a header row
// and one row per relation of every input, in input order, in the columns
// of package export (export.Columns): doc_id (the file name, or the JSONL
// record's id), event_date, doc_date, the source's code (gazetteer id;
// countries ISO alpha-3), name, type, role, country and text, the same for
// the target (empty when the event has none), cameo, root, predicate,
// quad_class (1-4), goldstein (-10..+10), negated, modality, trigger,
// trigger and sentence offsets, and the sentence. TSV cells escape a
// backslash, tab, newline or carriage return as \\, \t, \n or \r, so that a
// row is one line; CSV follows RFC 4180. With -jsonl, a record that cannot
// be processed is reported on standard error (its JSONL error message) and
// the exit status is 1 once all others are written.
//
// # Dates
//
// A document's date (for relative dates such as "on Sunday" and for the
// offices people held) is the JSONL record's "date", else -date, else the
// date of the article's dateline: "SEOUL, June 13 (Yonhap)", "13 Jun
// 2022", "June 13, 2022 — ...", "1996-12-06" near the top of the text (the
// month names and patterns are in export/data/dateline.yaml). A dateline without
// a year takes the latest such day not after today.
//
// # HTTP server
//
//	geoextract serve [-addr 127.0.0.1:8080] [-max-body BYTES] [-workers N] [data flags]
//
// answers POST /v1/extract (one record {"id","text","date"} in, its JSONL
// result object out), POST /v1/batch (JSONL in and out, the -jsonl
// contract) and GET /healthz; see serve.go and geoextract serve -h.
//
// # Batches
//
// -jsonl writes each result line as soon as it and those before it are
// done. -workers N records are processed at once (default: the number of
// CPUs; at most 4 × the CPUs: a larger N is clamped, with a note, as each
// record in flight holds its analysis in memory). Progress (records done,
// records per second and, when standard input is a file, the share read and
// the time left) goes to standard error when it is a terminal, or always
// with -progress; -progress=false turns it off.
//
// # Readable report
//
// Without -json or -jsonl each input gets a report: a table of its
// mentions (the mention as written, its type, the gazetteer id of its
// entity, the actor's country and the role named with it; "-" when
// unknown), then the references it resolves (pronouns, descriptions and
// partial names, with the actor each refers to), then its relations, one
// per line:
//
//	== article.txt (2022-06-13): 99 mentions of 39 entities, 21 relations
//
//	MENTION       TYPE    ENTITY               COUNTRY  ROLE
//	Seoul         GPE     KOR                  KOR
//	Lee Jong-sup  PERSON  person/lee-jong-sup  KOR      Defense Minister
//	...
//
//	REFERENCE    KIND         ENTITY               NAME
//	he           pronoun      person/lee-jong-sup  Lee Jong-sup
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
//	                "negated": false, "modality": "asserted", "date": "2019-08"}],
//	 "references": [{"start": 955, "end": 957, "text": "he", "id": "person/lee-jong-sup", "name": "Lee Jong-sup", "kind": "pronoun"}]}
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
// references, omitted when there are none, lists the pronouns, descriptions
// and partial names the document resolves to an actor named elsewhere in
// it, in text order: kind is pronoun, description or name, id and name are
// the actor's; a reference to several actors ("they") appears once per
// actor.
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
// triggers the same way (relation.MergeLexicons). -frames my.yaml merges
// the dependency roles of the parse fallback over the embedded
// relation/data/frames/frames.yaml: each key the file gives replaces that
// key's list, the others stay (relation.LoadFrames). -accusals my.yaml
// and -roots my.yaml merge the same way over relation/data/accuse/
// accuse.yaml (the roles and codes of reported accusations, demands and
// stances: relation.LoadAccusals) and relation/data/roots/roots.yaml
// (which CAMEO roots' triggers behave how: relation.LoadRoots). Errors in
// these files are reported on standard error one per line as
// file:line:col: message, all of them, from every file named.
//
// -explain writes to standard error, for each input, each sentence with a
// relation trigger of the lexicon and, under it, one line per trigger
// matched: its words, the lexicon entry and where it is defined
// (file:line:col), and its fate, the number of relations it gave or the
// stage and reason that dropped it (relation.WithTrace; see explain.go).
// Standard output does not change. It does not apply to -jsonl.
//
// The embedded trained relation model (relation.WithModel) also proposes
// relations between actors of a sentence that the rules leave unrelated;
// -no-relation-model leaves the rules alone; -relation-model FILE uses a model trained on one's own annotations (go
// run ./relation/internal/pairtrain) instead.
//
// -unnamed-actors reads armed groups described rather than named ("the
// rebels", "government troops", "Kurdish fighters") as parties of
// conflict events (relation.WithUnnamedActors); off by default.
//
// -coref-model FILE resolves pronouns with an antecedent ranker trained by
// entity/internal/corefrank (entity.WithCorefModel) among the actors the
// rules admit; -no-coref-model resolves them by the rules alone, today's
// default (the embedded model is not on by default: see corefDefault).
//
// Exit status: 0 on success, 1 when data or a model cannot be loaded or an
// input file cannot be read, 2 for usage errors: -json with -jsonl, -json
// with -format, an unknown -format, -workers below 1, -no-default without
// -gazetteer, -relation-model with -no-relation-model, -coref-model with
// -no-coref-model, a bad -date.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/export"
	"github.com/geoextract/geoextract/gazetteer"
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
	format    string
	progress  bool
	date      string
	workers   int
	gazFiles  listFlag
	lexFiles  listFlag
	frames    string // -frames: a frames file merged over the embedded one
	accusals  string // -accusals: an accusals file merged over the embedded one
	roots     string // -roots: a roots file merged over the embedded one
	noDefault bool
	unnamed   bool
	noCoref   bool                      // -no-coref-model: pronouns resolved by the rules alone
	corefFile string                    // -coref-model: a user-trained antecedent ranker
	noModel   bool                      // -no-relation-model: the rules alone, no relation model
	modelFile string                    // -relation-model: a trained relation model file
	trace     func(relation.TraceEvent) // -explain; nil without
}

// maxWorkers is the most records -workers may process at once: more would
// only multiply memory (each record in flight holds its analysis), never
// speed. A larger -workers is clamped to it, with a note.
func maxWorkers() int { return 4 * runtime.NumCPU() }

// dataFlags defines the flags that choose the data (gazetteers, lexicons,
// default date) and how relations are read on fs, for the main command and
// for serve.
func dataFlags(fs *flag.FlagSet, c *config) {
	fs.StringVar(&c.date, "date", "", "publication date (`YYYY-MM-DD`) of the input articles, for relative dates (with -jsonl: of records without a \"date\"); without it, the date of the article's dateline")
	fs.Var(&c.gazFiles, "gazetteer", "extra gazetteer YAML `file`, merged over the embedded world data: its entries replace those with the same id (repeatable)")
	fs.Var(&c.lexFiles, "lexicon", "extra relation lexicon YAML `file`, merged over the embedded one (repeatable)")
	fs.StringVar(&c.frames, "frames", "", "dependency roles YAML `file` of the parse fallback, merged over the embedded relation/data/frames/frames.yaml: each key it gives replaces that key's list")
	fs.StringVar(&c.accusals, "accusals", "", "dependency roles and codes YAML `file` of reported accusations, demands and stances, merged over the embedded relation/data/accuse/accuse.yaml: each key it gives replaces that key's list")
	fs.StringVar(&c.roots, "roots", "", "CAMEO root behaviours YAML `file`, merged over the embedded relation/data/roots/roots.yaml: each behaviour it gives has exactly its list of roots")
	fs.BoolVar(&c.noDefault, "no-default", false, "do not load the embedded world gazetteer (use only -gazetteer files)")
	fs.BoolVar(&c.unnamed, "unnamed-actors", false, "read described armed groups (\"the rebels\", \"government troops\", \"Kurdish fighters\") as parties of armed-conflict events, for conflict reporting")
	fs.BoolVar(&c.noCoref, "no-coref-model", false, "resolve pronouns by the rules alone, without a trained antecedent ranker (today the default)")
	fs.StringVar(&c.corefFile, "coref-model", "", "resolve pronouns with the antecedent ranker in `file`, trained with entity/internal/corefrank (off by default)")
	fs.BoolVar(&c.noModel, "no-relation-model", false, "extract relations by the rules alone, without the embedded trained relation model that proposes relations between actors of a sentence the rules leave unrelated (see relation/data/NOTICE.md)")
	fs.StringVar(&c.modelFile, "relation-model", "", "use the relation model in `file` (trained with go run ./relation/internal/pairtrain) instead of the embedded one")
}

// checkConfig checks the flags the command and serve share, before any
// data is loaded (usage errors are quick), clamps -workers to maxWorkers
// with a note on stderr from prog, and returns the default publication
// date.
func checkConfig(c *config, stderr io.Writer, prog string) (entity.Date, error) {
	if c.workers < 1 {
		return entity.Date{}, fmt.Errorf("-workers %d: want at least 1", c.workers)
	}
	if m := maxWorkers(); c.workers > m {
		fmt.Fprintf(stderr, "%s: note: -workers %d clamped to %d (4 × %d CPUs): more would only use more memory\n", prog, c.workers, m, runtime.NumCPU())
		c.workers = m
	}
	if c.noDefault && len(c.gazFiles) == 0 {
		return entity.Date{}, errors.New("-no-default leaves no gazetteer: give one with -gazetteer FILE")
	}
	if c.noCoref && c.corefFile != "" {
		return entity.Date{}, errors.New("-no-coref-model and -coref-model cannot be used together")
	}
	if c.noModel && c.modelFile != "" {
		return entity.Date{}, errors.New("-no-relation-model and -relation-model cannot be used together")
	}
	d, err := entity.ParseDate(c.date)
	if err != nil {
		return entity.Date{}, fmt.Errorf("-date: %v", err)
	}
	return d, nil
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "serve" {
		return runServe(ctx, args[1:], stderr)
	}
	fs := flag.NewFlagSet("geoextract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.BoolVar(&c.jsonl, "jsonl", false, "read JSONL records {\"id\",\"text\",\"date\"} on stdin and write one JSON result per line")
	fs.BoolVar(&c.asJSON, "json", false, "print results as JSON instead of a readable report")
	fs.StringVar(&c.format, "format", "", "write event rows instead, one per relation with a header row: `tsv` or csv (with or without -jsonl)")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), fmt.Sprintf("records processed in parallel with -jsonl (1 to %d, 4 × the CPUs)", maxWorkers()))
	fs.BoolVar(&c.progress, "progress", false, "report progress of -jsonl on stderr (the default when stderr is a terminal; -progress=false turns it off)")
	dataFlags(fs, &c)
	explain := fs.Bool("explain", false, "write to standard error, for each sentence, every relation trigger the lexicon matched and why it gave a relation or none (the stage and reason that dropped it, and the lexicon entry's file:line:col); standard output is unchanged")
	var page htmlFlags // -html, -o: see html.go
	page.register(fs)
	var parse parseFlags // -parse, -input: see parse.go
	parse.register(fs)
	// The usage message lists the flags defined so far; -no-world, the old
	// name of -no-default, still works but is not advertised.
	visible := flag.NewFlagSet("geoextract", flag.ContinueOnError)
	visible.SetOutput(stderr)
	fs.VisitAll(func(f *flag.Flag) { visible.Var(f.Value, f.Name, f.Usage) })
	var noWorld bool
	fs.BoolVar(&noWorld, "no-world", false, "deprecated: use -no-default")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: geoextract [-gazetteer FILE]... [-no-default] [-lexicon FILE]... [-date YYYY-MM-DD] [-json | -format tsv|csv] [FILE...]\n"+
			"       geoextract -jsonl [-format tsv|csv] [-workers N] [-progress] [flags] < records.jsonl\n"+
			"       geoextract -html [-o DIR] [flags] FILE...\n"+
			"       geoextract -parse [-input text|conllu] [FILE...]   (CoNLL-U dependency parses)\n"+
			"       geoextract serve [-addr HOST:PORT] [flags]   (geoextract serve -h for its flags)\n\n"+
			"With no FILE, or with -, geoextract reads standard input.\n\nflags:\n")
		visible.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if noWorld {
		fmt.Fprintln(stderr, "geoextract: -no-world is deprecated; use -no-default")
		c.noDefault = true
	}
	// Check the command line before loading any data: usage errors are quick.
	usage := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "geoextract: "+format+"\n", args...)
		fmt.Fprintln(stderr, "run geoextract -h for usage")
		return 2
	}
	if c.jsonl && fs.NArg() > 0 {
		return usage("-jsonl reads standard input; file arguments are not allowed")
	}
	if *explain && c.jsonl {
		return usage("-explain explains FILE arguments (or standard input read as one text), not -jsonl records")
	}
	if c.jsonl && c.asJSON {
		return usage("-json and -jsonl cannot be used together: -jsonl already writes JSON, one result per input line; -json is for FILE arguments")
	}
	format := formatJSONL
	switch c.format {
	case "":
	case "tsv":
		format = formatTSV
	case "csv":
		format = formatCSV
	default:
		return usage("-format %q: want tsv or csv (without -format: a report, or JSON with -json or -jsonl)", c.format)
	}
	if c.format != "" && c.asJSON {
		return usage("-json and -format %s cannot be used together: choose one output", c.format)
	}
	if msg := page.usageError(c, fs.Args()); msg != "" {
		return usage("%s", msg)
	}
	if msg := parse.usageError(c, page); msg != "" {
		return usage("%s", msg)
	}
	published, err := checkConfig(&c, stderr, "geoextract")
	if err != nil {
		return usage("%v", err)
	}
	if parse.on {
		return runParse(fs.Args(), parse.input, stdin, stdout, stderr)
	}
	var ex *explainer
	if *explain {
		ex = newExplainer(stderr)
		c.trace = ex.event
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
	if page.on {
		return p.runHTML(page, fs.Args(), published, stdin, stdout, stderr)
	}
	if c.jsonl {
		o := batchOptions{workers: c.workers, maxLine: maxLineBytes, format: format, stderr: stderr}
		f, isFile := stderr.(*os.File)
		if (set["progress"] && c.progress) || (!set["progress"] && isFile && isTerminal(f)) {
			o.progress = newProgress(stderr, inputSize(stdin), isFile && isTerminal(f), time.Now)
		}
		if err := p.runBatch(ctx, stdin, stdout, o); err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			return 1
		}
		return 0
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	var rows *export.EventWriter
	if format != formatJSONL {
		rows = newEventWriter(format, stdout)
		rows.WriteHeader()
	}
	status := 0
	for i, name := range inputs {
		text, err := readText(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			status = 1
			continue
		}
		date := p.dateOf(text, published)
		if ex != nil {
			ex.start(name)
		}
		restore := collectTightly(len(text))
		a := p.analyze(text, date)
		switch {
		case rows != nil:
			err = rows.Write(export.Events(name, a.doc, a.relations)...)
			if err == nil {
				err = rows.Flush() // each input's rows as soon as they are made
			}
		case c.asJSON:
			id, _ := json.Marshal(name)
			err = a.record(id).WriteJSONL(stdout)
		default:
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			err = writeReport(stdout, name, date, a)
		}
		restore()
		if err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			return 1
		}
	}
	if rows != nil {
		if err := rows.Flush(); err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			return 1
		}
	}
	return status
}

// bigDocument is the length from which one document is analyzed with
// less collector headroom: its live heap (about 16 bytes per input byte,
// the tokens and mentions) would otherwise let the heap grow to twice
// that before each collection.
const bigDocument = 1 << 20

// collectTightly lowers the collector's target (GOGC 100 to 50) while a
// document of n bytes is analyzed and written when n is at least bigDocument and the
// user set no GOGC of their own, and returns the function that restores
// it. On the 1, 4 and 16 MB documents of the README this keeps the peak
// resident memory near 30 bytes per input byte above the models', for
// about 15 % more CPU time on those documents only.
func collectTightly(n int) (restore func()) {
	if n < bigDocument || os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(50)
	return func() { debug.SetGCPercent(old) }
}

// readText reads the input named name, standard input for "-", else the
// file, into a string that holds the only copy of its bytes: the buffer is
// sized from the file's size when it is a regular file (a redirected
// standard input too) and becomes the string, where reading into a []byte
// and converting it held a long text twice, and io.ReadAll grew its buffer
// by doubling.
func readText(name string, stdin io.Reader) (string, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	var sb strings.Builder
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
			sb.Grow(int(fi.Size()))
		}
	}
	if _, err := io.Copy(&sb, r); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// pipeline holds the loaded data and the immutable tagger and extractor.
// It is safe for concurrent use once built.
type pipeline struct {
	tagger    *entity.Tagger
	extractor *relation.Extractor
	date      entity.Date      // publication date of JSONL records that give none
	now       func() time.Time // today, for datelines without a year; nil: time.Now
	warnings  gazetteer.ErrorList
}

func newPipeline(c config) (*pipeline, error) {
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
		if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
			err = fmt.Errorf("-gazetteer %s: cannot read the gazetteer: %w", f, pe.Err)
		}
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
	frames := loadRuleFile(c.frames, "-frames", "the frames file", relation.LoadFrames, &errs)
	accusals := loadRuleFile(c.accusals, "-accusals", "the accusals file", relation.LoadAccusals, &errs)
	roots := loadRuleFile(c.roots, "-roots", "the roots file", relation.LoadRoots, &errs)
	var topts []entity.Option
	switch {
	case c.corefFile != "":
		m, err := loadCorefModel(c.corefFile)
		if err != nil {
			errs = append(errs, err)
		}
		topts = append(topts, entity.WithCorefModel(m))
	case !c.noCoref && corefDefault:
		m, err := entity.DefaultCorefModel()
		if err != nil {
			return nil, err
		}
		topts = append(topts, entity.WithCorefModel(m))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	// One gazetteer (the usual case: the world data alone) keeps its
	// compiled matcher; Merge would build a new one.
	var g *gazetteer.Gazetteer
	if len(gs) == 1 {
		g = gs[0]
	} else if g, err = gazetteer.Merge(gs...); err != nil {
		return nil, err
	}
	if len(lexes) > 1 {
		if lex, err = relation.MergeLexicons(lexes...); err != nil {
			return nil, err
		}
	}
	opts := []relation.Option{relation.WithUnnamedActors(c.unnamed), relation.WithFrames(frames), relation.WithAccusals(accusals), relation.WithRoots(roots)}
	m, err := relationModel(c)
	if err != nil {
		return nil, err
	}
	opts = append(opts, relation.WithModel(m))
	if c.trace != nil {
		opts = append(opts, relation.WithTrace(c.trace))
	}
	return &pipeline{tagger: entity.NewTagger(g, topts...), extractor: relation.NewExtractor(lex, opts...), warnings: g.Warnings()}, nil
}

// corefDefault says whether the embedded antecedent ranker is on
// without -coref-model or -no-coref-model.
const corefDefault = false

// loadCorefModel reads an antecedent ranker file (-coref-model).
func loadCorefModel(path string) (*entity.CorefModel, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-coref-model %s: cannot read the model: %w", path, unwrapPath(err))
	}
	defer f.Close()
	m, err := entity.LoadCorefModel(f)
	if err != nil {
		return nil, fmt.Errorf("-coref-model %s: %w", path, err)
	}
	return m, nil
}

// relationModel returns the relation model -model or -relation-model
// asks for, or nil for the rules alone.
func relationModel(c config) (*relation.Model, error) {
	switch {
	case c.modelFile != "":
		f, err := os.Open(c.modelFile)
		if err != nil {
			return nil, fmt.Errorf("-relation-model %s: cannot read the relation model: %w", c.modelFile, unwrapPath(err))
		}
		defer f.Close()
		m, err := relation.LoadModel(f)
		if err != nil {
			return nil, fmt.Errorf("-relation-model %s: %w", c.modelFile, err)
		}
		return m, nil
	case !c.noModel:
		return relation.DefaultModel()
	}
	return nil, nil
}

// loadLexicon reads a relation lexicon file (-lexicon).
func loadLexicon(path string) (*relation.Lexicon, error) {
	return loadYAML(path, "-lexicon", "the relation lexicon", relation.LoadLexicon)
}

// loadRuleFile reads the rule file path (-frames, -accusals, -roots)
// with load as loadYAML does, adding its error to errs: nil, which the
// relation options read as the embedded file, when path is empty or the
// file does not load.
func loadRuleFile[T any](path, opt, what string, load func(io.Reader, string) (*T, error), errs *[]error) *T {
	if path == "" {
		return nil
	}
	v, err := loadYAML(path, opt, what, load)
	if err != nil {
		*errs = append(*errs, err)
		return nil
	}
	return v
}

// loadYAML reads the data file path, given with the flag named opt,
// with load, which reports its errors at path's positions; a file that
// cannot be opened is reported as "opt path: cannot read what: reason".
func loadYAML[T any](path, opt, what string, load func(io.Reader, string) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("%s %s: cannot read %s: %w", opt, path, what, unwrapPath(err))
	}
	defer f.Close()
	return load(bufio.NewReader(f), path)
}

// reportLoadError prints an error of newPipeline: each problem found in a
// gazetteer, lexicon, frames, accusals or roots file on its own line as "file:line:col: message",
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

// unwrapPath returns the reason of a file error without the path, which
// the message gives already.
func unwrapPath(err error) error {
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
