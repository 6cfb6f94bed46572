package relation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFramesReadLexiconWords checks that the word lists of the parse
// fallback read the extractor's lexicon: a word a user lexicon adds to a
// class under words: reaches them, unless a frames file gives the list.
func TestFramesReadLexiconWords(t *testing.T) {
	lex, err := LoadLexicon(strings.NewReader("words:\n  event_light_verbs: [orchestrate]\n  recipient_verbs: [pocket]\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	own, err := LoadFrames(strings.NewReader("light_verbs: [pay]\n"), "frames.yaml")
	if err != nil {
		t.Fatal(err)
	}
	type view struct{ Orchestrated, Paid, Pocketed, Held bool }
	tests := []struct {
		name string
		lex  *Lexicon
		opts []Option
		want view
	}{
		{"embedded", nil, nil, view{Paid: true, Held: true}},
		{"lexicon-adds", lex, nil, view{Orchestrated: true, Paid: true, Pocketed: true, Held: true}},
		{"frames-file-wins", lex, []Option{WithFrames(own)}, view{Paid: true, Pocketed: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := tc.lex
			if l == nil {
				if l, err = DefaultLexicon(); err != nil {
					t.Fatal(err)
				}
			}
			fr := NewExtractor(l, tc.opts...).frames()
			got := view{Orchestrated: fr.lightSet["orchestrated"], Paid: fr.lightSet["paid"], Pocketed: fr.recipientSet["pocketed"], Held: fr.lightSet["held"]}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("frames' word lists mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if base, err := defaultFrames(); err != nil || base.lightSet["orchestrated"] {
		t.Errorf("the embedded frames changed: %v", err)
	}
}
