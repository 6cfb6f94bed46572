package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/dataerr"
)

const govFile = "curated/government/forms.yaml"

func TestGovernmentForms(t *testing.T) {
	r, err := loadGovRules(govFile)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                 string
		govType, long, chief string
		want                 []string
		reason               string
	}{
		{"absolute kingdom", "absolute monarchy", "Kingdom of Ruritania", "King RUDOLF V (since 2001)",
			[]string{"monarchy", "absolute-monarchy", "kingdom"}, "type, long name and title agree"},
		{"emirate by title", "absolute monarchy", "State of Qumran", "Amir HAMID bin Ali (since 2013)",
			[]string{"monarchy", "absolute-monarchy", "emirate"}, "an Amir as chief of state makes an emirate though the name says State"},
		{"emirate in the type", "constitutional monarchy (emirate)", "State of Nadir", "",
			[]string{"monarchy", "constitutional-monarchy", "emirate"}, "the type may name the form"},
		{"sultan and prime minister", "absolute monarchy", "", "Sultan and Prime Minister OMAR bin Said",
			[]string{"monarchy", "absolute-monarchy", "sultanate"}, "the title's first word is the monarch's"},
		{"realm", "parliamentary democracy under a constitutional monarchy; a Commonwealth realm", "",
			"King EDMUND I (since 2020); represented by Governor General Ana RUIZ",
			[]string{"monarchy", "constitutional-monarchy"}, "a monarch represented by a governor general makes no kingdom"},
		{"islamic republic", "theocratic republic", "Islamic Republic of Zand", "Supreme Leader ALI",
			[]string{"republic", "islamic-republic", "theocracy"}, "the long name says Islamic Republic"},
		{"people's republic", "communist party-led state", "People's Republic of Hanland", "President LI",
			[]string{"republic", "communist-state"}, "a republic by name"},
		{"name no longer in use", "theocratic", "Islamic Republic of Zand (prior to 2021); current country name disputed", "",
			[]string{"theocracy"}, "a past name says nothing of the present state"},
		{"past government", "formerly, semi-presidential republic", "Republic of Tarn", "",
			[]string{"republic"}, "a past type says nothing; the name still does"},
		{"republican territory", "unincorporated territory; republican form of territorial government", "", "",
			nil, "republican is no republic"},
		{"note", "parliamentary democracy; note - the monarchy was abolished", "", "", nil, "notes are not the type"},
		{"markup", "<p>parliamentary democracy under a constitutional monarchy</p>", "", "",
			[]string{"monarchy", "constitutional-monarchy"}, "markup goes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := r.forms(tc.govType, tc.long, tc.chief)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("forms(%q, %q, %q) mismatch (-want +got) (%s):\n%s", tc.govType, tc.long, tc.chief, tc.reason, diff)
			}
		})
	}
}

func TestGovRulesErrors(t *testing.T) {
	const ok = "order: [monarchy, kingdom]\nnote: \"; note\"\ntype: {lower: true, skip: [formerly], patterns: [{pattern: 'monarchy', forms: [monarchy]}]}\nlong: {patterns: [{pattern: 'Kingdom', forms: [monarchy, kingdom]}]}\nchief: {skip: [represented by], titles: [{title: King, forms: [kingdom]}]}\n"
	r, err := parseGovRules([]byte(ok), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"monarchy", "kingdom"}, r.forms("A Monarchy", "", "King X")); diff != "" {
		t.Errorf("forms mismatch (-want +got):\n%s", diff)
	}
	if got := (*govRules)(nil).forms("monarchy", "Kingdom", "King X"); got != nil {
		t.Errorf("nil rules: forms = %q, want none", got)
	}
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"empty", "", []string{"g.yaml: want a mapping with order, note, type, long and chief"}},
		{"not YAML", "order: [a]\n\tx\n", []string{"g.yaml:2: invalid YAML: found character that cannot start any token"}},
		{"missing parts", "order: [a]\n", []string{"g.yaml:1:1: no note", "g.yaml:1:1: no type", "g.yaml:1:1: no long", "g.yaml:1:1: no chief"}},
		{"bad pattern, unknown form, unknown key",
			"order: [a, a]\nnote: x\ntype: {patterns: [{pattern: '(', forms: [a]}, {pattern: 'b', forms: [b]}]}\nlong: {patterns: [], extra: 1}\nchief: {titles: [{title: King}]}\nmore: 1\n",
			[]string{
				`g.yaml:1:8: order: "a" twice`,
				`g.yaml:6:1: unknown key "more" (want order, note, type, long or chief)`,
				"g.yaml:3:29: type.patterns: error parsing regexp: missing closing ): `(`",
				`g.yaml:3:69: type.patterns.forms: "b" is not in order`,
				`g.yaml:4:22: long: unknown key "extra"`,
				"g.yaml:5:18: chief.titles: want a title and forms",
			}},
		{"lower only for the type", "order: [a]\nnote: x\ntype: {lower: maybe}\nlong: {lower: true}\nchief: {}\n",
			[]string{"g.yaml:3:15: type.lower: want true or false", `g.yaml:4:8: long: unknown key "lower"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseGovRules([]byte(tc.in), "g.yaml")
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

func FuzzGovRules(f *testing.F) {
	f.Add([]byte("order: [a]\nnote: x\ntype: {patterns: [{pattern: 'a', forms: [a]}]}\nlong: {}\nchief: {titles: [{title: K, forms: [a]}]}\n"))
	f.Add([]byte("order: [a, a]\ntype: {patterns: [{pattern: '(', forms: [b]}]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := parseGovRules(data, "f.yaml")
		if err != nil {
			return
		}
		for _, f := range r.forms("a monarchy", "Kingdom of A", "King A") {
			if !r.known[f] {
				t.Errorf("form %q not in order", f)
			}
		}
	})
}
