package entity

import "testing"

// TestIsLeaderTitle checks which gazetteer role titles are a leader's
// (classes leader_titles and deputy_words).
func TestIsLeaderTitle(t *testing.T) {
	tests := []struct {
		name, title string
		want        bool
		reason      string
	}{
		{"head-of-state", "President of Kenya", true, "a leader title inside a longer one"},
		{"phrase", "Prime Minister", true, "a title of two words"},
		{"vice", "Vice President", false, "a deputy's title"},
		{"deputy", "Deputy Prime Minister", false, "a deputy's title"},
		{"minister", "Minister of Finance", false, "no leader's office"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isLeaderTitle(tc.title); got != tc.want {
				t.Errorf("isLeaderTitle(%q) = %v, want %v (%s)", tc.title, got, tc.want, tc.reason)
			}
		})
	}
}
