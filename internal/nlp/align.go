package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
	"github.com/jdkato/prose/v2"
)

// cleaned is a sentence rewritten for prose, with a map back to the source.
//
// prose's tokenizer rewrites curly quotes and "&rsquo;" to straight quotes,
// drops whitespace and reports no offsets. It also has two bugs that the
// rewriting works around:
//   - it lowercases a word and uses byte indexes of the lowercased copy in
//     the original, which splits runes, or panics with an out-of-range
//     slice, when lowercasing changes a rune's length ("İ", "K", invalid
//     UTF-8);
//   - after splitting off a clitic ('s 'll 're 'm n't) it silently drops the
//     rest of the word when more characters follow the clitic: "Japan's."
//     gives only "Japan", "O'Sullivan" only "O".
//
// And its tagger, trained on the Penn Treebank, knows the treebank's quote
// tokens (two backquotes, two apostrophes) but not a bare ", which it tags
// as a noun or an adjective, spoiling the next words' context.
//
// So the text handed to prose has:
//   - straight single quotes, "'" for "&rsquo;";
//   - two backquotes and a space for an opening double quote (straight or
//     curly), and a space for a closing one (prose's tokenizer would split
//     two apostrophes in two);
//   - U+FFFD for invalid UTF-8, and a stand-in of the same case for a rune
//     whose lower case has another length ("I" for "İ");
//   - a space after a clitic followed by punctuation ("Japan's ."), after
//     an opening single quote that looks like a clitic ("' Moscow'"), and a
//     modifier-letter apostrophe U+02BC for a clitic-like apostrophe inside
//     a word ("OʼSullivan").
//
// Every prose token is then an exact substring of text.
type cleaned struct {
	text string
	// offs[k] is the source offset of text[k]; offs[len(text)] is the end
	// of the sentence. Replaced runes map all their bytes to the source
	// rune's start; inserted spaces map to the next source rune.
	offs []int
	// entities are the source ranges of "&rsquo;", whose pieces in our
	// tokens ("&" "rsquo" ";") are punctuation.
	entities [][2]int
}

// inEntity reports whether [start, end) lies inside a replaced "&rsquo;".
func (c cleaned) inEntity(start, end int) bool {
	for _, e := range c.entities {
		if e[0] <= start && end <= e[1] {
			return true
		}
	}
	return false
}

// unit is one rune of the normalized sentence and the source bytes it stands for.
type unit struct {
	r           rune
	start, end  int
	open, close bool // a curly double quote, now straight
}

const modifierApostrophe = '\u02bc'

// clean rewrites src[a:b] for prose.
func clean(src string, a, b int) cleaned {
	units := make([]unit, 0, b-a)
	var entities [][2]int
	for i := a; i < b; {
		if strings.HasPrefix(src[i:b], "&rsquo;") {
			entities = append(entities, [2]int{i, i + len("&rsquo;")})
			units = append(units, unit{r: '\'', start: i, end: i + len("&rsquo;")})
			i += len("&rsquo;")
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:b])
		un := unit{r: r, start: i, end: i + n}
		switch r {
		case '\u201c':
			un.r, un.open = '"', true
		case '\u201d':
			un.r, un.close = '"', true
		case '\u2018', '\u2019':
			un.r = '\''
		default:
			un.r = lowerStable(r)
		}
		units = append(units, un)
		i += n
	}

	var sb strings.Builder
	sb.Grow(b - a + 8)
	offs := make([]int, 0, b-a+9)
	put := func(r rune, at int) {
		n, _ := sb.WriteRune(r)
		for range n {
			offs = append(offs, at)
		}
	}
	for u := 0; u < len(units); u++ {
		un := units[u]
		switch un.r {
		case '"':
			if opensQuote(units, u) {
				// prose's tagger learned the treebank's `` and ''; a bare "
				// is unknown to it and gets noun or adjective tags that
				// spoil the context of the next words.
				put('`', un.start)
				put('`', un.start)
				put(' ', un.end)
			} else {
				put(' ', un.start) // '' would be split in two; leave it out
			}
			continue
		case '\'':
		default:
			put(un.r, un.start)
			continue
		}
		end := cliticEnd(units, u)
		switch {
		case end < 0 || end == len(units) || unicode.IsSpace(units[end].r):
			put('\'', un.start)
		case text.IsWordRune(units[end].r) && startsWord(units, u):
			// An opening single quote ('Moscow'): a token of its own.
			put('\'', un.start)
			put(' ', un.end)
		case text.IsWordRune(units[end].r):
			// A word-internal apostrophe that prose would take for a clitic.
			put(modifierApostrophe, un.start)
		default:
			// A clitic followed by punctuation: end the word after the clitic.
			put('\'', un.start)
			for _, v := range units[u+1 : end] {
				put(v.r, v.start)
			}
			put(' ', units[end].start)
			u = end - 1
		}
	}
	offs = append(offs, b)
	return cleaned{text: sb.String(), offs: offs, entities: entities}
}

