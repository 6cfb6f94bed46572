package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestReferents resolves plural descriptions ("the two presidents", "both
// leaders", "the two countries") to the actors named before them, and
// leaves unresolved those with too few actors or no count.
func TestReferents(t *testing.T) {
	tg := testTagger(t)
	tests := []struct {
		name, in, word string // word: the head whose referents are asked (its last occurrence)
		want           []string
	}{
		{"two-presidents", "South Korean President Ana Ruiz welcomed Japanese President Daniel Ortez on Sunday. The two presidents met Monday in Tokyo.",
			"presidents", []string{"Ana Ruiz", "Daniel Ortez"}},
		{"both-leaders", "South Korean President Ana Ruiz welcomed Japanese Prime Minister Daniel Ortez on Sunday. Both leaders signed a deal.",
			"leaders", []string{"Ana Ruiz", "Daniel Ortez"}},
		{"title-first", "South Korean President Ana Ruiz and Japanese President Daniel Ortez spoke after Marta Gil arrived. The two presidents left.",
			"presidents", []string{"Ana Ruiz", "Daniel Ortez"}},
		{"repeated-person-counts-once", "South Korean President Ana Ruiz spoke. Ruiz then called Japanese President Daniel Ortez. The two presidents agreed.",
			"presidents", []string{"Ana Ruiz", "Daniel Ortez"}},
		{"two-countries", "Japan criticized China on Sunday. The two countries met in Tokyo.", "countries", []string{"Japan", "China"}},
		{"both-countries", "Haiti and Japan restored ties. Both countries signed a deal.", "countries", []string{"Haiti", "Japan"}},
		{"one-person-only", "South Korean President Ana Ruiz spoke on Sunday. The two presidents met Monday.", "presidents", nil},
		{"one-country-only", "Japan held talks on Sunday. The two countries met in Tokyo.", "countries", nil},
		{"no-determiner", "South Korean President Ana Ruiz welcomed Japanese President Daniel Ortez. Two presidents met Monday.", "presidents", nil},
		{"two-men", "South Korean President Ana Ruiz welcomed Daniel Ortez on Sunday. The two men met Monday in Tokyo.", "men",
			[]string{"Ana Ruiz", "Daniel Ortez"}},
		{"both-women", "Ana Ruiz met Maria Lopez in Tokyo. Both women spoke.", "women", []string{"Ana Ruiz", "Maria Lopez"}},
		{"men-no-count-unresolved", "South Korean President Ana Ruiz welcomed Daniel Ortez on Sunday. The men met Monday.", "men", nil},
		{"two-men-one-person-unresolved", "Daniel Ortez spoke on Sunday. The two men met Monday.", "men", nil},
		{"modified-no-count-rivals", "Talks continued between Japan and China. The nuclear-armed rivals often clash.", "rivals",
			[]string{"Japan", "China"}},
		{"count-modified-neighbours", "Japan criticized China on Sunday. The two Asian neighbours met in Tokyo.", "neighbours", nil},
		{"count-adjective-neighbours", "Japan criticized China on Sunday. The two wealthy neighbours met in Tokyo.", "neighbours",
			[]string{"Japan", "China"}},
		{"title-word-modifier-unresolved", "South Korean President Ana Ruiz welcomed Japanese President Daniel Ortez. The former presidents met.", "presidents", nil},
		{"no-count-two-named-before", "South Korean President Ana Ruiz welcomed Japanese President Daniel Ortez. The presidents met Monday.", "presidents",
			[]string{"Ana Ruiz", "Daniel Ortez"}},
		{"no-count-three-named-before", "Ana Ruiz, Daniel Ortez and Kenji Sato, all presidents, spoke. Japan met China. The presidents left.", "presidents", nil},
		{"no-count-after-counted", "Japan criticized China on Sunday. Officials met in Seoul and Manila. Trade between the two countries fell. The countries met.", "countries",
			[]string{"Japan", "China"}},
		{"no-count-own-sentence", "Officials met on Monday. Trade between Japan, Haiti and China grew as the countries cut tariffs.", "countries",
			[]string{"Japan", "Haiti", "China"}},
		{"no-count-countries-possessive", "Japan signed an accord with Haiti. Officials praised the countries' ties.", "countries",
			[]string{"Japan", "Haiti"}},
		{"no-count-one-country-unresolved", "Japan signed an accord on Monday. Officials praised the countries' ties.", "countries", nil},
		{"no-count-officials-unresolved", "Japan criticized China on Sunday. The officials met in Tokyo.", "officials", nil},
		{"presidents-of-two-countries", "South Korean President Ana Ruiz met Japanese President Daniel Ortez on Monday. The meeting between the presidents of two oil-producing countries was brief.",
			"presidents", []string{"Ana Ruiz", "Daniel Ortez"}},
		{"leaders-of-the-two-nations", "South Korean President Ana Ruiz met Japanese President Daniel Ortez on Monday. The leaders of the two nations spoke.",
			"leaders", []string{"Ana Ruiz", "Daniel Ortez"}},
		{"presidents-of-two-one-person-unresolved", "South Korean President Ana Ruiz met students on Monday. The presidents of two countries spoke.", "presidents", nil},
		{"presidents-of-named-unresolved", "South Korean President Ana Ruiz met Japanese President Daniel Ortez. The presidents of China and Haiti spoke.", "presidents", nil},
		{"phrase-goes-on", "South Korean President Ana Ruiz welcomed Japanese President Daniel Ortez. The two presidents of the bloc met.", "presidents", nil},
		{"singular-head", "South Korean President Ana Ruiz welcomed Japanese President Daniel Ortez. The two president met.", "president", nil},
		{"their-after-inner-objects", "The United Nations met in Geneva. The United States tried to show Iran and Syria that their actions are harmful.",
			"their", []string{"Iran", "Syria"}},
		{"them-after-inner-objects", "France urged Japan and China to settle, and Germany backed them.",
			"them", []string{"Japan", "China"}},
		{"them-bound-by-own-subject", "Officials met on Monday. Later Japan and China thanked them warmly.", "them", nil},
		{"they-single-object", "The United States warned Iran that they would pay.", "they", nil},
		// A repeated group noun whose group an apposition named.
		{"two-reporters-named", "Gunmen seized two French reporters, Anne Morel and Jean Dupont, in August. The two reporters were freed in May.",
			"reporters", []string{"Anne Morel", "Jean Dupont"}},
		{"hostages-named-three", "Gunmen seized hostages, Anne Morel, Jean Dupont and Kenji Sato, in August. Police said the hostages were safe.",
			"hostages", []string{"Anne Morel", "Jean Dupont", "Kenji Sato"}},
		{"two-reporters-count-disagrees", "Gunmen seized French reporters, Anne Morel, Jean Dupont and Kenji Sato, in August. The two reporters were freed.",
			"reporters", nil},
		{"two-reporters-unnamed", "Gunmen seized two French reporters in August. Anne Morel said the two reporters were freed.", "reporters", nil},
		{"reporters-one-named", "Gunmen seized reporters, Anne Morel, in August. The reporters were freed.", "reporters", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := lastReferents(t, tg.Tag(entity.Input{Text: tc.in}), tc.word)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referents(%q) in %q (-want +got):\n%s", tc.word, tc.in, diff)
			}
		})
	}
}

