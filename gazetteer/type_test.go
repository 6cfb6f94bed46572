package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTypes checks that Types lists every valid type once, in order, and
// that a caller changing the slice it got changes no later call's.
func TestTypes(t *testing.T) {
	var want []Type
	for ty := Type(0); ty < 255; ty++ {
		if ty.Valid() {
			want = append(want, ty)
		}
	}
	got := Types()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Types() mismatch (-want +got):\n%s", diff)
	}
	got[0] = 0
	if diff := cmp.Diff(want, Types()); diff != "" {
		t.Errorf("Types() after changing an earlier result (-want +got):\n%s", diff)
	}
}
