package english

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/geoextract/geoextract/dataerr"
	"gopkg.in/yaml.v3"
)

// ValueKind is what a class maps its words to.
type ValueKind uint8

const (
	ValueNone   ValueKind = iota // a plain list of words
	ValueNumber                  // word: number (months, weekdays)
	ValueCAMEO                   // word: CAMEO code; the value is its root, 1 to 20
	ValueWord                    // word: word (a plural and its singular)
	ValueTags                    // word: [tag, ...] (a noun and the kinds it names)
)

// values are the classes whose words carry a value.
var values = map[Class]ValueKind{
	Weekdays:          ValueNumber,
	Months:            ValueNumber,
	ObligationModals:  ValueCAMEO,
	CharacterNouns:    ValueCAMEO,
	DayOffsets:        ValueNumber,
	PeriodUnits:       ValueNumber,
	PeriodShifts:      ValueNumber,
	PluralHeads:       ValueWord,
	CountWords:        ValueNumber,
	OrganizationNouns: ValueTags,
	TitleRoles:        ValueTags,
	StateFormNouns:    ValueTags,
	Clitics:           ValueWord,
}

// String returns the class's key in the YAML.
func (c Class) String() string {
	if c < NumClasses {
		return names[c]
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// Values returns what the words of c map to.
func (c Class) Values() ValueKind { return values[c] }

var byName = func() map[string]Class {
	m := make(map[string]Class, NumClasses)
	for c, n := range names {
		m[n] = Class(c)
	}
	return m
}()

// ClassNamed returns the class whose YAML key is name.
func ClassNamed(name string) (Class, bool) {
	c, ok := byName[name]
	return c, ok
}

// Set is a bit set of word classes. The zero Set is empty.
type Set [(int(NumClasses) + 63) / 64]uint64

// Has reports whether k is in the set.
func (c Set) Has(k Class) bool { return c[k/64]&(1<<(k%64)) != 0 }

func (c *Set) add(k Class) { c[k/64] |= 1 << (k % 64) }

// Table is a compiled set of word classes: a bit set per word, the values
// of valued classes, and each class's words in order. It is immutable and
// safe for concurrent use once built. The zero Table has no word in any
// class.
type Table struct {
	of      map[string]uint16               // word or phrase → index of its classes in sets
	sets    []Set                           // the distinct class sets of the words
	values  [NumClasses]map[string]int      // the value of a word in a valued class
	texts   [NumClasses]map[string][]string // the words or tags of a word in a class of words or tags
	list    [NumClasses][]string            // each class's words in order
	phrases [NumClasses][][]string          // each class's words split into tokens
}

// Has reports whether w (lower-cased) is in class c.
func (t *Table) Has(c Class, w string) bool { return t.Classes(w).Has(c) }

// Classes returns the classes of w.
func (t *Table) Classes(w string) Set {
	if i, ok := t.of[w]; ok {
		return t.sets[i]
	}
	return Set{}
}

// Value returns the value of w in the valued class c, and whether w is in c.
func (t *Table) Value(c Class, w string) (int, bool) {
	v, ok := t.values[c][w]
	return v, ok
}

// Texts returns the value of w in a class of words (one word) or of tags,
// and whether w is in c. The caller must not change the slice.
func (t *Table) Texts(c Class, w string) ([]string, bool) {
	v, ok := t.texts[c][w]
	return v, ok
}

// Words returns the words of class c in the order they were given. The
// caller must not change the slice.
func (t *Table) Words(c Class) []string { return t.list[c] }

// Add is one word added to a class, where it was written.
type Add struct {
	Class Class
	Word  string
	Value int
	Texts []string // the value in a class of words or tags
	Pos   dataerr.Position
}

// Build compiles additions, in order, into a Table.
func Build(adds ...[]Add) *Table {
	t := &Table{}
	of := map[string]Set{}
	for _, as := range adds {
		for _, a := range as {
			cs := of[a.Word]
			if !cs.Has(a.Class) {
				t.list[a.Class] = append(t.list[a.Class], a.Word)
				t.phrases[a.Class] = append(t.phrases[a.Class], strings.Fields(a.Word))
			}
			cs.add(a.Class)
			of[a.Word] = cs
			switch values[a.Class] {
			case ValueNone:
			case ValueWord, ValueTags:
				if t.texts[a.Class] == nil {
					t.texts[a.Class] = map[string][]string{}
				}
				t.texts[a.Class][a.Word] = a.Texts
			default:
				if t.values[a.Class] == nil {
					t.values[a.Class] = map[string]int{}
				}
				t.values[a.Class][a.Word] = a.Value
			}
		}
	}
	// The words map to a small index into the distinct sets, which keeps
	// the map's slots small: the taggers ask about every token.
	t.of = make(map[string]uint16, len(of))
	index := map[Set]uint16{}
	for w, cs := range of {
		i, ok := index[cs]
		if !ok {
			i = uint16(len(t.sets))
			index[cs] = i
			t.sets = append(t.sets, cs)
		}
		t.of[w] = i
	}
	return t
}

//go:embed data/words.yaml
var wordsFS embed.FS

// File is the name of the embedded class file in positions.
const File = "data/words.yaml"

// BaseAdds returns the embedded classes, parsed once. Every class must be
// given there. Its error lists every problem at file:line:col; [Errors]
// returns them.
var BaseAdds = sync.OnceValues(func() ([]Add, error) {
	if _, err := Inflection(); err != nil {
		return nil, err
	}
	data, err := wordsFS.ReadFile(File)
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
	}
	adds, errs := parse(data, File)
	seen := [NumClasses]bool{}
	for _, a := range adds {
		seen[a.Class] = true
	}
	for c, ok := range seen {
		if !ok {
			errs.add(dataerr.Position{File: File}, "word class %q is missing", names[c])
		}
	}
	if len(errs) > 0 {
		errs.sort()
		return nil, errs
	}
	return adds, nil
})

// Base returns the embedded classes, compiled once.
var Base = sync.OnceValues(func() (*Table, error) {
	adds, err := BaseAdds()
	if err != nil {
		return nil, err
	}
	return Build(adds), nil
})

// Default returns the embedded classes, or an empty Table should they fail
// to load (their tests load them; [Base] returns the error).
func Default() *Table {
	if t, err := Base(); err == nil {
		return t
	}
	return &Table{}
}

// ParseFile reads a file whose root maps class names to words.
func ParseFile(data []byte, file string) ([]Add, []*dataerr.Error) {
	adds, errs := parse(data, file)
	return adds, errs
}

func parse(data []byte, file string) (adds []Add, errs errorList) {
	defer func() {
		if r := recover(); r != nil { // yaml.v3 should not panic; never let it escape
			adds = nil
			errs = errorList{{Pos: dataerr.Position{File: file}, Msg: fmt.Sprintf("invalid YAML: %v", r)}}
		}
	}()
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, errorList{YAMLError(err, file)}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	at := func(n *yaml.Node) dataerr.Position {
		return dataerr.Position{File: file, Line: n.Line, Column: n.Column}
	}
	var l []*dataerr.Error
	adds = ParseClasses(doc.Content[0], at, &l)
	return adds, l
}

// ParseClasses reads a mapping of class names to lists of words (or, for
// a valued class, to a mapping of words to values), appending each problem
// to errs at the position at gives. A word is a string, {verb: LEMMA},
// which stands for every form of the verb, or {class: NAME}, which stands
// for every word of another class given in the same mapping (which may
// include others in turn, but not the class itself).
func ParseClasses(n *yaml.Node, at func(*yaml.Node) dataerr.Position, errs *[]*dataerr.Error) []Add {
	el := (*errorList)(errs)
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		el.add(at(n), "word classes are a mapping of class names to lists of words")
		return nil
	}
	var adds []Add
	seenClass := map[string]bool{}
	words := map[Class]map[string]bool{} // the words given in each class
	type include struct {
		into, from Class
		node       *yaml.Node
	}
	var includes []include
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		c, ok := byName[k.Value]
		if !ok {
			el.add(at(k), "unknown word class %q", k.Value)
			continue
		}
		if seenClass[k.Value] {
			el.add(at(k), "word class %q given twice", k.Value)
			continue
		}
		seenClass[k.Value] = true
		seen := map[string]bool{}
		words[c] = seen
		add := func(w string, value int, node *yaml.Node) {
			if seen[w] {
				el.add(at(node), "word %q given twice in class %q", w, k.Value)
				return
			}
			seen[w] = true
			adds = append(adds, Add{Class: c, Word: w, Value: value, Pos: at(node)})
		}
		if kind := values[c]; kind != ValueNone {
			if v.Kind != yaml.MappingNode {
				el.add(at(v), "word class %q maps words to values", k.Value)
				continue
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				wn, vn := v.Content[j], v.Content[j+1]
				w, ok := classWord(wn, at, el)
				if !ok {
					continue
				}
				if kind == ValueWord || kind == ValueTags {
					texts, ok := classTexts(kind, vn, at, el)
					if !ok {
						continue
					}
					n := len(adds)
					add(w, 0, wn)
					if len(adds) > n {
						adds[n].Texts = texts
					}
					continue
				}
				val, msg := classValue(kind, vn.Value)
				if vn.Kind != yaml.ScalarNode || msg != "" {
					el.add(at(vn), "word %q in class %q: value %q: %s", w, k.Value, vn.Value, msg)
					continue
				}
				add(w, val, wn)
			}
			continue
		}
		if v.Kind != yaml.SequenceNode {
			el.add(at(v), "word class %q must be a list of words", k.Value)
			continue
		}
		for _, item := range v.Content {
			if item.Kind == yaml.MappingNode {
				if len(item.Content) == 2 && item.Content[0].Value == "class" && item.Content[1].Kind == yaml.ScalarNode {
					// {class: NAME}: every word of another class of the file.
					from, ok := byName[item.Content[1].Value]
					if !ok {
						el.add(at(item.Content[1]), "unknown word class %q", item.Content[1].Value)
						continue
					}
					includes = append(includes, include{c, from, item.Content[1]})
					continue
				}
				// {verb: LEMMA}: every form of the verb.
				if len(item.Content) != 2 || item.Content[0].Value != "verb" || item.Content[1].Kind != yaml.ScalarNode {
					el.add(at(item), "a word is a string, {verb: LEMMA} or {class: NAME}")
					continue
				}
				lemma, ok := classWord(item.Content[1], at, el)
				if !ok {
					continue
				}
				for _, f := range sortedForms(VerbForms(lemma)) {
					add(f, 0, item.Content[1])
				}
				continue
			}
			if w, ok := classWord(item, at, el); ok {
				add(w, 0, item)
			}
		}
	}
	// Included classes are resolved once every class of the file is read,
	// an included class before the class that includes it; no class may
	// include itself, directly or through others.
	byInto := map[Class][]include{}
	for _, in := range includes {
		byInto[in.into] = append(byInto[in.into], in)
	}
	order := map[Class][]string{} // each class's words, in order
	for _, a := range adds {
		order[a.Class] = append(order[a.Class], a.Word)
	}
	const resolving, resolved = 1, 2
	state := map[Class]uint8{}
	var resolve func(c Class)
	resolve = func(c Class) {
		if state[c] != 0 {
			return
		}
		state[c] = resolving
		for _, in := range byInto[c] {
			switch {
			case words[in.from] == nil:
				el.add(at(in.node), "word class %q includes %q, which this file does not give", names[in.into], names[in.from])
				continue
			case state[in.from] == resolving:
				el.add(at(in.node), "word class %q includes %q, which includes it", names[in.into], names[in.from])
				continue
			}
			resolve(in.from)
			for _, w := range order[in.from] {
				if words[c][w] {
					el.add(at(in.node), "word %q given twice in class %q (it is in the included class %q)", w, names[c], names[in.from])
					continue
				}
				words[c][w] = true
				order[c] = append(order[c], w)
				adds = append(adds, Add{Class: c, Word: w, Pos: at(in.node)})
			}
		}
		state[c] = resolved
	}
	for _, in := range includes {
		resolve(in.into)
	}
	return adds
}

