// Command gapverbs lists the trigger gaps of the relation lexicon as
// running text shows them: the heads of clauses in which two different
// actors stand as subject and object (or oblique) on the dependency parse,
// and from which the extractor emitted no relation. It counts them by
// frequency, so that missing triggers are found from usage rather than
// from one annotated sentence.
//
// Run from the repository root on JSONL texts (one object a line with a
// "text" field, and optionally "id" and "date"):
//
//	go run ./relation/internal/gapverbs [-min N] [-top N] [-pronouns] [-frames FILE] FILE.jsonl...
//
// A gap is keyed by its head:
//
//   - a verb's lemma ("sign"), with its particle ("back down") or, when
//     its direct object is a noun that is no actor, that noun's lemma
//     ("impose sanction");
//   - an event noun, marked "(n)", whose possessor or agent phrase (with
//     one of the agent_markers of relation/data/frames/frames.yaml, read
//     at run time: "a visit by X") is one actor and whose prepositional
//     dependent another ("X's embrace of Y").
//
// Each row gives the count, the number of texts, the frames seen (the
// object's preposition, "obj" for a direct object, "pass" for a passive
// with its agent) and one example sentence, printed from the input and
// never stored. The subject of a passive is its "by" agent, the object its
// grammatical subject. An actor is an entity mention covering the
// argument's head word, or one of its compound, modifier or possessor
// dependents ("Chinese officials", "Iran's minister"), or its dependent
// with one of frames.yaml's holder_markers ("the government of X");
// conjuncts count. A verb with no subject of its own takes the subject
// of the verb it depends on along xcomp, conj or advcl.
//
// A clause is a gap when no emitted relation's trigger overlaps its head,
// its particle or its object noun. The "lexicon" column tells missing
// triggers from lost arguments: "no-trigger" when no lexicon match
// overlaps the clause either, else the code, stage and reason that
// dropped the match (relation.WithTrace: "[04] participants/no-object").
// -no-trigger lists only the former. -pronouns counts a personal pronoun
// as an actor (the extractor may resolve it; the tally cannot tell).
// It is a measurement, never run by go test: the input files are not in
// the repository.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/pipeline"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
	"github.com/geoextract/geoextract/relation"
	"gopkg.in/yaml.v3"
)

func main() {
	minCount := flag.Int("min", 2, "list only heads seen at least this often")
	top := flag.Int("top", 200, "list at most this many heads (0: all)")
	pronouns := flag.Bool("pronouns", false, "count a personal pronoun (PRP) as an actor of its own, different from every named one")
	onlyNoTrigger := flag.Bool("no-trigger", false, "list only the clauses that no lexicon match overlaps")
	framesPath := flag.String("frames", "relation/data/frames/frames.yaml", "the frames file whose agent_markers and holder_markers are read")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: gapverbs [-min N] [-top N] FILE.jsonl...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	mk, err := loadMarkers(*framesPath)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gapverbs: %v\n", err)
		os.Exit(1)
	}
	if err := run(flag.Args(), mk, *pronouns, *onlyNoTrigger, *minCount, *top, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "gapverbs: %v\n", err)
		os.Exit(1)
	}
}

type doc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Date string `json:"date"`
}

