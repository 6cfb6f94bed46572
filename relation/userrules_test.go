package relation

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLoadRulesMerge checks the merges themselves: given keys replace,
// the others keep the embedded lists, and the embedded data do not
// change.
func TestLoadRulesMerge(t *testing.T) {
	baseRoots, err := defaultRoots()
	if err != nil {
		t.Fatal(err)
	}
	before := *baseRoots
	r, err := LoadRoots(strings.NewReader("talk_topic: [\"04\"]\njoint_act: []\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := *baseRoots
	want[talkTopic] = [MassViolence + 1]bool{Consult: true}
	want[jointAct] = [MassViolence + 1]bool{}
	if diff := cmp.Diff(want, *r.rb); diff != "" {
		t.Errorf("merged roots mismatch (-want +got):\n%s", diff)
	}
	if *baseRoots != before {
		t.Error("the embedded roots changed")
	}
	if d, err := DefaultRoots(); err != nil || d.rb != baseRoots {
		t.Errorf("DefaultRoots() = %v, %v; want the embedded roots", d, err)
	}

	baseAc, err := defaultAccusals()
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		Speaker, Content []string
		Hostile          map[Predicate]bool
		Cooperative      int
		Wanting, Concern Predicate
	}
	look := func(ac *accusals) view {
		v := view{Hostile: ac.hostile, Cooperative: len(ac.cooperative), Wanting: ac.wanting, Concern: ac.concern}
		for _, r := range ac.speaker {
			v.Speaker = append(v.Speaker, r.String())
		}
		for _, r := range ac.content {
			v.Content = append(v.Content, r.String())
		}
		return v
	}
	beforeAc := look(baseAc)
	a, err := LoadAccusals(strings.NewReader("speaker: [nsubj, nsubj:pass]\nhostile: [\"19\"]\nwanting: []\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	wantAc := view{Speaker: []string{"nsubj", "nsubj:pass"}, Content: beforeAc.Content, Hostile: map[Predicate]bool{Fight: true},
		Cooperative: beforeAc.Cooperative, Concern: beforeAc.Concern}
	if diff := cmp.Diff(wantAc, look(a.ac)); diff != "" {
		t.Errorf("merged accusals mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(beforeAc, look(baseAc)); diff != "" {
		t.Errorf("the embedded accusals changed (-before +after):\n%s", diff)
	}
	if d, err := DefaultAccusals(); err != nil || d.ac != baseAc {
		t.Errorf("DefaultAccusals() = %v, %v; want the embedded accusals", d, err)
	}
}

// loadRulesErrorCases are bad user files, each with every error it
// must report at its file:line:col; FuzzLoadRules starts from them.
var loadRulesErrorCases = []struct {
	name, kind, in string // kind: "roots" or "accusals"
	want           []string
}{
	{"unknown-behaviour", "roots", "joint_act: [\"06\"]\njoint_acts: [\"06\"]\n", []string{`user.yaml:2:1: roots: unknown behaviour "joint_acts"`}},
	{"unknown-root", "roots", "governs_complement: [\"02\", \"21\"]\n", []string{`user.yaml:1:28: roots: governs_complement: code "21": root must be 01 to 20`}},
	{"full-code", "roots", "uses_force: [\"190\"]\n", []string{`user.yaml:1:14: roots: uses_force: code "190": want a two-digit root`}},
	{"roots-twice", "roots", "talk_topic: []\ntalk_topic: [\"01\"]\n", []string{`user.yaml:2:1: roots: behaviour "talk_topic" given twice`}},
	{"unknown-key", "accusals", "speakr: [nsubj]\n", []string{`user.yaml:1:1: accusals: unknown key "speakr"`}},
	{"unknown-relation", "accusals", "content: [ccomp, nope]\n", []string{`user.yaml:1:18: accusals: content: unknown dependency relation "nope"`}},
	{"two-codes", "accusals", "obligation: [\"10\", \"11\"]\n", []string{`user.yaml:1:20: accusals: obligation: want one code`}},
	{"every-problem", "accusals", "wanting: [\"02\"]\nspeakr: [nsubj]\nhostile: [\"99\"]\n", []string{
		`user.yaml:2:1: accusals: unknown key "speakr"`,
		`user.yaml:3:11: accusals: hostile: code "99": root must be 01 to 20`}},
}

// loadRules loads in as a user file of kind; the result is nil exactly
// when err is not.
func loadRules(kind, in string) (any, error) {
	if kind == "roots" {
		r, err := LoadRoots(strings.NewReader(in), "user.yaml")
		if r == nil {
			return nil, err
		}
		return r, err
	}
	a, err := LoadAccusals(strings.NewReader(in), "user.yaml")
	if a == nil {
		return nil, err
	}
	return a, err
}

func TestLoadRulesErrors(t *testing.T) {
	for _, tc := range loadRulesErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadRules(tc.kind, tc.in)
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Load %s (%q) = %v, want an ErrorList", tc.kind, tc.in, err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Load %s (%q) errors mismatch (-want +got):\n%s", tc.kind, tc.in, diff)
			}
		})
	}
}

// TestRulesConcurrent shares one extractor with a user roots and
// accusals file between goroutines (run with -race): the loaded files are
// only read.
func TestRulesConcurrent(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(lex, WithModel(nil), WithRoots(userFileT(t, LoadRoots, "subsumed_by_force: []\n")),
		WithAccusals(userFileT(t, LoadAccusals, "hostile: [\"19\"]\n")))
	doc := buildDoc(t, "Sudan crossed into Chad and clashed with Chad.", gpe("Sudan", "SDN"), gpe("Chad", "TCD"))
	want := len(x.Extract(doc))
	if want != 2 {
		t.Fatalf("Extract gave %d relations, want the incursion and the clash", want)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := len(x.Extract(doc)); got != want {
				t.Errorf("concurrent Extract gave %d relations, want %d", got, want)
			}
		}()
	}
	wg.Wait()
}

func FuzzLoadRules(f *testing.F) {
	for _, tc := range loadRulesErrorCases {
		f.Add(tc.kind == "roots", tc.in)
	}
	f.Add(true, "subsumed_by_force: []\n")
	f.Add(false, "wanting: []\nhostile: [\"18\", \"19\"]\n")
	f.Add(true, string(rootsYAML))
	f.Add(false, string(accuseYAML))
	f.Fuzz(func(t *testing.T, roots bool, in string) {
		kind := "accusals"
		if roots {
			kind = "roots"
		}
		got, err := loadRules(kind, in)
		if (got == nil) == (err == nil) {
			t.Fatalf("Load %s (%q) = %v, %v: want a result or an error", kind, in, got, err)
		}
	})
}
