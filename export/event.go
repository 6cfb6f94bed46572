package export

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// Event is one relation as an event-data row: who did what to whom, when,
// and where in the text it is said. The fields are the columns of the
// TSV and CSV exports, in order (see Columns). It is a plain value, built
// by Events; the zero Event is no event.
type Event struct {
	DocID     string // the document's id (a JSON string id unquoted, other ids as JSON) or file name
	Date      string // the event's date (YYYY, YYYY-MM or YYYY-MM-DD), "" when unknown
	DocDate   string // the document's publication date (YYYY-MM-DD), "" when unknown
	Source    Actor
	Target    Actor // all fields "" when the event has no target
	CAMEO     string
	Root      string  // the two-digit CAMEO root of CAMEO
	Predicate string  // the root's name ("CONSULT")
	QuadClass int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Goldstein float64 // -10 (conflict) … +10 (cooperation)
	Negated   bool
	Modality  string // asserted, possible, intended or hypothetical

	Trigger                    string
	TriggerStart, TriggerEnd   int // byte offsets into the document
	SentenceStart, SentenceEnd int // byte offsets into the document
	Sentence                   string
}

// Actor is the source or target of an Event. It is a plain value; the zero
// Actor is an event without that party (empty cells).
type Actor struct {
	Code    string // the gazetteer id (countries: ISO 3166-1 alpha-3), "" when unlinked
	Name    string // the canonical name, else the text as written
	Type    string // PERSON, GPE, ORG, LOC, NORP or EVENT
	Role    string // a person's office ("Defense Minister"), "" when none
	Country string // ISO alpha-3 code of the actor's country, "" when unknown
	Text    string // the mention as written (a pronoun's own words)
}

// columns are the names of Event's fields as TSV and CSV header cells.
var columns = [...]string{
	"doc_id", "event_date", "doc_date",
	"source_code", "source_name", "source_type", "source_role", "source_country", "source_text",
	"target_code", "target_name", "target_type", "target_role", "target_country", "target_text",
	"cameo", "root", "predicate", "quad_class", "goldstein", "negated", "modality",
	"trigger", "trigger_start", "trigger_end", "sentence_start", "sentence_end", "sentence",
}

// Columns returns the header row of the event exports, one name per
// Event field, in the order Row gives the values.
func Columns() []string { return slices.Clone(columns[:]) }

// Row returns e's values as strings in the order of Columns: integers in
// decimal, the Goldstein score with one decimal, booleans as true/false.
func (e Event) Row() []string {
	actor := func(a Actor) []string { return []string{a.Code, a.Name, a.Type, a.Role, a.Country, a.Text} }
	row := make([]string, 0, len(columns))
	row = append(row, e.DocID, e.Date, e.DocDate)
	row = append(row, actor(e.Source)...)
	row = append(row, actor(e.Target)...)
	row = append(row, e.CAMEO, e.Root, e.Predicate, strconv.Itoa(e.QuadClass),
		strconv.FormatFloat(e.Goldstein, 'f', 1, 64), strconv.FormatBool(e.Negated), e.Modality,
		e.Trigger, strconv.Itoa(e.TriggerStart), strconv.Itoa(e.TriggerEnd),
		strconv.Itoa(e.SentenceStart), strconv.Itoa(e.SentenceEnd), e.Sentence)
	return row
}

