// Command whynot explains the gold relations the extractor misses: for
// each one, the fate of the lexicon trigger on the gold trigger's words
// (relation.WithTrace), and a breakdown of the misses by reason.
//
// Run from the repository root, with a gold file in the JSONL of the
// scorer (../shared/eval/README.md: "id", "text", "relations" with
// "sentence", "subject", "object", "predicate", "cameo", "trigger"):
//
//	go run ./relation/internal/whynot [-v] GOLD.jsonl
//
// A gold relation is found when a relation of its sentence has its root
// and arguments that match (the same id, the object's or subject's
// country as the gold id, or the same name after case and "the"
// folding): an approximation of the scorer's matching, printed with the
// counts so that they can be compared with it. A missed relation falls in
// one class:
//
//   - sentence-not-found: the gold sentence is not in the text;
//   - no-trigger: no lexicon match covers the gold trigger's words;
//   - emitted/wrong-code: the trigger gave relations, none of the gold root;
//   - emitted/wrong-arguments: it gave the gold root between other parties;
//   - STAGE/REASON: the trigger was dropped there (relation.Reason).
//
// -v lists every miss with its class. It is a measurement, never run by go
// test: the gold files are not in the repository.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/internal/pipeline"
	"github.com/geoextract/geoextract/relation"
)

type (
	goldArg = gold.Arg
	goldRel = gold.Rel
	goldDoc = gold.Doc
)

func main() {
	verbose := flag.Bool("v", false, "list every missed relation with its class")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: whynot [-v] GOLD.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *verbose, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "whynot: %v\n", err)
		os.Exit(1)
	}
}

func run(path string, verbose bool, w io.Writer) error {
	docs, err := readGold(path)
	if err != nil {
		return err
	}
	var events []relation.TraceEvent
	p, err := pipeline.New(true, relation.WithTrace(func(e relation.TraceEvent) { events = append(events, e) }))
	if err != nil {
		return err
	}
	tg, x := p.Tagger, p.Extractor
	var b breakdown
	for _, d := range docs {
		date, _ := entity.ParseDate(d.Date)
		events = events[:0]
		rs := x.Extract(tg.Tag(entity.Input{Text: d.Text, Date: date}))
		for _, m := range classify(d, rs, events) {
			b.add(m)
			if verbose {
				fmt.Fprintf(w, "%s\t%s\t%s %s -[%s]-> %s\t%s\n", m.class, d.ID, m.gold.Predicate, argName(m.gold.Subject), m.gold.Trigger, argName(m.gold.Object), m.gold.Sentence)
			}
		}
	}
	b.write(w)
	return nil
}

func readGold(path string) ([]goldDoc, error) {
	docs, _, err := gold.Read(path, false)
	return docs, err
}

// miss is a gold relation the extractor missed, with its class.
type miss struct {
	gold  goldRel
	class string
}

// classify returns the gold relations of d that rs misses, each with the
// class of its miss, from the trace events of d.
func classify(d goldDoc, rs []relation.Relation, events []relation.TraceEvent) []miss {
	used := make([]bool, len(rs))
	var out []miss
	for _, g := range d.Relations {
		start := strings.Index(d.Text, g.Sentence)
		if g.Sentence == "" || start < 0 {
			out = append(out, miss{g, "sentence-not-found"})
			continue
		}
		end := start + len(g.Sentence)
		found := false
		for i, r := range rs {
			if !used[i] && r.Sentence.Start < end && start < r.Sentence.End && sameRoot(r.CAMEO, g) && argMatches(&r.Subject, g.Subject) && argMatches(r.Object, g.Object) {
				used[i], found = true, true
				break
			}
		}
		if found {
			continue
		}
		out = append(out, miss{g, missClass(d.Text, start, end, g, rs, events)})
	}
	return out
}

// missClass is the class of a missed gold relation g in the sentence
// [start, end) of text.
func missClass(text string, start, end int, g goldRel, rs []relation.Relation, events []relation.TraceEvent) string {
	t0, t1 := triggerSpan(text[start:end], g.Trigger)
	if t0 < 0 {
		return "no-trigger"
	}
	t0, t1 = t0+start, t1+start
	var best *relation.TraceEvent
	for i := range events {
		e := &events[i]
		if e.Trigger.Start >= t1 || t0 >= e.Trigger.End || e.Sentence.Start >= end || start >= e.Sentence.End {
			continue
		}
		if best == nil || rank(e) > rank(best) {
			best = e
		}
	}
	switch {
	case best == nil:
		return "no-trigger"
	case best.Reason != relation.Emitted:
		return best.Stage.String() + "/" + best.Reason.String()
	}
	for _, r := range rs {
		if r.Trigger.Start == best.Trigger.Start && r.Trigger.End == best.Trigger.End && sameRoot(r.CAMEO, g) {
			return "emitted/wrong-arguments"
		}
	}
	return "emitted/wrong-code"
}

// rank orders the events on one gold trigger: emitted first, then by how
// far the trigger went.
func rank(e *relation.TraceEvent) int {
	if e.Reason == relation.Emitted {
		return 100
	}
	return int(e.Stage)
}

// triggerSpan finds the gold trigger's words in the sentence: the whole
// trigger, else its first word (a trigger may be written discontinuous,
// "closed ... border"), as byte offsets into sentence; -1 when absent.
func triggerSpan(sentence, trigger string) (int, int) {
	low := strings.ToLower(sentence)
	trigger = strings.ToLower(strings.TrimSpace(trigger))
	if trigger == "" {
		return -1, -1
	}
	if i := wordIndex(low, trigger); i >= 0 {
		return i, i + len(trigger)
	}
	first := strings.FieldsFunc(trigger, func(r rune) bool { return unicode.IsSpace(r) || r == '.' })
	if len(first) == 0 {
		return -1, -1
	}
	if i := wordIndex(low, first[0]); i >= 0 {
		return i, i + len(first[0])
	}
	return -1, -1
}

// wordIndex is the first index of w in s that starts a word.
func wordIndex(s, w string) int {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if i == 0 || !isWordByte(s[i-1]) {
			return i
		}
		from = i + 1
	}
	return -1
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

func sameRoot(code string, g goldRel) bool { return gold.SameRoot(code, g) }

// argMatches approximates the scorer's argument match (package gold).
func argMatches(p *relation.Argument, g *goldArg) bool { return gold.ArgMatches(p, g) }

func argName(a *goldArg) string {
	if a == nil {
		return "-"
	}
	return a.Name
}

// breakdown counts the misses by class, and those of coreference
// relations apart.
type breakdown struct {
	n, coref map[string]int
	total    int
}

func (b *breakdown) add(m miss) {
	if b.n == nil {
		b.n, b.coref = map[string]int{}, map[string]int{}
	}
	b.n[m.class]++
	if m.gold.Coref {
		b.coref[m.class]++
	}
	b.total++
}

func (b *breakdown) write(w io.Writer) {
	classes := make([]string, 0, len(b.n))
	for c := range b.n {
		classes = append(classes, c)
	}
	sort.Slice(classes, func(i, j int) bool {
		if b.n[classes[i]] != b.n[classes[j]] {
			return b.n[classes[i]] > b.n[classes[j]]
		}
		return classes[i] < classes[j]
	})
	fmt.Fprintf(w, "%-40s %5s %6s %6s\n", "class", "n", "share", "coref")
	for _, c := range classes {
		fmt.Fprintf(w, "%-40s %5d %5.1f%% %6d\n", c, b.n[c], 100*float64(b.n[c])/float64(b.total), b.coref[c])
	}
	fmt.Fprintf(w, "%-40s %5d\n", "missed", b.total)
}
