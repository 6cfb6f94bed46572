package relation

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestPluralDescriptions runs our own sentences with plural descriptions
// ("the two presidents", "both leaders", "the two countries") through the
// real pipeline: a symmetric trigger pairs the actors they resolve to, an
// asymmetric one takes them as a coordinated argument, and a description
// with too few actors before it gives no relation of its own.
func TestPluralDescriptions(t *testing.T) {
	tg := freshTaggerT(t)
	x := defaultExtractor(t)
	tests := []struct {
		name, text string
		want       []phrasingRel
	}{
		{"two-presidents-met",
			"Venezuelan President Nicolas Maduro welcomed Brazilian President Luiz Inacio Lula da Silva on Sunday. The two presidents met Monday in Caracas.",
			rels(rel("person/nicolas-maduro", DiplomaticCooperation, "person/luiz-inacio-lula-da-silva").on("2022-06-12"),
				rel("person/nicolas-maduro", Consult, "person/luiz-inacio-lula-da-silva").on("2022-06-13"))},
		{"both-leaders-signed",
			"Venezuelan President Nicolas Maduro welcomed Brazilian President Luiz Inacio Lula da Silva on Sunday. Both leaders criticized Guyana.",
			rels(rel("person/nicolas-maduro", DiplomaticCooperation, "person/luiz-inacio-lula-da-silva").on("2022-06-12"),
				rel("person/nicolas-maduro", Disapprove, "GUY"), rel("person/luiz-inacio-lula-da-silva", Disapprove, "GUY"))},
		{"two-countries-met",
			"Peru criticized Chile on Sunday. The two countries held talks in Lima.",
			rels(rel("PER", Disapprove, "CHL").on("2022-06-12"), rel("PER", Consult, "CHL"))},
		{"one-president-unresolved",
			"Venezuelan President Nicolas Maduro arrived in Brasilia on Sunday. The two presidents met Monday.",
			rels(rel("person/nicolas-maduro", Consult, "BRA").on("2022-06-12"))},
		{"no-determiner-unresolved",
			"Venezuelan President Nicolas Maduro welcomed Brazilian President Luiz Inacio Lula da Silva on Sunday. Two presidents met Monday.",
			rels(rel("person/nicolas-maduro", DiplomaticCooperation, "person/luiz-inacio-lula-da-silva").on("2022-06-12"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []phrasingRel
			doc := tg.Tag(entity.Input{Text: tc.text, Date: entity.Date{Year: 2022, Month: 6, Day: 13}})
			for _, r := range x.Extract(doc) {
				got = append(got, projectRelation(r))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
