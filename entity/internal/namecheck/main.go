// Command namecheck is a measurement, not a test: it lists the partial
// names ("Lee", "Mr. Modi", "al-Sudani") that the command's -jsonl output
// links to a person, where the link may be a namesake guessed from a
// shared surname (issue #10, bar 2: "no partial name linked to a
// different person who merely shares the surname"). Run from the
// repository root on input files and the -jsonl output for their records,
// in pairs:
//
//	go build -o /tmp/ge ./cmd/geoextract
//	/tmp/ge -jsonl < GOLD.jsonl > PRED.jsonl
//	go run ./entity/internal/namecheck GOLD.jsonl PRED.jsonl [GOLD2 PRED2 ...]
//
// A partial name is a PERSON entity or a "name" reference of the output,
// linked to a person of the default gazetteer, that is one word once the
// title words before it (words.yaml person_title_words and title_words,
// "Mr.", "President") and a possessive "'s" after it are set aside, and
// that is not itself one of the person's gazetteer names ("Lula"). A
// partial name is flagged
//
//   - namesake: a full name (a PERSON entity of two words or more) holding
//     that word is written earlier in the document, and it is not the
//     linked person (neither its id nor the person's name);
//   - unnamed: the document never names the linked person in full (no
//     PERSON entity of two words or more with its id, and none of its
//     names of two words or more in the text). Such a link is right only
//     when the gazetteer person is the one the word can mean on that date:
//     each line says whether the person held an office on the record's date
//     and which other gazetteer people have the word in a name.
//
// Flagged lines are to be judged by hand; the counts per file and in
// total end the output. With -v every partial name checked is listed too
// (OK lines). It exits 1 when a line is flagged.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("namecheck: ")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: namecheck GOLD.jsonl PRED.jsonl [GOLD PRED ...]")
		flag.PrintDefaults()
	}
	verbose := flag.Bool("v", false, "list every partial name checked, not only the flagged ones")
	flag.Parse()
	if flag.NArg() == 0 || flag.NArg()%2 != 0 {
		flag.Usage()
		os.Exit(2)
	}
	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	c := newChecker(g, english.Default())
	c.verbose = *verbose
	var total counts
	for i := 0; i < flag.NArg(); i += 2 {
		n, err := c.files(os.Stdout, flag.Arg(i), flag.Arg(i+1))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s\n", filepath.Base(flag.Arg(i)), n)
		total.add(n)
	}
	fmt.Printf("total: %s\n", total)
	if total.namesake+total.unnamed > 0 {
		os.Exit(1)
	}
}

// counts are what one file (or all) gave.
type counts struct {
	partial, ownName, namesake, unnamed int
}

func (n *counts) add(m counts) {
	n.partial += m.partial
	n.ownName += m.ownName
	n.namesake += m.namesake
	n.unnamed += m.unnamed
}

func (n counts) String() string {
	return fmt.Sprintf("%d partial names linked to a person (%d of them one of the person's own names), %d namesake, %d unnamed",
		n.partial+n.ownName, n.ownName, n.namesake, n.unnamed)
}

// checker holds the gazetteer's people by the words of their names. It is
// immutable once built.
type checker struct {
	g      *gazetteer.Gazetteer
	words  *english.Table
	byWord map[string][]*gazetteer.Entry // folded word → people with it in a name
	// verbose: record returns the partial names it does not flag too,
	// as OK lines.
	verbose bool
}

func newChecker(g *gazetteer.Gazetteer, words *english.Table) *checker {
	c := &checker{g: g, words: words, byWord: map[string][]*gazetteer.Entry{}}
	for _, e := range g.Entries() {
		if e.Type != gazetteer.Person {
			continue
		}
		seen := map[string]bool{}
		for _, n := range names(e) {
			for _, w := range strings.Fields(gazetteer.Fold(n)) {
				if !seen[w] {
					seen[w] = true
					c.byWord[w] = append(c.byWord[w], e)
				}
			}
		}
	}
	return c
}

func names(e *gazetteer.Entry) []string { return append([]string{e.Name}, e.Aliases...) }

// input is a record of the input file; output the command's line for it.
type input struct {
	ID   json.RawMessage `json:"id"`
	Text string          `json:"text"`
	Date string          `json:"date"`
}

type output struct {
	ID         json.RawMessage `json:"id"`
	Entities   []span          `json:"entities"`
	References []span          `json:"references"`
}

type span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	ID    string `json:"id"`
	Kind  string `json:"kind"`
}

// files checks the records of the input file gold against the output
// lines of pred, in order, and writes the flagged links to w.
func (c *checker) files(w io.Writer, gold, pred string) (counts, error) {
	gf, err := os.Open(gold)
	if err != nil {
		return counts{}, err
	}
	defer gf.Close()
	pf, err := os.Open(pred)
	if err != nil {
		return counts{}, err
	}
	defer pf.Close()
	gs, ps := bufio.NewScanner(gf), bufio.NewScanner(pf)
	gs.Buffer(make([]byte, 0, 1<<20), 64<<20)
	ps.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var n counts
	for line := 1; gs.Scan(); line++ {
		if strings.TrimSpace(gs.Text()) == "" {
			continue
		}
		var in input
		if err := json.Unmarshal(gs.Bytes(), &in); err != nil {
			return n, fmt.Errorf("%s:%d: %v", gold, line, err)
		}
		if !ps.Scan() {
			return n, fmt.Errorf("%s: no output line for %s:%d", pred, gold, line)
		}
		var out output
		if err := json.Unmarshal(ps.Bytes(), &out); err != nil {
			return n, fmt.Errorf("%s: the line for %s:%d: %v", pred, gold, line, err)
		}
		if string(in.ID) != string(out.ID) {
			return n, fmt.Errorf("%s: the line for %s:%d has id %s, want %s", pred, gold, line, out.ID, in.ID)
		}
		for _, f := range c.record(in, out, &n) {
			fmt.Fprintf(w, "%s:%d %s\n", filepath.Base(gold), line, f)
		}
	}
	if err := gs.Err(); err != nil {
		return n, err
	}
	return n, ps.Err()
}

