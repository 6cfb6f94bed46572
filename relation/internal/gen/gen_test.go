package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation"
)

// A dictionary of our own in the CAMEO.2.0.txt format.
const testDict = `# a test dictionary
####### SYNONYM SETS #######

&ACCORD
+ACCORD
+TREATY
+PEACE DEAL

####### VERB PATTERNS #######

---  SPURN   [120]  ---
SPURN  # a comment
SNUB {SNUBS SNUBBED SNUBBING } [121]
+TURN_DOWN {+TURNS_DOWN +TURNED_DOWN +TURNING_DOWN } [125]
- * &ACCORD [1246]          # SPURN
- * OFFER (FROM +) [122]    # SNUB
- $ * + [120]               # SPURN
- * (ASIDE {PEACE PLAN} [12  # broken

---  PONDER   [---]  ---
PONDER ;legacy comment
- * SANCTIONS (AGAINST) + [163]  # PONDER
- * + [040]  # PONDER

####### TRANSFORMATIONS #######
SPURN [999]
`

func TestParseDictionary(t *testing.T) {
	d, errs := parseDictionary(strings.NewReader(testDict), "test.txt")
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	wantErrs := []string{`test.txt:18: pattern "- * (ASIDE {PEACE PLAN} [12": no [code]`}
	if diff := cmp.Diff(wantErrs, msgs); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"accord", "treaty", "peace deal"}, d.synsets["&ACCORD"]); diff != "" {
		t.Errorf("synset mismatch (-want +got):\n%s", diff)
	}
	type blockSum struct {
		Name, Code string
		Verbs      []string
		Forms      [][]string
		Codes      []string
		Patterns   []string
	}
	var got []blockSum
	for _, b := range d.blocks {
		s := blockSum{Name: b.name, Code: b.code}
		for _, v := range b.verbs {
			s.Verbs = append(s.Verbs, strings.Join(v.words, " "))
			s.Forms = append(s.Forms, v.forms)
			s.Codes = append(s.Codes, v.code)
		}
		for _, p := range b.patterns {
			s.Patterns = append(s.Patterns, strings.Join(p.toks, " ")+" ["+p.code+"] "+p.verb)
		}
		got = append(got, s)
	}
	want := []blockSum{
		{Name: "SPURN", Code: "120",
			Verbs:    []string{"spurn", "snub", "turn down"},
			Forms:    [][]string{nil, {"snubs", "snubbed", "snubbing"}, {"turns", "turned", "turning"}},
			Codes:    []string{"", "121", "125"},
			Patterns: []string{"* &ACCORD [1246] spurn", "* OFFER ( FROM + ) [122] snub", "$ * + [120] spurn"}},
		{Name: "PONDER", Code: "", Verbs: []string{"ponder"}, Forms: [][]string{nil}, Codes: []string{""},
			Patterns: []string{"* SANCTIONS ( AGAINST ) + [163] ponder", "* + [040] ponder"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks mismatch (-want +got):\n%s", diff)
	}
}

func TestConvertPattern(t *testing.T) {
	syn := map[string][]string{"&ACCORD": {"accord", "treaty", "peace deal"}, "&BIG": {"big deal"}}
	tests := []struct {
		name, pattern string
		then          string
		frames        []string
		ok            bool
	}{
		{"object noun", "* SANCTIONS", "... sanctions", nil, true},
		{"synonym set with a phrase is a group", "* &ACCORD", "... (accord|treaty|peace deal)", nil, true},
		{"synonym set of one phrase", "* &BIG", "... big deal", nil, true},
		{"synonym set in a compound is a group", "* {&ACCORD TALKS}", "... (accord|treaty|peace deal) talks", nil, true},
		{"compound words in a row", "* {PEACE PLAN}", "... peace plan", nil, true},
		{"direct target", "* + (TO {PEACE TALKS})", "", nil, false},
		{"bracketed preposition before the target", "* OFFER (FROM +)", "... offer", []string{"from"}, true},
		{"preposition group, then the target", "* CLAIM (AGAINST) +", "... claim", []string{"against"}, true},
		{"target after a plain word", "* TROOP TOWARD +", "", nil, false},
		{"target only", "* (TO +)", "", nil, false},
		{"closing preposition is the frame", "* OFFER (WITH)", "... offer", []string{"with"}, true},
		{"closing preposition alone: a bare verb with a frame", "* (ACROSS)", "", []string{"across"}, true},
		{"closing group of two words is no frame", "* (TO BORDER)", "... to ... border", nil, true},
		{"subject constraint", "&MILITARY * DEPLOYMENT", "", nil, false},
		{"source marker", "* + (TO LIST) $", "", nil, false},
		{"loose word", "* HELP", "", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, msg := parsePattern(tc.pattern+" [123]", "")
			if msg != "" {
				t.Fatalf("parsePattern: %s", msg)
			}
			then, frames, ok := convertPattern(p, syn, map[string]bool{"help": true})
			if diff := cmp.Diff([]any{tc.then, tc.frames, tc.ok}, []any{then, frames, ok}); ok && diff != "" || ok != tc.ok {
				t.Errorf("convertPattern(%q) mismatch (-want +got):\n%s", tc.pattern, diff)
			}
		})
	}
}

