package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/internal/syntax"
)

// testSentence, parsed by hand in testGraph, is what the path functions
// walk.
const testSentence = "Kenya said after talks with Uganda's neighbour Tanzania."

func testGraph(t *testing.T) *syntax.Graph {
	t.Helper()
	words := []struct {
		form, upos, xpos, rel string
		head, start           int
	}{
		{"Kenya", "PROPN", "NNP", "nsubj", 1, 0},
		{"said", "VERB", "VBD", "root", -1, 6},
		{"after", "ADP", "IN", "case", 3, 11},
		{"talks", "NOUN", "NNS", "obl", 1, 17},
		{"with", "ADP", "IN", "case", 8, 23},
		{"Uganda", "PROPN", "NNP", "nmod:poss", 8, 28},
		{"'s", "PART", "POS", "case", 5, 34},
		{"neighbour", "NOUN", "NN", "compound", 8, 37},
		{"Tanzania", "PROPN", "NNP", "nmod", 3, 47},
		{".", "PUNCT", ".", "punct", 1, 55},
	}
	g := &syntax.Graph{}
	for _, w := range words {
		rel, ok := syntax.ParseRel(w.rel)
		if !ok {
			t.Fatalf("unknown relation %q", w.rel)
		}
		g.Words = append(g.Words, syntax.Word{Form: w.form, Lemma: w.form, UPOS: w.upos, XPOS: w.xpos, Head: w.head, Rel: rel, Start: w.start, End: w.start + len(w.form)})
	}
	for i, w := range g.Words {
		if testSentence[w.Start:w.End] != w.Form {
			t.Fatalf("word %d: %q at [%d,%d) is %q in the sentence", i, w.Form, w.Start, w.End, testSentence[w.Start:w.End])
		}
	}
	return g
}

// TestPaths checks the walk from a gold trigger's head to a gold
// argument's and the construction named from it.
func TestPaths(t *testing.T) {
	g := testGraph(t)
	for _, tc := range []struct {
		name, trigger     string
		arg               gold.Arg
		wantPath          []string
		wantConstruction  string
		wantTrig, wantArg int
	}{
		{
			name: "object-under-noun-trigger", trigger: "talks", arg: gold.Arg{Name: "Tanzania"},
			wantTrig: 3, wantArg: 8, wantPath: []string{"nmod"}, wantConstruction: "direct nmod",
		},
		{
			name: "subject-of-the-verb-above", trigger: "talks", arg: gold.Arg{Name: "Kenya"},
			wantTrig: 3, wantArg: 0, wantPath: []string{"^obl", "nsubj"}, wantConstruction: "noun in obl of head",
		},
		{
			name: "found-by-mention", trigger: "talks", arg: gold.Arg{Name: "Republic of Uganda", Mentions: []string{"Uganda"}},
			wantTrig: 3, wantArg: 5, wantPath: []string{"nmod", "nmod:poss"}, wantConstruction: "inside oblique phrase (nmod nmod:poss)",
		},
		{
			name: "inside-an-oblique-of-the-verb", trigger: "said after", arg: gold.Arg{Name: "Tanzania"},
			wantTrig: 1, wantArg: 8, wantPath: []string{"obl", "nmod"}, wantConstruction: "inside oblique phrase (obl nmod)",
		},
		{
			name: "trigger-by-its-first-word", trigger: "talks held", arg: gold.Arg{Name: "Tanzania"},
			wantTrig: 3, wantArg: 8, wantPath: []string{"nmod"}, wantConstruction: "direct nmod",
		},
		{
			name: "argument-not-in-sentence", trigger: "talks", arg: gold.Arg{Name: "Sudan"},
			wantTrig: 3, wantArg: -1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			th := headOf(g, triggerSpan(testSentence, tc.trigger))
			ah := argHead(g, testSentence, &tc.arg, th)
			var path []string
			construction := ""
			if th >= 0 && ah >= 0 {
				path = pathOf(g, th, ah)
				construction = constructionOf(path, g.Words[th].XPOS)
			}
			got := []any{th, ah, path, construction}
			want := []any{tc.wantTrig, tc.wantArg, tc.wantPath, tc.wantConstruction}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("trigger %q, argument %q: (-want +got: trigger head, argument head, path, construction):\n%s", tc.trigger, tc.arg.Name, diff)
			}
		})
	}
}

func TestTriggerSpanAbsent(t *testing.T) {
	if got := triggerSpan(testSentence, "met"); got != [2]int{-1, -1} {
		t.Errorf("triggerSpan(absent) = %v, want [-1 -1]", got)
	}
	if got := headOf(testGraph(t), [2]int{-1, -1}); got != -1 {
		t.Errorf("headOf(absent span) = %d, want -1", got)
	}
}

// TestConstructionOf names constructions from the first steps of paths.
func TestConstructionOf(t *testing.T) {
	for _, tc := range []struct {
		name  string
		steps []string
		tag   string
		want  string
	}{
		{"empty", nil, "VBD", "other"},
		{"no-path", []string{errNoPath.Error()}, "VBD", "no path"},
		{"direct", []string{"obj"}, "VBD", "direct obj"},
		{"direct-verb-tag-dropped", []string{"xcomp(VB)"}, "VBD", "direct xcomp"},
		{"conj", []string{"^conj", "nsubj"}, "VBD", "conj chain"},
		{"advcl-with-tag", []string{"^advcl", "nsubj"}, "VBG", "advcl chain VBG"},
		{"xcomp", []string{"^xcomp", "nsubj"}, "VB", "xcomp chain"},
		{"participle", []string{"^acl", "nsubj"}, "VBG", "relative/participle (^acl) VBG"},
		{"verb-in-obl-is-odd", []string{"^obl", "nsubj"}, "VBG", "odd attachment (^obl)"},
		{"noun-in-nmod", []string{"^nmod", "nmod:poss"}, "NN", "noun in nmod of noun"},
		{"trigger-is-object", []string{"^obj", "nsubj"}, "NN", "trigger is obj of head"},
		{"complement", []string{"^ccomp", "nsubj"}, "VB", "complement clause"},
		{"inside-object", []string{"obj", "nmod"}, "VBD", "inside object phrase (obj nmod)"},
		{"inside-subject", []string{"nsubj", "conj"}, "VBD", "inside subject phrase"},
		{"participle-modifier", []string{"acl(VBN)", "obl:agent"}, "VBD", "via participle modifier"},
		{"down-a-clause", []string{"xcomp(VB)", "obj"}, "VBD", "down a clause (xcomp)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := constructionOf(tc.steps, tc.tag); got != tc.want {
				t.Errorf("constructionOf(%q, %s) = %q, want %q", tc.steps, tc.tag, got, tc.want)
			}
		})
	}
}

func TestFindRel(t *testing.T) {
	d := gold.Doc{ID: "d", Relations: []gold.Rel{
		{Sentence: "other", Predicate: "CONSULT", Trigger: "talks"},
		{Sentence: testSentence, Predicate: "CONSULT", Trigger: "talks"},
	}}
	if got := findRel(d, "CONSULT Kenya -[talks]-> Uganda", testSentence); got != &d.Relations[1] {
		t.Errorf("findRel = %v, want the relation of the sentence", got)
	}
	if got := findRel(d, "APPEAL Kenya -[talks]-> Uganda", testSentence); got != nil {
		t.Errorf("findRel(other predicate) = %v, want nil", got)
	}
}
