package gazetteer

import (
	"io/fs"
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

// TestDefaultFastPath checks that every embedded file is in the subset
// the fast YAML parser reads: yaml.v3 would take several times longer to
// load it. If this fails after the data was regenerated, make the
// generator write plainer YAML (or teach fastyaml.go the new construct).
func TestDefaultFastPath(t *testing.T) {
	files, err := fs.Glob(data, "data/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no embedded data: %v", err)
	}
	for _, f := range files {
		b, err := fs.ReadFile(data, f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := parseFast(b); err != nil {
			t.Errorf("%s is outside the fast YAML subset at %v", f, err)
		}
	}
}
