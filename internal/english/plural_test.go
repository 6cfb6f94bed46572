package english

import "testing"

func TestPluralSpelling(t *testing.T) {
	tab := Default()
	for _, tc := range []struct {
		name, w string
		want    bool
	}{
		{"plural demonym", "afghans", true},
		{"plural common noun", "maniacs", true},
		{"double s is singular", "swiss", false},
		{"ese is singular", "chinese", false},
		{"no plural ending", "iraqi", false},
		{"empty word", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tab.PluralSpelling(tc.w); got != tc.want {
				t.Errorf("PluralSpelling(%q) = %v, want %v", tc.w, got, tc.want)
			}
		})
	}
}