// Events returns one Event per relation of doc, in the order of rels.
// docID names the document in every row. It runs in time linear in the
// size of doc and rels.
func Events(docID string, doc *entity.Document, rels []relation.Relation) []Event {
	if len(rels) == 0 {
		return nil
	}
	roles := roleIndex(doc)
	docDate := ""
	if d := doc.Date; d.Day != 0 { // a full date: the column is YYYY-MM-DD
		docDate = d.String()
	}
	evs := make([]Event, 0, len(rels))
	for _, r := range rels {
		root := r.Predicate.Code()
		if len(r.CAMEO) >= 2 {
			root = r.CAMEO[:2]
		}
		cameo := r.CAMEO
		if cameo == "" {
			cameo = root
		}
		ev := Event{
			DocID:         docID,
			Date:          r.Date.String(),
			DocDate:       docDate,
			Source:        roles.actor(r.Subject),
			CAMEO:         cameo,
			Root:          root,
			Predicate:     r.Predicate.String(),
			QuadClass:     QuadClass(cameo),
			Goldstein:     Goldstein(cameo),
			Negated:       r.Negated,
			Modality:      r.Modality.String(),
			Trigger:       r.Trigger.Text,
			TriggerStart:  r.Trigger.Start,
			TriggerEnd:    r.Trigger.End,
			SentenceStart: r.Sentence.Start,
			SentenceEnd:   r.Sentence.End,
			Sentence:      r.Sentence.Text,
		}
		if r.Object != nil {
			ev.Target = roles.actor(*r.Object)
		}
		evs = append(evs, ev)
	}
	return evs
}

// roles finds the role of a relation argument: that of the mention at its
// offsets, else (a pronoun) that of its linked entity.
type roles struct {
	mentions []entity.Mention // ordered by Start
	byID     map[string]string
}

func roleIndex(doc *entity.Document) roles {
	r := roles{mentions: doc.Mentions, byID: make(map[string]string)}
	for _, e := range doc.Entities {
		if e.ID != "" && e.Role != "" {
			if _, ok := r.byID[e.ID]; !ok {
				r.byID[e.ID] = e.Role
			}
		}
	}
	return r
}

func (r roles) actor(a relation.Argument) Actor {
	act := Actor{Code: a.ID, Name: a.Name, Type: a.Type.String(), Country: a.Country, Text: a.Text}
	if act.Name == "" {
		act.Name = a.Text
	}
	k := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= a.Start })
	if k < len(r.mentions) && r.mentions[k].Start == a.Start && r.mentions[k].End == a.End {
		act.Role = r.mentions[k].Role
	} else if a.ID != "" {
		act.Role = r.byID[a.ID]
	}
	return act
}

//go:embed data/cameo.txt
var cameoData string

type codeInfo struct {
	quad      int
	goldstein float64
}

// cameoTable is the parsed data/cameo.txt, loaded once.
var cameoTable = sync.OnceValues(func() (map[string]codeInfo, error) { return parseCAMEO(cameoData) })

// parseCAMEO reads lines of "code quadclass goldstein"; blank lines and
// lines starting with # are skipped.
func parseCAMEO(data string) (map[string]codeInfo, error) {
	t := make(map[string]codeInfo)
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("export: data/cameo.txt:%d: want 3 fields, got %d", n, len(f))
		}
		q, err1 := strconv.Atoi(f[1])
		g, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil || q < 1 || q > 4 || g < -10 || g > 10 {
			return nil, fmt.Errorf("export: data/cameo.txt:%d: bad QuadClass or Goldstein score in %q", n, line)
		}
		t[f[0]] = codeInfo{quad: q, goldstein: g}
	}
	return t, sc.Err()
}

// lookup returns the entry of the longest listed prefix of code.
func lookup(code string) (codeInfo, bool) {
	t, err := cameoTable()
	if err != nil {
		panic(err) // the embedded table is checked by the package's tests
	}
	for n := len(code); n >= 2; n-- {
		if c, ok := t[code[:n]]; ok {
			return c, true
		}
	}
	return codeInfo{}, false
}

// QuadClass returns the QuadClass (1–4) of a CAMEO code ("163" → 4), or 0
// for a code that is not CAMEO.
func QuadClass(code string) int {
	c, _ := lookup(code)
	return c.quad
}

// Goldstein returns the Goldstein score (−10 … +10) of a CAMEO code, that
// of its longest listed prefix for a code the table does not list, or 0
// for a code that is not CAMEO.
func Goldstein(code string) float64 {
	c, _ := lookup(code)
	return c.goldstein
}