func run(paths []string, mk markers, pronouns, onlyNoTrigger bool, minCount, top int, w io.Writer) error {
	parser, err := syntax.Default()
	if err != nil {
		return err
	}
	var events []relation.TraceEvent
	p, err := pipeline.New(true, relation.WithTrace(func(e relation.TraceEvent) { events = append(events, e) }))
	if err != nil {
		return err
	}
	tg, x := p.Tagger, p.Extractor
	t := newTally()
	texts := 0
	for _, path := range paths {
		err := eachDoc(path, func(name string, d doc) {
			texts++
			date, _ := entity.ParseDate(d.Date)
			ed := tg.Tag(entity.Input{Text: d.Text, Date: date})
			events = events[:0]
			rs := x.Extract(ed)
			var triggers [][2]int
			for _, r := range rs {
				triggers = append(triggers, [2]int{r.Trigger.Start, r.Trigger.End})
			}
			var dropped []match
			for _, e := range events {
				if e.Reason != relation.Emitted {
					dropped = append(dropped, match{e.Trigger.Start, e.Trigger.End, fmt.Sprintf("[%s] %s/%s", e.CAMEO, e.Stage, e.Reason)})
				}
			}
			for _, s := range ed.Sentences {
				toks := make([]text.Token, 0, s.Last-s.First)
				for k := s.First; k < s.Last; k++ {
					tk := ed.Tokens[k]
					toks = append(toks, text.Token{Start: tk.Start, End: tk.End, Text: ed.Text[tk.Start:tk.End]})
				}
				if len(toks) == 0 {
					continue
				}
				gr := parser.ParseTokens(ed.Text, toks)
				nodes := nodesOf(gr, ed.Mentions, pronouns)
				for _, gp := range gaps(nodes, triggers, dropped, mk) {
					t.clauses++
					if gp.emitted {
						t.emitted++
						continue
					}
					if gp.fate != noTrigger {
						t.dropped++
						if onlyNoTrigger {
							continue
						}
					}
					t.add(gp, name, ed.Text[s.Start:s.End])
				}
			}
		})
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "# %d texts, %d clauses with two actors, %d with a relation, %d with a lexicon match dropped, %d listed under %d heads\n", texts, t.clauses, t.emitted, t.dropped, t.total, len(t.rows))
	fmt.Fprintf(w, "# count\ttexts\thead\tframes\tlexicon\texample\n")
	for i, r := range t.sorted() {
		if r.count < minCount || (top > 0 && i >= top) {
			break
		}
		fmt.Fprintf(w, "%d\t%d\t%s\t%s\t%s\t%s\n", r.count, len(r.docs), r.key, countList(r.frames), countList(r.fates), oneLine(r.example))
	}
	return nil
}

// eachDoc calls f with every text of the JSONL file at path, named by
// file and id (or line).
func eachDoc(path string, f func(name string, d doc)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
		name := d.ID
		if name == "" {
			name = fmt.Sprint(n)
		}
		f(path+"#"+name, d)
	}
	return sc.Err()
}

// markers are the prepositions that mark a noun's agent ("a visit by X")
// and the holder of an argument that is no actor itself ("the government
// of X"): frames.yaml's agent_markers and holder_markers.
type markers struct {
	Agent  map[string]bool
	Holder map[string]bool
}

