package main

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldASCII removes accents and maps a few letters that do not decompose
// (ß, ø, æ, ...) to ASCII. Other characters are kept.
func foldASCII(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ß':
			b.WriteString("ss")
		case 'ø', 'Ø':
			b.WriteRune(map[rune]rune{'ø': 'o', 'Ø': 'O'}[r])
		case 'æ':
			b.WriteString("ae")
		case 'Æ':
			b.WriteString("Ae")
		case 'œ':
			b.WriteString("oe")
		case 'Œ':
			b.WriteString("Oe")
		case 'đ', 'ð':
			b.WriteRune('d')
		case 'Đ', 'Ð':
			b.WriteRune('D')
		case 'ł':
			b.WriteRune('l')
		case 'Ł':
			b.WriteRune('L')
		case 'ı':
			b.WriteRune('i')
		case 'þ':
			b.WriteString("th")
		case '’', '‘', 'ʼ', '`':
			b.WriteRune('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// slug makes the id part of a name: lower-case ASCII with accents folded and
// every run of other characters turned into a single '-'.
func slug(s string) string {
	s = strings.ToLower(foldASCII(s))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' { // "Cote d'Ivoire" -> cote-divoire
			continue
		}
		dash = true
	}
	return b.String()
}

// key is the comparison form of a surface: folded, lower-cased, with
// whitespace collapsed.
func key(s string) string {
	return strings.ToLower(collapse(foldASCII(s)))
}

var spaceRE = regexp.MustCompile(`\s+`)

// collapse trims s and turns every run of white space into one space.
func collapse(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// stripHTML unescapes entities and removes tags, replacing <br> with the
// separator sep.
func stripHTML(s, sep string) string {
	s = regexp.MustCompile(`(?i)<br\s*/?>`).ReplaceAllString(s, sep)
	s = tagRE.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return s
}

// removeParens removes every parenthesized or bracketed part of s (nested
// ones included) and collapses the spaces left behind.
func removeParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[':
			depth++
			continue
		case ')', ']':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	out := collapse(b.String())
	out = strings.ReplaceAll(out, " ,", ",")
	out = strings.ReplaceAll(out, " ;", ";")
	return out
}

// parens returns the contents of the top-level parenthesized parts of s.
func parens(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			if depth == 0 {
				start = i + 1
			}
			depth++
		case ')':
			if depth > 0 {
				depth--
				if depth == 0 {
					out = append(out, collapse(s[start:i]))
				}
			}
		}
	}
	return out
}

// splitTop splits s at any of the separator runes that are not inside
// parentheses or brackets.
func splitTop(s string, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
		case depth == 0 && strings.ContainsRune(seps, r):
			out = append(out, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	out = append(out, s[start:])
	for i := range out {
		out[i] = collapse(out[i])
	}
	return out
}

// trimPunct removes punctuation and symbols around s, keeping a final '.'
// when s is an abbreviation with inner dots ("U.S.", "Jr.") and closing
// brackets or quotes that are balanced inside.
func trimPunct(s string) string {
	s = strings.TrimSpace(s)
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		s = strings.TrimSpace(s[n:])
	}
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if r == '.' && strings.Count(s, ".") >= 2 {
			break
		}
		if r == '.' && isAbbrevDot(s) {
			break
		}
		if r == '!' && len(s) > 1 { // party names such as "Résistons!" keep it
			break
		}
		s = strings.TrimSpace(s[:len(s)-n])
	}
	return s
}

func isAbbrevDot(s string) bool {
	f := strings.Fields(s)
	last := f[len(f)-1]
	switch last {
	case "Jr.", "Sr.", "St.", "Co.", "Inc.", "Ltd.", "Corp.":
		return true
	}
	return false
}

// hasLetter reports whether s has a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isUpperWord reports whether w has at least two letters and no lower-case
// letter ("LEE", "VAN", "O'NEIL").
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// startsUpper reports whether the first letter of s is upper case.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// capitalize upper-cases the first letter of a lower-case word.
func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

var romanRE = regexp.MustCompile(`^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$`)

// particles are name words written in lower case inside a name.
var personParticles = set("al", "el", "bin", "ibn", "bint", "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "do", "y", "e", "i", "ter", "ten", "zu", "af", "bou", "ben", "ould", "wa", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud")

