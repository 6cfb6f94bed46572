package ptag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// proseSanitizer is the rewriting prose's tokenizer applies first
// (tokenize.go's sanitizer).
var proseSanitizer = strings.NewReplacer(
	"\u201c", `"`,
	"\u201d", `"`,
	"\u2018", "'",
	"\u2019", "'",
	"&rsquo;", "'")

// ShareTags reproduces a quirk of prose's tokenizer that shows in its
// tags: it caches the tokens of each whitespace-separated span, so a span
// that occurs again in the sentence yields the very same token objects,
// and the tag given to a later occurrence overwrites the earlier ones.
// (The last span of a text that does not end in a space is not cached.)
// The tagger itself sees each occurrence in its own context, as the
// compiled tagger does;
// ShareTags then gives every token of a repeated
// span the tag of the same token in its last occurrence, as prose's
// output has it. toks are prose's tokens of s, in order, and tags their
// tags. If a token cannot be placed in s, tags are left alone.
func ShareTags(s string, toks []string, tags []string) {
	clean := proseSanitizer.Replace(s)
	type place struct{ span, k int } // span index, token index within it
	type run struct{ start, end int }
	var spans []run
	for i := 0; i < len(clean); {
		r, size := utf8.DecodeRuneInString(clean[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(clean) {
			r, size := utf8.DecodeRuneInString(clean[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		spans = append(spans, run{i, j})
		i = j
	}
	if len(spans) < 2 {
		return
	}
	places := make([]place, len(toks))
	sp, pos, k := 0, 0, 0
	for t, tk := range toks {
		for {
			if sp >= len(spans) {
				return
			}
			if pos < spans[sp].start {
				pos, k = spans[sp].start, 0
			}
			if at := strings.Index(clean[pos:spans[sp].end], tk); at >= 0 && tk != "" {
				places[t] = place{sp, k}
				pos += at + len(tk)
				k++
				break
			}
			sp++
		}
	}
	cached := len(spans)
	if last := spans[len(spans)-1]; last.end == len(clean) {
		cached-- // the text's last span is tokenized outside prose's cache
	}
	text := func(i int) string { return clean[spans[i].start:spans[i].end] }
	// Order the tokens of cached spans by span text, then k, then position;
	// within a group of equal (text, k) the last one's tag wins.
	order := make([]int, 0, len(toks))
	for t := range toks {
		if places[t].span < cached {
			order = append(order, t)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := strings.Compare(text(places[a].span), text(places[b].span)); c != 0 {
			return c
		}
		return places[a].k - places[b].k
	})
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && text(places[order[j]].span) == text(places[order[i]].span) && places[order[j]].k == places[order[i]].k {
			j++
		}
		last := tags[order[j-1]]
		for _, t := range order[i : j-1] {
			tags[t] = last
		}
		i = j
	}
}
