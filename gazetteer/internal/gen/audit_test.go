package main

import (
	"bytes"
	"os"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"
)

// worldFile decodes the committed world data once, for the tests that
// check it (a few seconds with the race detector).
var worldFile = sync.OnceValues(func() (*curatedFile, error) {
	data, err := os.ReadFile("../../data/world.yaml")
	if err != nil {
		return nil, err
	}
	var f curatedFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, err
	}
	return &f, nil
})

// TestAuditWorld runs the data audit on the committed world data: no
// alias is another entity's name, no person's alias splits a word of the
// name, every role title names an office.
func TestAuditWorld(t *testing.T) {
	f, err := worldFile()
	if err != nil {
		t.Fatal(err)
	}
	rules, err := loadAuditRules("curated/audit")
	if err != nil {
		t.Fatal(err)
	}
	problems := rules.audit(f.Entities, f.Ambiguous)
	for i, p := range problems {
		if i == 50 {
			t.Errorf("and %d more", len(problems)-i)
			break
		}
		t.Error(p)
	}
}

func TestAudit(t *testing.T) {
	rules, err := loadAuditRules("curated/audit")
	if err != nil {
		t.Fatal(err)
	}
	es := []*entry{
		{ID: "org/csis", Type: tOrg, Name: "Center for Strategic and International Studies",
			Aliases: []string{"CSIS", "Brookings Institution", "Center for American Progress"}},
		{ID: "org/brookings", Type: tOrg, Name: "Brookings Institution"},
		{ID: "GEO", Type: tGPE, Name: "Georgia"},
		{ID: "state/georgia", Type: tGPE, Name: "State of Georgia", Aliases: []string{"Georgia"}},
		{ID: "person/paul-kagame", Type: tPerson, Name: "Paul Kagame",
			Aliases: []string{"Paul Kaga Me", "Kagame Paul"}, Roles: []role{{Title: "President", Of: "RWA"}}},
		{ID: "person/hadi", Type: tPerson, Name: "Abdrabbuh Mansur Hadi", Aliases: []string{"Abd Rabbuh Mansur Hadi", "Mansur Hadi"},
			Roles: []role{{Title: "Elite", Of: "YEM"}, {Title: "Government (health)", Of: "YEM"}, {Title: "President of the", Of: "YEM"},
				{Title: "NATO Secretary-General"}, {Title: "Official", Of: "org/un"}}},
		{ID: "city/haiphong", Type: tGPE, Name: "Haiphong", Aliases: []string{"Hai Phong"}},
		{ID: "person/aq-khan", Type: tPerson, Name: "A.Q. Khan", Aliases: []string{"A. Q. Khan"}},
	}
	amb := []*ambiguity{{Form: "Georgia", IDs: []string{"GEO", "state/georgia"}}}
	want := []string{
		`org/csis: alias "Brookings Institution" is the name of org/brookings`,
		`person/paul-kagame: alias "Paul Kaga Me" splits a word of "Paul Kagame"`,
		`person/hadi: role title "Elite" names no office`,
		`person/hadi: role title "Government (health)" is a sector, not an office`,
		`person/hadi: role title "President of the" is cut short`,
	}
	if diff := cmp.Diff(want, rules.audit(es, amb)); diff != "" {
		t.Errorf("audit mismatch (-want +got):\n%s", diff)
	}
	w := newWorld()
	w.fixAliases(es, rules)
	w.fixRoles(es, rules)
	if diff := cmp.Diff([]role{{Title: "President", Of: "YEM"}, {Title: "NATO Secretary-General"}, {Title: "Official", Of: "org/un"}}, es[5].Roles); diff != "" {
		t.Errorf("fixRoles roles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Kagame Paul"}, es[4].Aliases); diff != "" {
		t.Errorf("fixAliases aliases (-want +got):\n%s", diff)
	}
}
