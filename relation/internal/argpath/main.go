// Command argpath groups the missed gold relations that whynot lists by
// where the missed argument hangs from the trigger on the parse: the
// dependency path from the gold trigger's head word to the gold argument's
// head word (up-arcs "^rel", then down-arcs "rel", a verb's or adjective's
// tag in parentheses), and a construction named from its first steps
// ("conj chain", "advcl chain VB", "noun in obl of head", "inside object
// phrase", "direct nsubj", ...). It is a measurement, never run by go
// test: the gold files are not in the repository.
//
// Run from the repository root on a gold file and whynot's -v listing of
// it:
//
//	go run ./relation/internal/whynot -v GOLD.jsonl > WHYNOT.tsv
//	go run ./relation/internal/argpath [-v] GOLD.jsonl WHYNOT.tsv
//
// Only the classes whose argument is at issue are read
// (participants/no-object and no-subject, emitted/wrong-arguments and
// wrong-code, the last two with both arguments), and only the relations
// the gold does not mark coreferent: an argument in another sentence has
// no path. The argument is found by its gold name or mentions in the
// sentence, the occurrence nearest the trigger; "arg not found in
// sentence" counts those it is not. -v lists every path with its
// sentence.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
)

func main() {
	verbose := flag.Bool("v", false, "list every path with its sentence")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: argpath [-v] GOLD.jsonl WHYNOT.tsv")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 2 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), flag.Arg(1), *verbose, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "argpath: %v\n", err)
		os.Exit(1)
	}
}

// roles are the arguments read for each class of whynot.
var roles = map[string][]string{
	"participants/no-object":  {"object"},
	"participants/no-subject": {"subject"},
	"emitted/wrong-arguments": {"subject", "object"},
	"emitted/wrong-code":      {"subject", "object"},
}

