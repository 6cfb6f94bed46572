// Command learntrig learns relation triggers from annotated relations: a
// generated lexicon layer in the format of relation/data/*.yaml, to be
// merged under the curated lexicon (the CLI's -lexicon FILE).
//
// Run from the repository root, with gold files in the JSONL of the
// scorer (../shared/eval/README.md: "id", "text", "relations" with
// "sentence", "object", "cameo", "trigger"):
//
//	go run ./relation/internal/learntrig [-docs N] [-agree X] [-lexicon DIR] [-o FILE] GOLD.jsonl...
//
// For each gold relation it parses the sentence with the library's own
// layers (internal/text, internal/syntax with internal/lemma), takes the
// head word of the trigger string (the word of the trigger whose head is
// outside it) and counts (lemma, verb or noun, CAMEO root) over the
// documents. It writes an entry for a lemma when the curated lexicon
// (the YAML files of -lexicon, learned.yaml excepted) has no entry for it,
// it heads triggers in at least -docs distinct documents, at least -agree
// of its relations share one root, and it is in none of the word classes
// of internal/english (closed-class words, report verbs, light verbs...)
// but the classes of event words (eventClasses).
// Its object role is the preposition most often marking the gold object
// in the training sentences, else "direct". Each entry carries its counts
// in a comment. The output is deterministic.
//
// # Measurement (2026-12-07): not kept
//
// Two-fold cross-validation by document over the 706 training texts (4,681
// relations: the dev tuning split, freshgold/split/tune and the news
// batches 3-6), split by the parity of the SHA-1 of the record id (369
// and 337 texts): learn from one half, run the CLI with -lexicon FILE on
// the other, score with ../shared/eval/score.py, pooled over both halves.
// Relation P/R/F1 (entries: learned from half A / from half B):
//
//	N  X     entries   with the relation model   -no-relation-model
//	without the layer  0.733 0.470 0.573         0.734 0.309 0.435
//	2  0.6   20/15     0.729 0.470 0.571         0.730 0.309 0.434
//	2  0.8   17/11     0.728 0.470 0.571         0.730 0.309 0.434
//	2  1.0   17/10     0.729 0.470 0.571         0.731 0.309 0.434
//	3  0.6   4/5       0.732 0.470 0.573         0.733 0.309 0.434
//	3  0.8   2/3       0.731 0.470 0.573         0.733 0.309 0.434
//	3  1.0   2/2       0.732 0.470 0.573         0.734 0.309 0.435
//	4  0.6   2/2       0.732 0.470 0.573         0.734 0.309 0.434
//	4  0.8   1/1       0.732 0.470 0.573         0.733 0.309 0.434
//	4  1.0   1/0       0.732 0.470 0.573         0.734 0.309 0.435
//
// The relation model was trained on all these texts, so the middle
// columns are in-sample for it; the last show the layer alone. At N=2,
// X=0.6 without the model the layer adds 14 relations, 2 of them right
// (true positives 1,445 -> 1,447, false positives 523 -> 535). The
// ceiling is low: of the 4,681 gold relations, only 56 of the other half
// have a trigger headed by a lemma learned from the first (34 and 22),
// at most 29 of them with the learned root. The triggers the curated
// lexicon lacks are spread thin: few recur across documents with one
// root. On all 706 texts the trigger head is found for 4,533 of the 4,681
// relations (865 verb and noun lemmas), and N=2, X=0.6 learns 41 entries.
// No setting raises F1, so no learned layer is
// embedded (relation/data has no learned.yaml); the command stays for
// when the annotations grow.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
)

