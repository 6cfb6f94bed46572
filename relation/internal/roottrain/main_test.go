package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/relation"
)

// TestLabel checks the training label of a rules' relation: its own root
// when a gold relation of its sentence gives the pair that root, else the
// first other gold root of the pair (either direction for a symmetric
// root), else -1. Our own sentences.
func TestLabel(t *testing.T) {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if !lex.SymmetricRoot(relation.Consult) {
		t.Fatal("the default lexicon's CONSULT is not symmetric: the symmetric case needs another root")
	}
	const text = "Peru criticized Chile. Peru met Chile."
	s1, s2 := "Peru criticized Chile.", "Peru met Chile."
	id := func(s string) *string { return &s }
	arg := func(name, code string) *gold.Arg { return &gold.Arg{Name: name, ID: id(code)} }
	rel := func(s string, subj, obj *gold.Arg, cameo string) gold.Rel {
		return gold.Rel{Sentence: s, Subject: subj, Object: obj, CAMEO: cameo}
	}
	peru := relation.Argument{Start: 0, End: 4, Text: "Peru", ID: "PER", Country: "PER"}
	chile := relation.Argument{Start: 16, End: 21, Text: "Chile", ID: "CHL", Country: "CHL"}
	inS1 := relation.Span{Start: 0, End: len(s1), Text: s1}
	tests := []struct {
		name string
		gold []gold.Rel
		r    relation.Relation
		want int
	}{{
		name: "the rules' root confirmed",
		gold: []gold.Rel{rel(s1, arg("Peru", "PER"), arg("Chile", "CHL"), "111")},
		r:    relation.Relation{Subject: peru, Object: &chile, Predicate: relation.Disapprove, CAMEO: "11", Sentence: inS1},
		want: int(relation.Disapprove),
	}, {
		name: "another root of the pair",
		gold: []gold.Rel{rel(s1, arg("Peru", "PER"), arg("Chile", "CHL"), "112")},
		r:    relation.Relation{Subject: peru, Object: &chile, Predicate: relation.Consult, CAMEO: "04", Sentence: inS1},
		want: 11,
	}, {
		name: "a symmetric root relates the pair both ways",
		gold: []gold.Rel{rel(s1, arg("Chile", "CHL"), arg("Peru", "PER"), "040")},
		r:    relation.Relation{Subject: peru, Object: &chile, Predicate: relation.Disapprove, CAMEO: "11", Sentence: inS1},
		want: int(relation.Consult),
	}, {
		name: "a gold relation of another sentence does not count",
		gold: []gold.Rel{rel(s2, arg("Peru", "PER"), arg("Chile", "CHL"), "040")},
		r:    relation.Relation{Subject: peru, Object: &chile, Predicate: relation.Disapprove, CAMEO: "11", Sentence: inS1},
		want: -1,
	}, {
		name: "no gold relation of the pair",
		gold: []gold.Rel{rel(s1, arg("Chile", "CHL"), arg("Peru", "PER"), "111")},
		r:    relation.Relation{Subject: peru, Object: &chile, Predicate: relation.Disapprove, CAMEO: "11", Sentence: inS1},
		want: -1,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := gold.Doc{ID: "d", Text: text, Relations: tc.gold}
			if got := label(d, tc.r, lex); got != tc.want {
				t.Errorf("label = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestHalves checks the pooled columns of a source with and without
// -half-b.
func TestHalves(t *testing.T) {
	for _, tc := range []struct {
		name   string
		halfB  []string
		source string
		want   []string
	}{
		{"no halves", nil, "split/relations_voa.tune", []string{"all"}},
		{"half B by prefix", []string{"freshgold5/"}, "freshgold5/all", []string{"B", "all"}},
		{"half A otherwise", []string{"freshgold5/"}, "freshgold3/all", []string{"A", "all"}},
	} {
		if diff := cmp.Diff(tc.want, config{halfB: tc.halfB}.halves(tc.source)); diff != "" {
			t.Errorf("%s: halves(%q) mismatch (-want +got):\n%s", tc.name, tc.source, diff)
		}
	}
}
