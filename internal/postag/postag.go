// Package postag is a part-of-speech tagger for English: an averaged
// perceptron (Collins 2002) in the style of Honnibal's greedy tagger,
// trained on Universal Dependencies treebanks, that predicts the Penn
// Treebank tag (XPOS) and the universal tag (UPOS) of each word together,
// as one joint class such as "NNP|PROPN".
//
// Words are tagged left to right; each word's features are its form, its
// lower-case form, prefixes and suffixes of one to four runes, its shape
// and flags (capitals, digits, hyphen), the words one and two to either
// side, the suffixes of its neighbours, and the two classes predicted
// before it. Frequent words that the training data tags one way in at
// least 97% of their uses are tagged from a dictionary.
//
// A trained Model is compiled: every feature is a 64-bit hash, looked up
// in an open-addressing table (package hashtab) that gives its row of
// weights. Rows are kept compressed, as flat arrays of (class, float32
// weight) pairs: a feature has non-zero weights for a few of the 93
// classes only, and adding those pairs instead of a dense row of 93 made
// tagging 1.6 times faster (211,000 to 339,000 tokens/s of CPU) and the
// weights several times smaller in memory. Tagging writes no map and
// allocates nothing beyond the output; ties between classes go to the
// lowest class index, so the output is deterministic.
//
// # The embedded model
//
// Default returns the model in model.bin, trained with
//
//	go run ./internal/postag/train -treebank ../shared/data/treebank -out internal/postag -lemma-out internal/lemma
//
// on ewt-train.conllu and gum-train.conllu (UD English-EWT, CC BY-SA 4.0;
// GUM annotations CC BY 4.0, texts CC BY 4.0 / CC BY-SA 3.0 / CC BY 2.5,
// see NOTICE.md). The model is a derived work of those treebanks and is
// distributed under CC BY-SA 4.0. Scores are in the hashtab.Table below (gold
// tokenization; "POS" is the accuracy on geoextract's tag set,
// internal/text.POS, where every punctuation tag counts as one, so that
// prose's tagger, run through internal/nlp on the same sentences and
// aligned onto the gold words, can be compared with ours):
//
//	file       tokens  XPOS    UPOS    POS     prose (POS)
//	ewt-dev    25147   0.9441  0.9503  0.9467  0.8733
//	gum-dev    10631   0.9569  0.9599  0.9600  0.9276
//	ewt-test   25094   0.9456  0.9530  0.9492  0.8698
//	gum-test   10972   0.9564  0.9596  0.9585  0.9253
//
// The model file is 1.9 MB (93 classes, 92k features kept of 212k); it
// loads in 42 ms of CPU and tags about 340,000 tokens/s on one core (CPU
// time, the dev and test files, on a shared machine): 3.8 times prose's
// own tagger through internal/nlp, and 1.4 times prose's tokenizer and
// tagger once internal/nlp compiled that tagger (internal/nlp/internal/ptag).
// Training takes about a minute on 2 cores.
package postag

import (
	_ "embed"
	"github.com/geoextract/geoextract/internal/hashtab"
	"sync"
)

// Tags is the part-of-speech of one word: a Penn Treebank tag ("NNP")
// and a Universal Dependencies tag ("PROPN"). The strings belong to the
// model's tables; holding them allocates nothing. Tags is a plain value,
// safe to copy and share; the zero Tags means "not tagged".
type Tags struct{ XPOS, UPOS string }

// Model is a compiled tagger. It is immutable after Train or Load and
// safe for concurrent use. The zero Model has no classes: it tags every
// word with empty Tags.
type Model struct {
	classes []Tags
	// feats maps a feature hash to its row r of weights, stored
	// compressed: the classes cls[rowStart[r]:rowStart[r+1]] with the
	// weights w[rowStart[r]:rowStart[r+1]] (a feature has a non-zero
	// weight for a few classes only: 8 of 93 on average).
	feats    hashtab.Table
	rowStart []int32
	cls      []uint16
	w        []float32
	// dict maps the hash of a word form to the class it always has.
	dict hashtab.Table
	// amb maps the hash of a lower-case form to its ambiguity class: a
	// hash of the set of classes it has in training.
	amb hashtab.Table
	// step is the quantisation step: every weight is a multiple of it.
	step float32
}

var pool = sync.Pool{New: func() any { return new(scratch) }}

// Classes returns the model's classes in index order.
func (m *Model) Classes() []Tags { return append([]Tags(nil), m.classes...) }

// Tag tags a sentence of words (gold or predicted tokens, one word each)
// and appends one Tags per word to dst[:0].
func (m *Model) Tag(words []string, dst []Tags) []Tags {
	dst = dst[:0]
	if len(m.classes) == 0 {
		for range words {
			dst = append(dst, Tags{})
		}
		return dst
	}
	s := pool.Get().(*scratch)
	s.prepare(words, len(m.classes), &m.amb)
	p1, p2 := -1, -2
	for i, w := range words {
		c := 0
		if v, ok := m.dict.Get(hashtab.NonZero(hashString(w))); ok {
			c = int(v)
		} else {
			c = m.predict(s, s.featurize(words, i, p1, p2))
		}
		dst = append(dst, m.classes[c])
		p2, p1 = p1, c
	}
	pool.Put(s)
	return dst
}

// predict returns the best class for the features; ties go to the lowest index.
func (m *Model) predict(s *scratch, feats []uint64) int {
	n := len(m.classes)
	sc := s.scores[:n]
	clear(sc)
	for _, f := range feats {
		r64, ok := m.feats.Get(f)
		if !ok {
			continue
		}
		a, b := m.rowStart[r64], m.rowStart[r64+1]
		ws := m.w[a:b]
		for k, c := range m.cls[a:b:b] {
			if int(c) < len(sc) && k < len(ws) {
				sc[c] += ws[k]
			}
		}
	}
	best := 0
	for k := 1; k < n; k++ {
		if sc[k] > sc[best] {
			best = k
		}
	}
	return best
}

//go:embed model.bin
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return Load(embedded)
})

// Default returns the embedded model, decoded on first use and shared.
func Default() (*Model, error) { return defaultModel() }
