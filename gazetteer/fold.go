package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldInto appends the match key of word w to dst: lower case, accents
// removed, curly apostrophes made straight. Names and text words are
// folded the same way, so "Côte d’Ivoire" and "COTE D'IVOIRE" share keys.
// It returns w itself, without copying, when w is already folded.
func foldInto(dst []byte, w string) ([]byte, string, bool) {
	// Fast path: ASCII.
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return foldSlow(dst, w), "", false
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return dst, w, true
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, "", false
}

// foldSlow folds a word with non-ASCII letters: it decomposes it (NFD),
// drops combining marks, lower-cases the rest and spells out the few
// letters that carry their accent in the base character (ø, ł, đ, ß...).
func foldSlow(dst []byte, w string) []byte {
	var tmp [128]byte
	d := norm.NFD.AppendString(tmp[:0], w)
	for i := 0; i < len(d); {
		r, n := utf8.DecodeRune(d[i:])
		i += n
		switch {
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\u2019' || r == '\u2018' || r == '\u02bc':
			dst = append(dst, '\'')
			continue
		}
		r = unicode.ToLower(r)
		if s, ok := foldSpecial[r]; ok {
			dst = append(dst, s...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// foldSpecial spells letters that do not decompose into a base letter and
// a combining mark.
var foldSpecial = map[rune]string{
	'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'ħ': "h", 'ı': "i",
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th",
}

// A caseClass says which spellings of a name word match in text.
type caseClass uint8

const (
	caseAny      caseClass = iota // lower case or no letters: any spelling ("of", "d'Ivoire", "1950")
	caseTitle                     // starts with a capital: needs a capital first letter ("Japan", "JAPAN")
	caseCapsLong                  // four or more capitals: all capitals or a capital first letter ("NATO", "Nato")
	caseCaps                      // two or three capitals: all capitals ("US", "UN", "EU")
)

// Text word shape flags.
const (
	shapeKnown      uint8 = 1 << iota // the flags below have been computed
	shapeFirstUpper                   // the first letter is upper case
	shapeAllCaps                      // there are letters and none is lower case
)

// nameCase classifies a word of a name by its spelling.
func nameCase(w string) caseClass {
	letters, lower := 0, false
	firstUpper := false
	for _, r := range w {
		if r < utf8.RuneSelf {
			// ASCII, most words: a letter is A-Z (upper) or a-z (lower).
			up, low := r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z'
			if !up && !low {
				continue
			}
			if letters == 0 {
				firstUpper = up
			}
			letters++
			lower = lower || low
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		if letters == 0 {
			firstUpper = unicode.IsUpper(r) || unicode.IsTitle(r)
		}
		letters++
		if unicode.IsLower(r) {
			lower = true
		}
	}
	switch {
	case letters >= 2 && !lower && firstUpper:
		if letters <= 3 {
			return caseCaps
		}
		return caseCapsLong
	case firstUpper:
		return caseTitle
	}
	return caseAny
}

// wordShape computes the shape flags of a text word.
func wordShape(w string) uint8 {
	f := shapeKnown
	letters, lower := 0, false
	for i := 0; i < len(w); {
		c := w[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
			switch {
			case c >= 'a' && c <= 'z':
				lower = true
			case c >= 'A' && c <= 'Z':
			default:
				continue
			}
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(w[i:])
			i += n
			if !unicode.IsLetter(r) {
				continue
			}
			if unicode.IsLower(r) {
				lower = true
			}
		}
		if letters == 0 && (unicode.IsUpper(r) || unicode.IsTitle(r)) {
			f |= shapeFirstUpper
		}
		letters++
	}
	if letters > 0 && !lower {
		f |= shapeAllCaps
	}
	return f
}

// caseOK reports whether a text word of the given shape may stand for a
// name word of class c.
func caseOK(c caseClass, shape uint8) bool {
	switch c {
	case caseTitle, caseCapsLong:
		return shape&shapeFirstUpper != 0
	case caseCaps:
		return shape&shapeAllCaps != 0
	}
	return true
}
