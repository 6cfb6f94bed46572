// Command roottrain trains a root model (relation.WithRootModel; none is
// embedded, see below), which relabels the CAMEO root of the
// relations the rules make, on annotated relation files in the JSONL of
// the scorer (../shared/eval/README.md):
//
//	go run ./relation/internal/roottrain -o roots.model GOLD.jsonl...
//
// Each text goes through the CLI's pipeline (the entity tagger with the
// embedded gazetteer, the rules, the parse); every relation the rules
// make whose pair of parties a gold relation of the same sentence
// relates (in either direction when the gold root is symmetric) is a
// training example (relation.Extractor.RootCandidates), labelled with
// the rules' root when a gold relation of the pair has it, else with the
// gold root of the pair. Relations whose pair no gold relation holds
// are not trained on. The model is a multiclass averaged perceptron (package pairs,
// classes 1 to 20); a relation takes the best-scoring root when it beats
// the rules' root by more than the margin.
//
// With -folds k (default 5) it first cross-validates by document (the
// folds of pairtrain, package gold's Fold): for each fold, a model trained
// on the other folds relabels the fold's rules' relations, which are
// matched against the gold (approximately as the scorer matches, package
// gold). It prints precision, recall and F1 of the rules alone and
// relabelled, per source file and pooled, for each number of epochs
// (-epochs) and margin (-margins); the final model is trained on all the
// texts with the first -epochs and -margin. -fold-dir DIR writes, for the
// real scorer, each fold's model (DIR/foldK.roots.model) and its gold
// texts per source (DIR/foldK.SOURCE.jsonl); the CLI reads a model with
// -root-model FILE.
//
// -no-pair trains without the relation model's pair features (they get
// no weight, so the extractor's decisions are the same), -min-count
// drops rare features, -min-confusions allows a relabel only between two
// roots that the training folds confuse at least so often (a
// measurement: the model file does not record it), -dump lists the
// rules' relations a gold relation of their pair gives another root and
// sorts the cross-validated relabels.
//
// # Measured (issue #9), and not kept
//
// The ceiling, by the scorer's own matching (score.py's match_relations
// without the predicate, on the false positives left after the full
// match), on half A (the dev tuning files, the first batch's tuning half,
// batches 3 and 4): of the 274 false positives of the rules alone, 83
// (30 %) relate a pair that a gold relation of the same sentence relates
// with another root, in 44 distinct confusions; with the relation model,
// 91 of 428 (21 %), 50 confusions. Were all of them relabelled, half A's
// F1 would go from 0.466 to 0.508 (rules) and 0.592 to 0.632 (default,
// in-sample relation model). The most frequent (rules' root → gold root,
// rules alone):
//
//	FIGHT → ASSAULT                                   10
//	INTENT_TO_COOPERATE → DIPLOMATIC_COOPERATION       7
//	CONSULT → DIPLOMATIC_COOPERATION                   5
//	DEMAND → REDUCE_RELATIONS                          4
//	DIPLOMATIC_COOPERATION → MATERIAL_COOPERATION      4
//	APPEAL → CONSULT                                   4
//	INTENT_TO_COOPERATE → CONSULT                      3
//	INTENT_TO_COOPERATE → MATERIAL_COOPERATION         3
//	CONSULT → PROVIDE_AID                              2
//	EXHIBIT_FORCE_POSTURE → FIGHT                      2
//	APPEAL → THREATEN                                  2
//	REJECT → DISAPPROVE                                2
//	YIELD → REDUCE_RELATIONS                           2
//	DISAPPROVE → CONSULT                               2
//	APPEAL → REDUCE_RELATIONS                          2
//
// On the 706 training texts (halves A and B, relation/data/NOTICE.md),
// the rules make 2,029 relations: 1,502 whose pair a gold relation
// relates with the rules' root, 181 with another root only, 346 whose
// pair no gold relation relates. The 181 spread thinly: four confusions
// have more than five examples (FIGHT → ASSAULT 14, INTENT →
// DIPLOMATIC 11, INTENT → CONSULT 9, CONSULT → DIPLOMATIC 8), and
// many (by a reading of half A's 103, a large part) are no misreading
// of the trigger but a pair the rules relate through another word of
// the sentence than the gold's ("met ... and released a joint
// statement": the rules' STATEMENT on "statement", the
// gold's CONSULT on "met"), which the trigger's context does not tell.
//
// 5-fold cross-validation by document, pooled (approximate matching,
// rules alone 0.723/0.307/0.431): classes KEEP and the other roots, all
// features, 10 epochs: F1 -0.0015 at margin 0 (36 relabelled), -0.0003
// at margin 8; classes the roots themselves (as kept here), all
// features: -0.0027 at margin 0 (78 relabelled), -0.0012 at 16, +0.0003
// at best with -min-confusions 3; -min-count 2, with or without the pair
// features, 3 or 10 epochs, margins 0 to 16: -0.0054 to +0.0003. At
// best 8 of the 181 are relabelled right, about as many right roots are
// relabelled wrong. With the real scorer (-fold-dir, the CLI with
// -root-model and each fold's relation model, -no-pair -min-count 2
// -epochs 3 -margin 16):
//
//	                        half A P/R/F1             half B P/R/F1
//	rules alone             0.7707/0.3338/0.4659      0.6831/0.2815/0.3987
//	  with the root model   0.7728/0.3342/0.4666      0.6839/0.2815/0.3988
//	default (CV relation)   0.7485/0.3527/0.4794      0.6644/0.2986/0.4121
//	  with the root model   0.7504/0.3530/0.4802      0.6651/0.2986/0.4122
//
// Pooled F1 +0.0005 (rules and default), below the +0.003 a model on by
// default needs: no root model is embedded, and the extractor relabels
// nothing unless given one (relation.WithRootModel, the CLI's
// -root-model FILE).
//
// Lines that do not parse and relations whose sentence is not in their
// text are skipped with a note. The training is deterministic. It is a
// measurement and a generator, never run by go test: the gold files are
// not in the repository.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/internal/pipeline"
	"github.com/geoextract/geoextract/relation"
	"github.com/geoextract/geoextract/relation/internal/pairs"
)

