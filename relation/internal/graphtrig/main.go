// Command graphtrig is a measurement: what would graph-first trigger
// matching find that the token scanner does not, and the other way round
// (issue #9 item 1)? It changes no library behaviour.
//
// Run from the repository root, with a gold file in the JSONL of the
// scorer (../shared/eval/README.md):
//
//	go run ./relation/internal/graphtrig [-n 15] GOLD.jsonl
//
// Every sentence of every text (internal/text's sentences) is parsed
// (syntax.Default) and the lexicon's verb and noun entries are matched on
// the graph by lemma: a verb entry on a VERB word whose lemma is the
// entry's first word, a noun entry on a NOUN word whose lemma (or
// lower-cased form) is the entry's last word; every other word of the
// entry (the rest of its lemma, its "then" words; "..." gaps ignored, one
// of each set of alternatives) must be a dependent of that word within two
// arcs ("impose ... sanctions": sanctions is the object; "plan to": "to"
// marks the complement). Literal-word entries are out of scope.
//
// The token scanner's matches are read from relation.WithTrace (every
// trace event of a lexicon entry, whatever its fate). A graph match and a
// scanner match agree when they are of the same entry and the scanner's
// trigger span covers the graph word. The command prints the counts of
// matches both find, graph-only and scanner-only ones, and how many
// graph-only matches fall on a gold relation's trigger of the entry's
// CAMEO root (a recall ceiling for graph-first matching), with -n
// examples of each. Counts are given per match (entry and word) and per
// word: several entries may match one word ("sanction" by lemma,
// "sanctions" by form), and a word the scanner read with another entry
// ("sanctions" inside "imposed ... sanctions") is not new to it. "Missed
// today" is by the rules alone (the pipeline without the relation model,
// internal/gold.Matched).
//
// Two counts follow the library's own graph matchers (relation/
// graphmatch.go): graph-only words where the scanner matched nothing
// that match a one-word entry with no "then" words (what lemma_verb_tags
// and lemma_noun_tags would add), and scanner matches dropped for their
// part of speech, with those on a word the graph matches with the same
// entry (what verb_reading_tags and noun_reading_tags keep; with the
// embedded frames, the ones they still drop).
//
// It is a measurement, never run by go test: the gold files are not in
// the repository.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/internal/pipeline"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
	"github.com/geoextract/geoextract/relation"
)

func main() {
	n := flag.Int("n", 15, "examples to print of each kind")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: graphtrig [-n 15] GOLD.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *n, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "graphtrig: %v\n", err)
		os.Exit(1)
	}
}

// graphEntry is a lexicon entry as the graph matcher reads it.
type graphEntry struct {
	info    relation.TriggerInfo
	display string     // lemma and then, as trace events name the entry
	head    string     // the word matched by lemma
	need    [][]string // the other words: per item, alternatives (each one word)
}

// newGraphEntry returns the graph reading of a verb or noun entry; false
// for a literal-word entry.
func newGraphEntry(ti relation.TriggerInfo) (graphEntry, bool) {
	if ti.Kind != relation.TriggerVerb && ti.Kind != relation.TriggerNoun {
		return graphEntry{}, false
	}
	lw := strings.Fields(ti.Lemma)
	if len(lw) == 0 {
		return graphEntry{}, false
	}
	e := graphEntry{info: ti, display: ti.Lemma}
	if ti.Then != "" {
		e.display += " " + ti.Then
	}
	var rest []string
	if ti.Kind == relation.TriggerVerb {
		e.head, rest = lw[0], lw[1:]
	} else {
		e.head, rest = lw[len(lw)-1], lw[:len(lw)-1]
	}
	for _, w := range rest {
		e.need = append(e.need, []string{w})
	}
	e.need = append(e.need, thenItems(ti.Then)...)
	return e, true
}

