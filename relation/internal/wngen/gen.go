package main

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/wordnet"
	"github.com/geoextract/geoextract/relation"
)

// seed is a lexicon trigger the generation starts from.
type seed struct {
	kind, lemma, code string
	frames            []string
	symmetric         bool
	src               relation.Position
}

func (s seed) root() string { return s.code[:2] }

// proposal is one way WordNet reaches a candidate from a seed.
type proposal struct {
	seed   seed
	via    *wordnet.Synset // the candidate's synset
	rel    string          // "synonym", "hyponym", "hypernym", "derivation"
	dist   int             // steps from the seed's sense
	sense  int             // the seed's sense number (0-based)
	frames []string
}

func (p proposal) rank() int { return p.dist*10 + p.sense }

// entry is one generated trigger.
type entry struct {
	kind, lemma, code string
	frames            []string
	symmetric         bool
	forms             []string
	best              proposal
	seeds             int // distinct seeds with the entry's root
	all               int // distinct seeds reaching it
}

// seeds returns the verb and noun triggers of ts with a CAMEO code and no
// words after the lemma, from the files cfg names.
func seeds(ts []relation.TriggerInfo, cfg *config) []seed {
	var out []seed
	for _, t := range ts {
		if t.CAMEO == "" || t.Then != "" || (t.Kind != relation.TriggerVerb && t.Kind != relation.TriggerNoun) || !seedFile(t.Source.File, cfg.Seeds) {
			continue
		}
		out = append(out, seed{kind: string(t.Kind), lemma: t.Lemma, code: t.CAMEO, frames: t.Frames, symmetric: t.Symmetric, src: t.Source})
	}
	return out
}

func seedFile(file string, patterns []string) bool {
	for _, p := range patterns {
		if ok, _ := path.Match(p, path.Base(file)); ok {
			return true
		}
	}
	return false
}

func wnPOS(kind string) wordnet.POS {
	if kind == "verb" {
		return wordnet.Verb
	}
	return wordnet.Noun
}

func kindOf(p wordnet.POS) string {
	if p == wordnet.Verb {
		return "verb"
	}
	return "noun"
}

// generator proposes WordNet relatives of seeds. It is not safe for
// concurrent use.
type generator struct {
	db      *wordnet.DB
	cfg     *config
	defined map[string]bool // kind+lemma of every entry of the lexicon; "word"+lemma for literal words
	tab     *english.Table
	props   map[string][]proposal      // kind\x00lemma → proposals
	anchors map[string]map[string]bool // root → kind\x00lemma of the lexicon's triggers with it
}

func key(kind, lemma string) string { return kind + "\x00" + lemma }

// generate returns the entries that cfg admits, sorted by root, kind and
// lemma.
func generate(db *wordnet.DB, ts []relation.TriggerInfo, cfg *config, tab *english.Table) []entry {
	g := &generator{db: db, cfg: cfg, defined: map[string]bool{}, tab: tab, props: map[string][]proposal{}, anchors: map[string]map[string]bool{}}
	for _, t := range ts {
		g.defined[key(string(t.Kind), t.Lemma)] = true
		if len(t.CAMEO) >= 2 && t.Then == "" && (t.Kind == relation.TriggerVerb || t.Kind == relation.TriggerNoun) {
			r := t.CAMEO[:2]
			if g.anchors[r] == nil {
				g.anchors[r] = map[string]bool{}
			}
			g.anchors[r][key(string(t.Kind), t.Lemma)] = true
		}
	}
	for _, s := range seeds(ts, cfg) {
		g.expand(s)
	}
	return g.entries()
}

// expand adds the proposals of one seed.
func (g *generator) expand(s seed) {
	pos := wnPOS(s.kind)
	pc := g.cfg.pos(pos)
	senses := g.db.Senses(s.lemma, pos)
	if len(senses) > pc.SeedSenses {
		senses = senses[:pc.SeedSenses]
	}
	for i, syn := range senses {
		if !pc.lexOK(syn) || (g.cfg.Anchor && !g.anchored(s, syn)) {
			continue
		}
		if pc.Synonyms {
			g.propose(s, syn, pos, "synonym", 0, i, s.frames)
		}
		g.walk(s, syn, pos, "~", "hyponym", pc.HyponymDepth, i)
		g.walk(s, syn, pos, "@", "hypernym", pc.HypernymDepth, i)
		if g.cfg.Derivation {
			g.derive(s, syn, i)
		}
	}
}