func main() {
	out := flag.String("o", "", "write the model trained on all the texts to `FILE`")
	epochList := flag.String("epochs", "10", "comma-separated numbers of training epochs to cross-validate; the first trains the model")
	margin := flag.Float64("margin", 0, "decision margin of the model written")
	marginList := flag.String("margins", "0,1,2,4,8,16", "comma-separated margins to cross-validate")
	folds := flag.Int("folds", 5, "document folds of the cross-validation (below 2: none)")
	foldDir := flag.String("fold-dir", "", "write each fold's model and gold texts to `DIR`, for the real scorer")
	prune := flag.Float64("prune", 0.02, "drop averaged weights of at most this magnitude")
	seed := flag.Uint64("seed", 1, "seed of the shuffling of the training relations")
	halfB := flag.String("half-b", "", "comma-separated prefixes of the sources (folder/name) pooled as half B, the others as half A, in the cross-validation's table")
	minConf := flag.String("min-confusions", "0", "comma-separated: -folds relabels a root only to a root that the training folds relabel it to at least this often")
	noPair := flag.Bool("no-pair", false, "train without the relation model's pair features (RootCandidate.Own; a measurement: the extractor computes them)")
	minCount := flag.Int("min-count", 1, "leave out features seen in fewer training relations")
	dump := flag.Bool("dump", false, "list the rules' relations whose pair a gold relation gives another root")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: roottrain [-o FILE] [-epochs N,...] [-margin M] [-margins M,...] [-folds K] [-fold-dir DIR] GOLD.jsonl...")
		flag.PrintDefaults()
	}
	flag.Parse()
	epochs, err1 := gold.Numbers(*epochList)
	margins, err2 := gold.Numbers(*marginList)
	minConfs, err3 := gold.Numbers(*minConf)
	if err3 != nil || len(minConfs) == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if flag.NArg() == 0 || err1 != nil || err2 != nil || len(epochs) == 0 {
		flag.Usage()
		os.Exit(2)
	}
	cfg := config{epochs: epochs, margins: margins, margin: float32(*margin), folds: *folds, foldDir: *foldDir,
		prune: float32(*prune), seed: *seed, out: *out, dump: *dump, noPair: *noPair, minCount: *minCount, minConfs: minConfs}
	for p := range strings.SplitSeq(*halfB, ",") {
		if p = strings.TrimSpace(p); p != "" {
			cfg.halfB = append(cfg.halfB, p)
		}
	}
	if err := run(flag.Args(), cfg, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "roottrain: %v\n", err)
		os.Exit(1)
	}
}

