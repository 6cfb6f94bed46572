package relation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// corefRel is what TestReferenceArguments checks of a relation: each
// argument's actor and its text, which is the reference's own (the
// pronoun or description) when the argument is one.
type corefRel struct {
	Subject, SubjectText string
	Predicate            Predicate
	Object, ObjectText   string
}

// corefRelsOf reads each relation's arguments (actor and text) and
// predicate, in order.
func corefRelsOf(rels []Relation) []corefRel {
	var got []corefRel
	for _, r := range rels {
		c := corefRel{Subject: r.Subject.ID, SubjectText: r.Subject.Text, Predicate: r.Predicate}
		if r.Object != nil {
			c.Object, c.ObjectText = r.Object.ID, r.Object.Text
		}
		got = append(got, c)
	}
	return got
}

// runCorefRels runs our own texts through the real tagger and the
// default extractor and compares each relation's arguments (actor and
// text) with the case's.
func runCorefRels(t *testing.T, tests []corefCase) {
	t.Helper()
	tg := freshTaggerT(t)
	x := defaultExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text, Date: entity.Date{Year: 2022, Month: 6, Day: 13}})
			if diff := cmp.Diff(tc.want, corefRelsOf(x.Extract(doc))); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// corefCase is one text of runCorefRels and the relations it gives.
type corefCase struct {
	name, text string
	want       []corefRel
}

