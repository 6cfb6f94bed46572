package gazetteer_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/text"
)

// small loads testdata/small.yaml once.
var small = sync.OnceValue(func() *gazetteer.Gazetteer {
	g, err := gazetteer.LoadFile(filepath.Join("testdata", "small.yaml"))
	if err != nil {
		panic(err)
	}
	return g
})

// describe renders matches compactly: "text[start:end]=ID/form/TYPE|...".
func describe(ms []gazetteer.Match) []string {
	var out []string
	for _, m := range ms {
		var cs []string
		for _, c := range m.Candidates {
			cs = append(cs, fmt.Sprintf("%s/%v/%v", c.Entry.ID, c.Form, c.Type))
		}
		out = append(out, fmt.Sprintf("%s[%d:%d]=%s", m.Text, m.Start, m.End, strings.Join(cs, "|")))
	}
	return out
}

var matchCases = []struct {
	name   string
	in     string
	want   []string
	reason string
}{
	{"title case", "Japan and Chad", []string{"Japan[0:5]=JPN/name/GPE", "Chad[10:14]=TCD/name/GPE"},
		"names match as written"},
	{"all capitals text", "JAPAN, CHAD", []string{"JAPAN[0:5]=JPN/name/GPE", "CHAD[7:11]=TCD/name/GPE"},
		"headlines in capitals match title-case names"},
	{"lower case text", "a hanging chad in japan", nil,
		"a title-case name needs a capital in the text"},
	{"short capitals", "US, us, Us and U.S. and UN", []string{
		"US[0:2]=USA/alias/GPE", "U.S.[15:19]=USA/alias/GPE", "UN[24:26]=org/un/alias/ORG"},
		"two- and three-letter capitals must be in capitals; U.S. and US are both listed"},
	{"long capitals", "NATO, Nato, nato", []string{"NATO[0:4]=org/nato/name/ORG", "Nato[6:10]=org/nato/name/ORG"},
		"acronyms of four letters or more also match in title case"},
	{"dotted forms are distinct", "the U.N. and the US", []string{"U.N.[4:8]=org/un/alias/ORG", "US[17:19]=USA/alias/GPE"},
		"U.N. matches the alias U.N., not UN"},
	{"accents", "Côte d'Ivoire, Cote d'Ivoire, COTE D'IVOIRE, Côte d’Ivoire", []string{
		"Côte d'Ivoire[0:14]=CIV/name/GPE",
		"Cote d'Ivoire[16:29]=CIV/name/GPE",
		"COTE D'IVOIRE[31:44]=CIV/name/GPE",
		"Côte d’Ivoire[46:62]=CIV/name/GPE"},
		"accents are ignored, curly apostrophes are straightened, offsets are in bytes"},
	{"possessive", "Japan's leader and the Koreas' talks with South Korea’s", []string{
		"Japan[0:5]=JPN/name/GPE", "South Korea[42:53]=KOR/name/GPE"},
		"the tokenizer splits 's, so the name before it matches"},
	{"multiword", "North Korea fired", []string{"North Korea[0:11]=PRK/name/GPE"},
		"names of several words match as a whole"},
	{"demonym is longer than the name", "South Korean troops in South Korea", []string{
		"South Korean[0:12]=KOR/demonym/NORP", "South Korea[23:34]=KOR/name/GPE"},
		"leftmost-longest: South Korean is a demonym, not South Korea + an"},
	{"partial multiword", "North Atlantic", nil, "a prefix of a name is no match"},
	{"capital", "Seoul and Pyongyang", []string{"Seoul[0:5]=KOR/capital/GPE", "Pyongyang[10:19]=PRK/capital/GPE"},
		"capitals stand for their country as GPE"},
	{"ambiguous", "Georgia and Washington", []string{
		"Georgia[0:7]=GEO/name/GPE|state/us-georgia/name/GPE",
		"Washington[12:22]=USA/capital/GPE|person/washington/alias/PERSON"},
		"every entry a name may refer to is a candidate, in definition order"},
	{"lower-case name word", "The war in Korea ended", []string{"The war in Korea[0:16]=event/korean-war/alias/EVENT"},
		"lower-case words of a name (the, war, in) match any case"},
	{"lower-case name word needs capitals elsewhere", "the war in korea", nil,
		"Korea still needs its capital"},
	{"hyphenated person", "Lee Jong-sup said", []string{"Lee Jong-sup[0:12]=person/lee-jong-sup/name/PERSON"},
		"punctuation tokens inside names match exactly"},
	{"punctuation differs", "Lee Jong–sup said", nil, "an en dash is not a hyphen"},
	{"apostrophe in a name", "Democratic People’s Republic of Korea", []string{
		"Democratic People’s Republic of Korea[0:39]=PRK/alias/GPE"},
		"the clitic 's is a token of its own in names and text alike"},
	{"empty", "", nil, "nothing to match"},
}

