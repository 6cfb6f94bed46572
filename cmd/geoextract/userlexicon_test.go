package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// userLexicon adds, in YAML alone, what issue #9 item 2 asks a user to be
// able to add with no Go change: a verb, a particle verb and a noun
// trigger, an object frame, an intent cue, a negation word and a report
// verb (a word class of internal/english/data/words.yaml); and the
// dependency roles of an entry (item 1: an object read along an oblique
// or a nominal modifier with the marker the entry names).
const userLexicon = `triggers:
  - {verb: stonewall, cameo: "12", object: [direct]}
  - {noun: stonewalling, cameo: "12", object: [of]}
  - {verb: cozy, then: up, cameo: "03", object: [to]}
  - {verb: fume, cameo: "11", object: [at, over]}
  - {verb: aspire, then: to, complement: intended}
  - {verb: inveigh, cameo: "111", roles: {object: ["obl:against"]}}
  - {noun: berating, cameo: "111", roles: {subject: ["nmod:poss"], object: ["nmod:toward"]}}
words:
  assertion_verbs: [{verb: tweet}]
  negations: [scarcely]
`

// TestUserLexicon runs the command with and without a -lexicon file on our
// own sentences: each case changes only through the file (the rules
// alone, -no-relation-model), and the forms of the new verbs ("cozied",
// "stonewalled", "tweeted") come from their lemmas.
func TestUserLexicon(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full pipeline")
	}
	lex := writeFile(t, "mine.yaml", userLexicon)
	tests := []struct {
		name, text    string
		without, with []string
	}{
		{name: "verb", text: "Kenya stonewalled Uganda.",
			with: []string{"Kenya REJECT Uganda"}},
		{name: "noun", text: "Kenya's stonewalling of Uganda angered Ethiopia.",
			with: []string{"Kenya REJECT Uganda"}},
		{name: "particle-verb", text: "Ghana cozied up to Togo.",
			with: []string{"Ghana INTENT_TO_COOPERATE Togo"}},
		{name: "object-frame", text: "Kenya fumed at Uganda.",
			with: []string{"Kenya DISAPPROVE Uganda"}},
		{name: "intent-cue", text: "Kenya aspires to recognize Somalia.",
			without: []string{"Kenya DIPLOMATIC_COOPERATION Somalia"},
			with:    []string{"Kenya DIPLOMATIC_COOPERATION Somalia intended"}},
		{name: "negation-word", text: "Japan scarcely met Peru.",
			without: []string{"Japan CONSULT Peru"},
			with:    []string{"Japan CONSULT Peru negated"}},
		{name: "report-verb", text: "Peru tweeted Chile is corrupt.",
			with: []string{"Peru DISAPPROVE Chile"}},
		{name: "verb-roles", text: "Kenya inveighed against Uganda.",
			with: []string{"Kenya DISAPPROVE Uganda"}},
		{name: "noun-roles", text: "Kenya's public berating last week toward Uganda angered Ethiopia.",
			with: []string{"Kenya DISAPPROVE Uganda"}},
	}
	var in strings.Builder
	for _, tc := range tests {
		b, err := json.Marshal(map[string]string{"id": tc.name, "text": tc.text})
		if err != nil {
			t.Fatal(err)
		}
		in.Write(append(b, '\n'))
	}
	relations := func(args ...string) map[string][]string {
		code, stdout, stderr := runCLI(t, in.String(), append([]string{"-jsonl", "-no-relation-model"}, args...)...)
		if code != 0 {
			t.Fatalf("run(%q) = %d; stderr:\n%s", args, code, stderr)
		}
		got := map[string][]string{}
		for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var r struct {
				ID        string `json:"id"`
				Relations []struct {
					Subject   struct{ Text string }  `json:"subject"`
					Predicate string                 `json:"predicate"`
					Object    *struct{ Text string } `json:"object"`
					Negated   bool                   `json:"negated"`
					Modality  string                 `json:"modality"`
				} `json:"relations"`
			}
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("output line %q: %v", line, err)
			}
			for _, x := range r.Relations {
				s := x.Subject.Text + " " + x.Predicate
				if x.Object != nil {
					s += " " + x.Object.Text
				}
				if x.Negated {
					s += " negated"
				}
				if x.Modality != "asserted" {
					s += " " + x.Modality
				}
				got[r.ID] = append(got[r.ID], s)
			}
		}
		return got
	}
	without, with := relations(), relations("-lexicon", lex)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.without, without[tc.name]); diff != "" {
				t.Errorf("%q without the file (-want +got):\n%s", tc.text, diff)
			}
			if diff := cmp.Diff(tc.with, with[tc.name]); diff != "" {
				t.Errorf("%q with -lexicon (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
