package main

import (
	"os"
	"strings"
	"testing"
)

// TestRun runs the example with its embedded actors.yaml.
func TestRun(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout, argv := os.Stdout, os.Args
	os.Stdout, os.Args = f, []string{"custom"}
	defer func() { os.Stdout, os.Args = stdout, argv }()
	main()
	b, _ := os.ReadFile(f.Name())
	out := string(b)
	for _, want := range []string{
		`"Anneli Korhonen"    PERSON person/anneli-korhonen   FIN`,
		`"Nordic Grain Board" ORG    org/nordic-grain-board   FIN`,
		`"Lakeport"           GPE    city/lakeport            FIN`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q:\n%s", want, out)
		}
	}
}
