package relation

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// form is a bit set of the grammatical forms a surface word can have.
type form uint8

const (
	formBase     form = 1 << iota // VB, VBP: "meet"
	formThird                     // VBZ: "meets"
	formPast                      // VBD: "met"
	formPart                      // VBN: "met", "taken"
	formGerund                    // VBG: "meeting"
	formSingular                  // NN: "visit"
	formPlural                    // NNS: "visits"
	formOther                     // a literal word or a listed form of unknown kind
)

// inflectionTables are the exceptions to the rules of inflection, from
// data/words/inflection.yaml.
type inflectionTables struct {
	IrregularVerbs    map[string][]string `yaml:"irregular_verbs"`    // base → past, participle
	IrregularPrefixes []string            `yaml:"irregular_prefixes"` // keep a base's irregular forms
	DoubledFinals     []string            `yaml:"doubled_finals"`     // polysyllables that double their final consonant
	IrregularThirds   map[string]string   `yaml:"irregular_thirds"`   // base → third person singular
	ExtraForms        map[string]struct {
		Base   []string `yaml:"base"`
		Past   []string `yaml:"past"`
		Gerund []string `yaml:"gerund"`
	} `yaml:"extra_forms"`
	IrregularPlurals map[string]string `yaml:"irregular_plurals"` // singular → plural

	doubled map[string]bool
}

//go:embed data/words/inflection.yaml
var inflectionFS embed.FS

const inflectionFile = "data/words/inflection.yaml"

// inflection returns the embedded tables, loaded once.
var inflection = sync.OnceValues(func() (*inflectionTables, error) {
	data, err := inflectionFS.ReadFile(inflectionFile)
	if err != nil {
		return nil, fmt.Errorf("relation: %w", err)
	}
	return parseInflection(data, inflectionFile)
})

func parseInflection(data []byte, file string) (*inflectionTables, error) {
	var t inflectionTables
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil {
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			return nil, ErrorList{yamlError(err, file)}
		}
		var errs ErrorList
		for _, msg := range te.Errors { // "line 3: field x not found in type ..."
			pos := Position{File: file}
			if n, ok := yamlLine(msg); ok {
				pos.Line = n
				if _, rest, ok := strings.Cut(msg, ": "); ok {
					msg = rest
				}
			}
			errs.Add(pos, "%s", msg)
		}
		return nil, errs
	}
	var errs ErrorList
	for base, pp := range t.IrregularVerbs {
		if len(pp) != 2 {
			errs.Add(Position{File: file}, "irregular verb %q: want [past, participle]", base)
		}
	}
	if len(t.IrregularVerbs) == 0 || len(t.IrregularThirds) == 0 || len(t.IrregularPlurals) == 0 {
		errs.Add(Position{File: file}, "irregular_verbs, irregular_thirds and irregular_plurals must be given")
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	t.doubled = map[string]bool{}
	for _, w := range t.DoubledFinals {
		t.doubled[w] = true
	}
	return &t, nil
}

// inflectionTablesOrEmpty returns the embedded inflection tables, or empty ones should
// they fail to load (the loaders report that error; their tests load
// them).
func inflectionTablesOrEmpty() *inflectionTables {
	if t, err := inflection(); err == nil {
		return t
	}
	return &inflectionTables{}
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// endsCVC reports whether w ends consonant-vowel-consonant (not w, x, y)
// with a single vowel before the final consonant: stop, ban, plan.
func endsCVC(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c1, v, c2 := w[n-3], w[n-2], w[n-1]
	return !isVowel(c1) && isVowel(v) && !isVowel(c2) && strings.IndexByte("wxy", c2) < 0
}

// syllables roughly counts vowel groups in w.
func syllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || (w[i] == 'y' && i > 0)
		if v && !in {
			n++
		}
		in = v
	}
	if n > 1 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") {
		n--
	}
	return n
}

func shouldDouble(w string) bool {
	return endsCVC(w) && (syllables(w) == 1 || inflectionTablesOrEmpty().doubled[w])
}

