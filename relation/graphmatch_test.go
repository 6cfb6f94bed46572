package relation

import (
	"testing"

	"github.com/geoextract/geoextract/entity"
)

// testLemmaLexicon holds entries whose irregular forms the scanner does
// not generate ("shrank", "mice") but the parser's lemmatizer reads, and
// a verb spelled like one of the nouns.
const testLemmaLexicon = `triggers:
  - {verb: shrink, cameo: "16", object: [direct]}
  - {noun: mouse, cameo: "19", object: [against]}
  - {verb: mouse, cameo: "19", object: [direct]}
`

// TestLemmaMatches checks one-word entries matched on the parse by the
// parse's lemma and UPOS tag (graphmatch.go), on sentences of our own.
func TestLemmaMatches(t *testing.T) {
	tg := parseTaggerT(t)
	lex := mergedLexiconT(t, testLemmaLexicon)
	on := NewExtractor(lex, WithModel(nil), framesOptT(t, "lemma_verb_tags: [VERB]\nlemma_noun_tags: [NOUN]\n"))
	verbsOnly := NewExtractor(lex, WithModel(nil), framesOptT(t, "lemma_verb_tags: [VERB]\n"))
	const shrank = "Britain shrank the Russian embassy in London."
	tests := []parseCase{
		{
			name:   "irregular-past",
			x:      on,
			text:   shrank,
			want:   []particleRel{{Subject: "GBR", CAMEO: "16", Trigger: "shrank", Object: "RUS"}},
			reason: "'shrank' is no form the scanner generates for 'shrink'; the parse reads it as VERB with lemma shrink",
		},
		{
			name:   "off-by-default",
			x:      NewExtractor(lex, WithModel(nil)),
			text:   shrank,
			reason: "the embedded frames leave lemma_verb_tags empty: only the scanner's forms match",
		},
		{
			name:   "no-parse",
			x:      NewExtractor(lex, WithModel(nil), WithParse(false), framesOptT(t, "lemma_verb_tags: [VERB]\n")),
			text:   shrank,
			reason: "without the parse there is no lemma to read",
		},
		{
			name:   "irregular-plural",
			x:      on,
			text:   "Russia sent mice against Ukraine on Monday.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "19", Trigger: "mice", Object: "UKR"}},
			reason: "'mice' is no form the scanner generates for the noun 'mouse'; the parse reads it as NOUN with lemma mouse",
		},
		{
			name:   "noun-tag-not-read-as-verb",
			x:      verbsOnly,
			text:   "Russia sent mice against Ukraine on Monday.",
			reason: "the verb entry 'mouse' has the word's lemma, but the parse tags it NOUN, and lemma_noun_tags is empty here",
		},
		{
			name:   "name-holding-the-word",
			x:      on,
			text:   "Shrank Industries criticized Russia.",
			want:   []particleRel{{CAMEO: "11", Trigger: "criticized", Object: "RUS"}},
			reason: "'Shrank' heads a name, tagged PROPN: no 'shrink' trigger, and the name is no subject",
		},
		{
			name:   "scanner-first",
			x:      on,
			text:   "Britain shrinks the Russian embassy in London.",
			want:   []particleRel{{Subject: "GBR", CAMEO: "16", Trigger: "shrinks", Object: "RUS"}},
			reason: "a generated form: the scanner matches it and the parse matcher leaves the word alone (one relation, not two)",
		},
	}
	checkParseCases(t, tg, tests)
}

// TestParseReading checks the parse's second opinion on a reading that
// the tagger's part of speech rejects (verb_reading_tags), on sentences
// of our own.
func TestParseReading(t *testing.T) {
	tg := parseTaggerT(t)
	lex := defaultLexiconT(t)
	def := NewExtractor(lex, WithModel(nil))
	tagger := NewExtractor(lex, WithModel(nil), framesOptT(t, "verb_reading_tags: []\n"))
	const (
		urge  = "Britain is in regular contact with Russia and urge Iran to release the sailors."
		rules = "Washington rules out any talks with Pyongyang."
	)
	tests := []parseCase{
		{
			name:   "verb-the-tagger-reads-as-noun",
			x:      def,
			text:   urge,
			want:   []particleRel{{Subject: "GBR", CAMEO: "02", Trigger: "urge", Object: "IRN"}},
			reason: "the tagger reads 'urge' as a noun; the parse tags it VERB, the second conjunct of 'is': the verb reading stays",
		},
		{
			name:   "tagger-alone",
			x:      tagger,
			text:   urge,
			reason: "verb_reading_tags: [] leaves the tagger to decide: the noun reading of a verb-only entry is dropped",
		},
		{
			name:   "particle-verb",
			x:      def,
			text:   rules,
			want:   []particleRel{{Subject: "USA", CAMEO: "125", Trigger: "rules out any talks", Object: "PRK"}},
			reason: "'rules' after a name: the tagger's noun, the parse's VERB with 'out' as its particle",
		},
		{
			name:   "particle-verb-tagger-alone",
			x:      tagger,
			text:   rules,
			reason: "without the parse's opinion the tagger's noun drops 'rule out'",
		},
		{
			name:   "a-noun-after-all",
			x:      def,
			text:   "The new rules out of Brussels angered Britain.",
			reason: "'rules' is a noun here and the parse says so too (NOUN, subject of 'angered'): no 'rule out'",
		},
	}
	checkParseCases(t, tg, tests)
}

// FuzzGraphTriggers runs the extractor with every graph matcher of the
// frames switched on (lemma tags, reading tags, passive and conjunct
// object nouns) over fuzzed text: it must not panic, and every trigger
// must lie inside its sentence and spell the text.
func FuzzGraphTriggers(f *testing.F) {
	for _, s := range []string{
		"Britain shrank the Russian embassy in London.",
		"Russia sent mice against Ukraine on Monday.",
		"Britain is in regular contact with Russia and urge Iran to release the sailors.",
		"Washington rules out any talks with Pyongyang.",
		"The Russian ambassador, who arrived in London last week after a long delay, was summoned by Britain.",
		"Russia withdrew tanks, artillery and troops from Georgia.",
		"Shrank cannot shrank; mice, mice and\u00a0mice.",
		"",
	} {
		f.Add(s)
	}
	tg, err := freshTagger()
	if err != nil {
		f.Fatal(err)
	}
	x := NewExtractor(mergedLexiconT(f, testLemmaLexicon), WithModel(nil),
		framesOptT(f, "lemma_verb_tags: [VERB]\nlemma_noun_tags: [NOUN, PROPN]\nverb_reading_tags: [VERB]\nnoun_reading_tags: [NOUN]\nobject_noun: [obj, nsubj:pass]\nobject_noun_via: [conj, appos]\n"))
	f.Fuzz(func(t *testing.T, s string) {
		doc := tg.Tag(entity.Input{Text: s})
		for _, r := range x.Extract(doc) {
			checkSpan(t, doc, "trigger", r.Trigger)
			inside(t, "trigger", r.Trigger, r.Sentence)
		}
	})
}
