package gazetteer_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/gazetteer"
)

// endless is a reader of comment lines that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "# padding\n"[i%10]
	}
	return len(p), nil
}

func TestSizeLimits(t *testing.T) {
	huge := filepath.Join(t.TempDir(), "huge.yaml")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(gazetteer.MaxFileSize + 1<<20); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	f.Close()
	general := "entities:\n\t- {id: JPN, type: GPE, name: Japan}\n" + strings.Repeat("# padding\n", 17<<20/10)
	for _, tc := range []struct {
		name   string
		load   func() (*gazetteer.Gazetteer, error)
		want   string
		reason string
	}{
		{
			name:   "LoadFile past the limit",
			load:   func() (*gazetteer.Gazetteer, error) { return gazetteer.LoadFile(huge) },
			want:   huge + ": file has 65.0 MB, past the 64 MB limit of a gazetteer file; split it into several files",
			reason: "the file's size is known before reading it",
		},
		{
			name:   "Load past the limit",
			load:   func() (*gazetteer.Gazetteer, error) { return gazetteer.Load(endless{}, "stream.yaml") },
			want:   "stream.yaml: file is larger than the 64 MB limit of a gazetteer file; split it into several files",
			reason: "a reader is read no further than the limit",
		},
		{
			name: "outside the block style past 16 MB",
			load: func() (*gazetteer.Gazetteer, error) {
				return gazetteer.Load(strings.NewReader(general), "general.yaml")
			},
			want: "general.yaml: file has 17.0 MB, past the 16 MB limit of a gazetteer file not in the block style of the world data " +
				"(line 2: control character 0x9); split it into several files",
			reason: "yaml.v3 needs about 25 bytes per byte of input",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := tc.load()
			var el gazetteer.ErrorList
			if !errors.As(err, &el) || g != nil {
				t.Fatalf("got %v, %v; want an ErrorList (%s)", g, err, tc.reason)
			}
			if diff := cmp.Diff(tc.want, el[0].Error()); diff != "" {
				t.Errorf("error mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestLargeFileSyntaxError checks that a syntax error in a file too large
// for the line search still gets a line and a column.
func TestLargeFileSyntaxError(t *testing.T) {
	pad := strings.Repeat("# padding\n", 120_000) // 1.2 MB
	in := pad + "entities:\n  - id: JPN\n    name: 'Japan\n"
	_, err := gazetteer.Load(strings.NewReader(in), "big.yaml")
	want := []string{"big.yaml:120003:11: invalid YAML: found unexpected end of stream"}
	if diff := cmp.Diff(want, errorLines(t, err)); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
}
