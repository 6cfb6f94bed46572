package main

import (
	"sort"
	"strings"
)

// trigger is one generated lexicon entry.
type trigger struct {
	kind      string // "verb" or "noun"
	lemma     string
	then      string
	code      string
	frames    []string
	forms     []string
	symmetric bool
	nullable  bool
	person    string // code when the subject is a person
	target    string
	origin    string // what it came from, for the generated file's comments
}

func (t trigger) key() string { return t.kind + "\x00" + t.lemma + "\x00" + t.then }

// curated is what the hand-written lexicon files define: a verb or phrase
// they define is never generated.
type curated struct {
	keys      map[string]bool            // kind, lemma, then
	verbs     map[string]bool            // verb lemmas defined in any form
	thenWords map[string]map[string]bool // verb lemma → the words of its "then" patterns
}

func newCurated() *curated {
	return &curated{keys: map[string]bool{}, verbs: map[string]bool{}, thenWords: map[string]map[string]bool{}}
}

func (c *curated) add(kind, lemma, then string) {
	lemma, then = normalize(lemma), normalize(then)
	c.keys[kind+"\x00"+lemma+"\x00"+then] = true
	if kind != "verb" {
		return
	}
	c.verbs[lemma] = true
	if c.thenWords[lemma] == nil {
		c.thenWords[lemma] = map[string]bool{}
	}
	for _, f := range strings.Fields(then) {
		for _, w := range strings.Split(strings.Trim(f, "()"), "|") {
			if w != "..." && w != "" {
				c.thenWords[lemma][w] = true
			}
		}
	}
}

// covers reports whether the curated files already say what t says: the
// same entry; for a bare verb, any entry of the verb (a verb the curated
// files restrict to phrases, such as "impose ... sanctions", stays
// restricted); for a phrase, a curated phrase of the verb sharing one of
// its words.
func (c *curated) covers(t trigger) bool {
	if c.keys[t.key()] {
		return true
	}
	if t.kind != "verb" {
		return false
	}
	if t.then == "" || c.keys["verb\x00"+t.lemma+"\x00"] {
		// A curated bare verb decides the verb's reading; a generated
		// phrase of it would take its place where it matches.
		return c.verbs[t.lemma]
	}
	for _, f := range strings.Fields(t.then) {
		for _, w := range strings.Split(strings.Trim(f, "()"), "|") {
			if c.thenWords[t.lemma][w] {
				return true
			}
		}
	}
	return false
}

func normalize(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// coded is a dictionary verb with the code that applies to it.
type coded struct {
	v    dictVerb
	code string
}

// verbIndex maps each verb ("ask for" with its particle) to its first
// definition in the dictionary.
func verbIndex(d *dictionary) map[string]coded {
	idx := map[string]coded{}
	for _, b := range d.blocks {
		for _, v := range b.verbs {
			code := v.code
			if code == "" {
				code = b.code
			}
			k := strings.Join(v.words, " ")
			if _, dup := idx[k]; !dup {
				idx[k] = coded{v, code}
			}
		}
	}
	return idx
}

// generate converts the dictionary into triggers by the rules, leaving out
// what the curated files cover. The result is sorted by kind, lemma and
// "then" words.
func generate(d *dictionary, r *rules, cur *curated) []trigger {
	var out []trigger
	seen := map[string]bool{}
	emit := func(t trigger) {
		if seen[t.key()] || cur.covers(t) || !validWords(t.lemma) || !validThen(t.then) {
			return
		}
		seen[t.key()] = true
		out = append(out, t)
	}
	idx := verbIndex(d)
	include, exclude, symmetric := setOf(r.Verbs.Include), setOf(r.Verbs.Exclude), setOf(r.Verbs.Symmetric)
	roots := setOf(r.Verbs.Roots)
	names := make([]string, 0, len(idx))
	for k := range idx {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		c := idx[name]
		if code := r.Verbs.Cameo[name]; code != "" {
			c.code = code
		}
		if c.code == "" || exclude[name] || !include[name] && !roots[c.code[:2]] {
			continue
		}
		frames := r.Verbs.Object[name]
		if len(frames) == 0 {
			frames = []string{"direct"}
		}
		emit(trigger{kind: "verb", lemma: c.v.lemma(), then: strings.Join(c.v.words[1:], " "), code: c.code,
			frames: frames, forms: c.v.forms, symmetric: symmetric[name], origin: "verb"})
	}
	proots, pexclude, loose := setOf(r.Phrases.Roots), setOf(r.Phrases.Exclude), setOf(r.Phrases.Words)
	for _, b := range d.blocks {
		for _, p := range b.patterns {
			if p.code == "" || !proots[p.code[:2]] || pexclude[p.verb] {
				continue
			}
			c, ok := idx[p.verb]
			if !ok || len(c.v.words) != 1 {
				continue
			}
			then, frames, ok := convertPattern(p, d.synsets, loose)
			if !ok {
				continue
			}
			if frames == nil {
				frames = r.Phrases.Object[p.code[:2]]
			}
			if len(frames) == 0 {
				continue
			}
			emit(trigger{kind: "verb", lemma: c.v.lemma(), then: then, code: p.code, frames: frames,
				forms: c.v.forms, symmetric: symmetric[p.verb], origin: "phrase"})
		}
	}
	for _, n := range r.Nouns {
		code := n.Cameo
		if code == "" {
			code = idx[normalize(n.Verb)].code
		}
		if code == "" {
			continue
		}
		emit(trigger{kind: "noun", lemma: normalize(n.Noun), code: code, frames: n.Object, symmetric: n.Symmetric, origin: "noun"})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].key() < out[j].key() })
	return out
}

