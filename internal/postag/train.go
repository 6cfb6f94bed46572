package postag

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/geoextract/geoextract/internal/conllu"
	"github.com/geoextract/geoextract/internal/fnvhash"
	"github.com/geoextract/geoextract/internal/hashtab"
	"github.com/geoextract/geoextract/internal/perceptron"
)

// TrainOptions controls Train. The zero value trains with the defaults.
type TrainOptions struct {
	// Epochs is the number of passes over the data; 0 means 8.
	Epochs int
	// Seed seeds the shuffling of the sentences between epochs; the same
	// seed and data give the same model, byte for byte.
	Seed int64
	// Log, if not nil, receives a line of progress per epoch.
	Log io.Writer
	// MinWeight drops the features whose largest averaged weight is
	// below it; 0 means 1.0 (on the dev files this halves the model and
	// costs 0.0004 of XPOS accuracy; 2.0 would cost 0.002), a negative
	// value keeps every feature (for tiny training sets).
	MinWeight float32
	// Directions is 1 (the default, for 0) for a left-to-right tagger
	// and 2 to add a right-to-left model whose scores are added to the
	// first's where the first is unsure (see the package doc).
	Directions int
	// BackwardMinWeight is MinWeight for the right-to-left model; 0
	// means 2.0. The right-to-left model only rescores the words the
	// first is unsure of, and a smaller one does as well.
	BackwardMinWeight float32
}

// Training constants: a joint class seen fewer than minClassCount times
// is folded into the most frequent class of its XPOS; a word form seen at
// least dictMinCount times with one class in dictMinShare of its uses is
// tagged from the dictionary; averaged weights below pruneWeight are
// dropped.
const (
	minClassCount = 3
	dictMinCount  = 20
	dictMinShare  = 0.97
	pruneWeight   = 0.0001
	ambMinCount   = 5
	ambMinShare   = 0.02
)

// Train trains a model on sentences with gold XPOS and UPOS. Words
// without an XPOS are skipped from training (their sentence still gives
// context). It returns an error when no word has tags.
func Train(sents []conllu.Sentence, opt TrainOptions) (*Model, error) {
	epochs := opt.Epochs
	if epochs <= 0 {
		epochs = 8
	}
	classes, classOf := trainClasses(sents)
	if len(classes) == 0 {
		return nil, errors.New("postag: no tagged words to train on")
	}
	if len(classes) > math.MaxUint16 {
		return nil, fmt.Errorf("postag: %d classes, at most %d", len(classes), math.MaxUint16)
	}
	C := len(classes)
	data := make([]trainSent, 0, len(sents))
	for _, s := range sents {
		ts := trainSent{words: s.Forms(), gold: make([]int, len(s.Words))}
		for i, w := range s.Words {
			c, ok := classOf[Tags{w.XPOS, w.UPOS}]
			if !ok {
				c = -1
			}
			ts.gold[i] = c
		}
		data = append(data, ts)
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x5eed))
	t := trainDirection(data, C, epochs, opt, rng, "")
	var tb *trainer
	if opt.Directions >= 2 {
		rdata := make([]trainSent, len(data))
		for i, s := range data {
			rdata[i] = trainSent{words: slices.Clone(s.words), gold: slices.Clone(s.gold)}
			slices.Reverse(rdata[i].words)
			slices.Reverse(rdata[i].gold)
		}
		bopt := opt
		bopt.MinWeight = cmp.Or(opt.BackwardMinWeight, 2)
		tb = trainDirection(rdata, C, epochs, bopt, rng, " (right to left)")
	}
	m := compile(classes, t, tb)
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, "postag: %d classes, %d features kept, %d dictionary words, %d ambiguity classes, both directions %v\n",
			len(classes), len(m.rowStart)-1, len(t.dict), t.amb.Len(), m.backward)
	}
	return m, nil
}

