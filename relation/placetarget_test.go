package relation

import "testing"

// TestVisitPlaceBelowState: a visit, trip or arrival (target: state in
// the lexicon) has its place as its party only when the place stands for
// a state: a country, a governed region or a capital. A town, a
// province or a site is where the visit goes; no one is met there (the
// guideline: places used only as locations are no actors). A person or
// organization visited stays the party, and so does a meeting held in
// the town.
func TestVisitPlaceBelowState(t *testing.T) {
	runDatedCases(t, []datedCase{
		// Dropped: the place visited is below a state.
		{"toured-city", "The French president toured Da Nang on Friday.", nil},
		{"visit-to-city-noun", "The UN envoy's visit to Aden ended on Monday.", nil},
		{"travelled-to-city", "Sudan's president travelled to Johannesburg for a summit.", nil},
		{"visits-to-city-port", "Chinese research ships made regular visits to Hambantota port.", nil},
		// Kept: a country, a capital standing for its government, an
		// organization visited, a meeting held in a town.
		{"visited-country", "The French president visited Vietnam on Friday.",
			rels(rel("person/emmanuel-macron", Consult, "VNM").on("2022-06-10"))},
		{"arrived-in-capital", "The Iranian foreign minister arrived in Beijing on Monday.",
			rels(rel("person/hossein-amir-abdollahian", Consult, "CHN").on("2022-06-13"))},
		{"visit-to-country-noun", "The UN envoy's visit to Yemen ended on Monday.",
			rels(rel("org/un", Consult, "YEM").on("2022-06-13"))},
		{"visited-country-and-city", "The French president toured Da Nang and visited Hanoi.",
			rels(rel("person/emmanuel-macron", Consult, "VNM"))},
		{"met-in-city", "The French president met Vietnam's prime minister in Da Nang.",
			rels(rel("person/emmanuel-macron", Consult, "VNM"))},
	})
}
