package dataerr

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestError(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  Error
		want string
	}{
		{"full position", Error{Pos: Position{File: "a.yaml", Line: 3, Column: 7}, Msg: "bad id"}, "a.yaml:3:7: bad id"},
		{"no column", Error{Pos: Position{File: "a.yaml", Line: 3}, Msg: "bad id"}, "a.yaml:3: bad id"},
		{"no file", Error{Pos: Position{Line: 3, Column: 7}, Msg: "bad id"}, "3:7: bad id"},
		{"file only", Error{Pos: Position{File: "a.yaml"}, Msg: "empty"}, "a.yaml: empty"},
		{"no position: the message alone", Error{Msg: "empty"}, "empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.err.Error()); diff != "" {
				t.Errorf("Error() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPositionString(t *testing.T) {
	if got := (Position{}).String(); got != "-" {
		t.Errorf("zero Position: got %q, want %q", got, "-")
	}
}

func TestBefore(t *testing.T) {
	ordered := []Position{
		{File: "a.yaml", Line: 1, Column: 9},
		{File: "a.yaml", Line: 2, Column: 1},
		{File: "a.yaml", Line: 2, Column: 3},
		{File: "b.yaml", Line: 1, Column: 1},
	}
	for i := range ordered {
		for j := range ordered {
			if got, want := ordered[i].Before(ordered[j]), i < j; got != want {
				t.Errorf("%v.Before(%v) = %v, want %v", ordered[i], ordered[j], got, want)
			}
		}
	}
}
