package syntax

// The transition system: arc-eager (Nivre 2003) over words 1..n, with the
// artificial root 0 at the bottom of the stack. Actions are SHIFT, REDUCE,
// LEFT-ARC(rel) and RIGHT-ARC(rel); the root takes one dependent, with the
// relation root, through RIGHT-ARC. Classes number the labelled actions:
// 0 shift, 1 reduce, then one left and one right arc per relation of the
// model's relation list.

type action uint8

const (
	shift action = iota
	reduce
	leftArc
	rightArc
)

// state is a parser configuration. It is reused across sentences by
// reset; it is not safe for concurrent use.
type state struct {
	n     int
	stack []int32
	b0    int32 // front of the buffer; the buffer is b0..n
	head  []int32
	rel   []Rel
	// Children kept for features: leftmost and second leftmost, rightmost
	// and second rightmost dependent, counts, and the set of relations of
	// the left and right dependents.
	l1, l2, r1, r2 []int32
	nl, nr         []uint8
	lset, rset     []uint64
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b0 = 1
	m := n + 1
	s.head = grow(s.head, m)
	s.rel = grow(s.rel, m)
	s.l1, s.l2, s.r1, s.r2 = grow(s.l1, m), grow(s.l2, m), grow(s.r1, m), grow(s.r2, m)
	s.nl, s.nr = grow(s.nl, m), grow(s.nr, m)
	s.lset, s.rset = grow(s.lset, m), grow(s.rset, m)
	for i := range m {
		s.head[i], s.rel[i] = -1, NoRel
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i], s.lset[i], s.rset[i] = 0, 0, 0, 0
	}
}

func (s *state) terminal() bool { return int(s.b0) > s.n }

func (s *state) s0() int32 { return s.stack[len(s.stack)-1] }

func (s *state) addArc(h, d int32, r Rel) {
	s.head[d], s.rel[d] = h, r
	// Arc-eager adds left dependents right to left and right dependents
	// left to right, so a new one is always the outermost.
	if d < h {
		s.l2[h], s.l1[h] = s.l1[h], d
		if s.nl[h] < 255 {
			s.nl[h]++
		}
		s.lset[h] |= 1 << (r & 63)
	} else {
		s.r2[h], s.r1[h] = s.r1[h], d
		if s.nr[h] < 255 {
			s.nr[h]++
		}
		s.rset[h] |= 1 << (r & 63)
	}
}

// valid reports whether action a (with relation r for arcs) may be taken.
func (s *state) valid(a action, r Rel) bool {
	if s.terminal() {
		return false
	}
	s0 := s.s0()
	switch a {
	case shift:
		return true
	case reduce:
		return s0 != 0 && s.head[s0] >= 0
	case leftArc:
		return s0 != 0 && s.head[s0] < 0 && r != Root
	case rightArc:
		if s0 == 0 {
			return r == Root && s.nr[0] == 0
		}
		return r != Root
	}
	return false
}

func (s *state) apply(a action, r Rel) {
	switch a {
	case shift:
		s.stack = append(s.stack, s.b0)
		s.b0++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
	case leftArc:
		s0 := s.s0()
		s.addArc(s.b0, s0, r)
		s.stack = s.stack[:len(s.stack)-1]
	case rightArc:
		s.addArc(s.s0(), s.b0, r)
		s.stack = append(s.stack, s.b0)
		s.b0++
	}
}

// finish attaches the words left without a head: the first becomes the
// root's dependent when the root has none, the others depend on the
// root's dependent with the relation dep.
func (s *state) finish() {
	top := s.r1[0]
	for i := int32(1); i <= int32(s.n); i++ {
		if s.head[i] >= 0 {
			continue
		}
		if top < 0 {
			s.addArc(0, i, Root)
			top = i
			continue
		}
		s.head[i], s.rel[i] = top, Dep
	}
}

// costs computes, for the dynamic oracle of Goldberg & Nivre (2012), how
// many gold arcs each unlabelled action makes unreachable. gh and gr are
// the gold heads and relations (projective). The label of an arc action
// costs one more when the arc is gold but its relation is not.
func (s *state) costs(gh []int32, c *[4]int) {
	s0, b0 := s.s0(), s.b0
	n := int32(s.n)
	// LEFT-ARC: s0 gets head b0 and is popped. Lost: s0's gold head in the
	// buffer past b0, and s0's gold dependents in the buffer.
	la := 0
	for k := b0 + 1; k <= n; k++ {
		if gh[s0] == k {
			la++
		}
	}
	for k := b0; k <= n; k++ {
		if gh[k] == s0 {
			la++
		}
	}
	// RIGHT-ARC: b0 gets head s0 and is pushed. Lost: b0's gold head
	// elsewhere on the stack or in the buffer, and b0's gold dependents
	// on the stack that still lack a head.
	ra := 0
	if gh[b0] != s0 {
		for _, k := range s.stack {
			if k != s0 && gh[b0] == k {
				ra++
			}
		}
		if gh[b0] > b0 {
			ra++
		}
	}
	for _, k := range s.stack {
		if k != 0 && gh[k] == b0 && s.head[k] < 0 {
			ra++
		}
	}
	// REDUCE: s0 is popped. Lost: its gold dependents in the buffer.
	re := 0
	for k := b0; k <= n; k++ {
		if gh[k] == s0 {
			re++
		}
	}
	// SHIFT: b0 is pushed. Lost: arcs between b0 and the stack, in either
	// direction (a headless stack word for b0's dependents).
	sh := 0
	for _, k := range s.stack {
		if gh[b0] == k {
			sh++
		}
		if k != 0 && gh[k] == b0 && s.head[k] < 0 {
			sh++
		}
	}
	c[shift], c[reduce], c[leftArc], c[rightArc] = sh, re, la, ra
}
