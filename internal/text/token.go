// Package text holds the tokenizer, sentence splitter and small string
// helpers shared by the gazetteer matcher, the entity tagger and the
// relation extractor. Every token and sentence carries UTF-8 byte offsets
// into the original input.
package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/internal/english"
)

// Token is one word, number or punctuation mark. Text == src[Start:End].
type Token struct {
	Start, End int
	Text       string
	// SpaceBefore reports whether whitespace (or the start of input)
	// precedes the token.
	SpaceBefore bool
}

// Tokenize splits s into tokens. It never drops or rewrites input bytes:
// every non-space byte of s belongs to exactly one token.
//
// Rules, in order:
//   - whitespace separates tokens;
//   - a run of letters and digits is a word; inner apostrophes are kept
//     ("O'Neill", "d'Ivoire") except before the clitics of the word class
//     clitics (internal/english: "'s", "n't") and the bare ' after s,
//     which become tokens of their own ("Japan" "'s");
//   - dotted abbreviations and initials stay whole ("U.S.", "D.C.",
//     "W."), as do the words of the classes abbreviations and months
//     written with a period ("Mr.", "Jan."), numbers with inner
//     separators ("1,000", "2.5") and host names ("RT.com");
//   - hyphens and every other punctuation mark are tokens of their own
//     ("Lee Jong-sup" gives "Lee" "Jong" "-" "sup").
func Tokenize(s string) []Token {
	var toks []Token
	space := true
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = true
			i += n
			continue
		}
		end := scanToken(s, i)
		toks = append(toks, Token{Start: i, End: end, Text: s[i:end], SpaceBefore: space})
		space = false
		i = end
	}
	return toks
}

// IsWordRune reports whether r can be part of a word: a letter, a digit
// or a combining mark.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' }

// scanToken returns the end of the token that starts at s[i].
func scanToken(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if !IsWordRune(r) {
		if isApos(r) {
			// Clitics at the start of a token ('s 're); those with letters
			// before the apostrophe (n't) are split off in words.
			if end, ok := clitic(s, i); ok {
				return end
			}
		}
		return i + n
	}
	// Abbreviations and initials: letter(s) followed by '.', repeated ("U.S.", "D.C.", "W.").
	if end, ok := abbreviation(s, i); ok {
		return end
	}
	j := i + n
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case IsWordRune(r):
			j += n
			continue
		case isApos(r):
			// A clitic with letters before its apostrophe: don't -> do n't.
			if end, ok := cliticBefore(s, i, j, n); ok {
				return end
			}
			if _, ok := clitic(s, j); ok {
				return j
			}
			// Inner apostrophe followed by a letter: O'Neill, d'Ivoire, min'guk.
			if wordRuneAt(s, j+n) {
				j += n
				continue
			}
			return j
		case r == '.' || r == ',' || r == ':':
			// Inner separators in numbers (1,000 2.5 10:30) and host names (RT.com, Vote.org).
			if j+n < len(s) && wordRuneAt(s, j+n) {
				prev, _ := utf8.DecodeLastRuneInString(s[:j])
				next, _ := utf8.DecodeRuneInString(s[j+n:])
				if unicode.IsDigit(prev) && unicode.IsDigit(next) {
					j += n
					continue
				}
				if r == '.' && isHostSuffix(s[j+n:]) {
					j += n
					continue
				}
			}
			return j
		default:
			return j
		}
	}
	return j
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return IsWordRune(r)
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// clitics are the clitics of the word class clitics (internal/english),
// split at their apostrophe: "'s" is {"", "s"}, "n't" is {"n", "t"}.
type cliticParts struct{ before, after string }

var clitics = sync.OnceValue(func() []cliticParts {
	var out []cliticParts
	for _, c := range english.Default().Words(english.Clitics) {
		if before, after, ok := strings.Cut(c, "'"); ok {
			out = append(out, cliticParts{before, after})
		}
	}
	return out
})

