package relation

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoadLexiconErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   []string // error lines, without the "relation: " prefix
		reason string
	}{
		{
			name: "unknown-field",
			in:   "triggers:\n  - verb: meet\n    cameo: \"04\"\n    colour: red\n",
			want: []string{`x.yaml:4:5: unknown field "colour"`},
		},
		{
			name: "all-bad-entries-reported",
			in: "triggers:\n  - {verb: meet, cameo: \"4\"}\n  - {noun: talks, cameo: \"21\"}\n" +
				"  - {verb: urge, object: [with them]}\n  - {cameo: \"11\"}\n",
			want: []string{
				`x.yaml:2:25: cameo "4": want 2 to 4 digits`,
				`x.yaml:3:26: cameo "21": root must be 01 to 20`,
				`x.yaml:4:5: trigger needs cameo: (or complement: for a modality cue)`,
				`x.yaml:4:27: object frame "with them": want "direct", "that", "any", "clause" or a preposition`,
				`x.yaml:5:5: trigger needs one of verb:, noun: or word:`,
			},
			reason: "every bad entry is reported with its position, not just the first",
		},
		{
			name: "unknown-frame",
			in:   "triggers:\n  - verb: meet\n    cameo: \"04\"\n    object: [direkt, with, thaT, Any]\n  - {noun: talks, cameo: \"04\", object: [mit]}\n",
			want: []string{
				`x.yaml:4:14: object frame "direkt": want "direct", "that", "any", "clause" or a preposition`,
				`x.yaml:5:41: object frame "mit": want "direct", "that", "any", "clause" or a preposition`,
			},
			reason: "a misspelt frame is an error, not a preposition that never occurs; frames are case-insensitive",
		},
		{
			name: "by-kind-errors",
			in: "triggers:\n  - {verb: capture, cameo: \"17\", by_kind: {armed-group: \"18x\", rebels: \"181\"}}\n" +
				"  - {verb: seize, cameo: \"17\", by_kind: {military: \"21\", military: \"17\", state: [\"17\"]}}\n" +
				"  - {verb: detain, cameo: \"17\", by_kind: armed-group}\n",
			want: []string{
				`x.yaml:2:57: by_kind armed-group "18x": want 2 to 4 digits`,
				`x.yaml:2:64: by_kind: unknown kind "rebels" (want a gazetteer kind such as armed-group, military or country)`,
				`x.yaml:3:52: by_kind military "21": root must be 01 to 20`,
				`x.yaml:3:58: by_kind: "military" given twice`,
				`x.yaml:3:81: by_kind state: the code must be a string`,
				`x.yaml:4:42: "by_kind" must be a mapping from gazetteer kinds to CAMEO codes`,
			},
			reason: "a kind the gazetteer does not know, a bad code and a repeated kind are errors at their position",
		},
		{
			name: "object-kind-errors",
			in: "triggers:\n  - {verb: back, cameo: \"05\", object_kind: {militia: \"06\", person: \"6\"}}\n" +
				"  - {verb: kill, cameo: \"19\", object_kind: person}\n",
			want: []string{
				`x.yaml:2:45: object_kind: unknown kind "militia" (want a gazetteer kind such as armed-group, military or country)`,
				`x.yaml:2:68: object_kind person "6": want 2 to 4 digits`,
				`x.yaml:3:44: "object_kind" must be a mapping from gazetteer kinds to CAMEO codes`,
			},
			reason: "object_kind is read like by_kind, its errors named after it",
		},
		{
			name: "bare-errors",
			in:   "triggers:\n  - {verb: call, then: on, cameo: \"02\", bare: \"4\"}\n",
			want: []string{
				`x.yaml:2:47: bare "4": want 2 to 4 digits`,
			},
			reason: "bare is a CAMEO code like cameo:",
		},
		{
			name: "by-prep-errors",
			in:   "triggers:\n  - {verb: send, cameo: \"15\", by_prep: {direct: \"19\", into: \"21\"}}\n",
			want: []string{
				`x.yaml:2:41: by_prep: unknown preposition "direct"`,
				`x.yaml:2:61: by_prep into "21": root must be 01 to 20`,
			},
			reason: "by_prep keys are prepositions, not the frame keywords",
		},
		{
			name: "by-prep-not-a-frame",
			in: "triggers:\n  - {verb: fire, cameo: \"15\", object: [at, into], by_prep: {into: \"19\", against: \"19\"}}\n" +
				"  - {verb: send, cameo: \"15\", object: [any], by_prep: {against: \"19\"}}\n",
			want: []string{
				`x.yaml:2:73: by_prep: "against" is not one of the entry's object frames`,
			},
			reason: "a preposition the entry takes no object after could never give its code; any takes them all",
		},
		{
			name: "two-kinds",
			in:   "triggers:\n  - {verb: meet, noun: meeting, cameo: \"04\"}\n",
			want: []string{`x.yaml:2:5: trigger has more than one of verb:, noun:, word: (verb, noun)`},
		},
		{
			name: "bad-then",
			in:   "triggers:\n  - {verb: hold, then: \"talks ...\", cameo: \"04\"}\n",
			want: []string{`x.yaml:2:24: then "talks ...": a pattern cannot end with ...`},
		},
		{
			name: "ambiguous-alternatives",
			in: "triggers:\n  - {verb: deploy, then: \"... peacekeeping troops|rescue teams\", cameo: \"07\"}\n" +
				"  - {verb: put, then: on high|full alert, cameo: \"15\"}\n",
			want: []string{
				`x.yaml:2:26: then "... peacekeeping troops|rescue teams": bare alternatives next to other words are ambiguous: write (a b|c d) for alternative phrases, a (b|c) d for alternative words`,
				`x.yaml:3:23: then "on high|full alert": bare alternatives next to other words are ambiguous: write (a b|c d) for alternative phrases, a (b|c) d for alternative words`,
			},
			reason: "'a b|c d' could mean (a b)|(c d) or a (b|c) d; read either way one of them silently matches nothing, so it is an error",
		},
		{
			name: "bad-groups",
			in: "triggers:\n  - {verb: send, then: \"... (peacekeeping troops\", cameo: \"07\"}\n" +
				"  - {verb: send, then: \"(aid|) to\", cameo: \"07\"}\n" +
				"  - {verb: send, then: \"(aid ... food)\", cameo: \"07\"}\n" +
				"  - {verb: send, then: \"aid) to\", cameo: \"07\"}\n" +
				"  - {verb: send, then: \"((aid))\", cameo: \"07\"}\n",
			want: []string{
				`x.yaml:2:24: then "... (peacekeeping troops": unclosed (`,
				`x.yaml:3:24: then "(aid|) to": empty alternative in (...)`,
				`x.yaml:4:24: then "(aid ... food)": a gap inside (...)`,
				`x.yaml:5:24: then "aid) to": unopened )`,
				`x.yaml:6:24: then "((aid))": nested (`,
			},
			reason: "a malformed group is an error at the pattern",
		},
		{
			name:   "group-duplicate",
			in:     "triggers:\n  - {verb: hold, then: \"... talks|meeting\", cameo: \"04\"}\n  - {verb: hold, then: \"...  (talks | meeting)\", cameo: \"04\"}\n",
			want:   []string{`x.yaml:3:5: duplicate trigger verb "hold ... talks|meeting" (first defined at x.yaml:2:5)`},
			reason: "a group of one-word alternatives alone is the bare alternatives, so the second entry repeats the first",
		},
		{
			name: "duplicate",
			in:   "triggers:\n  - {verb: meet, cameo: \"04\"}\n  - {verb: Meet, cameo: \"05\"}\n",
			want: []string{`x.yaml:3:5: duplicate trigger verb "meet" (first defined at x.yaml:2:5)`},
		},
		{
			name: "not-a-list",
			in:   "triggers: meet\n",
			want: []string{`x.yaml:1:11: "triggers" must be a list`},
		},
		{
			name: "bad-bool",
			in:   "triggers:\n  - {verb: meet, cameo: \"04\", symmetric: yes please}\n",
			want: []string{`x.yaml:2:42: "symmetric" must be true or false`},
		},
		{
			name: "syntax",
			in:   "triggers:\n  - {verb: meet\n",
			want: []string{`x.yaml:1: invalid YAML: did not find expected ',' or '}'`},
		},
		{
			name: "force-without-complement",
			in:   "triggers:\n  - {verb: vow, cameo: \"03\", force: \"13\"}\n  - {verb: swear, then: to, complement: intended, force: \"1x\"}\n",
			want: []string{
				`x.yaml:2:5: force: only applies to triggers with complement: intended or possible`,
				`x.yaml:3:58: force "1x": want 2 to 4 digits`,
			},
			reason: "force: recodes a complement, so it needs one; its code is checked like cameo:",
		},
		{
			name: "bad-complement",
			in:   "triggers:\n  - {verb: refuse, cameo: \"12\", complement: refused}\n  - {verb: decline, then: to, complement: negated, force: \"13\"}\n",
			want: []string{
				`x.yaml:2:45: complement "refused": want intended, possible, denied, negated or believed`,
				`x.yaml:3:5: force: only applies to triggers with complement: intended or possible`,
			},
			reason: "complement: negated reports the refused act negated; it does not recode it",
		},
		{
			name:   "bad-target",
			in:     "triggers:\n  - {verb: visit, cameo: \"04\", target: town}\n",
			want:   []string{`x.yaml:2:40: target "town": want org or state`},
			reason: "target: names the kind of object a trigger takes: an organization or a state",
		},
		{
			name: "top-level",
			in:   "verbs: []\n",
			want: []string{`x.yaml:1:1: unknown field "verbs" (want "triggers" or "words")`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadLexicon(strings.NewReader(tc.in), "x.yaml")
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("LoadLexicon: got %v, want an ErrorList", err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("errors mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadLexiconEmpty(t *testing.T) {
	for _, in := range []string{"", "triggers:\n", "# nothing\n", "~\n"} {
		l, err := LoadLexicon(strings.NewReader(in), "empty.yaml")
		if err != nil || l.Len() != 0 {
			t.Errorf("LoadLexicon(%q) = %d entries, %v; want an empty lexicon", in, l.Len(), err)
		}
	}
}

func TestDefaultLexicon(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	roots := map[Predicate]bool{}
	for _, e := range l.entries {
		if e.pred != 0 {
			roots[e.pred] = true
		}
	}
	for p := Statement; p <= MassViolence; p++ {
		if !roots[p] {
			t.Errorf("default lexicon has no trigger for %s (%s)", p, p.Code())
		}
	}
	l2, _ := DefaultLexicon()
	if l != l2 {
		t.Error("DefaultLexicon is not loaded once")
	}
}

// TestMatch checks what the compiled patterns match on tokenized text.
func TestMatch(t *testing.T) {
	lex := mustLexicon(t, `
triggers:
  - {verb: hold, then: "... talks|meeting", cameo: "04", object: [with]}
  - {verb: meet, cameo: "04", object: [direct, with]}
  - {noun: missile test, cameo: "15", nullable: true, object: []}
  - {verb: scrap, then: "... agreement|deal", cameo: "16", object: [with]}
  - {word: willing to, cameo: "03", complement: intended}
  - {verb: impose, then: "... sanctions", cameo: "16", object: [on]}
  - {verb: deploy, then: "... (peacekeeping troops|rescue team)", cameo: "07", object: [to]}
  - {verb: put, then: "on (high|full) alert", cameo: "15", nullable: true, object: []}
`)
	tests := []struct {
		in   string
		want []string
	}{
		{"They held talks with Japan", []string{"held talks"}},
		{"They held two days of intense talks", []string{"held two days of intense talks"}},
		{"They held, after all, talks", nil},
		{"Lee met Kono", []string{"met"}},
		{"Lee is meeting Kono", []string{"meeting"}},
		{"three missile tests", []string{"missile tests"}},
		{"Seoul scrapped an intelligence-sharing agreement", []string{"scrapped an intelligence-sharing agreement"}},
		{"Seoul is willing to talk", []string{"willing to"}},
		{"MEETS", []string{"MEETS"}},
		// The passive of a verb phrase, noun first.
		{"Sanctions on Iran were imposed by Canada", []string{"Sanctions on Iran were imposed"}},
		{"sanctions could not have been imposed", []string{"sanctions could not have been imposed"}},
		{"an agreement has been scrapped", []string{"agreement has been scrapped"}},
		{"sanctions were imposing", nil},
		{"sanctions imposed", nil},
		// Alternatives of several words: each is a sequence, and its last
		// word, written singular, takes either number.
		{"Nepal deployed peacekeeping troops", []string{"deployed peacekeeping troops"}},
		{"Nepal deployed a rescue team", []string{"deployed a rescue team"}},
		{"Nepal deployed peacekeeping teams", nil},
		{"Nepal deployed rescue troops", nil},
		{"rescue teams were deployed", []string{"rescue teams were deployed"}},
		// Word alternatives in a group between other words.
		{"troops were put on high alert", []string{"put on high alert"}},
		{"troops were put on full alert", []string{"put on full alert"}},
		{"troops were put on alert", nil},
	}
	for _, tc := range tests {
		doc := buildDoc(t, tc.in)
		s, _ := newSentence(doc, 0)
		var got []string
		for _, m := range lex.find(s.words, nil) {
			got = append(got, s.tokSpan(m.start, m.end).Text)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("find(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestMatchSpecificity checks the order of two readings of one span: the
// one that spells more of it comes first, whatever the file order.
func TestMatchSpecificity(t *testing.T) {
	lex := mustLexicon(t, `
triggers:
  - {verb: send, then: "... troops", cameo: "15", object: [to]}
  - {verb: send, then: "... (peacekeeping troops|peacekeepers)", cameo: "074", object: [to]}
`)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"phrase-first", "Nepal sent peacekeeping troops", []string{"074 sent peacekeeping troops", "15 sent peacekeeping troops"}},
		{"gap-only", "Nepal sent more troops", []string{"15 sent more troops"}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, codedMatches(t, lex, tc.in)); diff != "" {
			t.Errorf("%s: find(%q) mismatch (-want +got):\n%s", tc.name, tc.in, diff)
		}
	}
}

func TestMergeLexicons(t *testing.T) {
	a := mustLexicon(t, "triggers:\n  - {verb: meet, cameo: \"04\"}\n  - {verb: praise, cameo: \"05\"}\n")
	b := mustLexicon(t, "triggers:\n  - {verb: meet, cameo: \"042\"}\n  - {verb: snub, cameo: \"12\"}\n")
	m, err := MergeLexicons(a, nil, b)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range m.entries {
		got = append(got, e.lemma+":"+e.code)
	}
	want := []string{"meet:042", "praise:05", "snub:12"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("merged entries mismatch (-want +got):\n%s", diff)
	}
	if a.entries[0].code != "04" {
		t.Error("MergeLexicons changed its input")
	}
}

func mustLexicon(t testing.TB, src string) *Lexicon {
	t.Helper()
	l, err := LoadLexicon(strings.NewReader(src), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func FuzzLoadLexicon(f *testing.F) {
	f.Add("triggers:\n  - {verb: meet, cameo: \"04\", object: [direct, with], symmetric: true}\n")
	f.Add("triggers:\n  - {noun: missile test, cameo: \"15\", nullable: true, object: []}\n")
	f.Add("triggers:\n  - {verb: hold, then: \"... talks|meeting\", cameo: \"04\"}\n")
	f.Add("triggers:\n  - {word: willing to, complement: intended}\n")
	f.Add("triggers:\n  - {verb: deploy, then: \"... (peacekeeping troops|rescue teams) to\", cameo: \"07\"}\n")
	f.Add("triggers:\n  - {verb: put, then: \"on (high|full) alert ... (a b|(c)\", cameo: \"15\"}\n")
	f.Add("triggers: [{verb: x, cameo: 1}, {noun: [a]}, 3]\n")
	f.Add("a: &a [*a]\n")
	f.Add("triggers:\n  - {verb: \"\\u2019s\", cameo: \"0404\", forms: [x, \"y z\"]}\n")
	f.Add("words:\n  negations: [hardly]\n  negation_phrases: [far from]\n  fail_verbs: [{verb: neglect}]\n")
	f.Add("words:\n  months: {brumaire: 11}\n  character_nouns: {pariah: \"11\"}\n  ordinal_suffixes: [\"\"]\n")
	f.Add("words: [negations]\ntriggers: []\n")
	f.Add("triggers:\n  - {verb: capture, cameo: \"17\", by_kind: {armed-group: \"181\", military: \"173\", x: 1, state: {}}}\n")
	f.Add("triggers:\n  - {verb: back, cameo: \"05\", object_kind: {armed-group: \"06\", person: \"x\", [a]: 1}}\n")
	f.Add("triggers:\n  - {verb: fire, cameo: \"15\", by_prep: {into: \"19\", toward: \"15\", zz: \"01\", of: []}}\n")
	f.Add("triggers:\n  - {verb: call, then: on, cameo: \"02\", bare: \"04\", object_kind: [], by_prep: x}\n")
	f.Add("triggers:\n  - {verb: inveigh, cameo: \"111\", roles: {subject: [nsubj, \"obl:agent\"], object: [\"obl:against\", \"nsubj:pass\"]}}\n")
	f.Add("triggers:\n  - {noun: berating, cameo: \"111\", roles: {subject: [], object: [\"nmod:toward\", \"nmod:\", x, [y]], z: []}}\n")
	for _, e := range mustDefaultEntries(f) {
		f.Add("triggers:\n  - {verb: " + e + ", cameo: \"01\"}\n")
	}
	f.Fuzz(func(t *testing.T, src string) {
		l, err := LoadLexicon(strings.NewReader(src), "fuzz.yaml")
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a non-empty ErrorList", err)
			}
			for _, e := range list {
				if !strings.HasPrefix(e.Pos.File, "fuzz.yaml") {
					t.Fatalf("error without position: %v", e)
				}
			}
			return
		}
		// A loaded lexicon must be usable.
		doc := buildDoc(t, "Japan met China and held talks with Korea.")
		NewExtractor(l).Extract(doc)
	})
}

func mustDefaultEntries(f *testing.F) []string {
	l, err := DefaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	var out []string
	for i, e := range l.entries {
		if i%40 == 0 && e.kind == kindVerb {
			out = append(out, e.lemma)
		}
	}
	return out
}

// TestDefaultPatternsMatch checks that every pattern of the embedded
// lexicon matches the words of its own first spelling: a pattern that
// cannot match even that is dead.
func TestDefaultPatternsMatch(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range l.entries {
		p := compileEntry(e)
		if p == nil {
			t.Errorf("%v: %s %q compiles to no pattern", e.pos, e.kind, describe(e))
			continue
		}
		for _, alt := range [][]int{nil, {len(p.elems[len(p.elems)-1].alts) - 1}} {
			var words []string
			for i, el := range p.elems {
				if el.gap > 0 {
					continue
				}
				a := el.alts[0]
				if alt != nil && i == len(p.elems)-1 {
					a = el.alts[alt[0]]
				}
				words = append(words, a.toks...)
			}
			if _, ok := p.matchAt(l.wordSet(), words, nil, 0); !ok {
				t.Errorf("%v: %s %q does not match %q", e.pos, e.kind, describe(e), strings.Join(words, " "))
			}
		}
	}
}

func TestTriggers(t *testing.T) {
	const y = `triggers:
  - {verb: Criticize, cameo: "11", object: [direct]}
  - {noun: talks, cameo: "04", object: [with], symmetric: true, nullable: true}
  - {verb: impose, then: "... sanctions", cameo: "163", object: [on]}
`
	lex, err := LoadLexicon(strings.NewReader(y), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := []TriggerInfo{
		{Kind: TriggerVerb, Lemma: "criticize", CAMEO: "11", Frames: []string{"direct"}, Source: Position{File: "t.yaml", Line: 2, Column: 5}},
		{Kind: TriggerNoun, Lemma: "talks", CAMEO: "04", Frames: []string{"with"}, Nullable: true, Symmetric: true, Source: Position{File: "t.yaml", Line: 3, Column: 5}},
		{Kind: TriggerVerb, Lemma: "impose", Then: "... sanctions", CAMEO: "163", Frames: []string{"on"}, Source: Position{File: "t.yaml", Line: 4, Column: 5}},
	}
	got := lex.Triggers()
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Triggers (-want +got)\n%s", d)
	}
	got[0].Frames[0] = "changed"
	if lex.Triggers()[0].Frames[0] != "direct" {
		t.Error("changing a TriggerInfo changed the lexicon")
	}
	if (*Lexicon)(nil).Triggers() != nil {
		t.Error("a nil Lexicon has triggers")
	}
}
