package relation

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// particleRel is what TestSplitParticles checks of a relation: the
// trigger's text shows which entry matched and where.
type particleRel struct {
	Subject, CAMEO, Trigger, Object string
}

// codeCase is a sentence of our own and the relations the rules alone
// read in it (checkCodeCases).
type codeCase struct {
	name   string
	text   string
	want   []particleRel
	reason string
}

// checkCodeCases runs the embedded lexicon's rules, without the relation
// model, on each case's text and compares the relations read with want.
func checkCodeCases(t *testing.T, cases []codeCase) {
	t.Helper()
	tg := freshTaggerT(t)
	x := NewExtractor(defaultLexiconT(t), WithModel(nil))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, particleRels(tg, x, tc.text)); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
		})
	}
}

// testCallLexicon adds a bare "call" (a phone call, a consultation) to
// the embedded lexicon, to check that "call X off" does not read as it.
const testCallLexicon = `triggers:
  - {verb: call, cameo: "040", object: [direct]}
`

// testPullLexicon holds only "pull out" as a particle verb.
const testPullLexicon = `triggers:
  - {verb: pull, then: "out", cameo: "087", object: [direct]}
`

func TestSplitParticles(t *testing.T) {
	tg := parseTaggerT(t)
	lex := defaultLexiconT(t)
	withCall := mergedLexiconT(t, testCallLexicon)
	onlyPull := mustLexicon(t, testPullLexicon)
	def := NewExtractor(lex, WithModel(nil))
	tests := []parseCase{
		{
			name:   "split",
			x:      def,
			text:   "The IMF bailed Greece out in 2010.",
			want:   []particleRel{{Subject: "org/imf", CAMEO: "07", Trigger: "bailed", Object: "GRC"}},
			reason: "'out' hangs from 'bailed' (advmod in this parser's reading): the entry 'bail out' matches, its trigger the verb alone",
		},
		{
			name:   "contiguous",
			x:      def,
			text:   "The IMF bailed out Greece in 2010.",
			want:   []particleRel{{Subject: "org/imf", CAMEO: "07", Trigger: "bailed out", Object: "GRC"}},
			reason: "the pattern matches the tokens as before, the particle inside the trigger",
		},
		{
			name:   "split-after-possessive-object",
			x:      def,
			text:   "Japan turned South Korea's offer down.",
			want:   []particleRel{{Subject: "JPN", CAMEO: "12", Trigger: "turned", Object: "KOR"}},
			reason: "the particle after a three-word object; the offer's owner is what is rejected",
		},
		{
			name: "object-pronoun-between",
			x:    def,
			text: "Vladimir Putin asked Xi Jinping for weapons. Xi turned him down.",
			want: []particleRel{
				{Subject: "person/vladimir-putin", CAMEO: "02", Trigger: "asked", Object: "person/xi-jinping"},
				{Subject: "person/xi-jinping", CAMEO: "12", Trigger: "turned", Object: "person/vladimir-putin"},
			},
			reason: "'down' is compound:prt of 'turned' with 'him' between",
		},
		{
			name:   "split-with-gap-entry",
			x:      NewExtractor(withCall, WithModel(nil)),
			text:   "The United States called the summit with Russia off.",
			want:   []particleRel{{Subject: "USA", CAMEO: "164", Trigger: "called the summit", Object: "RUS"}},
			reason: "'call off ... summit' with the particle last: the trigger is 'call ... summit' as matched; the more specific entry wins over a bare 'call'",
		},
		{
			name:   "particle-in-the-gap",
			x:      def,
			text:   "Kenya turned the suspects over to Uganda.",
			want:   []particleRel{{Subject: "KEN", CAMEO: "06", Trigger: "turned the suspects over to", Object: "UGA"}},
			reason: "'turn over ... to' with the particle after the object, inside the gap of 'turn ... to'",
		},
		{
			name:   "call-without-particle",
			x:      NewExtractor(withCall, WithModel(nil)),
			text:   "Kenya called Uganda on Monday.",
			want:   []particleRel{{Subject: "KEN", CAMEO: "040", Trigger: "called", Object: "UGA"}},
			reason: "'on' heads 'Monday' (case), no dependent of 'called': no 'call on' (an appeal), the bare 'call' stands",
		},
		{
			name:   "out-of-is-no-particle",
			x:      NewExtractor(onlyPull, WithModel(nil)),
			text:   "Russia pulled the troops out of Georgia.",
			reason: "'out' is a case marker of 'Georgia', not a particle of 'pulled', and the lexicon has only 'pull out' (direct object): no reading",
		},
		{
			name:   "out-of-when-the-lexicon-says-so",
			x:      def,
			text:   "Russia pulled the troops out of Georgia.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "08", Trigger: "pulled the troops out of", Object: "GEO"}},
			reason: "the embedded lexicon spells 'pull ... troops out of': that pattern matches on the tokens, as before",
		},
		{
			name:   "split-test-lexicon",
			x:      NewExtractor(onlyPull, WithModel(nil)),
			text:   "Moldova pulled Russia out.",
			want:   []particleRel{{Subject: "MDA", CAMEO: "087", Trigger: "pulled", Object: "RUS"}},
			reason: "the particle word comes from the entry: a user's 'pull out' splits too",
		},
		{
			name:   "split-kick-out-individuals",
			x:      def,
			text:   "Iran kicked the French journalists out.",
			want:   []particleRel{{Subject: "IRN", CAMEO: "174", Trigger: "kicked", Object: "FRA"}},
			reason: "'kick out' of the dictionary's DEPORT block (17-coerce.yaml): people other than envoys kicked out are expelled individuals (17)",
		},
		{
			name:   "split-envoy-kicked-out",
			x:      def,
			text:   "Iran kicked the French ambassador out.",
			want:   []particleRel{{Subject: "IRN", CAMEO: "161", Trigger: "kicked the French ambassador out", Object: "FRA"}},
			reason: "an envoy kicked out is an expelled diplomat: the guideline's 16, the longer 'kick ... ambassador out' over the bare 'kick out'",
		},
		{
			name:   "no-parse",
			x:      NewExtractor(lex, WithModel(nil), WithParse(false)),
			text:   "The IMF bailed Greece out in 2010.",
			reason: "without the parse, particle verbs match on the tokens alone, as before",
		},
	}
	checkParseCases(t, tg, tests)
}

