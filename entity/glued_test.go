package entity

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/text"
)

// TestSplitGlued checks the split of words glued to a dateline, both
// within the tokenizer's slice (room to spare) and into a new one (none).
func TestSplitGlued(t *testing.T) {
	type tok struct {
		Text   string
		Start  int
		Glued  bool
		Spaced bool
	}
	for _, tc := range []struct {
		name, in string
		want     []tok
	}{
		{"no glued word", "Seoul said so", []tok{{"Seoul", 0, false, true}, {"said", 6, false, true}, {"so", 11, false, true}}},
		{"one glued word", "More InformationANDONG, Korea",
			[]tok{{"More", 0, false, true}, {"Information", 5, false, true}, {"ANDONG", 16, true, false}, {",", 22, false, false}, {"Korea", 24, false, true}}},
		{"two glued words, first and last", "NewsSEOUL and ReportTOKYO",
			[]tok{{"News", 0, false, true}, {"SEOUL", 4, true, false}, {"and", 10, false, true}, {"Report", 14, false, true}, {"TOKYO", 20, true, false}}},
		{"too short to be glued", "AbcDEF", []tok{{"AbcDEF", 0, false, true}}},
	} {
		for _, room := range []bool{true, false} {
			toks := text.Tokenize(tc.in)
			if room {
				toks = slices.Grow(toks, 4)
			} else {
				toks = slices.Clip(toks)
			}
			out, glued := splitGlued(toks)
			if len(glued) != len(out) {
				t.Fatalf("%s (room %v): %d flags for %d tokens", tc.name, room, len(glued), len(out))
			}
			var got []tok
			for i, tk := range out {
				if tc.in[tk.Start:tk.End] != tk.Text {
					t.Errorf("%s (room %v): token %q at %d:%d is %q in the input", tc.name, room, tk.Text, tk.Start, tk.End, tc.in[tk.Start:tk.End])
				}
				got = append(got, tok{tk.Text, tk.Start, glued[i], tk.SpaceBefore})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("splitGlued(%q) (room %v) mismatch (-want +got):\n%s", tc.in, room, diff)
			}
		}
	}
}

// TestGazetteerBySentence checks that matching the gazetteer sentence by
// sentence keeps exactly the matches of the whole text that lie within
// one sentence, in the same order.
func TestGazetteerBySentence(t *testing.T) {
	src, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := NewTagger(g).newAnalysis(string(src))
	words := make([]string, len(a.toks))
	for i, tk := range a.toks {
		words[i] = tk.Text
	}
	type span struct {
		First, Last int
		IDs         string
	}
	key := func(m gazetteer.WordMatch) span {
		var ids []string
		for _, c := range m.Candidates {
			ids = append(ids, c.Entry.ID)
		}
		return span{m.First, m.Last, strings.Join(ids, " ")}
	}
	var whole []gazetteer.WordMatch
	for _, m := range g.MatchWords(words) {
		if len(m.Candidates) > 0 && a.sentOf[m.First] == a.sentOf[m.Last-1] {
			whole = append(whole, m)
		}
	}
	var want, got []span
	for _, m := range newGazIndex(whole, len(a.toks)).matches {
		want = append(want, key(m))
	}
	for _, m := range a.gaz.matches {
		got = append(got, key(m))
	}
	if len(want) == 0 {
		t.Fatal("no gazetteer match in the example article")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("matches sentence by sentence differ from the whole text's (-want +got):\n%s", diff)
	}
}