// TestReferenceArguments runs our own two- and three-sentence texts
// through the real tagger and extractor: a pronoun, a description or a
// plural reference that entity resolves stands for its actor in every
// argument position, with its own text; a reference entity leaves
// unresolved, or one resolved to the other argument's actor, gives no
// relation.
func TestReferenceArguments(t *testing.T) {
	const (
		chavez     = "person/hugo-chavez"
		bouteflika = "person/abdelaziz-bouteflika"
		rsf        = "org/reporters-without-borders"
	)
	runCorefRels(t, []corefCase{
		{"plural-people-of-named-nationalities", // each nationality's president named before; the nationality itself still stands for its country
			"Russian President Vladimir Putin arrived in Paris on Monday to see French President Emmanuel Macron. The French and Russian presidents criticized Iran on Tuesday.",
			[]corefRel{{"person/vladimir-putin", "Vladimir Putin", Consult, "FRA", "Paris"},
				{"person/vladimir-putin", "The French and Russian presidents", Disapprove, "IRN", "Iran"},
				{"person/emmanuel-macron", "The French and Russian presidents", Disapprove, "IRN", "Iran"},
				{"FRA", "French", Disapprove, "IRN", "Iran"}}},
		{"plural-of-named-countries-read-as-the-countries", // no person of either named: the countries the phrase names
			"Trade grew fast last year. The presidents of Chile and Peru criticized Iran on Tuesday.",
			[]corefRel{{"CHL", "Chile", Disapprove, "IRN", "Iran"}, {"PER", "Peru", Disapprove, "IRN", "Iran"}}},
		{"plural-with-named-nationality-read-as-the-country", // the reference to the United States is left to the mention it names
			"Igor Ivanov arrived in Berlin on Monday. He criticized the U.S. diplomats on Tuesday.",
			[]corefRel{{"person/igor-ivanov", "Igor Ivanov", Consult, "DEU", "Berlin"}, {"person/igor-ivanov", "He", Disapprove, "USA", "U.S."}}},
		{"subject-pronoun",
			"Hugo Chavez arrived in Algiers on Monday. He met Abdelaziz Bouteflika on Tuesday.",
			[]corefRel{{chavez, "Hugo Chavez", Consult, "DZA", "Algiers"}, {chavez, "He", Consult, bouteflika, "Abdelaziz Bouteflika"}}},
		{"subject-pronoun-after-fronted-clause",
			"Hugo Chavez arrived in Havana on Monday. Asked about the talks, he sharply criticized Colombia.",
			[]corefRel{{chavez, "Hugo Chavez", Consult, "CUB", "Havana"}, {chavez, "he", Disapprove, "COL", "Colombia"}}},
		{"object-pronoun",
			"Alexander Lukashenko won the vote in Belarus. George W. Bush later criticized him.",
			[]corefRel{{"person/george-w-bush", "George W. Bush", Disapprove, "person/alexander-lukashenko", "him"}}},
		{"description-subject",
			"Reporters Without Borders issued its annual report on Monday. The group condemned Cuba.",
			[]corefRel{{rsf, "The group", Disapprove, "CUB", "Cuba"}}},
		{"description-subject-far-from-verb",
			"Hugo Chavez arrived in Havana on Monday. Speaking to reporters in the capital after a long meeting with aides, the Venezuelan leader sharply criticized Colombia.",
			[]corefRel{{chavez, "Hugo Chavez", Consult, "CUB", "Havana"}, {chavez, "the Venezuelan leader", Disapprove, "COL", "Colombia"}}},
		{"epithet-object-whole-span",
			"NATO leaders met in Brussels on Monday. Russia sharply criticized the Western alliance.",
			[]corefRel{{"RUS", "Russia", Disapprove, "org/nato", "the Western alliance"}}},
		{"description-object",
			"Reporters Without Borders issued its annual report on Monday. Cuba expelled the group.",
			[]corefRel{{"CUB", "Cuba", ReduceRelations, rsf, "the group"}}},
		{"description-object-before-gerund-complement",
			"Amnesty International criticized the arrests on Monday. Egypt accused the group of spreading lies.",
			[]corefRel{{"EGY", "Egypt", Disapprove, "org/amnesty-international", "the group"}}},
		{"lead-description-named-after",
			"A human rights group on Monday urged Egypt to free the activists. In a statement, Amnesty International said the arrests were unlawful.",
			[]corefRel{{"org/amnesty-international", "A human rights group", Appeal, "EGY", "Egypt"}}},
		{"lead-description-with-nationality-is-the-organization",
			"A Swiss engineering company has offered to buy Chrysler. In a statement, ABB said the deal would double its output.",
			[]corefRel{{"org/abb", "A Swiss engineering company", IntentToCooperate, "org/chrysler", "Chrysler"}}},
		{"lead-description-unresolved-keeps-nationality",
			"A Korean engineering company has offered to buy Chrysler. In a statement, ABB said the deal would double its output.",
			[]corefRel{{"KOR", "Korean", IntentToCooperate, "org/chrysler", "Chrysler"}}},
		{"lead-person-description-pronoun-subject",
			"Venezuela's foreign minister says he will visit Cuba next week. Nicolas Maduro spoke to reporters in Caracas.",
			[]corefRel{{"person/nicolas-maduro", "he", Consult, "CUB", "Cuba"}}},
		{"possessive-holder-description",
			"Reporters Without Borders issued its annual report on Monday. The group's criticism of Cuba angered Havana.",
			[]corefRel{{rsf, "The group", Disapprove, "CUB", "Cuba"}}},
		{"possessive-holder-country",
			"Israel sent troops into Gaza on Monday. The country's attack on Gaza drew protests.",
			[]corefRel{{"ISR", "Israel", ExhibitForcePosture, "gpe/gaza-strip", "Gaza"}, {"ISR", "The country", Fight, "gpe/gaza-strip", "Gaza"}}},
		{"plural-they-subject-both",
			"Brazil and Argentina signed a trade deal on Monday. They later criticized Paraguay.",
			[]corefRel{{"BRA", "Brazil", DiplomaticCooperation, "ARG", "Argentina"}, {"BRA", "They", Disapprove, "PRY", "Paraguay"}, {"ARG", "They", Disapprove, "PRY", "Paraguay"}}},
		{"plural-them-object-both",
			"Brazil and Argentina signed a trade deal on Monday. Paraguay criticized them.",
			[]corefRel{{"BRA", "Brazil", DiplomaticCooperation, "ARG", "Argentina"}, {"PRY", "Paraguay", Disapprove, "BRA", "them"}, {"PRY", "Paraguay", Disapprove, "ARG", "them"}}},
		{"plural-chain-through-they",
			"Venezuelan President Nicolas Maduro and his Brazilian counterpart, Luiz Inacio Lula da Silva, gave speeches on Sunday. They signed accords on mining. The local press praised the visit. During their meeting, the leaders also criticized Guyana.",
			[]corefRel{{"person/nicolas-maduro", "They", DiplomaticCooperation, "person/luiz-inacio-lula-da-silva", "They"},
				{"person/nicolas-maduro", "their", Consult, "person/luiz-inacio-lula-da-silva", "their"},
				{"person/nicolas-maduro", "the leaders", Disapprove, "GUY", "Guyana"},
				{"person/luiz-inacio-lula-da-silva", "the leaders", Disapprove, "GUY", "Guyana"}}},
		{"three-sentences-pronoun-and-description",
			"Hugo Chavez arrived in Algiers on Monday. He met Abdelaziz Bouteflika on Tuesday. The Venezuelan leader praised Algeria.",
			[]corefRel{{chavez, "Hugo Chavez", Consult, "DZA", "Algiers"}, {chavez, "He", Consult, bouteflika, "Abdelaziz Bouteflika"}, {chavez, "The Venezuelan leader", DiplomaticCooperation, "DZA", "Algeria"}}},
		{"unresolved-they-no-antecedent",
			"They criticized Colombia on Monday.",
			nil},
		{"unresolved-group-no-organization",
			"Hugo Chavez arrived in Havana on Monday. The group condemned Colombia.",
			[]corefRel{{chavez, "Hugo Chavez", Consult, "CUB", "Havana"}}},
		{"bound-pronoun-no-self-relation",
			"Hugo Chavez arrived in London on Monday. Chavez praised him.",
			[]corefRel{{chavez, "Hugo Chavez", Consult, "GBR", "London"}}},
		{"quote-we-the-speaker",
			"\"We condemn Colombia,\" Hugo Chavez said on Monday.",
			[]corefRel{{chavez, "We", Disapprove, "COL", "Colombia"}}},
		{"quote-we-no-speaker",
			"\"We condemn Israel,\" the statement said.",
			nil},
	})
}

