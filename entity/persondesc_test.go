package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestPersonDescriptions resolves descriptions of people ("the 87-year-old
// leader", "the visiting president", "The French President") to the
// person they describe: a title that says less than the description's
// ("leader") does not reject it; hyphenated compounds are modifiers; an
// apposition to a name describes that name; a description that is the
// object of a verb is not the verb's subject. Our own sentences, with the
// cases whose right answer is "unresolved"; only the references whose
// text is want's (or, for nil, the phrase) are compared.
func TestPersonDescriptions(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		in     string
		phrase string
		want   []gotRef
		reason string
	}{{
		name:   "broader-title-does-not-reject",
		in:     "Russian President Vladimir Putin praised talks with French leader Emmanuel Macron. The French President later flew to Kyiv.",
		phrase: "The French President",
		want:   []gotRef{{"The French President", "description", "person/emmanuel-macron"}},
		reason: "'leader' holds 'president' among its title roles: it says too little to reject the description; the nationality picks Macron",
	}, {
		name:   "narrower-title-still-rejects",
		in:     "Japanese Prime Minister Fumio Kishida met reporters on Monday. The president said talks would resume.",
		phrase: "The president",
		want:   nil,
		reason: "a prime minister is no president",
	}, {
		name:   "nationality-disagrees-unresolved",
		in:     "Russian President Vladimir Putin praised talks with German leader Olaf Scholz. The French President later flew to Kyiv.",
		phrase: "The French President",
		want:   nil,
		reason: "no French person named before",
	}, {
		name:   "age-compound",
		in:     "Mahmoud Abbas met Egyptian officials in Cairo on Monday. The 87-year-old leader said talks would resume.",
		phrase: "The 87-year-old leader",
		want:   []gotRef{{"The 87-year-old leader", "description", "person/mahmoud-abbas"}},
		reason: "a hyphenated compound of a number and words is a modifier, its hyphens no words",
	}, {
		name:   "long-time-compound",
		in:     "The European Union imposed a travel ban on Alexander Lukashenko. The long-time president called it barbarism.",
		phrase: "The long-time president",
		want:   []gotRef{{"The long-time president", "description", "person/alexander-lukashenko"}},
		reason: "a hyphenated compound of lower-case words is a modifier",
	}, {
		name:   "apposition",
		in:     "Vladimir Putin spoke on Monday. Sergey Lavrov, the Russian foreign minister, said talks would go on.",
		phrase: "the Russian foreign minister",
		want:   []gotRef{{"the Russian foreign minister", "description", "person/sergei-lavrov"}},
		reason: "an apposition after a name and a comma describes that name",
	}, {
		name:   "apposition-possessive",
		in:     "Antony Blinken met Chinese officials. Wang Yi, China's top diplomat, said the talks were candid.",
		phrase: "top diplomat",
		want:   []gotRef{{"top diplomat", "description", "person/wang-yi"}},
		reason: "an apposition opened by a country's possessive (the possessive is a mention of its own)",
	}, {
		name:   "introductory-phrase-no-apposition-unresolved",
		in:     "After a meeting with Polish Prime Minister Donald Tusk, the German chancellor spoke to reporters.",
		phrase: "the German chancellor",
		want:   nil,
		reason: "a verb follows the description: it is the subject after an introductory phrase, no apposition to Tusk",
	}, {
		name:   "object-is-not-subject",
		in:     "Portuguese President Marcelo Rebelo de Sousa arrived in India on Thursday. Narendra Modi will meet the visiting president on Friday.",
		phrase: "the visiting president",
		want:   []gotRef{{"the visiting president", "description", "person/marcelo-rebelo-de-sousa"}},
		reason: "the object of a verb is not the verb's subject, though Modi is closer",
	}, {
		name:   "object-of-own-subject-unresolved",
		in:     "Narendra Modi spoke to reporters in Delhi. Modi will meet the president on Friday.",
		phrase: "the president",
		want:   nil,
		reason: "the only person named is the verb's subject",
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
