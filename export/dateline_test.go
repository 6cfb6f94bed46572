package export

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/geoextract/geoextract/entity"
)

// today is the fixed "now" of the dateline tests.
var today = time.Date(2026, 3, 10, 15, 0, 0, 0, time.UTC)

func mustDatelines(t testing.TB) *datelineRules {
	t.Helper()
	r, err := defaultDatelines()
	if err != nil {
		t.Fatalf("data/dateline.yaml: %v", err)
	}
	return r
}

func TestDatelineData(t *testing.T) {
	r := mustDatelines(t)
	seen := map[int]bool{}
	for _, m := range r.months {
		seen[m] = true
	}
	if len(seen) != 12 {
		t.Errorf("data/dateline.yaml names %d months, want 12", len(seen))
	}
	if len(r.patterns) == 0 {
		t.Error("data/dateline.yaml has no patterns")
	}
}

func TestDateline(t *testing.T) {
	r := mustDatelines(t)
	article, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		text   string
		want   string
		reason string
	}{
		{"wire service", "SEOUL, June 13 (Yonhap) -- South Korea said.", "2025-06-13", "no year: the latest June 13 not after today (10 March 2026)"},
		{"wire service this year", "SEOUL, Feb. 3 (Yonhap) -- South Korea said.", "2026-02-03", "an abbreviated month with its full stop; earlier this year"},
		{"today", "TOKYO, March 10 (Kyodo) -- x", "2026-03-10", "today is not after today"},
		{"day month year", "RT.com\n13 Jun 2022, 03:58 GMT+10\nSeoul plans...", "2022-06-13", "the example article's layout"},
		{"example article", string(article), "2022-06-13", "testdata/article.txt"},
		{"month day year", "June 13, 2022 — Seoul and Tokyo met.", "2022-06-13", "a US dateline"},
		{"upper case", "WASHINGTON, JUNE 13, 2022 - x", "2022-06-13", "month names in capitals"},
		{"iso", "SOCCER - JAPAN WIN.\nNadim Ladki\nAL-AIN, United Arab Emirates 1996-12-06\nJapan began...", "1996-12-06", "the CoNLL layout"},
		{"dash", "WASHINGTON, Dec. 30 - The State Department said", "2025-12-30", "a dateline closed by a dash"},
		{"leap day", "KYIV, Feb. 29 (Reuters) - x", "2024-02-29", "29 February takes the latest leap year"},
		{"modal may", "North Korea may 5 things.", "", "'may' in lower case is no month"},
		{"no comma", "Officials met on June 13 (local time).", "", "a year-less date must follow the dateline's place and comma"},
		{"not a day", "February 30, 2022 — x", "", "30 February is no date"},
		{"too far", strings.Repeat("Words words words.\n", 5) + "June 13, 2022 — x", "", "a date after the head is not a dateline"},
		{"empty", "", "", "nothing"},
	} {
		got := r.find(tc.text, today).String()
		if got != tc.want {
			t.Errorf("%s: %s\nfind(%.60q) = %q, want %q", tc.name, tc.reason, tc.text, got, tc.want)
		}
	}
}

func TestDatelineRulesErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"unknown field", "lines: 1\nbytes: 1\nmonts: {}\n", "field monts not found"},
		{"bad month", "lines: 1\nbytes: 1\nmonths: {13: [Smarch]}\n", "month 13: want 1 to 12"},
		{"bad pattern", "lines: 1\nbytes: 1\npatterns:\n  - {a: b}\n", "x.yaml:4:5: a pattern is a non-empty list of symbols"},
		{"no head", "lines: 0\nbytes: 1\n", "lines and bytes must be at least 1"},
	} {
		_, err := parseDatelineRules([]byte(tc.in), "x.yaml")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: parseDatelineRules(%q) = %v, want an error with %q", tc.name, tc.in, err, tc.want)
		}
	}
}

func FuzzDateline(f *testing.F) {
	for _, s := range []string{"SEOUL, June 13 (Yonhap)", "13 Jun 2022", "June 13, 2022 —", "x 1996-12-06", ", May . 31 (", "\xff, Feb 29 ("} {
		f.Add(s)
	}
	r := mustDatelines(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := r.find(text, today)
		if d != (entity.Date{}) && !isDay(d) {
			t.Fatalf("find(%q) = %+v, not a day", text, d)
		}
	})
}
