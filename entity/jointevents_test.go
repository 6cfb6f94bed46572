package entity

import (
	"testing"

	"github.com/geoextract/geoextract/internal/english"
)

// TestJointEventsClass checks that class joint_events holds the forms of
// its verbs and its nouns' plurals, which jointEventAt reads.
func TestJointEventsClass(t *testing.T) {
	for _, w := range []string{"met", "meeting", "talks", "visited", "agreements", "summit", "treaties", "phoned"} {
		if !isWord(english.JointEvents, w) {
			t.Errorf("class joint_events lacks %q", w)
		}
	}
}
