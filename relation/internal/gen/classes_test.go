package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestClasses checks the lexical classes drawn from a dictionary, a
// lexicon and a derivation table of our own (testDict, testDerivations).
func TestClasses(t *testing.T) {
	dict := strings.Replace(testDict, "####### TRANSFORMATIONS", `---  MULL   [040]  ---
MULL
MUSE [010]
PLEAD [020]
SCOLD [130]
TALLY {TALLIES} [040]

---  TALLY   [050]  ---
TALLY

---  TALLY   [060]  ---
TALLY

####### TRANSFORMATIONS`, 1)
	d, _ := parseDictionary(strings.NewReader(dict), "test.txt")
	der, err := parseDerivations([]byte(testDerivations), "derivations.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lex := []lexCode{{"scold", "112"}, {"plead", "022"}, {"plead", "031"}, {"raid", "190"}, {"raid", "180"}, {"raid", "171"}}
	r := &classRules{}
	r.Classes.MaxRoots = 2
	r.Classes.Exclude = []string{"mull"}
	got := classes(d, lex, der, r)
	want := map[string][]string{
		"spurn": {"12"}, // the block's code
		"snub":  {"12"}, // its own code, same root
		// "turn down" is a particle verb: no class for "turn"; "ponder"
		// has the null code; "mull" is excluded.
		"muse":     {"01"},
		"musing":   {"01"},       // the verb's noun
		"scold":    {"11"},       // the lexicon overrides the dictionary (same root here)
		"plead":    {"02", "03"}, // two roots of the lexicon, the dictionary's 02 ignored
		"pleading": {"02", "03"}, // the nouns of a verb with two roots
		"plea":     {"02", "03"},
		"scolding": {"11"},
		// "raid" has three roots in the lexicon, "tally" three in the
		// dictionary: left out, and so the zero-derived noun "raid".
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("classes mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("muse\t01\nmusing\t01\nplea\t02,03\n", strings.TrimPrefix(string(renderClasses(map[string][]string{
		"plea": {"02", "03"}, "musing": {"01"}, "muse": {"01"}})), classesHeader)); diff != "" {
		t.Errorf("rendered classes mismatch (-want +got):\n%s", diff)
	}
}

func TestLexiconCodes(t *testing.T) {
	ts := []map[string]any{
		{"verb": "Rebuke", "cameo": "111"},
		{"noun": "rebuff", "cameo": "125"},
		{"verb": "call", "then": "off", "cameo": "160"},     // a phrase
		{"verb": "vow", "cameo": "030", "complement": "to"}, // a modality cue
		{"verb": "say", "cameo": "---"},                     // no code
		{"verb": "step down", "cameo": "0874"},              // two words
		{"word": "meanwhile", "cameo": "010"},               // no verb or noun
		{"verb": "hail", "noun": "praise", "cameo": "051"},  // both kinds
	}
	want := []lexCode{{"rebuke", "111"}, {"rebuff", "125"}, {"hail", "051"}, {"praise", "051"}}
	if diff := cmp.Diff(want, lexiconCodes(ts), cmp.AllowUnexported(lexCode{})); diff != "" {
		t.Errorf("lexiconCodes mismatch (-want +got):\n%s", diff)
	}
}

func TestClassRules(t *testing.T) {
	for _, tc := range []struct{ name, in, wantErr string }{
		{"embedded", string(classesYAML), ""},
		{"no maximum", "classes: {exclude: [make]}\n", "max_roots 0"},
		{"unknown field", "classes: {max_roots: 2, roots: [\"01\"]}\n", "field roots not found"},
	} {
		_, err := parseClassRules([]byte(tc.in), "c.yaml")
		if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
			t.Errorf("%s: parseClassRules error %v, want one with %q", tc.name, err, tc.wantErr)
		}
	}
}
