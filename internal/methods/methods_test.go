package methods

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCount checks which methods Count counts and on which type.
func TestCount(t *testing.T) {
	dir := t.TempDir()
	src := `package p

type T struct{}
type G[P any] struct{}
type H[P, Q any] struct{}

func (T) A()       {}
func (*T) B()      {}
func (G[P]) C()    {}
func (*H[P, Q]) D() {}
func F()           {}
`
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	test := "package p\n\nfunc (T) E() {}\n"
	if err := os.WriteFile(filepath.Join(dir, "p_test.go"), []byte(test), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Count(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"T": 2, "G": 1, "H": 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Count mismatch (-want +got):\n%s", diff)
	}
}
