package gazetteer_test

import (
	"os"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/gazetteer"
)

// TestDocExample checks that the format example of the package
// documentation (doc.go, the code block after "in short:") loads without
// error, so that a reader who copies it into a file gets a gazetteer.
func TestDocExample(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(src), "in short:\n//\n")
	if !ok {
		t.Fatal("doc.go: no example after \"in short:\"")
	}
	var b strings.Builder
	for _, line := range strings.Split(after, "\n") {
		code, ok := strings.CutPrefix(line, "//\t")
		if !ok {
			break
		}
		b.WriteString(code + "\n")
	}
	if !strings.Contains(b.String(), "entities:") {
		t.Fatalf("doc.go: the example after \"in short:\" has no entities:\n%s", b.String())
	}
	if _, err := gazetteer.Load(strings.NewReader(b.String()), "doc.go"); err != nil {
		t.Errorf("the package documentation's example does not load: %v\n%s", err, b.String())
	}
}
