package ptag

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v2"

	"github.com/geoextract/geoextract/internal/modelio"
	"github.com/geoextract/geoextract/internal/text"
)

var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("en") })

// proseTags tokenizes and tags s with prose itself.
func proseTags(t testing.TB, s string) (words, tags []string) {
	t.Helper()
	doc, err := prose.NewDocument(s, prose.UsingModel(proseModel()),
		prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range doc.Tokens() {
		words = append(words, tk.Text)
		tags = append(tags, tk.Tag)
	}
	return words, tags
}

// ourSentences exercise prose's special cases: a lone hyphen, emoticons,
// links and addresses, traces, bracket tokens, numbers, hyphenated words,
// and repeated spans (whose tokens prose shares).
var ourSentences = []string{
	"The talks - which began on Monday - ended without a deal :) .",
	"See www.example.org or write to desk@example.org and @desk for details .",
	"The trace * and 0 and *T*-1 stay as they are , as does -LRB- here -RRB- .",
	"Turnout rose to 61.5 % in 1999 and 3-1 in 2004 , a U.S.-led count showed .",
	"Korea 's envoy met Japan 's envoy and Korea 's minister in Seoul , Korea .",
	"The the the cat sat on the mat on the mat",
}

func articleSentences(t testing.TB) []string {
	t.Helper()
	data, err := os.ReadFile("../../../../testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	toks := text.Tokenize(src)
	var out []string
	for _, se := range text.Sentences(src, toks) {
		out = append(out, src[toks[se.First].Start:toks[se.Last-1].End])
	}
	return out
}

// TestMatchesProse: the compiled tagger gives prose's tags on the
// example article and our own sentences. A sentence with an exact score
// tie, which prose breaks at random, is skipped (none occurs here).
func TestMatchesProse(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, s := range append(articleSentences(t), ourSentences...) {
		words, want := proseTags(t, s)
		got, ties, ok := m.Tag(words, nil)
		if !ok {
			t.Fatalf("Tag(%q) failed", s)
		}
		if ties > 0 {
			t.Logf("skipped, %d ties: %q", ties, s)
			continue
		}
		ShareTags(s, words, got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q: prose (-) and compiled (+) differ:\n%s", s, diff)
		}
		compared += len(words)
	}
	if compared < 500 {
		t.Errorf("compared only %d tokens", compared)
	}
}

func TestTagEdges(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := m.Tag([]string{"a", ""}, nil); ok {
		t.Error("Tag with an empty word succeeded; prose's tagger panics there")
	}
	got, _, ok := m.Tag(nil, []string{"x"})
	if !ok || len(got) != 0 {
		t.Errorf("Tag(nil) = %v, %v", got, ok)
	}
	var zero Model
	got, _, ok = zero.Tag([]string{"-", "word"}, nil)
	if diff := cmp.Diff([]string{"-", ""}, got); !ok || diff != "" {
		t.Errorf("zero Model (-want +got):\n%s", diff)
	}
}

func TestRoundTrip(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, embedded) {
		t.Errorf("MarshalBinary of the embedded model differs from model.bin (%d vs %d bytes)", len(data), len(embedded))
	}
}

func TestShareTags(t *testing.T) {
	tests := []struct {
		name       string
		s          string
		toks, tags []string
		want       []string
	}{
		{"repeated span takes the last tag", "a b a c", []string{"a", "b", "a", "c"},
			[]string{"X", "Y", "Z", "W"}, []string{"Z", "Y", "Z", "W"}},
		{"the text's last span is not shared", "b a a", []string{"b", "a", "a"},
			[]string{"X", "Y", "Z"}, []string{"X", "Y", "Z"}},
		{"split span shares per position", "Korea's x Korea's y", []string{"Korea", "'s", "x", "Korea", "'s", "y"},
			[]string{"A", "B", "C", "D", "E", "F"}, []string{"D", "E", "C", "D", "E", "F"}},
		{"unplaceable token leaves tags", "a b a", []string{"a", "q", "a"},
			[]string{"X", "Y", "Z"}, []string{"X", "Y", "Z"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tags := append([]string(nil), tc.tags...)
			ShareTags(tc.s, tc.toks, tags)
			if diff := cmp.Diff(tc.want, tags); diff != "" {
				t.Errorf("ShareTags(%q) (-want +got):\n%s", tc.s, diff)
			}
		})
	}
}

func deflate(t testing.TB, raw []byte) []byte {
	t.Helper()
	out, err := modelio.Deflate(raw)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzLoad: a corrupted model gives an error, never a panic.
func FuzzLoad(f *testing.F) {
	raw, err := modelio.Inflate(embedded)
	if err != nil {
		f.Fatal(err)
	}
	// Small seeds: the header and the first entries.
	f.Add(raw[:200])
	f.Add(raw[:2000])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Load(deflate(t, raw))
		if err != nil {
			return
		}
		m.Tag(strings.Fields("The talks ended ."), nil)
	})
}

// BenchmarkTagger tags prose's tokens of the example article with the
// compiled tagger (compiled) and with prose's own tagger (prose, through
// prose.NewDocument with tokenization; prose has no API to tag given
// tokens), in the same run.
func BenchmarkTagger(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := articleSentences(b)
	var words [][]string
	n := 0
	for _, s := range sents {
		w, _ := proseTags(b, s)
		words = append(words, w)
		n += len(w)
	}
	b.Run("compiled", func(b *testing.B) {
		var dst []string
		b.ReportAllocs()
		for b.Loop() {
			for i, w := range words {
				dst, _, _ = m.Tag(w, dst)
				ShareTags(sents[i], w, dst)
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
	b.Run("prose", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range sents {
				proseTags(b, s)
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
}
