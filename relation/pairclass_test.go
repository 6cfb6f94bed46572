package relation

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// parseClassesTests are TestParseClasses' cases and FuzzParseClasses'
// seeds.
var parseClassesTests = []struct {
	name, in string
	want     map[string]lemmaClass
	wantErr  string
}{
	{"lemmas with one and two roots; comments and blank lines skipped",
		"# a comment\n\nrebuke\t11\nraid\t18,19\n",
		map[string]lemmaClass{"rebuke": {roots: []string{"11"}, joined: "11"}, "raid": {roots: []string{"18", "19"}, joined: "18,19"}}, ""},
	{"no tab", "rebuke 11\n", nil, "c.txt:1: want LEMMA"},
	{"a root out of range", "# head\nrebuke\t21\n", nil, `c.txt:2: root "21"`},
	{"a root of three digits", "rebuke\t111\n", nil, `c.txt:1: root "111"`},
	{"an empty root", "rebuke\t11,\n", nil, `c.txt:1: root ""`},
	{"a lemma twice", "rebuke\t11\nrebuke\t12\n", nil, `c.txt:2: lemma "rebuke" listed twice`},
	{"a line too long to read", "rebuke\t11\n" + strings.Repeat("x", 70000) + "\t11\n", nil, "c.txt:2: bufio.Scanner: token too long"},
}

func TestParseClasses(t *testing.T) {
	for _, tc := range parseClassesTests {
		got, err := parseClasses([]byte(tc.in), "c.txt")
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), "relation: ") {
				t.Errorf("%s: parseClasses error %v, want one with %q", tc.name, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, got.lemmas, cmp.AllowUnexported(lemmaClass{})); diff != "" {
			t.Errorf("%s: parseClasses mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}

// FuzzParseClasses checks that parseClasses never panics, that an error
// names the table, and that every class of a table it accepts, lemma
// or form, is roots from 01 to 20 joined as written.
func FuzzParseClasses(f *testing.F) {
	for _, tc := range parseClassesTests {
		f.Add(tc.in)
	}
	f.Add("attack\t18,19\nsummit\t04\n")
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := parseClasses([]byte(in), "c.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "relation: c.txt") {
				t.Errorf("error %q names no table", err)
			}
			return
		}
		for _, m := range []map[string]lemmaClass{tab.lemmas, tab.forms} {
			for w, c := range m {
				if len(c.roots) == 0 || strings.Join(c.roots, ",") != c.joined {
					t.Fatalf("%q: class %+v", w, c)
				}
				for _, r := range c.roots {
					if r < "01" || r > "20" {
						t.Fatalf("%q: root %q", w, r)
					}
				}
			}
		}
	})
}

// TestDefaultClasses checks that the embedded table loads and classes
// the verbs and nouns of a few roots.
func TestDefaultClasses(t *testing.T) {
	tab, err := defaultClasses()
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.lemmas) < 500 {
		t.Errorf("the embedded table has %d lemmas, want hundreds", len(tab.lemmas))
	}
	for _, tc := range []struct{ lemma, form, root string }{
		{"rebuke", "rebuked", "11"},
		{"rebuk", "rebuked", "11"}, // a lemmatizer's miss: the form
		{"criticism", "criticisms", "11"},
		{"airlift", "airlifted", "07"},
		{"praise", "praising", "05"},
		{"meet", "met", "04"},
	} {
		c, _ := tab.of(tc.lemma, tc.form)
		if !slices.Contains(c.roots, tc.root) {
			t.Errorf("class of %q (%q): %v, want root %s among them", tc.lemma, tc.form, c.roots, tc.root)
		}
	}
}

// addedFeatures returns, sorted, the features that option on adds to
// those of the candidate Iran > Israel of text, and fails the test if it
// loses any: the features of kind what ("class", "cluster").
func addedFeatures(t *testing.T, text string, on Option, what string) []uint64 {
	t.Helper()
	features := func(opts ...Option) []uint64 {
		t.Helper()
		x := NewExtractor(defaultLexiconT(t), append([]Option{WithModel(nil)}, opts...)...)
		for _, c := range x.Candidates(tagged(t, text)) {
			if c.Subject.Text == "Iran" && c.Object.Text == "Israel" {
				return c.Features
			}
		}
		t.Fatalf("%q: no candidate Iran > Israel", text)
		return nil
	}
	without, with := features(), features(on)
	var out []uint64
	for _, k := range with {
		if !slices.Contains(without, k) {
			out = append(out, k)
		}
	}
	if len(with) != len(without)+len(out) {
		t.Errorf("%q: %d features with %s features, %d without and %d %s features", text, len(with), what, len(without), len(out), what)
	}
	slices.Sort(out)
	return out
}

