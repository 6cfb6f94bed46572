package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// The readable report of one input looks like this:
//
//	== article.txt (2022-06-13): 99 mentions of 39 entities, 21 relations
//
//	MENTION       TYPE    ENTITY               COUNTRY  ROLE
//	Seoul         GPE     KOR                  KOR
//	Lee Jong-sup  PERSON  person/lee-jong-sup  KOR      Defense Minister
//	...
//
//	REFERENCE    KIND         ENTITY               NAME
//	he           pronoun      person/lee-jong-sup  Lee Jong-sup
//	the country  description  KOR                  South Korea
//	...
//
//	RELATIONS
//	KOR —REDUCE_RELATIONS(16)→ JPN: Seoul scrapped an intelligence-sharing agreement with Japan  [2019-08]
//	PRK —EXHIBIT_FORCE_POSTURE(15)→ ∅: North Korea may conduct its first nuclear bomb test  [possible, 2022-06]
//
// A mention row gives the mention as written, its type, the gazetteer id it
// is linked to, the actor's country and the role named with it ("-" when
// unknown). A reference row gives a pronoun, description or partial name
// the document resolves (the JSONL "references"), its kind, and the id and
// name of the actor it refers to. A relation line gives the subject, the CAMEO predicate and code
// and the object (each the linked id, else the text; ∅ when the event has no
// object), then the words of the sentence from the first participant or
// trigger to the last, then its flags: negated, the modality when not
// asserted, and the event date.

const (
	maxCell  = 32 // runes of a mention shown in the table
	maxGap   = 40 // runes between two parts of a relation's excerpt shown in full
	noValue  = "-"
	noObject = "∅"
)

