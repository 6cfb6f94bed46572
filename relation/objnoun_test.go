package relation

import "testing"

// testObjNounLexicon holds two verb-and-noun entries and nothing else,
// so that no other entry reads the verb.
const testObjNounLexicon = `triggers:
  - {verb: withdraw, then: "... troops", cameo: "08", object: [from]}
  - {verb: summon, then: "... ambassador", cameo: "11", object: [direct]}
`

// TestObjectNouns checks verb-and-noun entries matched on the parse with
// the noun at any distance (objnoun.go), on sentences of our own.
func TestObjectNouns(t *testing.T) {
	tg := parseTaggerT(t)
	lex := defaultLexiconT(t)
	def := NewExtractor(lex, WithModel(nil))
	off := NewExtractor(lex, WithModel(nil), framesOptT(t, "object_noun: []\n"))
	passive := NewExtractor(lex, WithModel(nil), framesOptT(t, "object_noun: [obj, nsubj:pass]\n"))
	only := mustLexicon(t, testObjNounLexicon)
	nounOnly := NewExtractor(only, WithModel(nil))
	nounOnlyVia := NewExtractor(only, WithModel(nil), framesOptT(t, "object_noun_via: [conj, appos]\n"))
	const (
		conjunct   = "Russia withdrew tanks, artillery and troops from Georgia."
		apposition = "China summoned Kenji Sato, Japan's ambassador, on Sunday."
	)
	const longGap = "North Korea conducted its first-ever underground nuclear test on Monday."
	tests := []parseCase{
		{
			name:   "long-gap",
			x:      def,
			text:   longGap,
			want:   []particleRel{{Subject: "PRK", CAMEO: "15", Trigger: "conducted"}},
			reason: "'test' is the object of 'conducted' six words on, beyond the scanner's gap: 'conduct ... test' matches on the verb",
		},
		{
			name:   "within-the-gap",
			x:      def,
			text:   "North Korea conducted a nuclear test on Monday.",
			want:   []particleRel{{Subject: "PRK", CAMEO: "15", Trigger: "conducted a nuclear test"}},
			reason: "the scanner matches the entry on the tokens, as before; the parse adds nothing",
		},
		{
			name:   "key-emptied",
			x:      off,
			text:   longGap,
			want:   []particleRel{{Subject: "PRK", CAMEO: "15", Trigger: "nuclear test"}},
			reason: "object_noun: [] switches the parse matcher off: the noun entry alone, as before",
		},
		{
			name:   "no-parse",
			x:      NewExtractor(lex, WithModel(nil), WithParse(false)),
			text:   longGap,
			want:   []particleRel{{Subject: "PRK", CAMEO: "15", Trigger: "nuclear test"}},
			reason: "without the parse only the token patterns match",
		},
		{
			name:   "noun-not-the-object",
			x:      def,
			text:   "Russia conducted talks with Ukraine after the test.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "04", Trigger: "talks", Object: "UKR"}},
			reason: "'test' heads an oblique of 'conducted', not its object: no 'conduct ... test'",
		},
		{
			name:   "adjuncts-before-the-object",
			x:      def,
			text:   "Cuba and Mexico held on Monday in Havana their first meeting on trade.",
			want:   []particleRel{{Subject: "CUB", CAMEO: "04", Trigger: "held", Object: "MEX"}},
			reason: "'meeting' is the object of 'held' after two adjuncts: 'hold ... meeting' on the verb",
		},
		{
			name:   "passive-off-by-default",
			x:      def,
			text:   "Troops are to be withdrawn from Syria by Russia.",
			reason: "the embedded frames read the noun as the object only; the passive subject does not match",
		},
		{
			name:   "passive",
			x:      passive,
			text:   "Troops are to be withdrawn from Syria by Russia.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "08", Trigger: "withdrawn", Object: "SYR"}},
			reason: "with nsubj:pass among the relations, 'troops' as the passive subject of 'withdrawn' matches 'withdraw ... troops'",
		},
		{
			name:   "passive-far",
			x:      passive,
			text:   "The Russian ambassador, who arrived in London last week after a long delay, was summoned by Britain.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "04", Trigger: "arrived", Object: "GBR"}, {Subject: "GBR", CAMEO: "11", Trigger: "summoned", Object: "RUS"}},
			reason: "'ambassador' is the passive subject of 'summoned' beyond the scanner's noun-first gap (the relative clause): 'summon ... ambassador' matches on the verb, with Britain as its agent",
		},
		{
			name:   "passive-far-off-by-default",
			x:      def,
			text:   "The Russian ambassador, who arrived in London last week after a long delay, was summoned by Britain.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "04", Trigger: "arrived", Object: "GBR"}},
			reason: "no passive match, and the scanner's 'ambassador ... was summoned' does not reach across the clause",
		},
		{
			name:   "conjunct-off-by-default",
			x:      nounOnly,
			text:   conjunct,
			reason: "object_noun_via is empty in the embedded frames: 'troops' is a conjunct of the object 'tanks', not the object",
		},
		{
			name:   "conjunct",
			x:      nounOnlyVia,
			text:   conjunct,
			want:   []particleRel{{Subject: "RUS", CAMEO: "08", Trigger: "withdrew", Object: "GEO"}},
			reason: "with conj in object_noun_via, 'troops', a conjunct of the object, matches 'withdraw ... troops'",
		},
		{
			name:   "apposition-off-by-default",
			x:      nounOnly,
			text:   apposition,
			reason: "'ambassador' is an apposition of the object, not the object",
		},
		{
			name:   "apposition",
			x:      nounOnlyVia,
			text:   apposition,
			want:   []particleRel{{Subject: "CHN", CAMEO: "11", Trigger: "summoned"}},
			reason: "with appos in object_noun_via, 'ambassador', an apposition of the object, matches 'summon ... ambassador' (its object, Kenji Sato, is a person of no gazetteer ID)",
		},
		{
			name:   "passive-no-actor",
			x:      passive,
			text:   "The summit was held in Geneva.",
			reason: "'hold ... summit' matches on 'held' with 'summit' as its passive subject, but nothing names who held it: no relation",
		},
	}
	checkParseCases(t, tg, tests)
}