// TestClassFeatures checks, on sentences of our own, that the class
// features add to a pair's features and none of them is lost, that two
// verbs of one class give the same class features, a verb of another
// class others, and a trigger of the lexicon none (its root is in the
// trigger features).
func TestClassFeatures(t *testing.T) {
	extra := func(text string) []uint64 { return addedFeatures(t, text, WithPairClasses(true), "class") }
	// Classes in the embedded table, and no trigger of the lexicon:
	// defend and shield 07, sabotage 16.
	a, b, c := extra("Iran defended Israel on Monday."), extra("Iran shielded Israel on Monday."), extra("Iran sabotaged Israel on Monday.")
	if len(a) == 0 {
		t.Fatal("no class features for a verb of the table")
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("two verbs of one class: class features differ (-defended +shielded):\n%s", diff)
	}
	if cmp.Equal(a, c) {
		t.Error("two verbs of different classes: the same class features")
	}
	if got := extra("Iran rebuked Israel on Monday."); len(got) != 0 {
		t.Errorf("a trigger of the lexicon: %d class features, want none", len(got))
	}
}

// TestPairClassScope checks, on sentences of our own, that a sentence
// with no trigger of the lexicon is read by the model only when it has a
// word of a lexical class and the model says it was trained so (or the
// option says so).
func TestPairClassScope(t *testing.T) {
	classed := func(text string, opts ...Option) bool {
		t.Helper()
		x := NewExtractor(defaultLexiconT(t), append([]Option{WithModel(nil)}, opts...)...)
		cs := x.Candidates(tagged(t, text))
		if len(cs) == 0 {
			t.Fatalf("%q: no candidates", text)
		}
		return cs[0].Classed
	}
	const defended = "Iran defended Israel on Monday." // defend: 07, no trigger
	for _, tc := range []struct {
		name, text string
		opts       []Option
		want       bool
	}{
		{"a verb of a class", defended, []Option{WithPairClasses(true)}, true},
		{"no class features", defended, nil, false},
		{"no word of a class", "Iran and Israel are neighbours on the map.", []Option{WithPairClasses(true)}, false},
	} {
		if got := classed(tc.text, tc.opts...); got != tc.want {
			t.Errorf("%s: %q: Classed %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
	// A model taught the pair of the sentence as 07 (and the reverse as
	// NONE) reads it only in the class scope.
	doc := tagged(t, defended)
	var ex []pairs.Example
	for _, c := range NewExtractor(defaultLexiconT(t), WithModel(nil), WithPairClasses(true)).Candidates(doc) {
		e := pairs.Example{Keys: c.Features, Class: pairs.None}
		if c.Subject.Text == "Iran" && c.Object.Text == "Israel" {
			e.Class = int(ProvideAid)
		}
		ex = append(ex, e)
	}
	taught := pairs.Train(ex, pairs.TrainConfig{Epochs: 5})
	for _, tc := range []struct {
		name  string
		flags uint64
		opts  []Option
		want  []string
	}{
		{"trained with the class scope", pairs.PairClasses | pairs.ClassScope, nil, []string{"Iran 07 Israel"}},
		{"trained without it", pairs.PairClasses, nil, nil},
		{"the option turns it on", pairs.PairClasses, []Option{WithPairClassScope(true)}, []string{"Iran 07 Israel"}},
		{"the option turns it off", pairs.PairClasses | pairs.ClassScope, []Option{WithPairClassScope(false)}, nil},
	} {
		x := NewExtractor(defaultLexiconT(t), append([]Option{WithModel(&Model{m: taught.WithFlags(tc.flags)})}, tc.opts...)...)
		var got []string
		for _, r := range x.Extract(doc) {
			if r.Object != nil {
				got = append(got, r.Subject.Text+" "+r.CAMEO+" "+r.Object.Text)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: relations mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}