func TestGenerate(t *testing.T) {
	d, _ := parseDictionary(strings.NewReader(testDict), "test.txt")
	r, err := parseRules([]byte(`
verbs:
  roots: ["12"]
  exclude: [snub]
  object: {spurn: [direct, of]}
phrases:
  roots: ["12", "16"]
  object: {"12": [of]}
nouns:
  - {noun: snub, verb: snub, object: [of, to]}
  - {noun: spurning, verb: spurn}
  - {noun: musing, verb: ponder}
`), "rules.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cur := newCurated()
	cur.add("noun", "spurning", "")
	cur.add("verb", "ponder", "... sanctions|embargo")
	got := string(render(header, generate(d, r, cur)))
	got = got[strings.Index(got, "triggers:"):]
	want := `triggers:
  - {noun: snub, cameo: "121", object: [of, to]}
  - {verb: snub, then: "... offer", cameo: "122", object: [from], forms: [snubs, snubbed, snubbing]}
  - {verb: spurn, cameo: "120", object: [direct, of]}
  - {verb: spurn, then: "... (accord|treaty|peace deal)", cameo: "1246", object: [of]}
  - {verb: turn, then: "down", cameo: "125", object: [direct], forms: [turns, turned, turning]}
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("generate mismatch (-want +got):\n%s", diff)
	}
	// The rendered file is a valid lexicon.
	l, err := relation.LoadLexicon(bytes.NewReader(render(header, generate(d, r, cur))), "petrarch.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != 5 {
		t.Errorf("lexicon has %d triggers, want 5", l.Len())
	}
}

func TestRulesErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unknown field", "verbs: {rots: [\"12\"]}", "field rots not found"},
		{"bad root", "verbs: {roots: [\"1\"]}", `root "1": want two digits`},
		{"noun without code", "nouns: [{noun: tour}]", `noun "tour": want noun: and verb: or cameo:`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseRules([]byte(tc.in), "rules.yaml")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("parseRules(%q) = %v, want an error with %q", tc.in, err, tc.want)
			}
		})
	}
}

// The embedded rules are valid.
func TestEmbeddedRules(t *testing.T) {
	if _, err := parseRules(rulesYAML, "rules.yaml"); err != nil {
		t.Fatal(err)
	}
}

func FuzzParseDictionary(f *testing.F) {
	f.Add(testDict)
	f.Add("####### VERB PATTERNS\n--- X [1] ---\n- * ((( [12]\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, _ := parseDictionary(strings.NewReader(s), "fuzz.txt")
		r := &rules{}
		r.Verbs.Roots = []string{"01", "12"}
		r.Phrases.Roots = []string{"12"}
		r.Phrases.Object = map[string][]string{"12": {"of"}}
		for _, tr := range generate(d, r, newCurated()) {
			if !validWords(tr.lemma) || !validThen(tr.then) {
				t.Errorf("invalid trigger %+v", tr)
			}
		}
	})
}

func FuzzParseRules(f *testing.F) {
	f.Add(string(rulesYAML))
	f.Add("nouns: [{noun: tour, verb: tour, object: [of]}]")
	f.Add("verbs: {roots: [\"1\"], cameo: {x: \"9\"}}")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := parseRules([]byte(s), "fuzz.yaml")
		if err == nil && r == nil {
			t.Error("parseRules returned neither rules nor an error")
		}
	})
}

func TestCuratedCovers(t *testing.T) {
	cur := newCurated()
	cur.add("verb", "attack", "")
	cur.add("verb", "impose", "... sanctions|embargo")
	cur.add("noun", "visit", "")
	tests := []struct {
		name string
		t    trigger
		want bool
	}{
		{"same bare verb", trigger{kind: "verb", lemma: "attack"}, true},
		{"phrase of a curated bare verb", trigger{kind: "verb", lemma: "attack", then: "... base"}, true},
		{"bare verb the curated files restrict to phrases", trigger{kind: "verb", lemma: "impose"}, true},
		{"phrase sharing a curated word", trigger{kind: "verb", lemma: "impose", then: "... new ... sanctions"}, true},
		{"phrase with other words", trigger{kind: "verb", lemma: "impose", then: "... curfew"}, false},
		{"same noun", trigger{kind: "noun", lemma: "visit"}, true},
		{"a noun is not its verb", trigger{kind: "noun", lemma: "attack"}, false},
		{"new verb", trigger{kind: "verb", lemma: "behead"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := cur.covers(tc.t); got != tc.want {
				t.Errorf("covers(%+v) = %v, want %v", tc.t, got, tc.want)
			}
		})
	}
}
