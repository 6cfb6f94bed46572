package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/relation"
	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// defaults is the configuration of the command line with no flag.
func defaults() config {
	return config{epochs: []float64{10}, margins: []float64{0, 1, 2, 4, 8, 16}, fracs: []float64{1}, folds: 5,
		prune: 0.02, noneCost: 1, minCount: 1, seed: 1, bag: 1}
}

func TestParseFlags(t *testing.T) {
	many := defaults()
	many.epochs, many.margins, many.fracs = []float64{3, 5}, []float64{8}, []float64{0.5, 1}
	many.out, many.folds, many.scopeAll = "m.model", 0, true
	seeds := defaults()
	seeds.seeds, seeds.dump = []uint64{1, 3, 5}, "d.jsonl"
	bagged := defaults()
	bagged.bag = 3
	tests := []struct {
		name      string
		args      []string
		want      config
		wantPaths []string
		wantErr   error
		reason    string
	}{
		{"defaults", []string{"a.jsonl"}, defaults(), []string{"a.jsonl"}, nil, "no flag gives the documented defaults"},
		{"lists and switches", []string{"-epochs", "3, 5", "-margins", "8", "-fracs", "0.5,1", "-o", "m.model", "-folds", "0",
			"-scope", "all", "a.jsonl", "b.jsonl"}, many, []string{"a.jsonl", "b.jsonl"}, nil,
			"comma-separated lists are numbers, spaces trimmed; every gold file is kept in order"},
		{"bagged", []string{"-bag", "3", "a.jsonl"}, bagged, []string{"a.jsonl"}, nil, "-bag sets the multiclass learner's number of models"},
		{"unknown scope", []string{"-scope", "All", "a.jsonl"}, config{}, nil, errUsage, "a misspelt scope would train on the trigger scope"},
		{"removed class scope", []string{"-scope", "class", "a.jsonl"}, config{}, nil, errUsage, "the class scope was removed"},
		{"seeds and dump", []string{"-seeds", "1,3, 5", "-dump", "d.jsonl", "a.jsonl"}, seeds, []string{"a.jsonl"}, nil,
			"-seeds is a list of seeds"},
		{"seeds without folds", []string{"-folds", "0", "-seeds", "1,3", "a.jsonl"}, config{}, nil, errUsage, "the seeds are those of the cross-validation"},
		{"dump without folds", []string{"-folds", "1", "-dump", "d.jsonl", "a.jsonl"}, config{}, nil, errUsage, "no cross-validation writes no decisions"},
		{"bad seeds", []string{"-seeds", "one", "a.jsonl"}, config{}, nil, errUsage, "a seed that is no number"},
		{"no gold file", nil, config{}, nil, errUsage, "a training needs texts"},
		{"bad epochs", []string{"-epochs", "ten", "a.jsonl"}, config{}, nil, errUsage, "a list item that is no number"},
		{"no epochs", []string{"-epochs", ",", "a.jsonl"}, config{}, nil, errUsage, "the first number of epochs trains the model"},
		{"help", []string{"-h"}, config{}, nil, flag.ErrHelp, "-h is no failure"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			got, paths, err := parseFlags(tc.args, &stderr)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("%s: parseFlags(%q) error %v, want %v", tc.reason, tc.args, err, tc.wantErr)
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(config{})); diff != "" {
				t.Errorf("%s: parseFlags(%q) config mismatch (-want +got):\n%s", tc.reason, tc.args, diff)
			}
			if diff := cmp.Diff(tc.wantPaths, paths); diff != "" {
				t.Errorf("%s: parseFlags(%q) paths mismatch (-want +got):\n%s", tc.reason, tc.args, diff)
			}
			if (err != nil) != (stderr.Len() > 0) {
				t.Errorf("%s: parseFlags(%q) error %v but wrote %q to stderr", tc.reason, tc.args, err, stderr.String())
			}
		})
	}
}

func TestInFraction(t *testing.T) {
	ids := []string{"a", "b", "c", "doc-1", "doc-2", "voa-17", "news-3", "x"}
	count := func(frac float64) int {
		n := 0
		for _, id := range ids {
			if inFraction(id, frac) {
				n++
			}
		}
		return n
	}
	for _, tc := range []struct {
		name string
		frac float64
		want int
	}{
		{"none", 0, 0},
		{"all", 1, len(ids)},
		{"more than all", 2, len(ids)},
	} {
		if got := count(tc.frac); got != tc.want {
			t.Errorf("%s: %d of %d texts in fraction %v, want %d", tc.name, got, len(ids), tc.frac, tc.want)
		}
	}
	// The learning curve's fractions are nested: a text of a fraction is
	// in every larger one.
	for _, id := range ids {
		for _, f := range []float64{0.1, 0.25, 0.5, 0.75} {
			if inFraction(id, f) && !inFraction(id, f+0.1) {
				t.Errorf("%q is in fraction %v but not in %v", id, f, f+0.1)
			}
		}
	}
}

// texts returns two texts in folds 0 and 1: a NONE pair with a cue, a
// pair of root 11 whose second cue is right, a pair the rules relate
// (not trained on), a symmetric reverse and a pair out of
// scope.
func texts() []*text {
	c := func(ruled bool, key uint64, cues ...relation.Predicate) relation.Candidate {
		return relation.Candidate{Ruled: ruled, Features: []uint64{key}, Cues: cues}
	}
	return []*text{{
		doc:    gold.Doc{ID: "t0", Relations: make([]gold.Rel, 2)},
		cands:  []relation.Candidate{c(false, 1, relation.Consult), c(false, 2, relation.Consult, relation.Disapprove), c(true, 3)},
		labels: []int{pairs.None, int(relation.Disapprove), int(relation.Consult)},
		fold:   0,
	}, {
		doc:    gold.Doc{ID: "t1", Relations: make([]gold.Rel, 1)},
		cands:  []relation.Candidate{c(false, 4), c(true, 5), c(false, 6)},
		labels: []int{-1, -1, outOfScope},
		fold:   1,
	}}
}

