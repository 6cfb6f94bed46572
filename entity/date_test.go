package entity_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

func TestDate(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    entity.Date
		want string
	}{
		{"zero: no date", entity.Date{}, ""},
		{"year", entity.Date{Year: 2019}, "2019"},
		{"month", entity.Date{Year: 2019, Month: 8}, "2019-08"},
		{"day", entity.Date{Year: 2022, Month: 6, Day: 13}, "2022-06-13"},
		{"DateOf a time", entity.DateOf(time.Date(2022, 6, 13, 23, 59, 0, 0, time.UTC)), "2022-06-13"},
		{"DateOf the zero time is no date", entity.DateOf(time.Time{}), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.d.String()); diff != "" {
				t.Errorf("String() mismatch (-want +got):\n%s", diff)
			}
			if got, want := tc.d.IsZero(), tc.want == ""; got != want {
				t.Errorf("IsZero() = %v, want %v", got, want)
			}
		})
	}
}

// TestPartialDate checks that a date without its day stays on the
// Document (the relation extractor resolves "this year" against it) but
// gives no gazetteer role, which is held by day.
func TestPartialDate(t *testing.T) {
	tg := testTagger(t)
	role := func(d entity.Date) string {
		doc := tg.Tag(entity.Input{Text: "Yoon Suk-yeol spoke.", Date: d})
		if doc.Date != d {
			t.Errorf("Document.Date = %v, want %v", doc.Date, d)
		}
		if len(doc.Mentions) == 0 {
			t.Fatalf("date %v: no mention", d)
		}
		return doc.Mentions[0].Role
	}
	if role(entity.Date{Year: 2023, Month: 6, Day: 1}) == "" {
		t.Fatal("a full date gives Yoon Suk-yeol no role; the test needs one")
	}
	for _, d := range []entity.Date{{Year: 2023}, {Year: 2023, Month: 6}} {
		if r := role(d); r != "" {
			t.Errorf("date %v: got role %q, want none", d, r)
		}
	}
}