// anchored reports whether another lexicon trigger with the seed's root
// is a word of syn or of a synset one hypernym or hyponym step from it.
func (g *generator) anchored(s seed, syn *wordnet.Synset) bool {
	near := append([]*wordnet.Synset{syn}, g.db.Related(syn, "@")...)
	near = append(near, g.db.Related(syn, "~")...)
	kind := kindOf(syn.ID.POS)
	for _, x := range near {
		for _, w := range x.Words {
			if w != s.lemma && g.anchors[s.root()][key(kind, w)] {
				return true
			}
		}
	}
	return false
}

// walk follows pointer symbol from syn up to depth steps, proposing the
// words of every synset reached.
func (g *generator) walk(s seed, syn *wordnet.Synset, pos wordnet.POS, symbol, rel string, depth, sense int) {
	level := []*wordnet.Synset{syn}
	seen := map[wordnet.ID]bool{syn.ID: true}
	for d := 1; d <= depth; d++ {
		var next []*wordnet.Synset
		for _, x := range level {
			for _, y := range g.db.Related(x, symbol) {
				if seen[y.ID] {
					continue
				}
				seen[y.ID] = true
				g.propose(s, y, pos, rel, d, sense, s.frames)
				next = append(next, y)
			}
		}
		level = next
	}
}

// derive proposes the derivationally related words of the seed's word in
// syn, in the other part of speech, with the frames converted.
func (g *generator) derive(s seed, syn *wordnet.Synset, sense int) {
	src := slices.Index(syn.Words, s.lemma) + 1
	for _, p := range syn.Pointers {
		if p.Symbol != "+" || (p.Source != 0 && p.Source != src) {
			continue
		}
		t := g.db.Synset(p.Target)
		if t == nil || (t.ID.POS != wordnet.Verb && t.ID.POS != wordnet.Noun) || t.ID.POS == syn.ID.POS {
			continue
		}
		if !g.cfg.pos(t.ID.POS).lexOK(t) {
			continue
		}
		frames := convertFrames(g.tab, s.frames, t.ID.POS)
		if p.TargetWord > 0 && p.TargetWord <= len(t.Words) {
			g.proposeWord(s, t, t.Words[p.TargetWord-1], t.ID.POS, "derivation", 1, sense, frames)
			continue
		}
		g.propose(s, t, t.ID.POS, "derivation", 1, sense, frames)
	}
}