// startsWord reports whether units[u] is at the start of a word: at the
// start of the text, or after a space, an opening bracket or a dash.
func startsWord(units []unit, u int) bool {
	if u == 0 {
		return true
	}
	r := units[u-1].r
	return unicode.IsSpace(r) || unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pd, r)
}

// opensQuote reports whether the double quote units[u] opens a quotation:
// it was written as a left curly quote, or it starts a word and a non-space
// follows it.
func opensQuote(units []unit, u int) bool {
	if units[u].open {
		return true
	}
	if units[u].close {
		return false
	}
	return startsWord(units, u) && u+1 < len(units) && !unicode.IsSpace(units[u+1].r)
}

// cliticEnd returns the end (exclusive) of the clitic whose apostrophe is
// units[u] ('s 'll 're 'm, or the ' of n't), or -1 when there is none. It
// matches what prose's tokenizer splits on, case-insensitively.
func cliticEnd(units []unit, u int) int {
	lower := func(k int) rune {
		if k < 0 || k >= len(units) {
			return 0
		}
		return unicode.ToLower(units[k].r)
	}
	switch {
	case lower(u+1) == 's' || lower(u+1) == 'm':
		return u + 2
	case lower(u+1) == 'l' && lower(u+2) == 'l', lower(u+1) == 'r' && lower(u+2) == 'e':
		return u + 3
	case lower(u-1) == 'n' && lower(u+1) == 't':
		return u + 2
	}
	return -1
}

// lowerStable returns r, or a stand-in for r when r is invalid UTF-8 or
// its lower case has a different UTF-8 length (see cleaned).
func lowerStable(r rune) rune {
	stable := func(c rune) bool {
		return c != utf8.RuneError && utf8.RuneLen(unicode.ToLower(c)) == utf8.RuneLen(c)
	}
	if r == utf8.RuneError || stable(r) {
		return r // U+FFFD is stable; invalid bytes become it
	}
	if c := unicode.ToUpper(unicode.ToLower(r)); stable(c) {
		return c
	}
	if c := unicode.ToLower(r); stable(c) {
		return c
	}
	return 'x'
}

// span is a prose token placed on the source; start < 0 when it could not be placed.
type span struct {
	start, end int
	pos        text.POS
}

// align places prose's tokens on the source. Each token is looked for at
// the cursor (after whitespace); if it is not there (prose dropped some
// text), it is searched for further on, and if it is nowhere it is left
// unplaced and the cursor stays, so one odd token never loses the rest of
// the sentence.
func align(c cleaned, ptoks []prose.Token) []span {
	out := make([]span, len(ptoks))
	cur := 0
	for k, pt := range ptoks {
		out[k] = span{start: -1, end: -1, pos: convertTag(pt.Tag, pt.Text)}
		for cur < len(c.text) {
			r, n := utf8.DecodeRuneInString(c.text[cur:])
			if !unicode.IsSpace(r) {
				break
			}
			cur += n
		}
		if pt.Text == "" {
			continue
		}
		at := cur
		if !strings.HasPrefix(c.text[cur:], pt.Text) {
			i := strings.Index(c.text[cur:], pt.Text)
			if i < 0 {
				continue
			}
			at = cur + i
		}
		cur = at + len(pt.Text)
		out[k].start, out[k].end = c.offs[at], c.offs[cur]
	}
	return out
}

