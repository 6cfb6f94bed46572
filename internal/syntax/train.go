package syntax

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/geoextract/geoextract/internal/perceptron"
)

// TrainSentence is one training sentence: words with their tags (the
// tags the parser will see at run time: predicted ones train best) and
// the gold tree (Heads[i] is the head of word i+1, 0 for the root).
type TrainSentence struct {
	Words, XPOS, UPOS []string
	Heads             []int
	Rels              []Rel
}

// TrainOptions sets up Train. The zero value trains 15 epochs with seed 1.
type TrainOptions struct {
	Epochs int
	Seed   uint64
	// Explore is the epoch from which the trainer follows the model's own
	// (possibly wrong) transition 90% of the time (Goldberg & Nivre 2012).
	Explore int
	// Beam is the beam width; 0 or 1 trains a greedy parser with the
	// dynamic oracle, more trains a beam parser with early update.
	Beam int
	// Log receives one line per epoch; nil for none.
	Log io.Writer
	// Eval, when set, is called after each epoch with the averaged model.
	Eval func(epoch int, m *Model)
}

// entry is one class's averaged weight in a feature's row.
type entry struct {
	cls uint8
	perceptron.Lazy[float64]
}

type trainer struct {
	rels []Rel
	idx  map[uint64]int32
	keys []uint64
	rows [][]entry
	now  int32
}

func (t *trainer) score(keys []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	for _, k := range keys {
		r, ok := t.idx[k]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.cls] += e.W
		}
	}
}

func (t *trainer) update(keys []uint64, cls int, delta float32) {
	for _, k := range keys {
		r, ok := t.idx[k]
		if !ok {
			r = int32(len(t.rows))
			t.idx[k] = r
			t.keys = append(t.keys, k)
			t.rows = append(t.rows, nil)
		}
		row := t.rows[r]
		j := slices.IndexFunc(row, func(e entry) bool { return int(e.cls) == cls })
		if j < 0 {
			row = append(row, entry{cls: uint8(cls), Lazy: perceptron.Lazy[float64]{Stamp: t.now}})
			j = len(row) - 1
			t.rows[r] = row
		}
		row[j].Add(t.now, delta)
	}
}

// average compiles the averaged weights into a Model.
func (t *trainer) average() *Model {
	var keys []uint64
	off := []uint32{0}
	var cls []uint8
	var wts []float32
	for r, row := range t.rows {
		n := 0
		for _, e := range row {
			avg := e.Average(t.now)
			if avg == 0 {
				continue
			}
			cls = append(cls, e.cls)
			wts = append(wts, float32(avg))
			n++
		}
		if n > 0 {
			keys = append(keys, t.keys[r])
			off = append(off, uint32(len(cls)))
		}
	}
	m, err := compile(t.rels, keys, off, cls, wts)
	if err != nil {
		panic(err) // the trainer's keys are distinct by construction
	}
	return m
}

// staticOracle returns the gold transition sequence of a projective tree:
// an arc when the tree has it, else shift, else reduce.
func staticOracle(m *Model, n int, gh []int32, gr []Rel, st *state, seq []int16) []int16 {
	seq = seq[:0]
	st.reset(n)
	var costs [4]int
	for !st.terminal() {
		st.costs(gh, &costs)
		s0, b0 := st.s0(), st.b0
		next := -1
		switch {
		case gh[s0] == b0 && st.valid(leftArc, gr[s0]):
			next = m.classOf(leftArc, gr[s0])
		case gh[b0] == s0 && st.valid(rightArc, gr[b0]):
			next = m.classOf(rightArc, gr[b0])
		case costs[shift] == 0:
			next = 0
		case costs[reduce] == 0 && st.valid(reduce, NoRel):
			next = 1
		default:
			next = 0
		}
		seq = append(seq, int16(next))
		a, r := m.class(next)
		st.apply(a, r)
	}
	return seq
}

func (t *trainer) trainBeam(sents []TrainSentence, opt TrainOptions, m *Model) (*Model, error) {
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	bs := newBeamSearch(opt.Beam, m.classes(), m.class)
	var (
		st   state
		at   atoms
		gh   []int32
		gr   []Rel
		keys []uint64
		gold []int16
	)
	replay := func(n int, seq []int16, from int, delta float32) {
		st.reset(n)
		for i, c := range seq {
			if i >= from {
				keys = at.features(&st, keys[:0])
				t.update(keys, int(c), delta)
			}
			a, r := m.class(int(c))
			st.apply(a, r)
		}
	}
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var updates, early int
		for _, si := range order {
			s := &sents[si]
			n := len(s.Words)
			gh, gr = projective(s.Heads, s.Rels, gh, gr)
			at.reset(s.Words, s.XPOS, s.UPOS)
			gold = staticOracle(m, n, gh, gr, &st, gold)
			bs.goldAction = gold
			t.now++
			best, isEarly := bs.run(t, &at, n, true)
			if best.gold && !isEarly {
				continue
			}
			pred := best.h.classes()
			g := gold
			if isEarly {
				g = gold[:min(len(gold), len(pred))]
			}
			d := 0
			for d < len(g) && d < len(pred) && g[d] == pred[d] {
				d++
			}
			replay(n, g, d, 1)
			replay(n, pred, d, -1)
			updates++
			if isEarly {
				early++
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: %d updates (%d early) of %d sentences, %d features\n", epoch, updates, early, len(sents), len(t.rows))
		}
		if opt.Eval != nil && epoch < opt.Epochs {
			mm := t.average()
			mm.beam = opt.Beam
			opt.Eval(epoch, mm)
		}
	}
	mm := t.average()
	mm.beam = opt.Beam
	return mm, nil
}

