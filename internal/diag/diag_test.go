package diag

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestJoin(t *testing.T) {
	many := make([]error, 12)
	for i := range many {
		many[i] = fmt.Errorf("f.yaml:%d: bad", i+1)
	}
	tests := []struct {
		name string
		errs []error
		want string
	}{
		{"none", nil, "x: no errors"},
		{"one", []error{errors.New("f.yaml:1:2: bad id")}, "x: f.yaml:1:2: bad id"},
		{"two", []error{errors.New("a"), errors.New("b")}, "x: a\nx: b"},
		{"many", many, strings.Join([]string{"x: f.yaml:1: bad", "x: f.yaml:2: bad", "x: f.yaml:3: bad", "x: f.yaml:4: bad",
			"x: f.yaml:5: bad", "x: f.yaml:6: bad", "x: f.yaml:7: bad", "x: f.yaml:8: bad", "x: f.yaml:9: bad",
			"x: f.yaml:10: bad", "x: and 2 more errors"}, "\n")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Join("x: ", tc.errs)); diff != "" {
				t.Errorf("Join mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
