package english

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/geoextract/geoextract/dataerr"
	"gopkg.in/yaml.v3"
)

// Form is a bit set of the grammatical forms a surface word can have.
type Form uint8

const (
	FormBase     Form = 1 << iota // VB, VBP: "meet"
	FormThird                     // VBZ: "meets"
	FormPast                      // VBD: "met"
	FormPart                      // VBN: "met", "taken"
	FormGerund                    // VBG: "meeting"
	FormSingular                  // NN: "visit"
	FormPlural                    // NNS: "visits"
	FormOther                     // a literal word or a listed Form of unknown kind
)

// inflectionTables are the exceptions to the rules of inflection, from
// data/inflection.yaml.
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

//go:embed data/inflection.yaml
var inflectionFS embed.FS

const inflectionFile = "data/inflection.yaml"

// Inflection returns the embedded tables, loaded once.
var Inflection = sync.OnceValues(func() (*inflectionTables, error) {
	data, err := inflectionFS.ReadFile(inflectionFile)
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
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
			return nil, errorList{YAMLError(err, file)}
		}
		var errs errorList
		for _, msg := range te.Errors { // "line 3: field x not found in type ..."
			pos := dataerr.Position{File: file}
			if n, ok := YAMLLine(msg); ok {
				pos.Line = n
				if _, rest, ok := strings.Cut(msg, ": "); ok {
					msg = rest
				}
			}
			errs.add(pos, "%s", msg)
		}
		return nil, errs
	}
	var errs errorList
	for base, pp := range t.IrregularVerbs {
		if len(pp) != 2 {
			errs.add(dataerr.Position{File: file}, "irregular verb %q: want [past, participle]", base)
		}
	}
	if len(t.IrregularVerbs) == 0 || len(t.IrregularThirds) == 0 || len(t.IrregularPlurals) == 0 {
		errs.add(dataerr.Position{File: file}, "irregular_verbs, irregular_thirds and irregular_plurals must be given")
	}
	if len(errs) > 0 {
		errs.sort()
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
	if t, err := Inflection(); err == nil {
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

// VerbForms returns the inflected forms of a single-word verb lemma, each
// with the set of forms it can stand for.
func VerbForms(lemma string) map[string]Form {
	w := strings.ToLower(lemma)
	out := map[string]Form{}
	add := func(s string, f Form) { out[s] |= f }
	add(w, FormBase)
	tab := inflectionTablesOrEmpty()
	if x, ok := tab.ExtraForms[w]; ok {
		for _, f := range x.Base {
			add(f, FormBase)
		}
		for _, f := range x.Past {
			add(f, FormPast)
		}
		for _, f := range x.Gerund {
			add(f, FormGerund)
		}
	}
	// Third person singular.
	third, irregularThird := tab.IrregularThirds[w]
	switch {
	case irregularThird:
		add(third, FormThird)
	case hasAnySuffix(w, "s", "x", "z", "ch", "sh"):
		add(w+"es", FormThird)
	case len(w) > 1 && strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]):
		add(w[:len(w)-1]+"ies", FormThird)
	case len(w) > 1 && strings.HasSuffix(w, "o") && !isVowel(w[len(w)-2]):
		add(w+"es", FormThird)
	default:
		add(w+"s", FormThird)
	}
	// Past and past participle.
	if pp, ok := irregular(w); ok {
		add(pp[0], FormPast)
		add(pp[1], FormPart)
	} else {
		for _, s := range regularPast(w) {
			add(s, FormPast|FormPart)
		}
	}
	// Gerund.
	for _, s := range gerunds(w) {
		add(s, FormGerund)
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

// NounForms returns the singular and plural of a single-word noun. A
// lemma that already ends in a single s ("talks", "sanctions") is taken
// as a plural-only Form.
func NounForms(lemma string) map[string]Form {
	w := strings.ToLower(lemma)
	out := map[string]Form{}
	if p, ok := inflectionTablesOrEmpty().IrregularPlurals[w]; ok {
		out[w] = FormSingular
		out[p] = FormPlural
		return out
	}
	switch {
	case strings.HasSuffix(w, "s") && !hasAnySuffix(w, "ss", "us", "is"):
		out[w] = FormPlural
	case hasAnySuffix(w, "s", "x", "z", "ch", "sh"):
		out[w] = FormSingular
		out[w+"es"] = FormPlural
	case len(w) > 1 && strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]):
		out[w] = FormSingular
		out[w[:len(w)-1]+"ies"] = FormPlural
	default:
		out[w] = FormSingular
		out[w+"s"] = FormPlural
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
