package nlp

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/text"
)

// tagged runs Default().Tag over s and renders the result as "word/TAG"
// per token and "words:LABEL" per entity.
func tagged(t testing.TB, s string) (tags, ents []string) {
	t.Helper()
	toks := text.Tokenize(s)
	res := Default().Tag(s, toks, text.Sentences(s, toks), true)
	if len(res.POS) != len(toks) {
		t.Fatalf("Tag(%q): %d tags for %d tokens", s, len(res.POS), len(toks))
	}
	tags = []string{}
	for i, tk := range toks {
		tags = append(tags, tk.Text+"/"+res.POS[i].String())
	}
	for _, e := range res.Entities {
		ents = append(ents, s[toks[e.First].Start:toks[e.Last-1].End]+":"+e.Label.String())
	}
	return tags, ents
}

// alignCases are short sentences that exercise the alignment of prose's
// tokens with ours. Their tags are prose v2.0.0's.
var alignCases = []struct {
	name   string
	in     string
	reason string
	tags   string // "word/TAG" separated by spaces
	ents   []string
}{
	{
		name:   "empty",
		in:     "",
		reason: "no tokens, no sentences",
		tags:   "",
	},
	{
		name:   "hyphenated name",
		in:     "Defense Minister Lee Jong-sup met U.S. officials in Seoul.",
		reason: `prose keeps "Jong-sup" whole; its pieces take its tag, the hyphen is punctuation; "U.S." is one token in both`,
		tags:   "Defense/NNP Minister/NNP Lee/NNP Jong/NNP -/. sup/NNP met/VBD U.S./NNP officials/NNS in/IN Seoul/NNP ./.",
		ents:   []string{"Lee Jong-sup:PERSON", "U.S.:GPE", "Seoul:GPE"},
	},
	{
		name:   "curly quotes",
		in:     "He said \u201cno\u201d to Japan\u2019s offer.",
		reason: "curly quotes are rewritten for prose and still aligned; the quotes are punctuation",
		tags:   "He/PRP said/VBD \u201c/. no/DT \u201d/. to/TO Japan/NNP \u2019s/POS offer/NN ./.",
		ents:   []string{"Japan:GPE"},
	},
	{
		name:   "straight quotes",
		in:     `"We will respond," Putin said.`,
		reason: "straight double quotes are given to prose as `` and left out when closing",
		tags:   `"/. We/PRP will/MD respond/VB ,/. "/. Putin/NNP said/VBD ./.`,
		ents:   []string{"Putin:PERSON"},
	},
	{
		name:   "rsquo entity",
		in:     "Japan&rsquo;s offer was rejected.",
		reason: `prose reads "&rsquo;" as an apostrophe; the pieces of the entity are punctuation`,
		tags:   "Japan/NNP &/. rsquo/. ;/. s/POS offer/NN was/VBD rejected/VBN ./.",
		ents:   []string{"Japan:GPE"},
	},
	{
		name:   "possessive before period",
		in:     "The plan was Japan's.",
		reason: `prose drops "'s." after "Japan" unless a space is put before the period`,
		tags:   "The/DT plan/NN was/VBD Japan/NNP 's/POS ./.",
		ents:   []string{"Japan:GPE"},
	},
	{
		name:   "possessives",
		in:     "North Korea's army and the allies' positions.",
		reason: "'s and s' are split the same way by both tokenizers",
		tags:   "North/NNP Korea/NNP 's/POS army/NN and/CC the/DT allies/NNS '/POS positions/NNS ./.",
		ents:   []string{"North Korea:GPE"},
	},
	{
		name:   "negation before period",
		in:     "Seoul said it won't.",
		reason: `prose drops "n't." unless a space is put before the period`,
		tags:   "Seoul/NNP said/VBD it/PRP wo/MD n't/RB ./.",
		ents:   []string{"Seoul:GPE"},
	},
	{
		name:   "inner apostrophe",
		in:     "O'Sullivan met O'Malley.",
		reason: `prose splits at "'S" and "'M" and drops the rest of the word; a modifier apostrophe keeps it whole`,
		tags:   "O'Sullivan/NNP met/VBD O'Malley/NNP ./.",
		ents:   []string{"O'Sullivan:GPE", "O'Malley:PERSON"},
	},
	{
		name:   "single-quoted word",
		in:     "Officials called it 'Moscow's' plan.",
		reason: "an opening single quote that looks like a clitic is split off, not glued to the word",
		tags:   "Officials/NNS called/VBD it/PRP '/. Moscow/NNP 's/POS '/. plan/NN ./.",
		ents:   []string{"Moscow:GPE"},
	},
	{
		name:   "url",
		in:     "See https://example.com/a?b=1 for details.",
		reason: "prose keeps the URL whole (NN); its word pieces take NN and its marks are punctuation",
		tags:   "See/VB https/NN :/. //. //. example.com/NN //. a/NN ?/. b/NN =/. 1/NN for/IN details/NNS ./.",
	},
	{
		name:   "emoji",
		in:     "Leaders \U0001F600 met \U0001F1EF\U0001F1F5 officials.",
		reason: "symbols without letters are punctuation (or SYM when prose says so)",
		tags:   "Leaders/NNS \U0001F600/. met/VBN \U0001F1EF/. \U0001F1F5/. officials/NNS ./.",
	},
	{
		name:   "only punctuation",
		in:     "?! ... -- ;;",
		reason: "a sentence with no word",
		tags:   "?/. !/. ./. ./. ./. -/. -/. ;/. ;/.",
	},
	{
		name:   "hangul",
		in:     "이종섭 장관이 서울에서 말했다.",
		reason: "non-Latin words align byte for byte (prose tags them poorly)",
		tags:   "이종섭/JJ 장관이/NNP 서울에서/NNP 말했다/NNP ./.",
	},
	{
		name:   "cyrillic",
		in:     "Москва ответила резко.",
		reason: "prose's lowercasing keeps Cyrillic byte lengths",
		tags:   "Москва/JJ ответила/NNP резко/NNP ./.",
	},
	{
		name:   "dotted capital I",
		in:     "İstanbul talks resumed.",
		reason: `"İ" lowercases to a shorter rune, which splits runes inside prose; it is given as "I"`,
		tags:   "İstanbul/NNP talks/NNS resumed/VBD ./.",
		ents:   []string{"İstanbul:GPE"},
	},
	{
		name:   "invalid utf-8",
		in:     "Seoul \xff\xfe said 'sure\xff's.",
		reason: "invalid bytes could make prose slice out of range; they are given as U+FFFD",
		tags:   "Seoul/NNP \xff/. \xfe/. said/VBD '/. sure/NN \xff/. 's/POS ./.",
		ents:   []string{"Seoul:GPE"},
	},
}

