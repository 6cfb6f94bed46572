package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/wordnet"
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
	got := classes(d, lex, der, r, nil)
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

// TestClassesWordNet checks the WordNet settings on the tiny database of
// package wordnet's tests: rebuke (sense 1: rebuke, scold), criticize,
// lambaste (sense 1: flog, sense 2: lambaste, slam), confer (confer,
// negotiate).
func TestClassesWordNet(t *testing.T) {
	db, err := wordnet.Open("../../../internal/wordnet/testdata/dict")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := parseDictionary(strings.NewReader(strings.Replace(testDict, "####### TRANSFORMATIONS", `---  CONFER   [040]  ---
CONFER
LAMBASTE [111]

####### TRANSFORMATIONS`, 1)), "test.txt")
	der := &derivations{}
	lex := []lexCode{{"rebuke", "112"}, {"criticize", "111"}}
	for _, tc := range []struct {
		name              string
		maxSenses, senses int
		want              map[string][]string
	}{
		{"off", 0, 0, map[string][]string{"spurn": {"12"}, "snub": {"12"}, "confer": {"04"}, "lambaste": {"11"}, "rebuke": {"11"}, "criticize": {"11"}}},
		{"a dictionary verb of two senses is left out with at most one; the lexicon's are kept", 1, 0,
			map[string][]string{"spurn": {"12"}, "snub": {"12"}, "confer": {"04"}, "rebuke": {"11"}, "criticize": {"11"}}},
		{"synonyms of the first sense, in their own first sense: scold, negotiate, flog (lambaste's first sense); not slam (its second)", 0, 1,
			map[string][]string{"spurn": {"12"}, "snub": {"12"}, "confer": {"04"}, "lambaste": {"11"}, "rebuke": {"11"}, "criticize": {"11"},
				"scold": {"11"}, "negotiate": {"04"}, "flog": {"11"}}},
		{"two senses reach slam", 0, 2,
			map[string][]string{"spurn": {"12"}, "snub": {"12"}, "confer": {"04"}, "lambaste": {"11"}, "rebuke": {"11"}, "criticize": {"11"},
				"scold": {"11"}, "negotiate": {"04"}, "slam": {"11"}, "flog": {"11"}}},
	} {
		r := &classRules{}
		r.Classes.MaxRoots, r.Classes.MaxSenses, r.Classes.SynonymSenses = 2, tc.maxSenses, tc.senses
		if diff := cmp.Diff(tc.want, classes(d, lex, der, r, db)); diff != "" {
			t.Errorf("%s: classes mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}
