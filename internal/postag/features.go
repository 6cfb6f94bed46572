package postag

import (
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/internal/fnvhash"
	"github.com/geoextract/geoextract/internal/hashtab"
)

// Features are 64-bit hashes of a template number and the strings or
// values it combines. The same code computes them in training and in
// tagging, so a model is a table from hash to row. Hash 0 marks an empty
// slot of that table and is never produced. Strings and runes are hashed
// with 64-bit FNV-1a (package fnvhash), then mixed.

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// comb combines two hashes, order-sensitively.
func comb(a, b uint64) uint64 { return mix(a*0x9e3779b97f4a7c15 + b + 0x632be59bd9b4e019) }

func addRune(h uint64, r rune) uint64 {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:n] {
		h = fnvhash.AddByte(h, c)
	}
	return h
}

func hashString(s string) uint64 { return mix(fnvhash.Add(fnvhash.Offset, s)) }

// Templates. Their numbers are part of the model format: append only.
const (
	tBias = iota + 1
	tWord
	tLower
	tPrefix1 // tPrefix1+k-1 for k = 1..4
	_
	_
	_
	tSuffix1 // tSuffix1+k-1 for k = 1..4
	_
	_
	_
	tShape
	tFlags
	tPrev1Word
	tPrev2Word
	tNext1Word
	tNext2Word
	tPrev1Suffix
	tNext1Suffix
	tPrev1Tag
	tPrev2Tag
	tPrev12Tag
	tPrev1TagWord
	tPrev1WordWord
	tWordNext1Word
	tPrev1TagSuffix
	tPrev1Flags
	tNext1Flags
	tFlagsPrev1Tag
	tNext1Next2Word
	tAmb
	tNext1Amb
	tNext2Amb
	tAmbNext1Amb
	tPrev1TagAmb
)

// maxFeatures is the number of features of one token.
const maxFeatures = 36

// Special context values for the positions before and after a sentence.
var (
	startHash = [2]uint64{hashString("\x00start1"), hashString("\x00start2")}
	endHash   = [2]uint64{hashString("\x00end1"), hashString("\x00end2")}
)

// word holds the per-token hashes that neighbours use as context.
type word struct {
	lower  uint64 // normalised lower-case form
	suffix uint64 // last three runes of the lower-case form
	flags  uint64 // capitalisation flags
	amb    uint64 // ambiguity class of the lower-case form
}

// unknownAmb is the ambiguity class of a word not in the hashtab.Table.
var unknownAmb = hashString("\x00unknown")

// Flags of a word's shape, combined into one feature.
const (
	fUpperFirst = 1 << iota
	fAllUpper
	fHasDigit
	fHasHyphen
	fHasLetter
	fAllDigit
	fFirstInSentence
)

// analyse fills the context hashes of one word.
func analyse(w string) word {
	return word{lower: lowerHash(w), suffix: suffixHash(w, 3), flags: capFlags(w)}
}

// capFlags returns fUpperFirst, fAllUpper and fHasLetter for w.
func capFlags(w string) uint64 {
	var f uint64
	letters, uppers := 0, 0
	for j, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if j == 0 {
					f |= fUpperFirst
				}
			}
		}
	}
	if letters > 0 {
		f |= fHasLetter
		if uppers == letters {
			f |= fAllUpper
		}
	}
	return f
}

// lowerHash hashes the lower-case form of w; a word of digits (and
// separators) only is reduced to its shape so that numbers share a value.
func lowerHash(w string) uint64 {
	digitsOnly, hasDigit := true, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			hasDigit = true
		case r == '.' || r == ',' || r == ':' || r == '/' || r == '-':
		default:
			digitsOnly = false
		}
	}
	if digitsOnly && hasDigit {
		return comb(hashString("\x00num"), uint64(min(utf8.RuneCountInString(w), 6)))
	}
	h := uint64(fnvhash.Offset)
	for _, r := range w {
		h = addRune(h, unicode.ToLower(r))
	}
	return mix(h)
}

// suffixHash hashes the last k runes of w, lower-cased (fewer if w is shorter).
func suffixHash(w string, k int) uint64 {
	var rs [4]rune
	n := 0
	for s := w; len(s) > 0 && n < k; n++ {
		r, size := utf8.DecodeLastRuneInString(s)
		rs[n] = unicode.ToLower(r)
		s = s[:len(s)-size]
	}
	h := uint64(fnvhash.Offset)
	for i := n - 1; i >= 0; i-- {
		h = addRune(h, rs[i])
	}
	return mix(h)
}

// scratch is the per-call working memory of Tag and Train.
type scratch struct {
	ctx    []word // ctx[i+2] is word i; two sentinels on each side
	feats  []uint64
	scores []float32
	// first holds each word's class (the forward model's, then the
	// best of both directions); fixed marks the words tagged from the
	// dictionary; the forward scores of word i are
	// firstScores[i*C:(i+1)*C]; rev is the sentence reversed.
	first       []int
	fixed       []bool
	firstScores []float32
	rev         []string
}

func (s *scratch) prepare(words []string, nClasses int, amb *hashtab.Table) {
	s.prepareContext(words, amb)
	if cap(s.feats) < maxFeatures {
		s.feats = make([]uint64, 0, maxFeatures)
	}
	if cap(s.scores) < nClasses {
		s.scores = make([]float32, nClasses)
	}
	s.scores = s.scores[:nClasses]
	s.first = s.first[:0]
	s.fixed = s.fixed[:0]
	if k := len(words) * nClasses; cap(s.firstScores) < k {
		s.firstScores = make([]float32, k)
	}
	s.firstScores = s.firstScores[:len(words)*nClasses]
}

