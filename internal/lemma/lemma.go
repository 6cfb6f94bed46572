// Package lemma finds the lemma (dictionary form) of an English word from
// its form and its Penn Treebank tag: "went" VBD → "go", "countries" NNS
// → "country", "Sanctions" NNS → "sanction".
//
// The model is learnt from the lemmas of Universal Dependencies
// treebanks and holds, per tag:
//   - whether the form is lower-cased first (learnt from how often the
//     treebank's lemma is the lower-cased form: yes for common nouns and
//     verbs, no for proper nouns);
//   - suffix-rewrite rules ("-ies" → "-y"): for each suffix of up to
//     maxSuffix bytes, the rule most often seen on the word types that
//     end with it; a word takes the rule of its longest suffix in the
//     table, and suffixes that would give the same answer as a shorter
//     one are left out;
//   - an exception table (form and tag → lemma) for every training word
//     whose most frequent lemma the rules do not give ("went", "was").
//
// An unknown tag gives the form unchanged.
//
// # The embedded model
//
// Default returns the model in model.bin, trained by
//
//	go run ./internal/postag/train -treebank ../shared/data/treebank -out internal/postag -lemma-out internal/lemma
//
// on ewt-train.conllu and gum-train.conllu (UD English-EWT, CC BY-SA 4.0;
// GUM annotations CC BY 4.0, see NOTICE.md). The model is a derived work
// of those treebanks and is distributed under CC BY-SA 4.0. Accuracy with
// gold tokenization, by gold tag and by the tag package postag predicts:
//
//	file       gold XPOS  predicted XPOS (package postag)
//	ewt-dev    0.9868     0.9693
//	gum-dev    0.9905     0.9776
//	ewt-test   0.9867     0.9684
//	gum-test   0.9902     0.9759
//
// The model file is 21 KB.
package lemma

import (
	_ "embed"
	"strings"
	"sync"
)

// maxSuffix is the longest suffix, in bytes, that a rule is keyed on.
const maxSuffix = 10

// rule rewrites a word: drop cut bytes from its end, then append add.
type rule struct {
	cut int
	add string
}

type formKey struct {
	tag  uint16
	form string
}

// Model is a trained lemmatizer. It is immutable after Train or Load and
// safe for concurrent use. The zero Model knows no tag: it returns every
// form unchanged.
type Model struct {
	tags       []string
	tagIndex   map[string]uint16
	lower      []bool // per tag: lower-case the form first
	rules      []rule
	suffixes   map[formKey]int32 // (tag, suffix) → rule
	exceptions map[formKey]string
}

// Lemma returns the lemma of form with the Penn Treebank tag xpos.
func (m *Model) Lemma(form, xpos string) string {
	t, ok := m.tagIndex[xpos]
	if !ok {
		return form
	}
	key := form
	if m.lower[t] {
		key = strings.ToLower(form)
	}
	if l, ok := m.exceptions[formKey{t, key}]; ok {
		return l
	}
	return m.apply(t, key)
}

// apply rewrites key with the rule of its longest suffix in the table.
func (m *Model) apply(t uint16, key string) string {
	for k := min(len(key), maxSuffix); k >= 0; k-- {
		if !boundary(key, len(key)-k) {
			continue
		}
		r, ok := m.suffixes[formKey{t, key[len(key)-k:]}]
		if !ok {
			continue
		}
		ru := m.rules[r]
		if ru.cut > len(key) || !boundary(key, len(key)-ru.cut) {
			return key
		}
		return key[:len(key)-ru.cut] + ru.add
	}
	return key
}

// boundary reports whether byte i of s starts a rune (or is its end).
func boundary(s string, i int) bool {
	return i <= 0 || i >= len(s) || s[i]&0xC0 != 0x80
}

//go:embed model.bin
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) { return Load(embedded) })

// Default returns the embedded model, decoded on first use and shared.
func Default() (*Model, error) { return defaultModel() }
