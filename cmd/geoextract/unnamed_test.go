package main

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestUnnamedActors checks that -unnamed-actors reaches the extractor:
// described armed groups are parties with it and not without it.
func TestUnnamedActors(t *testing.T) {
	const in = `{"id":"a","text":"Government troops clashed with rebels."}` + "\n"
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{name: "default-off", args: []string{"-jsonl"}},
		{name: "flag-on", args: []string{"-jsonl", "-unnamed-actors"}, want: []string{"Government troops ORG FIGHT rebels ORG"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, in, tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var rec struct {
				Relations []struct {
					Subject   struct{ Text, Type string }
					Predicate string
					Object    *struct{ Text, Type string }
				}
			}
			if err := json.Unmarshal([]byte(out), &rec); err != nil {
				t.Fatalf("%v: %q", err, out)
			}
			var got []string
			for _, r := range rec.Relations {
				o := "-"
				if r.Object != nil {
					o = r.Object.Text + " " + r.Object.Type
				}
				got = append(got, fmt.Sprintf("%s %s %s %s", r.Subject.Text, r.Subject.Type, r.Predicate, o))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("relations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