// record returns the flagged partial names of one record and adds to n.
func (c *checker) record(in input, out output, n *counts) []string {
	day, _ := time.Parse("2006-01-02", in.Date)
	folded := gazetteer.Fold(in.Text)
	var full []span // the person names of two words or more
	for _, s := range out.Entities {
		if s.Type == gazetteer.Person.String() && len(c.core(s.Text)) >= 2 {
			full = append(full, s)
		}
	}
	type key struct {
		start, end int
		id         string
	}
	seen := map[key]bool{}
	var flagged []string
	check := func(s span) {
		e, ok := c.g.Lookup(s.ID)
		if !ok || e.Type != gazetteer.Person || seen[key{s.Start, s.End, s.ID}] {
			return
		}
		seen[key{s.Start, s.End, s.ID}] = true
		core := c.core(s.Text)
		if len(core) != 1 {
			return
		}
		word := gazetteer.Fold(core[0])
		if slices.ContainsFunc(names(e), func(x string) bool { return gazetteer.Fold(x) == word }) {
			n.ownName++
			return
		}
		n.partial++
		where := fmt.Sprintf("%s [%d,%d) %q -> %s (%s)", in.ID, s.Start, s.End, s.Text, e.ID, e.Name)
		var earlier []span
		for _, f := range full {
			if f.Start < s.Start && c.holds(f.Text, word) {
				earlier = append(earlier, f)
			}
		}
		if len(earlier) > 0 && !slices.ContainsFunc(earlier, func(f span) bool { return c.same(f, e) }) {
			n.namesake++
			flagged = append(flagged, fmt.Sprintf("NAMESAKE %s; written earlier: %q [%d] -> %s", where,
				earlier[len(earlier)-1].Text, earlier[len(earlier)-1].Start, orNone(earlier[len(earlier)-1].ID)))
			return
		}
		if slices.ContainsFunc(full, func(f span) bool { return c.same(f, e) }) || namedIn(e, folded) {
			if c.verbose {
				flagged = append(flagged, "OK "+where)
			}
			return
		}
		n.unnamed++
		flagged = append(flagged, fmt.Sprintf("UNNAMED %s; in office on %s: %v; others with %q in a name: %s",
			where, orNone(in.Date), inOffice(e, day), word, c.others(word, e)))
	}
	for _, s := range out.Entities {
		if s.ID != "" {
			check(s)
		}
	}
	for _, s := range out.References {
		if s.Kind == "name" && s.ID != "" {
			check(s)
		}
	}
	return flagged
}

// core returns the words of a person mention without the title words
// before them and the possessive after them ("Mr. Modi's" → [Modi]).
func (c *checker) core(text string) []string {
	ws := strings.Fields(text)
	if k := len(ws) - 1; k >= 0 {
		for _, p := range []string{"'s", "’s", "'", "’"} {
			if t, ok := strings.CutSuffix(ws[k], p); ok && t != "" {
				ws[k] = t
				break
			}
		}
	}
	for len(ws) > 1 && c.title(ws[0]) {
		ws = ws[1:]
	}
	return ws
}

// title reports whether w is a title word of words.yaml, with or without
// its period.
func (c *checker) title(w string) bool {
	l := strings.ToLower(w)
	for _, x := range []string{l, strings.TrimSuffix(l, ".")} {
		if c.words.Has(english.PersonTitleWords, x) || c.words.Has(english.TitleWords, x) {
			return true
		}
	}
	return false
}

// holds reports whether the full name text has the folded word as one of
// its words.
func (c *checker) holds(text, word string) bool {
	return slices.Contains(strings.Fields(gazetteer.Fold(strings.Join(c.core(text), " "))), word)
}

// same reports whether full name f is person e: its id, or e's name.
func (c *checker) same(f span, e *gazetteer.Entry) bool {
	if f.ID == e.ID {
		return true
	}
	t := gazetteer.Fold(strings.Join(c.core(f.Text), " "))
	return slices.ContainsFunc(names(e), func(x string) bool { return gazetteer.Fold(x) == t })
}

// namedIn reports whether the folded text writes one of e's names of two
// words or more.
func namedIn(e *gazetteer.Entry, folded string) bool {
	return slices.ContainsFunc(names(e), func(x string) bool {
		return len(strings.Fields(x)) >= 2 && strings.Contains(folded, gazetteer.Fold(x))
	})
}

// inOffice reports whether e held a role on day (any role when the day
// is unknown); false when e has none.
func inOffice(e *gazetteer.Entry, day time.Time) bool {
	return slices.ContainsFunc(e.Roles, func(r gazetteer.Role) bool { return r.Holds(day) })
}

// others lists the other gazetteer people with word in a name (at most
// five, then a count).
func (c *checker) others(word string, e *gazetteer.Entry) string {
	var out []string
	for _, o := range c.byWord[word] {
		if o != e {
			out = append(out, o.Name)
		}
	}
	if len(out) == 0 {
		return "none"
	}
	if len(out) > 5 {
		return strings.Join(out[:5], ", ") + fmt.Sprintf(" and %d more", len(out)-5)
	}
	return strings.Join(out, ", ")
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