// writeReport prints the analysis of one input, named name and published
// on published (zero when unknown), as a readable report.
func writeReport(w io.Writer, name string, published entity.Date, a analysis) error {
	bw := bufio.NewWriter(w)
	doc := a.doc
	date := ""
	if s := published.String(); s != "" {
		date = " (" + s + ")"
	}
	counts := plural(len(doc.Mentions), "mention")
	if len(doc.Entities) > 0 {
		counts += " of " + plural(len(doc.Entities), "entity")
	}
	fmt.Fprintf(bw, "== %s%s: %s, %s\n", name, date, counts, plural(len(a.relations), "relation"))

	if len(doc.Mentions) > 0 {
		rows := [][]string{{"MENTION", "TYPE", "ENTITY", "COUNTRY", "ROLE"}}
		for _, m := range doc.Mentions {
			rows = append(rows, []string{
				truncate(oneLine(m.Text), maxCell),
				m.Type.String(),
				orNone(m.ID),
				orNone(m.Country),
				oneLine(m.Role),
			})
		}
		bw.WriteString("\n")
		writeTable(bw, rows)
	}

	if refs := doc.References(); len(refs) > 0 {
		rows := [][]string{{"REFERENCE", "KIND", "ENTITY", "NAME"}}
		for _, r := range refs {
			rows = append(rows, []string{truncate(oneLine(r.Text), maxCell), r.Kind.String(), orNone(r.ID), truncate(oneLine(r.Name), maxCell)})
		}
		bw.WriteString("\n")
		writeTable(bw, rows)
	}

	if len(a.relations) > 0 {
		bw.WriteString("\nRELATIONS\n")
		for _, r := range a.relations {
			bw.WriteString(relationLine(doc.Text, r))
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}

// relationLine formats r as
// "SUBJECT —PREDICATE(CAMEO)→ OBJECT: excerpt  [flags]".
func relationLine(text string, r relation.Relation) string {
	var b strings.Builder
	obj := noObject
	if r.Object != nil {
		obj = argLabel(*r.Object)
	}
	fmt.Fprintf(&b, "%s —%s(%s)→ %s: %s", argLabel(r.Subject), r.Predicate, r.CAMEO, obj, excerpt(text, r))
	var flags []string
	if r.Negated {
		flags = append(flags, "negated")
	}
	if r.Modality != relation.Asserted {
		flags = append(flags, r.Modality.String())
	}
	if d := r.Date.String(); d != "" {
		flags = append(flags, d)
	}
	if len(flags) > 0 {
		b.WriteString("  [" + strings.Join(flags, ", ") + "]")
	}
	return b.String()
}

// argLabel names a relation argument by its gazetteer id, or by its text
// when it is not linked.
func argLabel(a relation.Argument) string {
	if a.ID != "" {
		return a.ID
	}
	return oneLine(a.Text)
}

// excerpt returns the words of r's sentence from its first participant (or
// trigger) to its last, on one line. A long stretch between two of them
// is shortened to its first and last words around "…".
func excerpt(text string, r relation.Relation) string {
	spans := []relation.Span{r.Trigger}
	for _, a := range []*relation.Argument{&r.Subject, r.Object} {
		if a != nil && a.End > a.Start {
			spans = append(spans, relation.Span{Start: a.Start, End: a.End})
		}
	}
	// A subject found outside the sentence (the speaker of a quote) is
	// named before the colon; the excerpt stays in the sentence.
	s := r.Sentence
	if s.Start >= s.End || s.Start < 0 || s.End > len(text) {
		s = relation.Span{Start: 0, End: len(text)}
	}
	var kept []relation.Span
	for _, sp := range spans {
		sp.Start, sp.End = max(sp.Start, s.Start), min(sp.End, s.End)
		if sp.Start < sp.End {
			kept = append(kept, sp)
		}
	}
	if len(kept) == 0 {
		return oneLine(r.Trigger.Text)
	}
	slices.SortFunc(kept, func(a, b relation.Span) int { return a.Start - b.Start })
	var b strings.Builder
	b.WriteString(text[kept[0].Start:kept[0].End])
	end := kept[0].End
	for _, sp := range kept[1:] {
		if sp.Start > end {
			b.WriteString(shortenGap(text[end:sp.Start]))
		}
		if sp.End > end {
			b.WriteString(text[max(end, sp.Start):sp.End])
			end = sp.End
		}
	}
	return oneLine(b.String())
}

// shortenGap shortens the text between two parts of an excerpt when it is
// longer than maxGap runes, keeping whole words at both ends.
func shortenGap(gap string) string {
	r := []rune(gap)
	if len(r) <= maxGap {
		return gap
	}
	keep := (maxGap - 3) / 2
	head, tail := string(r[:keep]), string(r[len(r)-keep:])
	if i := strings.LastIndexAny(head, " \n"); i >= 0 {
		head = head[:i]
	}
	if i := strings.IndexAny(tail, " \n"); i >= 0 {
		tail = tail[i+1:]
	}
	return head + " … " + tail
}

// writeTable writes rows as aligned columns separated by two spaces, with
// no trailing blanks.
func writeTable(w *bufio.Writer, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	var line strings.Builder
	for _, row := range rows {
		line.Reset()
		for i, cell := range row {
			line.WriteString(cell)
			if i < len(row)-1 {
				line.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(cell)+2))
			}
		}
		w.WriteString(strings.TrimRight(line.String(), " "))
		w.WriteString("\n")
	}
}

// oneLine replaces each run of white space and control characters in s
// with one space, so that a mention spanning a line break stays on its row.
func oneLine(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r != ' ' && (unicode.IsSpace(r) || unicode.IsControl(r)) }) < 0 &&
		!strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// truncate shortens s to at most n runes, ending it with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

func orNone(s string) string {
	if s == "" {
		return noValue
	}
	return s
}

// plural formats n with its noun: "1 relation", "2 relations", "3 entities".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprint(n) + " " + strings.TrimSuffix(noun, "y") + "ies"
	}
	return fmt.Sprint(n) + " " + noun + "s"
}