// Train trains a parser on sents with the dynamic oracle of Goldberg &
// Nivre (2012) and an averaged perceptron. Non-projective trees are
// made projective by lifting (Nivre & Nilsson 2005, without encoding).
// Training is deterministic for a given seed.
func Train(sents []TrainSentence, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 15
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.Explore == 0 {
		opt.Explore = 2
	}
	if len(sents) == 0 {
		return nil, errors.New("syntax: no training sentences")
	}
	seen := make([]bool, numRels)
	for i, s := range sents {
		n := len(s.Words)
		if len(s.XPOS) != n || len(s.UPOS) != n || len(s.Heads) != n || len(s.Rels) != n {
			return nil, fmt.Errorf("syntax: training sentence %d: fields of different lengths", i)
		}
		for j, h := range s.Heads {
			if h < 0 || h > n || h == j+1 {
				return nil, fmt.Errorf("syntax: training sentence %d: word %d has head %d", i, j+1, h)
			}
			if s.Rels[j] == NoRel || s.Rels[j] >= numRels {
				return nil, fmt.Errorf("syntax: training sentence %d: word %d has no relation", i, j+1)
			}
			seen[s.Rels[j]] = true
		}
	}
	t := &trainer{idx: make(map[uint64]int32)}
	for r, ok := range seen {
		if ok {
			t.rels = append(t.rels, Rel(r))
		}
	}
	if !seen[Root] {
		return nil, errors.New("syntax: no root relation in the training data")
	}
	m := &Model{rels: t.rels}
	nc := m.classes()
	if opt.Beam > 1 {
		return t.trainBeam(sents, opt, m)
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var (
		st     state
		at     atoms
		keys   []uint64
		scores = make([]float32, nc)
		gh     []int32
		gr     []Rel
		costs  [4]int
	)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var steps, errs, correct, total int
		for _, si := range order {
			s := &sents[si]
			n := len(s.Words)
			gh, gr = projective(s.Heads, s.Rels, gh, gr)
			st.reset(n)
			at.reset(s.Words, s.XPOS, s.UPOS)
			for !st.terminal() {
				keys = at.features(&st, keys[:0])
				t.score(keys, scores)
				st.costs(gh, &costs)
				pred, predScore, gold, goldScore := -1, float32(0), -1, float32(0)
				predCost := 0
				for c := range nc {
					a, r := m.class(c)
					if !st.valid(a, r) {
						continue
					}
					cost := costs[a]
					if (a == leftArc && gh[st.s0()] == st.b0 || a == rightArc && gh[st.b0] == st.s0()) && gr[arcDep(&st, a)] != r {
						cost++
					}
					v := scores[c]
					if pred < 0 || v > predScore {
						pred, predScore, predCost = c, v, cost
					}
					if cost == 0 && (gold < 0 || v > goldScore) {
						gold, goldScore = c, v
					}
				}
				if gold < 0 {
					gold = pred // no zero-cost action left: nothing to learn here
				}
				t.now++
				steps++
				if predCost > 0 {
					errs++
					t.update(keys, gold, 1)
					t.update(keys, pred, -1)
				}
				next := gold
				if epoch > opt.Explore && rng.Float64() < 0.9 {
					next = pred
				}
				a, r := m.class(next)
				st.apply(a, r)
			}
			st.finish()
			for i := 1; i <= n; i++ {
				total++
				if int(st.head[i]) == s.Heads[i-1] {
					correct++
				}
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: %d steps, %.2f%% wrong, train UAS %.4f, %d features\n",
				epoch, steps, 100*float64(errs)/float64(max(steps, 1)), float64(correct)/float64(max(total, 1)), len(t.rows))
		}
		if opt.Eval != nil && epoch < opt.Epochs {
			opt.Eval(epoch, t.average())
		}
	}
	return t.average(), nil
}

func arcDep(s *state, a action) int32 {
	if a == leftArc {
		return s.s0()
	}
	return s.b0
}

// projective returns 1-based gold heads and relations (index 0 unused),
// with non-projective arcs lifted to the head's head until the tree is
// projective.
func projective(heads []int, rels []Rel, gh []int32, gr []Rel) ([]int32, []Rel) {
	n := len(heads)
	gh, gr = grow(gh, n+1), grow(gr, n+1)
	gh[0], gr[0] = -1, NoRel
	for i, h := range heads {
		gh[i+1], gr[i+1] = int32(h), rels[i]
	}
	for range n * n {
		d := shortestNonProjective(gh)
		if d < 0 {
			break
		}
		gh[d] = gh[gh[d]]
	}
	return gh, gr
}

// shortestNonProjective returns the dependent of the shortest arc that is
// not projective, or -1.
func shortestNonProjective(gh []int32) int32 {
	best, bestLen := int32(-1), int32(math.MaxInt32)
	for d := int32(1); d < int32(len(gh)); d++ {
		h := gh[d]
		if h <= 0 {
			continue
		}
		lo, hi := min(h, d), max(h, d)
		if hi-lo >= bestLen {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !dominates(gh, h, k) {
				best, bestLen = d, hi-lo
				break
			}
		}
	}
	return best
}

// dominates reports whether h is an ancestor of k.
func dominates(gh []int32, h, k int32) bool {
	for i := 0; i < len(gh) && k > 0; i++ {
		k = gh[k]
		if k == h {
			return true
		}
	}
	return false
}
