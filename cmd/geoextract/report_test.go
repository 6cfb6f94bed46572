package main

import (
	"bufio"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// span returns the Span of the first occurrence of sub in text after
// offset from.
func span(text, sub string, from int) relation.Span {
	i := strings.Index(text[from:], sub)
	if i < 0 {
		panic("no " + sub)
	}
	return relation.Span{Start: from + i, End: from + i + len(sub), Text: sub}
}

func arg(text, sub string, from int, id string) relation.Argument {
	s := span(text, sub, from)
	return relation.Argument{Start: s.Start, End: s.End, Text: s.Text, Type: entity.GPE, ID: id}
}

func TestRelationLine(t *testing.T) {
	const text = "Ministers spoke. Seoul scrapped an intelligence-sharing agreement with Japan.\n" +
		"The North Korea Times said Pyongyang did not\nconduct a test. " +
		"Japan placed new restrictions on exports of key high-tech materials used in chips and displays to South Korea. " +
		"\"We will talk to Tokyo,\" Lee said."
	sentence := func(sub string) relation.Span { return span(text, sub, 0) }
	japan := arg(text, "Japan", 0, "JPN")
	for _, tc := range []struct {
		name   string
		r      relation.Relation
		want   string
		reason string
	}{{
		name: "asserted with a date",
		r: relation.Relation{
			Subject: arg(text, "Seoul", 0, "KOR"), Object: &japan,
			Predicate: relation.ReduceRelations, CAMEO: "16",
			Trigger:  span(text, "scrapped", 0),
			Sentence: sentence("Seoul scrapped an intelligence-sharing agreement with Japan."),
			Date:     entity.Date{Year: 2019, Month: 8},
		},
		want:   "KOR —REDUCE_RELATIONS(16)→ JPN: Seoul scrapped an intelligence-sharing agreement with Japan  [2019-08]",
		reason: "the issue's example: ids, predicate(code), object, the words from subject to object, the date",
	}, {
		name: "negated, possible, no object, unlinked subject, line break",
		r: relation.Relation{
			Subject:   arg(text, "Pyongyang", 0, "PRK"),
			Predicate: relation.ExhibitForcePosture, CAMEO: "15",
			Trigger:  span(text, "conduct a test", 0),
			Sentence: sentence("The North Korea Times said Pyongyang did not\nconduct a test."),
			Negated:  true, Modality: relation.Possible,
		},
		want:   "PRK —EXHIBIT_FORCE_POSTURE(15)→ ∅: Pyongyang did not conduct a test  [negated, possible]",
		reason: "∅ for no object; flags in order; a line break in the excerpt becomes a space",
	}, {
		name: "unlinked subject by its text",
		r: relation.Relation{
			Subject: relation.Argument{Start: span(text, "North Korea Times", 0).Start, End: span(text, "North Korea Times", 0).End,
				Text: "North Korea Times", Type: entity.Org, Country: "PRK"},
			Predicate: relation.Statement, CAMEO: "01",
			Trigger:  span(text, "said", 0),
			Sentence: sentence("The North Korea Times said Pyongyang did not\nconduct a test."),
		},
		want:   "North Korea Times —STATEMENT(01)→ ∅: North Korea Times said",
		reason: "an argument without an id is named by its text, not its country",
	}, {
		name: "long stretch elided",
		r: relation.Relation{
			Subject: arg(text, "Japan", 100, "JPN"), Object: ptr(arg(text, "South Korea", 0, "KOR")),
			Predicate: relation.ReduceRelations, CAMEO: "163",
			Trigger:  span(text, "restrictions on exports", 0),
			Sentence: sentence("Japan placed new restrictions on exports of key high-tech materials used in chips and displays to South Korea."),
		},
		want:   "JPN —REDUCE_RELATIONS(163)→ KOR: Japan placed new restrictions on exports of key high-tech … and displays to South Korea",
		reason: "a long gap between the trigger and the object keeps its first and last words; the trigger and the arguments are whole",
	}, {
		name: "speaker outside the excerpt's sentence",
		r: relation.Relation{
			Subject: relation.Argument{Start: span(text, "Lee", 0).Start, End: span(text, "Lee", 0).End, Text: "Lee", Type: entity.Person, ID: "person/lee"},
			Object:  ptr(arg(text, "Tokyo", 0, "JPN")), Predicate: relation.Consult, CAMEO: "04",
			Trigger:  span(text, "talk to", 0),
			Sentence: span(text, "\"We will talk to Tokyo,\"", 0),
			Modality: relation.Intended,
		},
		want:   "person/lee —CONSULT(04)→ JPN: talk to Tokyo  [intended]",
		reason: "the excerpt stays inside the relation's sentence span",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			if got := relationLine(text, tc.r); got != tc.want {
				t.Errorf("%s\nrelationLine:\n got %s\nwant %s", tc.reason, got, tc.want)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestWriteTable(t *testing.T) {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	writeTable(w, [][]string{
		{"MENTION", "TYPE", "ROLE"},
		{"Türkiye", "GPE", ""},
		{"Recep Tayyip Erdoğan", "PERSON", "President"},
	})
	w.Flush()
	want := "" +
		"MENTION               TYPE    ROLE\n" +
		"Türkiye               GPE\n" +
		"Recep Tayyip Erdoğan  PERSON  President\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("columns are aligned by runes, not bytes, with no trailing blanks (-want +got):\n%s", diff)
	}
}

func TestCells(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"North Korea", "North Korea"},
		{"North\nKorea", "North Korea"},
		{" WASHINGTON,\r\n\tD.C. ", "WASHINGTON, D.C."},
		{"International Federation of Red Cross and Red Crescent Societies", "International Federation of Red…"},
		{"Côte d'Ivoire Côte d'Ivoire Côte d'Ivoire", "Côte d'Ivoire Côte d'Ivoire Côt…"},
	} {
		if got := truncate(oneLine(tc.in), maxCell); got != tc.want {
			t.Errorf("truncate(oneLine(%q)) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for n, want := range map[int]string{0: "0 entities", 1: "1 entity", 2: "2 entities"} {
		if got := plural(n, "entity"); got != want {
			t.Errorf("plural(%d, entity) = %q, want %q", n, got, want)
		}
	}
}
