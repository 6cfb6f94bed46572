package relation

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestBodyArguments runs our own texts through the real tagger and
// extractor: an institution written with a nationality, a country or a
// capital is its country ("Kenyan police", "a Kabul court"), and a bare
// body noun after the text named the body ("embassy officials", "council
// members") is that body or its country. With no body named before, or
// a nationality of no single country, it gives no relation.
func TestBodyArguments(t *testing.T) {
	tg := freshTaggerT(t)
	x := defaultExtractor(t)
	tests := []struct {
		name, text string
		want       []corefRel
	}{
		{"nationality-police",
			"Kenyan police arrested two Somali men on Monday.",
			[]corefRel{{"KEN", "Kenyan", Coerce, "SOM", "Somali"}}},
		{"capital-court",
			"A Kabul court sentenced an Italian journalist on Monday.",
			[]corefRel{{"AFG", "Kabul", Coerce, "ITA", "Italian"}}},
		{"nationality-state-television",
			"Iranian state television criticized Britain on Monday.",
			[]corefRel{{"IRN", "Iranian", Disapprove, "GBR", "Britain"}}},
		{"nationality-newspaper",
			"A Russian newspaper accused Georgia of provocations.",
			[]corefRel{{"RUS", "Russian", Disapprove, "GEO", "Georgia"}}},
		{"nationality-council",
			"The Iraqi council condemned Turkey on Monday.",
			[]corefRel{{"IRQ", "Iraqi", Disapprove, "TUR", "Turkey"}}},
		{"embassy-officials-after-embassy",
			"The U.S. embassy in Moscow issued a warning on Monday. Embassy officials later criticized Belarus.",
			[]corefRel{{"USA", "Embassy officials", Disapprove, "BLR", "Belarus"}}},
		{"council-members-object",
			"Kofi Annan briefed the UN Security Council on Sudan. Mr. Annan met with council members on Monday.",
			[]corefRel{{"person/kofi-annan", "Annan", Consult, "org/unsc", "council members"}}},
		{"government-seated-in-a-capital",
			"The Chinese government criticized Washington. The government in Khartoum rejected the UN plan.",
			[]corefRel{{"CHN", "Chinese", Disapprove, "USA", "Washington"}, {"SDN", "The government", Reject, "org/un", "UN"}}},
		{"repeated-group-object",
			"Pakistan will free 700 Indian fishermen. Officials in Islamabad said Pakistan released the fishermen on Monday.",
			[]corefRel{{"PAK", "Pakistan", Yield, "IND", "Indian"}, {"PAK", "Pakistan", Yield, "IND", "the fishermen"}}},
		{"generic-officials-no-relation",
			"Embassy officials criticized Belarus on Monday.",
			nil},
		{"western-embassies-no-relation",
			"The U.S. embassy issued a warning. Western embassies criticized Belarus on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text, Date: entity.Date{Year: 2006, Month: 6, Day: 13}})
			if diff := cmp.Diff(tc.want, corefRelsOf(x.Extract(doc))); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