// orgSmall are words written in lower case inside organization names.
var orgSmall = set("of", "the", "and", "for", "in", "on", "to", "at", "by", "a", "an", "with", "from", "de", "du", "des", "la", "le", "les", "el", "al", "del", "da", "do", "dos", "di", "der", "und", "y", "et", "e", "pour", "per", "against", "or", "into", "via", "fi", "wa", "ul", "li")

var (
	hyphenPrefix = set("al", "el", "ad", "ash", "as", "at", "ar", "an", "az", "ud", "ul", "bin", "ibn")
	hyphenInfix  = set("e", "i", "ul", "ud", "al", "el", "de", "la", "y", "ur", "ush", "ad", "ash", "as", "an", "ar", "at", "az")
)

// titleWord converts one upper-case word of a name to normal case. first
// says whether it starts the name; small is the set of words kept in lower
// case when not first.
func titleWord(w string, first bool, small map[string]bool) string {
	if romanRE.MatchString(w) {
		return w
	}
	lw := strings.ToLower(w)
	if !first && small[lw] {
		return lw
	}
	// Hyphenated: each part in turn; a leading particle such as "al-" stays
	// lower case ("al-Assad", "el-Sisi").
	if strings.Contains(w, "-") {
		parts := strings.Split(lw, "-")
		for i, p := range parts {
			switch {
			case i < len(parts)-1 && hyphenPrefix[p]:
				// stays lower case: "al-Assad", "el-Sisi", "bin-Laden"
			case i > 0 && hyphenInfix[p]:
				// "Mazar-i-Sharif", "Sar-e-Pol", "Abd-al-Rahman"
			default:
				parts[i] = capWord(p)
			}
		}
		return strings.Join(parts, "-")
	}
	return capWord(lw)
}

// capWord capitalizes a lower-case word with the Mc and O' rules.
func capWord(lw string) string {
	if lw == "" {
		return lw
	}
	if strings.HasPrefix(lw, "mc") && len(lw) > 3 {
		return "Mc" + capitalize(lw[2:])
	}
	for _, mac := range []string{"macarthur", "macdonald", "mackenzie", "macmillan", "maclean", "macleod", "macintyre", "macgregor", "macaskill", "macneil"} {
		if lw == mac {
			return "Mac" + capitalize(lw[3:])
		}
	}
	if i := strings.IndexRune(lw, '\''); i > 0 && i < len(lw)-1 {
		pre, post := lw[:i], lw[i+1:]
		if utf8.RuneCountInString(pre) == 1 { // O'Neil, D'Escoto, N'Djamena
			return capitalize(pre) + "'" + capitalize(post)
		}
		return capitalize(pre) + "'" + post
	}
	return capitalize(lw)
}

// titleCase converts an upper-case phrase ("HUGO CHAVEZ") to normal case.
func titleCase(words []string, small map[string]bool) string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = titleWord(w, i == 0, small)
	}
	return strings.Join(out, " ")
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cleanSurface turns raw text into a candidate surface form: entities
// unescaped, tags removed, spaces collapsed, surrounding punctuation trimmed.
// It returns "" when nothing usable is left.
func cleanSurface(s string) string {
	s = stripHTML(s, " ")
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.ReplaceAll(s, "“", "\"")
	s = strings.ReplaceAll(s, "”", "\"")
	s = collapse(s)
	s = trimPunct(s)
	if s == "" || !hasLetter(s) {
		return ""
	}
	return s
}

// badChars are characters that never appear in a surface form we emit.
const badChars = "<>&;|\\[]{}()\"*#@%=+_:?/`"

// wellFormed reports whether s is a usable surface form: non-empty, trimmed,
// at least two characters, no markup or stray punctuation, balanced.
func wellFormed(s string) bool {
	if s == "" || s != strings.TrimSpace(s) || utf8.RuneCountInString(s) < 2 {
		return false
	}
	if strings.ContainsAny(s, badChars) || strings.ContainsFunc(s, unicode.IsControl) {
		return false
	}
	if s != trimPunct(s) {
		return false
	}
	if !hasLetter(s) {
		return false
	}
	// A single letter followed by a dot ("A.") is not a name; "G-7" is.
	if countLetters(s)+countDigits(s) < 2 {
		return false
	}
	return true
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// startsName reports whether s starts like a name: a capital letter or
// digit, or a lower-case Arabic article before a capitalized word
// ("al-Qaeda", "el-Sisi").
func startsName(s string) bool {
	if startsUpper(s) {
		return true
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-", "ad-"} {
		if strings.HasPrefix(s, p) {
			return startsUpper(s[len(p):])
		}
	}
	return false
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
