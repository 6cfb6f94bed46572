package fresh

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/dataerr"
)

func TestCasesLoad(t *testing.T) {
	cases, err := Cases()
	if err != nil {
		t.Fatal(err)
	}
	must := 0
	for _, c := range cases {
		if c.Must {
			must++
		}
	}
	if len(cases) == 0 || must == 0 {
		t.Errorf("embedded table: %d cases, %d must", len(cases), must)
	}
}

func TestParse(t *testing.T) {
	const good = "cases:\n  - name: b2-one\n    text: Kenya met Uganda.\n    want: [\"KEN|04|UGA|intended\"]\n    opt: [\"UGA|04/05|KEN\"]\n    must: true\n    reason: a meeting\n"
	got, err := Parse([]byte(good), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := []Case{{
		Name: "b2-one", Text: "Kenya met Uganda.",
		Want:   []Want{{Subj: []string{"KEN"}, Codes: []string{"04"}, Obj: []string{"UGA"}, Modality: "intended", Raw: "KEN|04|UGA|intended"}},
		Opt:    []Want{{Subj: []string{"UGA"}, Codes: []string{"04", "05"}, Obj: []string{"KEN"}, Modality: "asserted", Raw: "UGA|04/05|KEN"}},
		Must:   true,
		Reason: "a meeting",
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", diff)
	}
	if b := got[0].Batch(); b != "b2" {
		t.Errorf("Batch() = %q, want b2", b)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"empty", "", []string{"t.yaml: no cases"}},
		{"not YAML", "cases: []\n\tx\n", []string{"t.yaml:2: invalid YAML: found character that cannot start any token"}},
		{"not a mapping", "- a\n", []string{"t.yaml:1:1: want a mapping with the key cases"}},
		{"unknown top key", "case: []\n", []string{`t.yaml:1:1: unknown key "case" (want cases)`}},
		{"cases not a list", "cases: 3\n", []string{"t.yaml:1:8: cases: want a list"}},
		{"bad want and unknown key", "cases:\n  - name: a\n    text: x\n    want: [\"KEN|04\"]\n    wnat: []\n",
			[]string{`t.yaml:4:12: want: want "KEN|04": need SUBJ|CODE|OBJ`, `t.yaml:5:5: unknown key "wnat" (want name, text, want, opt, must or reason)`}},
		{"unknown flag", "cases:\n  - name: a\n    text: x\n    opt: [\"A|04|B|maybe\"]\n", []string{`t.yaml:4:11: opt: want "A|04|B|maybe": unknown flag "maybe"`}},
		{"duplicate name, no text, bad must", "cases:\n  - name: a\n    text: x\n  - name: a\n    must: sure\n",
			[]string{`t.yaml:4:11: duplicate case name "a"`, "t.yaml:5:11: must: want true or false", `t.yaml:4:5: case "a": no text`}},
		{"no name", "cases:\n  - text: x\n", []string{"t.yaml:2:5: a case without a name"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.in), "t.yaml")
			if err == nil {
				t.Fatal("no error")
			}
			var e *dataerr.Error
			if !errors.As(err, &e) {
				t.Errorf("%v: not a *dataerr.Error", err)
			}
			if diff := cmp.Diff(tc.want, strings.Split(err.Error(), "\n")); diff != "" {
				t.Errorf("errors mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScore(t *testing.T) {
	ken := Arg{ID: "KEN", Country: "KEN", Text: "Kenya"}
	uga := Arg{ID: "UGA", Country: "UGA", Text: "Uganda"}
	ruto := Arg{ID: "person/william-ruto", Country: "KEN", Name: "William Ruto", Text: "President Ruto", Person: true}
	wants := func(ss ...string) []Want {
		var out []Want
		for _, s := range ss {
			w, err := ParseWant(s)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, w)
		}
		return out
	}
	for _, tc := range []struct {
		name      string
		want, opt []Want
		got       []Rel
		res       Result
	}{
		{"match by id", wants("KEN|04|UGA"), nil,
			[]Rel{{Subject: ken, Object: &uga, CAMEO: "040", Root: "04", Trigger: "met", Modality: "asserted"}},
			Result{TP: 1}},
		{"a person by last name, an object by its text without the, no object", wants("Ruto|01|-", "Ruto|11|uganda"), nil,
			[]Rel{{Subject: ruto, CAMEO: "01", Root: "01", Modality: "asserted"}, {Subject: ruto, Object: &Arg{Text: "the Uganda"}, CAMEO: "11", Root: "11", Modality: "asserted"}},
			Result{TP: 2}},
		{"wrong modality counts as a match with an attribute error", wants("KEN|04|UGA|intended"), nil,
			[]Rel{{Subject: ken, Object: &uga, CAMEO: "04", Root: "04", Trigger: "met", Modality: "asserted"}},
			Result{TP: 1, Attr: 1, Notes: []string{"attr: want KEN|04|UGA|intended, got Kenya 04 Uganda [met]"}}},
		{"optional readings are no false positive; a want is matched once", wants("KEN|04|UGA"), wants("UGA|04|KEN"),
			[]Rel{
				{Subject: ken, Object: &uga, CAMEO: "04", Root: "04", Trigger: "met", Modality: "asserted"},
				{Subject: ken, Object: &uga, CAMEO: "04", Root: "04", Trigger: "talks", Modality: "possible", Negated: true, Date: "2024-03-14"},
				{Subject: uga, Object: &ken, CAMEO: "04", Root: "04", Modality: "asserted"},
			},
			Result{TP: 1, FP: 1, Notes: []string{"FP: Kenya 04 Uganda [talks] negated possible 2024-03-14"}}},
		{"a miss", wants("KEN|19/18|UGA"), nil, nil, Result{FN: 1, Notes: []string{"FN: KEN|19/18|UGA"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Score(Case{Name: tc.name, Want: tc.want, Opt: tc.opt}, tc.got)
			if diff := cmp.Diff(tc.res, got); diff != "" {
				t.Errorf("Score mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("cases:\n  - name: a\n    text: x\n    want: [\"A|04|B|neg\"]\n"))
	f.Add([]byte("cases: [{name: a, text: b, must: true, opt: [\"A/B|01|-\"]}]"))
	f.Add([]byte("- a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cases, err := Parse(data, "f.yaml")
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, c := range cases {
			if c.Name == "" || c.Text == "" || seen[c.Name] {
				t.Errorf("Parse accepted %+v", c)
			}
			seen[c.Name] = true
		}
	})
}
