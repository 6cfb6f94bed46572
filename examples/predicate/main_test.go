package main

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRun runs the example with its embedded lexicon.yaml: the default
// lexicon finds nothing in the two sentences, the merged one both events.
func TestRun(t *testing.T) {
	got := strings.Split(runMain(t), "\n")
	want := []string{
		"default lexicon: 0 relation(s)",
		"default + lexicon.yaml: 2 relation(s)",
		`  JPN —REJECT(12)→ KOR: "stonewalled" on 2024-05-07`,
		`  CHN —INTENT_TO_COOPERATE(03)→ FJI: "charm offensive"`,
		"",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
}

// TestRunFile runs the example on a lexicon file named on the command line.
func TestRunFile(t *testing.T) {
	path := t.TempDir() + "/mine.yaml"
	if err := os.WriteFile(path, []byte("triggers:\n  - verb: stonewall\n    cameo: \"125\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := runMain(t, path)
	for _, want := range []string{
		"default + " + path + ": 1 relation(s)\n",
		`  JPN —REJECT(125)→ KOR: "stonewalled" on 2024-05-07`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q:\n%s", want, out)
		}
	}
}

// runMain runs main with the given arguments and returns what it printed.
func runMain(t *testing.T, args ...string) string {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout, argv := os.Stdout, os.Args
	os.Stdout, os.Args = f, append([]string{"predicate"}, args...)
	defer func() { os.Stdout, os.Args = stdout, argv }()
	main()
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