// Normalize lower-cases s, writes its apostrophes as "'" and joins its
// words with single spaces.
func Normalize(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
	return strings.Join(strings.Fields(s), " ")
}

// classWord checks and normalizes one word or phrase of a class.
func classWord(n *yaml.Node, at func(*yaml.Node) dataerr.Position, errs *errorList) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Value == "" {
		errs.add(at(n), "a word is a non-empty string")
		return "", false
	}
	w := Normalize(n.Value)
	if w != strings.ReplaceAll(n.Value, "\u2019", "'") {
		errs.add(at(n), "word %q must be lower case with single spaces", n.Value)
		return "", false
	}
	return w, true
}

// classTexts reads the value of a class of words (one word) or of tags (a
// list of words).
func classTexts(kind ValueKind, n *yaml.Node, at func(*yaml.Node) dataerr.Position, errs *errorList) ([]string, bool) {
	items := []*yaml.Node{n}
	if kind == ValueTags {
		if n.Kind != yaml.SequenceNode {
			errs.add(at(n), "want a list of tags")
			return nil, false
		}
		items = n.Content
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		w, ok := classWord(it, at, errs)
		if !ok {
			return nil, false
		}
		out = append(out, w)
	}
	return out, true
}

func classValue(kind ValueKind, s string) (int, string) {
	switch kind {
	case ValueNumber:
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, "want a number"
		}
		return n, ""
	case ValueCAMEO:
		return CAMEORoot(s)
	}
	return 0, ""
}