// tagSentence tags the tokens of one sentence into pos and returns its
// entities (when ner is true).
func tagSentence(t *Tagger, src string, toks []text.Token, se text.Sentence, ner bool, pos []text.POS) []Entity {
	a, b := toks[se.First].Start, toks[se.Last-1].End
	c := clean(src, a, b)
	ptoks, pents, err := runProse(t, c.text, ner)
	if err != nil {
		ptoks, pents = nil, nil
	}
	spans := align(c, ptoks)

	// Each token takes the tag of the placed prose token that overlaps it most.
	j := 0
	for i := se.First; i < se.Last; i++ {
		tk := toks[i]
		for j < len(spans) && (spans[j].start < 0 || spans[j].end <= tk.Start) {
			j++
		}
		best, bestLen := -1, 0
		for k := j; k < len(spans) && (spans[k].start < 0 || spans[k].start < tk.End); k++ {
			if spans[k].start < 0 {
				continue
			}
			if ov := min(tk.End, spans[k].end) - max(tk.Start, spans[k].start); ov > bestLen {
				best, bestLen = k, ov
			}
		}
		if best < 0 {
			pos[i] = fallbackPOS(tk.Text)
			continue
		}
		switch p := spans[best].pos; {
		case c.inEntity(tk.Start, tk.End):
			pos[i] = text.Punct
		case !hasWordRune(tk.Text) && p != text.Punct && p != text.SYM && p != text.CC && p != text.POSS:
			// The "-" of "Jong-sup", or a mark prose mistagged.
			pos[i] = text.Punct
		default:
			pos[i] = p
		}
	}
	if !ner {
		return nil
	}
	return mapEntities(toks, se, ptoks, spans, pents)
}

// mapEntities maps prose's entities, which carry only their text (tokens
// joined by spaces) and label, onto token spans. prose returns them in
// order, so each is matched against the prose tokens after the previous one.
func mapEntities(toks []text.Token, se text.Sentence, ptoks []prose.Token, spans []span, pents []prose.Entity) []Entity {
	var out []Entity
	next := 0        // prose token after the previous entity
	last := se.First // our token after the previous entity
	for _, pe := range pents {
		label := parseLabel(pe.Label)
		words := strings.Split(pe.Text, " ")
		k := findRun(ptoks, words, next)
		if label == 0 || k < 0 {
			continue
		}
		next = k + len(words)
		start, end := -1, -1
		for _, sp := range spans[k:next] {
			if sp.start < 0 {
				continue
			}
			if start < 0 {
				start = sp.start
			}
			end = sp.end
		}
		if start < 0 {
			continue
		}
		first, lst := -1, -1
		for i := last; i < se.Last; i++ {
			if toks[i].End <= start {
				continue
			}
			if toks[i].Start >= end {
				break
			}
			if first < 0 {
				first = i
			}
			lst = i + 1
		}
		// Leave out edge tokens without letters or digits (quotes, brackets).
		for first >= 0 && first < lst && !hasWordRune(toks[first].Text) {
			first++
		}
		for first >= 0 && first < lst && !hasWordRune(toks[lst-1].Text) {
			lst--
		}
		if first < 0 || first >= lst {
			continue
		}
		out = append(out, Entity{First: first, Last: lst, Label: label})
		last = lst
	}
	return out
}

// findRun returns the first index k >= from with ptoks[k:k+len(words)]
// spelling words, or -1.
func findRun(ptoks []prose.Token, words []string, from int) int {
outer:
	for k := from; k+len(words) <= len(ptoks); k++ {
		for w, word := range words {
			if ptoks[k+w].Text != word {
				continue outer
			}
		}
		return k
	}
	return -1
}

// convertTag converts a prose tag, falling back on the word's shape for
// tags ParsePOS does not know. prose tags "0" and "*" as -NONE- (a
// treebank trace); a number is CD.
func convertTag(tag, word string) text.POS {
	if tag == "-NONE-" {
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsDigit(r) {
			return text.CD
		}
		return text.Punct
	}
	if p := text.ParsePOS(tag); p != text.Unknown {
		return p
	}
	return fallbackPOS(word)
}

// fallbackPOS guesses the tag of a word that prose did not tag.
func fallbackPOS(word string) text.POS {
	// A clitic takes the tag the word class clitics gives it.
	if tag, ok := english.Default().Texts(english.Clitics, english.Normalize(word)); ok {
		return text.ParsePOS(strings.ToUpper(tag[0]))
	}
	if !hasWordRune(word) {
		return text.Punct
	}
	r, _ := utf8.DecodeRuneInString(word)
	switch {
	case unicode.IsDigit(r):
		return text.CD
	case unicode.IsUpper(r):
		return text.NNP
	}
	return text.NN
}

func hasWordRune(s string) bool { return strings.ContainsFunc(s, text.IsWordRune) }
