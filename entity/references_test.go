package entity_test

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// worldTagger is a tagger over the default gazetteer, whose entries carry
// the kinds ("ngo", "igo", "armed-group") descriptions agree with.
var worldTagger = sync.OnceValues(func() (*entity.Tagger, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return entity.NewTagger(g), nil
})

// gotRef is the part of a Reference the table tests compare.
type gotRef struct {
	Text, Kind, ID string
}

func summarizeReferences(doc *entity.Document) []gotRef {
	var out []gotRef
	for _, r := range doc.References() {
		out = append(out, gotRef{Text: r.Text, Kind: r.Kind.String(), ID: r.ID})
	}
	return out
}

// Our own sentences, one kind of reference each, with the cases whose
// right answer is "unresolved" (no reference in the output).
func TestReferences(t *testing.T) {
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
		name:   "speaker-pronouns-in-quotation",
		in:     "\"We will not accept the new tariffs, and our response will be firm,\" Justin Trudeau said on Friday.",
		want:   []gotRef{{"We", "pronoun", "person/justin-trudeau"}, {"our", "pronoun", "person/justin-trudeau"}},
		reason: "first-person pronouns inside a quotation refer to its speaker, named after it",
	}, {
		name:   "speaker-pronoun-outside-quotation",
		in:     "Justin Trudeau visited Paris on Friday. We will follow the talks closely.",
		want:   nil,
		reason: "outside a quotation a first-person pronoun is the writer's, no actor of the text",
	}, {
		name:   "group-after-ngo",
		in:     "Amnesty International criticized the arrests on Monday. The group said the detainees had no lawyers.",
		want:   []gotRef{{"The group", "description", "org/amnesty-international"}},
		reason: "a group is an organization of the kinds the noun lists (ngo)",
	}, {
		name:   "group-with-modifiers",
		in:     "Human Rights Watch published a report on Tuesday. The New York-based rights group said prisons were overcrowded.",
		want:   []gotRef{{"The New York-based rights group", "description", "org/hrw"}},
		reason: "a place before a hyphen and lower-case nouns may stand between the determiner and the head",
	}, {
		name:   "alliance-after-igo",
		in:     "NATO leaders met in Vilnius on Tuesday. Finland joined the alliance last year.",
		want:   []gotRef{{"the alliance", "description", "org/nato"}},
		reason: "an alliance is an intergovernmental organization",
	}, {
		name:   "alliance-after-company-unresolved",
		in:     "Toyota reported higher profits on Friday. The alliance said talks would continue.",
		want:   nil,
		reason: "a company is no alliance: with no compatible antecedent the description stays unresolved",
	}, {
		name:   "group-of-a-gerund",
		in:     "Amnesty International criticized the arrests on Monday. Egypt accused the group of spreading lies.",
		want:   []gotRef{{"the group", "description", "org/amnesty-international"}},
		reason: "\"of\" before a gerund is the verb's complement, not a phrase naming the group",
	}, {
		name:   "alliance-object-of-an-of-verb",
		in:     "NATO leaders met in Vilnius on Tuesday. Moscow accused the military alliance of aggression.",
		want:   []gotRef{{"the military alliance", "description", "org/nato"}},
		reason: "the \"of\" after the object of a verb of class of_object_verbs is the verb's, over the object phrase's opener and modifiers",
	}, {
		name:   "group-of-a-name-unresolved",
		in:     "Amnesty International criticized the arrests on Monday. The group of eight nations met in Rome.",
		want:   nil,
		reason: "\"the group of eight nations\" names what it describes",
	}, {
		name:   "lead-description-named-after",
		in:     "A human rights group on Monday urged Egypt to free the activists. In a statement, Amnesty International said the arrests were unlawful.",
		want:   []gotRef{{"A human rights group", "description", "org/amnesty-international"}},
		reason: "a description that opens the document stands for the first fitting organization the next sentences name",
	}, {
		name:   "lead-description-nationality-agrees",
		in:     "A Swiss engineering company has offered to buy Chrysler. In a statement, ABB said the deal would double its output.",
		want:   []gotRef{{"A Swiss engineering company", "description", "org/abb"}, {"its", "pronoun", "org/abb"}},
		reason: "the nationality of the opening description is the organization's country",
	}, {
		name:   "lead-description-nationality-disagrees-unresolved",
		in:     "A Korean engineering company has offered to buy Chrysler. In a statement, ABB said the deal would double its output.",
		want:   []gotRef{{"its", "pronoun", "org/abb"}},
		reason: "a Swiss company is no Korean company",
	}, {
		name:   "lead-description-nothing-named-after-unresolved",
		in:     "A human rights group on Monday urged Egypt to free the activists. The arrests drew protests.",
		want:   nil,
		reason: "no organization is named in the sentences after it",
	}, {
		name:   "indefinite-description-not-opening-unresolved",
		in:     "Egypt arrested activists on Monday. A human rights group urged Egypt to free them. Amnesty International said the arrests were unlawful.",
		want:   nil,
		reason: "an indefinite description elsewhere than at the document's start introduces an actor of its own",
	}, {
		name:   "lead-person-description-and-pronoun",
		in:     "Venezuela's foreign minister says he will visit Cuba next week. Nicolas Maduro spoke to reporters in Caracas.",
		want:   []gotRef{{"Venezuela's foreign minister", "description", "person/nicolas-maduro"}, {"he", "pronoun", "person/nicolas-maduro"}},
		reason: "a description of a person of a country that opens the document stands for the person named after it, and so does a pronoun with no person before it",
	}, {
		name:   "lead-person-description-hyphenated-modifier",
		in:     "Venezuela's long-serving foreign minister says he will visit Cuba next week. Nicolas Maduro spoke to reporters in Caracas.",
		want:   []gotRef{{"Venezuela's long-serving foreign minister", "description", "person/nicolas-maduro"}, {"he", "pronoun", "person/nicolas-maduro"}},
		reason: "the lead description's modifiers are the phrase reader's: a hyphenated compound is one",
	}, {
		name:   "lead-person-description-other-country-unresolved",
		in:     "Venezuela's foreign minister says he will visit Cuba next week. Angela Merkel spoke to reporters in Berlin.",
		want:   nil,
		reason: "the person named after is of another country",
	}, {
		name:   "person-description-named-right-after-unresolved",
		in:     "Venezuela's foreign minister Nicolas Maduro says he will visit Cuba next week.",
		want:   []gotRef{{"he", "pronoun", "person/nicolas-maduro"}},
		reason: "a title before the name is no description",
	}, {
		name:   "group-with-nothing-before-unresolved",
		in:     "The group said the detainees had no lawyers.",
		want:   nil,
		reason: "no organization is named before the description",
	}, {
		name:   "group-of-an-unknown-name-unresolved",
		in:     "NATO troops searched the valley on Monday. They pursued the militant group Harakat al-Zubair. The group is blamed for two bombings.",
		want:   []gotRef{{Text: "They", Kind: "pronoun", ID: "org/nato"}},
		reason: "the group named with the noun is no mention: NATO is not the group meant (They is NATO's troops, the subject before)",
	}, {
		name:   "government-of-a-people",
		in:     "Protests spread across Egyptian cities on Friday. Students called on the government to expel the envoy.",
		want:   []gotRef{{"the government", "description", "EGY"}},
		reason: "a government is a country's: a nationality before it names the country",
	}, {
		name:   "government-of-a-country-named-with-it",
		in:     "Aid groups blame China for selling arms to Sudan's government. Fighting between rebels, the government and militias has killed thousands.",
		want:   []gotRef{{"the government", "description", "SDN"}},
		reason: "a country's own government written before is the one meant, not the first country named",
	}, {
		name:   "government-of-the-country-most-spoken-of",
		in:     "Sudan signed the accord in Khartoum. Sudan's neighbours welcomed the news. Donors met in Oslo to help Sudan after a deal between the government and rebels.",
		want:   []gotRef{{"the government", "description", "SDN"}},
		reason: "of the countries named around it, the one the text names most, not the first (Oslo: Norway)",
	}, {
		name:   "that-is-no-determiner-unresolved",
		in:     "Ukraine's president said in an address that authorities would keep order.",
		want:   nil,
		reason: "'that' opens a clause here, not a description",
	}, {
		name:   "adjective-is-no-head-unresolved",
		in:     "Joe Biden landed in Ottawa on Thursday. The official visit lasts two days.",
		want:   nil,
		reason: "'official' qualifies 'visit': it is no description of a person",
	}, {
		name:   "ministry-of-a-country",
		in:     "Kenya's foreign ministry summoned the envoy on Monday. The ministry said the remarks were unacceptable.",
		want:   []gotRef{{"The ministry", "description", "KEN"}},
		reason: "a country's own ministry written before stands for the country",
	}, {
		name:   "military-by-nationality",
		in:     "Officials said the Nigerian army shelled the camp. The army said it had targeted smugglers.",
		want:   []gotRef{{"the Nigerian army", "description", "NGA"}, {"The army", "description", "NGA"}, {"it", "pronoun", "NGA"}},
		reason: "a nationality names the country of its army, the later description refers back to it, and 'it' to the description",
	}, {
		name:   "militants-after-armed-group",
		in:     "The Movement for the Emancipation of the Niger Delta claimed the attack. The militants said more would follow.",
		want:   []gotRef{{"The militants", "description", "org/mend"}},
		reason: "militants are an armed group",
	}, {
		name:   "nationality-disagrees-unresolved",
		in:     "Chevron bid for the refinery on Monday. The Chinese firm declined to comment.",
		want:   nil,
		reason: "the firm named before is not Chinese",
	}, {
		name:   "it-after-description",
		in:     "Human Rights Watch published a report on Tuesday. The New York-based group says Egypt's police detained dozens after it criticized the trials.",
		want:   []gotRef{{"The New York-based group", "description", "org/hrw"}, {"it", "pronoun", "org/hrw"}},
		reason: "a description that leads the sentence is the antecedent of 'it', not the place inside it",
	}, {
		name:   "his-government-is-his-country",
		in:     "Chilean President Gabriel Boric met Peru's president in Lima. Boric said his government would reopen the border.",
		want:   []gotRef{{"his government", "description", "CHL"}},
		reason: "'his government' is the country of the person 'his' refers to, not of the sentence's first actor",
	}, {
		name:   "object-pronoun-is-not-its-verbs-subject",
		in:     "Alexander Lukashenko won a sixth term. Mr. Bush has called him Europe's last dictator.",
		want:   []gotRef{{"him", "pronoun", "person/alexander-lukashenko"}},
		reason: "'him' as the object of 'called' cannot be the subject of 'called' (Mr. Bush)",
	}, {
		name:   "object-it-is-not-the-subject",
		in:     "Amnesty International criticized Cuba on Monday and called it a prison for journalists.",
		want:   []gotRef{{"it", "pronoun", "CUB"}},
		reason: "'it' as an object is another actor of the sentence than the one that leads it",
	}, {
		name:   "subject-it-after-a-report-verb",
		in:     "Cuba said it would free the prisoners.",
		want:   []gotRef{{"it", "pronoun", "CUB"}},
		reason: "'it' before a modal is the subject of its own clause: the sentence's actor",
	}, {
		name:   "it-after-his-nation",
		in:     "Venezuelan President Hugo Chavez spoke on Monday. Washington refused to sell the parts. Mr. Chavez said his nation can do whatever it wants with the jets.",
		want:   []gotRef{{"his nation", "description", "VEN"}, {"it", "pronoun", "VEN"}},
		reason: "a person's country that leads the clause is the antecedent of 'it'",
	}, {
		name:   "subject-pronoun-continues-the-subject",
		in:     "Hugo Chavez flew to Algiers for talks with Abdelaziz Bouteflika. On Tuesday, he is to visit Tripoli.",
		want:   []gotRef{{"he", "pronoun", "person/hugo-chavez"}},
		reason: "a subject pronoun prefers the subject of the sentence before over the person named last",
	}, {
		name: "title-description-continues-the-subject",
		in:   "President George W. Bush met Chinese President Hu Jintao in Santiago. In his radio address, Mr. Bush praised the talks. On Sunday, the president meets Mexican President Vicente Fox.",
		want: []gotRef{
			{"his", "pronoun", "person/george-w-bush"}, {"the president", "description", "person/george-w-bush"},
		},
		reason: "a title description prefers the subject of the sentence before, whose entity holds the title from another mention",
	}, {
		name:   "object-pronoun-keeps-recency",
		in:     "Hugo Chavez flew to Algiers for talks with Abdelaziz Bouteflika. Reporters asked him about oil.",
		want:   []gotRef{{"him", "pronoun", "person/abdelaziz-bouteflika"}},
		reason: "an object pronoun keeps to the person named last",
	}, {
		name:   "they-of-coordinated-countries",
		in:     "Brazil and Argentina signed a trade pact on Monday. They agreed to cut tariffs.",
		want:   []gotRef{{"They", "pronoun", "BRA"}, {"They", "pronoun", "ARG"}},
		reason: "a plural pronoun refers to the coordinated actors that lead the sentence before it",
	}, {
		name:   "plural-description-with-count",
		in:     "Lula met Gustavo Petro and Gabriel Boric in Brasilia. Both leaders called for a regional summit.",
		want:   []gotRef{{"Both leaders", "description", "person/gustavo-petro"}, {"Both leaders", "description", "person/gabriel-boric"}},
		reason: "a count word and a plural person noun: the two people named last",
	}, {
		name:   "plural-description-of-coordinated-people",
		in:     "Gustavo Petro and Gabriel Boric met in Bogota on Monday. The presidents signed a border accord.",
		want:   []gotRef{{"The presidents", "description", "person/gustavo-petro"}, {"The presidents", "description", "person/gabriel-boric"}},
		reason: "a definite plural with no count refers to the coordinated people before it",
	}, {
		name:   "both-sides-of-coordinated-actors",
		in:     "Israel and Hamas agreed to a truce on Friday. Both sides freed prisoners.",
		want:   []gotRef{{"Both sides", "description", "ISR"}, {"Both sides", "description", "org/hamas"}},
		reason: "the sides are the actors coordinated before, of any kind",
	}, {
		name:   "plural-description-of-other-kind-unresolved",
		in:     "Brazil and Argentina signed a trade pact on Monday. The presidents praised the deal.",
		want:   nil,
		reason: "the coordinated actors are countries, not presidents",
	}, {
		name:   "person-by-country-and-title",
		in:     "Iranian Foreign Minister Hossein Amirabdollahian met Antony Blinken in Oslo. The Iranian foreign minister said talks would resume.",
		want:   []gotRef{{"The Iranian foreign minister", "description", "person/hossein-amir-abdollahian"}},
		reason: "a nationality and title words before the head: the person of that country with that title",
	}, {
		name:   "person-by-country-name",
		in:     "Antony Blinken met Hossein Amirabdollahian in Oslo. The U.S. diplomat said talks would resume.",
		want:   []gotRef{{"The U.S. diplomat", "description", "person/antony-blinken"}},
		reason: "a country's name stands for its nationality",
	}, {
		name:   "title-words-accepted",
		in:     "General Pervez Musharraf met Indian leaders in Islamabad. The military leader freed the prisoners.",
		want:   []gotRef{{"The military leader", "description", "person/pervez-musharraf"}},
		reason: "a general is a military leader (title_roles: military accepts general, leader accepts general)",
	}, {
		name:   "title-inside-gazetteer-name",
		in:     "President George Bush met Prime Minister Tony Blair in London. The president praised Britain.",
		want:   []gotRef{{"The president", "description", "person/george-h-w-bush"}},
		reason: "a title the gazetteer name holds is the person's title; the prime minister is no president",
	}, {
		name:   "title-words-not-held-unresolved",
		in:     "President Ana Ruiz met Indian leaders in Islamabad. The military leader freed the prisoners.",
		want:   nil,
		reason: "a president is a leader but no military one, and no other person is named",
	}, {
		name:   "they-after-one-person-unresolved",
		in:     "Angela Merkel met reporters in Berlin. They asked about the budget.",
		want:   nil,
		reason: "one person cannot be 'they'",
	}, {
		name:   "they-after-another-plural-unresolved",
		in:     "Brazil and Argentina signed a trade pact on Monday. Farmers said they feared cheaper imports.",
		want:   nil,
		reason: "another plural noun leads the pronoun's sentence",
	}, {
		name:   "their-after-coordinated-objects",
		in:     "NATO met on Monday. The United States tried to show Iran and Syria that their actions are harmful.",
		want:   []gotRef{{"their", "pronoun", "IRN"}, {"their", "pronoun", "SYR"}},
		reason: "actors coordinated earlier in the pronoun's own sentence, though not its subject, come before an organization of another sentence",
	}, {
		name:   "them-bound-unresolved",
		in:     "Reporters met on Monday. Later Iran and Syria thanked them warmly.",
		want:   nil,
		reason: "an object pronoun is not its own verb's subject",
	}, {
		name:   "reporter-described-before",
		in:     "Gunmen seized Italian reporter Daniele Rossi near Kabul. Police said the reporter was freed.",
		want:   []gotRef{{"the reporter", "description", ""}},
		reason: "a role noun refers to the person described by it before",
	}, {
		name:   "reporter-fits-nobody-unresolved",
		in:     "Pervez Musharraf met Daniele Rossi in Islamabad. The reporter left.",
		want:   nil,
		reason: "a role noun is no title: the closest person is not taken unless described so",
	}, {
		name:   "indefinite-lead-person",
		in:     "An Iraqi member of al-Qaida has confessed to the killing. In his confession, Ali Karbouli described the plot.",
		want:   []gotRef{{"An Iraqi member", "description", ""}, {"his", "pronoun", ""}},
		reason: "an indefinite description of a person opening the document stands for the person named just after",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			got := summarizeReferences(doc)
			// Names linked to a longer one ("Boric") are tested elsewhere.
			var refs []gotRef
			for _, r := range got {
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

// Referent on plural pronouns, whose answers the relation extractor uses
// directly.
func TestReferentPlural(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, word string
		want           string // the referent's id, "" for unresolved
		reason         string
	}{{
		name:   "they-after-plural-description",
		in:     "The Movement for the Emancipation of the Niger Delta claimed the attack. The militants said they would strike again.",
		word:   "they",
		want:   "org/mend",
		reason: "a plural description that leads the sentence stands for the group it names",
	}, {
		name:   "they-after-one-person",
		in:     "Angela Merkel met reporters in Berlin. She said they were welcome.",
		word:   "they",
		want:   "",
		reason: "one person is no antecedent of 'they'",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			got := ""
			for i, tok := range doc.Tokens {
				if tok.Text == tc.word {
					if m, ok := doc.Referent(i); ok {
						got = m.ID
					}
					break
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referent(%q in %q) mismatch (-want +got):\n%s\nreason: %s", tc.word, tc.in, diff, tc.reason)
			}
		})
	}
}
