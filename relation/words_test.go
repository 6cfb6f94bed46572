package relation

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/english"
)

func TestBaseWordsLoad(t *testing.T) {
	ws, err := baseWords()
	if err != nil {
		t.Fatal(err)
	}
	for c, name := range classNames {
		if name == "" {
			t.Errorf("class %d has no name", c)
		}
		if len(ws.list[c]) == 0 {
			t.Errorf("class %q is empty", name)
		}
	}
}

func TestWordClasses(t *testing.T) {
	ws := defaultWords()
	tests := []struct {
		name  string
		class wordClass
		word  string
		want  bool
	}{
		{"listed", english.Determiners, "the", true},
		{"not-listed", english.Determiners, "kenya", false},
		{"phrase", english.NegationPhrases, "no longer", true},
		{"verb-forms-are-listed", english.ReportVerbs, "said", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ws.has(tc.class, tc.word); got != tc.want {
				t.Errorf("has(%s, %q) = %v, want %v", classNames[tc.class], tc.word, got, tc.want)
			}
		})
	}
	if v, ok := ws.value(english.Months, "sept."); !ok || v != 9 {
		t.Errorf("value(months, sept.) = %d, %v; want 9, true", v, ok)
	}
	if v, ok := ws.value(english.ObligationModals, "must"); !ok || Predicate(v) != Demand {
		t.Errorf("value(obligation_modals, must) = %v, %v; want %v, true", Predicate(v), ok, Demand)
	}
	toks := strings.Fields("he has yet to sign")
	if n := ws.phraseEnding(toks, 3, english.NegationPhrases); n != 2 {
		t.Errorf("phraseEnding(%q, 3) = %d, want 2", toks, n)
	}
	if n := ws.phraseLen(strings.Fields("as many as 20"), 0, english.QuantifierPhrases); n != 3 {
		t.Errorf("phraseLen(as many as 20) = %d, want 3", n)
	}
}

func TestLexiconWordsErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   []string
		reason string
	}{
		{
			name:   "unknown-class",
			in:     "words:\n  negatons: [hardly]\n",
			want:   []string{`x.yaml:2:3: unknown word class "negatons"`},
			reason: "a misspelt class would otherwise be silently ignored",
		},
		{
			name:   "not-a-list",
			in:     "words:\n  negations: hardly\n",
			want:   []string{`x.yaml:2:14: word class "negations" must be a list of words`},
			reason: "a bare word is probably a list of one, but say so",
		},
		{
			name:   "upper-case",
			in:     "words:\n  negations: [Hardly, \"no  way\"]\n",
			want:   []string{`x.yaml:2:15: word "Hardly" must be lower case with single spaces`, `x.yaml:2:23: word "no  way" must be lower case with single spaces`},
			reason: "words are matched against lower-cased tokens",
		},
		{
			name:   "duplicate",
			in:     "words:\n  negations: [hardly, hardly]\n",
			want:   []string{`x.yaml:2:23: word "hardly" given twice in class "negations"`},
			reason: "a word listed twice is a slip",
		},
		{
			name:   "bad-value",
			in:     "words:\n  months: {brumaire: x}\n  obligation_modals: {shall: \"99\"}\n",
			want:   []string{`x.yaml:2:22: word "brumaire" in class "months": value "x": want a number`, `x.yaml:3:30: word "shall" in class "obligation_modals": value "99": root must be 01 to 20`},
			reason: "a valued class checks its values",
		},
		{
			name:   "valued-class-needs-mapping",
			in:     "words:\n  months: [brumaire]\n",
			want:   []string{`x.yaml:2:11: word class "months" maps words to values`},
			reason: "a month without its number cannot date anything",
		},
		{
			name:   "frame-needs-a-preposition",
			in:     "triggers:\n  - {verb: meet, cameo: \"04\", object: [vis-a-vis]}\n",
			want:   []string{`x.yaml:2:40: object frame "vis-a-vis": want "direct", "that", "any", "clause" or a preposition`},
			reason: "an unknown preposition is an error unless the file adds it (next case)",
		},
		{
			name:   "bad-verb-item",
			in:     "words:\n  fail_verbs: [{noun: neglect}]\n",
			want:   []string{`x.yaml:2:16: a word is a string, {verb: LEMMA} or {class: NAME}`},
			reason: "only verbs are inflected",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadLexicon(strings.NewReader(tc.in), "x.yaml")
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("err = %v, want an ErrorList (%s)", err, tc.reason)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("errors mismatch (-want +got), %s:\n%s", tc.reason, diff)
			}
		})
	}
}

