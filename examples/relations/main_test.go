package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestRun runs the example from the repository root, as the README says.
func TestRun(t *testing.T) {
	out := runMain(t, "relations")
	for _, want := range []string{
		`Seoul (KOR)`,
		`REDUCE_RELATIONS       16   Japan (JPN)`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q:\n%s", want, out)
		}
	}
}

// runMain runs main in the repository root with os.Args[0] = name and
// returns what it printed.
func runMain(t *testing.T, name string, args ...string) string {
	t.Helper()
	t.Chdir("../..")
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout, argv := os.Stdout, os.Args
	os.Stdout, os.Args = f, append([]string{name}, args...)
	defer func() { os.Stdout, os.Args = stdout, argv }()
	main()
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestREADME checks that every Go snippet of the README is a piece of one
// of the example programs, which the compiler and these tests check, so the
// README cannot drift from the API.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	sources, err := filepath.Glob("../*/main.go")
	if err != nil || len(sources) == 0 {
		t.Fatalf("no example programs: %v", err)
	}
	var programs [][]string
	for _, s := range sources {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		programs = append(programs, codeLines(string(b)))
	}
	blocks := regexp.MustCompile("(?s)```go\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	if len(blocks) == 0 {
		t.Fatal("the README has no Go snippets")
	}
	for _, b := range blocks {
		snippet := codeLines(b[1])
		found := false
		for _, p := range programs {
			found = found || containsRun(p, snippet)
		}
		if !found {
			t.Errorf("README snippet is not in any examples/*/main.go:\n%s", b[1])
		}
	}
}

// codeLines returns the non-blank lines of s, trimmed.
func codeLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// containsRun reports whether sub occurs in lines as a contiguous run.
func containsRun(lines, sub []string) bool {
	for i := 0; i+len(sub) <= len(lines); i++ {
		ok := true
		for j := range sub {
			if lines[i+j] != sub[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