type config struct {
	epochs, margins []float64
	margin          float32
	folds           int
	foldDir, out    string
	prune           float32
	seed            uint64
	halfB           []string // -half-b
	dump            bool     // -dump
	// minConfs: the least times the training folds relabel a root to
	// another for the relabel to be allowed (-min-confusions).
	minConfs []float64
	noPair   bool // -no-pair
	minCount int  // -min-count
}

// text is one annotated text with what the rules made of it.
type text struct {
	source string
	doc    gold.Doc
	rules  []relation.Relation // Extract's relations (rules alone)
	cands  []relation.RootCandidate
	labels []int // per candidate: its gold root (the rules' when right), or -1 (not trained)
	fold   int
}

func run(paths []string, cfg config, w io.Writer) error {
	p, err := pipeline.New(false)
	if err != nil {
		return err
	}
	lex, tg, x := p.Lexicon, p.Tagger, p.Extractor
	var texts []*text
	seen := map[string]bool{}
	for _, p := range paths {
		docs, skipped, err := gold.Read(p, true)
		if err != nil {
			return err
		}
		for _, s := range skipped {
			fmt.Fprintf(os.Stderr, "roottrain: skipped %s\n", s)
		}
		for _, d := range docs {
			if seen[d.ID] {
				fmt.Fprintf(os.Stderr, "roottrain: skipped %s: text %q seen before\n", p, d.ID)
				continue
			}
			seen[d.ID] = true
			texts = append(texts, &text{source: gold.Source(p), doc: d, fold: gold.Fold(d.ID, cfg.folds)})
		}
	}
	var counts [pairs.Classes]int
	conf := map[[2]int]int{}
	untrained := 0
	for i, t := range texts {
		date, _ := entity.ParseDate(t.doc.Date)
		doc := tg.Tag(entity.Input{Text: t.doc.Text, Date: date})
		t.rules = x.Extract(doc)
		t.cands = x.RootCandidates(doc)
		if cfg.noPair {
			for k := range t.cands {
				t.cands[k].Features = t.cands[k].Features[:t.cands[k].Own]
			}
		}
		t.labels = make([]int, len(t.cands))
		for k, c := range t.cands {
			t.labels[k] = label(t.doc, c.Relation, lex)
			switch l := t.labels[k]; {
			case l < 0:
				untrained++
			case l == int(c.Relation.Predicate):
				counts[0]++
			default:
				counts[l]++
				{
					conf[[2]int{int(c.Relation.Predicate), l}]++
					if cfg.dump {
						r := c.Relation
						o := "-"
						if r.Object != nil {
							o = r.Object.Text
						}
						fmt.Fprintf(w, "%s -> %s: %s [%s] %s | %s\n", r.CAMEO, relation.Predicate(l), r.Subject.Text, r.Trigger.Text, o, t.doc.Text[r.Sentence.Start:r.Sentence.End])
					}
				}
			}
		}
		if (i+1)%100 == 0 {
			fmt.Fprintf(os.Stderr, "roottrain: %d/%d texts\n", i+1, len(texts))
		}
	}
	fmt.Fprintf(w, "%d texts; rules' relations: %d with a right root, %d another root, %d with no gold pair (not trained)\n",
		len(texts), counts[0], gold.Sum(counts[1:]), untrained)
	printConfusions(w, conf)
	if cfg.folds >= 2 {
		crossValidate(texts, cfg, w)
	}
	if cfg.foldDir != "" {
		if err := writeFolds(texts, cfg); err != nil {
			return err
		}
	}
	if cfg.out != "" {
		m := train(examples(texts, -1), cfg, cfg.epochs[0], cfg.margin)
		data, err := m.MarshalBinary()
		if err != nil {
			return err
		}
		if err := os.WriteFile(cfg.out, data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(w, "wrote %s: %v, %d bytes\n", cfg.out, m, len(data))
	}
	return nil
}

// printConfusions prints the rules' roots that a gold relation of the
// same pair gives another root, most frequent first.
func printConfusions(w io.Writer, conf map[[2]int]int) {
	type row struct {
		k [2]int
		n int
	}
	var rows []row
	for k, n := range conf {
		rows = append(rows, row{k, n})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].n != rows[j].n {
			return rows[i].n > rows[j].n
		}
		return rows[i].k[0]*100+rows[i].k[1] < rows[j].k[0]*100+rows[j].k[1]
	})
	fmt.Fprintf(w, "rules' root -> gold root of the pair (top 15):")
	for i, r := range rows {
		if i == 15 {
			break
		}
		fmt.Fprintf(w, " %s->%s:%d", relation.Predicate(r.k[0]), relation.Predicate(r.k[1]), r.n)
	}
	fmt.Fprintln(w)
}

