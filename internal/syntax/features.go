package syntax

import (
	"unicode/utf8"

	"github.com/geoextract/geoextract/internal/fnvhash"
)

// The feature templates follow Zhang & Nivre (2011), "Transition-based
// dependency parsing with rich non-local features": words and tags of the
// stack top (s0), the next buffer words (n0 n1 n2), s0's head and
// grandhead, the leftmost and rightmost dependents of s0 and n0 and the
// second ones, with distance, valency and relation sets; plus the second
// stack word (s1), which arc-eager keeps.

// atoms holds the per-word values of one sentence: index 0 is the root,
// 1..n the words, n+1 "none".
type atoms struct {
	w, p, u, sfx []uint64
}

const (
	hashRoot = 0x726f6f74 // distinct values for the root and for "none"
	hashNone = 0x6e6f6e65
)

// fnvLower hashes s lowercased (ASCII letters folded; other runes as they
// are) with 64-bit FNV-1a, so that the form hash needs no allocation.
// Hashes are odd, never 0.
func fnvLower(s string) uint64 {
	h := uint64(fnvhash.Offset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = fnvhash.AddByte(h, c)
	}
	return h | 1
}

// fnv hashes s with 64-bit FNV-1a; hashes are odd, never 0.
func fnv(s string) uint64 { return fnvhash.Add(fnvhash.Offset, s) | 1 }

// suffix3 hashes the last three runes, lowercased.
func suffix3(s string) uint64 {
	i := len(s)
	for k := 0; k < 3 && i > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
	}
	return fnvLower(s[i:]) ^ 0x5f5f
}

func (a *atoms) reset(words, xpos, upos []string) {
	n := len(words)
	a.w, a.p, a.u, a.sfx = grow(a.w, n+2), grow(a.p, n+2), grow(a.u, n+2), grow(a.sfx, n+2)
	a.w[0], a.p[0], a.u[0], a.sfx[0] = hashRoot, hashRoot, hashRoot, hashRoot
	a.w[n+1], a.p[n+1], a.u[n+1], a.sfx[n+1] = hashNone, hashNone, hashNone, hashNone
	for i, w := range words {
		a.w[i+1] = fnvLower(w)
		a.p[i+1] = fnv(xpos[i])
		a.u[i+1] = fnv(upos[i])
		a.sfx[i+1] = suffix3(w)
	}
}

// mix combines a template id and up to three values into a feature key
// (splitmix64 finalizers between the parts). A key is never zero.
func mix(t, a, b, c uint64) uint64 {
	h := t*0x9E3779B97F4A7C15 ^ a
	h = (h ^ h>>30) * 0xBF58476D1CE4E5B9
	h ^= b
	h = (h ^ h>>27) * 0x94D049BB133111EB
	h ^= c
	h = (h ^ h>>31) * 0xBF58476D1CE4E5B9
	h ^= h >> 29
	return h | 1
}

