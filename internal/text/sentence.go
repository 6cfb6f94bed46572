package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/internal/english"
)

// Sentence is a span of tokens. Tokens [First, Last) belong to it; Start
// and End are the byte offsets of its first and last token.
type Sentence struct {
	Start, End  int
	First, Last int
}

// Sentences splits a tokenized text into sentences. A sentence ends
//   - at a line break (news paragraphs, headlines and datelines are lines);
//   - after '.', '!' or '?' (and any closing quotes or brackets) when the next
//     token starts a new sentence: an upper-case word, a digit or an opening
//     quote. A period that belongs to an abbreviation ends a sentence only
//     when the abbreviation is not a title ("Mr.") and the next word is not
//     a name-like continuation of the same phrase ("U.S. President").
func Sentences(s string, toks []Token) []Sentence {
	var out []Sentence
	first := 0
	emit := func(last int) {
		if last > first {
			out = append(out, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
		}
		first = last
	}
	for i := range toks {
		if i > first && lineBreakBetween(s, toks[i-1].End, toks[i].Start) {
			emit(i)
		}
		if !endsSentence(s, toks, i) {
			continue
		}
		// Absorb closing quotes and brackets.
		j := i + 1
		for j < len(toks) && !toks[j].SpaceBefore && isCloser(toks[j].Text) {
			j++
		}
		if j >= len(toks) {
			continue
		}
		if startsSentence(toks[j]) && (toks[j].SpaceBefore || lineBreakBetween(s, toks[j-1].End, toks[j].Start)) {
			emit(j)
		}
	}
	emit(len(toks))
	return out
}

func lineBreakBetween(s string, a, b int) bool {
	return strings.ContainsAny(s[a:b], "\n\r\u2028\u2029")
}

func isCloser(t string) bool {
	switch t {
	case "\"", "'", "\u201d", "\u2019", ")", "]", "}", "\u00bb":
		return true
	}
	return false
}

func startsSentence(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"\u201c'\u2018([", r)
}

// endsSentence reports whether toks[i] is sentence-final punctuation.
func endsSentence(s string, toks []Token, i int) bool {
	t := toks[i].Text
	switch t {
	case ".", "!", "?", "...", "\u2026":
		return true
	}
	if !strings.HasSuffix(t, ".") || len(t) < 2 {
		return false
	}
	// An abbreviation with a period.
	word := strings.TrimSuffix(t, ".")
	if isTitleAbbreviation(t) {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	next := toks[i+1]
	r, _ := utf8.DecodeRuneInString(next.Text)
	if !unicode.IsUpper(r) {
		return false
	}
	// Initials and dotted acronyms ("George W. Bush", "U.S. President"):
	// an upper-case continuation is taken as the same phrase unless it is
	// a word that usually starts a sentence.
	if isInitialism(word) {
		return english.Default().Has(english.SentenceStarters, strings.ToLower(next.Text))
	}
	// Other abbreviations (Corp., Inc., Jan.) end a sentence before a capital.
	return true
}

func isInitialism(w string) bool {
	for _, r := range w {
		if !(unicode.IsLetter(r) || r == '.') {
			return false
		}
	}
	return !strings.ContainsFunc(strings.ReplaceAll(w, ".", ""), unicode.IsLower) || utf8.RuneCountInString(w) == 1
}