// label returns r's root when a gold relation of the sentence relates
// the pair of r with it, else the root of the first gold relation of the
// pair, else -1 (not trained on). A gold relation of a symmetric root relates its pair
// in both directions.
func label(d gold.Doc, r relation.Relation, lex *relation.Lexicon) int {
	out := -1
	for _, g := range d.Relations {
		i := strings.Index(d.Text, g.Sentence)
		if g.Sentence == "" || i < 0 || r.Sentence.Start >= i+len(g.Sentence) || i >= r.Sentence.End {
			continue
		}
		root, err := strconv.Atoi(g.CAMEO[:2])
		if err != nil || root < 1 || root >= pairs.Classes {
			continue
		}
		same := gold.ArgMatches(&r.Subject, g.Subject) && gold.ArgMatches(r.Object, g.Object)
		if !same && r.Object != nil && g.Object != nil && lex.SymmetricRoot(relation.Predicate(root)) {
			same = gold.ArgMatches(r.Object, g.Subject) && gold.ArgMatches(&r.Subject, g.Object)
		}
		if !same {
			continue
		}
		if root == int(r.Predicate) {
			return root
		}
		if out < 0 {
			out = root
		}
	}
	return out
}

// examples returns the training relations of the texts outside fold
// (all with fold -1).
func examples(texts []*text, fold int) []pairs.Example {
	var out []pairs.Example
	for _, t := range texts {
		if fold >= 0 && t.fold == fold {
			continue
		}
		for k, c := range t.cands {
			if t.labels[k] >= 0 {
				out = append(out, pairs.Example{Keys: c.Features, Class: t.labels[k]})
			}
		}
	}
	return out
}

// train trains a root model (the pairs.Roots flag set).
func train(ex []pairs.Example, cfg config, epochs float64, margin float32) *pairs.Model {
	m := pairs.Train(ex, pairs.TrainConfig{Epochs: int(epochs), Seed: cfg.seed, Prune: cfg.prune, Margin: margin, MinCount: cfg.minCount})
	return m.WithFlags(pairs.Roots)
}

// relKey identifies a relation of the rules before and after Extract's
// de-duplication.
func relKey(r relation.Relation) string {
	arg := func(a *relation.Argument) string {
		if a == nil {
			return "-"
		}
		return fmt.Sprintf("%d:%d:%s", a.Start, a.End, a.ID)
	}
	return fmt.Sprintf("%d|%d:%d|%s|%s|%s", r.Sentence.Start, r.Trigger.Start, r.Trigger.End, arg(&r.Subject), arg(r.Object), r.CAMEO)
}

// predict returns the rules' relations of t with the roots m gives them;
// changed counts the relations relabelled.
func predict(t *text, m *pairs.Model, allowed func(from, to int) bool) (out []relation.Relation, changed int) {
	roots := map[string]relation.Predicate{}
	for _, c := range t.cands {
		cl := m.Relabel(c.Features, int(c.Relation.Predicate))
		if cl != int(c.Relation.Predicate) && allowed(int(c.Relation.Predicate), cl) {
			roots[relKey(c.Relation)] = relation.Predicate(cl)
		}
	}
	for _, r := range t.rules {
		if p, ok := roots[relKey(r)]; ok {
			r.Predicate, r.CAMEO = p, p.Code()
			changed++
		}
		out = append(out, r)
	}
	return out, changed
}

