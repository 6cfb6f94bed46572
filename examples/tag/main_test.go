package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestRun runs the example from the repository root, as its comment says,
// and checks that the article's main actors are listed once each, with
// their links, countries, roles and the names that refer to them.
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
	if !strings.HasPrefix(out, "ACTOR ") {
		t.Errorf("output does not start with the header:\n%s", out)
	}
	for _, want := range []string{
		`(?m)^South Korea +GPE +KOR +KOR +- +.*\bSeoul\b.*\bSouth Korean\b`,
		`(?m)^Japan +GPE +JPN +JPN +- +.*\bTokyo\b.*\bJapanese\b`,
		`(?m)^Lee Jong-sup +PERSON +person/lee-jong-sup +KOR +Defense Minister +Lee Jong-sup, Lee\b.*; also we, he\b`,
		`(?m)^Yoon Suk-yeol +PERSON +person/yoon-suk-yeol +KOR +President +Yoon Suk-yeol, Yoon\b`,
		`(?m)^Ned Price +PERSON +person/ned-price +USA +spokesman +Ned Price$`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("output has no line matching %s:\n%s", want, out)
		}
	}
	if n := strings.Count(out, " person/lee-jong-sup "); n != 1 {
		t.Errorf("person/lee-jong-sup is listed %d times, want once:\n%s", n, out)
	}
}