// clitic reports whether s[i:] starts with an apostrophe clitic that ends a
// word ('s 're 'll 've 'd 'm: a clitic with no letters before its
// apostrophe) and returns its end.
func clitic(s string, i int) (int, bool) {
	_, n := utf8.DecodeRuneInString(s[i:])
	rest := s[i+n:]
	for _, c := range clitics() {
		if c.before == "" && hasPrefixFold(rest, c.after) && !wordRuneAt(rest, len(c.after)) {
			return i + n + len(c.after), true
		}
	}
	return 0, false
}

// cliticBefore reports whether the apostrophe s[j:j+n], inside the word
// that starts at s[i], belongs to a clitic with letters before it (n't)
// that ends the word, and returns where the clitic starts: the end of the
// word before it, which must not be empty.
func cliticBefore(s string, i, j, n int) (int, bool) {
	rest := s[j+n:]
	for _, c := range clitics() {
		k := j - len(c.before)
		if c.before != "" && k > i && strings.EqualFold(s[k:j], c.before) && hasPrefixFold(rest, c.after) && !wordRuneAt(rest, len(c.after)) {
			return k, true
		}
	}
	return 0, false
}

// hostSuffixes are the top-level domains that keep "Name.tld" one token.
var hostSuffixes = []string{"com", "org", "net", "gov", "edu", "int", "io", "co", "uk", "info", "news", "tv"}

func isHostSuffix(s string) bool {
	for _, h := range hostSuffixes {
		if strings.HasPrefix(s, h) && !wordRuneAt(s, len(h)) {
			return true
		}
	}
	return false
}

// abbreviation recognizes dotted forms starting at s[i]: single letters
// with dots ("U.S.", "D.C.", "U.S.A.", "W."), and listed abbreviations
// ("Mr.", "Gen.", "Jan.", "Corp.").
func abbreviation(s string, i int) (int, bool) {
	// Letter-dot sequences: each letter is one rune followed by '.'.
	j := i
	count := 0
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+n >= len(s) || s[j+n] != '.' {
			break
		}
		// The letter must not be followed by more letters before the dot.
		j += n + 1
		count++
		if wordRuneAt(s, j) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) || j+n2 >= len(s) || s[j+n2] != '.' {
				return 0, false // "U.Sa" or "A.B1": not an abbreviation
			}
		}
	}
	if count >= 1 {
		// A single letter and dot is an initial only when the letter is upper case ("W.").
		if count == 1 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsUpper(r) {
				return 0, false
			}
		}
		return j, true
	}
	// Word abbreviations.
	k := i
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += n
	}
	if k < len(s) && s[k] == '.' && IsAbbreviation(s[i:k]) {
		if isTitleAbbreviation(s[i:k+1]) && !nameFollows(s[k+1:]) {
			// "Prime Minister Hun Sen. The talks ...": a title abbreviation
			// must be followed by a name; otherwise the period ends a sentence.
			return 0, false
		}
		return k + 1, true
	}
	return 0, false
}

// nameFollows reports whether s, after spaces, starts with a capitalized
// word that does not usually start a sentence.
func nameFollows(s string) bool {
	s = strings.TrimLeft(s, " \t")
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !IsWordRune(r) })
	if end < 0 {
		end = len(s)
	}
	return !english.Default().Has(english.SentenceStarters, strings.ToLower(s[:end]))
}

// IsAbbreviation reports whether word (without its period) is a known
// abbreviation such as "Mr" or "Gen": a word of the class abbreviations
// or of months (internal/english) written with a period.
func IsAbbreviation(word string) bool {
	w := strings.ToLower(word) + "."
	t := english.Default()
	return t.Has(english.Abbreviations, w) || t.Has(english.Months, w)
}

// isTitleAbbreviation reports whether dotted, an abbreviation with its
// period, is one that precedes a name ("Mr.", "No."): a word of the class
// title_abbreviations, which never ends a sentence.
func isTitleAbbreviation(dotted string) bool {
	return english.Default().Has(english.TitleAbbreviations, strings.ToLower(dotted))
}
