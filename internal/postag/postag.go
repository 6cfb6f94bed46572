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
// A model can add a second one (TrainOptions.Directions = 2), with the
// same features, trained on the sentences reversed: it tags right to
// left, each word seeing the classes it gave the two words after it.
// Where the left-to-right model is unsure of a word (its best two scores
// are close: about one word in seven), the word takes the best class of
// the two models' scores added; elsewhere the left-to-right class
// stands. Trained with
//
//	go run ./internal/postag/train -directions 2 -out /tmp -lemma-out ''
//
// it scores XPOS 0.9449 on ewt-dev (+0.0008), 0.9609 on gum-dev
// (+0.0040), 0.9460 on ewt-test (+0.0004) and 0.9587 on gum-test
// (+0.0023), in a 2.8 MB file (1.47 times; the right-to-left model's
// features are pruned at 2.0, TrainOptions.BackwardMinWeight: it only
// rescores unsure words, and pruned at 1.0 it is twice as large for no
// gain). Seeds alone move ewt-dev by ±0.0004 and gum-dev by ±0.0006.
// Although only 14% of the words of ewt-test and gum-test are rescored,
// tagging them takes 1.6 times the time of the left-to-right model
// alone in a benchmark (1.9 to 2.1 times in CPU time, on a shared
// machine; both measured in one run, alternating): a profile gives the
// right-to-left pass 28% of the time, its rows being touched for few
// words and so seldom in cache (a margin of 16 instead of 24 rescores
// 9% of the words and gives the same accuracy on ewt-dev, 0.0003 less
// on gum-dev). It is not the embedded model, for that and for the
// relation scores on the tuning dev files, which dropped both with the
// parser as it is (VOA
// F1 0.580 to 0.558: one sentence of five parties) and with the parser
// retrained on its jackknifed tags (VOA 0.562, seed 0.884 to 0.857: a
// few long sentences parsed differently), although that parser is
// better on the treebanks (UAS/LAS 0.8562/0.8272 on ewt-test and
// 0.8415/0.8139 on gum-test, against 0.8529/0.8237 and 0.8387/0.8115).
//
// What did not help, measured on ewt-dev and gum-dev (so that it is not
// tried again blindly): 12 or 16 epochs instead of 8; other dictionary
// and ambiguity-class thresholds; eight more feature templates (the
// sentence's capitalisation class with the word's flags, the tag two
// back with the word, the word with the word two ahead, the words on
// either side together, the suffix two ahead, the previous tag with the
// next word or its ambiguity class), each alone and together, all within
// seed noise or below; and a stacked second pass that adds to the first
// pass's scores the weights of features over the first pass's classes
// of the words to the right, trained on first-pass scores from four
// jackknife folds (-0.003 to -0.005: it learnt the folds' errors, not
// the full model's). The tagger is at about the ceiling of its features
// on these treebanks; the next gain needs knowledge from outside them
// (word clusters or vectors from raw text).
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
// distributed under CC BY-SA 4.0. Scores are in the table below (gold
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
	"math"
	"slices"
	"sync"

	"github.com/geoextract/geoextract/internal/hashtab"
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
	// feats[0] maps a feature hash to its row r of weights in the
	// left-to-right model, feats[1] in the right-to-left one (empty if
	// backward is false). Rows are stored compressed: the classes cls[rowStart[r]:rowStart[r+1]] with the
	// weights w[rowStart[r]:rowStart[r+1]] (a feature has a non-zero
	// weight for a few classes only: 8 of 93 on average).
	feats    [2]hashtab.Table
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
	// backward: a second model tags the sentence right to left, and
	// each word takes the best class of the two models' scores added.
	backward bool
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
	C := len(m.classes)
	s.prepare(words, C, &m.amb)
	m.forward(s, words)
	if m.backward {
		m.backwardPass(s, words)
	}
	for _, c := range s.first {
		dst = append(dst, m.classes[c])
	}
	pool.Put(s)
	return dst
}

// forward tags the words left to right into s.first, marking in s.fixed
// the words tagged from the dictionary and keeping the scores of the
// others in s.firstScores. s must be prepared for the words.
func (m *Model) forward(s *scratch, words []string) {
	C := len(m.classes)
	p1, p2 := -1, -2
	for i, w := range words {
		c, fixed := 0, false
		if v, ok := m.dict.Get(hashtab.NonZero(hashString(w))); ok {
			c, fixed = int(v), true
		} else {
			sc := s.scores[:C]
			clear(sc)
			m.addScores(sc, &m.feats[0], s.featurize(words, i, p1, p2))
			c = best(sc)
			if m.backward {
				copy(s.firstScores[i*C:(i+1)*C], sc)
			}
		}
		s.first = append(s.first, c)
		s.fixed = append(s.fixed, fixed)
		p2, p1 = p1, c
	}
}

// backwardPass tags the words right to left, each word seeing the
// classes the backward model gave the words after it, and sets s.first
// of every word not in the dictionary to the best class of the two
// directions' scores added.
func (m *Model) backwardPass(s *scratch, words []string) {
	C := len(m.classes)
	n := len(words)
	s.rev = append(s.rev[:0], words...)
	slices.Reverse(s.rev)
	// The context hashes of the reversed sentence are those of the
	// words, in reverse order, between the same sentinels.
	slices.Reverse(s.ctx[2 : n+2])
	p1, p2 := -1, -2
	for j := range s.rev {
		i := n - 1 - j
		c := s.first[i]
		if !s.fixed[i] && margin(s.firstScores[i*C:(i+1)*C]) < backwardMargin {
			sc := s.scores[:C]
			clear(sc)
			m.addScores(sc, &m.feats[1], s.featurize(s.rev, j, p1, p2))
			c = best(sc)
			for k, v := range s.firstScores[i*C : (i+1)*C] {
				sc[k] += v
			}
			s.first[i] = best(sc)
		}
		p2, p1 = p1, c
	}
}

// addScores adds the weights of the features found in table to sc, one
// score per class.
func (m *Model) addScores(sc []float32, table *hashtab.Table, feats []uint64) {
	for _, f := range feats {
		r64, ok := table.Get(f)
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
}

// backwardMargin: the right-to-left model rescores only the words whose
// best left-to-right score exceeds the second best by less than this
// (in the units of the averaged weights, about one word in seven of
// ewt-dev); rescoring every word gives the same accuracy on ewt-dev and
// gum-dev (to 0.0001) at twice the time.
const backwardMargin = 24

// margin returns how much the best score exceeds the second best.
func margin(sc []float32) float32 {
	var a, b float32 = -math.MaxFloat32, -math.MaxFloat32
	for _, v := range sc {
		if v > a {
			a, b = v, a
		} else if v > b {
			b = v
		}
	}
	return a - b
}

// best returns the index of the highest score; ties go to the lowest index.
func best(sc []float32) int {
	b := 0
	for k := 1; k < len(sc); k++ {
		if sc[k] > sc[b] {
			b = k
		}
	}
	return b
}

//go:embed model.bin
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return Load(embedded)
})

// Default returns the embedded model, decoded on first use and shared.
func Default() (*Model, error) { return defaultModel() }