func run(goldPath, whynotPath string, verbose bool, w io.Writer) error {
	docs, _, err := gold.Read(goldPath, true)
	if err != nil {
		return err
	}
	byID := map[string]gold.Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	p, err := syntax.Default()
	if err != nil {
		return err
	}
	f, err := os.Open(whynotPath)
	if err != nil {
		return err
	}
	defer f.Close()
	counts := map[string]int{}
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 4 || roles[fs[0]] == nil {
			continue // the breakdown's lines, other classes
		}
		class, id, rel, sentence := fs[0], fs[1], fs[2], fs[3]
		g := findRel(byID[id], rel, sentence)
		if g == nil {
			return fmt.Errorf("%s:%d: no gold relation %q in %s", whynotPath, line, rel, id)
		}
		if g.Coref {
			continue
		}
		toks := text.Tokenize(sentence)
		gr := p.ParseTokens(sentence, toks)
		th := headOf(gr, triggerSpan(sentence, g.Trigger))
		for _, role := range roles[class] {
			a := g.Subject
			if role == "object" {
				a = g.Object
			}
			if a == nil {
				continue
			}
			key := strings.Join([]string{class, role, id, rel, a.Name, sentence}, "\x00")
			if seen[key] {
				continue // a gold relation listed twice
			}
			seen[key] = true
			path, construction := "-", "arg not found in sentence"
			if ah := argHead(gr, sentence, a, th); th >= 0 && ah >= 0 {
				steps := pathOf(gr, th, ah)
				path, construction = strings.Join(steps, " "), constructionOf(steps, gr.Words[th].XPOS)
			}
			counts[short(class)+"\t"+role+"\t"+construction]++
			if verbose {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", short(class), role, construction, path, a.Name, sentence)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	writeCounts(w, counts)
	return nil
}

func short(class string) string { return class[strings.IndexByte(class, '/')+1:] }

// findRel returns the gold relation of d that whynot printed as rel
// ("PREDICATE SUBJECT -[TRIGGER]-> OBJECT") in sentence, or nil.
func findRel(d gold.Doc, rel, sentence string) *gold.Rel {
	for i := range d.Relations {
		r := &d.Relations[i]
		if r.Sentence == sentence && strings.HasPrefix(rel, r.Predicate+" ") && strings.Contains(rel, "-["+r.Trigger+"]->") {
			return r
		}
	}
	return nil
}

// triggerSpan returns the byte span of the gold trigger in sentence: the
// whole trigger, else its first word; -1, -1 when absent.
func triggerSpan(sentence, trigger string) [2]int {
	trigger = strings.TrimSpace(trigger)
	if i := strings.Index(sentence, trigger); i >= 0 && trigger != "" {
		return [2]int{i, i + len(trigger)}
	}
	if w := strings.Fields(trigger); len(w) > 0 {
		if i := strings.Index(sentence, w[0]); i >= 0 {
			return [2]int{i, i + len(w[0])}
		}
	}
	return [2]int{-1, -1}
}

// headOf returns the word of span whose head lies outside it, or -1.
func headOf(g *syntax.Graph, span [2]int) int {
	in := func(i int) bool { return i >= 0 && g.Words[i].Start < span[1] && span[0] < g.Words[i].End }
	if span[0] < 0 {
		return -1
	}
	for i := range g.Words {
		if in(i) && !in(g.Words[i].Head) {
			return i
		}
	}
	return -1
}

// argHead returns the head word of the occurrence of a's name or mentions
// in sentence nearest word th, other than th; -1 when there is none.
func argHead(g *syntax.Graph, sentence string, a *gold.Arg, th int) int {
	best, dist := -1, len(g.Words)+1
	for _, m := range append([]string{a.Name}, a.Mentions...) {
		for from := 0; m != ""; {
			i := strings.Index(sentence[from:], m)
			if i < 0 {
				break
			}
			i += from
			if h := headOf(g, [2]int{i, i + len(m)}); h >= 0 && h != th && abs(h-th) < dist {
				best, dist = h, abs(h-th)
			}
			from = i + 1
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// errNoPath marks a path the walk could not close (a cycle or a word
// outside the tree).
var errNoPath = errors.New("no path")

// pathOf returns the steps from word from up to the lowest common
// ancestor and down to word to.
func pathOf(g *syntax.Graph, from, to int) []string {
	depth := map[int]bool{}
	for i, n := from, 0; i >= 0 && n <= len(g.Words); i, n = g.Words[i].Head, n+1 {
		depth[i] = true
	}
	var down []string
	j := to
	for n := 0; !depth[j]; n++ {
		if j < 0 || n > len(g.Words) {
			return []string{errNoPath.Error()}
		}
		down = append([]string{g.Words[j].Rel.String() + tagOf(g.Words[j])}, down...)
		j = g.Words[j].Head
	}
	var up []string
	for i := from; i != j; i = g.Words[i].Head {
		up = append(up, "^"+g.Words[i].Rel.String())
	}
	return append(up, down...)
}

// tagOf names a verb's or adjective's tag on a down step; nouns go bare.
func tagOf(w syntax.Word) string {
	switch w.UPOS {
	case "PROPN", "NOUN", "PRON":
		return ""
	}
	return "(" + w.XPOS + ")"
}

// constructionOf names the construction of a path from its first steps;
// tag is the trigger head's XPOS.
func constructionOf(steps []string, tag string) string {
	if len(steps) == 0 {
		return "other"
	}
	first := steps[0]
	bare := strings.SplitN(first, "(", 2)[0]
	noun := strings.HasPrefix(tag, "NN")
	next := ""
	if len(steps) > 1 {
		next = " " + strings.SplitN(steps[1], "(", 2)[0]
	}
	switch {
	case first == errNoPath.Error():
		return "no path"
	case len(steps) == 1 && !strings.HasPrefix(first, "^"):
		return "direct " + bare
	case first == "^conj":
		return "conj chain"
	case first == "^advcl":
		return "advcl chain " + tag
	case first == "^xcomp":
		return "xcomp chain"
	case first == "^acl" || first == "^acl:relcl":
		return "relative/participle (" + first + ") " + tag
	case first == "^obl" && noun:
		return "noun in obl of head"
	case first == "^nmod":
		return "noun in nmod of noun"
	case first == "^obj":
		return "trigger is obj of head"
	case first == "^ccomp" || first == "^csubj":
		return "complement clause"
	case strings.HasPrefix(first, "^"):
		return "odd attachment (" + first + ")"
	case bare == "obj" || bare == "iobj":
		return "inside object phrase (" + bare + next + ")"
	case bare == "obl" || bare == "obl:agent" || bare == "nmod":
		return "inside oblique phrase (" + bare + next + ")"
	case bare == "nsubj" || bare == "nsubj:pass":
		return "inside subject phrase"
	case strings.Contains(first, "(VBN)"):
		return "via participle modifier"
	default:
		return "down a clause (" + bare + ")"
	}
}

// writeCounts prints the counts by class, role and construction, the
// largest first.
func writeCounts(w io.Writer, counts map[string]int) {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Fprintf(w, "%5s\t%s\n", "n", "class\trole\tconstruction")
	for _, k := range keys {
		fmt.Fprintf(w, "%5d\t%s\n", counts[k], k)
	}
}