func crossValidate(texts []*text, cfg config, w io.Writer) {
	var sources []string
	base := map[string]*gold.Counts{"all": {}}
	for _, t := range texts {
		if base[t.source] == nil {
			sources = append(sources, t.source)
			base[t.source] = &gold.Counts{}
		}
		base[t.source].Add(t.doc, t.rules)
		for _, h := range cfg.halves(t.source) {
			if base[h] == nil {
				base[h] = &gold.Counts{}
			}
			base[h].Add(t.doc, t.rules)
		}
	}
	sort.Strings(sources)
	cols := sources
	if len(cfg.halfB) > 0 {
		cols = append(cols, "A", "B")
	}
	cols = append(cols, "all")
	fmt.Fprintf(w, "\n%d-fold cross-validation by document (P/R/F1, approximate matching; the scorer's numbers come from -fold-dir)\n", cfg.folds)
	fmt.Fprintf(w, "%-16s", "epochs margin")
	for _, s := range cols {
		fmt.Fprintf(w, " %-24s", s)
	}
	fmt.Fprintf(w, "\n%-16s", "rules only")
	for _, s := range cols {
		fmt.Fprintf(w, " %-24s", base[s].String())
	}
	fmt.Fprintln(w)
	for _, e := range cfg.epochs {
		models := make([]*pairs.Model, cfg.folds)
		confs := make([]map[[2]int]int, cfg.folds)
		for f := range cfg.folds {
			models[f] = train(examples(texts, f), cfg, e, 0)
			confs[f] = confusions(texts, f)
		}
		for _, mc := range cfg.minConfs {
			for _, mg := range cfg.margins {
				got := map[string]*gold.Counts{}
				changed := 0
				for _, t := range texts {
					rs, n := predict(t, models[t.fold].WithMargin(float32(mg)), func(a, b int) bool { return float64(confs[t.fold][[2]int{a, b}]) >= mc })
					changed += n
					for _, c := range append(cfg.halves(t.source), t.source) {
						if got[c] == nil {
							got[c] = &gold.Counts{}
						}
						got[c].Add(t.doc, rs)
					}
				}
				fmt.Fprintf(w, "%-4g %-4g %-6g", e, mc, mg)
				for _, s := range cols {
					fmt.Fprintf(w, " %-24s", got[s].String())
				}
				a, b := got["all"], base["all"]
				fmt.Fprintf(w, " relabelled %d, right %+d, F1 gain %+.4f\n", changed, a.TP-b.TP, a.F1()-b.F1())
				if cfg.dump {
					// The relabels by label: the rules' root (a right root changed),
					// the gold root (right), another root, no gold pair.
					var keep, right, other, none int
					in := map[[2]int]int{}
					for _, t := range texts {
						m := models[t.fold].WithMargin(float32(mg))
						for k, c := range t.cands {
							cl := m.Relabel(c.Features, int(c.Relation.Predicate))
							from := int(c.Relation.Predicate)
							if cl == from || float64(confs[t.fold][[2]int{from, cl}]) < mc {
								continue
							}
							switch l := t.labels[k]; {
							case l == from:
								keep++
							case l == cl:
								right++
								in[[2]int{from, cl}]++
							case l > 0:
								other++
							default:
								none++
							}
						}
					}
					fmt.Fprintf(w, "  relabels of candidates: right %d, of a right root %d, to another wrong root %d, of no gold pair %d; right by confusion %v\n", right, keep, other, none, in)
				}
			}
		}
	}
}

// confusions counts, in the texts outside fold, the rules' relations a
// gold relation of their pair gives another root, by rules' root and gold
// root.
func confusions(texts []*text, fold int) map[[2]int]int {
	out := map[[2]int]int{}
	for _, t := range texts {
		if t.fold == fold {
			continue
		}
		for k, c := range t.cands {
			if l := t.labels[k]; l > 0 && l != int(c.Relation.Predicate) {
				out[[2]int{int(c.Relation.Predicate), l}]++
			}
		}
	}
	return out
}

// writeFolds writes each fold's model and its gold texts per source.
func writeFolds(texts []*text, cfg config) error {
	if err := os.MkdirAll(cfg.foldDir, 0o755); err != nil {
		return err
	}
	for f := range max(cfg.folds, 1) {
		m := train(examples(texts, f), cfg, cfg.epochs[0], cfg.margin)
		data, err := m.MarshalBinary()
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(cfg.foldDir, fmt.Sprintf("fold%d.roots.model", f)), data, 0o644); err != nil {
			return err
		}
		var ft []gold.FoldText
		for _, t := range texts {
			if t.fold == f {
				ft = append(ft, gold.FoldText{Source: t.source, Line: t.doc.Raw})
			}
		}
		if err := gold.WriteFoldTexts(cfg.foldDir, f, ft); err != nil {
			return err
		}
	}
	return nil
}

// halves returns the pooled columns a text counts in besides its source:
// all, and with -half-b its half.
func (cfg config) halves(source string) []string {
	if len(cfg.halfB) == 0 {
		return []string{"all"}
	}
	for _, p := range cfg.halfB {
		if strings.HasPrefix(source, p) {
			return []string{"B", "all"}
		}
	}
	return []string{"A", "all"}
}
