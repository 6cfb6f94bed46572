package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// derivations is the table of event nouns of verbs (nominalizations.yaml).
// It is read once and not changed after.
type derivations struct {
	Derive map[string][]string `yaml:"derive"`  // verb → its event nouns
	Zero   []string            `yaml:"zero"`    // verbs whose event noun is the lemma itself
	Direct map[string][]string `yaml:"direct"`  // CAMEO root (or "default") → the frames of a direct object
	Object map[string][]string `yaml:"object"`  // noun → its frames, where the rule does not fit
	Phrase map[string][]string `yaml:"phrases"` // verb → the event nouns of its object phrases
	// Particle: verb → the event nouns of its phrases that open with a
	// preposition or particle, which the noun keeps ("call for" → "a
	// call for", "retaliate against" → "retaliation against").
	Particle map[string][]string `yaml:"particles"`
	// ParticlePreps are the words such a phrase may open with for its
	// noun to keep it: prepositions ("a call for"), not adverbs ("call
	// up" has no noun "call up").
	ParticlePreps []string `yaml:"particle_prepositions"`
	// Phrases (verb and then words) whose nouns are not derived.
	ExcludePhrases []string            `yaml:"exclude_phrases"`
	nouns          map[string][]string // verb → nouns, derived and zero
}

func parseDerivations(data []byte, name string) (*derivations, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var d derivations
	if err := dec.Decode(&d); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var errs []string
	d.nouns = map[string][]string{}
	for v, ns := range d.Derive {
		for _, n := range ns {
			if !validWords(normalize(n)) {
				errs = append(errs, fmt.Sprintf("derive %q: %q is no noun", v, n))
			}
			d.nouns[normalize(v)] = append(d.nouns[normalize(v)], normalize(n))
		}
	}
	for _, v := range d.Zero {
		if _, dup := d.Derive[v]; dup {
			errs = append(errs, fmt.Sprintf("zero %q: also under derive", v))
		}
		d.nouns[normalize(v)] = append(d.nouns[normalize(v)], normalize(v))
	}
	for key, table := range map[string]map[string][]string{"phrases": d.Phrase, "particles": d.Particle} {
		for v, ns := range table {
			for _, n := range ns {
				if !validWords(normalize(n)) {
					errs = append(errs, fmt.Sprintf("%s %q: %q is no noun", key, v, n))
				}
			}
		}
	}
	if len(d.Particle) > 0 && len(d.ParticlePreps) == 0 {
		errs = append(errs, "particles: want particle_prepositions")
	}
	if len(d.Direct["default"]) == 0 {
		errs = append(errs, "direct: want a default")
	}
	for root, fs := range d.Direct {
		if root != "default" && (len(root) != 2 || cleanCode(root) == "") {
			errs = append(errs, fmt.Sprintf("direct: root %q: want two digits or default", root))
		}
		if len(fs) == 0 && root != "default" {
			errs = append(errs, fmt.Sprintf("direct: root %q: want prepositions", root))
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, fmt.Errorf("%s: %s", name, strings.Join(errs, "; "))
	}
	return &d, nil
}

// verbEntry is a bare verbal trigger of the lexicon (a verb: entry with no
// then:), with what its nouns inherit.
type verbEntry struct {
	lemma     string
	then      string // the words after the verb, for a phrase entry
	code      string
	person    string
	target    string
	frames    []string
	nullable  bool
	symmetric bool
}

// nounFrames returns the object frames of an event noun of verb v: its
// preposition frames, and for its direct object the direct frames of its
// root.
func (d *derivations) nounFrames(noun string, v verbEntry) []string {
	if fs, ok := d.Object[noun]; ok {
		return fs
	}
	direct := d.Direct["default"]
	if fs, ok := d.Direct[v.code[:2]]; ok {
		direct = fs
	}
	var out []string
	add := func(f string) {
		for _, g := range out {
			if g == f {
				return
			}
		}
		out = append(out, f)
	}
	for _, f := range v.frames {
		switch f {
		case "that", "any", "clause":
		case "direct":
			for _, g := range direct {
				add(g)
			}
		default:
			add(f)
		}
	}
	if len(out) == 0 && !v.nullable {
		for _, g := range direct {
			add(g)
		}
	}
	return out
}

// nominalize returns the noun triggers derived from verbs by the table:
// for a bare verb its nouns, for a phrase entry ("impose ... sanctions")
// its phrase nouns with "of" before the phrase's words ("imposition of
// ... sanctions"); a noun that defined (the kind-lemma-then keys of every
// other lexicon file) has, in either number, is left out, and so is the
// phrase of a noun it has bare ("closure" decides "closure of ..."). The result is
// sorted by lemma and then words.
func nominalize(d *derivations, verbs []verbEntry, defined map[string]bool) []trigger {
	var out []trigger
	seen := map[string]bool{}
	for _, v := range verbs {
		if v.then != "" && !strings.HasPrefix(v.then, "... ") {
			// "call for", "call for ... sanctions": the noun keeps the
			// phrase's words after it, and so the verb's frames.
			if !d.particlePhrase(v.then) || slices.Contains(d.ExcludePhrases, v.lemma+" "+v.then) {
				continue
			}
			for _, n := range d.Particle[v.lemma] {
				n = normalize(n)
				t := trigger{kind: "noun", lemma: n, then: v.then, code: v.code, frames: v.frames,
					person: v.person, target: v.target, nullable: v.nullable, symmetric: v.symmetric, origin: "nominal"}
				bare := trigger{kind: "noun", lemma: n}
				if seen[t.key()] || !validWords(n) || !validThen(t.then) || defined[t.key()] || defined[bare.key()] || defined["noun\x00"+plural(n)+"\x00"] {
					continue
				}
				seen[t.key()] = true
				out = append(out, t)
			}
			continue
		}
		if v.then != "" {
			if slices.Contains(d.ExcludePhrases, v.lemma+" "+v.then) {
				continue
			}
			for _, n := range d.Phrase[v.lemma] {
				n = normalize(n)
				t := trigger{kind: "noun", lemma: n, then: "of " + v.then, code: v.code, frames: d.nounFrames(n, v),
					person: v.person, target: v.target, nullable: v.nullable, symmetric: v.symmetric, origin: "nominal"}
				bare := trigger{kind: "noun", lemma: n}
				if seen[t.key()] || !validWords(n) || !validThen(t.then) || defined[t.key()] || defined[bare.key()] {
					continue
				}
				seen[t.key()] = true
				out = append(out, t)
			}
			continue
		}
		for _, n := range d.nouns[v.lemma] {
			t := trigger{kind: "noun", lemma: n, code: v.code, frames: d.nounFrames(n, v), person: v.person,
				target: v.target, nullable: v.nullable, symmetric: v.symmetric, origin: "nominal"}
			if seen[t.key()] || !validWords(n) || defined[t.key()] || defined["noun\x00"+plural(n)+"\x00"] {
				continue
			}
			seen[t.key()] = true
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].key() < out[j].key() })
	return out
}

// particlePhrase reports whether every alternative of the first word of
// phrase then is one of the particle prepositions.
func (d *derivations) particlePhrase(then string) bool {
	fs := strings.Fields(then)
	if len(fs) == 0 {
		return false
	}
	for _, w := range strings.Split(fs[0], "|") {
		if !slices.Contains(d.ParticlePreps, w) {
			return false
		}
	}
	return true
}

// plural returns the regular plural of a noun's last word, as the
// lexicon's inflection does for the common cases.
func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "s") || strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "x"):
		return n + "es"
	case strings.HasSuffix(n, "y") && len(n) > 1 && !strings.ContainsAny(n[len(n)-2:len(n)-1], "aeiou"):
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}
