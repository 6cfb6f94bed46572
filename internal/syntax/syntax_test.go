package syntax

import (
	"bytes"
	"os"
	"testing"

	"github.com/geoextract/geoextract/internal/conllu"
	"github.com/google/go-cmp/cmp"
)

func readOwn(t testing.TB) []conllu.Sentence {
	t.Helper()
	f, err := os.Open("testdata/own.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, "own.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func toTrain(t testing.TB, s conllu.Sentence) TrainSentence {
	t.Helper()
	var ts TrainSentence
	for _, w := range s.Words {
		r, ok := ParseRel(w.Deprel)
		if !ok {
			t.Fatalf("unknown relation %q", w.Deprel)
		}
		ts.Words = append(ts.Words, w.Form)
		ts.XPOS = append(ts.XPOS, w.XPOS)
		ts.UPOS = append(ts.UPOS, w.UPOS)
		ts.Heads = append(ts.Heads, w.Head)
		ts.Rels = append(ts.Rels, r)
	}
	return ts
}

// goldTagger tags with the tags of the test treebank: it lets the tests
// check the parser alone.
type goldTagger map[string][2]string

func (g goldTagger) Tag(words, xpos, upos []string) {
	for i, w := range words {
		t := g[w]
		xpos[i], upos[i] = t[0], t[1]
	}
}

type goldLemmas map[string]string

func (g goldLemmas) Lemma(form, _ string) string { return g[form] }

// ownParser trains a parser on testdata/own.conllu, which it then knows by heart.
func ownParser(t testing.TB) (*Parser, []conllu.Sentence) {
	t.Helper()
	sents := readOwn(t)
	var train []TrainSentence
	tags, lemmas := goldTagger{}, goldLemmas{}
	for _, s := range sents {
		train = append(train, toTrain(t, s))
		for _, w := range s.Words {
			tags[w.Form] = [2]string{w.XPOS, w.UPOS}
			lemmas[w.Form] = w.Lemma
		}
	}
	m, err := Train(train, TrainOptions{Epochs: 20, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(m, tags, lemmas)
	if err != nil {
		t.Fatal(err)
	}
	return p, sents
}

func TestTrainLearnsItsData(t *testing.T) {
	p, sents := ownParser(t)
	for _, s := range sents {
		g := p.Parse(s.Forms())
		for i, w := range s.Words {
			got := g.Words[i]
			if got.Head+1 != w.Head || got.Rel.String() != w.Deprel || got.Lemma != w.Lemma || got.XPOS != w.XPOS {
				t.Errorf("%s: word %d %q: got head %d %s lemma %q, want %d %s %q", s.Text(), i+1, w.Form,
					got.Head+1, got.Rel, got.Lemma, w.Head, w.Deprel, w.Lemma)
			}
		}
	}
}

func TestBeamLearnsItsData(t *testing.T) {
	sents := readOwn(t)
	var train []TrainSentence
	for _, s := range sents {
		train = append(train, toTrain(t, s))
	}
	m, err := Train(train, TrainOptions{Epochs: 20, Beam: 4})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := m.MarshalBinary()
	if m, err = Load(b); err != nil {
		t.Fatal(err)
	}
	for _, ts := range train {
		heads, rels := m.Parse(ts.Words, ts.XPOS, ts.UPOS)
		if diff := cmp.Diff([2]any{ts.Heads, ts.Rels}, [2]any{heads, rels}); diff != "" {
			t.Errorf("%v: beam parse mismatch (-want +got):\n%s", ts.Words, diff)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	p, sents := ownParser(t)
	b, err := p.model.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p.model.rels, m2.rels); diff != "" {
		t.Errorf("relations differ (-want +got):\n%s", diff)
	}
	for _, s := range sents {
		ts := toTrain(t, s)
		h1, r1 := p.model.Parse(ts.Words, ts.XPOS, ts.UPOS)
		h2, r2 := m2.Parse(ts.Words, ts.XPOS, ts.UPOS)
		if diff := cmp.Diff([2]any{h1, r1}, [2]any{h2, r2}); diff != "" {
			t.Errorf("%s: loaded model parses differently (-want +got):\n%s", s.Text(), diff)
		}
	}
	b2, _ := m2.MarshalBinary()
	if !bytes.Equal(b, b2) {
		t.Errorf("re-encoding a loaded model changes it")
	}
}

func TestTrainDeterministic(t *testing.T) {
	a, _ := ownParser(t)
	b, _ := ownParser(t)
	ab, _ := a.model.MarshalBinary()
	bb, _ := b.model.MarshalBinary()
	if !bytes.Equal(ab, bb) {
		t.Error("two trainings with the same seed give different models")
	}
}

func TestLoadErrors(t *testing.T) {
	p, _ := ownParser(t)
	good, _ := p.model.MarshalBinary()
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", good[:len(good)/2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(tc.data); err == nil {
				t.Error("Load succeeded on bad data")
			}
		})
	}
}

func TestTrainErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sents []TrainSentence
	}{
		{"no sentences", nil},
		{"ragged", []TrainSentence{{Words: []string{"a"}, XPOS: []string{"DT"}}}},
		{"self head", []TrainSentence{{Words: []string{"a"}, XPOS: []string{"X"}, UPOS: []string{"X"}, Heads: []int{1}, Rels: []Rel{Root}}}},
		{"no root", []TrainSentence{{Words: []string{"a"}, XPOS: []string{"X"}, UPOS: []string{"X"}, Heads: []int{0}, Rels: []Rel{Dep}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Train(tc.sents, TrainOptions{Epochs: 1}); err == nil {
				t.Error("Train succeeded")
			}
		})
	}
}

