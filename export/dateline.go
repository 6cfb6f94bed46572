package export

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/entity"
)

// An article's dateline gives its date when the caller knows none: "SEOUL, June 13 (Yonhap)", "13 Jun 2022, 03:58 GMT+10",
// "June 13, 2022 — ...", "AL-AIN, United Arab Emirates 1996-12-06". The
// month names and the patterns are data (data/dateline.yaml); this file
// only matches them against the tokens of the text's head.

//go:embed data/dateline.yaml
var datelineYAML []byte

// datelineRules is the compiled data/dateline.yaml. It is immutable and
// safe for concurrent use.
type datelineRules struct {
	lines, bytes int
	months       map[string]int // lower-case name → 1..12
	patterns     [][]datelineSym
}

// datelineSym is one symbol of a pattern: a kind, the literal token of a
// symLiteral, and whether it may be left out.
type datelineSym struct {
	kind     symKind
	literal  string
	optional bool
}

type symKind uint8

const (
	symLiteral symKind = iota
	symMonth
	symDay
	symYear
	symMM
	symDD
)

var symKinds = map[string]symKind{"month": symMonth, "day": symDay, "year": symYear, "mm": symMM, "dd": symDD}

// defaultDatelines is the embedded data, parsed once.
var defaultDatelines = sync.OnceValues(func() (*datelineRules, error) {
	return parseDatelineRules(datelineYAML, "data/dateline.yaml")
})

// parseDatelineRules reads dateline rules in the layout of
// data/dateline.yaml; errors name file:line.
func parseDatelineRules(data []byte, file string) (*datelineRules, error) {
	var raw struct {
		Lines    int              `yaml:"lines"`
		Bytes    int              `yaml:"bytes"`
		Months   map[int][]string `yaml:"months"`
		Patterns []yaml.Node      `yaml:"patterns"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	if raw.Lines < 1 || raw.Bytes < 1 {
		return nil, fmt.Errorf("%s: lines and bytes must be at least 1", file)
	}
	r := &datelineRules{lines: raw.Lines, bytes: raw.Bytes, months: make(map[string]int)}
	for m, names := range raw.Months {
		if m < 1 || m > 12 {
			return nil, fmt.Errorf("%s: month %d: want 1 to 12", file, m)
		}
		for _, n := range names {
			r.months[strings.ToLower(n)] = m
		}
	}
	for _, node := range raw.Patterns {
		var syms []string
		if err := node.Decode(&syms); err != nil || len(syms) == 0 {
			return nil, fmt.Errorf("%s:%d:%d: a pattern is a non-empty list of symbols", file, node.Line, node.Column)
		}
		var pat []datelineSym
		for _, s := range syms {
			sym := datelineSym{}
			if len(s) > 1 && strings.HasSuffix(s, "?") {
				s, sym.optional = s[:len(s)-1], true
			}
			if k, ok := symKinds[s]; ok {
				sym.kind = k
			} else {
				sym.literal = s
			}
			pat = append(pat, sym)
		}
		r.patterns = append(r.patterns, pat)
	}
	return r, nil
}

// datelineTokens splits s into runs of letters, runs of digits and single
// other characters, leaving out white space.
func datelineTokens(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case unicode.IsSpace(r):
			i = j
			continue
		case unicode.IsLetter(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
		case r >= '0' && r <= '9':
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
		}
		toks = append(toks, s[i:j])
		i = j
	}
	return toks
}

// head returns the part of text where a dateline is looked for.
func (r *datelineRules) head(text string) string {
	end := min(len(text), r.bytes)
	for n, i := 0, 0; i < end; i++ {
		if text[i] == '\n' {
			if n++; n == r.lines {
				end = i
				break
			}
		}
	}
	return text[:end]
}

// find returns the date of text's dateline, or the zero Date. A dateline
// without a year takes the latest such day not after today (now's date).
func (r *datelineRules) find(text string, now time.Time) entity.Date {
	toks := datelineTokens(r.head(text))
	for i := range toks {
		for _, pat := range r.patterns {
			if d, ok := r.match(toks[i:], pat); ok {
				if d, ok := complete(d, now); ok {
					return d
				}
			}
		}
	}
	return entity.Date{}
}

// match matches pat at the start of toks.
func (r *datelineRules) match(toks []string, pat []datelineSym) (entity.Date, bool) {
	var d entity.Date
	k := 0
	for _, sym := range pat {
		if t := d; k < len(toks) && r.matchSym(toks[k], sym, &t) {
			d = t
			k++
			continue
		}
		if !sym.optional {
			return entity.Date{}, false
		}
	}
	return d, d.Month > 0 && d.Day > 0
}

func (r *datelineRules) matchSym(tok string, sym datelineSym, d *entity.Date) bool {
	num := func(min, max, digits int) (int, bool) {
		if digits > 0 && len(tok) != digits || len(tok) > 4 || tok[0] < '0' || tok[0] > '9' {
			return 0, false
		}
		n, err := strconv.Atoi(tok)
		return n, err == nil && n >= min && n <= max
	}
	var ok bool
	switch sym.kind {
	case symLiteral:
		return tok == sym.literal
	case symMonth:
		if first, _ := utf8.DecodeRuneInString(tok); unicode.IsUpper(first) {
			d.Month, ok = r.months[strings.ToLower(tok)]
		}
	case symDay:
		if len(tok) <= 2 {
			d.Day, ok = num(1, 31, 0)
		}
	case symYear:
		d.Year, ok = num(1000, 9999, 4)
	case symMM:
		d.Month, ok = num(1, 12, 2)
	case symDD:
		d.Day, ok = num(1, 31, 2)
	}
	return ok
}

// complete checks that d is a real day and gives a year-less d the latest
// year in which it is not after now's date.
func complete(d entity.Date, now time.Time) (entity.Date, bool) {
	if d.Year == 0 {
		d.Year = now.Year()
		if d.Month > int(now.Month()) || d.Month == int(now.Month()) && d.Day > now.Day() {
			d.Year--
		}
		if d.Month == 2 && d.Day == 29 { // the latest leap year
			for !isDay(d) {
				d.Year--
			}
		}
	}
	return d, isDay(d)
}

// isDay reports whether d is a date of the calendar (not 30 February).
func isDay(d entity.Date) bool {
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return t.Year() == d.Year && int(t.Month()) == d.Month && t.Day() == d.Day
}

// DocumentDate returns the publication date of text: date when it is set,
// else the date of the text's dateline ("SEOUL, June 13 (Yonhap)", "13 Jun
// 2022", "June 13, 2022 — ..."; a dateline without a year takes the latest
// such day not after now), else the zero Date. The month names and
// patterns are data (data/dateline.yaml).
func DocumentDate(text string, date entity.Date, now time.Time) entity.Date {
	if !date.IsZero() {
		return date
	}
	rules, err := defaultDatelines()
	if err != nil { // the embedded data is checked by TestDatelineData
		return date
	}
	return rules.find(text, now)
}
