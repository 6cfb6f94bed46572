package relation

import (
	"strings"
	"sync"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/relation/internal/fresh"
)

var freshTagger = sync.OnceValues(func() (*entity.Tagger, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return entity.NewTagger(g), nil
})

// freshTaggerT returns the tagger of the embedded gazetteer for a test
// that runs the full tagger and the parser, skipping it under -short.
func freshTaggerT(t testing.TB) *entity.Tagger {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the full tagger and the parser")
	}
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// freshCasesT returns the fresh table (relation/internal/fresh/cases.yaml).
func freshCasesT(t testing.TB) []fresh.Case {
	t.Helper()
	cases, err := fresh.Cases()
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// toFresh converts relations to the fresh table's view of them. The
// command relation/internal/freshcheck has the same function: package fresh
// cannot hold it, since it would import relation, whose tests import fresh.
func toFresh(rs []Relation) []fresh.Rel {
	arg := func(a *Argument) *fresh.Arg {
		if a == nil {
			return nil
		}
		return &fresh.Arg{ID: a.ID, Country: a.Country, Name: a.Name, Text: a.Text, Person: a.Type == entity.Person}
	}
	out := make([]fresh.Rel, 0, len(rs))
	for _, r := range rs {
		f := fresh.Rel{Subject: *arg(&r.Subject), Object: arg(r.Object), CAMEO: r.CAMEO, Root: r.Predicate.Code(),
			Trigger: r.Trigger.Text, Negated: r.Negated, Modality: r.Modality.String()}
		if r.Date != (entity.Date{}) {
			f.Date = r.Date.String()
		}
		out = append(out, f)
	}
	return out
}

// TestFresh checks the cases of the fresh table marked must over the
// whole pipeline: the real tagger with the embedded gazetteer, and the
// default extractor (the rules alone for the cases the model reads
// otherwise, modelReadings). The other cases are a measurement, not a
// test: go run ./relation/internal/freshcheck prints their table.
func TestFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("fresh table runs the full tagger")
	}
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	x := defaultExtractor(t)
	for _, tc := range freshCasesT(t) {
		if !tc.Must {
			continue
		}
		doc := tg.Tag(entity.Input{Text: tc.Text})
		got := extractOn(caseExtractor(t, x, tc.Name), doc, entity.Date{Year: 2024, Month: 3, Day: 14})
		if res := fresh.Score(tc, toFresh(got)); len(res.Notes) > 0 {
			t.Errorf("%s: %q\n\t%s\n\t(%s)", tc.Name, tc.Text, strings.Join(res.Notes, "\n\t"), tc.Reason)
		}
	}
}
