package wordlit

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFind checks that Find sees the forms it counts.
func TestFind(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\nimport \"strings\"\n\nvar ws = set(`north south`)\n\n" + `func f(w string) bool {
	switch w {
	case "of", ",":
		return true
	}
	return w == "to" || "by" != w || strings.HasSuffix(w, "ing") || w == ";"
}
`
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "p_test.go"), []byte("package p\n\nvar _ = \"x\" == \"to\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Find(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`p.go:12: "by"`, `p.go:12: "ing"`, `p.go:12: "to"`, "p.go:5: `north south`", `p.go:9: "of"`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
	if n := Words(got); n != 6 {
		t.Errorf("Words = %d, want 6", n)
	}
	bad := Unallowed(got, map[string]string{"p.go": `"of" "by"`})
	if diff := cmp.Diff([]string{`p.go:12: "ing"`, `p.go:12: "to"`, "p.go:5: `north south`"}, bad); diff != "" {
		t.Errorf("Unallowed mismatch (-want +got):\n%s", diff)
	}
}
