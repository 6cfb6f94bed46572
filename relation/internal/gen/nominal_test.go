package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/relation"
)

const testDerivations = `
derive:
  scold: [scolding]
  plead: [plea, pleading]
  muse: [musing]
zero: [raid, chat]
phrases:
  impose: [imposition]
  provide: [provision]
  raid: [raid]
exclude_phrases: ["provide ... with", "call for"]
particles:
  call: [call]
  retaliate: [retaliation]
particle_prepositions: [on, upon, for, against]
direct:
  default: [of]
  "19": [on, against]
object:
  pleading: [with]
`

func TestNominalize(t *testing.T) {
	d, err := parseDerivations([]byte(testDerivations), "nominalizations.yaml")
	if err != nil {
		t.Fatal(err)
	}
	verbs := []verbEntry{
		{lemma: "scold", code: "111", frames: []string{"direct"}, person: "11"},
		{lemma: "plead", code: "02", frames: []string{"that", "to"}},
		{lemma: "muse", code: "04", frames: []string{"that"}},
		{lemma: "raid", code: "19", frames: []string{"direct"}, nullable: true},
		{lemma: "chat", code: "04", frames: []string{"with"}, symmetric: true},
		{lemma: "raid", code: "17", frames: []string{"direct"}}, // a second entry: the first wins
		{lemma: "impose", then: "... sanctions|embargo", code: "16", frames: []string{"on", "against"}},
		{lemma: "impose", then: "curfew", code: "17", frames: []string{"on"}},        // no gap: not derived
		{lemma: "provide", then: "... with", code: "07", frames: []string{"direct"}}, // excluded
		{lemma: "scold", then: "... envoy", code: "11", frames: []string{"direct"}},  // no phrase noun
		{lemma: "raid", then: "... homes", code: "19", frames: []string{"direct"}},   // "raid" is defined bare: not derived
		{lemma: "call", then: "on|upon", code: "02", frames: []string{"direct"}},
		{lemma: "call", then: "for ... sanctions", code: "13", frames: []string{"against"}},
		{lemma: "call", then: "for", code: "02", frames: []string{"direct"}},                // excluded
		{lemma: "call", then: "up ... reservists", code: "15", frames: nil, nullable: true}, // "up" is no particle preposition
		{lemma: "retaliate", then: "against", code: "19", frames: []string{"direct"}},
	}
	defined := map[string]bool{
		"noun\x00pleas\x00": true, // the curated plural overrides "plea"
		"noun\x00raid\x00":  true, // a curated bare noun overrides its phrases
	}
	got := string(render(nominalHeader, nominalize(d, verbs, defined)))
	got = got[strings.Index(got, "triggers:"):]
	want := `triggers:
  - {noun: call, then: "for ... sanctions", cameo: "13", object: [against]}
  - {noun: call, then: "on|upon", cameo: "02", object: [direct]}
  - {noun: chat, cameo: "04", object: [with], symmetric: true}
  - {noun: imposition, then: "of ... sanctions|embargo", cameo: "16", object: [on, against]}
  - {noun: musing, cameo: "04", object: [of]}
  - {noun: pleading, cameo: "02", object: [with]}
  - {noun: retaliation, then: "against", cameo: "19", object: [direct]}
  - {noun: scolding, cameo: "111", object: [of], person: "11"}
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("nominalize mismatch (-want +got):\n%s", diff)
	}
	if _, err := relation.LoadLexicon(bytes.NewReader([]byte(got)), "nominal.yaml"); err != nil {
		t.Fatal(err)
	}
}

func TestDerivationsErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unknown field", "derives: {a: [b]}\ndirect: {default: [of]}", "field derives not found"},
		{"no default", "derive: {scold: [scolding]}", "direct: want a default"},
		{"bad root", "direct: {default: [of], \"1\": [on]}", `root "1": want two digits`},
		{"empty root", "direct: {default: [of], \"19\": []}", `root "19": want prepositions`},
		{"bad noun", "derive: {scold: [\"sc@ld\"]}\ndirect: {default: [of]}", `"sc@ld" is no noun`},
		{"particles without prepositions", "particles: {call: [call]}\ndirect: {default: [of]}", "particles: want particle_prepositions"},
		{"bad particle noun", "particles: {call: [\"c@ll\"]}\nparticle_prepositions: [on]\ndirect: {default: [of]}", `particles "call": "c@ll" is no noun`},
		{"both", "derive: {raid: [raiding]}\nzero: [raid]\ndirect: {default: [of]}", `zero "raid": also under derive`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseDerivations([]byte(tc.in), "nominalizations.yaml")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("parseDerivations(%q) = %v, want an error with %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestLexiconVerb(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want verbEntry
		ok   bool
	}{
		{"direct by default", `{verb: Rebuke, cameo: "11"}`, verbEntry{lemma: "rebuke", code: "11", frames: []string{"direct"}}, true},
		{"fields carried", `{verb: attack, cameo: "19", person: "11", object: [direct, on], nullable: true, symmetric: true, target: org}`,
			verbEntry{lemma: "attack", code: "19", person: "11", target: "org", frames: []string{"direct", "on"}, nullable: true, symmetric: true}, true},
		{"phrase", `{verb: Impose, then: "...  sanctions|embargo", cameo: "16", object: [on]}`,
			verbEntry{lemma: "impose", then: "... sanctions|embargo", code: "16", frames: []string{"on"}}, true},
		{"modality cue", `{verb: vow, complement: intended}`, verbEntry{}, false},
		{"noun", `{noun: raid, cameo: "19"}`, verbEntry{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var m map[string]any
			if err := yaml.Unmarshal([]byte(tc.in), &m); err != nil {
				t.Fatal(err)
			}
			got, ok := lexiconVerb(m)
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(verbEntry{})); diff != "" || ok != tc.ok {
				t.Errorf("lexiconVerb(%s) = %v (-want +got):\n%s", tc.in, ok, diff)
			}
		})
	}
}

// The embedded table is valid.
func TestEmbeddedDerivations(t *testing.T) {
	if _, err := parseDerivations(nominalizationsYAML, "nominalizations.yaml"); err != nil {
		t.Fatal(err)
	}
}

func FuzzParseDerivations(f *testing.F) {
	f.Add(string(nominalizationsYAML))
	f.Add(testDerivations)
	f.Add("direct: {default: [of]}\nphrases: {impose: [imposition]}\nexclude_phrases: [x]")
	f.Add("direct: {default: [of]}\nparticles: {call: [call]}\nparticle_prepositions: [on]")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseDerivations([]byte(s), "fuzz.yaml")
		if err == nil && d == nil {
			t.Fatal("parseDerivations returned neither a table nor an error")
		}
		if err != nil {
			return
		}
		// A particle noun keeps its verb's phrase and frames.
		for v := range d.Particle {
			for _, tr := range nominalize(d, []verbEntry{{lemma: normalize(v), then: "on", code: "02", frames: []string{"direct"}}}, nil) {
				if tr.then != "on" || !cmp.Equal(tr.frames, []string{"direct"}) {
					t.Errorf("particle noun %q of %q: then %q frames %v, want \"on\" [direct]", tr.lemma, v, tr.then, tr.frames)
				}
			}
		}
		// Every derived noun of a valid table gets frames unless nullable.
		for v := range d.nouns {
			ts := nominalize(d, []verbEntry{{lemma: v, code: "19", frames: []string{"direct"}}}, nil)
			for _, tr := range ts {
				if len(tr.frames) == 0 {
					if _, over := d.Object[tr.lemma]; !over {
						t.Errorf("noun %q of %q has no frames", tr.lemma, v)
					}
				}
			}
		}
	})
}

// data/nominal.yaml is what the generator derives from the other lexicon
// files (the hand-written ones and petrarch.yaml, whose verbs it reads as
// written): regenerate it (see relation/generate.go) after editing them.
func TestNominalUpToDate(t *testing.T) {
	d, err := parseDerivations(nominalizationsYAML, "nominalizations.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cur, verbs, err := readCurated("../../data", "nominal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := string(render(nominalHeader, nominalize(d, verbs, cur.keys)))
	got, err := os.ReadFile("../../data/nominal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("data/nominal.yaml is stale; run go generate ./relation (-want +got):\n%s", diff)
	}
}
