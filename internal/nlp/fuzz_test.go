package nlp

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/geoextract/geoextract/internal/text"
)

func FuzzTag(f *testing.F) {
	for _, tc := range alignCases {
		f.Add(tc.in)
	}
	f.Add("Japan's. 'Moscow's' \"quoted\" \u201cfoo\u201d don't, can't. O'Malley's'")
	f.Add("\u0130\u212a\u1e9e \xc0\x80 \xed\xa0\x80 &rsquo;&rsquo;s &amp;")
	f.Add("y'all'll. 'M.'S 'RE, N'T; 'Ll-'re's")
	f.Add("\"\" '' `` \u201c\u201d '\"' \"'s\" 's.'s.'s")
	tagger := Default()
	f.Fuzz(func(t *testing.T, s string) {
		toks := text.Tokenize(s)
		sents := text.Sentences(s, toks)
		res := tagger.Tag(s, toks, sents, true)
		if len(res.POS) != len(toks) {
			t.Fatalf("Tag(%q): %d tags for %d tokens", s, len(res.POS), len(toks))
		}
		for i, p := range res.POS {
			if p == text.Unknown {
				t.Errorf("Tag(%q): token %d %q has no tag", s, i, toks[i].Text)
			}
		}
		last := 0
		for _, e := range res.Entities {
			if e.First < last || e.First >= e.Last || e.Last > len(toks) {
				t.Fatalf("Tag(%q): entity %+v out of order or range (previous ended at %d)", s, e, last)
			}
			if e.Label < Person || e.Label > GSP {
				t.Errorf("Tag(%q): entity %+v has an invalid label", s, e)
			}
			last = e.Last
		}

		// The rewriting must keep prose from panicking and from dropping
		// text: every prose token is placed on the source, in order.
		for _, se := range sents {
			c := clean(s, toks[se.First].Start, toks[se.Last-1].End)
			if len(c.offs) != len(c.text)+1 {
				t.Fatalf("clean(%q): %d offsets for %d bytes", s, len(c.offs), len(c.text))
			}
			ptoks, _, err := runProse(tagger, c.text, true)
			if err != nil {
				t.Fatalf("sentence %q of %q: %v", c.text, s, err)
			}
			prev := toks[se.First].Start
			for _, sp := range align(c, ptoks) {
				if sp.start < prev || sp.end <= sp.start {
					t.Errorf("sentence %q of %q: prose tokens %q placed at %+v after %d", c.text, s, tokTexts(ptoks), sp, prev)
					break
				}
				prev = sp.end
			}
		}
	})
}

func tokTexts(ts []prose.Token) string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return strings.Join(out, " ")
}