func TestCensus(t *testing.T) {
	got := census(texts())
	want := counts{gold: 3, byClass: make([]int, pairs.Classes), ruled: 1, reverses: 1, outOfScope: 1,
		withCue: 1, cueFirst: 0, cueRight: 1, noneCue: 1}
	want.byClass[pairs.None] = 1
	want.byClass[relation.Disapprove] = 1
	want.byClass[relation.Consult] = 1
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(counts{})); diff != "" {
		t.Errorf("census mismatch (-want +got):\n%s", diff)
	}
}

func TestExamples(t *testing.T) {
	ex := func(key uint64, class int) pairs.Example {
		return pairs.Example{Keys: []uint64{key}, Class: class}
	}
	for _, tc := range []struct {
		name   string
		fold   int
		frac   float64
		want   []pairs.Example
		reason string
	}{
		{"all texts", -1, 1, []pairs.Example{ex(1, pairs.None), ex(2, int(relation.Disapprove))},
			"the labelled pairs the rules leave unrelated"},
		{"outside fold 0", 0, 1, nil, "fold 1 has no labelled pair"},
		{"outside fold 1", 1, 1, []pairs.Example{ex(1, pairs.None), ex(2, int(relation.Disapprove))}, "fold 0's pairs"},
		{"no fraction", -1, 0, nil, "a fraction of zero texts"},
	} {
		got := examples(texts(), tc.fold, tc.frac)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %s: examples mismatch (-want +got):\n%s", tc.name, tc.reason, diff)
		}
	}
}

func TestRelKey(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    relation.Argument
		want string
	}{
		{"id first", relation.Argument{ID: "DEU", Name: "Germany", Text: "Berlin"}, "id:DEU"},
		{"then the name, folded", relation.Argument{Name: "Olaf Scholz", Text: "Scholz"}, "name:olaf scholz"},
		{"then the text, folded", relation.Argument{Text: "The Rebels"}, "text:the rebels"},
	} {
		if got := relKey(tc.a); got != tc.want {
			t.Errorf("%s: relKey(%+v) = %q, want %q", tc.name, tc.a, got, tc.want)
		}
	}
}

// TestTrain trains a tiny model on testdata/gold.jsonl (our own texts)
// with the embedded model's learner (-bag, -margin), cross-validating on
// two folds first, and checks that the model written loads with
// relation.LoadModel, with its margin, and that a second training writes
// the same bytes.
func TestTrain(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger")
	}
	goldFile := filepath.Join("..", "..", "..", "testdata", "gold.jsonl")
	train := func(out string) (string, []byte) {
		cfg, paths, err := parseFlags([]string{"-o", out, "-epochs", "2", "-margins", "0,1", "-folds", "2", "-bag", "3", "-margin", "1", goldFile}, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		var w strings.Builder
		if err := run(paths, cfg, &w); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return w.String(), data
	}
	dir := t.TempDir()
	out1, data1 := train(filepath.Join(dir, "a.model"))
	m, err := relation.LoadModel(bytes.NewReader(data1))
	if err != nil {
		t.Fatalf("LoadModel of the model written: %v", err)
	}
	if !strings.Contains(out1, "\nwrote "+filepath.Join(dir, "a.model")+": "+m.String()+", ") {
		t.Errorf("the report names no model like the one loaded (%v):\n%s", m, out1)
	}
	if !strings.HasSuffix(m.String(), "margin 1") {
		t.Errorf("the model written is %q, want margin 1", m)
	}
	for _, want := range []string{"5 texts, ", "by root:", "margin", "F1 gain"} {
		if !strings.Contains(out1, want) {
			t.Errorf("the report lacks %q:\n%s", want, out1)
		}
	}
	out2, data2 := train(filepath.Join(dir, "b.model"))
	if !bytes.Equal(data1, data2) {
		t.Error("two trainings on the same texts wrote different models")
	}
	if diff := cmp.Diff(out1, strings.ReplaceAll(out2, "b.model", "a.model")); diff != "" {
		t.Errorf("two trainings reported differently (-first +second):\n%s", diff)
	}
}

// TestTrainSeeds trains on two seeds, dumping the decisions, and checks
// that each seed is cross-validated, that the model written loads and
// that the dump is JSONL.
func TestTrainSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger")
	}
	dir := t.TempDir()
	out, dump := filepath.Join(dir, "s.model"), filepath.Join(dir, "d.jsonl")
	cfg, paths, err := parseFlags([]string{"-seeds", "1,2", "-dump", dump, "-o", out, "-epochs", "2", "-margins", "0", "-folds", "2",
		filepath.Join("..", "..", "..", "testdata", "gold.jsonl")}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var w strings.Builder
	if err := run(paths, cfg, &w); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\nseed 1\n", "\nseed 2\n"} {
		if !strings.Contains(w.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, w.String())
		}
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pairs.Decode(data); err != nil {
		t.Fatal(err)
	}
	lines, err := os.ReadFile(dump)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(strings.TrimSpace(string(lines)), "\n") {
		var r dumpRecord
		if l != "" && json.Unmarshal([]byte(l), &r) != nil {
			t.Errorf("dump line %d is no record: %q", i+1, l)
		}
	}
}