// prepareContext computes the words' context hashes into s.ctx.
func (s *scratch) prepareContext(words []string, amb *hashtab.Table) {
	n := len(words) + 4
	if cap(s.ctx) < n {
		s.ctx = make([]word, n)
	}
	s.ctx = s.ctx[:n]
	s.ctx[0] = word{lower: startHash[1], suffix: startHash[1], amb: startHash[1], flags: 1 << 8}
	s.ctx[1] = word{lower: startHash[0], suffix: startHash[0], amb: startHash[0], flags: 1 << 8}
	for i, w := range words {
		c := analyse(w)
		if v, ok := amb.Get(hashtab.NonZero(c.lower)); ok {
			c.amb = v
		} else {
			c.amb = unknownAmb
		}
		s.ctx[i+2] = c
	}
	s.ctx[n-2] = word{lower: endHash[0], suffix: endHash[0], amb: endHash[0], flags: 1 << 9}
	s.ctx[n-1] = word{lower: endHash[1], suffix: endHash[1], amb: endHash[1], flags: 1 << 9}
}

func tpl(t int) uint64 { return mix(uint64(t) * 0x9e3779b97f4a7c15) }

// featurize computes the feature hashes of word i given the classes
// predicted for the two words before it (-1 and -2 before the sentence).
func (s *scratch) featurize(words []string, i int, p1, p2 int) []uint64 {
	f := s.feats[:0]
	w := words[i]
	c := s.ctx[i+2]
	add := func(h uint64) {
		if h == 0 {
			h = 1
		}
		f = append(f, h)
	}
	add(tpl(tBias))
	add(comb(tpl(tWord), hashString(w)))
	add(comb(tpl(tLower), c.lower))

	// Prefixes and suffixes of the lower-case form, 1 to 4 runes.
	var rs [4]rune
	n := 0
	h := uint64(fnvhash.Offset)
	for _, r := range w {
		if n == 4 {
			break
		}
		h = addRune(h, unicode.ToLower(r))
		add(comb(tpl(tPrefix1+n), mix(h)))
		n++
	}
	n = 0
	for s := w; len(s) > 0 && n < 4; n++ {
		r, size := utf8.DecodeLastRuneInString(s)
		rs[n] = unicode.ToLower(r)
		s = s[:len(s)-size]
	}
	for k := 1; k <= n; k++ {
		h := uint64(fnvhash.Offset)
		for j := k - 1; j >= 0; j-- {
			h = addRune(h, rs[j])
		}
		add(comb(tpl(tSuffix1+k-1), mix(h)))
	}

	// Shape: X for upper, x for lower, d for digit, other runes as they
	// are; runs longer than two are cut to two.
	h = uint64(fnvhash.Offset)
	var last rune = -1
	run := 0
	flags := 0
	letters, uppers, digits, runes := 0, 0, 0, 0
	for j, r := range w {
		var sr rune
		switch {
		case unicode.IsUpper(r):
			sr = 'X'
			uppers++
			letters++
			if j == 0 {
				flags |= fUpperFirst
			}
		case unicode.IsLetter(r):
			sr = 'x'
			letters++
		case unicode.IsDigit(r):
			sr = 'd'
			digits++
		case r == '-':
			sr = r
			flags |= fHasHyphen
		default:
			sr = r
		}
		runes++
		if sr == last {
			run++
		} else {
			run = 1
			last = sr
		}
		if run <= 2 {
			h = addRune(h, sr)
		}
	}
	add(comb(tpl(tShape), mix(h)))
	if letters > 0 {
		flags |= fHasLetter
		if uppers == letters {
			flags |= fAllUpper
		}
	}
	if digits > 0 {
		flags |= fHasDigit
		if digits == runes {
			flags |= fAllDigit
		}
	}
	if i == 0 {
		flags |= fFirstInSentence
	}
	add(comb(tpl(tFlags), uint64(flags)))

	prev1, prev2 := s.ctx[i+1], s.ctx[i]
	next1, next2 := s.ctx[i+3], s.ctx[i+4]
	add(comb(tpl(tPrev1Word), prev1.lower))
	add(comb(tpl(tPrev2Word), prev2.lower))
	add(comb(tpl(tNext1Word), next1.lower))
	add(comb(tpl(tNext2Word), next2.lower))
	add(comb(tpl(tPrev1Suffix), prev1.suffix))
	add(comb(tpl(tNext1Suffix), next1.suffix))
	t1, t2 := uint64(p1+2), uint64(p2+2)
	add(comb(tpl(tPrev1Tag), t1))
	add(comb(tpl(tPrev2Tag), t2))
	add(comb(comb(tpl(tPrev12Tag), t1), t2))
	add(comb(comb(tpl(tPrev1TagWord), t1), c.lower))
	add(comb(comb(tpl(tPrev1WordWord), prev1.lower), c.lower))
	add(comb(comb(tpl(tWordNext1Word), c.lower), next1.lower))
	add(comb(comb(tpl(tPrev1TagSuffix), t1), c.suffix))
	add(comb(tpl(tPrev1Flags), prev1.flags))
	add(comb(tpl(tNext1Flags), next1.flags))
	add(comb(comb(tpl(tFlagsPrev1Tag), uint64(flags)), t1))
	add(comb(comb(tpl(tNext1Next2Word), next1.lower), next2.lower))
	add(comb(tpl(tAmb), c.amb))
	add(comb(tpl(tNext1Amb), next1.amb))
	add(comb(tpl(tNext2Amb), next2.amb))
	add(comb(comb(tpl(tAmbNext1Amb), c.amb), next1.amb))
	add(comb(comb(tpl(tPrev1TagAmb), t1), c.amb))
	s.feats = f
	return f
}
