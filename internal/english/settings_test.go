package english

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/dataerr"
)

func TestDecodeSettings(t *testing.T) {
	type settings struct {
		Classes ClassList `yaml:"classes"`
		Window  int       `yaml:"window"`
	}
	for _, tc := range []struct {
		name, in string
		want     ClassList
		wantErr  string // the error's text; "" for none
	}{
		{"classes decoded", "classes: [genitive_marker, agent_marker]\n", ClassList{GenitiveMarker, AgentMarker}, ""},
		{"no classes", "window: 2\n", nil, ""},
		{"unknown class at its column", "window: 1\nclasses: [genitive_marker, nope]\n", nil, `s.yaml:2:28: unknown word class "nope"`},
		{"unknown field at its line", "windw: 1\n", nil, "s.yaml:1: invalid YAML: unmarshal errors:\n  line 1: field windw not found in type english.settings"},
		{"not a list", "classes: 3\n", nil, "s.yaml:1: invalid YAML: unmarshal errors:\n  line 1: cannot unmarshal !!int `3` into []string"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s settings
			err := DecodeSettings([]byte(tc.in), "s.yaml", &s)
			if tc.wantErr != "" {
				var de *dataerr.Error
				if err == nil || err.Error() != tc.wantErr || !errors.As(err, &de) {
					t.Fatalf("DecodeSettings(%q) = %v, want the *dataerr.Error %q", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, s.Classes); diff != "" {
				t.Errorf("DecodeSettings(%q) classes mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
