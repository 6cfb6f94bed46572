package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFramesFlag checks that -frames merges a user frames file over the
// embedded one: a role the file switches on changes the relations of
// -jsonl, and a bad file is reported at its file:line:col.
func TestFramesFlag(t *testing.T) {
	origin := writeFile(t, "origin.yaml", "# counterparts from X are X's\norigin: [obl]\n")
	bad := writeFile(t, "bad.yaml", "origin: [obl]\noriginn: [obl]\nagent: [obl:agentt]\n")
	in := `{"id":1,"text":"The Kenyan envoy met her counterparts from Ghana and Togo.","date":"2022-06-13"}` + "\n"
	for _, tc := range []flagCase{
		{name: "embedded frames", reason: "origin is off in the embedded frames: 'counterparts' is no actor"},
		{
			name:   "origin switched on",
			args:   []string{"-frames", origin},
			want:   []string{"KEN CONSULT GHA", "KEN CONSULT TGO"},
			reason: "the file's origin [obl] replaces the embedded empty list; the other roles stay",
		},
		{
			name:     "bad file",
			args:     []string{"-frames", bad},
			wantCode: 1,
			wantStderr: []string{
				bad + `:2:1: frames: unknown role "originn"`,
				bad + `:3:9: frames: role "agent": unknown dependency relation "obl:agentt"`,
			},
			reason: "every problem at its file:line:col, one per line",
		},
		{
			name:       "missing file",
			args:       []string{"-frames", "no-such-frames.yaml"},
			wantCode:   1,
			wantStderr: []string{"-frames no-such-frames.yaml: cannot read the frames file: no such file"},
			reason:     "the error says it is the frames file that cannot be read",
		},
	} {
		checkFlagCase(t, in, tc)
	}
}

// flagCase is a run of the command with -jsonl -no-relation-model and
// args on one record: its exit code, the relations of the record (as
// "subject-id PREDICATE object-id") or the lines of standard error it
// must hold.
type flagCase struct {
	name       string
	args       []string
	wantCode   int
	want       []string
	wantStderr []string
	reason     string
}

// checkFlagCase runs tc on the JSONL record in as a subtest.
func checkFlagCase(t *testing.T, in string, tc flagCase) {
	t.Helper()
	t.Run(tc.name, func(t *testing.T) {
		code, stdout, stderr := runCLI(t, in, append(tc.args, "-jsonl", "-no-relation-model")...)
		if code != tc.wantCode {
			t.Fatalf("exit code %d, want %d; stderr:\n%s\n(%s)", code, tc.wantCode, stderr, tc.reason)
		}
		for _, w := range tc.wantStderr {
			if !strings.Contains(stderr, w) {
				t.Errorf("stderr lacks %q:\n%s\n(%s)", w, stderr, tc.reason)
			}
		}
		if code != 0 {
			return
		}
		lines := parseOutput(t, []byte(stdout))
		if len(lines) != 1 {
			t.Fatalf("got %d lines, want 1", len(lines))
		}
		var got []string
		for _, r := range lines[0].Relations {
			got = append(got, r.Subject.ID+" "+r.Predicate+" "+r.Object.ID)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("relations (-want +got):\n%s\n(%s)", diff, tc.reason)
		}
	})
}
