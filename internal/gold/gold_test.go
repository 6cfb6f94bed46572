package gold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation"
)

func TestNormName(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"leading the and final dot", "The U.S.", "u.s"},
		{"possessive", "Japan's", "japan"},
		{"quotes and spaces", " \"Hamas\" ", "hamas"},
	} {
		if got := NormName(tc.in); got != tc.want {
			t.Errorf("%s: NormName(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

// TestReadLenient checks that a lenient read skips a broken line and a
// relation whose sentence is not in the text, and keeps the rest.
func TestReadLenient(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.jsonl")
	lines := []string{
		`{"id":"a","text":"Ruritania met Freedonia.","relations":[{"sentence":"Ruritania met Freedonia.","subject":{"name":"Ruritania"},"object":{"name":"Freedonia"},"cameo":"04"},{"sentence":"Not here.","subject":{"name":"X"},"cameo":"04"}]}`,
		`{"id":"b","text":`,
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, skipped, err := Read(path, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Relations) != 1 || len(skipped) != 2 {
		t.Fatalf("Read: %d docs, %d skipped (%q); want 1 doc with 1 relation and 2 skipped", len(docs), len(skipped), skipped)
	}
	if _, _, err := Read(path, false); err == nil || !strings.Contains(err.Error(), "g.jsonl:2:") {
		t.Errorf("strict Read error = %v, want one at g.jsonl:2", err)
	}
	rs := []relation.Relation{{Subject: relation.Argument{Text: "Ruritania"}, Object: &relation.Argument{Text: "the Freedonia"}, CAMEO: "042", Sentence: relation.Span{Start: 0, End: 24}}}
	if diff := cmp.Diff([]bool{true}, Matched(docs[0], rs)); diff != "" {
		t.Errorf("Matched (-want +got):\n%s", diff)
	}
}