// TestReferentsOutOfRange asks for tokens a document does not have.
func TestReferentsOutOfRange(t *testing.T) {
	doc := testTagger(t).Tag(entity.Input{Text: "Both countries met."})
	for _, i := range []int{-1, 0, len(doc.Tokens), len(doc.Tokens) + 5} {
		if ms, ok := doc.Referents(i); ok {
			t.Errorf("Referents(%d) = %v, want none", i, ms)
		}
	}
	var empty entity.Document
	if _, ok := empty.Referents(1); ok {
		t.Error("Referents on an empty document resolved")
	}
}

// TestReferentsChain resolves a plural pronoun or description with no
// coordination in reach through a plural pronoun that opens a sentence
// before it and is resolved itself, one step only.
func TestReferentsChain(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, word string // word: the head whose referents are asked (its last occurrence)
		want           []string
	}{
		{"chain-through-leading-they", "Venezuelan President Nicolas Maduro and his Brazilian counterpart, Luiz Inacio Lula da Silva, signed a pact on Sunday. The two presidents met Monday in Tokyo. They signed accords on mining. The local press praised the meeting. During their meeting, the leaders also criticized Haiti.",
			"leaders", []string{"Nicolas Maduro", "Luiz Inacio Lula da Silva"}},
		{"chain-one-step-only", "Venezuelan President Nicolas Maduro and his Brazilian counterpart, Luiz Inacio Lula da Silva, signed a pact on Sunday. The two presidents met Monday in Tokyo. They signed accords on mining. The local press praised the meeting. They praised the press. Markets rose. The leaders also criticized Haiti.",
			"leaders", nil},
		{"chain-blocked-by-plural-noun", "Venezuelan President Nicolas Maduro and his Brazilian counterpart, Luiz Inacio Lula da Silva, signed a pact on Sunday. The two presidents met Monday in Tokyo. They signed accords on mining. Local newspapers praised the meeting. The leaders also criticized Haiti.",
			"leaders", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := lastReferents(t, tg.Tag(entity.Input{Text: tc.in}), tc.word)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referents(%q) in %q (-want +got):\n%s", tc.word, tc.in, diff)
			}
		})
	}
}

// TestReferentsPeoplesCountries resolves a plural country description
// that follows coordinated people, and no countries, to the people's
// countries (the world gazetteer gives them).
func TestReferentsPeoplesCountries(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		want     []string // ids
	}{
		{"countries-possessive", "Japanese Prime Minister Fumio Kishida and his South Korean counterpart, Yoon Suk-yeol, met on Monday. The meeting strengthened the countries' ties.",
			[]string{"JPN", "KOR"}},
		{"two-countries", "Japanese Prime Minister Fumio Kishida and his South Korean counterpart, Yoon Suk-yeol, met on Monday. The two countries signed a pact.",
			[]string{"JPN", "KOR"}},
		{"one-country-unresolved", "Japanese Prime Minister Fumio Kishida and his deputy, Taro Kono, met on Monday. The two countries signed a pact.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in, Date: mustDate(t, "2023-03-16")})
			var got []string
			for i, tok := range doc.Tokens {
				if tok.Text == "countries" {
					if ms, ok := doc.Referents(i); ok {
						for _, m := range ms {
							got = append(got, m.ID)
						}
					}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referents(countries) in %q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func mustDate(t *testing.T, s string) entity.Date {
	t.Helper()
	d, err := entity.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
