package relation

import (
	"bytes"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/internal/modelio"
)

// TestLoadModelFlags checks that a model file trained with a setting
// that was measured, not kept and removed (its flag in the file's
// header) is rejected with an error naming the setting, and one of a
// flag no version knew with one naming the bits, not read as if trained
// without them.
func TestLoadModelFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		flag uint64
		want string
	}{
		{"word clusters", 1 << 10, "word clusters (pairtrain -clusters)"},
		{"structure features", 1 << 3, "structure features (pairtrain -struct)"},
		{"lexical classes", 1 << 4, "lexical classes (pairtrain -classes)"},
		{"reference pairs", 1, "reference pairs (pairtrain -refs)"},
		{"a root model", 1 << 1, "the root relabeler"},
		{"factored", 1<<8 | 1<<9, "the factored learner (pairtrain -factored)"},
		{"roots of the cues", 1 << 9, "the roots of the cues (pairtrain -cue-roots)"},
		{"unknown flag", 1 << 20, "byte 22: unknown flags 0x100000"},
	} {
		var e modelio.Encoder
		e.Raw("geoextract pairs 2\n")
		e.Uvarint(tc.flag)
		e.Float32(1)
		e.Uvarint(0)
		data, err := e.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		_, err = LoadModel(bytes.NewReader(data))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "relation: ") {
			t.Errorf("%s: LoadModel error %v, want one starting \"relation: \" and naming %q", tc.name, err, tc.want)
		}
	}
}
