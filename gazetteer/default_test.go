package gazetteer

import (
	"os"
	"slices"
	"testing"
)

// TestDefault checks that the embedded data loads. It does not count
// entries: the world data changes.
func TestDefault(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"KOR", "PRK", "JPN", "USA"} {
		if e, ok := g.Lookup(id); !ok || e.Type != GPE || e.Country != id {
			t.Errorf("Lookup(%q) = %+v, %v; want a GPE that is its own country", id, e, ok)
		}
	}
	if g2, _ := Default(); g2 != g {
		t.Errorf("Default returned a different gazetteer on the second call")
	}
}

// TestDefaultFastPath checks that the world data's YAML source is in the
// subset the fast YAML parser reads: yaml.v3 would take several times
// longer to compile it (TestWorldBinary). If this fails after the data
// was regenerated, make the generator write plainer YAML (or teach
// fastyaml.go the new construct).
func TestDefaultFastPath(t *testing.T) {
	b, err := os.ReadFile(worldYAML)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parseFast(b); err != nil {
		t.Errorf("%s is outside the fast YAML subset at %v", worldYAML, err)
	}
}

// TestDefaultCoverage checks the world data against the coverage issue #2
// asks for: every ISO 3166-1 country and territory (with its codes as
// attributes), at least 190 capitals and 190 demonyms, 200 international
// organizations, and current heads of state and government with dated
// roles.
func TestDefaultCoverage(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var iso, capitals, demonyms, igos, leaders int
	for _, e := range g.Entries() {
		if e.Attributes["iso2"] != "" {
			iso++
			if e.Type != GPE || e.Kind != KindCountry && e.Kind != KindTerritory || !IsCountryID(e.ID) {
				t.Errorf("%s: an ISO entity is %v/%s", e.ID, e.Type, e.Kind)
			}
			if len(e.Capitals) > 0 {
				capitals++
			}
			if len(e.Demonyms) > 0 {
				demonyms++
			}
		}
		if e.Kind == "" {
			t.Errorf("%s has no kind", e.ID)
		}
		if e.Kind == KindIGO {
			igos++
		}
		if e.Type == Person {
			for _, r := range e.Roles {
				if r.From != "" && r.To == "" && (r.Title == "President" || r.Title == "Prime Minister") {
					leaders++
					break
				}
			}
		}
	}
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"ISO 3166-1 countries and territories", iso, 249},
		{"countries and territories with a capital", capitals, 190},
		{"countries and territories with demonyms", demonyms, 190},
		{"international organizations", igos, 200},
		{"presidents and prime ministers in office, with a start date", leaders, 150},
	} {
		if c.got < c.want {
			t.Errorf("%s: %d, want at least %d", c.what, c.got, c.want)
		}
	}
	for id, want := range map[string]string{"ALA": "Åland Islands", "REU": "Réunion", "UMI": "United States Minor Outlying Islands"} {
		if ms := g.Match(want); len(ms) == 0 || ms[0].Candidates[0].Entry.ID != id {
			t.Errorf("Match(%q) = %v, want %s", want, ms, id)
		}
	}
	if ids := g.Ambiguous("Congo"); !slices.Contains(ids, "COD") || !slices.Contains(ids, "COG") {
		t.Errorf("Ambiguous(Congo) = %v, want COD and COG among them", ids)
	}
}
