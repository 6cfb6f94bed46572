package relation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/internal/english"
)

// TestFrameWordClasses: the English word lists of the frames are classes
// of internal/english. The embedded frames.yaml gives none of them, the
// embedded frames hold each class's words, and a user frames file that
// gives such a key replaces the words for its frames alone (an empty list
// empties it), the other lists keeping their class.
func TestFrameWordClasses(t *testing.T) {
	var doc yaml.Node
	if err := yaml.Unmarshal(framesYAML, &doc); err != nil {
		t.Fatal(err)
	}
	inFile := map[string]bool{}
	for k := 0; k < len(doc.Content[0].Content); k += 2 {
		inFile[doc.Content[0].Content[k].Value] = true
	}
	base, err := defaultFrames()
	if err != nil {
		t.Fatal(err)
	}
	_, baseWords := base.lists()
	user, err := LoadFrames(strings.NewReader("cancel_verbs: []\naddressed_frames: [to, for]\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, userWords := user.fr.lists()
	classes := english.Default()
	for _, wc := range wordClasses {
		t.Run(wc.key, func(t *testing.T) {
			if inFile[wc.key] {
				t.Errorf("%s gives %s: its words belong in the class %s of internal/english", framesFile, wc.key, wc.class)
			}
			dst, ok := baseWords[wc.key]
			if !ok {
				t.Fatalf("%s is no word list of the frames", wc.key)
			}
			want := classes.Words(wc.class)
			if len(want) == 0 {
				t.Errorf("the class %s is empty", wc.class)
			}
			if diff := cmp.Diff(want, *dst); diff != "" {
				t.Errorf("embedded %s mismatch (-class +frames):\n%s", wc.key, diff)
			}
			switch wc.key {
			case "cancel_verbs":
				want = nil
			case "addressed_frames":
				want = []string{"to", "for"}
			}
			if diff := cmp.Diff(want, *userWords[wc.key], cmpEmpty); diff != "" {
				t.Errorf("user %s mismatch (-want +got):\n%s", wc.key, diff)
			}
		})
	}
	if len(user.fr.cancelSet) != 0 {
		t.Errorf("user cancel verb set = %v, want empty", user.fr.cancelSet)
	}
}

// cmpEmpty equates nil and empty lists.
var cmpEmpty = cmp.Comparer(func(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	return strings.Join(a, "\x00") == strings.Join(b, "\x00")
})
