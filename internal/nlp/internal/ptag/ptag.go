// Package ptag is prose's part-of-speech tagger compiled: the weights,
// tag dictionary and classes of github.com/jdkato/prose/v2's averaged
// perceptron (a port of Honnibal's tagger trained on the Penn Treebank),
// read from prose at `go generate` time by ../gen and embedded here as
// dense integer rows.
//
// Tag gives prose's output token for token: the same special cases in
// the same order (a lone hyphen, prose's emoticons, links and e-mail
// addresses, treebank traces, "-XXX-" bracket tokens), the same tag
// dictionary and the same features, built from the same strings, only
// hashed to 64 bits and looked up in a table instead of a map. prose
// stores weights rounded to three decimals, so they are kept exactly as
// integer thousandths and scores are exact sums: where prose's score
// sums, taken in map order, pick the best class of an exact tie at
// random, Tag picks the first in prose's class order. Nothing else
// differs. Tagging writes no map and allocates only for a word with
// non-ASCII capitals.
package ptag

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mingrammer/commonregex"

	"github.com/geoextract/geoextract/internal/hashtab"
)

// Model is the compiled tagger. It is immutable and safe for concurrent
// use. The zero Model has no classes: every word it does not tag by a
// special case gets "".
type Model struct {
	// tags are the tag strings; the first nClasses are the classes that
	// rows score, in prose's class order.
	tags     []string
	nClasses int
	// feats maps a feature hash to its row r: weights[r*nClasses:][:nClasses]
	// in thousandths, and a bit set of the classes the feature has a
	// weight for, present[r*pw:][:pw] with pw = (nClasses+63)/64 (prose's
	// max considers only the classes some feature scored).
	feats   hashtab.Table
	weights []int32
	present []uint64
	// words is prose's tag dictionary (word hash → tag index).
	words hashtab.Table
	// emoticons holds the hashes of prose's emoticons.
	emoticons hashtab.Table
}

// prose's own patterns (tag.go): treebank traces and "-XXX-" tokens.
var (
	none = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// Fixed tags of prose's special cases.
const (
	tagHyphen   = "-"
	tagEmoticon = "SYM"
	tagLink     = "NN"
	tagNone     = "-NONE-"
)

// Context values before and after the sentence, and normalised forms.
const (
	start1     = "-START-"
	start2     = "-START2-"
	end1       = "-END-"
	end2       = "-END2-"
	normHyphen = "!HYPHEN"
	normYear   = "!YEAR"
	normDigits = "!DIGITS"
)

type scratch struct {
	buf    []byte
	ctx    [][2]int32 // ctx[i] = buf[a:b], the normalised context of word i-2
	scores []int64
	seen   []uint64
}

var pool = sync.Pool{New: func() any { return new(scratch) }}

// Tag tags the words of a sentence (prose's tokens) and appends one tag
// per word to dst[:0]. It reports how many words had an exact tie
// between their two best classes (broken by class order, where prose
// breaks it at random), and false if a word is empty, where prose's
// tagger panics.
func (m *Model) Tag(words []string, dst []string) (tags []string, ties int, ok bool) {
	dst = dst[:0]
	for _, w := range words {
		if w == "" {
			return dst, 0, false
		}
	}
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	s.prepare(words, m.nClasses)
	p1, p2 := start1, start2
	for i, w := range words {
		tag, tie := m.tagWord(s, words, i, w, p1, p2)
		if tie {
			ties++
		}
		dst = append(dst, tag)
		p2, p1 = p1, tag
	}
	return dst, ties, true
}

func (m *Model) tagWord(s *scratch, words []string, i int, w, p1, p2 string) (string, bool) {
	switch {
	case w == "-":
		return tagHyphen, false
	case m.emoticons.Len() > 0 && m.isEmoticon(w):
		return tagEmoticon, false
	case strings.HasPrefix(w, "@"),
		strings.IndexByte(w, '.') >= 0 && commonregex.LinkRegex.MatchString(w),
		strings.IndexByte(w, '@') >= 0 && commonregex.EmailRegex.MatchString(w):
		return tagLink, false
	case (w[0] == '0' || w[0] == '*') && none.MatchString(w):
		return tagNone, false
	case len(w) == 5 && w[0] == '-' && keep.MatchString(w):
		return w, false
	}
	if t, ok := m.words.Get(hashString(w)); ok {
		return m.tags[t], false
	}
	return m.predict(s, i, w, p1, p2)
}

func (m *Model) isEmoticon(w string) bool {
	_, ok := m.emoticons.Get(hashString(w))
	return ok
}

// prepare writes the normalised context of the sentence into s.buf.
func (s *scratch) prepare(words []string, nClasses int) {
	s.buf = s.buf[:0]
	s.ctx = s.ctx[:0]
	push := func(v string) {
		a := len(s.buf)
		s.buf = append(s.buf, v...)
		s.ctx = append(s.ctx, [2]int32{int32(a), int32(len(s.buf))})
	}
	push(start1)
	push(start2)
	for _, w := range words {
		a := len(s.buf)
		s.buf = appendNormal(s.buf, w)
		s.ctx = append(s.ctx, [2]int32{int32(a), int32(len(s.buf))})
	}
	push(end1)
	push(end2)
	if cap(s.scores) < nClasses {
		s.scores = make([]int64, nClasses)
	}
	s.scores = s.scores[:nClasses]
	n := (nClasses + 63) / 64
	if cap(s.seen) < n {
		s.seen = make([]uint64, n)
	}
	s.seen = s.seen[:n]
}

// appendNormal appends prose's normalize(word): "!HYPHEN" for a word
// with an inner hyphen, "!YEAR" for a four-character integer, "!DIGITS"
// for a word that starts with a digit, else the lower-case word.
func appendNormal(b []byte, w string) []byte {
	switch {
	case strings.IndexByte(w, '-') >= 0 && w[0] != '-':
		return append(b, normHyphen...)
	case len(w) == 4 && isInt(w):
		return append(b, normYear...)
	case w[0] >= '0' && w[0] <= '9':
		return append(b, normDigits...)
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// isInt reports whether strconv.Atoi accepts w, which is short enough
// not to overflow: an optional sign, then one or more ASCII digits.
func isInt(w string) bool {
	if w != "" && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