// thenItems splits a normalized "then" pattern into the words a graph
// match needs: one item per word position, with its alternatives; gaps
// ("...") are dropped. Alternatives of several words ("(a b|c)") give
// each of their words as an alternative of one item.
func thenItems(then string) [][]string {
	var out [][]string
	depth, start := 0, 0
	var fields []string
	for i := 0; i <= len(then); i++ {
		switch {
		case i == len(then) || then[i] == ' ' && depth == 0:
			if f := then[start:i]; f != "" {
				fields = append(fields, f)
			}
			start = i + 1
		case then[i] == '(':
			depth++
		case then[i] == ')':
			depth--
		}
	}
	for _, f := range fields {
		if f == "..." {
			continue
		}
		f = strings.Trim(f, "()")
		var alts []string
		for _, a := range strings.Split(f, "|") {
			alts = append(alts, strings.Fields(a)...)
		}
		if len(alts) > 0 {
			out = append(out, alts)
		}
	}
	return out
}

// satisfied reports whether every item of need has an alternative in
// near.
func satisfied(need [][]string, near map[string]bool) bool {
	for _, alts := range need {
		ok := false
		for _, a := range alts {
			if near[a] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// near returns the lower-cased forms and lemmas of the dependents of word
// i within depth arcs.
func near(g *syntax.Graph, i, depth int) map[string]bool {
	out := map[string]bool{}
	level := []int{i}
	for d := 0; d < depth; d++ {
		var next []int
		for _, k := range level {
			for _, c := range g.Children(k) {
				w := g.Words[c]
				out[strings.ToLower(w.Form)] = true
				out[strings.ToLower(w.Lemma)] = true
				next = append(next, int(c))
			}
		}
		level = next
	}
	return out
}

// gmatch is a graph match: entry e on the word at bytes [start, end).
type gmatch struct {
	start, end int
	form       string
	e          *graphEntry
}

// matchGraph returns the graph matches of one parsed sentence.
func matchGraph(g *syntax.Graph, verbs, nouns map[string][]*graphEntry) []gmatch {
	var out []gmatch
	for i, w := range g.Words {
		var cands []*graphEntry
		lemma, form := strings.ToLower(w.Lemma), strings.ToLower(w.Form)
		switch w.UPOS {
		case "VERB":
			cands = verbs[lemma]
		case "NOUN":
			cands = nouns[lemma]
			if form != lemma {
				cands = append(cands[:len(cands):len(cands)], nouns[form]...)
			}
		}
		var nb map[string]bool
		for _, e := range cands {
			if len(e.need) > 0 {
				if nb == nil {
					nb = near(g, i, 2)
				}
				if !satisfied(e.need, nb) {
					continue
				}
			}
			out = append(out, gmatch{start: w.Start, end: w.End, form: w.Form, e: e})
		}
	}
	return out
}

// smatch is a scanner match, from a trace event.
type smatch struct {
	ev   relation.TraceEvent
	seen bool // agreed with a graph match
}

type example struct{ what, sentence string }

// tally counts the kinds of matches and keeps examples.
type tally struct {
	both, graphOnly, scanOnly, scanWords int
	wordsBoth, wordsOther, wordsFree     int // words with a graph match: agreeing, the scanner with another entry only, no scanner match
	wordsGold, wordsGoldMissed           int // graph-only words on a gold trigger of the root (gold relation missed today)
	goldRelsHit, goldRelsHitMissed       int
	byEntryGraphOnly                     map[string]int
	byEntryScanOnly                      map[string]int
	scanOnlyEmitted                      int // scanner-only matches that gave relations
	goldRels, goldMissed                 int // gold relations, and those the rules miss
	wordsGoldFree, wordsGoldFreeMissed   int // of wordsGold, where the scanner matched nothing
	wordsFreeOneWord                     int // of wordsFree, words with a match of a one-word entry with no "then" (the class the library's lemma matcher reads)
	posDropped, posDroppedParse          int // scanner matches dropped for their part of speech; of them, the graph matched the same entry on the word
	ex                                   map[string][]example
	n                                    int // examples to print of each kind
}

func (t *tally) example(kind string, _ int, e example) {
	t.ex[kind] = append(t.ex[kind], e)
}

// spread returns n of xs evenly spaced (all of them when there are no
// more than n), in their order.
func spread[T any](xs []T, n int) []T {
	if len(xs) <= n {
		return xs
	}
	out := make([]T, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, xs[i*len(xs)/n])
	}
	return out
}

func run(path string, n int, w io.Writer) error {
	docs, _, err := gold.Read(path, false)
	if err != nil {
		return err
	}
	parser, err := syntax.Default()
	if err != nil {
		return err
	}
	var events []relation.TraceEvent
	p, err := pipeline.New(false, relation.WithTrace(func(e relation.TraceEvent) { events = append(events, e) }))
	if err != nil {
		return err
	}
	verbs, nouns := map[string][]*graphEntry{}, map[string][]*graphEntry{}
	kinds := map[string][]relation.TriggerKind{} // display → kinds of entries so named
	for _, ti := range p.Lexicon.Triggers() {
		e, ok := newGraphEntry(ti)
		if !ok {
			d := ti.Lemma
			if ti.Then != "" {
				d += " " + ti.Then
			}
			kinds[d] = append(kinds[d], ti.Kind)
			continue
		}
		kinds[e.display] = append(kinds[e.display], ti.Kind)
		if ti.Kind == relation.TriggerVerb {
			verbs[e.head] = append(verbs[e.head], &e)
		} else {
			nouns[e.head] = append(nouns[e.head], &e)
		}
	}
	t := tally{byEntryGraphOnly: map[string]int{}, byEntryScanOnly: map[string]int{}, ex: map[string][]example{}, n: n}
	for _, d := range docs {
		date, _ := entity.ParseDate(d.Date)
		events = events[:0]
		rs := p.Extractor.Extract(p.Tagger.Tag(entity.Input{Text: d.Text, Date: date}))
		found := gold.Matched(d, rs)
		for _, f := range found {
			t.goldRels++
			if !f {
				t.goldMissed++
			}
		}
		scan, literal := scannerMatches(events, kinds, &t)
		toks := text.Tokenize(d.Text)
		hitGold := make([]bool, len(d.Relations))
		for _, s := range text.Sentences(d.Text, toks) {
			if s.Last <= s.First {
				continue
			}
			sentence := d.Text[s.Start:s.End]
			g := parser.ParseTokens(d.Text, toks[s.First:s.Last])
			ms := matchGraph(g, verbs, nouns)
			for a := 0; a < len(ms); {
				b := a + 1
				for b < len(ms) && ms[b].start == ms[a].start {
					b++
				}
				t.word(ms[a:b], scan, literal, d, found, hitGold, s.Start, s.End, sentence, n)
				a = b
			}
		}
		for _, sm := range scan {
			if sm.ev.Reason == relation.ReasonPartOfSpeech {
				t.posDropped++
				if sm.seen {
					t.posDroppedParse++
				}
			}
			if sm.seen {
				continue
			}
			t.scanOnly++
			t.byEntryScanOnly[sm.ev.Lemma]++
			kind := "scanner-only, dropped by the scanner's own later stages"
			if sm.ev.Relations > 0 {
				t.scanOnlyEmitted++
				kind = "scanner-only, gave relations"
			}
			t.example(kind, n, example{fmt.Sprintf("%q %s nominal=%v [%s] %s/%s", sm.ev.Trigger.Text, sm.ev.Lemma, sm.ev.Nominal, sm.ev.CAMEO, sm.ev.Stage, sm.ev.Reason), sm.ev.Sentence.Text})
		}
	}
	t.write(w, len(docs))
	return nil
}

// word classifies the graph matches ms of one word of a sentence
// [start, end) against the scanner's matches of verb and noun entries
// (scan): per match and per word. A literal-word match of the scanner
// (literal) on the word counts as another entry.
func (t *tally) word(ms []gmatch, scan, literal []smatch, d gold.Doc, found, hitGold []bool, start, end int, sentence string, n int) {
	wordAgreed, wordOther := false, false
	var only []gmatch
	for _, m := range ms {
		agreed := false
		for k := range scan {
			sm := &scan[k]
			if sm.ev.Trigger.Start > m.start || m.end > sm.ev.Trigger.End {
				continue
			}
			if sm.ev.Lemma == m.e.display && sm.ev.Nominal == (m.e.info.Kind == relation.TriggerNoun) {
				sm.seen, agreed = true, true
			} else {
				wordOther = true
			}
		}
		if agreed {
			t.both++
			wordAgreed = true
			continue
		}
		for _, sm := range literal {
			if sm.ev.Trigger.Start <= m.start && m.end <= sm.ev.Trigger.End {
				wordOther = true
			}
		}
		t.graphOnly++
		t.byEntryGraphOnly[m.e.display+" ("+string(m.e.info.Kind)+")"]++
		only = append(only, m)
	}
	switch {
	case wordAgreed:
		t.wordsBoth++
		t.example("both", n, example{fmt.Sprintf("%q %s (%s) [%s]", ms[0].form, ms[0].e.display, ms[0].e.info.Kind, ms[0].e.info.CAMEO), sentence})
		return
	case wordOther:
		t.wordsOther++
	default:
		t.wordsFree++
		for _, m := range only {
			if len(m.e.need) == 0 && !strings.Contains(m.e.info.Lemma, " ") {
				t.wordsFreeOneWord++
				break
			}
		}
	}
	var names []string
	for _, m := range only {
		names = append(names, fmt.Sprintf("%s (%s) [%s]", m.e.display, m.e.info.Kind, m.e.info.CAMEO))
	}
	what := fmt.Sprintf("%q %s", ms[0].form, strings.Join(names, "; "))
	if wordOther {
		what += " — scanner matched another entry here"
	}
	gi := -1
	for _, m := range only {
		if gi = goldOn(d, m, start, end); gi >= 0 {
			break
		}
	}
	if gi < 0 {
		t.example("graph-only word, no gold trigger", n, example{what, sentence})
		return
	}
	t.wordsGold++
	if !wordOther {
		t.wordsGoldFree++
	}
	g := d.Relations[gi]
	what += fmt.Sprintf(" — gold %s %q", g.CAMEO, g.Trigger)
	if !hitGold[gi] {
		hitGold[gi] = true
		t.goldRelsHit++
		if !found[gi] {
			t.goldRelsHitMissed++
		}
	}
	if !found[gi] {
		t.wordsGoldMissed++
		if !wordOther {
			t.wordsGoldFreeMissed++
		}
		t.example("graph-only word on a gold trigger, gold relation missed today", n, example{what, sentence})
	} else {
		t.example("graph-only word on a gold trigger, gold relation found today", n, example{what, sentence})
	}
}

// scannerMatches returns the scanner's matches of verb and noun entries
// among events, one per entry and span, and apart those of literal-word
// entries, which it counts in t.scanWords.
func scannerMatches(events []relation.TraceEvent, kinds map[string][]relation.TriggerKind, t *tally) (scan, literal []smatch) {
	seen := map[[3]string]bool{}
	for _, e := range events {
		if e.Lemma == "" {
			continue
		}
		key := [3]string{fmt.Sprint(e.Trigger.Start, e.Trigger.End), e.Lemma, fmt.Sprint(e.Nominal)}
		if seen[key] {
			continue
		}
		seen[key] = true
		if !e.Nominal && !hasKind(kinds[e.Lemma], relation.TriggerVerb) {
			t.scanWords++
			literal = append(literal, smatch{ev: e})
			continue
		}
		scan = append(scan, smatch{ev: e})
	}
	return scan, literal
}

func hasKind(ks []relation.TriggerKind, k relation.TriggerKind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// goldOn returns the index of a gold relation of d in the sentence
// [start, end) whose trigger covers the graph match's word and whose root
// is the entry's, or -1.
func goldOn(d gold.Doc, m gmatch, start, end int) int {
	for gi, g := range d.Relations {
		if g.Trigger == "" || g.Sentence == "" || !gold.SameRoot(m.e.info.CAMEO, g) {
			continue
		}
		for from := 0; ; {
			k := strings.Index(d.Text[from:], g.Sentence)
			if k < 0 {
				break
			}
			s0 := from + k
			from = s0 + 1
			if s0 >= end || start >= s0+len(g.Sentence) {
				continue
			}
			if triggerCovers(d.Text[s0:s0+len(g.Sentence)], s0, g.Trigger, m.start, m.end) {
				return gi
			}
		}
	}
	return -1
}

// triggerCovers reports whether a word of the gold trigger, found as a
// word in sentence (at byte offset off of the text), lies on the bytes
// [start, end).
func triggerCovers(sentence string, off int, trigger string, start, end int) bool {
	low := strings.ToLower(sentence)
	for _, tw := range strings.Fields(strings.ToLower(trigger)) {
		tw = strings.Trim(tw, ".,;:\"'")
		if tw == "" {
			continue
		}
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], tw)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if off+i == start && off+i+len(tw) == end {
				return true
			}
		}
	}
	return false
}

