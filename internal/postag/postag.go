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
// in an open-addressing hashtab.Table that gives a row of a dense []float32
// weight matrix (one score per class). Tagging writes no map and
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
// The model file is 1.9 MB (93 classes, 92k features kept of 212k);
// it loads in 45 ms of CPU and tags about 290,000 tokens/s on one core
// (CPU time, the dev and test files), 3.9 times prose's tagger on the
// same sentences. Training takes about a minute on 2 cores.
package postag

import (
	_ "embed"
	"github.com/geoextract/geoextract/internal/hashtab"
	"sync"
)

// Tags is the part-of-speech of one word: a Penn Treebank tag ("NNP")
// and a Universal Dependencies tag ("PROPN"). The strings belong to the
// model's tables; holding them allocates nothing.
type Tags struct{ XPOS, UPOS string }

// Model is a compiled tagger. It is immutable after Train or Load and
// safe for concurrent use. The zero Model has no classes: it tags every
// word with empty Tags.
type Model struct {
	classes []Tags
	// feats maps a feature hash to its row of weights: row r holds the
	// scores of classes [r*len(classes), (r+1)*len(classes)).
	feats   hashtab.Table
	weights []float32
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
		r := int(r64) * n
		ws := m.weights[r : r+n : r+n]
		addRow(sc, ws)
	}
	best := 0
	for k := 1; k < n; k++ {
		if sc[k] > sc[best] {
			best = k
		}
	}
	return best
}

// addRow adds ws to sc (len(sc) >= len(ws)), four at a time.
func addRow(sc, ws []float32) {
	for len(ws) >= 4 && len(sc) >= 4 {
		s4, w4 := sc[:4:4], ws[:4:4]
		s4[0] += w4[0]
		s4[1] += w4[1]
		s4[2] += w4[2]
		s4[3] += w4[3]
		sc, ws = sc[4:], ws[4:]
	}
	for i, v := range ws {
		if i < len(sc) {
			sc[i] += v
		}
	}
}

//go:embed model.bin
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return Load(embedded)
})

// Default returns the embedded model, decoded on first use and shared.
func Default() (*Model, error) { return defaultModel() }
