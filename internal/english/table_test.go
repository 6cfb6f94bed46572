package english

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBaseLoads(t *testing.T) {
	tab, err := Base()
	if err != nil {
		t.Fatal(err)
	}
	for c := Class(0); c < NumClasses; c++ {
		if c.String() == "" {
			t.Errorf("class %d has no name", c)
		}
		if len(tab.Words(c)) == 0 {
			t.Errorf("class %s is empty", c)
		}
	}
	if v, ok := tab.Texts(PluralHeads, "presidents"); !ok || len(v) != 1 || v[0] != "president" {
		t.Errorf("Texts(plural_heads, presidents) = %q, %v", v, ok)
	}
	if len(byName) != int(NumClasses) {
		t.Errorf("%d class names for %d classes: a name is used twice", len(byName), NumClasses)
	}
}

func TestTable(t *testing.T) {
	tab := Default()
	tests := []struct {
		name  string
		class Class
		word  string
		want  bool
	}{
		{"listed", Determiners, "the", true},
		{"not-listed", Determiners, "kenya", false},
		{"verb-forms", ReportVerbs, "said", true},
		{"included-weekday", NonNameCaps, "monday", true},
		{"included-month-abbreviation", NonNameCaps, "sept.", true},
		{"own-word", NonNameCaps, "gmt", true},
		{"included-pronoun", ClosedClass, "their", true},
		{"phrase", NegationPhrases, "no longer", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tab.Has(tc.class, tc.word); got != tc.want {
				t.Errorf("Has(%s, %q) = %v, want %v", tc.class, tc.word, got, tc.want)
			}
		})
	}
}

// TestContainsIn checks the substring test of a class's words, which
// finds a leader's office in a gazetteer role title.
func TestContainsIn(t *testing.T) {
	tab := Default()
	tests := []struct {
		name, w string
		class   Class
		want    bool
	}{
		{"inside", "president of kenya", LeaderTitles, true},
		{"phrase", "acting prime minister", LeaderTitles, true},
		{"none", "minister of finance", LeaderTitles, false},
		{"deputy", "vice president", DeputyWords, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tab.ContainsIn(tc.class, tc.w); got != tc.want {
				t.Errorf("ContainsIn(%s, %q) = %v, want %v", tc.class, tc.w, got, tc.want)
			}
		})
	}
}

func TestParseFile(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		words map[Class][]string
		errs  []string
	}{
		{
			name:  "include",
			in:    "months: {may: 5}\nnon_name_caps: [gmt, {class: months}]\n",
			words: map[Class][]string{Months: {"may"}, NonNameCaps: {"gmt", "may"}},
		},
		{
			name:  "verb",
			in:    "speech_verbs: [{verb: tell}]\n",
			words: map[Class][]string{SpeechVerbs: {"tell", "telling", "tells", "told"}},
		},
		{
			name:  "include-not-in-file",
			in:    "non_name_caps: [{class: months}]\n",
			words: map[Class][]string{},
			errs:  []string{`x.yaml:1:25: word class "non_name_caps" includes "months", which this file does not give`},
		},
		{
			name:  "include-twice",
			in:    "months: {may: 5}\nnon_name_caps: [may, {class: months}]\n",
			words: map[Class][]string{Months: {"may"}, NonNameCaps: {"may"}},
			errs:  []string{`x.yaml:2:30: word "may" given twice in class "non_name_caps" (it is in the included class "months")`},
		},
		{
			name:  "include-chain",
			in:    "months: {may: 5}\nnon_name_caps: [gmt, {class: months}]\nclosed_class: [the, {class: non_name_caps}]\n",
			words: map[Class][]string{Months: {"may"}, NonNameCaps: {"gmt", "may"}, ClosedClass: {"the", "gmt", "may"}},
		},
		{
			name:  "include-cycle",
			in:    "non_name_caps: [gmt, {class: closed_class}]\nclosed_class: [the, {class: non_name_caps}]\n",
			words: map[Class][]string{NonNameCaps: {"gmt", "the"}, ClosedClass: {"the"}},
			errs:  []string{`x.yaml:2:29: word class "closed_class" includes "non_name_caps", which includes it`},
		},
		{
			name:  "words-and-tags",
			in:    "plural_heads: {presidents: president}\norganization_nouns: {junta: [military, state]}\n",
			words: map[Class][]string{PluralHeads: {"presidents"}, OrganizationNouns: {"junta"}},
		},
		{
			name:  "bad-tags",
			in:    "organization_nouns: {junta: military, army: [Military]}\n",
			words: map[Class][]string{},
			errs:  []string{`x.yaml:1:29: want a list of tags`, `x.yaml:1:46: word "Military" must be lower case with single spaces`},
		},
		{
			name:  "unknown",
			in:    "closed_class: [{class: nouns}]\nadjectives: [big]\n",
			words: map[Class][]string{},
			errs:  []string{`x.yaml:1:24: unknown word class "nouns"`, `x.yaml:2:1: unknown word class "adjectives"`},
		},
		{
			name:  "bad-word",
			in:    "closed_class: [The]\n",
			words: map[Class][]string{},
			errs:  []string{`x.yaml:1:16: word "The" must be lower case with single spaces`},
		},
		{
			name:  "bad-value",
			in:    "months: {may: five}\n",
			words: map[Class][]string{},
			errs:  []string{`x.yaml:1:15: word "may" in class "months": value "five": want a number`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			adds, errs := ParseFile([]byte(tc.in), "x.yaml")
			got := map[Class][]string{}
			for _, a := range adds {
				got[a.Class] = append(got[a.Class], a.Word)
			}
			var msgs []string
			for _, e := range errs {
				msgs = append(msgs, e.Error())
			}
			if diff := cmp.Diff(tc.words, got); diff != "" {
				t.Errorf("words mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.errs, msgs); diff != "" {
				t.Errorf("errors mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzParseFile(f *testing.F) {
	f.Add("negations: [hardly]\nmonths: {brumaire: 11}\n")
	f.Add("fail_verbs: [{verb: neglect}, {verb: 3}]\n")
	f.Add("months: {may: 5}\nnon_name_caps: [{class: months}]\n")
	f.Add("- a\n- b\n")
	f.Fuzz(func(t *testing.T, src string) {
		adds, errs := ParseFile([]byte(src), "fuzz.yaml")
		for _, e := range errs {
			if e.Pos.File != "fuzz.yaml" {
				t.Fatalf("error without position: %v", e)
			}
		}
		tab := Build(adds)
		for _, a := range adds {
			if !tab.Has(a.Class, a.Word) || strings.TrimSpace(a.Word) == "" {
				t.Fatalf("added %q to %s, not found", a.Word, a.Class)
			}
		}
		_, _ = parseInflection([]byte(src), "fuzz.yaml")
	})
}