// convertPattern turns the words after the verb of a pattern into a
// "then" pattern: each word or bracketed compound after a gap, the words
// of a compound in a row, a synonym set as alternatives. The target
// marker "+" right after the verb makes the object direct, and after a
// bracketed preposition ("(TO +)", "(AGAINST) +") makes that preposition
// the object's frame; frames is nil when the pattern has no target.
// A pattern that ends in a bracketed word ("- * (WITH)") has that
// preposition as its frame, and is a bare verb if nothing comes before
// it. Patterns with words before the verb (subject constraints), source
// or compound markers, words after the target, or a loose word are not
// converted.
func convertPattern(p dictPattern, synsets map[string][]string, loose map[string]bool) (then string, frames []string, ok bool) {
	if len(p.toks) < 2 || p.toks[0] != "*" {
		return "", nil, false
	}
	var elems []string // "..." gaps and words (alternatives with "|")
	inCompound := false
	target := false
	group := -1         // len(elems) where the open "(" group started
	lastSingle := false // the last element is a "(" group of one word: "(WITH)"
	for i, t := range p.toks[1:] {
		if target && t != ")" {
			return "", nil, false // words after the target
		}
		switch {
		case t == "(":
			group = len(elems)
			continue
		case t == ")":
			lastSingle = group >= 0 && len(elems) == group+2
			group = -1
			continue
		case t == "{":
			inCompound = true
			elems = append(elems, "...")
			continue
		case t == "}":
			inCompound = false
			continue
		case t == "+":
			target = true
			switch {
			case i == 0:
				frames = []string{"direct"}
			case len(elems) >= 2 && lastGroupWord(p.toks[1:], i):
				frames = []string{elems[len(elems)-1]}
				elems = elems[:len(elems)-2]
			default:
				return "", nil, false
			}
			continue
		case t == "*" || t == "**" || strings.ContainsAny(t, "$%^~+"):
			return "", nil, false
		}
		w := ""
		if strings.HasPrefix(t, "&") {
			alts := synsets[t]
			if len(alts) == 0 {
				return "", nil, false
			}
			w = strings.Join(alts, "|")
			if len(alts) > 1 && (inCompound || strings.Contains(w, " ")) {
				// Alternatives of several words, or next to the other
				// words of a compound, are a group: "(peace deal|accord)".
				w = "(" + w + ")"
			}
		} else {
			w = strings.ToLower(strings.Trim(t, "_"))
			if loose[w] {
				return "", nil, false
			}
		}
		if !inCompound {
			elems = append(elems, "...")
		}
		elems = append(elems, w)
		lastSingle = false
	}
	if lastSingle && frames == nil && !strings.Contains(elems[len(elems)-1], "|") {
		// "- * (WITH) [190]": a closing preposition introduces the target.
		frames = []string{elems[len(elems)-1]}
		elems = elems[:len(elems)-2]
		return strings.Join(elems, " "), frames, true
	}
	for len(elems) > 0 && elems[len(elems)-1] == "..." {
		elems = elems[:len(elems)-1] // an empty compound
	}
	if len(elems) == 0 {
		return "", nil, false // no words beyond the verb and its target
	}
	return strings.Join(elems, " "), frames, true
}

// lastGroupWord reports whether toks[i] ("+") follows a "(" group of one
// word: "( TO +" or "( AGAINST ) +".
func lastGroupWord(toks []string, i int) bool {
	switch {
	case i >= 2 && toks[i-2] == "(" && toks[i-1] != ")":
		return true
	case i >= 3 && toks[i-1] == ")" && toks[i-3] == "(":
		return true
	}
	return false
}

func validWords(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == ' ' || r == '-' || r == '\'' || r == '.') {
			return false
		}
	}
	return true
}

func validThen(s string) bool {
	if s == "" {
		return true
	}
	if strings.Count(s, "(") != strings.Count(s, ")") {
		return false
	}
	for _, f := range strings.Fields(strings.NewReplacer("(", " ", ")", " ").Replace(s)) {
		if f == "..." {
			continue
		}
		for _, a := range strings.Split(f, "|") {
			if !validWords(a) || strings.Contains(a, " ") {
				return false
			}
		}
	}
	return true
}