// trainDirection trains the model of one direction on data (sentences
// reversed for right to left).
func trainDirection(data []trainSent, C, epochs int, opt TrainOptions, rng *rand.Rand, what string) *trainer {
	t := &trainer{C: C, rowOf: map[uint64]int32{}, w: perceptron.Dense[float64]{C: C}, dict: trainDict(data, C), amb: trainAmb(data, C), minWeight: opt.MinWeight}
	if t.minWeight == 0 {
		t.minWeight = 1
	}
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for e := 0; e < epochs; e++ {
		start := time.Now()
		correct, total := 0, 0
		for _, si := range order {
			c, n := t.sentence(&data[si])
			correct += c
			total += n
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "postag: epoch %d%s: train accuracy %.4f, %d features, %.1fs\n",
				e+1, what, float64(correct)/float64(max(total, 1)), len(t.rowOf), time.Since(start).Seconds())
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return t
}

type trainSent struct {
	words []string
	gold  []int // class per word, -1 for an untagged word
}

// trainClasses lists the joint classes by frequency (ties by name) and
// maps every tag pair seen to its class.
func trainClasses(sents []conllu.Sentence) ([]Tags, map[Tags]int) {
	counts := map[Tags]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.XPOS != "" {
				counts[Tags{w.XPOS, w.UPOS}]++
			}
		}
	}
	pairs := make([]Tags, 0, len(counts))
	for t := range counts {
		pairs = append(pairs, t)
	}
	slices.SortFunc(pairs, func(a, b Tags) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.XPOS, b.XPOS), cmp.Compare(a.UPOS, b.UPOS))
	})
	classOf := map[Tags]int{}
	bestOfXPOS := map[string]int{}
	var classes []Tags
	for _, p := range pairs {
		if counts[p] < minClassCount {
			continue
		}
		classOf[p] = len(classes)
		if _, ok := bestOfXPOS[p.XPOS]; !ok {
			bestOfXPOS[p.XPOS] = len(classes)
		}
		classes = append(classes, p)
	}
	for _, p := range pairs {
		if _, ok := classOf[p]; ok {
			continue
		}
		if c, ok := bestOfXPOS[p.XPOS]; ok {
			classOf[p] = c
		} else {
			classOf[p] = len(classes)
			bestOfXPOS[p.XPOS] = len(classes)
			classes = append(classes, p)
		}
	}
	return classes, classOf
}

// trainDict returns the word forms that have one class almost always.
func trainDict(data []trainSent, C int) map[string]int {
	counts := map[string][]int{}
	for _, s := range data {
		for i, w := range s.words {
			if s.gold[i] < 0 {
				continue
			}
			c := counts[w]
			if c == nil {
				c = make([]int, C)
				counts[w] = c
			}
			c[s.gold[i]]++
		}
	}
	dict := map[string]int{}
	for w, c := range counts {
		best, n := 0, 0
		for k, v := range c {
			n += v
			if v > c[best] {
				best = k
			}
		}
		if n >= dictMinCount && float64(c[best]) >= dictMinShare*float64(n) {
			dict[w] = best
		}
	}
	return dict
}

// trainAmb returns the ambiguity classes of the lower-case forms seen at
// least ambMinCount times: the set of classes with at least ambMinShare
// of their uses.
func trainAmb(data []trainSent, C int) hashtab.Table {
	counts := map[uint64][]int{}
	for _, s := range data {
		for i, w := range s.words {
			if s.gold[i] < 0 {
				continue
			}
			h := hashtab.NonZero(lowerHash(w))
			c := counts[h]
			if c == nil {
				c = make([]int, C)
				counts[h] = c
			}
			c[s.gold[i]]++
		}
	}
	var keys, vals []uint64
	for h, c := range counts {
		n := 0
		for _, v := range c {
			n += v
		}
		if n < ambMinCount {
			continue
		}
		a := uint64(fnvhash.Offset)
		for k, v := range c {
			if float64(v) >= ambMinShare*float64(n) {
				a = comb(a, uint64(k))
			}
		}
		keys = append(keys, h)
		vals = append(vals, a)
	}
	return hashtab.New(keys, vals)
}

