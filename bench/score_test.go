package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the United States", "united states"},
		{"Belarus's", "belarus"},
		{"Tomasz Wróbel", "tomasz wrobel"},
		{"  \"Côte  d\u2019Ivoire\" ", "cote d'ivoire"},
		{"The Kremlin's", "kremlin"},
	} {
		if got := normName(tc.in); got != tc.want {
			t.Errorf("normName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestArgMatches(t *testing.T) {
	kgz := "KGZ"
	persons := map[string]bool{"almaz tokoev": true}
	tokoev := &goldArg{Name: "Almaz Tokoev", ID: &kgz, Mentions: []string{"Kyrgyz President Almaz Tokoev"}}
	un := &goldArg{Name: "United Nations", Mentions: []string{"the UN"}}
	for _, tc := range []struct {
		name string
		p    *predArg
		g    *goldArg
		want bool
	}{
		{"both absent", nil, nil, true},
		{"one absent", &predArg{Text: "Japan"}, nil, false},
		{"by country", &predArg{Text: "Bishkek", ID: "city/bishkek", Country: "KGZ"}, tokoev, true},
		{"by last name", &predArg{Text: "Tokoev"}, &goldArg{Name: "Almaz Tokoev", Mentions: []string{"Almaz Tokoev"}}, true},
		{"by mention", &predArg{Text: "UN"}, un, true},
		{"different ids", &predArg{Text: "UNICEF", ID: "org/unicef"}, &goldArg{Name: "United Nations", ID: &kgz}, false},
		{"no last-name match for non-persons", &predArg{Text: "Nations"}, un, false},
	} {
		if got := argMatches(tc.p, tc.g, persons); got != tc.want {
			t.Errorf("%s: argMatches = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestScore(t *testing.T) {
	text := "Japan met Chad in Paris. Chad thanked Japan."
	d := goldDoc{
		Text: text,
		Entities: []span{
			{0, 5, "Japan", "GPE"}, {10, 14, "Chad", "GPE"}, {18, 23, "Paris", "GPE"},
			{25, 29, "Chad", "GPE"}, {38, 43, "Japan", "GPE"},
		},
		Ignore: []span{{30, 37, "thanked", "MISC"}},
		Relations: []goldRelation{{
			Sentence: "Japan met Chad in Paris.",
			Subject:  goldArg{Name: "Japan", Mentions: []string{"Japan"}},
			CAMEO:    "04", Predicate: "CONSULT",
			Object: &goldArg{Name: "Chad", Mentions: []string{"Chad"}},
		}},
	}
	pred := []span{
		{0, 5, "Japan", "GPE"},     // right
		{10, 14, "Chad", "LOC"},    // right span, GPE=LOC only
		{18, 23, "Paris", "GPE"},   // right
		{30, 37, "thanked", "ORG"}, // on an ignore span: dropped
		{38, 43, "Japan", "ORG"},   // wrong type
	}
	got := map[string]counts{}
	for _, v := range entityViews {
		got[v.Name] = scoreEntities(v, d, pred)
	}
	want := map[string]counts{
		"entities, strict (span+type)":  {TP: 2, Pred: 4, Gold: 5},
		"entities, exact span, GPE=LOC": {TP: 3, Pred: 4, Gold: 5},
		"GPE+LOC, exact span":           {TP: 3, Pred: 3, Gold: 5},
		"PERSON, exact span":            {TP: 0, Pred: 0, Gold: 0},
		"ORG, exact span":               {TP: 0, Pred: 0, Gold: 0}, // "Japan" is GPE gold: ignored here
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entity scores (-want +got):\n%s", diff)
	}

	rels := []predRelation{
		{SentStart: 0, SentEnd: 24, CAMEO: "042", Predicate: "CONSULT", Subject: predArg{Text: "Japan"}, Object: &predArg{Text: "Chad"}},
		{SentStart: 0, SentEnd: 24, CAMEO: "04", Predicate: "CONSULT", Subject: predArg{Text: "Japan"}, Object: &predArg{Text: "Chad"}}, // gold used up
		{SentStart: 25, SentEnd: 44, CAMEO: "05", Subject: predArg{Text: "Chad"}, Object: &predArg{Text: "Japan"}},
	}
	if diff := cmp.Diff(counts{TP: 1, Pred: 3, Gold: 1}, scoreRelations(d, rels)); diff != "" {
		t.Errorf("relation scores (-want +got):\n%s", diff)
	}
}

func TestAlign(t *testing.T) {
	text := "Lee Jong-sup met Lee Jong-sup's aide in Seoul."
	for _, tc := range []struct {
		entity     string
		from       int
		start, end int
		ok         bool
	}{
		{"Lee Jong - sup", 0, 0, 12, true},
		{"Lee Jong-sup", 1, 17, 29, true},
		{"Seoul", 0, 40, 45, true},
		{"Seoul", 46, 40, 45, true}, // falls back to the start
		{"Tokyo", 0, 0, 0, false},
	} {
		s, e, ok := align(text, tc.entity, tc.from)
		if s != tc.start || e != tc.end || ok != tc.ok {
			t.Errorf("align(%q, %d) = %d, %d, %v; want %d, %d, %v", tc.entity, tc.from, s, e, ok, tc.start, tc.end, tc.ok)
		}
	}
}
