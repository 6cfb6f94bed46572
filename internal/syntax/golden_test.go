package syntax

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/geoextract/geoextract/internal/conllu"
	"github.com/geoextract/geoextract/internal/text"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.conllu")

// ownSentences are sentences of our own, in the news register the parser
// serves.
var ownSentences = []string{
	"Seoul scrapped an intelligence-sharing agreement with Japan in August 2019.",
	"The Japanese ambassador was summoned by the Foreign Ministry on Monday.",
	"Presidents William Ruto of Kenya and Yoweri Museveni of Uganda did not sign the accord.",
	"Mr. Olaf Scholz, the Chancellor of Germany, met his French counterpart in Paris.",
	"Speaking at the end of a visit to Egypt, the Turkish foreign minister said Ankara cannot accept the plan.",
	"North Korea may conduct its first nuclear test since 2017, officials warned.",
}

// TestDefaultGolden parses our own sentences with the embedded models and
// compares the CoNLL-U with testdata/golden.conllu (go test -update
// rewrites it after a retraining).
func TestDefaultGolden(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for i, s := range ownSentences {
		g := p.ParseTokens(s, text.Tokenize(s))
		c := g.CoNLLU("sent_id = own-"+string(rune('1'+i)), "text = "+s)
		if err := conllu.Write(&buf, &c); err != nil {
			t.Fatal(err)
		}
	}
	if *update {
		if err := os.WriteFile("testdata/golden.conllu", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/golden.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("parses changed (-want +got); run go test -update after retraining:\n%s", diff)
	}
}

// TestDefaultParses checks a few attachments that any usable model gets
// right, so that a broken model or tagger wiring fails loudly.
func TestDefaultParses(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	type arc struct {
		Dep, Rel, Head string
	}
	for _, tc := range []struct {
		in   string
		want []arc
	}{
		{"Seoul scrapped the agreement with Japan.", []arc{{"Seoul", "nsubj", "scrapped"}, {"agreement", "obj", "scrapped"}, {"scrapped", "root", ""}}},
		{"The ambassador was summoned by Tokyo.", []arc{{"ambassador", "nsubj:pass", "summoned"}, {"Tokyo", "obl:agent", "summoned"}}},
		{"Kenya and Uganda signed the accord.", []arc{{"Kenya", "nsubj", "signed"}, {"Uganda", "conj", "Kenya"}, {"accord", "obj", "signed"}}},
	} {
		g := p.ParseTokens(tc.in, text.Tokenize(tc.in))
		got := map[string]arc{}
		for _, w := range g.Words {
			head := ""
			if w.Head >= 0 {
				head = g.Words[w.Head].Form
			}
			got[w.Form] = arc{w.Form, w.Rel.String(), head}
		}
		for _, a := range tc.want {
			if diff := cmp.Diff(a, got[a.Dep]); diff != "" {
				t.Errorf("%s: %s (-want +got):\n%s", tc.in, a.Dep, diff)
			}
		}
	}
}