// loadMarkers reads agent_markers and holder_markers from the frames file
// at path.
func loadMarkers(path string) (markers, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return markers{}, err
	}
	var f struct {
		Agent  []string `yaml:"agent_markers"`
		Holder []string `yaml:"holder_markers"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		return markers{}, fmt.Errorf("%s: %v", path, err)
	}
	mk := markers{Agent: map[string]bool{}, Holder: map[string]bool{}}
	for _, m := range f.Agent {
		mk.Agent[m] = true
	}
	for _, m := range f.Holder {
		mk.Holder[m] = true
	}
	return mk, nil
}

// node is one word of a parsed sentence with the actor it holds: the
// index of the entity of the mention covering it, -1 when none.
type node struct {
	Form, Lemma, UPOS string
	Head              int
	Rel               syntax.Rel
	Start, End        int
	Actor             int
}

// pronounActor is the actor of a personal pronoun with -pronouns: one
// unknown actor, different from every named one.
const pronounActor = -2

// noActor is the actor of a node that holds none.
const noActor = -1

// nodesOf copies the words of g with the entities of the mentions that
// cover them; with pronouns, a personal pronoun is pronounActor.
func nodesOf(g *syntax.Graph, ms []entity.Mention, pronouns bool) []node {
	out := make([]node, len(g.Words))
	m := 0
	for i, w := range g.Words {
		out[i] = node{Form: w.Form, Lemma: strings.ToLower(w.Lemma), UPOS: w.UPOS, Head: w.Head, Rel: w.Rel, Start: w.Start, End: w.End, Actor: noActor}
		for m < len(ms) && ms[m].End <= w.Start {
			m++
		}
		if m < len(ms) && ms[m].Start <= w.Start && w.End <= ms[m].End {
			out[i].Actor = ms[m].Entity
		} else if pronouns && w.XPOS == "PRP" {
			out[i].Actor = pronounActor
		}
	}
	return out
}

// gap is one clause with two different actors.
type gap struct {
	key     string // "sign", "back down", "impose sanction", "embrace (n)"
	frame   string // "obj", "with", "pass", ...
	emitted bool   // a relation's trigger overlaps the head, particle or object noun
	// fate: when a lexicon match that gave no relation overlaps the
	// clause, its code, stage and reason ("[04] participants/no-object");
	// "no-trigger" when none does.
	fate string
}

// match is a lexicon match that gave no relation: its byte span and fate.
type match struct {
	start, end int
	fate       string
}

// noTrigger is the fate of a clause no lexicon match overlaps.
const noTrigger = "no-trigger"

// clause is what one head word holds: its own actors, frame and key.
type clause struct {
	subj, obj  []int // actor ids
	frame, key string
	covered    []int // nodes a trigger may overlap: head, particle, object noun
	head       bool  // a verb or a noun
}

// gaps returns the clauses of one sentence's nodes in which two different
// actors stand as subject and object, each marked emitted when a trigger
// of the given byte spans overlaps it. A verb with no subject of its own
// takes the subject of the verb it hangs from along xcomp, conj or advcl
// (for xcomp, that verb's object when it has one: "urged X to return").
func gaps(ns []node, triggers [][2]int, dropped []match, mk markers) []gap {
	kids := make([][]int, len(ns))
	for i, n := range ns {
		if n.Head >= 0 && n.Head < len(ns) {
			kids[n.Head] = append(kids[n.Head], i)
		}
	}
	cs := make([]clause, len(ns))
	for h := range ns {
		cs[h] = clauseAt(ns, kids, h, mk)
	}
	var out []gap
	for h, n := range ns {
		c := cs[h]
		if !c.head || len(c.obj) == 0 {
			continue
		}
		subj := c.subj
		// Follow the chain of open and coordinated clauses upwards.
		for i, seen := h, 0; len(subj) == 0 && n.UPOS == "VERB" && seen < len(ns); seen++ {
			up := ns[i].Head
			if up < 0 || up >= len(ns) || ns[up].UPOS != "VERB" {
				break
			}
			switch ns[i].Rel {
			case syntax.Xcomp:
				if obj := cs[up].obj; len(obj) > 0 && cs[up].frame == "obj" {
					subj = obj
				} else {
					subj = cs[up].subj
				}
			case syntax.Conj, syntax.Advcl:
				subj = cs[up].subj
			default:
				i = len(ns)
			}
			if i == len(ns) {
				break
			}
			i = up
		}
		if len(subj) == 0 || !differ(subj, c.obj) {
			continue
		}
		g := gap{key: c.key, frame: c.frame, emitted: overlapsAny(ns, c.covered, triggers), fate: noTrigger}
		if !g.emitted {
			g.fate = fateOf(ns, c.covered, dropped)
		}
		out = append(out, g)
	}
	return out
}

// clauseAt reads the clause headed by node h.
func clauseAt(ns []node, kids [][]int, h int, mk markers) clause {
	n := ns[h]
	verb := n.UPOS == "VERB"
	noun := n.UPOS == "NOUN"
	if !verb && !noun {
		return clause{}
	}
	c := clause{head: true, covered: []int{h}}
	var prt, objNoun string
	passive := false
	for _, k := range kids[h] {
		if ns[k].Rel == syntax.AuxPass {
			passive = true
		}
	}
	for _, k := range kids[h] {
		d := ns[k]
		switch {
		case verb && d.Rel == syntax.CompoundPrt:
			prt = strings.ToLower(d.Form)
			c.covered = append(c.covered, k)
		case verb && (d.Rel == syntax.Nsubj || d.Rel == syntax.NsubjPass):
			if passive || d.Rel == syntax.NsubjPass {
				if a := actorsAt(ns, kids, k, mk); len(a) > 0 {
					c.obj, c.frame = a, "pass"
				}
			} else {
				c.subj = actorsAt(ns, kids, k, mk)
			}
		case verb && d.Rel == syntax.OblAgent, noun && (d.Rel == syntax.NmodPoss || mk.Agent[marker(ns, kids, k)]):
			c.subj = append(c.subj, actorsAt(ns, kids, k, mk)...)
		case verb && (d.Rel == syntax.Obj || d.Rel == syntax.Iobj):
			if a := actorsAt(ns, kids, k, mk); len(a) > 0 {
				if len(c.obj) == 0 {
					c.obj, c.frame = a, "obj"
				}
			} else if d.UPOS == "NOUN" && d.Rel == syntax.Obj {
				objNoun = d.Lemma
				c.covered = append(c.covered, k)
			}
		case verb && d.Rel == syntax.Obl, noun && d.Rel == syntax.Nmod:
			m := marker(ns, kids, k)
			if m == "" {
				continue
			}
			if a := actorsAt(ns, kids, k, mk); len(a) > 0 && len(c.obj) == 0 {
				c.obj, c.frame = a, m
			}
		}
	}
	c.key = headKey(n.Lemma, prt, objNoun, noun)
	return c
}

// headKey names a gap's head: the lemma with its particle or object noun
// (verbs) or the "(n)" mark (nouns).
func headKey(lemma, prt, objNoun string, noun bool) string {
	switch {
	case noun:
		return lemma + " (n)"
	case prt != "":
		return lemma + " " + prt
	case objNoun != "":
		return lemma + " " + objNoun
	}
	return lemma
}

// marker returns the lower-cased case marker of node k ("with"), "" when
// it has none.
func marker(ns []node, kids [][]int, k int) string {
	for _, c := range kids[k] {
		if ns[c].Rel == syntax.Case {
			return strings.ToLower(ns[c].Form)
		}
	}
	return ""
}

// actorsAt returns the actors at argument node k and its conjuncts: the
// actor of the node itself, else of its compound, modifier or possessor
// dependents, else of its dependent with a holder marker ("the government
// of X").
func actorsAt(ns []node, kids [][]int, k int, mk markers) []int {
	var out []int
	for _, c := range append([]int{k}, conjuncts(ns, kids, k)...) {
		if a := actorOf(ns, kids, c, mk); a != noActor {
			out = append(out, a)
		}
	}
	return out
}

func conjuncts(ns []node, kids [][]int, k int) []int {
	var out []int
	for _, c := range kids[k] {
		if ns[c].Rel == syntax.Conj {
			out = append(out, c)
		}
	}
	return out
}

func actorOf(ns []node, kids [][]int, k int, mk markers) int {
	if ns[k].Actor != noActor {
		return ns[k].Actor
	}
	for _, c := range kids[k] {
		switch ns[c].Rel {
		case syntax.Compound, syntax.Amod, syntax.NmodPoss, syntax.Flat:
			if ns[c].Actor != noActor {
				return ns[c].Actor
			}
		}
	}
	for _, c := range kids[k] {
		if ns[c].Rel == syntax.Nmod && mk.Holder[marker(ns, kids, c)] && ns[c].Actor != noActor {
			return ns[c].Actor
		}
	}
	return noActor
}

// differ reports whether some actor of a is not in b.
func differ(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x != y {
				return true
			}
		}
	}
	return false
}

// fateOf returns the fate of the first dropped match that overlaps one of
// the covered nodes, noTrigger when none does.
func fateOf(ns []node, covered []int, dropped []match) string {
	for _, m := range dropped {
		for _, i := range covered {
			if ns[i].Start < m.end && m.start < ns[i].End {
				return m.fate
			}
		}
	}
	return noTrigger
}

func overlapsAny(ns []node, covered []int, triggers [][2]int) bool {
	for _, i := range covered {
		for _, t := range triggers {
			if ns[i].Start < t[1] && t[0] < ns[i].End {
				return true
			}
		}
	}
	return false
}

// row is one head with its count, the texts it occurs in, its frames and
// the first sentence seen.
type row struct {
	key     string
	count   int
	docs    map[string]bool
	frames  map[string]int
	fates   map[string]int
	example string
}

// countList formats counts as "a:2,b:1", by falling count, then by key.
func countList(m map[string]int) string {
	fs := make([]string, 0, len(m))
	for f := range m {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool {
		if m[fs[i]] != m[fs[j]] {
			return m[fs[i]] > m[fs[j]]
		}
		return fs[i] < fs[j]
	})
	for i, f := range fs {
		fs[i] = fmt.Sprintf("%s:%d", f, m[f])
	}
	return strings.Join(fs, ",")
}

// tally counts gaps by head.
type tally struct {
	rows                             map[string]*row
	total, clauses, emitted, dropped int
}

func newTally() *tally { return &tally{rows: map[string]*row{}} }

func (t *tally) add(g gap, docName, sentence string) {
	r := t.rows[g.key]
	if r == nil {
		r = &row{key: g.key, docs: map[string]bool{}, frames: map[string]int{}, fates: map[string]int{}, example: sentence}
		t.rows[g.key] = r
	}
	r.count++
	r.docs[docName] = true
	r.frames[g.frame]++
	r.fates[g.fate]++
	t.total++
}

// sorted returns the rows by falling count, then by key.
func (t *tally) sorted() []*row {
	out := make([]*row, 0, len(t.rows))
	for _, r := range t.rows {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].key < out[j].key
	})
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
