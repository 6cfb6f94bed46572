package entity

import (
	"fmt"
	"strings"
	"time"
)

// Date is a calendar date of varying precision: Month and Day are 0 when
// unknown. The zero Date means "no date". It is the one date type of the
// library: a document's publication date (Input.Date, Document.Date) and
// an event's date (relation.Relation.Date). Date is a plain value.
type Date struct {
	Year, Month, Day int
}

// DateOf returns the day of t (in t's location); the zero time gives the
// zero Date.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as YYYY, YYYY-MM or YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// day returns the day d names, at midnight UTC; a date without its day
// (or no date) gives the zero time. Gazetteer roles are dated by day.
func (d Date) day() time.Time {
	if d.Year == 0 || d.Month == 0 || d.Day == 0 {
		return time.Time{}
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// ParseDate parses YYYY, YYYY-MM or YYYY-MM-DD (surrounding spaces
// allowed); "" gives the zero Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			d := Date{Year: t.Year()}
			if len(layout) >= 7 {
				d.Month = int(t.Month())
			}
			if len(layout) == 10 {
				d.Day = t.Day()
			}
			return d, nil
		}
	}
	return Date{}, fmt.Errorf("want YYYY-MM-DD, got %q", s)
}
