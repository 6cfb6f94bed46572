package main

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// today is the fixed "now" of the dateline test.
var today = time.Date(2026, 3, 10, 15, 0, 0, 0, time.UTC)

// TestDatelineDate checks that the dateline dates a record only when
// neither -date nor the record gives a date.
func TestDatelineDate(t *testing.T) {
	q := *mustPipeline(t)
	q.now = func() time.Time { return today }
	text := "June 13, 2022 — Japan and South Korea held talks in Tokyo on Sunday."
	for _, tc := range []struct {
		name     string
		date     entity.Date // -date
		line     string
		wantDate string // of the relation
		reason   string
	}{{
		name:     "dateline",
		line:     `{"id":1,"text":"` + text + `"}`,
		wantDate: "2022-06-12",
		reason:   "'on Sunday' is the Sunday before the dateline's 13 June 2022",
	}, {
		name:     "record date",
		line:     `{"id":1,"text":"` + text + `","date":"2023-01-10"}`,
		wantDate: "2023-01-08",
		reason:   "the record's date wins over the dateline",
	}, {
		name:     "-date",
		date:     entity.Date{Year: 2023, Month: 1, Day: 10},
		line:     `{"id":1,"text":"` + text + `"}`,
		wantDate: "2023-01-08",
		reason:   "-date wins over the dateline",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			q.date = tc.date
			b, err := json.Marshal(q.processLine([]byte(tc.line), 1))
			if err != nil {
				t.Fatal(err)
			}
			var w wireLine
			if err := json.Unmarshal(b, &w); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range w.Relations {
				got = append(got, r.Predicate+" "+r.Date)
			}
			if diff := cmp.Diff([]string{"CONSULT " + tc.wantDate}, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
