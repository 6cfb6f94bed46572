package relation

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/modelio"
	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// rootTraining are our own sentences with the root a toy root model is
// taught for the rules' relation of each: shelling a town is taught as an
// assault (18), fighting between forces as the rules' fight (19).
var rootTraining = []struct {
	text  string
	class int
}{
	{"Russian forces shelled the Ukrainian town of Kharkiv on Monday.", 18},
	{"Russian forces bombed the Ukrainian city of Odesa.", 18},
	{"Ukrainian troops fought Russian forces near Bakhmut on Tuesday.", 19},
	{"Ukrainian troops clashed with Russian forces in the east.", 19},
	{"Kenya and Uganda signed a trade agreement on Monday.", 5},
}

// toyRootModel trains a root model on rootTraining with the features the
// extractor builds (RootCandidates), as roottrain does.
func toyRootModel(t testing.TB) *RootModel {
	t.Helper()
	x := NewExtractor(defaultLexiconT(t), WithModel(nil))
	var ex []pairs.Example
	for _, tc := range rootTraining {
		cs := x.RootCandidates(tagged(t, tc.text))
		if len(cs) != 1 {
			t.Fatalf("RootCandidates(%q): %d relations, want 1", tc.text, len(cs))
		}
		ex = append(ex, pairs.Example{Keys: cs[0].Features, Class: tc.class})
	}
	m := pairs.Train(ex, pairs.TrainConfig{Epochs: 5, Seed: 1})
	return &RootModel{m: m.WithFlags(pairs.Roots)}
}

// rootBrief lists relations as "subject CODE object".
func rootBrief(rs []Relation) []string {
	out := []string{}
	for _, r := range rs {
		o := "-"
		if r.Object != nil {
			o = r.Object.Text
		}
		out = append(out, fmt.Sprintf("%s %s %s", r.Subject.Text, r.CAMEO, o))
	}
	return out
}

func TestRootModelRelabels(t *testing.T) {
	m := toyRootModel(t)
	lex := defaultLexiconT(t)
	for _, tc := range []struct {
		name, text       string
		without, relabel []string
	}{
		{"a town shelled: taught as an assault", "Russian forces shelled the Ukrainian town of Kharkiv on Monday.",
			[]string{"Russian 19 Kharkiv"}, []string{"Russian 18 Kharkiv"}},
		{"a city shelled, unseen: the object is a place, as taught", "Russian artillery shelled the city of Zaporizhzhia.",
			[]string{"Russian 19 Zaporizhzhia"}, []string{"Russian 18 Zaporizhzhia"}},
		{"forces fighting forces: the rules' root is kept", "Ukrainian troops fought Russian forces near Bakhmut on Tuesday.",
			[]string{"Ukrainian 19 Russian"}, []string{"Ukrainian 19 Russian"}},
		{"an agreement, unseen: the rules' root is kept", "Ghana and Togo signed a border agreement.",
			[]string{"Ghana 05 Togo"}, []string{"Ghana 05 Togo"}},
	} {
		doc := tagged(t, tc.text)
		without := NewExtractor(lex, WithModel(nil)).Extract(doc)
		with := NewExtractor(lex, WithModel(nil), WithRootModel(m)).Extract(doc)
		if diff := cmp.Diff(tc.without, rootBrief(without)); diff != "" {
			t.Errorf("%s: rules alone (-want +got):\n%s", tc.name, diff)
		}
		if diff := cmp.Diff(tc.relabel, rootBrief(with)); diff != "" {
			t.Errorf("%s: with the root model (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestRootModelTrace checks that the trace says which root the model gave.
func TestRootModelTrace(t *testing.T) {
	var lines []string
	x := NewExtractor(defaultLexiconT(t), WithModel(nil), WithRootModel(toyRootModel(t)),
		WithTrace(func(e TraceEvent) { lines = append(lines, e.String()) }))
	x.Extract(tagged(t, "Russian forces shelled the Ukrainian town of Kharkiv on Monday."))
	want := `"shelled" shell [19] data/19-fight.yaml`
	if len(lines) != 1 || !strings.HasPrefix(lines[0], want) || !strings.HasSuffix(lines[0], ": emitted 1, root changed to [18] by the root model") {
		t.Errorf("trace = %q, want one line %s...: emitted 1, root changed to [18] by the root model", lines, want)
	}
}

func TestRootModelRoundTrip(t *testing.T) {
	m := toyRootModel(t)
	data, err := m.m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := LoadRootModel(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(defaultLexiconT(t), WithModel(nil))
	for _, tc := range rootTraining {
		for _, c := range x.RootCandidates(tagged(t, tc.text)) {
			var a, b [pairs.Classes]float32
			m.m.Scores(c.Features, &a)
			got.m.Scores(c.Features, &b)
			if a != b {
				t.Errorf("%q: decoded model scores %v, trained %v", tc.text, b, a)
			}
		}
	}
	if s := got.String(); !strings.HasPrefix(s, "root pairs model: ") {
		t.Errorf("String() = %q", s)
	}
	if s := (*RootModel)(nil).String(); s != "no root model" {
		t.Errorf("nil String() = %q", s)
	}
}

func TestLoadRootModelErrors(t *testing.T) {
	relationModel, err := pairs.Train(nil, pairs.TrainConfig{}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	truncated, err := toyRootModel(t).m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := modelio.Inflate(truncated)
	if err != nil {
		t.Fatal(err)
	}
	truncated, err = modelio.Deflate(raw[:len(raw)-3])
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"not compressed", []byte("hello"), "relation: root pairs: model:"},
		{"a relation model", relationModel, "relation: not a root model"},
		{"truncated", truncated, "relation: root pairs: model byte"},
	} {
		_, err := LoadRootModel(bytes.NewReader(tc.data))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q...", tc.name, err, tc.want)
		}
	}
}

// TestLoadModelRejectsRootModel: a root model given as the relation
// model (-relation-model with roottrain's file) is an error, not a model
// whose root classes are read as relations of pairs.
func TestLoadModelRejectsRootModel(t *testing.T) {
	data, err := toyRootModel(t).m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LoadModel(bytes.NewReader(data)); err == nil || !strings.HasPrefix(err.Error(), "relation: not a relation model") {
		t.Errorf("LoadModel(a root model) error = %v, want relation: not a relation model...", err)
	}
}

func FuzzLoadRootModel(f *testing.F) {
	good, err := pairs.Train([]pairs.Example{{Keys: []uint64{1, 2}, Class: 18}, {Keys: []uint64{3}, Class: 19}},
		pairs.TrainConfig{Epochs: 2}).WithFlags(pairs.Roots).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte("geoextract pairs 2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := LoadRootModel(bytes.NewReader(data))
		if err == nil && (m == nil || m.m.Flags()&pairs.Roots == 0) {
			t.Fatalf("accepted a model without the roots flag")
		}
	})
}

// TestRootModelConcurrent shares one extractor with a root model between
// goroutines; run with -race. Each must see the serial run's relations.
func TestRootModelConcurrent(t *testing.T) {
	x := NewExtractor(defaultLexiconT(t), WithModel(nil), WithRootModel(toyRootModel(t)))
	var docs []string
	var want [][]string
	for _, tc := range rootTraining {
		docs = append(docs, tc.text)
		want = append(want, rootBrief(x.Extract(tagged(t, tc.text))))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(docs))
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k, d := range docs {
				if diff := cmp.Diff(want[k], rootBrief(x.Extract(tagged(t, d)))); diff != "" {
					errs <- d + ": " + diff
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
