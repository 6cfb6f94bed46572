package pipeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

func TestNew(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger")
	}
	const text = "Germany criticized Hungary over the vote."
	for _, tc := range []struct {
		name   string
		model  bool
		reason string
	}{
		{"rules", false, "the rules alone read a plain criticism"},
		{"model", true, "the default model keeps the rules' reading"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			traced := 0
			p, err := New(tc.model, relation.WithTrace(func(relation.TraceEvent) { traced++ }))
			if err != nil {
				t.Fatal(err)
			}
			if p.Lexicon == nil {
				t.Fatal("New returned no lexicon")
			}
			var got []string
			for _, r := range p.Extractor.Extract(p.Tagger.Tag(entity.Input{Text: text})) {
				obj := ""
				if r.Object != nil {
					obj = r.Object.Country
				}
				got = append(got, r.Subject.Country+"|"+r.Predicate.Code()+"|"+obj)
			}
			if diff := cmp.Diff([]string{"DEU|11|HUN"}, got); diff != "" {
				t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", tc.reason, text, diff)
			}
			if traced == 0 {
				t.Error("the option given to New was not applied: no trace event")
			}
		})
	}
}
