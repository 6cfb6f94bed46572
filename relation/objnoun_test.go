package relation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestObjectNouns checks verb-and-noun entries matched on the parse with
// the noun at any distance (objnoun.go), on sentences of our own.
func TestObjectNouns(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and the parser")
	}
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	frames := func(src string) Option {
		f, err := LoadFrames(strings.NewReader(src), "test.yaml")
		if err != nil {
			t.Fatal(err)
		}
		return WithFrames(f)
	}
	def := NewExtractor(lex, WithModel(nil))
	off := NewExtractor(lex, WithModel(nil), frames("object_noun: []\n"))
	passive := NewExtractor(lex, WithModel(nil), frames("object_noun: [obj, nsubj:pass]\n"))
	const longGap = "North Korea conducted its first-ever underground nuclear test on Monday."
	tests := []struct {
		name   string
		x      *Extractor
		text   string
		want   []particleRel
		reason string
	}{
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
			name:   "passive-when-the-frames-say-so",
			x:      passive,
			text:   "Troops are to be withdrawn from Syria by Russia.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "08", Trigger: "withdrawn", Object: "SYR"}},
			reason: "with nsubj:pass among the relations, 'troops' as the passive subject of 'withdrawn' matches 'withdraw ... troops'",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, particleRels(tg, tc.x, tc.text)); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
		})
	}
}
