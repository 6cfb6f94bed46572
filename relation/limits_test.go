package relation

import (
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/google/go-cmp/cmp"
)

// TestWindows checks how a sentence longer than maxSentenceTokens is cut
// for the relation pass.
func TestWindows(t *testing.T) {
	words := func(n int, commas ...int) *entity.Document {
		doc := &entity.Document{}
		for k := range n {
			w := "word"
			for _, c := range commas {
				if c == k {
					w = ","
				}
			}
			doc.Tokens = append(doc.Tokens, entity.Token{Text: w})
		}
		return doc
	}
	const N = maxSentenceTokens
	tests := []struct {
		name   string
		doc    *entity.Document
		first  int
		last   int
		want   [][2]int
		reason string
	}{
		{"short", words(10), 0, 10, [][2]int{{0, 10}}, "a sentence within the cap is read whole"},
		{"at the cap", words(N + 5), 5, N + 5, [][2]int{{5, N + 5}}, "exactly the cap is still one piece"},
		{"no punctuation", words(2*N + 50), 0, 2*N + 50, [][2]int{{0, N}, {N, 2 * N}, {2 * N, 2*N + 50}},
			"without commas the windows are cut at the cap"},
		{"comma in the second half", words(N+10, N-30), 0, N + 10, [][2]int{{0, N - 29}, {N - 29, N + 10}},
			"a window ends after the last comma of its second half"},
		{"comma in the first half", words(N+10, 20), 0, N + 10, [][2]int{{0, N}, {N, N + 10}},
			"a comma early in the window would leave it too short: cut at the cap"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, windows(tc.doc, tc.first, tc.last)); diff != "" {
				t.Errorf("windows mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestLongSentence runs the relation pass on 52 KB sentences without
// punctuation (issue #12's battery). It is not timed: the cap on sentence
// length bounds the work, and the test checks that the sentence was read
// as windows of at most maxSentenceTokens tokens and that every relation
// keeps the whole sentence as its Sentence.
func TestLongSentence(t *testing.T) {
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	x := defaultExtractor(t)
	for _, unit := range []string{"Russia condemned the test ", "Russia condemned Ukraine "} {
		src := strings.Repeat(unit, 2000)
		doc := tg.Tag(entity.Input{Text: src})
		longest := 0
		for _, se := range doc.Sentences {
			longest = max(longest, se.Last-se.First)
			for _, w := range windows(doc, se.First, se.Last) {
				if w[1]-w[0] > maxSentenceTokens {
					t.Errorf("%q: window %v is longer than %d tokens", unit, w, maxSentenceTokens)
				}
			}
		}
		if longest <= maxSentenceTokens {
			t.Errorf("%q × 2000: longest sentence %d tokens, want one over the cap to test it", unit, longest)
		}
		for _, r := range x.Extract(doc) {
			se := doc.Sentences[0]
			for _, s := range doc.Sentences {
				if s.Start <= r.Trigger.Start && r.Trigger.End <= s.End {
					se = s
				}
			}
			if r.Sentence.Start != se.Start || r.Sentence.End != se.End {
				t.Fatalf("%q: relation sentence [%d, %d), want the whole sentence [%d, %d)", unit, r.Sentence.Start, r.Sentence.End, se.Start, se.End)
			}
		}
	}
}

// determinismInputs are the example article, the phrasing sentences and
// texts shuffled from the article's words with a fixed seed.
func determinismInputs(t *testing.T) []string {
	buf, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := string(buf)
	ins := []string{article}
	for i, tc := range phrasingCases {
		if i%10 == 0 {
			ins = append(ins, tc.text)
		}
	}
	words := strings.Fields(article)
	r := rand.New(rand.NewPCG(12, 34))
	for range 8 {
		n := 20 + r.IntN(60)
		var sb strings.Builder
		for k := range n {
			if k > 0 {
				sb.WriteByte(" \n"[min(r.IntN(12), 1)])
			}
			sb.WriteString(words[r.IntN(len(words))])
		}
		ins = append(ins, sb.String())
	}
	return ins
}

// TestPipelineDeterministic runs Tag and Extract on the same texts from
// several goroutines sharing one Tagger and one Extractor (run it with
// -race): every run must give the same document and relations as the
// first.
func TestPipelineDeterministic(t *testing.T) {
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	x := defaultExtractor(t)
	type result struct {
		doc  *entity.Document
		rels []Relation
	}
	run := func(src string) result {
		doc := tg.Tag(entity.Input{Text: src, Date: entity.Date{Year: 2022, Month: 6, Day: 13}})
		return result{doc, x.Extract(doc)}
	}
	ins := determinismInputs(t)
	want := make([]result, len(ins))
	for k, src := range ins {
		want[k] = run(src)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(ins))
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k, src := range ins {
				if diff := cmp.Diff(want[k], run(src), cmp.AllowUnexported(result{})); diff != "" {
					errs <- diff
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("a second run differs (-first +later):\n%s", e)
	}
}