func (t *tally) write(w io.Writer, docs int) {
	fmt.Fprintf(w, "texts %d, gold relations %d, missed by the rules alone %d\n", docs, t.goldRels, t.goldMissed)
	fmt.Fprintf(w, "matches (entry, word): both %d, graph-only %d, scanner-only %d (verb/noun entries, one per entry and span; literal-word entries, out of scope: %d)\n",
		t.both, t.graphOnly, t.scanOnly, t.scanWords)
	fmt.Fprintf(w, "words with a graph match: %d agree with the scanner; %d graph-only where the scanner matched another entry (literal-word ones included); %d graph-only where the scanner matched nothing\n",
		t.wordsBoth, t.wordsOther, t.wordsFree)
	fmt.Fprintf(w, "  of the last, words matching a one-word entry with no \"then\" words: %d\n", t.wordsFreeOneWord)
	fmt.Fprintf(w, "scanner matches dropped for their part of speech: %d (%d of them on a word the graph matches with the same entry)\n", t.posDropped, t.posDroppedParse)
	fmt.Fprintf(w, "graph-only words on a gold trigger of the same root: %d (%d on a gold relation missed today)\n", t.wordsGold, t.wordsGoldMissed)
	fmt.Fprintf(w, "  of them where the scanner matched nothing: %d (%d missed today)\n", t.wordsGoldFree, t.wordsGoldFreeMissed)
	fmt.Fprintf(w, "scanner-only matches that gave relations: %d of %d\n", t.scanOnlyEmitted, t.scanOnly)
	fmt.Fprintf(w, "distinct gold relations so touched: %d (%d missed today)\n", t.goldRelsHit, t.goldRelsHitMissed)
	top := func(title string, m map[string]int) {
		type kv struct {
			k string
			v int
		}
		var xs []kv
		for k, v := range m {
			xs = append(xs, kv{k, v})
		}
		sort.Slice(xs, func(i, j int) bool { return xs[i].v > xs[j].v || xs[i].v == xs[j].v && xs[i].k < xs[j].k })
		fmt.Fprintf(w, "\n%s (top 20 of %d):\n", title, len(xs))
		for i, x := range xs {
			if i == 20 {
				break
			}
			fmt.Fprintf(w, "  %5d %s\n", x.v, x.k)
		}
	}
	top("graph-only by entry", t.byEntryGraphOnly)
	top("scanner-only by entry", t.byEntryScanOnly)
	kinds := make([]string, 0, len(t.ex))
	for k := range t.ex {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(w, "\n## %s\n", k)
		fmt.Fprintf(w, "(%d of %d)\n", min(t.n, len(t.ex[k])), len(t.ex[k]))
		for _, e := range spread(t.ex[k], t.n) {
			fmt.Fprintf(w, "- %s\n    %s\n", e.what, strings.Join(strings.Fields(e.sentence), " "))
		}
	}
}
