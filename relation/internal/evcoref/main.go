// Command evcoref measures what event coreference of nominal events could
// gain (issues #9/#10): a definite or possessive event noun whose
// participants were named earlier in the document ("…cordial relations
// which would strengthen with the visit", two sentences after the visit
// of Bush to Pakistan; "During the talks, the leaders praised…") read as
// the earlier event, with its participants.
//
// Run from the repository root on gold files in the JSONL of the scorer
// (../shared/eval/README.md); the files given are measured together:
//
//	go run ./relation/internal/evcoref [-model] [-v] [-config FILE] GOLD.jsonl...
//
// An anaphoric event noun is a one-word noun trigger of the lexicon with
// no "then" pattern (Lexicon.Triggers, all its noun forms), tagged as a
// lower-case common noun, whose phrase opens with a determiner of
// config.yaml (internal/english classes and words: "the", possessive
// pronouns, demonstratives) after at most max_modifiers lower-case
// adjectives or nouns, and which has no participant of its own: no
// mention in the phrase and, right after the noun, no preposition of the
// noun's object frames nor of own_classes ("the talks with X", "the
// visit of X"). The relations are extracted with the rules alone
// (relation.WithModel(nil)), or with the default model under -model. It
// prints:
//
//   - the ceiling: missed gold relations (internal/gold's matching) whose
//     trigger has an anaphoric event noun of the gold root with no
//     participant of its own in the gold sentence, and whose pair of
//     arguments has an antecedent: a gold or extracted relation of the
//     same root between the same two arguments (either order), at most
//     window sentences earlier;
//   - the precision risk: the anaphoric event nouns with no participant
//     of their own that follow an extracted relation of their root, with
//     an object, within the window (where the stage would emit a record),
//     split into those the annotator marked (a gold relation of that
//     root in the sentence whose trigger has the noun) and those unmarked.
//
// -v lists each ceiling miss and each unmarked firing. It is a
// measurement, never run by go test: the gold files are not in the
// repository.
//
// # Measured (main 69e8181, 2026-12-07): not built
//
// Half A is the dev tune files (news and VOA), freshgold's tune split and
// batches 3 and 4 (406 texts); half B is batches 5 and 6 (300 texts),
// counted but whose errors were not read. Embedded settings (window 5, two
// modifiers, all roots); the rows marked 04 rerun with roots ["04"], the
// consultations (talks, visit, meeting, summit, negotiation...):
//
//	                                          A rules  A model  B rules  B model
//	gold relations                               2759     2759     1922     1922
//	missed                                       1861     1440     1396     1059
//	missed on an anaphoric event noun              38       31       28       23
//	  with an antecedent: the ceiling              18       16       11        8
//	  ceiling, % of misses                        1.0      1.1      0.8      0.8
//	  ceiling, 04 only                              8        7        8        5
//	anaphoric event nouns, none of their own      351      351      299      299
//	  after an extracted event of their root      115      151       91      101
//	    marked by the annotator                    12       16       12       13
//	    unmarked                                  103      135       79       88
//	  04 only: after an extracted event            57       72       44       49
//	    marked / unmarked                        8/49     9/63    10/34    10/39
//
// Antecedents lie one sentence back in most cases (A rules: 11 of 18 at
// one sentence, 2 at two, 5 at three to five). Read on half A, about half
// of the 18 are event anaphora proper ("ended their talks", "During the
// talks, the leaders praised…", "would strengthen with the visit", "It was
// their first meeting"); the others have their participants elsewhere in
// the sentence ("the clash occurred when Chad's troops made contact with
// Sudan's forces", "the allegations in the UN report"), which reading the
// noun as the earlier event would not need.
//
// Both bars of the issue fail: the ceiling is 0.8 to 1.1 % of the misses
// (under 3 %), and the nouns that would fire are mostly unmarked, 6.6 to
// 8.6 unmarked per marked (3.4 to 7.0 for consultations alone).
// Annotators record an event where its participants are named and leave
// "The meeting lasted over an hour", "During his visit, the two sides
// signed…" and "after the talks" without a record of their own; nothing
// in the phrase or its sentence tells the marked from the unmarked. A
// stage that gave such a noun the participants of the closest earlier
// event of its root would add several false positives for each true one
// (A rules, consultations: at most 8 found for 49 wrong), so none was
// built.
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/internal/pipeline"
)

//go:embed config.yaml
var defaultConfig []byte

func main() {
	model := flag.Bool("model", false, "extract with the default relation model (default: the rules alone)")
	verbose := flag.Bool("v", false, "list each ceiling miss and each unmarked firing")
	cfgPath := flag.String("config", "", "settings file (default: the embedded config.yaml)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: evcoref [-model] [-v] [-config FILE] GOLD.jsonl...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Args(), *cfgPath, *model, *verbose, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "evcoref: %v\n", err)
		os.Exit(1)
	}
}

func run(paths []string, cfgPath string, model, verbose bool, w io.Writer) error {
	data, name := defaultConfig, "config.yaml"
	if cfgPath != "" {
		b, err := os.ReadFile(cfgPath)
		if err != nil {
			return err
		}
		data, name = b, cfgPath
	}
	cfg, err := parseConfig(data, name)
	if err != nil {
		return err
	}
	p, err := pipeline.New(model)
	if err != nil {
		return err
	}
	tab, err := english.Base()
	if err != nil {
		return err
	}
	f := &finder{cfg: cfg, tab: tab, nouns: eventNouns(p.Lexicon, cfg.Roots)}
	tg, x := p.Tagger, p.Extractor
	var v io.Writer
	if verbose {
		v = w
	}
	var c counts
	for _, p := range paths {
		docs, _, err := gold.Read(p, false)
		if err != nil {
			return err
		}
		for _, d := range docs {
			date, _ := entity.ParseDate(d.Date)
			doc := tg.Tag(entity.Input{Text: d.Text, Date: date})
			f.measure(&c, d, doc, x.Extract(doc), v)
		}
	}
	c.write(w)
	return nil
}