func TestProjective(t *testing.T) {
	// 1 2 3 4: arc 3←1 crosses 2←4 (2's head 4 is outside 1..3 while
	// 4's head is 0): lifting 2 to 4's head... here the shortest
	// non-projective arc is lifted until the tree is projective.
	heads := []int{0, 4, 1, 1}
	rels := []Rel{Root, Dep, Dep, Dep}
	gh, _ := projective(heads, rels, nil, nil)
	if d := shortestNonProjective(gh); d >= 0 {
		t.Errorf("still non-projective at %d: %v", d, gh)
	}
}

// graphOf builds a graph from the gold tree of a test sentence.
func graphOf(t *testing.T, s conllu.Sentence) *Graph {
	c, err := loadClosed()
	if err != nil {
		t.Fatal(err)
	}
	words := make([]Word, len(s.Words))
	for i, w := range s.Words {
		r, _ := ParseRel(w.Deprel)
		words[i] = Word{Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS, Head: w.Head - 1, Rel: r, Start: -1, End: -1}
	}
	return newGraph(words, c)
}

func TestGraph(t *testing.T) {
	sents := readOwn(t)
	g := make([]*Graph, len(sents))
	for i, s := range sents {
		g[i] = graphOf(t, s)
	}
	type span struct{ First, Last int }
	for _, tc := range []struct {
		name string
		got  any
		want any
	}{
		{"root", g[0].Root(), 1},
		{"children in word order", g[0].Children(3), []int32{2, 5}},
		{"dependents by universal relation", g[1].Dependents(3, Nsubj), []int{1}},
		{"dependents by subtype", g[1].Dependents(3, OblAgent), []int{5}},
		{"subtype does not match its sibling", g[1].Dependents(3, Nsubj.Universal(), OblTmod), []int{1}},
		{"passive", g[1].Passive(3), true},
		{"active", g[0].Passive(1), false},
		{"negated", g[2].Negated(5), true},
		{"not negated", g[0].Negated(1), false},
		{"negators", g[2].Negators(5), []int{4}},
		{"no negators", g[0].Negators(1), []int(nil)},
		{"conjuncts from the first", g[2].Conjuncts(0), []int{0, 2}},
		{"conjuncts from the second", g[2].Conjuncts(2), []int{0, 2}},
		{"expand takes appositions", g[3].Expand(0), []int{0, 3}},
		{"verb chain follows xcomp", g[3].VerbChain(6), []int{5, 6, 7, 8}},
		{"complements", g[3].Complements(6), []int{8}},
		{"span of a noun phrase", func() span { f, l := g[0].Span(3); return span{f, l} }(), span{2, 5}},
		{"span of the root", func() span { f, l := g[3].Span(6); return span{f, l} }(), span{0, 10}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRelNames(t *testing.T) {
	for r := Rel(1); r < numRels; r++ {
		got, ok := ParseRel(r.String())
		if !ok || got != r {
			t.Errorf("ParseRel(%q) = %v, %v", r.String(), got, ok)
		}
	}
	if NsubjPass.Universal() != Nsubj || Obj.Universal() != Obj {
		t.Error("Universal wrong")
	}
}

func FuzzLoad(f *testing.F) {
	sents := readOwn(f)
	var train []TrainSentence
	for _, s := range sents {
		train = append(train, toTrain(f, s))
	}
	m, err := Train(train, TrainOptions{Epochs: 2})
	if err != nil {
		f.Fatal(err)
	}
	good, _ := m.MarshalBinary()
	f.Add(good)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(data)
		if err != nil {
			return
		}
		ts := train[0]
		m.Parse(ts.Words, ts.XPOS, ts.UPOS)
	})
}
