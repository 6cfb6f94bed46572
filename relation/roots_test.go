package relation

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// offByMeasurement are the behaviours the embedded roots file gives no
// root, built and left off by measurement (their tests switch them on
// with a roots file).
var offByMeasurement = map[behaviour]bool{coAgentsCooperate: true, dropsSource: true, readOnce: true}

// TestDefaultRoots checks that the embedded roots file loads and gives
// every behaviour at least one root, so that no behaviour is dead code,
// but those off by measurement.
func TestDefaultRoots(t *testing.T) {
	rb, err := defaultRoots()
	if err != nil {
		t.Fatalf("embedded %s: %v", rootsFile, err)
	}
	for b, name := range behaviourNames {
		if name == "" {
			t.Errorf("behaviour %d has no name", b)
		}
		n := 0
		for p := Statement; p <= MassViolence; p++ {
			if rb[b][p] {
				n++
			}
		}
		if off := offByMeasurement[behaviour(b)]; n == 0 && !off || n > 0 && off {
			t.Errorf("behaviour %q applies to %d roots in %s; off by measurement: %v", name, n, rootsFile, off)
		}
	}
}

func TestParseRoots(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string][]Predicate // the roots of each behaviour given
	}{
		{"empty", "", map[string][]Predicate{}},
		{"two-behaviours", "joint_act: [\"06\", \"04\"]\nuses_force: [\"19\"]\n",
			map[string][]Predicate{"joint_act": {Consult, MaterialCooperation}, "uses_force": {Fight}}},
		{"empty-list", "talk_topic: []\n", map[string][]Predicate{"talk_topic": nil}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rb, err := parseRoots([]byte(tc.in), "r.yaml")
			if err != nil {
				t.Fatalf("parseRoots(%q): %v", tc.in, err)
			}
			got := map[string][]Predicate{}
			for b, name := range behaviourNames {
				if _, asked := tc.want[name]; !asked {
					continue
				}
				got[name] = nil
				for p := Statement; p <= MassViolence; p++ {
					if rb[b][p] {
						got[name] = append(got[name], p)
					}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("parseRoots(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestParseRootsErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"unknown-behaviour", "joint_act: [\"06\"]\njoint_acts: [\"06\"]\n", []string{`r.yaml:2:1: roots: unknown behaviour "joint_acts"`}},
		{"unknown-root", "uses_force: [\"19\", \"21\"]\n", []string{`r.yaml:1:20: roots: uses_force: code "21": root must be 01 to 20`}},
		{"not-digits", "uses_force: [fight]\n", []string{`r.yaml:1:14: roots: uses_force: code "fight": want 2 to 4 digits`}},
		{"full-code", "uses_force: [\"190\"]\n", []string{`r.yaml:1:14: roots: uses_force: code "190": want a two-digit root`}},
		{"not-a-scalar", "uses_force: [[\"19\"]]\n", []string{`r.yaml:1:14: roots: uses_force: want a CAMEO root`}},
		{"not-a-list", "uses_force: \"19\"\n", []string{`r.yaml:1:13: roots: behaviour "uses_force": want a list`}},
		{"twice", "uses_force: [\"19\"]\nuses_force: [\"18\"]\n", []string{`r.yaml:2:1: roots: behaviour "uses_force" given twice`}},
		{"not-a-mapping", "- uses_force\n", []string{`r.yaml:1:1: roots: want a mapping of behaviours to lists`}},
		{"all-reported", "joint_actz: [\"06\"]\nuses_force: [\"99\"]\n", []string{
			`r.yaml:1:1: roots: unknown behaviour "joint_actz"`,
			`r.yaml:2:14: roots: uses_force: code "99": root must be 01 to 20`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseRoots([]byte(tc.in), "r.yaml")
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("parseRoots(%q) = %v, want an ErrorList", tc.in, err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("parseRoots(%q) errors mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func FuzzParseRoots(f *testing.F) {
	f.Add(rootsYAML)
	for _, s := range []string{"joint_act: [\"06\"]", "uses_force: [[\"19\"]]", "- a", "{", "talk_topic: [\"1\"]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rb, err := parseRoots(data, "fuzz.yaml")
		if err == nil && rb == nil {
			t.Fatal("nil behaviours without an error")
		}
	})
}
