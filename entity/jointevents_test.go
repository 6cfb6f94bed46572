package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestJointEventsData checks that the embedded joint events parse and
// hold the forms of their verbs and the plurals of their nouns.
func TestJointEventsData(t *testing.T) {
	ws, err := loadJointEvents()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"met", "meeting", "talks", "visited", "agreements", "summit"} {
		if !ws[w] {
			t.Errorf("joint events lack %q", w)
		}
	}
}

// TestParseJointEvents reads small files, good and bad; a bad line is
// reported by file and line.
func TestParseJointEvents(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // the forms, sorted; nil with an error
		err      string   // a part of the error, "" for none
	}{
		{"verb-and-noun", "# comment\n\nverb meet\nnoun pact\n", []string{"meet", "meeting", "meets", "met", "pact", "pacts"}, ""},
		{"unknown-kind", "verb meet\nadjective joint\n", nil, "x.txt:2: unknown kind"},
		{"no-word", "verb meet\nnoun\n", nil, "x.txt:2: want"},
		{"two-words", "noun peace talks\n", nil, "x.txt:1: want"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseJointEvents(tc.in, "x.txt")
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("parseJointEvents(%q) error %v, want one containing %q", tc.in, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ws []string
			for w := range got {
				ws = append(ws, w)
			}
			slices.Sort(ws)
			if diff := cmp.Diff(tc.want, ws); diff != "" {
				t.Errorf("parseJointEvents(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
