package main

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// goldDoc is one record of the gold file: the scorer's format, with byte
// offsets into Text (end exclusive).
type goldDoc struct {
	ID        string         `json:"id"`
	Date      string         `json:"date"`
	Text      string         `json:"text"`
	Entities  []span         `json:"entities"`
	Ignore    []span         `json:"ignore"`
	Relations []goldRelation `json:"relations"`
}

type span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
}

type goldArg struct {
	Name     string   `json:"name"`
	ID       *string  `json:"id"`
	Mentions []string `json:"mentions"`
}

type goldRelation struct {
	Sentence  string   `json:"sentence"`
	Subject   goldArg  `json:"subject"`
	Predicate string   `json:"predicate"`
	CAMEO     string   `json:"cameo"`
	Object    *goldArg `json:"object"`
}

// prediction is what a system found in one document.
type prediction struct {
	Entities  []span
	Relations []predRelation
}

type predArg struct {
	Text, Type, ID, Name, Country string
}

type predRelation struct {
	SentStart, SentEnd int
	Predicate, CAMEO   string
	Subject            predArg
	Object             *predArg
}

// counts are true positives, predictions and gold items.
type counts struct{ TP, Pred, Gold int }

func (c *counts) add(d counts) { c.TP += d.TP; c.Pred += d.Pred; c.Gold += d.Gold }

func (c counts) P() float64 { return ratio(c.TP, c.Pred) }
func (c counts) R() float64 { return ratio(c.TP, c.Gold) }
func (c counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// entityView is one way of scoring entities: which types count, and whether
// GPE and LOC are one class.
type entityView struct {
	Name   string
	Types  []string // nil: all
	Coarse bool     // GPE and LOC are one class
}

var entityViews = []entityView{
	{Name: "entities, strict (span+type)"},
	{Name: "entities, exact span, GPE=LOC", Coarse: true},
	{Name: "GPE+LOC, exact span", Types: []string{"GPE", "LOC"}, Coarse: true},
	{Name: "PERSON, exact span", Types: []string{"PERSON"}},
	{Name: "ORG, exact span", Types: []string{"ORG"}},
}

func (v entityView) keeps(t string) bool {
	if v.Types == nil {
		return true
	}
	for _, k := range v.Types {
		if k == t {
			return true
		}
	}
	return false
}

func (v entityView) class(t string) string {
	if v.Coarse && (t == "GPE" || t == "LOC") {
		return "GEO"
	}
	return t
}

// scoreEntities matches predictions to gold entities by exact span and
// class, each gold entity at most once. Gold entities of types the view
// leaves out become ignore spans; an unmatched prediction that overlaps an
// ignore span is neither right nor wrong.
func scoreEntities(v entityView, g goldDoc, pred []span) counts {
	var gold []span
	ignore := append([]span(nil), g.Ignore...)
	for _, e := range g.Entities {
		if v.keeps(e.Type) {
			gold = append(gold, e)
		} else {
			ignore = append(ignore, e)
		}
	}
	c := counts{Gold: len(gold)}
	used := make([]bool, len(gold))
	for _, p := range pred {
		if !v.keeps(p.Type) {
			continue
		}
		matched := false
		for i, e := range gold {
			if !used[i] && e.Start == p.Start && e.End == p.End && v.class(e.Type) == v.class(p.Type) {
				used[i], matched = true, true
				break
			}
		}
		switch {
		case matched:
			c.TP++
			c.Pred++
		case overlapsAny(p, ignore):
			// dropped
		default:
			c.Pred++
		}
	}
	return c
}

func overlapsAny(p span, spans []span) bool {
	for _, s := range spans {
		if p.Start < s.End && s.Start < p.End {
			return true
		}
	}
	return false
}

// scoreRelations matches predicted relations to gold relations: the
// predicted sentence overlaps the gold sentence, the CAMEO roots are equal,
// and subject and object each match (see argMatches). Each gold relation is
// matched at most once; a match with the same predicate name is preferred.
func scoreRelations(g goldDoc, pred []predRelation) counts {
	persons := map[string]bool{}
	for _, e := range g.Entities {
		if e.Type == "PERSON" {
			persons[normName(e.Text)] = true
		}
	}
	sents := make([][][2]int, len(g.Relations))
	for i, r := range g.Relations {
		for off := 0; r.Sentence != ""; {
			j := strings.Index(g.Text[off:], r.Sentence)
			if j < 0 {
				break
			}
			sents[i] = append(sents[i], [2]int{off + j, off + j + len(r.Sentence)})
			off += j + 1
		}
	}
	c := counts{Gold: len(g.Relations), Pred: len(pred)}
	used := make([]bool, len(g.Relations))
	for _, p := range pred {
		best, bestScore := -1, -1
		for i, r := range g.Relations {
			if used[i] || !sentenceOverlaps(p, sents[i]) || !sameRoot(p.CAMEO, r.CAMEO) {
				continue
			}
			if !argMatches(&p.Subject, &r.Subject, persons) || !argMatches(p.Object, r.Object, persons) {
				continue
			}
			score := 0
			if strings.EqualFold(p.Predicate, r.Predicate) {
				score = 1
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best >= 0 {
			used[best] = true
			c.TP++
		}
	}
	return c
}

func sentenceOverlaps(p predRelation, spans [][2]int) bool {
	for _, s := range spans {
		if p.SentStart < s[1] && s[0] < p.SentEnd {
			return true
		}
	}
	return false
}

func sameRoot(a, b string) bool {
	return len(a) >= 2 && len(b) >= 2 && a[:2] == b[:2]
}

// argMatches reports whether a predicted argument matches a gold one: both
// absent; or the predicted id or country is the gold id; or a normalized
// name or text equals the gold name or one of its mentions; or, for a
// person, the last words agree ("President Tokoev" and "Almaz Tokoev").
func argMatches(p *predArg, g *goldArg, persons map[string]bool) bool {
	if p == nil || g == nil {
		return p == nil && g == nil
	}
	gid := ""
	if g.ID != nil {
		gid = *g.ID
	}
	if gid != "" && (strings.EqualFold(p.ID, gid) || strings.EqualFold(p.Country, gid)) {
		return true
	}
	pkeys := nonEmpty(normName(p.Text), normName(p.Name))
	gkeys := nonEmpty(normName(g.Name))
	for _, m := range g.Mentions {
		gkeys = append(gkeys, nonEmpty(normName(m))...)
	}
	for _, pk := range pkeys {
		for _, gk := range gkeys {
			if pk == gk {
				return true
			}
		}
	}
	if p.ID != "" && gid != "" {
		return false // linked to different actors
	}
	person := false
	for _, gk := range gkeys {
		person = person || persons[gk]
	}
	if !person {
		return false
	}
	for _, pk := range pkeys {
		pl := lastWord(pk)
		if len(pl) < 2 {
			continue
		}
		for _, gk := range gkeys {
			if strings.Contains(gk, " ") && lastWord(gk) == pl {
				return true
			}
		}
	}
	return false
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

var spaces = regexp.MustCompile(`\s+`)

const trimSet = " \"'.,;:!?()[]{}"

// normName is the key names are compared by: lower case, without accents,
// a leading "the", a possessive 's or surrounding punctuation.
func normName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '\u2019', '\u2018', '`':
			r = '\''
		}
		b.WriteRune(unicode.ToLower(r))
	}
	s = strings.Trim(spaces.ReplaceAllString(b.String(), " "), trimSet)
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	return strings.Trim(s, trimSet)
}