// convertFrames turns a verb's object frames into its event noun's
// ("invade X" → "invasion of X": the direct object becomes the genitive,
// class genitive_marker) or back.
func convertFrames(tab *english.Table, fs []string, to wordnet.POS) []string {
	var out []string
	add := func(f string) {
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	for _, f := range fs {
		switch {
		case to == wordnet.Noun && f == "direct":
			for _, g := range tab.Words(english.GenitiveMarker) {
				add(g)
			}
		case to == wordnet.Verb && tab.Has(english.GenitiveMarker, f):
			add("direct")
		default:
			add(f)
		}
	}
	return out
}

func (g *generator) propose(s seed, syn *wordnet.Synset, pos wordnet.POS, rel string, dist, sense int, frames []string) {
	if !g.cfg.pos(pos).lexOK(syn) {
		return
	}
	for _, w := range syn.Words {
		g.proposeWord(s, syn, w, pos, rel, dist, sense, frames)
	}
}

func (g *generator) proposeWord(s seed, syn *wordnet.Synset, w string, pos wordnet.POS, rel string, dist, sense int, frames []string) {
	kind := kindOf(pos)
	if w == s.lemma && kind == s.kind {
		return
	}
	if !g.candidateSense(w, pos, syn) {
		return
	}
	k := key(kind, w)
	g.props[k] = append(g.props[k], proposal{seed: s, via: syn, rel: rel, dist: dist, sense: sense, frames: frames})
}

// candidateSense reports whether syn is among the first senses of w.
func (g *generator) candidateSense(w string, pos wordnet.POS, syn *wordnet.Synset) bool {
	senses := g.db.Senses(w, pos)
	n := min(len(senses), g.cfg.pos(pos).CandidateSenses)
	for _, x := range senses[:n] {
		if x.ID == syn.ID {
			return true
		}
	}
	return false
}

// plain reports whether w is made of lower-case letters and single spaces.
func plain(w string) bool {
	if w == "" || strings.HasPrefix(w, " ") || strings.HasSuffix(w, " ") || strings.Contains(w, "  ") {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != ' ' {
			return false
		}
	}
	return true
}

// entries turns the proposals into entries: each candidate not defined by
// the lexicon, not excluded by lemma or word class, whose seeds agree on a
// root.
func (g *generator) entries() []entry {
	var out []entry
	for k, ps := range g.props {
		kind, lemma, _ := strings.Cut(k, "\x00")
		if g.defined[k] || g.defined[key("word", lemma)] || slices.Contains(g.cfg.Exclude, lemma) || !plain(lemma) {
			continue
		}
		// A phrase whose inflected word the lexicon defines would take
		// that word's matches from it ("talk about" over "talk").
		if ws := strings.Fields(lemma); len(ws) > 1 {
			head := ws[0]
			if kind == "noun" {
				head = ws[len(ws)-1]
			}
			if g.defined[key(kind, head)] {
				continue
			}
		}
		if g.cfg.excluded(g.tab, lemma) {
			continue
		}
		e, ok := g.choose(kind, lemma, ps)
		if ok {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b entry) int {
		return cmp.Or(cmp.Compare(a.code[:2], b.code[:2]), cmp.Compare(a.kind, b.kind), cmp.Compare(a.lemma, b.lemma))
	})
	return out
}

// choose picks the root of a candidate (the one of most distinct seeds,
// ties to the best-ranked proposal) and its code and frames (the best
// proposal's, with the frames of the root's other proposals after them).
func (g *generator) choose(kind, lemma string, ps []proposal) (entry, bool) {
	slices.SortStableFunc(ps, func(a, b proposal) int {
		return cmp.Or(cmp.Compare(a.rank(), b.rank()), cmp.Compare(a.seed.src.File, b.seed.src.File), cmp.Compare(a.seed.src.Line, b.seed.src.Line))
	})
	seedsByRoot := map[string]map[string]bool{}
	all := map[string]bool{}
	for _, p := range ps {
		r := p.seed.root()
		if seedsByRoot[r] == nil {
			seedsByRoot[r] = map[string]bool{}
		}
		id := p.seed.kind + " " + p.seed.lemma
		seedsByRoot[r][id] = true
		all[id] = true
	}
	best := ps[0]
	root := best.seed.root()
	for r, s := range seedsByRoot {
		if len(s) > len(seedsByRoot[root]) {
			root = r
		}
	}
	for _, p := range ps {
		if p.seed.root() == root {
			best = p
			break
		}
	}
	n := len(seedsByRoot[root])
	if float64(n) < g.cfg.Agree*float64(len(all)) {
		return entry{}, false
	}
	e := entry{kind: kind, lemma: lemma, code: best.seed.code, best: best, seeds: n, all: len(all), symmetric: best.seed.symmetric}
	for _, p := range ps {
		if p.seed.root() != root {
			continue
		}
		for _, f := range p.frames {
			if !slices.Contains(e.frames, f) {
				e.frames = append(e.frames, f)
			}
		}
	}
	if kind == "verb" {
		head := strings.Fields(lemma)[0] // the word that inflects
		regular := english.VerbForms(head)
		for _, f := range g.db.Forms(head, wordnet.Verb) {
			if _, ok := regular[f]; !ok && plain(f) && !slices.Contains(e.forms, f) {
				e.forms = append(e.forms, f)
			}
		}
	}
	return e, true
}

// comment describes where an entry comes from.
func (e entry) comment() string {
	p := e.best
	return fmt.Sprintf("%s of %s %q (%s) via {%s} %s", p.rel, p.seed.kind, p.seed.lemma, e.code, strings.Join(p.via.Words, ", "), p.via.LexName())
}