// CAMEORoot checks a CAMEO code of 2 to 4 digits and returns its root
// (01 to 20), or a message saying what is wrong.
func CAMEORoot(s string) (int, string) {
	if len(s) < 2 || len(s) > 4 {
		return 0, "want 2 to 4 digits"
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, "want 2 to 4 digits"
		}
	}
	root, _ := strconv.Atoi(s[:2])
	if root < 1 || root > 20 {
		return 0, "root must be 01 to 20"
	}
	return root, ""
}

// sortedForms returns the words of forms in order.
func sortedForms(forms map[string]Form) []string {
	out := make([]string, 0, len(forms))
	for w := range forms {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// PhraseLen returns the length in tokens of the longest phrase of class c
// that starts at toks[i], or 0.
func (t *Table) PhraseLen(toks []string, i int, c Class) int {
	best := 0
	for _, p := range t.phrases[c] {
		if len(p) > best && i >= 0 && i+len(p) <= len(toks) && slices.Equal(toks[i:i+len(p)], p) {
			best = len(p)
		}
	}
	return best
}

// PhraseEnding returns the length in tokens of the longest phrase of
// class c that ends at toks[i], or 0.
func (t *Table) PhraseEnding(toks []string, i int, c Class) int {
	best := 0
	for _, p := range t.phrases[c] {
		if j := i + 1 - len(p); len(p) > best && j >= 0 && i < len(toks) && slices.Equal(toks[j:i+1], p) {
			best = len(p)
		}
	}
	return best
}

// HasSuffixIn reports whether w ends with a word of class c.
func (t *Table) HasSuffixIn(c Class, w string) bool {
	for _, p := range t.list[c] {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// HasPrefixIn reports whether w begins with a word of class c.
func (t *Table) HasPrefixIn(c Class, w string) bool {
	for _, p := range t.list[c] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// ContainsIn reports whether w contains a word of class c.
func (t *Table) ContainsIn(c Class, w string) bool {
	for _, p := range t.list[c] {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}
