package ptag

import (
	"unicode/utf8"

	"github.com/geoextract/geoextract/internal/fnvhash"
	"github.com/geoextract/geoextract/internal/hashtab"
)

// A feature is prose's feature string (featurize in prose's tag.go:
// its parts joined by spaces), hashed with 64-bit FNV-1a and mixed. The
// generator hashes the strings of prose's weight table with the same
// function, so a lookup finds exactly the weights prose would.

// hasher is a 64-bit FNV-1a hash (package fnvhash) being continued.
type hasher uint64

func (h hasher) str(s string) hasher { return hasher(fnvhash.Add(uint64(h), s)) }

func (h hasher) bytes(b []byte) hasher {
	x := uint64(h)
	for _, c := range b {
		x = fnvhash.AddByte(x, c)
	}
	return hasher(x)
}

func (h hasher) sum() uint64 {
	x := uint64(h)
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return hashtab.NonZero(x)
}

// hashString hashes a whole string, as a feature or a word.
func hashString(s string) uint64 { return hasher(fnvhash.Offset).str(s).sum() }

// The feature name prefixes of prose's featurize, each followed by a space.
var (
	hBias      = hashString("bias")
	hSuffix    = hasher(fnvhash.Offset).str("i suffix ")
	hPref1     = hasher(fnvhash.Offset).str("i pref1 ")
	hPrev1Tag  = hasher(fnvhash.Offset).str("i-1 tag ")
	hPrev2Tag  = hasher(fnvhash.Offset).str("i-2 tag ")
	hTagTag    = hasher(fnvhash.Offset).str("i tag+i-2 tag ")
	hWord      = hasher(fnvhash.Offset).str("i word ")
	hTagWord   = hasher(fnvhash.Offset).str("i-1 tag+i word ")
	hPrev1Word = hasher(fnvhash.Offset).str("i-1 word ")
	hPrev1Suf  = hasher(fnvhash.Offset).str("i-1 suffix ")
	hPrev2Word = hasher(fnvhash.Offset).str("i-2 word ")
	hNext1Word = hasher(fnvhash.Offset).str("i+1 word ")
	hNext1Suf  = hasher(fnvhash.Offset).str("i+1 suffix ")
	hNext2Word = hasher(fnvhash.Offset).str("i+2 word ")
)

// maxFeatures is the number of features of a word.
const maxFeatures = 14

// suffix3 returns the last three bytes of b (all of it if shorter), as
// prose slices strings by bytes.
func suffix3(b []byte) []byte { return b[len(b)-min(len(b), 3):] }

// features computes the feature hashes of word i (w) after the tags p1
// and p2, into f.
func (s *scratch) features(f []uint64, i int, w, p1, p2 string) []uint64 {
	c := func(j int) []byte { r := s.ctx[j]; return s.buf[r[0]:r[1]] }
	cur, prev1, prev2, next1, next2 := c(i+2), c(i+1), c(i), c(i+3), c(i+4)
	var pref [utf8.UTFMax]byte
	// prose: string(w[0]), a byte converted to the rune of that value.
	pn := utf8.EncodeRune(pref[:], rune(w[0]))
	f = append(f,
		hBias,
		hSuffix.str(w[len(w)-min(len(w), 3):]).sum(),
		hPref1.bytes(pref[:pn]).sum(),
		hPrev1Tag.str(p1).sum(),
		hPrev2Tag.str(p2).sum(),
		hTagTag.str(p1).str(" ").str(p2).sum(),
		hWord.bytes(cur).sum(),
		hTagWord.str(p1).str(" ").bytes(cur).sum(),
		hPrev1Word.bytes(prev1).sum(),
		hPrev1Suf.bytes(suffix3(prev1)).sum(),
		hPrev2Word.bytes(prev2).sum(),
		hNext1Word.bytes(next1).sum(),
		hNext1Suf.bytes(suffix3(next1)).sum(),
		hNext2Word.bytes(next2).sum(),
	)
	return f
}

// FeatureHash hashes one of prose's feature strings as features does;
// the generator keys the weight table with it.
func FeatureHash(feature string) uint64 { return hashString(feature) }