// trainer holds the weights being learnt: a row of w for each feature
// (rowOf), averaged by the running sum.
type trainer struct {
	C     int
	rowOf map[uint64]int32
	w     perceptron.Dense[float64]
	step  float64
	dict  map[string]int
	amb   hashtab.Table
	// minWeight: see TrainOptions.MinWeight
	minWeight float32
	s         scratch
}

func (t *trainer) sentence(ts *trainSent) (correct, total int) {
	t.s.prepare(ts.words, t.C, &t.amb)
	p1, p2 := -1, -2
	for i, w := range ts.words {
		gold := ts.gold[i]
		guess, ok := t.dict[w]
		if !ok {
			feats := t.s.featurize(ts.words, i, p1, p2)
			guess = t.predict(feats)
			if gold >= 0 {
				t.step++
				if guess != gold {
					t.update(feats, gold, guess)
				}
			}
		}
		if gold >= 0 {
			total++
			if guess == gold {
				correct++
			}
		}
		p2, p1 = p1, guess
	}
	return correct, total
}

func (t *trainer) predict(feats []uint64) int {
	sc := t.s.scores[:t.C]
	clear(sc)
	for _, f := range feats {
		r, ok := t.rowOf[f]
		if !ok {
			continue
		}
		for k, v := range t.w.Row(int(r)) {
			sc[k] += v
		}
	}
	best := 0
	for k := 1; k < t.C; k++ {
		if sc[k] > sc[best] {
			best = k
		}
	}
	return best
}

func (t *trainer) update(feats []uint64, gold, guess int) {
	for _, f := range feats {
		r, ok := t.rowOf[f]
		if !ok {
			r = int32(t.w.AddRow())
			t.rowOf[f] = r
		}
		t.w.Add(int(r), gold, t.step, 1)
		t.w.Add(int(r), guess, t.step, -1)
	}
}

// frow is a feature's row of averaged weights.
type frow struct {
	key uint64
	w   []float32
}

// rows returns the averaged rows kept after pruning, by increasing key.
func (t *trainer) rows() []frow {
	var kept []frow
	for key, r := range t.rowOf {
		w := make([]float32, t.C)
		any := false
		for k := range w {
			v := t.w.Average(int(r), k, t.step)
			if math.Abs(v) >= pruneWeight {
				w[k] = float32(v)
				any = true
			}
		}
		if any && rowMax(w) >= t.minWeight {
			kept = append(kept, frow{key, w})
		}
	}
	slices.SortFunc(kept, func(a, b frow) int { return cmp.Compare(a.key, b.key) })
	return kept
}

// compile averages and prunes the weights of the left-to-right model t
// and of the right-to-left one tb (nil for none) into an immutable
// Model. The dictionary and the ambiguity classes are t's (tb's are the
// same: they do not depend on word order).
func compile(classes []Tags, t, tb *trainer) *Model {
	m := &Model{classes: slices.Clone(classes), amb: t.amb, backward: tb != nil}
	var weights []float32
	for d, tr := range []*trainer{t, tb} {
		if tr == nil {
			continue
		}
		kept := tr.rows()
		keys := make([]uint64, len(kept))
		rows := make([]uint64, len(kept))
		for i, r := range kept {
			keys[i] = r.key
			rows[i] = uint64(len(weights) / t.C)
			weights = append(weights, r.w...)
		}
		m.feats[d] = hashtab.New(keys, rows)
	}
	words := make([]string, 0, len(t.dict))
	for w := range t.dict {
		words = append(words, w)
	}
	slices.Sort(words)
	dictKeys := make([]uint64, len(words))
	dictClass := make([]uint64, len(words))
	for i, w := range words {
		dictKeys[i] = hashtab.NonZero(hashString(w))
		dictClass[i] = uint64(t.dict[w])
	}
	m.dict = hashtab.New(dictKeys, dictClass)
	m.step = quantize(weights)
	m.sparse(weights, t.C)
	return m
}

func rowMax(w []float32) float32 {
	var m float32
	for _, v := range w {
		m = max(m, v, -v)
	}
	return m
}
