package relation

import "testing"

// TestNounClauseRoles checks two parse roles of event nouns that hang
// from a clause's verb (nominal.go), on sentences of our own:
// companion_clause (the meeting, visit or talks in a temporal or
// locative phrase of a clause is its subject's: "X said after a meeting
// with Y") and response (an act answered "in retaliation for" or "in
// response to" was aimed at the one who answers; off in the embedded
// frames, measured and left for a frames file). Each case runs with the
// rules alone, so that the model's pairs do not hide the roles.
func TestNounClauseRoles(t *testing.T) {
	tg := parseTaggerT(t)
	lex := defaultLexiconT(t)
	with := func(src string) *Extractor { return NewExtractor(lex, WithModel(nil), framesOptT(t, src)) }
	def := NewExtractor(lex, WithModel(nil))
	noCompanion, noHolderOf, response := with("companion_clause: []\n"), with("holder_of: []\n"), with("response: [nmod]\n")
	const (
		fronted    = "In a visit to Tokyo and Seoul this month, Secretary of State Rex Tillerson promised a new approach."
		reported   = "“We demanded an apology,” Nobutaka Machimura said after a meeting with Chinese envoys."
		trip       = "During a trip to Kenya on Monday, Secretary of State Antony Blinken announced new aid."
		genitive   = "In a summit of African leaders with China this month, Secretary of State Rex Tillerson promised more aid."
		retaliated = "Russia expelled 20 Czech diplomats in retaliation for a slew of expulsions by Prague."
	)
	tests := []parseCase{
		{
			name: "companion-fronted-visit",
			x:    def,
			text: fronted,
			want: []particleRel{
				{Subject: "person/rex-tillerson", CAMEO: "04", Trigger: "visit", Object: "JPN"},
				{Subject: "person/rex-tillerson", CAMEO: "04", Trigger: "visit", Object: "KOR"},
			},
			reason: "'visit' hangs along obl, marked 'in', from 'promised': the visit is its subject's",
		},
		{
			name:   "companion-fronted-visit-off",
			x:      noCompanion,
			text:   fronted,
			reason: "with companion_clause: [] the scanner finds no subject for the fronted visit (the title before the name)",
		},
		{
			name:   "companion-after-a-quotation",
			x:      def,
			text:   reported,
			want:   []particleRel{{Subject: "person/nobutaka-machimura", CAMEO: "04", Trigger: "meeting", Object: "CHN"}},
			reason: "after a quotation the scanner finds no clause subject; 'after a meeting' hangs from 'said', whose subject met the envoys",
		},
		{
			name:   "companion-after-a-quotation-off",
			x:      noCompanion,
			text:   reported,
			reason: "the same sentence without the role: no subject for the meeting",
		},
		{
			name:   "companion-during-a-trip",
			x:      def,
			text:   trip,
			want:   []particleRel{{Subject: "person/antony-blinken", CAMEO: "04", Trigger: "trip", Object: "KEN"}},
			reason: "'during a trip' hangs from 'announced': the trip is Blinken's",
		},
		{
			name:   "companion-nested-noun",
			x:      def,
			text:   "“The deal is close,” Antony Blinken said at the end of a visit to Kenya.",
			want:   []particleRel{{Subject: "person/antony-blinken", CAMEO: "04", Trigger: "visit", Object: "KEN"}},
			reason: "'visit' hangs along nmod from 'end', which hangs from 'said' marked 'at': the walk goes up the nouns that name no actor",
		},
		{
			name:   "companion-nested-undergone",
			x:      def,
			text:   "Secretary of State Antony Blinken was injured at the end of a visit to Kenya.",
			reason: "'injured' is a verb of undergoing, through the nested noun too",
		},
		{
			name:   "companion-undergone",
			x:      def,
			text:   "Two Kenyan soldiers were wounded during a visit to Somalia.",
			reason: "'wounded' is a verb of undergoing: its subject does not make the visit",
		},
		{
			name:   "companion-not-a-consultation",
			x:      def,
			text:   "In an attack on Kenya last week, Secretary of State Rex Tillerson lost two aides.",
			reason: "an attack is not among companion_roots: the clause's subject did not attack",
		},
		{
			name:   "companion-parties-in-a-genitive",
			x:      def,
			text:   genitive,
			reason: "'a summit of African leaders' names its parties: Tillerson is not one of them",
		},
		{
			name:   "companion-parties-in-a-genitive-unread",
			x:      noHolderOf,
			text:   genitive,
			want:   []particleRel{{Subject: "CHN", CAMEO: "04", Trigger: "summit", Object: "person/rex-tillerson"}},
			reason: "with holder_of: [] the genitive goes unread and the summit becomes Tillerson's (with China)",
		},
		{
			name:   "response-off-by-default",
			x:      def,
			text:   retaliated,
			want:   []particleRel{{Subject: "RUS", CAMEO: "16", Trigger: "expelled", Object: "CZE"}},
			reason: "response is off in the embedded frames: Prague's expulsions have no object",
		},
		{
			name: "response-retaliation-for",
			x:    response,
			text: retaliated,
			want: []particleRel{
				{Subject: "RUS", CAMEO: "16", Trigger: "expelled", Object: "CZE"},
				{Subject: "CZE", CAMEO: "16", Trigger: "expulsions", Object: "RUS"},
			},
			reason: "the parser hangs 'for a slew of expulsions' beside 'in retaliation' on 'expelled': Prague's expulsions were Russia's diplomats'",
		},
		{
			name: "response-in-reply-to",
			x:    response,
			text: "Japan recalled its ambassador in reply to China's criticism.",
			want: []particleRel{
				{Subject: "JPN", CAMEO: "16", Trigger: "recalled its ambassador", Object: "CHN"},
				{Subject: "CHN", CAMEO: "11", Trigger: "criticism", Object: "JPN"},
			},
			reason: "China's criticism, answered by Japan, was of Japan",
		},
		{
			name:   "response-through-a-participle-agent",
			x:      response,
			text:   "Moscow closed the consulate in response to the sanctions imposed by Washington.",
			want:   []particleRel{{Subject: "USA", CAMEO: "16", Trigger: "sanctions", Object: "RUS"}},
			reason: "'sanctions' hangs along nmod from 'response': Washington's sanctions were on Moscow",
		},
		{
			name:   "response-act-with-its-own-object",
			x:      response,
			text:   "Kenya closed its border in response to the attack on Uganda by Somalia.",
			want:   []particleRel{{Subject: "SOM", CAMEO: "19", Trigger: "attack", Object: "UGA"}},
			reason: "the attack has its own object: Kenya answers it but was not attacked",
		},
		{
			name:   "response-object-phrase-without-actor",
			x:      response,
			text:   "The EU imposed sanctions on Myanmar in response to the junta's crackdown on protesters.",
			want:   []particleRel{{Subject: "org/eu", CAMEO: "16", Trigger: "imposed sanctions", Object: "MMR"}},
			reason: "'crackdown on protesters' has an object phrase, if no actor: the crackdown was not aimed at the EU",
		},
	}
	checkParseCases(t, tg, tests)
}
