package gold

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation"
)

func TestFoldAndSource(t *testing.T) {
	for _, tc := range []struct {
		name string
		id   string
		k    int
		want int
	}{
		{"no folds", "a", 1, 0},
		{"five folds", "doc-1", 5, Fold("doc-1", 5)},
	} {
		if got := Fold(tc.id, tc.k); got != tc.want || got < 0 || got >= max(tc.k, 1) {
			t.Errorf("%s: Fold(%q, %d) = %d, want %d", tc.name, tc.id, tc.k, got, tc.want)
		}
	}
	if got := Source("/x/split/relations_voa.tune.jsonl"); got != "split/relations_voa.tune" {
		t.Errorf("Source = %q", got)
	}
	for _, tc := range []struct {
		name string
		xs   []int
		want int
	}{
		{"none", nil, 0},
		{"classes", []int{3, 0, 4}, 7},
	} {
		if got := Sum(tc.xs); got != tc.want {
			t.Errorf("%s: Sum(%v) = %d, want %d", tc.name, tc.xs, got, tc.want)
		}
	}
}

func TestCounts(t *testing.T) {
	id := "KEN"
	d := Doc{Text: "Kenya met Uganda.", Relations: []Rel{
		{Sentence: "Kenya met Uganda.", Subject: &Arg{Name: "Kenya", ID: &id}, Object: &Arg{Name: "Uganda"}, CAMEO: "04", Coref: true},
		{Sentence: "Kenya met Uganda.", Subject: &Arg{Name: "Uganda"}, Object: &Arg{Name: "Kenya"}, CAMEO: "19"},
	}}
	rs := []relation.Relation{
		{Subject: relation.Argument{Text: "Kenya", ID: "KEN"}, Object: &relation.Argument{Text: "Uganda"}, CAMEO: "04", Sentence: relation.Span{Start: 0, End: 17}},
		{Subject: relation.Argument{Text: "Kenya", ID: "KEN"}, Object: &relation.Argument{Text: "Uganda"}, CAMEO: "05", Sentence: relation.Span{Start: 0, End: 17}},
	}
	var c Counts
	c.Add(d, rs)
	if diff := cmp.Diff(Counts{TP: 1, Pred: 2, Gold: 2, CorefTP: 1, Coref: 1}, c); diff != "" {
		t.Errorf("Counts (-want +got):\n%s", diff)
	}
	if got := c.String(); got != "0.500/0.500/0.500" {
		t.Errorf("String() = %q", got)
	}
}

func TestWriteFoldTexts(t *testing.T) {
	dir := t.TempDir()
	err := WriteFoldTexts(dir, 2, []FoldText{{"split/a", []byte(`{"id":"1"}`)}, {"b/c", []byte(`{"id":"2"}`)}, {"split/a", []byte(`{"id":"3"}`)}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "fold2.split_a.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("{\"id\":\"1\"}\n{\"id\":\"3\"}\n", string(got)); diff != "" {
		t.Errorf("fold2.split_a.jsonl (-want +got):\n%s", diff)
	}
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []float64
		wantErr  bool
	}{
		{"list", "0, 1,2.5", []float64{0, 1, 2.5}, false},
		{"empty items skipped", ",4,,", []float64{4}, false},
		{"empty", "", nil, false},
		{"not a number", "1,x", nil, true},
	} {
		got, err := Numbers(tc.in)
		if (err != nil) != tc.wantErr {
			t.Errorf("%s: Numbers(%q) error = %v, want error %v", tc.name, tc.in, err, tc.wantErr)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Numbers(%q) mismatch (-want +got):\n%s", tc.name, tc.in, diff)
		}
	}
}