func main() {
	out := flag.String("o", "", "output YAML `file` (default: standard output)")
	docs := flag.Int("docs", 2, "minimum number of distinct documents")
	agree := flag.Float64("agree", 0.8, "minimum share of the lemma's relations with its main root")
	lexDir := flag.String("lexicon", "relation/data", "`dir` of the curated lexicon YAML files")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: learntrig [-docs N] [-agree X] [-lexicon DIR] [-o FILE] GOLD.jsonl...")
		os.Exit(2)
	}
	curated, err := curatedLemmas(*lexDir)
	if err != nil {
		fail(err)
	}
	var all []gold.Doc
	for _, f := range flag.Args() {
		ds, _, err := gold.Read(f, true)
		if err != nil {
			fail(err)
		}
		all = append(all, ds...)
	}
	p, err := syntax.Default()
	if err != nil {
		fail(err)
	}
	entries, st := learn(p, all, config{minDocs: *docs, agree: *agree, curated: curated})
	fmt.Fprintf(os.Stderr, "learntrig: %d texts, %d relations, %d with a verb or noun trigger head, %d lemmas; %d entries learned\n",
		len(all), st.relations, st.headed, st.lemmas, len(entries))
	w := io.Writer(os.Stdout)
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	write(bw, entries, *docs, *agree, len(all))
	if err := bw.Flush(); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "learntrig:", err)
	os.Exit(1)
}

// totals are the counts learn reports.
type totals struct{ relations, headed, lemmas int }

// learn counts the trigger heads of docs and returns the entries cfg
// admits.
func learn(p *syntax.Parser, docs []gold.Doc, cfg config) ([]learned, totals) {
	c := newCounter(p, english.Default())
	for _, d := range docs {
		c.addWords(d.Text)
	}
	c.sortWords()
	for _, d := range docs {
		c.addDoc(d)
	}
	return c.entries(cfg), totals{relations: c.relations, headed: c.headed, lemmas: len(c.byKy)}
}

// key is one counted (lemma, kind) pair.
type key struct{ lemma, kind string }

// stats are the counts of one key.
type stats struct {
	docs  map[string]bool
	roots map[string]int
	preps map[string]int
	n     int
}

// counter counts trigger heads. It is not safe for concurrent use.
type counter struct {
	p    *syntax.Parser
	tab  *english.Table
	byKy map[key]*stats
	// words are the lower-cased words of the texts.
	words  map[string]bool
	sorted []string // the keys of words, sorted
	// relations counts the relations read, headed those counted.
	relations, headed int
}

func newCounter(p *syntax.Parser, tab *english.Table) *counter {
	return &counter{p: p, tab: tab, byKy: map[key]*stats{}, words: map[string]bool{}}
}

// addWords records the words of s.
func (c *counter) addWords(s string) {
	for _, t := range text.Tokenize(s) {
		c.words[strings.ToLower(t.Text)] = true
	}
}

// sortWords fills c.sorted; call it after the last addWords.
func (c *counter) sortWords() {
	c.sorted = c.sorted[:0]
	for w := range c.words {
		c.sorted = append(c.sorted, w)
	}
	sort.Strings(c.sorted)
}

// addDoc counts the trigger heads of d's relations.
func (c *counter) addDoc(d gold.Doc) {
	parsed := map[string]*syntax.Graph{}
	for _, r := range d.Relations {
		c.relations++
		if r.Trigger == "" || len(r.CAMEO) < 2 {
			continue
		}
		g, ok := parsed[r.Sentence]
		if !ok {
			g = c.p.ParseTokens(r.Sentence, text.Tokenize(r.Sentence))
			parsed[r.Sentence] = g
		}
		h := triggerHead(g, r.Sentence, r.Trigger)
		if h < 0 {
			continue
		}
		w := g.Words[h]
		var kind string
		switch w.UPOS {
		case "VERB":
			kind = "verb"
		case "NOUN":
			kind = "noun"
		default:
			continue
		}
		lemma := c.fixLemma(strings.ToLower(w.Lemma), strings.ToLower(w.Form), kind)
		if lemma == "" || !alphabetic(lemma) {
			continue
		}
		k := key{lemma, kind}
		s := c.byKy[k]
		if s == nil {
			s = &stats{docs: map[string]bool{}, roots: map[string]int{}, preps: map[string]int{}}
			c.byKy[k] = s
		}
		c.headed++
		s.n++
		s.docs[d.ID] = true
		s.roots[r.CAMEO[:2]]++
		s.preps[c.objectRole(g, r, w.End)]++
	}
}