// parseTaggerT returns the full tagger of the parse tests, skipping the
// test with -short.
func parseTaggerT(t *testing.T) *entity.Tagger {
	t.Helper()
	tg := freshTaggerT(t)
	return tg
}

// parseCase is a sentence of our own run through an extractor on the
// parse: the relations it must give, as particleRels, and why.
type parseCase struct {
	name   string
	x      *Extractor
	text   string
	want   []particleRel
	reason string
}

// checkParseCases tags and extracts each case's text with tg and its
// extractor as a subtest, comparing the relations with cmp.Diff.
func checkParseCases(t *testing.T, tg *entity.Tagger, tests []parseCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, particleRels(tg, tc.x, tc.text)); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
		})
	}
}

// particleRels tags text with tg and returns what x extracts from it,
// as particleRels.
func particleRels(tg *entity.Tagger, x *Extractor, text string) []particleRel {
	doc := tg.Tag(entity.Input{Text: text})
	var got []particleRel
	for _, r := range extractOn(x, doc, entity.Date{Year: 2022, Month: 6, Day: 13}) {
		p := particleRel{Subject: r.Subject.ID, CAMEO: r.CAMEO, Trigger: text[r.Trigger.Start:r.Trigger.End]}
		if r.Object != nil {
			p.Object = r.Object.ID
		}
		got = append(got, p)
	}
	return got
}
