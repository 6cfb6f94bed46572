package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/english"
)

func words(toks []Token) []string {
	out := []string{}
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		reason   string
	}{
		{"empty", "", []string{}, "no input, no tokens"},
		{"spaces-only", " \t\n ", []string{}, "whitespace is never a token"},
		{"possessive", "Japan's", []string{"Japan", "'s"}, "the clitic is its own token"},
		{"curly-possessive", "Japan\u2019s", []string{"Japan", "\u2019s"}, "curly apostrophes too"},
		{"plural-possessive", "the Koreas' ties", []string{"the", "Koreas", "'", "ties"}, "a bare apostrophe after s is punctuation"},
		{"negation", "don't", []string{"do", "n't"}, "n't splits like the treebank"},
		{"inner-apostrophe", "O'Neill and Côte d'Ivoire", []string{"O'Neill", "and", "Côte", "d'Ivoire"}, "apostrophes inside names stay"},
		{"hyphen", "Lee Jong-sup", []string{"Lee", "Jong", "-", "sup"}, "hyphens are tokens so names join across them"},
		{"initialism", "the U.S. and D.C.", []string{"the", "U.S.", "and", "D.C."}, "dotted acronyms stay whole"},
		{"initial", "George W. Bush", []string{"George", "W.", "Bush"}, "an upper-case initial keeps its period"},
		{"title", "Mr. Kim", []string{"Mr.", "Kim"}, "known abbreviations keep their period"},
		{"title-word-at-end", "met Hun Sen. The talks", []string{"met", "Hun", "Sen", ".", "The", "talks"}, "a title abbreviation not followed by a name ends a sentence"},
		{"sentence-end", "in Japan.", []string{"in", "Japan", "."}, "an ordinary word does not take the period"},
		{"numbers", "1,000 people, 2.5% and 10:30", []string{"1,000", "people", ",", "2.5", "%", "and", "10:30"}, "separators inside numbers"},
		{"host", "RT.com reported", []string{"RT.com", "reported"}, "host names are one token"},
		{"quotes", "\u201cserious dialogue\u201d", []string{"\u201c", "serious", "dialogue", "\u201d"}, "quotes are punctuation"},
		{"invalid-utf8", "a\xffb", []string{"a", "\xff", "b"}, "invalid bytes become their own tokens, never dropped"},
		{"clitics", "I'm sure they\u2019re", []string{"I", "'m", "sure", "they", "\u2019re"}, "every clitic of the class clitics splits, after either apostrophe"},
		{"curly-negation", "can\u2019t", []string{"ca", "n\u2019t"}, "a clitic with a letter before its apostrophe splits before that letter"},
		{"clitic-alone", "n't", []string{"n't"}, "a clitic with no word before it stays whole"},
		{"month-abbreviation", "on Jan. 5", []string{"on", "Jan.", "5"}, "a month written with a period (class months) is an abbreviation"},
		{"full-month", "in May. Then", []string{"in", "May", ".", "Then"}, "a month with no period in months is no abbreviation"},
		{"company", "Acme Corp. said", []string{"Acme", "Corp.", "said"}, "a word of the class abbreviations keeps its period"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, words(Tokenize(tc.in))); diff != "" {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

// TestClitics checks the word class clitics that the tokenizer splits
// off: each clitic has one apostrophe, something after it, and a Penn
// Treebank tag that ParsePOS knows (the tagger's fallback).
func TestClitics(t *testing.T) {
	tab := english.Default()
	if len(tab.Words(english.Clitics)) == 0 {
		t.Fatal("no clitics")
	}
	for _, c := range tab.Words(english.Clitics) {
		if _, after, ok := strings.Cut(c, "'"); !ok || after == "" || strings.Contains(after, "'") {
			t.Errorf("clitic %q: want one apostrophe with letters after it", c)
		}
		if tag, _ := tab.Texts(english.Clitics, c); ParsePOS(strings.ToUpper(tag[0])) == Unknown {
			t.Errorf("clitic %q: %q is no Penn Treebank tag", c, tag[0])
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		reason   string
	}{
		{"two", "Seoul acted. Tokyo replied.", []string{"Seoul acted.", "Tokyo replied."}, "period, space, capital"},
		{"acronym", "The U.S. President spoke. He left.", []string{"The U.S. President spoke.", "He left."}, "U.S. before a name does not end the sentence"},
		{"acronym-end", "talks with the U.S. The next day", []string{"talks with the U.S.", "The next day"}, "U.S. before a sentence starter does"},
		{"title", "Mr. Kim met Gen. Lee.", []string{"Mr. Kim met Gen. Lee."}, "titles never end a sentence"},
		{"quote", "\"We will act,\" he said. \"Now.\" Then he left.", []string{"\"We will act,\" he said.", "\"Now.\"", "Then he left."}, "closing quotes stay with their sentence"},
		{"lines", "SEOUL, South Korea\nThe talks ended", []string{"SEOUL, South Korea", "The talks ended"}, "a line break ends a sentence (datelines, headlines)"},
		{"lowercase-after-period", "It cost 2.5 bn. dollars", []string{"It cost 2.5 bn. dollars"}, "no break before a lower-case word"},
		{"acronym-pronoun", "It hit the U.S. He left.", []string{"It hit the U.S.", "He left."}, "a subject pronoun (class sentence_starters) starts a sentence after an initialism"},
		{"abbreviation-end", "joined Acme Corp. The deal", []string{"joined Acme Corp.", "The deal"}, "an abbreviation that is no title ends a sentence before a capital"},
		{"versus", "Arsenal vs. Chelsea ended 2-1", []string{"Arsenal vs. Chelsea ended 2-1"}, "a title abbreviation before a name ends no sentence"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(tc.in)
			var got []string
			for _, s := range Sentences(tc.in, toks) {
				got = append(got, tc.in[s.Start:s.End])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

func TestParsePOS(t *testing.T) {
	for _, tag := range []string{"NNP", "PRP$", "WP$", "POS", "VBD", "."} {
		if got := ParsePOS(tag).String(); got != tag {
			t.Errorf("ParsePOS(%q).String() = %q", tag, got)
		}
	}
	if ParsePOS(",") != Punct || ParsePOS("nonsense") != Unknown {
		t.Error("punctuation tags should be Punct and unknown tags Unknown")
	}
	if !NNP.IsProperNoun() || !VBZ.IsVerb() || !JJR.IsAdjective() || !NNS.IsNoun() || NN.IsVerb() {
		t.Error("POS predicates disagree with the tag classes")
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Japan's U.S.-South Korea drills.", "Mr. Kim met Gen. Lee. He left.", "a\xffb\n\"Now.\"", "1,000 2.5% RT.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			if strings.TrimSpace(s[prev:tk.Start]) != "" && utf8.ValidString(s[prev:tk.Start]) {
				t.Fatalf("dropped %q before %+v in %q", s[prev:tk.Start], tk, s)
			}
			prev = tk.End
		}
		last := 0
		for _, se := range Sentences(s, toks) {
			if se.First != last || se.Last <= se.First || se.Last > len(toks) {
				t.Fatalf("sentences do not tile the tokens: %+v in %q", se, s)
			}
			last = se.Last
		}
		if last != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens in %q", last, len(toks), s)
		}
	})
}