// fixLemma returns the lemma of form: lemma when it is a word of the texts
// and inflects to form (internal/english), else the shortest other word
// of the texts than form that starts like lemma (all but its last
// letter), is at most one letter longer and inflects to form (the
// lemmatizer's "prais", "signall", "shel"), else lemma when it inflects to
// form, else "".
func (c *counter) fixLemma(lemma, form, kind string) string {
	if lemma == "" {
		return ""
	}
	forms := english.VerbForms
	if kind == "noun" {
		forms = english.NounForms
	}
	inflects := func(l string) bool {
		_, ok := forms(l)[form]
		return ok || l == form
	}
	if c.words[lemma] && inflects(lemma) {
		return lemma
	}
	stem := lemma[:len(lemma)-1]
	best := ""
	for i := sort.SearchStrings(c.sorted, stem); i < len(c.sorted) && strings.HasPrefix(c.sorted[i], stem); i++ {
		w := c.sorted[i]
		if w == form || len(w) > len(lemma)+1 || best != "" && len(w) >= len(best) || !inflects(w) {
			continue
		}
		best = w
	}
	if best == "" && inflects(lemma) {
		return lemma
	}
	return best
}

func alphabetic(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// span returns the byte span of sub in s at or after from (case folded
// when not found as is), or -1, -1.
func span(s, sub string, from int) (int, int) {
	if sub == "" || from > len(s) {
		return -1, -1
	}
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i, from + i + len(sub)
	}
	low, lsub := strings.ToLower(s[from:]), strings.ToLower(sub)
	if i := strings.Index(low, lsub); i >= 0 && len(low) == len(s)-from && len(lsub) == len(sub) {
		return from + i, from + i + len(sub)
	}
	return -1, -1
}

// headIn returns the word of g inside [start, end) whose head is outside
// it (the first such word), or -1.
func headIn(g *syntax.Graph, start, end int) int {
	in := func(i int) bool { return i >= 0 && g.Words[i].Start >= start && g.Words[i].End <= end }
	for i := range g.Words {
		if in(i) && !in(g.Words[i].Head) {
			return i
		}
	}
	return -1
}

// triggerHead returns the head word of the trigger string in the
// sentence, or -1.
func triggerHead(g *syntax.Graph, sentence, trigger string) int {
	s, e := span(sentence, trigger, 0)
	if s < 0 {
		return -1
	}
	return headIn(g, s, e)
}

// objectRole returns the preposition marking the gold object (its first
// mention after the trigger, else anywhere), or "direct".
func (c *counter) objectRole(g *syntax.Graph, r gold.Rel, after int) string {
	if r.Object == nil {
		return "direct"
	}
	names := append(append([]string(nil), r.Object.Mentions...), r.Object.Name)
	for _, from := range []int{after, 0} {
		for _, m := range names {
			s, e := span(r.Sentence, m, from)
			if s < 0 {
				continue
			}
			h := headIn(g, s, e)
			if h < 0 {
				continue
			}
			for _, k := range g.Dependents(h, syntax.Case) {
				l := strings.ToLower(g.Words[k].Form)
				if c.tab.Has(english.Prepositions, l) {
					return l
				}
			}
			return "direct"
		}
	}
	return "direct"
}

// covered reports whether the curated lexicon has an entry for k: its
// lemma, or for a noun one of its forms ("talks").
func covered(curated map[key]bool, k key) bool {
	if curated[k] {
		return true
	}
	if k.kind == "noun" {
		for f := range english.NounForms(k.lemma) {
			if curated[key{f, "noun"}] {
				return true
			}
		}
	}
	return false
}

// config holds the thresholds of learn.
type config struct {
	minDocs int
	agree   float64
	curated map[key]bool
}