// docRef is a reference to attach to a test document: the N-th occurrence
// (from 1) of Text, resolved to the actors IDs.
type docRef struct {
	Text string
	N    int
	IDs  []string
}

// withReferences gives doc one entity per actor id of its mentions and
// attaches refs to them, as entity's coreference would.
func withReferences(t *testing.T, doc *entity.Document, refs ...docRef) *entity.Document {
	t.Helper()
	byID := map[string]int{}
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		e, ok := byID[m.ID]
		if !ok {
			e = len(doc.Entities)
			byID[m.ID] = e
			doc.Entities = append(doc.Entities, entity.Entity{ID: m.ID, Name: m.Name, Type: m.Type, Country: m.Country})
		}
		m.Entity = e
		doc.Entities[e].Mentions = append(doc.Entities[e].Mentions, k)
	}
	for _, r := range refs {
		at := -1
		for k, off := 0, 0; k < r.N; k++ {
			i := strings.Index(doc.Text[off:], r.Text)
			if i < 0 {
				t.Fatalf("reference %q #%d not found", r.Text, r.N)
			}
			at, off = off+i, off+i+1
		}
		first, last := -1, -1
		for k, tk := range doc.Tokens {
			if tk.Start == at {
				first = k
			}
			if tk.End == at+len(r.Text) {
				last = k + 1
			}
		}
		if first < 0 || last < 0 {
			t.Fatalf("reference %q is not on token boundaries", r.Text)
		}
		kind := entity.RefDescription
		if last-first == 1 {
			kind = entity.RefPronoun
		}
		for _, id := range r.IDs {
			e, ok := byID[id]
			if !ok {
				t.Fatalf("reference %q: no actor %q", r.Text, id)
			}
			doc.Entities[e].Refs = append(doc.Entities[e].Refs, entity.Ref{Start: at, End: at + len(r.Text), Text: r.Text, First: first, Last: last, Kind: kind})
		}
	}
	return doc
}

