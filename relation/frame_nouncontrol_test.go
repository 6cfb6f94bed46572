package relation

import "testing"

// TestNounControl checks noun_control_tags (frame.go): an infinitive
// complementing an intent noun is done by the noun's holder, not by the
// subject of the clause the noun is the object of; our own sentences,
// with the rules alone.
func TestNounControl(t *testing.T) {
	tg := parseTaggerT(t)
	lex := defaultLexiconT(t)
	def, off := NewExtractor(lex, WithModel(nil)), NewExtractor(lex, WithModel(nil), framesOptT(t, "noun_control_tags: []\n"))
	const deploy = "Kenya praised the decision of the African Union to deploy troops to Somalia."
	praised := particleRel{Subject: "KEN", CAMEO: "05", Trigger: "praised", Object: "org/au"}
	tests := []parseCase{
		{
			name:   "decision-of",
			x:      def,
			text:   deploy,
			want:   []particleRel{praised, {Subject: "org/au", CAMEO: "15", Trigger: "deploy", Object: "SOM"}},
			reason: "'to deploy' complements 'decision', whose genitive holder deploys",
		},
		{
			name:   "decision-of-off",
			x:      off,
			text:   deploy,
			want:   []particleRel{praised, {Subject: "KEN", CAMEO: "15", Trigger: "deploy", Object: "SOM"}},
			reason: "with noun_control_tags: [] the scanner's subject, the praising party, stays",
		},
		{
			name: "plan-of",
			x:    def,
			text: "China welcomed the plan of the European Union to lift sanctions on Iran.",
			want: []particleRel{
				{Subject: "CHN", CAMEO: "05", Trigger: "welcomed", Object: "org/eu"},
				{Subject: "org/eu", CAMEO: "08", Trigger: "lift sanctions", Object: "IRN"},
			},
			reason: "the EU's plan: the EU lifts the sanctions",
		},
		{
			name: "attempt-of",
			x:    def,
			text: "Japan welcomed the attempt of the United Nations to mediate between Israel and Hamas.",
			want: []particleRel{
				{Subject: "JPN", CAMEO: "05", Trigger: "welcomed", Object: "org/un"},
				{Subject: "org/un", CAMEO: "04", Trigger: "mediate", Object: "ISR"},
				{Subject: "org/un", CAMEO: "04", Trigger: "mediate", Object: "org/hamas"},
			},
			reason: "the UN's attempt: the UN mediates",
		},
		{
			name:   "call-asks-another",
			x:      def,
			text:   "Iran rejected the call of Britain to release the sailors.",
			want:   []particleRel{{Subject: "IRN", CAMEO: "12", Trigger: "rejected", Object: "GBR"}},
			reason: "'call' is no intent noun: Britain asks, it does not release",
		},
	}
	checkParseCases(t, tg, tests)
}
