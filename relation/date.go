package relation

import (
	"strconv"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
)

// dateReader finds the date expressions of one sentence and dates its
// events. It is a view of the sentence with no state of its own.
type dateReader struct{ *sentence }

// dateAt is a date expression found at a token of a sentence.
type dateAt struct {
	tok int
	d   entity.Date
	fut entity.Date // the reading of a future event ("will meet on Friday"), if other than d
}

func itoa(n int) string { return strconv.Itoa(n) }

// timeOf is noon UTC of d, on the first of its month or year when those
// are unknown.
func timeOf(d entity.Date) time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 12, 0, 0, 0, time.UTC)
}

// full reports whether d has a day.
func full(d entity.Date) bool { return d.Year > 0 && d.Month > 0 && d.Day > 0 }

// dates finds the date expressions of the sentence: absolute ones ("in
// August 2019", "on 3 March", "in 2018") and, when the publication
// date is known, relative ones ("on Sunday", "yesterday", "last week").
// A date after "since", "until" or "by" does not date the event.
func (s dateReader) dates(published entity.Date) []dateAt {
	var out []dateAt
	n := s.n()
	blocked := func(i int) bool {
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			switch {
			case s.at(j, english.DateBlockers):
				return true
			case s.at(j, english.DateModifiers) || s.words[j] == ",":
				continue
			}
			if s.at(j, english.Months) {
				continue
			}
			if _, ok := s.wd.dayNumber(s.words[j]); ok {
				continue
			}
			break
		}
		return false
	}
	for i := 0; i < n; i++ {
		w := s.words[i]
		// Day Month [Year] and Month Day[,] [Year].
		if mo, ok := s.wd.value(english.Months, w); ok && (!s.at(i, english.CapitalMonths) || s.caps[i]) {
			d := entity.Date{Month: mo}
			end := i + 1
			if day, ok := s.wd.dayNumber(s.word(i - 1)); ok {
				d.Day = day
			} else if day, ok := s.wd.dayNumber(s.word(i + 1)); ok {
				d.Day = day
				end = i + 2
				if s.word(end) == "," {
					end++
				}
			}
			var fut entity.Date
			if y, ok := yearNumber(s.word(end)); ok {
				d.Year = y
			} else if published.Year > 0 {
				d.Year = published.Year
				fut = d
				if published.Month > 0 && (d.Month > published.Month+1) {
					d.Year-- // "in December" read in January: last year
				}
				if published.Month > 0 && (fut.Month < published.Month || fut.Month == published.Month && fut.Day > 0 && fut.Day < published.Day) {
					fut.Year++ // "will visit in March" read in June: next year
				}
				if fut == d || !validDate(fut) {
					fut = entity.Date{}
				}
			} else {
				continue
			}
			if !blocked(i) && validDate(d) {
				out = append(out, dateAt{tok: i, d: d, fut: fut})
			}
			continue
		}
		if y, ok := yearNumber(w); ok {
			if s.at(i-1, english.YearPrepositions) && !blocked(i) {
				if !s.at(i-1, english.Months) {
					out = append(out, dateAt{tok: i, d: entity.Date{Year: y}})
				}
			}
			continue
		}
		if published.Year == 0 || blocked(i) {
			continue
		}
		pub := timeOf(published)
		offset, isOffset := s.wd.value(english.DayOffsets, w)
		unit, isUnit := s.wd.value(english.PeriodUnits, w)
		shift, isShift := s.wd.value(english.PeriodShifts, s.word(i-1))
		switch {
		case isOffset && offset == 0 && full(published):
			out = append(out, dateAt{tok: i, d: published})
		case isOffset && full(published):
			out = append(out, dateAt{tok: i, d: entity.DateOf(pub.AddDate(0, 0, offset))})
		case s.at(i, english.Weekdays):
			if !full(published) || !s.caps[i] {
				continue
			}
			wd, _ := s.wd.value(english.Weekdays, w)
			next := isShift && shift > 0
			delta := (int(pub.Weekday()) - wd + 7) % 7
			t := pub.AddDate(0, 0, -delta)
			ahead := pub.AddDate(0, 0, (wd-int(pub.Weekday())+7)%7)
			if next {
				t = ahead
				if t.Equal(pub) {
					t = t.AddDate(0, 0, 7)
				}
			}
			var fut entity.Date
			if !next && !ahead.Equal(t) {
				fut = entity.DateOf(ahead) // "will meet on Friday": the coming one
			}
			out = append(out, dateAt{tok: i, d: entity.DateOf(t), fut: fut})
		case isUnit && isShift:
			if d, ok := shiftPeriod(published, unit, shift); ok {
				out = append(out, dateAt{tok: i, d: d})
			}
		}
	}
	return out
}

// shiftPeriod returns the period unit (1 a week, 2 a month, 3 a year)
// shifted by shift from the publication date, to the month for a week or
// a month, to the year for a year; false when the date lacks the month a
// week or month needs.
func shiftPeriod(published entity.Date, unit, shift int) (entity.Date, bool) {
	switch {
	case unit == 3:
		return entity.Date{Year: published.Year + shift}, true
	case published.Month == 0:
		return entity.Date{}, false
	case shift == 0:
		return entity.Date{Year: published.Year, Month: published.Month}, true
	case unit == 1:
		t := entity.DateOf(timeOf(published).AddDate(0, 0, 7*shift))
		return entity.Date{Year: t.Year, Month: t.Month}, true
	case unit == 2:
		t := entity.DateOf(time.Date(published.Year, time.Month(published.Month), 1, 12, 0, 0, 0, time.UTC).AddDate(0, shift, 0))
		return entity.Date{Year: t.Year, Month: t.Month}, true
	}
	return entity.Date{}, false
}

// dayNumber reads a day of the month, with an ordinal suffix or none.
func (wd *wordTable) dayNumber(w string) (int, bool) {
	for _, suf := range wd.list[english.OrdinalSuffixes] {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

func yearNumber(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1800 || n > 2200 {
		return 0, false
	}
	return n, true
}

func validDate(d entity.Date) bool {
	if d.Year == 0 || d.Month < 1 || d.Month > 12 {
		return false
	}
	if d.Day == 0 {
		return true
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day
}

// nearestDate returns the date expression closest to token tok, or the
// zero Date.
func nearestDate(ds []dateAt, tok int) entity.Date {
	if d, ok := nearestDateAt(ds, tok); ok {
		return d.d
	}
	return entity.Date{}
}

// nearestDateAt returns the date expression closest to token tok.
func nearestDateAt(ds []dateAt, tok int) (dateAt, bool) {
	var best dateAt
	bestDist := -1
	for _, d := range ds {
		dist := d.tok - tok
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best, bestDist >= 0
}

// eventDate returns the date of an event at token tok, read forward for
// a future event ("will meet on Friday" is the coming Friday, "plans to
// visit in March" next March when read in June) unless the date belongs
// to a report verb between them ("will provide aid, the minister said on
// Wednesday").
func (s dateReader) eventDate(ds []dateAt, tok int, future bool) entity.Date {
	d, ok := nearestDateAt(ds, tok)
	if !ok {
		return entity.Date{}
	}
	if future && d.fut != (entity.Date{}) {
		lo, hi := min(tok, d.tok), max(tok, d.tok)
		for k := lo; k < hi; k++ {
			if s.reportVerb(k) {
				return d.d
			}
		}
		return d.fut
	}
	return d.d
}