// features appends the feature keys of state s to dst.
func (a *atoms) features(s *state, dst []uint64) []uint64 {
	none := int32(s.n + 1)
	at := func(i int32) int32 {
		if i < 0 {
			return none
		}
		return i
	}
	s0 := s.s0()
	s1 := none
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	n0, n1, n2 := none, none, none
	if b := s.b0; int(b) <= s.n {
		n0 = b
		if int(b+1) <= s.n {
			n1 = b + 1
		}
		if int(b+2) <= s.n {
			n2 = b + 2
		}
	}
	s0h := at(s.head[s0])
	s0h2 := none
	if s0h != none && s0h != 0 {
		s0h2 = at(s.head[s0h])
	}
	s0l, s0l2, s0r, s0r2 := at(s.l1[s0]), at(s.l2[s0]), at(s.r1[s0]), at(s.r2[s0])
	n0l, n0l2 := none, none
	if n0 != none {
		n0l, n0l2 = at(s.l1[n0]), at(s.l2[n0])
	}
	rel := func(i int32) uint64 {
		if i == none {
			return hashNone
		}
		return uint64(s.rel[i]) + 7
	}
	w, p, u := a.w, a.p, a.u
	dist := uint64(0)
	if n0 != none && s0 != 0 {
		d := n0 - s0
		switch {
		case d > 10:
			d = 10
		case d > 5:
			d = 6
		}
		dist = uint64(d)
	}
	var vl0, vr0, vln uint64
	vl0, vr0 = uint64(s.nl[s0]), uint64(s.nr[s0])
	var sl0, sr0, sln uint64 = s.lset[s0], s.rset[s0], 0
	if n0 != none {
		vln, sln = uint64(s.nl[n0]), s.lset[n0]
	}
	t := uint64(0)
	add := func(a, b, c uint64) {
		t++
		dst = append(dst, mix(t, a, b, c))
	}
	// single words
	add(w[s0], p[s0], 0)
	add(w[s0], 0, 0)
	add(p[s0], 0, 0)
	add(w[n0], p[n0], 0)
	add(w[n0], 0, 0)
	add(p[n0], 0, 0)
	add(w[n1], p[n1], 0)
	add(w[n1], 0, 0)
	add(p[n1], 0, 0)
	add(w[n2], p[n2], 0)
	add(w[n2], 0, 0)
	add(p[n2], 0, 0)
	add(u[s0], u[n0], 0)
	add(a.sfx[n0], p[n0], 0)
	add(a.sfx[s0], p[s0], 0)
	// pairs
	add(w[s0]^p[s0]<<1, w[n0]^p[n0]<<1, 0)
	add(w[s0]^p[s0]<<1, w[n0], 0)
	add(w[s0], w[n0]^p[n0]<<1, 0)
	add(w[s0]^p[s0]<<1, p[n0], 0)
	add(p[s0], w[n0]^p[n0]<<1, 0)
	add(w[s0], w[n0], 0)
	add(p[s0], p[n0], 0)
	add(p[n0], p[n1], 0)
	// three tags
	add(p[n0], p[n1], p[n2])
	add(p[s0], p[n0], p[n1])
	add(p[s0h], p[s0], p[n0])
	add(p[s0], p[s0l], p[n0])
	add(p[s0], p[s0r], p[n0])
	add(p[s0], p[n0], p[n0l])
	// distance
	add(w[s0], dist, 0)
	add(p[s0], dist, 0)
	add(w[n0], dist, 0)
	add(p[n0], dist, 0)
	add(w[s0], w[n0], dist)
	add(p[s0], p[n0], dist)
	// valency
	add(w[s0], vr0, 0)
	add(p[s0], vr0, 0)
	add(w[s0], vl0, 0)
	add(p[s0], vl0, 0)
	add(w[n0], vln, 0)
	add(p[n0], vln, 0)
	// second order
	add(w[s0h], 0, 0)
	add(p[s0h], 0, 0)
	add(rel(s0), 0, 0)
	add(w[s0l], 0, 0)
	add(p[s0l], 0, 0)
	add(rel(s0l), 0, 0)
	add(w[s0r], 0, 0)
	add(p[s0r], 0, 0)
	add(rel(s0r), 0, 0)
	add(w[n0l], 0, 0)
	add(p[n0l], 0, 0)
	add(rel(n0l), 0, 0)
	// third order
	add(w[s0h2], 0, 0)
	add(p[s0h2], 0, 0)
	add(rel(s0h), 0, 0)
	add(w[s0l2], 0, 0)
	add(p[s0l2], 0, 0)
	add(rel(s0l2), 0, 0)
	add(w[s0r2], 0, 0)
	add(p[s0r2], 0, 0)
	add(rel(s0r2), 0, 0)
	add(w[n0l2], 0, 0)
	add(p[n0l2], 0, 0)
	add(rel(n0l2), 0, 0)
	add(p[s0], p[s0l], p[s0l2])
	add(p[s0], p[s0r], p[s0r2])
	add(p[s0], p[s0h], p[s0h2])
	add(p[n0], p[n0l], p[n0l2])
	// relation sets
	add(w[s0], sr0, 0)
	add(p[s0], sr0, 0)
	add(w[s0], sl0, 0)
	add(p[s0], sl0, 0)
	add(w[n0], sln, 0)
	add(p[n0], sln, 0)
	// the second stack word
	add(w[s1], p[s1], 0)
	add(p[s1], 0, 0)
	add(p[s1], p[s0], p[n0])
	add(w[s1], w[s0], 0)
	add(w[s0], p[s0], rel(s0))
	add(w[s0], w[n0], p[n1])
	return dst
}