func TestLexiconWordsPreposition(t *testing.T) {
	l := mustLexicon(t, "words:\n  prepositions: [vis-a-vis]\ntriggers:\n  - {verb: meet, cameo: \"04\", object: [vis-a-vis]}\n")
	if got := l.entries[0].frames; !cmp.Equal(got, []string{"vis-a-vis"}) {
		t.Errorf("frames = %q, want [vis-a-vis]", got)
	}
}

// TestUserWords checks that words a lexicon adds to the classes change
// extraction with no Go change.
func TestUserWords(t *testing.T) {
	def, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		text        string
		words       string // the lexicon's words: section
		before, got string // the relations without and with the words
	}{
		{
			name:   "negation-word",
			text:   "Kenya hardly met Somalia.",
			words:  "  negations: [hardly]\n",
			before: "Kenya CONSULT Somalia",
			got:    "Kenya CONSULT Somalia negated",
		},
		{
			name:   "negation-phrase",
			text:   "Kenya is far from recognizing Somalia.",
			words:  "  negation_phrases: [far from]\n",
			before: "Kenya DIPLOMATIC_COOPERATION Somalia",
			got:    "Kenya DIPLOMATIC_COOPERATION Somalia negated",
		},
		{
			name:   "failing-catenative",
			text:   "Kenya neglected to recognize Somalia.",
			words:  "  catenatives: [{verb: neglect}]\n  fail_verbs: [{verb: neglect}]\n",
			before: "",
			got:    "Kenya DIPLOMATIC_COOPERATION Somalia negated",
		},
	}
	show := func(rs []Relation) string {
		var out []string
		for _, r := range rs {
			s := r.Subject.Text + " " + r.Predicate.String() + " " + r.Object.Text
			if r.Negated {
				s += " negated"
			}
			out = append(out, s)
		}
		return strings.Join(out, "; ")
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := buildDoc(t, tc.text, gpe("Kenya", "KEN"), gpe("Somalia", "SOM"))
			if got := show(NewExtractor(def).Extract(doc)); got != tc.before {
				t.Errorf("default lexicon: got %q, want %q", got, tc.before)
			}
			mine := mustLexicon(t, "words:\n"+tc.words)
			lex, err := MergeLexicons(def, mine)
			if err != nil {
				t.Fatal(err)
			}
			if got := show(NewExtractor(lex).Extract(doc)); got != tc.got {
				t.Errorf("with %q: got %q, want %q", tc.words, got, tc.got)
			}
			if got := show(NewExtractor(def).Extract(doc)); got != tc.before {
				t.Errorf("the default lexicon changed after merging: got %q, want %q", got, tc.before)
			}
		})
	}
}

func FuzzParseWords(f *testing.F) {
	f.Add("negations: [hardly]\nmonths: {brumaire: 11}\n")
	f.Add("fail_verbs: [{verb: neglect}, {verb: 3}]\n")
	f.Add("irregular_verbs: {go: [went, gone]}\n")
	f.Add("- a\n- b\n")
	f.Fuzz(func(t *testing.T, src string) {
		adds, errs := parseWordsFile([]byte(src), "fuzz.yaml")
		for _, e := range errs {
			if e.Pos.File != "fuzz.yaml" {
				t.Fatalf("error without position: %v", e)
			}
		}
		ws := buildWords(adds)
		for _, a := range adds {
			if !ws.has(a.Class, a.Word) {
				t.Fatalf("added %q to %s, not found", a.Word, classNames[a.Class])
			}
		}
	})
}