func TestMatch(t *testing.T) {
	g := small()
	for _, tc := range matchCases {
		t.Run(tc.name, func(t *testing.T) {
			got := g.Match(tc.in)
			for _, m := range got {
				if m.Text != tc.in[m.Start:m.End] {
					t.Errorf("Match %+v: Text != text[Start:End]", m)
				}
			}
			if diff := cmp.Diff(tc.want, describe(got)); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got) (%s):\n%s", tc.in, tc.reason, diff)
			}
		})
	}
}

func TestMatchWords(t *testing.T) {
	g := small()
	tests := []struct {
		name   string
		words  []string
		want   []string // "first:last=ID/form"
		reason string
	}{
		{
			name:   "overlaps",
			words:  []string{"the", "South", "Korean", "and", "North", "Korea"},
			want:   []string{"1:3=KOR/demonym", "4:6=PRK/name"},
			reason: "South Korea is not a prefix match of South Korean words",
		},
		{
			name:   "nested",
			words:  []string{"United", "States", "of", "America"},
			want:   []string{"0:4=USA/alias", "0:2=USA/name", "3:4=USA/alias"},
			reason: "every occurrence, overlapping ones included, by First and then longest first",
		},
		{
			name:   "same entry under two forms",
			words:  []string{"Washington", "Washington"},
			want:   []string{"0:1=USA/capital,person/washington/alias", "1:2=USA/capital,person/washington/alias"},
			reason: "candidates in entry order",
		},
		{
			name:   "no words",
			words:  nil,
			reason: "nothing to match",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range g.MatchWords(tc.words) {
				var cs []string
				for _, c := range m.Candidates {
					cs = append(cs, c.Entry.ID+"/"+c.Form.String())
				}
				got = append(got, fmt.Sprintf("%d:%d=%s", m.First, m.Last, strings.Join(cs, ",")))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("MatchWords(%q) mismatch (-want +got) (%s):\n%s", tc.words, tc.reason, diff)
			}
		})
	}
}

func TestCandidateOrder(t *testing.T) {
	// One entry names "Kosovo" four ways; two entries share it.
	g, err := gazetteer.Load(strings.NewReader(`entities:
  - id: XKX
    type: GPE
    name: Kosovo
    aliases: [Kosovo, KOSOVO]
    capital: Kosovo
    demonyms: [Kosovo]
  - id: region/kosovo
    type: LOC
    name: Kosovo
  - id: org/kosovo
    type: ORG
    name: kosovo
ambiguous:
  - form: Kosovo
    ids: [XKX, region/kosovo, org/kosovo]
`), "order.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in     string
		want   []string
		reason string
	}{
		{"Kosovo", []string{"Kosovo[0:6]=XKX/name/GPE|XKX/alias/GPE|XKX/capital/GPE|XKX/demonym/NORP|region/kosovo/name/LOC|org/kosovo/name/ORG"},
			"entry order, then name, alias, capital, demonym; the two aliases that match collapse into one"},
		{"kosovo", []string{"kosovo[0:6]=org/kosovo/name/ORG"},
			"only the lower-case name matches lower-case text"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, describe(g.Match(tc.in))); diff != "" {
			t.Errorf("Match(%q) mismatch (-want +got) (%s):\n%s", tc.in, tc.reason, diff)
		}
	}
}

func TestMatchWordsOnTokenizer(t *testing.T) {
	// MatchWords takes the tokenizer's words; Match must agree with it.
	g := small()
	for _, tc := range matchCases {
		toks := text.Tokenize(tc.in)
		words := make([]string, len(toks))
		for i, tok := range toks {
			words[i] = tok.Text
		}
		wms := g.MatchWords(words)
		for i := 1; i < len(wms); i++ {
			a, b := wms[i-1], wms[i]
			if a.First > b.First || a.First == b.First && a.Last <= b.Last {
				t.Errorf("MatchWords(%q): %v before %v, want by First and then longest first", tc.in, a, b)
			}
		}
	}
}

func TestMatchConcurrent(t *testing.T) {
	// A fresh gazetteer compiles its matcher on first use; concurrent first
	// uses must agree (run with -race).
	g, err := gazetteer.LoadFile(filepath.Join("testdata", "small.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	want := describe(small().Match("South Korean and US officials in Seoul"))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if diff := cmp.Diff(want, describe(g.Match("South Korean and US officials in Seoul"))); diff != "" {
					t.Errorf("concurrent Match mismatch:\n%s", diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestFormString(t *testing.T) {
	got := []string{gazetteer.FormName.String(), gazetteer.FormAlias.String(), gazetteer.FormDemonym.String(),
		gazetteer.FormCapital.String(), gazetteer.Form(0).String()}
	want := []string{"name", "alias", "demonym", "capital", "Form(0)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Form.String mismatch (-want +got):\n%s", diff)
	}
}

func TestMatchDeterministic(t *testing.T) {
	// Matchers compiled separately from the same data agree exactly,
	// candidate order included (compiling walks Go maps).
	const in = "Georgia, Washington, the U.S. and the UN met in Seoul; South Korean and NATO officials."
	want := describe(small().Match(in))
	for range 5 {
		g, err := gazetteer.LoadFile(filepath.Join("testdata", "small.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, describe(g.Match(in))); diff != "" {
			t.Fatalf("Match differs between compilations (-first +later):\n%s", diff)
		}
	}
}
