package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/internal/wordnet"
)

// classRules are the settings of the lexical classes (classes.yaml). They
// are read once and not changed after.
type classRules struct {
	Classes struct {
		MaxRoots int      `yaml:"max_roots"` // a lemma with more roots from one source is left out
		Exclude  []string `yaml:"exclude"`   // lemmas never classed
		// MaxSenses: a verb of the dictionary only (not the lexicon's)
		// with more WordNet verb senses is left out (0: no limit).
		MaxSenses int `yaml:"max_senses"`
		// SynonymSenses: a classed verb lends its roots to the
		// single-word synonyms of its first so many WordNet senses, when
		// the sense is among the synonym's own first so many (0: none).
		SynonymSenses int `yaml:"synonym_senses"`
	} `yaml:"classes"`
}

// needsWordNet reports whether the settings read WordNet.
func (r *classRules) needsWordNet() bool {
	return r.Classes.MaxSenses > 0 || r.Classes.SynonymSenses > 0
}

func parseClassRules(data []byte, name string) (*classRules, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var r classRules
	if err := dec.Decode(&r); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if r.Classes.MaxSenses < 0 || r.Classes.SynonymSenses < 0 {
		return nil, fmt.Errorf("%s: classes: max_senses and synonym_senses: want 0 or more", name)
	}
	if r.Classes.MaxRoots < 1 {
		return nil, fmt.Errorf("%s: classes: max_roots %d: want 1 or more", name, r.Classes.MaxRoots)
	}
	return &r, nil
}

// lexCode is a single-word trigger of the lexicon with its code.
type lexCode struct{ lemma, code string }

// readLexiconCodes returns the single-word verb and noun triggers with a
// CAMEO code and no following words of every lexicon file in dir, in file
// order.
func readLexiconCodes(dir string) ([]lexCode, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	var out []lexCode
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var doc struct {
			Triggers []map[string]any `yaml:"triggers"`
		}
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, lexiconCodes(doc.Triggers)...)
	}
	return out, nil
}

// lexiconCodes returns the single-word verb and noun triggers of ts with
// a CAMEO code and no "then" words.
func lexiconCodes(ts []map[string]any) []lexCode {
	var out []lexCode
	for _, t := range ts {
		code, _ := t["cameo"].(string)
		if t["then"] != nil || t["complement"] != nil || cleanCode(code) == "" {
			continue
		}
		for _, kind := range []string{"verb", "noun"} {
			if w, ok := t[kind].(string); ok {
				if w = normalize(w); validWords(w) && !strings.Contains(w, " ") {
					out = append(out, lexCode{w, code})
				}
			}
		}
	}
	return out
}

// classes returns the lexical classes, lemma → CAMEO roots in increasing
// order, of the lexicon's triggers lex, the dictionary d's single-word
// verbs, their WordNet synonyms and the event nouns der derives from the
// classed verbs, by the settings r (see classes.yaml). db is read only
// when r.needsWordNet().
func classes(d *dictionary, lex []lexCode, der *derivations, r *classRules, db *wordnet.DB) map[string][]string {
	exclude := setOf(r.Classes.Exclude)
	collect := func(add func(func(lemma, code string))) map[string][]string {
		m := map[string][]string{}
		add(func(lemma, code string) {
			if root := code[:2]; !slices.Contains(m[lemma], root) {
				m[lemma] = append(m[lemma], root)
			}
		})
		return m
	}
	fromLex := collect(func(f func(string, string)) {
		for _, c := range lex {
			f(c.lemma, c.code)
		}
	})
	fromDict := collect(func(f func(string, string)) {
		for _, b := range d.blocks {
			for _, v := range b.verbs {
				code := v.code
				if code == "" {
					code = b.code
				}
				if len(v.words) == 1 && code != "" && validWords(v.lemma()) {
					f(v.lemma(), code)
				}
			}
		}
	})
	out := map[string][]string{}
	for _, src := range []map[string][]string{fromLex, fromDict} {
		for lemma, roots := range src {
			if _, done := out[lemma]; done || exclude[lemma] || len(roots) > r.Classes.MaxRoots {
				continue
			}
			if r.Classes.MaxSenses > 0 && fromLex[lemma] == nil && len(db.Senses(lemma, wordnet.Verb)) > r.Classes.MaxSenses {
				continue
			}
			out[lemma] = roots
		}
	}
	if n := r.Classes.SynonymSenses; n > 0 {
		wide := map[string][]string{}
		for lemma, roots := range out {
			ss := db.Senses(lemma, wordnet.Verb)
			for _, syn := range ss[:min(n, len(ss))] {
				for _, w := range syn.Words {
					if _, own := out[w]; own || exclude[w] || strings.Contains(w, " ") || !validWords(w) {
						continue
					}
					if own := db.Senses(w, wordnet.Verb); !slices.Contains(own[:min(n, len(own))], syn) {
						continue
					}
					addRoots(wide, w, roots)
				}
			}
		}
		keepFew(out, wide, r.Classes.MaxRoots)
	}
	nouns := map[string][]string{}
	for verb, ns := range der.nouns {
		roots, ok := out[verb]
		if !ok {
			continue
		}
		for _, n := range ns {
			if _, own := out[n]; own || exclude[n] || strings.Contains(n, " ") {
				continue
			}
			addRoots(nouns, n, roots)
		}
	}
	keepFew(out, nouns, r.Classes.MaxRoots)
	for _, roots := range out {
		slices.Sort(roots)
	}
	return out
}

const classesHeader = `# Code generated by relation/internal/gen; DO NOT EDIT.
#
# Lexical classes of the relation model (relation.WithPairClasses): a lemma
# of a verb or an event noun, a tab, and the CAMEO roots of the events it
# names. From the lexicon's single-word triggers, the single-word verbs of
# the PETRARCH CAMEO verb dictionary CAMEO.2.0.txt (MIT licence, Copyright
# (c) 2015 Open Event Data Alliance; see NOTICE.md) and the event nouns of
# relation/internal/gen/nominalizations.yaml; settings in
# relation/internal/gen/classes.yaml. Regenerate from the repository root:
#
#	go run ./relation/internal/gen -cameo ../shared/eval/petrarch/dictionaries/CAMEO.2.0.txt
`

// renderClasses writes the classes, one lemma a line in lemma order,
// after the header.
func renderClasses(cs map[string][]string) []byte {
	var b bytes.Buffer
	b.WriteString(classesHeader)
	lemmas := make([]string, 0, len(cs))
	for l := range cs {
		lemmas = append(lemmas, l)
	}
	slices.Sort(lemmas)
	for _, l := range lemmas {
		fmt.Fprintf(&b, "%s\t%s\n", l, strings.Join(cs[l], ","))
	}
	return b.Bytes()
}

// addRoots adds to m[w] the roots it lacks.
func addRoots(m map[string][]string, w string, roots []string) {
	for _, root := range roots {
		if !slices.Contains(m[w], root) {
			m[w] = append(m[w], root)
		}
	}
}

// keepFew copies into out the words of m that have no more than most roots.
func keepFew(out, m map[string][]string, most int) {
	for w, roots := range m {
		if len(roots) <= most {
			out[w] = roots
		}
	}
}