func TestTagAlignment(t *testing.T) {
	for _, tc := range alignCases {
		t.Run(tc.name, func(t *testing.T) {
			tags, ents := tagged(t, tc.in)
			want := strings.Fields(tc.tags)
			if want == nil {
				want = []string{}
			}
			if diff := cmp.Diff(want, tags); diff != "" {
				t.Errorf("Tag(%q) tags mismatch (-want +got) (%s):\n%s", tc.in, tc.reason, diff)
			}
			if diff := cmp.Diff(tc.ents, ents); diff != "" {
				t.Errorf("Tag(%q) entities mismatch (-want +got) (%s):\n%s", tc.in, tc.reason, diff)
			}
		})
	}
}

func TestTagSentences(t *testing.T) {
	const s = "Kim Jong Un visited Beijing.\nThe U.N. Security Council met in New York on Friday."
	toks := text.Tokenize(s)
	sents := text.Sentences(s, toks)
	tagger := Default()
	all := tagger.Tag(s, toks, sents, true)
	tests := []struct {
		name   string
		sents  []text.Sentence
		ner    bool
		reason string
		want   Result
	}{
		{
			name:   "two sentences",
			sents:  sents,
			ner:    true,
			reason: "entity token indices are global, not per sentence",
			want: Result{
				POS: all.POS,
				Entities: []Entity{
					{First: 0, Last: 3, Label: Person},
					{First: 4, Last: 5, Label: GPE},
					{First: 7, Last: 10, Label: Org},
					{First: 12, Last: 14, Label: GPE},
				},
			},
		},
		{
			name:   "no ner",
			sents:  sents,
			reason: "ner false gives the same tags and no entities",
			want:   Result{POS: all.POS},
		},
		{
			name:   "no sentences",
			ner:    true,
			reason: "tokens outside every sentence get rule-based tags",
			want:   Result{POS: fallbackTags(toks)},
		},
		{
			name: "bad sentences",
			sents: []text.Sentence{
				{First: -1, Last: 2}, {First: 3, Last: 2}, {First: 0, Last: len(toks) + 1},
				sents[1], sents[0],
			},
			ner:    true,
			reason: "out-of-range, empty and out-of-order sentences are skipped, never a panic",
			want: Result{
				POS:      append(fallbackTags(toks[:sents[1].First]), all.POS[sents[1].First:]...),
				Entities: all.Entities[2:],
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tagger.Tag(s, toks, tc.sents, tc.ner)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Tag mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

func fallbackTags(toks []text.Token) []text.POS {
	out := make([]text.POS, len(toks))
	for i, tk := range toks {
		out[i] = fallbackPOS(tk.Text)
	}
	return out
}

func TestTagBadTokens(t *testing.T) {
	const s = "Seoul said no."
	tests := []struct {
		name string
		toks []text.Token
	}{
		{"past the end", []text.Token{{Start: 0, End: 5, Text: "Seoul"}, {Start: 10, End: 40, Text: "x"}}},
		{"negative", []text.Token{{Start: -3, End: 2, Text: "Se"}}},
		{"overlapping", []text.Token{{Start: 0, End: 5, Text: "Seoul"}, {Start: 2, End: 4, Text: "ou"}}},
		{"empty", []text.Token{{Start: 3, End: 3}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := []text.Sentence{{First: 0, Last: len(tc.toks)}}
			got := Default().Tag(s, tc.toks, sents, true)
			if diff := cmp.Diff(Result{POS: fallbackTags(tc.toks)}, got); diff != "" {
				t.Errorf("Tag mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestZeroTagger(t *testing.T) {
	const s = "Seoul said no."
	toks := text.Tokenize(s)
	sents := text.Sentences(s, toks)
	var zero Tagger
	if diff := cmp.Diff(Default().Tag(s, toks, sents, true), zero.Tag(s, toks, sents, true)); diff != "" {
		t.Errorf("zero Tagger differs from Default (-want +got):\n%s", diff)
	}
}

func TestLabelString(t *testing.T) {
	var got []string
	for l := Label(0); l <= GSP+1; l++ {
		got = append(got, l.String())
	}
	want := []string{"Label(0)", "PERSON", "GPE", "ORG", "LOC", "FAC", "GSP", "Label(7)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Label.String mismatch (-want +got):\n%s", diff)
	}
}

// corpus returns varied text for the determinism and concurrency tests.
func corpus(t testing.TB) []string {
	t.Helper()
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := []string{string(news)}
	for _, tc := range alignCases {
		out = append(out, tc.in)
	}
	return out
}

func render(s string, r Result) string {
	var b strings.Builder
	fmt.Fprint(&b, r.POS, r.Entities)
	return b.String()
}

func TestTagDeterministic(t *testing.T) {
	texts := corpus(t)
	rounds := 4
	if testing.Short() {
		rounds = 2
	}
	var want []string
	for round := range rounds {
		tagger := Default()
		if round == 1 {
			tagger = NewTagger() // a second model decodes to the same weights
		}
		for i, s := range texts {
			toks := text.Tokenize(s)
			got := render(s, tagger.Tag(s, toks, text.Sentences(s, toks), true))
			if round == 0 {
				want = append(want, got)
				continue
			}
			if diff := cmp.Diff(want[i], got); diff != "" {
				t.Fatalf("round %d: Tag(text %d) differs from round 0 (-want +got):\n%s", round, i, diff)
			}
		}
	}
}

func TestTagConcurrent(t *testing.T) {
	texts := corpus(t)
	tagger := Default()
	want := make([]Result, len(texts))
	for i, s := range texts {
		toks := text.Tokenize(s)
		want[i] = tagger.Tag(s, toks, text.Sentences(s, toks), true)
	}
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan string, workers*len(texts))
	for w := range workers {
		wg.Go(func() {
			for k := range texts {
				i := (k + w) % len(texts)
				s := texts[i]
				toks := text.Tokenize(s)
				got := tagger.Tag(s, toks, text.Sentences(s, toks), w%2 == 0)
				if w%2 != 0 {
					got.Entities = want[i].Entities
				}
				if diff := cmp.Diff(want[i], got); diff != "" {
					errs <- fmt.Sprintf("worker %d, text %d (-want +got):\n%s", w, i, diff)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