// learned is one entry to write.
// eventClasses are the word classes of event words (the joint events
// coreference reads) and the open verb and noun lists of the relation
// frames' roles (light, recipient, cancelling, addressed, rejecting and
// undergoing verbs; documents and patient-possessor event nouns): a lemma
// in them may still be learned as a trigger.
var eventClasses = []english.Class{english.JointEvents,
	english.EventLightVerbs, english.RecipientVerbs, english.CancelVerbs, english.AddressedVerbs,
	english.RejectedVerbs, english.UndergoVerbs, english.DocumentNouns, english.PatientPossessorNouns}

// otherClass reports whether w is a word of a class of internal/english
// other than eventClasses.
func otherClass(tab *english.Table, w string) bool {
	cs := tab.Classes(w)
	for c := range english.NumClasses {
		if cs.Has(c) && !slices.Contains(eventClasses, c) {
			return true
		}
	}
	return false
}

type learned struct {
	key
	root       string
	prep       string
	docs, n, k int // documents, relations, relations with root
}

func (c *counter) entries(cfg config) []learned {
	var out []learned
	for k, s := range c.byKy {
		if len(s.docs) < cfg.minDocs || covered(cfg.curated, k) || otherClass(c.tab, k.lemma) {
			continue
		}
		root, n := top(s.roots)
		if float64(n) < cfg.agree*float64(s.n) {
			continue
		}
		prep, _ := top(s.preps)
		out = append(out, learned{key: k, root: root, prep: prep, docs: len(s.docs), n: s.n, k: n})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.root != b.root {
			return a.root < b.root
		}
		if a.lemma != b.lemma {
			return a.lemma < b.lemma
		}
		return a.kind < b.kind
	})
	return out
}

// top returns the most frequent key of m (ties: the smallest key).
func top(m map[string]int) (string, int) {
	best, n := "", -1
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best, n
}

func write(w io.Writer, es []learned, minDocs int, agree float64, docs int) {
	fmt.Fprintf(w, "# Code generated by relation/internal/learntrig; DO NOT EDIT.\n#\n")
	fmt.Fprintf(w, "# Triggers learned from %d annotated texts: lemmas heading gold triggers in\n", docs)
	fmt.Fprintf(w, "# at least %d documents, at least %.0f %% of them with one CAMEO root, that\n", minDocs, 100*agree)
	fmt.Fprintf(w, "# the curated lexicon lacks. Each comment: documents, relations, relations\n# with the root.\n")
	if len(es) == 0 {
		fmt.Fprintf(w, "triggers: []\n")
		return
	}
	fmt.Fprintf(w, "triggers:\n")
	for _, e := range es {
		fmt.Fprintf(w, "  # %d docs, %d relations, %d with root %s\n", e.docs, e.n, e.k, e.root)
		fmt.Fprintf(w, "  - {%s: %s, cameo: %q, object: [%s]}\n", e.kind, e.lemma, e.root, e.prep)
	}
}

// curatedLemmas returns the (lemma, kind) pairs the curated lexicon files
// in dir define: a verb entry's first word, a noun entry's last word;
// learned.yaml is skipped.
func curatedLemmas(dir string) (map[key]bool, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	out := map[key]bool{}
	for _, n := range names {
		if filepath.Base(n) == "learned.yaml" {
			continue
		}
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		var f struct {
			Triggers []map[string]any `yaml:"triggers"`
		}
		if err := yaml.Unmarshal(data, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		for _, t := range f.Triggers {
			if ws := strings.Fields(strings.ToLower(fmt.Sprint(t["verb"]))); t["verb"] != nil && len(ws) > 0 {
				out[key{ws[0], "verb"}] = true
			}
			if ws := strings.Fields(strings.ToLower(fmt.Sprint(t["noun"]))); t["noun"] != nil && len(ws) > 0 {
				out[key{ws[len(ws)-1], "noun"}] = true
			}
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no curated triggers in " + dir)
	}
	return out, nil
}