// verbForms returns the inflected forms of a single-word verb lemma, each
// with the set of forms it can stand for.
func verbForms(lemma string) map[string]form {
	w := strings.ToLower(lemma)
	out := map[string]form{}
	add := func(s string, f form) { out[s] |= f }
	add(w, formBase)
	tab := inflectionTablesOrEmpty()
	if x, ok := tab.ExtraForms[w]; ok {
		for _, f := range x.Base {
			add(f, formBase)
		}
		for _, f := range x.Past {
			add(f, formPast)
		}
		for _, f := range x.Gerund {
			add(f, formGerund)
		}
	}
	// Third person singular.
	third, irregularThird := tab.IrregularThirds[w]
	switch {
	case irregularThird:
		add(third, formThird)
	case hasAnySuffix(w, "s", "x", "z", "ch", "sh"):
		add(w+"es", formThird)
	case len(w) > 1 && strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]):
		add(w[:len(w)-1]+"ies", formThird)
	case len(w) > 1 && strings.HasSuffix(w, "o") && !isVowel(w[len(w)-2]):
		add(w+"es", formThird)
	default:
		add(w+"s", formThird)
	}
	// Past and past participle.
	if pp, ok := irregular(w); ok {
		add(pp[0], formPast)
		add(pp[1], formPart)
	} else {
		for _, s := range regularPast(w) {
			add(s, formPast|formPart)
		}
	}
	// Gerund.
	for _, s := range gerunds(w) {
		add(s, formGerund)
	}
	return out
}

func irregular(w string) ([2]string, bool) {
	tab := inflectionTablesOrEmpty()
	if pp, ok := tab.IrregularVerbs[w]; ok {
		return [2]string{pp[0], pp[1]}, true
	}
	for _, p := range tab.IrregularPrefixes {
		if base, ok := strings.CutPrefix(w, p); ok && len(base) >= 3 {
			if pp, ok := tab.IrregularVerbs[base]; ok {
				return [2]string{p + pp[0], p + pp[1]}, true
			}
		}
	}
	return [2]string{}, false
}

func regularPast(w string) []string {
	switch {
	case strings.HasSuffix(w, "e"):
		return []string{w + "d"}
	case len(w) > 1 && strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]):
		return []string{w[:len(w)-1] + "ied"}
	case strings.HasSuffix(w, "c"):
		return []string{w + "ked", w + "ed"}
	case shouldDouble(w):
		return []string{w + w[len(w)-1:] + "ed"}
	case endsCVC(w) && strings.HasSuffix(w, "l"):
		// British and American spellings: travelled, traveled.
		return []string{w + "led", w + "ed"}
	}
	return []string{w + "ed"}
}

func gerunds(w string) []string {
	switch {
	case strings.HasSuffix(w, "ie"):
		return []string{w[:len(w)-2] + "ying"}
	case strings.HasSuffix(w, "e") && !hasAnySuffix(w, "ee", "ye", "oe") && len(w) > 2:
		return []string{w[:len(w)-1] + "ing"}
	case strings.HasSuffix(w, "c"):
		return []string{w + "king", w + "ing"}
	case shouldDouble(w):
		return []string{w + w[len(w)-1:] + "ing"}
	case endsCVC(w) && strings.HasSuffix(w, "l"):
		return []string{w + "ling", w + "ing"}
	}
	return []string{w + "ing"}
}

// nounForms returns the singular and plural of a single-word noun. A
// lemma that already ends in a single s ("talks", "sanctions") is taken
// as a plural-only form.
func nounForms(lemma string) map[string]form {
	w := strings.ToLower(lemma)
	out := map[string]form{}
	if p, ok := inflectionTablesOrEmpty().IrregularPlurals[w]; ok {
		out[w] = formSingular
		out[p] = formPlural
		return out
	}
	switch {
	case strings.HasSuffix(w, "s") && !hasAnySuffix(w, "ss", "us", "is"):
		out[w] = formPlural
	case hasAnySuffix(w, "s", "x", "z", "ch", "sh"):
		out[w] = formSingular
		out[w+"es"] = formPlural
	case len(w) > 1 && strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]):
		out[w] = formSingular
		out[w[:len(w)-1]+"ies"] = formPlural
	default:
		out[w] = formSingular
		out[w+"s"] = formPlural
	}
	return out
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
