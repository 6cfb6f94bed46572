package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// Bare body references: a body noun alone ("embassy officials", "council
// members", "the embassy") after the text named the body. Our own
// sentences, with the cases whose right answer is "unresolved".
func TestBodyReferences(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		in     string
		want   []gotRef
		reason string
	}{{
		name:   "embassy-officials-after-country-embassy",
		in:     "The U.S. embassy in Nairobi warned travelers on Monday. Kenyan police passed the tip to embassy officials.",
		want:   []gotRef{{"embassy officials", "description", "USA"}},
		reason: "a country's embassy named before: its officials stand for the country",
	}, {
		name:   "council-members-after-named-council",
		in:     "Kofi Annan briefed the UN Security Council on Sudan. He met with council members on Monday.",
		want:   []gotRef{{"He", "pronoun", "person/kofi-annan"}, {"council members", "description", "org/unsc"}},
		reason: "an organization whose name ends with the body noun",
	}, {
		name:   "the-council-of-a-verb-of-class-of_object_verbs",
		in:     "The UN Security Council met on Sudan. Khartoum accused the council of bias.",
		want:   []gotRef{{"the council", "description", "org/unsc"}},
		reason: "'accused X of': the 'of' is the verb's, the phrase does not go on",
	}, {
		name:   "the-council-of-elders-goes-on",
		in:     "The UN Security Council met on Sudan. Khartoum praised the council of elders.",
		want:   nil,
		reason: "after another verb, 'of' goes on to say what the council is",
	}, {
		name:   "capitalized-at-sentence-start",
		in:     "The Japanese embassy in Beijing closed on Friday. Embassy officials said the staff were safe.",
		want:   []gotRef{{"Embassy officials", "description", "JPN"}},
		reason: "the body noun opens the sentence; a nationality before the body names its country",
	}, {
		name:   "the-embassy",
		in:     "Protesters gathered outside the British embassy in Tehran. Iran ordered the embassy closed.",
		want:   []gotRef{{"the embassy", "description", "GBR"}},
		reason: "\"the\" and a body noun that is no organization or state noun",
	}, {
		name:   "police-officials-after-city-police",
		in:     "Nairobi police arrested two men on Monday. Police officials said the men were armed.",
		want:   []gotRef{{"Police officials", "description", "KEN"}},
		reason: "a capital's body stands for its country",
	}, {
		name:   "latest-body-wins",
		in:     "The French embassy issued a warning. Later the German embassy issued one too. Embassy officials declined to comment.",
		want:   []gotRef{{"Embassy officials", "description", "DEU"}},
		reason: "the last body of the noun named before",
	}, {
		name:   "generic-statement-unresolved",
		in:     "Embassy officials usually meet visitors on weekdays.",
		want:   nil,
		reason: "no body of the noun named before: a generic statement names no actor",
	}, {
		name:   "western-embassies-unresolved",
		in:     "The U.S. embassy issued a warning. Western embassy officials said the streets were calm.",
		want:   nil,
		reason: "a nationality of no single country written in the phrase: the phrase is no bare body reference",
	}, {
		name:   "nationality-in-phrase-is-a-mention",
		in:     "The U.S. embassy issued a warning. Then Russian embassy officials met reporters.",
		want:   nil,
		reason: "\"Russian embassy officials\": the nationality is itself a mention of the actor",
	}, {
		name:   "other-body-noun-unresolved",
		in:     "The U.S. embassy issued a warning. Council members met on Monday.",
		want:   nil,
		reason: "an embassy is no council",
	}, {
		name:   "names-what-it-describes",
		in:     "The UN Security Council met on Monday. Council members of the African Union spoke later.",
		want:   nil,
		reason: "\"of\" and a name: the phrase names its body",
	}, {
		name:   "noun-modifier-unresolved",
		in:     "The U.S. embassy issued a warning. Police arrested the embassy bombing suspects.",
		want:   nil,
		reason: "\"the embassy bombing\": the body noun modifies a noun after it",
	}, {
		name:   "government-seated-in-a-capital",
		in:     "The Chinese government criticized the plan. The government in Khartoum rejected it.",
		want:   []gotRef{{"The government", "description", "SDN"}},
		reason: "\"in\" and a capital say whose government it is: Sudan, not China named before",
	}, {
		name:   "government-in-power-refers-back",
		in:     "Sudan closed its border. The government in power since 1989 rejected the plan.",
		want:   []gotRef{{"its", "pronoun", "SDN"}, {"The government", "description", "SDN"}},
		reason: "\"in power\" names no place: the description refers back",
	}, {
		name:   "repeated-group-noun",
		in:     "Students protested the killing of three Egyptian policemen at the border. Israeli troops said they mistook the policemen for insurgents.",
		want:   []gotRef{{"they", "pronoun", "ISR"}, {"the policemen", "description", "EGY"}},
		reason: "a group a nationality marked, repeated with \"the\", stands for its country; 'they' continues the troops Israel marked (groupPronoun)",
	}, {
		name:   "repeated-group-noun-with-count",
		in:     "Rebels seized two Kenyan soldiers on Monday. The two soldiers were freed on Friday.",
		want:   []gotRef{{"The two soldiers", "description", "KEN"}},
		reason: "a count between the determiner and the noun",
	}, {
		name:   "repeated-place-noun-unresolved",
		in:     "Egyptian cities were calm on Monday. Israel attacked the cities.",
		want:   nil,
		reason: "cities are no group of people (class group_plurals)",
	}, {
		name:   "group-noun-first-mention-unresolved",
		in:     "Egypt protested on Monday. The policemen arrested two men.",
		want:   nil,
		reason: "no group of the noun marked before",
	}, {
		name:   "city-of-no-country-unresolved",
		in:     "Police in Gotham arrested a man. Police officials said he was armed.",
		want:   nil,
		reason: "a place the gazetteer does not know places no body in a country",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			var refs []gotRef
			for _, r := range summarizeReferences(doc) {
				if r.Kind != "name" {
					refs = append(refs, r)
				}
			}
			if diff := cmp.Diff(tc.want, refs); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}
