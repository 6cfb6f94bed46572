package main

import (
	"strings"
	"testing"
)

// TestGazetteerWarning checks that a user entry replacing a world entry
// under another name is reported on standard error, and the run goes on.
func TestGazetteerWarning(t *testing.T) {
	gaz := writeFile(t, "fr.yaml", "entities:\n  - {id: FRA, type: GPE, name: Frankreich}\n")
	code, _, stderr := runCLI(t, "France objected.", "-jsonl", "-gazetteer", gaz)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"geoextract: warning: " + gaz + ":2:5: FRA \"Frankreich\" replaces \"France\"", "merge: extend"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}
