package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExplain checks that -explain writes each sentence's triggers and
// their fates to standard error and leaves standard output as it is.
func TestExplain(t *testing.T) {
	in := writeFile(t, "in.txt", "Kenya held talks with Uganda on Monday. Russia attacked.\n")
	code, plain, _ := runCLI(t, "", "-json", in)
	if code != 0 {
		t.Fatalf("without -explain: exit %d", code)
	}
	code, out, errOut := runCLI(t, "", "-json", "-explain", in)
	if code != 0 {
		t.Fatalf("-explain: exit %d, stderr %s", code, errOut)
	}
	if diff := cmp.Diff(plain, out); diff != "" {
		t.Errorf("-explain changed standard output (-without +with):\n%s", diff)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
		// The entries and their positions change with the lexicon's
		// files: keep the words, the code and the fate.
		got = append(got, traceLine.ReplaceAllString(line, "$1 $2: $3"))
	}
	want := []string{
		"== " + in,
		"[0:39] Kenya held talks with Uganda on Monday.",
		`  "held talks" [04]: emitted 1`,
		`  "talks" [04]: dropped at match: overlap`,
		"[40:56] Russia attacked.",
		`  "attacked" [19]: dropped at participants: no-object`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-explain stderr mismatch (-want +got):\n%s", diff)
	}
}

// traceLine is a trace line of -explain: the words, the entry, its code,
// its position and the fate.
var traceLine = regexp.MustCompile(`^(  "(?:[^"\\]|\\.)*") .*?(\[[^\]]+\])(?: \S+)?: (.*)$`)

func TestExplainJSONL(t *testing.T) {
	code, _, errOut := runCLI(t, `{"id":"a","text":"Russia attacked."}`, "-jsonl", "-explain")
	if code != 2 || !strings.Contains(errOut, "-explain explains FILE arguments") {
		t.Errorf("-explain with -jsonl: exit %d, stderr %q; want a usage error (2)", code, errOut)
	}
}
