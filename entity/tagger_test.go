package entity_test

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// testTagger returns a tagger over the small test gazetteer.
func testTagger(t testing.TB, opts ...entity.Option) *entity.Tagger {
	t.Helper()
	g, err := gazetteer.LoadFile("testdata/gazetteer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return entity.NewTagger(g, opts...)
}

// got is the part of a Mention the table tests compare.
type got struct {
	Text, Type, ID, Country, Role string
}

func summarize(ms []entity.Mention) []got {
	var out []got
	for _, m := range ms {
		out = append(out, got{m.Text, m.Type.String(), m.ID, m.Country, m.Role})
	}
	return out
}

func TestTag(t *testing.T) {
	tg := testTagger(t)
	tests := []struct {
		name   string
		in     string
		want   []got
		reason string
	}{{
		name:   "title-and-nationality",
		in:     "South Korean Defense Minister Lee Jong-sup said on Sunday that talks went well.",
		want:   []got{{"South Korean", "NORP", "KOR", "KOR", ""}, {"Lee Jong-sup", "PERSON", "", "KOR", "Defense Minister"}},
		reason: "the nationality is its own mention; the title is a role, not part of the name; the person takes the nationality's country",
	}, {
		name:   "short-name-coreference",
		in:     "Defense Minister Lee Jong-sup met reporters. Lee said the talks went well.",
		want:   []got{{"Lee Jong-sup", "PERSON", "", "", "Defense Minister"}, {"Lee", "PERSON", "", "", ""}},
		reason: "a Korean family name alone refers back to the full name",
	}, {
		name:   "possessive-and-capital",
		in:     "Seoul criticized Japan's export rules.",
		want:   []got{{"Seoul", "GPE", "KOR", "KOR", ""}, {"Japan", "GPE", "JPN", "JPN", ""}},
		reason: "a capital links to its country; 's is not part of the name",
	}, {
		name:   "possessive-inside-a-name",
		in:     "The People's Republic of China and China's Beijing office replied.",
		want:   []got{{"People's Republic of China", "GPE", "CHN", "CHN", ""}, {"China", "GPE", "CHN", "CHN", ""}, {"Beijing", "GPE", "CHN", "CHN", ""}},
		reason: "a possessive after a word that names no actor belongs to the name; after an actor's name it splits",
	}, {
		name:   "ambiguous-country-left-unlinked",
		in:     "Korea's exports rose in May.",
		want:   []got{{"Korea", "GPE", "", "", ""}},
		reason: "a form two countries share is not guessed without context",
	}, {
		name:   "ambiguous-country-resolved-by-context",
		in:     "Pyongyang said Korea would be reunited.",
		want:   []got{{"Pyongyang", "GPE", "PRK", "PRK", ""}, {"Korea", "GPE", "PRK", "PRK", ""}},
		reason: "the country the document names elsewhere resolves the shared form",
	}, {
		name:   "name-ending-in-a-possessive",
		in:     "Talks were held in Saint John's on Friday.",
		want:   []got{{"Saint John's", "GPE", "ATG", "ATG", ""}},
		reason: "a gazetteer name that ends in 's keeps it",
	}, {
		name:   "all-caps-dateline-ending-in-a-title-word",
		in:     "PORT-AU-PRINCE, June 3 - Officials met.",
		want:   []got{{"PORT-AU-PRINCE", "GPE", "HTI", "HTI", ""}},
		reason: "a whole gazetteer name wins over stripping a trailing title word (PRINCE)",
	}, {
		name:   "organization-before-person",
		in:     "US State Department spokesman Ned Price told reporters the test was likely.",
		want:   []got{{"US State Department", "ORG", "org/us-state-department", "USA", ""}, {"Ned Price", "PERSON", "", "USA", "spokesman"}},
		reason: "an official takes the country of the body named before the title",
	}, {
		name:   "organization-with-of",
		in:     "He worked for the Bank of America and later for the Labour Party of Malta.",
		want:   []got{{"Bank of America", "ORG", "", "USA", ""}, {"Labour Party of Malta", "ORG", "", "", ""}},
		reason: "head words before 'of' make one organization name, which takes the country named in it",
	}, {
		name:   "election-event",
		in:     "She ran in the 2016 Peruvian general election and lost.",
		want:   []got{{"2016 Peruvian general election", "EVENT", "", "", ""}},
		reason: "election names include the year and lower-case modifiers",
	}, {
		name:   "war-event",
		in:     "The Korean War and World War II shaped the region.",
		want:   []got{{"Korean War", "EVENT", "event/korean-war", "", ""}, {"World War II", "EVENT", "", "", ""}},
		reason: "a gazetteer event, and an unknown one typed by its head word before a numeral",
	}, {
		name:   "sentence-initial-common-word",
		in:     "Under the pact, South Korea and Japan shared information.",
		want:   []got{{"South Korea", "GPE", "KOR", "KOR", ""}, {"Japan", "GPE", "JPN", "JPN", ""}},
		reason: "a capitalized common word starting a sentence is not a name",
	}, {
		name:   "headline-capitals",
		in:     "NORTH KOREA FIRES MISSILE TOWARD JAPAN\nPyongyang fired a missile on Monday.",
		want:   []got{{"NORTH KOREA", "GPE", "PRK", "PRK", ""}, {"JAPAN", "GPE", "JPN", "JPN", ""}, {"Pyongyang", "GPE", "PRK", "PRK", ""}},
		reason: "in an all-capitals headline only gazetteer names and rare words are names",
	}, {
		name:   "dateline",
		in:     "ATLANTA, Georgia - The governor spoke.",
		want:   []got{{"ATLANTA", "GPE", "city/atlanta", "USA", ""}, {"Georgia", "GPE", "state/georgia", "USA", ""}},
		reason: "next to a US city, Georgia is the US state, not the country",
	}, {
		name:   "acronym-definition",
		in:     "The North Atlantic Treaty Organization (NATO) met in Brussels.",
		want:   []got{{"North Atlantic Treaty Organization", "ORG", "org/nato", "", ""}, {"NATO", "ORG", "org/nato", "", ""}, {"Brussels", "GPE", "", "", ""}},
		reason: "an alias and its acronym link to one entry; an unknown place after 'in' is a GPE",
	}, {
		name:   "event-prefix",
		in:     "Hurricane Helene sparked fires in North Korea.",
		want:   []got{{"Hurricane Helene", "EVENT", "", "", ""}, {"North Korea", "GPE", "PRK", "PRK", ""}},
		reason: "storms are named events",
	}, {
		name:   "possessive-organization",
		in:     "Officials at Japan's Defense Ministry declined to comment.",
		want:   []got{{"Japan", "GPE", "JPN", "JPN", ""}, {"Defense Ministry", "ORG", "", "JPN", ""}},
		reason: "a body takes the country that owns it",
	}, {
		name:   "leader-surname",
		in:     "Chavez said the talks had failed.",
		want:   []got{{"Chavez", "PERSON", "", "VEN", ""}},
		reason: "undated, a surname alone is a person of the country its namesakes share, unlinked: no office tells who is meant",
	}, {
		name:   "acronym-defined-in-text",
		in:     "The Union of Concerned Scientists (UCS) said the plan failed. UCS officials disagreed.",
		want:   []got{{"Union of Concerned Scientists", "ORG", "", "", ""}, {"UCS", "ORG", "", "", ""}, {"UCS", "ORG", "", "", ""}},
		reason: "a union of members is an organization, not a state; its acronym and the acronym's later uses take its type",
	}, {
		name: "acronym-definition-over-gazetteer",
		in:   "The Republican Organization of Korea (ROK) met in Seoul. The ROK said it would act.",
		want: []got{{"Republican Organization of Korea", "ORG", "", "KOR", ""}, {"ROK", "ORG", "", "KOR", ""}, {"Seoul", "GPE", "KOR", "KOR", ""},
			{"ROK", "ORG", "", "KOR", ""}},
		reason: "an acronym the text defines, with initials that spell it, overrides the gazetteer's ROK (South Korea) for the document; " +
			"the organization takes the country its name gives (Korea, resolved by Seoul)",
	}, {
		name:   "compositional-bodies",
		in:     "The Japanese Foreign Ministry said the South Korean military and a Seoul court had acted.",
		want:   []got{{"Japanese Foreign Ministry", "ORG", "", "JPN", ""}, {"South Korean", "NORP", "KOR", "KOR", ""}, {"Seoul", "GPE", "KOR", "KOR", ""}},
		reason: "a nationality before a capitalized body name is part of the name and gives its country; before a lower-case body noun it stays a nationality, and a capital stays the country (the span conventions of the dev gold)",
	}, {
		name:   "glued-dateline",
		in:     "More InformationATLANTA, Georgia - The governor spoke.",
		want:   []got{{"ATLANTA", "GPE", "city/atlanta", "USA", ""}, {"Georgia", "GPE", "state/georgia", "USA", ""}},
		reason: "a dateline glued to the link text before it by a lost line break is split off; the link text is no name",
	}, {
		name:   "currency-prefix",
		in:     "Japan will lend US$36 million; the US pledged $5 million and US $2 million more.",
		want:   []got{{"Japan", "GPE", "JPN", "JPN", ""}, {"US", "GPE", "USA", "USA", ""}, {"US", "GPE", "USA", "USA", ""}},
		reason: "an abbreviation written against a currency symbol spells the currency, not the country; apart from it, it is the country",
	}, {
		name: "empty",
		in:   "",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, summarize(tg.Tag(entity.Input{Text: tc.in}).Mentions)); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

// TestSpans checks the byte-offset invariant on awkward input.
func TestSpans(t *testing.T) {
	tg := testTagger(t)
	for _, in := range []string{
		"Séoul and “Japan’s” leaders — in 東京 — met Hugo Chávez.",
		"\xff\xfe North Korea \x00 Japan",
		"U.S.-South Korea drills; US-Japan talks",
	} {
		for _, m := range tg.Tag(entity.Input{Text: in}).Mentions {
			if m.Start < 0 || m.End > len(in) || m.Start >= m.End || in[m.Start:m.End] != m.Text {
				t.Errorf("Tag(%q): bad span %+v", in, m)
			}
		}
	}
}

// TestConcurrent shares one tagger across 8 goroutines, each tagging
// several documents many times; run with -race. Every result must equal
// the one tagged alone, mentions, entities and references included.
func TestConcurrent(t *testing.T) {
	tg := testTagger(t)
	ins := []entity.Input{
		{Text: "South Korean Defense Minister Lee Jong-sup met Japanese officials in Tokyo. Lee said Seoul would act."},
		{Text: "President Yoon Suk-yeol met the North Atlantic Treaty Organization (NATO). Yoon said he and NATO agreed.",
			Date: entity.Date{Year: 2023, Month: 6, Day: 1}},
		{Text: "NORTH KOREA FIRES MISSILE\nATLANTA, Georgia - It said the test succeeded."},
	}
	var want []*entity.Document
	for _, in := range ins {
		want = append(want, tg.Tag(in))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 10 {
				k := (g + r) % len(ins)
				if diff := cmp.Diff(want[k], tg.Tag(ins[k])); diff != "" {
					t.Errorf("goroutine %d: concurrent Tag(%q) differs (-want +got):\n%s", g, ins[k].Text, diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzTag(f *testing.F) {
	tg := testTagger(f)
	f.Add("South Korean Defense Minister Lee Jong-sup said on Sunday. He left.")
	f.Add("NORTH KOREA FIRES MISSILE\nATLANTA, Georgia -")
	f.Add("The North Atlantic Treaty Organization (NATO) met. It said its forces were ready.")
	f.Add("the 2016 Peruvian general election")
	f.Add("Riverton 2 Eastport 1\nNorthvale 14 8 3 3 25 12 27")
	f.Add("More InformationATLANTA, Georgia - \"We will act,\" Yoon said.")
	f.Add("GENEVA,.Switzerland - BERLIN/DETROIT: \xff\xfe")
	f.Add("Mohammed Shia al-Sudani met Ursula von der Leyen. Al-Sudani and Von der Leyen spoke. al- -Sudani von")
	f.Add("The Syrian leader met the Kenyan president, William Ruto, and Mr. Park.")
	f.Fuzz(func(t *testing.T, in string) {
		doc := tg.Tag(entity.Input{Text: in})
		prev := -1
		for _, m := range doc.Mentions {
			if m.Start < 0 || m.End > len(in) || m.Start >= m.End || in[m.Start:m.End] != m.Text {
				t.Fatalf("bad span %+v in %q", m, in)
			}
			if m.Start < prev {
				t.Fatalf("mentions out of order or overlapping in %q", in)
			}
			prev = m.End
			if !m.Type.Valid() {
				t.Fatalf("invalid type in %+v", m)
			}
		}
		for _, tk := range doc.Tokens {
			if tk.Start < 0 || tk.End > len(in) || tk.Start >= tk.End || in[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, in)
			}
		}
		checkEntities(t, doc)
		for i := range doc.Tokens {
			doc.Referent(i) // must not panic
		}
		if diff := cmp.Diff(doc, tg.Tag(entity.Input{Text: in})); diff != "" {
			t.Fatalf("Tag(%q) twice differs (-first +second):\n%s", in, diff)
		}
	})
}

func TestReferent(t *testing.T) {
	tg := testTagger(t)
	tests := []struct {
		name, in, word string // word: the token whose referent is asked (its first occurrence)
		want           string // the referent's Name, "" for none
		reason         string
	}{
		{"he", "Defense Minister Lee Jong-sup arrived. He met reporters.", "He", "Lee Jong-sup", "the closest person before"},
		{"it", "North Korea fired a missile on Monday. It said the test succeeded.", "It", "North Korea", "the actor of the sentence before"},
		{"its-same-sentence", "North Korea has vowed to expand its arsenal because of drills that it considers rehearsals.", "its", "North Korea", "the first actor of the same sentence"},
		{"the-country", "Japan imposed export rules. The country said more would follow.", "country", "Japan", "a definite description of a country"},
		{"we-in-quote", "\"We intend to act,\" South Korean Defense Minister Lee Jong-sup said.", "We", "Lee Jong-sup", "the speaker a quotation is attributed to"},
		{"we-before-quote", "Seoul said: \"We will respond.\"", "We", "South Korea", "a speaker before the opening quote"},
		{"we-outside-quote", "We met Japan.", "We", "", "no quotation, no speaker"},
		{"his-country", "Japan's foreign minister said his country would act.", "his", "Japan", "a possessive before 'country' stands for the actor's country"},
		{"its-forces", "Officials in Seoul said its forces were ready.", "its", "South Korea", "'its forces' are the country's"},
		{"its-in-embedded-clause", "Japan said talks stalled after the United States closed its embassy.", "its", "United States",
			"the subject of the verb whose phrase holds 'its', not the sentence's first actor"},
		{"its-object-control", "Japan urged North Korea to abandon its missile program.", "its", "North Korea",
			"'urged X to abandon its': X is the subject of 'abandon'"},
		{"its-relative-clause", "Japan condemned the attack that damaged its embassy.", "its", "Japan",
			"the verb's subject is no actor: the sentence's actor, as before"},
		{"its-unresolved", "The submarine surfaced and showed its flag.", "its", "", "no actor in the sentence or before it"},
		{"not-a-pronoun", "Japan met Seoul.", "met", "", "only pronouns and descriptions are resolved"},
		{"the-country-is-a-country", "Fires in Atlanta and the United States made it the country's worst year.", "country", "United States", "'the country' skips a city for a country"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			got := ""
			for i, tok := range doc.Tokens {
				if tok.Text == tc.word {
					if m, ok := doc.Referent(i); ok {
						got = m.Name
					}
					break
				}
			}
			if got != tc.want {
				t.Errorf("Referent(%q) in %q = %q, want %q (%s)", tc.word, tc.in, got, tc.want, tc.reason)
			}
		})
	}
}

// TestReferentWithoutPOS checks that without part-of-speech tags "its"
// keeps the sentence-level choice: no verb, no clause subject.
func TestReferentWithoutPOS(t *testing.T) {
	tg := testTagger(t, entity.WithPOS(false))
	in := "Japan said talks stalled after the United States closed its embassy."
	doc := tg.Tag(entity.Input{Text: in})
	for i, tok := range doc.Tokens {
		if tok.Text != "its" {
			continue
		}
		m, ok := doc.Referent(i)
		if !ok || m.Name != "Japan" {
			t.Errorf("Referent(its) in %q = %q, %v; want Japan", in, m.Name, ok)
		}
		return
	}
	t.Fatalf("no 'its' token in %q", in)
}

// TestModelFallback turns on prose's statistical NER: it types only the
// names that neither the gazetteer nor the rules can, and gazetteer
// knowledge wins over it (Tokyo and Pyongyang are never people).
func TestModelFallback(t *testing.T) {
	tg := testTagger(t, entity.WithModel(true))
	in := "Kenji Watanabe visited Tokyo and Pyongyang with Japan envoy Haruto Sato. Tarkan met Wilmington officials."
	doc := tg.Tag(entity.Input{Text: in})
	byText := map[string]entity.Mention{}
	fromModel := 0
	for _, m := range doc.Mentions {
		byText[m.Text] = m
		if m.Source == entity.FromModel {
			fromModel++
		}
	}
	for _, name := range []string{"Tokyo", "Pyongyang", "Japan"} {
		if m := byText[name]; m.Type != entity.GPE || m.Source != entity.FromGazetteer {
			t.Errorf("%s: got %v from %v, want GPE from the gazetteer", name, m.Type, m.Source)
		}
	}
	if m := byText["Kenji Watanabe"]; m.Type != entity.Person || m.Source != entity.FromRule {
		t.Errorf("Kenji Watanabe: got %v from %v, want PERSON by rule (a given name)", m.Type, m.Source)
	}
	if fromModel == 0 {
		t.Errorf("no mention typed by the model in %q: %+v", in, doc.Mentions)
	}
}
