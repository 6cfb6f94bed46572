package relation

import (
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
)

// FuzzExtract builds documents from fuzzed text, marking capitalized
// words as mentions of rotating types, and checks that Extract never
// panics and that every span it returns is valid and inside its sentence.
func FuzzExtract(f *testing.F) {
	for _, tc := range extractTests {
		f.Add(tc.text, uint8(len(tc.mentions)))
	}
	for i, tc := range phrasingCases {
		f.Add(tc.text, uint8(i))
	}
	for i, tc := range accuseTests {
		f.Add(tc.text, uint8(i))
	}
	for i, tc := range byKindTests {
		f.Add(tc.text, uint8(i))
	}
	for i, tc := range eventArgCases {
		f.Add(tc.text, uint8(i))
	}
	for i, tc := range argPrecisionCases {
		f.Add(tc.text, uint8(i))
	}
	f.Add("Japan's and ,, - \u201cmet\u201d with ... Korea? If not, 'it' was attacked by.", uint8(7))
	f.Add("", uint8(0))
	f.Fuzz(func(t *testing.T, s string, seed uint8) {
		doc, err := makeDoc(s)
		if err != nil {
			t.Skip()
		}
		types := []entity.Type{entity.GPE, entity.Person, entity.NORP, entity.Org, entity.Loc}
		k := int(seed)
		for i, tk := range doc.Tokens {
			if tk.Text == "" || strings.ToUpper(tk.Text[:1]) != tk.Text[:1] || strings.ToLower(tk.Text[:1]) == tk.Text[:1] {
				continue
			}
			k++
			typ := types[k%len(types)]
			id := []string{"AAA", "BBB", "person/x", "", "CCC"}[k%5]
			kind := []entity.Kind{"armed-group", "", "person", "military", "country", "armed-group", ""}[k%7]
			role := []string{"", "commander", "", "defense minister"}[k%4]
			doc.Mentions = append(doc.Mentions, entity.Mention{Start: tk.Start, End: tk.End, Text: tk.Text,
				Type: typ, ID: id, Kind: kind, Country: id, Role: role, First: i, Last: i + 1})
		}
		rels := extractOn(defaultExtractor(t), doc, entity.Date{Year: 2020, Month: 2, Day: 29})
		for _, r := range rels {
			checkSpan(t, doc, "sentence", r.Sentence)
			checkSpan(t, doc, "trigger", r.Trigger)
			inside(t, "trigger", r.Trigger, r.Sentence)
			args := []Argument{r.Subject}
			if r.Object != nil {
				args = append(args, *r.Object)
			}
			for _, a := range args {
				checkSpan(t, doc, "argument", Span{a.Start, a.End, a.Text})
				inside(t, "argument", Span{a.Start, a.End, a.Text}, r.Sentence)
			}
			if r.Predicate < Statement || r.Predicate > MassViolence || !strings.HasPrefix(r.CAMEO, r.Predicate.Code()) {
				t.Fatalf("bad predicate %v / %q", r.Predicate, r.CAMEO)
			}
		}
	})
}

func checkSpan(t *testing.T, doc *entity.Document, what string, sp Span) {
	t.Helper()
	if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End || doc.Text[sp.Start:sp.End] != sp.Text {
		t.Fatalf("%s span %d-%d %q does not match the text", what, sp.Start, sp.End, sp.Text)
	}
}

func inside(t *testing.T, what string, sp, sent Span) {
	t.Helper()
	if sp.Start < sent.Start || sp.End > sent.End {
		t.Fatalf("%s %q (%d-%d) outside its sentence (%d-%d)", what, sp.Text, sp.Start, sp.End, sent.Start, sent.End)
	}
}

// FuzzExtractMalformed feeds documents whose offsets are inconsistent:
// Extract must not panic.
func FuzzExtractMalformed(f *testing.F) {
	f.Add("Japan met China.", 0, 5, 2, -1, 3)
	f.Fuzz(func(t *testing.T, s string, a, b, c, d, e int) {
		doc, err := makeDoc(s)
		if err != nil {
			t.Skip()
		}
		doc.Mentions = append(doc.Mentions, entity.Mention{Start: a, End: b, First: c, Last: d, Type: entity.GPE, ID: "XXX"})
		if len(doc.Tokens) > 0 {
			doc.Tokens[0].Start, doc.Tokens[0].End = e, b
		}
		doc.Sentences = append(doc.Sentences, entity.Sentence{Start: a, End: b, First: c, Last: d})
		extractOn(defaultExtractor(t), doc, entity.Date{Year: e, Month: a, Day: b})
	})
}