// TestDocumentReferences checks that relations take their arguments from
// the document's references (entity.Document.References) on documents
// built by hand: a reference the document's Referent would not give, or
// would give otherwise, is the one used; one with several actors gives
// each; a reference to the other argument's actor, and a phrase with no
// reference, give no relation.
func TestDocumentReferences(t *testing.T) {
	x := defaultExtractor(t)
	const (
		taleban = "org/taliban"
		dm      = "person/daniele-mastrogiacomo"
		chavez  = "person/hugo-chavez"
	)
	captive := "Taleban militants captured Daniele Mastrogiacomo last week. The Taleban released the reporter on Monday."
	captiveMentions := []ment{org("Taleban", taleban, "AFG"), per("Daniele Mastrogiacomo", "ITA"), org("Taleban", taleban, "AFG")}
	tests := []struct {
		name, text string
		ments      []ment
		refs       []docRef
		want       []corefRel
	}{
		{"description-the-document-resolves",
			captive, captiveMentions,
			[]docRef{{"the reporter", 1, []string{dm}}},
			[]corefRel{{taleban, "Taleban", Coerce, dm, "Daniele Mastrogiacomo"}, {taleban, "Taleban", Yield, dm, "the reporter"}}},
		{"description-unresolved",
			captive, captiveMentions, nil,
			[]corefRel{{taleban, "Taleban", Coerce, dm, "Daniele Mastrogiacomo"}}},
		{"object-pronoun-as-the-document-resolves-it",
			"Hugo Chavez met Abdelaziz Bouteflika in Algiers. Moammar Gadhafi praised him.",
			[]ment{per("Hugo Chavez", "VEN"), per("Abdelaziz Bouteflika", "DZA"), gpe("Algiers", "DZA"), per("Moammar Gadhafi", "LBY")},
			[]docRef{{"him", 1, []string{chavez}}},
			[]corefRel{{chavez, "Hugo Chavez", Consult, "person/abdelaziz-bouteflika", "Abdelaziz Bouteflika"}, {"person/moammar-gadhafi", "Moammar Gadhafi", DiplomaticCooperation, chavez, "him"}}},
		{"plural-reference-gives-each-actor",
			"Brazil criticized Chile on Sunday. Peru condemned them.",
			[]ment{gpe("Brazil", "BRA"), gpe("Chile", "CHL"), gpe("Peru", "PER")},
			[]docRef{{"them", 1, []string{"BRA", "CHL"}}},
			[]corefRel{{"BRA", "Brazil", Disapprove, "CHL", "Chile"}, {"PER", "Peru", Disapprove, "BRA", "them"}, {"PER", "Peru", Disapprove, "CHL", "them"}}},
		{"possessive-holder-of-the-object",
			"The European Union met in Brussels on Monday. Belarus sharply criticized its decision.",
			[]ment{org("European Union", "org/eu", ""), gpe("Brussels", "BEL"), gpe("Belarus", "BLR")},
			[]docRef{{"its", 1, []string{"org/eu"}}},
			[]corefRel{{"BLR", "Belarus", Disapprove, "org/eu", "its"}}},
		{"possessive-holder-unresolved",
			"The European Union met in Brussels on Monday. Belarus sharply criticized its decision.",
			[]ment{org("European Union", "org/eu", ""), gpe("Brussels", "BEL"), gpe("Belarus", "BLR")},
			nil, nil},
		{"reference-to-the-subject-no-relation",
			"Hugo Chavez arrived in Algiers on Monday. Chavez praised him.",
			[]ment{per("Hugo Chavez", "VEN"), gpe("Algiers", "DZA"), ment{Text: "Chavez", N: 2, Type: entity.Person, ID: chavez, Country: "VEN", Name: "Hugo Chavez"}},
			[]docRef{{"him", 1, []string{chavez}}},
			[]corefRel{{chavez, "Hugo Chavez", Consult, "DZA", "Algiers"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := withReferences(t, buildDoc(t, tc.text, tc.ments...), tc.refs...)
			if diff := cmp.Diff(tc.want, corefRelsOf(x.Extract(doc))); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// FuzzExtractReferences feeds documents whose references have
// inconsistent offsets or token ranges: Extract must not panic, and an
// argument it takes from a reference has its text at its offsets.
func FuzzExtractReferences(f *testing.F) {
	f.Add("Japan met China. It criticized them.", 17, 19, 4, 5, 0)
	f.Add("Japan met China. It criticized them.", -3, 90, -1, 40, 1)
	f.Fuzz(func(t *testing.T, s string, start, end, first, last, e int) {
		doc, err := makeDoc(s)
		if err != nil || len(doc.Tokens) == 0 {
			t.Skip()
		}
		doc.Mentions = append(doc.Mentions, entity.Mention{Start: doc.Tokens[0].Start, End: doc.Tokens[0].End, Text: doc.Tokens[0].Text,
			First: 0, Last: 1, Type: entity.GPE, ID: "JPN", Name: "Japan", Country: "JPN"})
		doc.Entities = []entity.Entity{{ID: "JPN", Name: "Japan", Type: entity.GPE, Country: "JPN", Mentions: []int{e}}, {ID: "CHN", Name: "China", Type: entity.GPE}}
		ref := entity.Ref{Start: start, End: end, First: first, Last: last, Kind: entity.RefPronoun}
		doc.Entities[0].Refs = []entity.Ref{ref}
		doc.Entities[1].Refs = []entity.Ref{ref}
		for _, r := range extractOn(defaultExtractor(t), doc, entity.Date{}) {
			for _, a := range []*Argument{&r.Subject, r.Object} {
				if a != nil && (a.Start < 0 || a.End > len(s) || a.Start > a.End || s[a.Start:a.End] != a.Text) {
					t.Errorf("argument %+v is not the text at its offsets", *a)
				}
			}
		}
	})
}

// TestDescriptionOverNationality checks that a description the document
// resolves to a person ("his Iranian counterpart") stands for that person
// rather than for the nationality inside it, when the person is of that
// nationality's country; with no such person resolved, or one of another
// country, the nationality stays.
func TestDescriptionOverNationality(t *testing.T) {
	const minister = "person/hossein-amir-abdollahian"
	runCorefRels(t, []corefCase{
		{"possessive-counterpart-object",
			"Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Oman on Saturday. Oman's foreign minister met his Iranian counterpart on Sunday.",
			[]corefRel{{minister, "Hossein Amir-Abdollahian", Consult, "OMN", "Oman"}, {"OMN", "Oman", Consult, minister, "Iranian counterpart"}}},
		{"possessive-counterpart-subject",
			"Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Oman on Saturday. His Iranian counterpart later condemned Israel.",
			[]corefRel{{minister, "Hossein Amir-Abdollahian", Consult, "OMN", "Oman"}, {minister, "Iranian counterpart", Disapprove, "ISR", "Israel"}}},
		{"no-person-resolved-keeps-nationality",
			"Oman's foreign minister met his Iranian counterpart on Sunday.",
			[]corefRel{{"person/badr-albusaidi", "Oman's foreign minister", Consult, "IRN", "Iranian"}}},
		{"person-of-another-country-keeps-nationality",
			"Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Oman on Saturday. Oman's foreign minister met his Iraqi counterpart on Sunday.",
			[]corefRel{{minister, "Hossein Amir-Abdollahian", Consult, "OMN", "Oman"}, {"OMN", "Oman", Consult, "IRQ", "Iraqi"}}},
		{"definite-description-unchanged",
			"Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Oman on Saturday. Oman's foreign minister met the Iranian minister on Sunday.",
			[]corefRel{{minister, "Hossein Amir-Abdollahian", Consult, "OMN", "Oman"}, {"OMN", "Oman", Consult, minister, "the Iranian minister"}}},
	})
}
