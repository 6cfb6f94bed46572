package entity_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// phraseView is what a test reads of a Phrase: its words, not its token
// indices.
type phraseView struct {
	Text     string // the phrase's text
	Head     string
	Opener   string
	Definite bool
}

// viewPhrase reads the phrase of doc that starts at the first token
// reading at, "" for none.
func viewPhrase(t *testing.T, doc *entity.Document, at string) (phraseView, bool) {
	t.Helper()
	i := -1
	for k, tok := range doc.Tokens {
		if tok.Text == at {
			i = k
			break
		}
	}
	if i < 0 {
		t.Fatalf("no token %q in %q", at, doc.Text)
	}
	p, ok := doc.Phrases().At(i)
	if !ok {
		return phraseView{}, false
	}
	v := phraseView{
		Text:     doc.Text[doc.Tokens[p.First].Start:doc.Tokens[p.Last-1].End],
		Head:     doc.Tokens[p.Head].Text,
		Opener:   p.Opener.String(),
		Definite: p.Definite,
	}
	return v, true
}

func TestPhrase(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, at string
		want           phraseView
		ok             bool
	}{
		{"definite determiner, nationality and head", "The Japanese minister arrived on Monday.", "The",
			phraseView{Text: "The Japanese minister", Head: "minister", Opener: "determiner", Definite: true}, true},
		{"indefinite determiner is no definite one", "Police arrested a Chinese businessman.", "a",
			phraseView{Text: "a Chinese businessman", Head: "businessman", Opener: "determiner"}, true},
		{"a run of determiners opens one phrase", "She thanked all the foreign ministers.", "all",
			phraseView{Text: "all the foreign ministers", Head: "ministers", Opener: "determiner", Definite: true}, true},
		{"possessive pronoun", "Brazil said its armed forces were ready.", "its",
			phraseView{Text: "its armed forces", Head: "forces", Opener: "possessive-pronoun"}, true},
		{"possessive name with a straight apostrophe", "Kenya's foreign ministry protested.", "Kenya",
			phraseView{Text: "Kenya's foreign ministry", Head: "ministry", Opener: "possessive-name"}, true},
		{"possessive name with a curly apostrophe", "Kenya\u2019s foreign ministry protested.", "Kenya",
			phraseView{Text: "Kenya\u2019s foreign ministry", Head: "ministry", Opener: "possessive-name"}, true},
		{"bare apostrophe of a plural name", "Protesters met the Philippines' ambassador in Manila.", "Philippines",
			phraseView{Text: "Philippines' ambassador", Head: "ambassador", Opener: "possessive-name"}, true},
		{"hyphenated compounds count their words, not the hyphens", "The state-run oil company raised prices.", "The",
			phraseView{Text: "The state-run oil company", Head: "company", Opener: "determiner", Definite: true}, true},
		{"a place before a hyphen", "The Paris-based group said it would appeal.", "The",
			phraseView{Text: "The Paris-based group", Head: "group", Opener: "determiner", Definite: true}, true},
		{"no opener: modifiers and a head", "Armed rebels attacked the town.", "Armed",
			phraseView{Text: "Armed", Head: "Armed", Opener: "none"}, false},
		{"the head is the last noun of the run", "The rights watchdog said on Monday.", "The",
			phraseView{Text: "The rights watchdog", Head: "watchdog", Opener: "determiner", Definite: true}, true},
		{"a verb ends the run", "The minister visiting Tokyo said no.", "The",
			phraseView{Text: "The minister", Head: "minister", Opener: "determiner", Definite: true}, true},
		{"a determiner alone is no phrase", "He said that was all.", "that",
			phraseView{}, false},
		{"a plural nationality heads its phrase", "The Afghans protested.", "The",
			phraseView{Text: "The Afghans", Head: "Afghans", Opener: "determiner", Definite: true}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text})
			got, ok := viewPhrase(t, doc, tc.at)
			if ok != tc.ok {
				t.Fatalf("Phrase at %q in %q: ok = %v, want %v (%+v)", tc.at, tc.text, ok, tc.ok, got)
			}
			if !ok {
				return
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Phrase at %q in %q mismatch (-want +got):\n%s", tc.at, tc.text, diff)
			}
		})
	}
}

