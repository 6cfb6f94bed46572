package main

import (
	"os"
	"strings"
	"testing"
)

// TestRun runs the example from the repository root, as the README says.
func TestRun(t *testing.T) {
	t.Chdir("../..")
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout, argv := os.Stdout, os.Args
	os.Stdout, os.Args = f, []string{"tag"}
	defer func() { os.Stdout, os.Args = stdout, argv }()
	main()
	b, _ := os.ReadFile(f.Name())
	out := string(b)
	for _, want := range []string{`GPE    "Seoul"`, `NORP   "South Korean"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q:\n%s", want, out)
		}
	}
}
