package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestMilitaryOfArmedCountry resolves "the military", "the army" (a
// state's armed body of class organization_nouns, with no body of that
// name written before) to the country that marked the closest armed men
// or arms before it ("Turkish warplanes", "Colombian troops"). Our own
// sentences, with the cases whose right answer is "unresolved".
func TestMilitaryOfArmedCountry(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, phrase string
		want             []gotRef
		reason           string
	}{{
		name:   "warplanes-same-sentence",
		in:     "Turkish warplanes bombed rebel targets in northern Iraq on Sunday, the military said.",
		phrase: "the military",
		want:   []gotRef{{"the military", "description", "TUR"}},
		reason: "a nationality marked the warplanes: the military is that country's, though Iraq is named closer",
	}, {
		name:   "troops-sentence-before",
		in:     "Colombian troops killed 39 rebels near the border with Venezuela. The army bombed a camp on Wednesday.",
		phrase: "The army",
		want:   []gotRef{{"The army", "description", "COL"}},
		reason: "the troops a nationality marked in the sentence before",
	}, {
		name:   "unmarked-closer-noun-passed-over",
		in:     "Indian soldiers shelled Kurdish fighters' positions in the hills, the army said.",
		phrase: "the army",
		want:   []gotRef{{"the army", "description", "IND"}},
		reason: "positions marked by no country are passed over for the soldiers India marked",
	}, {
		name:   "no-armed-noun-two-countries-unresolved",
		in:     "Turkey and Iraq held talks on Sunday. The military said nothing.",
		phrase: "The military",
		want:   nil,
		reason: "no armed men or arms marked, and two countries named: no one country's military",
	}, {
		name:   "military-as-modifier-unresolved",
		in:     "Turkish warplanes bombed targets in Iraq. The military council met on Monday.",
		phrase: "The military",
		want:   nil,
		reason: "before a noun the word is itself a modifier",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			var refs []gotRef
			for _, r := range summarizeReferences(doc) {
				if r.Text == tc.phrase {
					refs = append(refs, r)
				}
			}
			if diff := cmp.Diff(tc.want, refs); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}