// FuzzPhrase checks that Phrases.At never panics and that every phrase it
// reads lies inside one sentence with First <= Body <= Head < Last.
func FuzzPhrase(f *testing.F) {
	for _, s := range []string{
		"The Japanese minister arrived. Kenya's foreign ministry and its armed forces left.",
		"The state-run oil company and the Paris-based group met all the foreign ministers.",
		"The Philippines' envoy and Kenya\u2019s army. the - - the a 's ' \u2019",
		"its his her their the the the",
	} {
		f.Add(s)
	}
	tg, err := worldTagger()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) || strings.Count(in, " ") > 200 {
			return
		}
		doc := tg.Tag(entity.Input{Text: in})
		for i := -1; i <= len(doc.Tokens); i++ {
			p, ok := doc.Phrases().At(i)
			if !ok {
				continue
			}
			if !(p.First == i && p.First <= p.Body && p.Body <= p.Head && p.Head < p.Last && p.Last <= len(doc.Tokens)) {
				t.Fatalf("Phrase(%d) of %q = %+v: bounds out of order", i, in, p)
			}
			inside := false
			for _, s := range doc.Sentences {
				inside = inside || s.First <= p.First && p.Last <= s.Last
			}
			if !inside {
				t.Fatalf("Phrase(%d) of %q = %+v crosses a sentence", i, in, p)
			}
		}
	})
}

func TestPhrasesGoesOnAndBased(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	at := func(doc *entity.Document, w string) int {
		for k, tok := range doc.Tokens {
			if tok.Text == w {
				return k
			}
		}
		t.Fatalf("no token %q in %q", w, doc.Text)
		return -1
	}
	for _, tc := range []struct {
		name, text, head string
		goesOn           bool
	}{
		{"a name after the head", "The group Hamas said it would fight.", "group", true},
		{"a genitive after the head", "The leader of the party resigned.", "leader", true},
		{"a title word after the head", "The government spokesman said no.", "government", true},
		{"a place after the head names nothing it describes", "He told the minister Kenya would vote.", "minister", false},
		{"a verb after the head", "The ministry said on Monday.", "ministry", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text})
			if got := doc.Phrases().GoesOn(at(doc, tc.head)); got != tc.goesOn {
				t.Errorf("GoesOn(%q) in %q = %v, want %v", tc.head, tc.text, got, tc.goesOn)
			}
		})
	}
	for _, tc := range []struct {
		name, text string
		based      bool
	}{
		{"a hyphen modifier", "The Saudi-led coalition struck.", true},
		{"another hyphen modifier", "The Paris-based group said.", true},
		{"a compound that says whose", "The Turkish-made drones flew.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text})
			if got := doc.Phrases().Based(at(doc, "-")); got != tc.based {
				t.Errorf("Based at the hyphen of %q = %v, want %v", tc.text, got, tc.based)
			}
		})
	}
}

// The phrase reader reads a noun phrase's opener, modifiers and head.
func ExamplePhrases_At() {
	tg, err := worldTagger()
	if err != nil {
		panic(err)
	}
	doc := tg.Tag(entity.Input{Text: "The Japanese defense minister met Kenya's foreign minister."})
	for _, i := range []int{0, 5} {
		p, ok := doc.Phrases().At(i)
		if !ok {
			continue
		}
		fmt.Printf("%q: opener %s, definite %v, head %q\n", doc.Text[doc.Tokens[p.First].Start:doc.Tokens[p.Last-1].End], p.Opener, p.Definite, doc.Tokens[p.Head].Text)
	}
	// Output:
	// "The Japanese defense minister": opener determiner, definite true, head "minister"
	// "Kenya's foreign minister": opener possessive-name, definite false, head "minister"
}

// The zero Phrases reads an empty document: no phrase, no opener.
func TestZeroPhrases(t *testing.T) {
	var ph entity.Phrases
	if _, ok := ph.At(0); ok {
		t.Error("zero Phrases: At(0) reports a phrase")
	}
	if _, ok := ph.To(0, 1); ok {
		t.Error("zero Phrases: To(0, 1) reports a phrase")
	}
	if k, body := ph.Opener(0); k != entity.NoOpener || body != 0 {
		t.Errorf("zero Phrases: Opener(0) = %v, %d, want none, 0", k, body)
	}
	if ph.GoesOn(0) || ph.Based(0) || ph.Definite(0) || ph.Modifier(0) {
		t.Error("zero Phrases: a word test reports true")
	}
}
