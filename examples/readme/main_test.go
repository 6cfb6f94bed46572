package main

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestREADME checks that the README quotes this program verbatim, whole,
// in one Go block: what a reader pastes is what the compiler checked.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	if block := "```go\n" + string(src) + "```\n"; !strings.Contains(string(readme), block) {
		t.Errorf("README.md does not quote examples/readme/main.go whole in a ```go block; paste it again")
	}
}

// TestRun checks what the program prints.
func TestRun(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout := os.Stdout
	os.Stdout = f
	defer func() { os.Stdout = stdout }()
	main()
	got, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	want := `South Korean   NORP   KOR
Lee Jong-sup   PERSON person/lee-jong-sup
Japanese       NORP   JPN
Singapore      GPE    SGP
North Korea    GPE    PRK
Lee Jong-sup CONSULT Japan asserted 2022-06-12
North Korea EXHIBIT_FORCE_POSTURE - possible 
`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}
