package syntax

// Beam search (Zhang & Clark 2008; Zhang & Nivre 2011): the k best
// transition sequences are kept at each step, scored by the sum of their
// transitions' scores. Training updates early (Collins & Roark 2004): when
// the gold sequence falls out of the beam, the perceptron is corrected on
// the gold prefix against the best item.

type scorer interface {
	score(keys []uint64, scores []float32)
}

func (s *state) copyFrom(o *state) {
	s.n, s.b0 = o.n, o.b0
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head...)
	s.rel = append(s.rel[:0], o.rel...)
	s.l1 = append(s.l1[:0], o.l1...)
	s.l2 = append(s.l2[:0], o.l2...)
	s.r1 = append(s.r1[:0], o.r1...)
	s.r2 = append(s.r2[:0], o.r2...)
	s.nl = append(s.nl[:0], o.nl...)
	s.nr = append(s.nr[:0], o.nr...)
	s.lset = append(s.lset[:0], o.lset...)
	s.rset = append(s.rset[:0], o.rset...)
}

// hist is an action history shared between items as a linked list.
type hist struct {
	prev  *hist
	class int16
	n     int32 // length of the history
}

func (h *hist) classes() []int16 {
	if h == nil {
		return nil
	}
	out := make([]int16, h.n)
	for p := h; p != nil; p = p.prev {
		out[p.n-1] = p.class
	}
	return out
}

type item struct {
	st    *state
	score float64
	h     *hist
	gold  bool
}

type cand struct {
	parent int
	class  int // -1: a terminal item carried over
	score  float64
	gold   bool
}

// beamSearch holds the memory of a beam search; reused across sentences,
// not safe for concurrent use.
type beamSearch struct {
	k          int
	cur, next  []item
	pool       []*state // 2k states
	cands      []cand
	keys       []uint64
	scores     []float32
	classes    int
	classOf    func(int) (action, Rel)
	goldAction []int16 // gold sequence when training
}

func newBeamSearch(k, classes int, classOf func(int) (action, Rel)) *beamSearch {
	b := &beamSearch{k: k, classes: classes, classOf: classOf, scores: make([]float32, classes)}
	for range 2 * k {
		b.pool = append(b.pool, new(state))
	}
	return b
}

// insert keeps cands sorted by score (ties: earlier parent, lower class)
// and at most k long.
func (b *beamSearch) insert(c cand) {
	n := len(b.cands)
	if n == b.k && c.score <= b.cands[n-1].score {
		return
	}
	if n < b.k {
		b.cands = append(b.cands, c)
	} else {
		b.cands[n-1] = c
	}
	for i := len(b.cands) - 1; i > 0 && b.cands[i].score > b.cands[i-1].score; i-- {
		b.cands[i], b.cands[i-1] = b.cands[i-1], b.cands[i]
	}
}

// run searches for the best sequence of sentence at. With gold set it
// stops at the step where no gold item is left and returns that beam's
// best item with early=true.
func (b *beamSearch) run(sc scorer, at *atoms, n int, training bool) (best item, early bool) {
	// free holds the states no item uses; the pool has 2k, the beam at
	// most k, so a step always finds k free states for its new items.
	free := append([]*state(nil), b.pool[1:]...)
	st := b.pool[0]
	st.reset(n)
	b.cur = append(b.cur[:0], item{st: st, gold: training})
	for {
		b.cands = b.cands[:0]
		done := true
		for pi := range b.cur {
			it := &b.cur[pi]
			if it.st.terminal() {
				b.insert(cand{parent: pi, class: -1, score: it.score, gold: it.gold})
				continue
			}
			done = false
			b.keys = at.features(it.st, b.keys[:0])
			sc.score(b.keys, b.scores)
			goldClass := -1
			if it.gold && int(it.h.len()) < len(b.goldAction) {
				goldClass = int(b.goldAction[it.h.len()])
			}
			for c := range b.classes {
				a, r := b.classOf(c)
				if !it.st.valid(a, r) {
					continue
				}
				b.insert(cand{parent: pi, class: c, score: it.score + float64(b.scores[c]), gold: it.gold && c == goldClass})
			}
		}
		if done {
			return b.cur[0], false
		}
		b.next = b.next[:0]
		anyGold := false
		kept := make([]bool, len(b.cur))
		for _, c := range b.cands {
			anyGold = anyGold || c.gold
			p := b.cur[c.parent]
			if c.class < 0 {
				kept[c.parent] = true
				b.next = append(b.next, item{st: p.st, score: c.score, h: p.h, gold: c.gold})
				continue
			}
			ns := free[len(free)-1]
			free = free[:len(free)-1]
			ns.copyFrom(p.st)
			a, r := b.classOf(c.class)
			ns.apply(a, r)
			b.next = append(b.next, item{st: ns, score: c.score, h: &hist{prev: p.h, class: int16(c.class), n: p.h.len() + 1}, gold: c.gold})
		}
		for pi, k := range kept {
			if !k {
				free = append(free, b.cur[pi].st)
			}
		}
		b.cur, b.next = b.next, b.cur
		if training && !anyGold {
			return b.cur[0], true
		}
	}
}

func (h *hist) len() int32 {
	if h == nil {
		return 0
	}
	return h.n
}
