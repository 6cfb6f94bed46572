package main

import (
	"testing"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/google/go-cmp/cmp"
)

// TestWordIndex finds a gold mention in its sentence only where it stands
// as whole words: "he" is not the "he" of "The".
func TestWordIndex(t *testing.T) {
	tests := []struct {
		name, s, m string
		want       int
	}{
		{"inside-a-word-skipped", "The president said he would go.", "he", 19},
		{"at-start", "He said so.", "He", 0},
		{"at-end", "They met him", "him", 9},
		{"phrase", "Both sides met; the two sides agreed.", "the two sides", 16},
		{"before-punctuation", "It hit them.", "them", 7},
		{"absent", "The theme held.", "he", -1},
		{"non-ascii-neighbour", "Élan: «we» said", "we", 9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := wordIndex(tc.s, tc.m); got != tc.want {
				t.Errorf("wordIndex(%q, %q) = %d, want %d", tc.s, tc.m, got, tc.want)
			}
		})
	}
}

// TestPartOfName counts a name right for a fuller one when each of its
// words is one of the fuller name's.
func TestPartOfName(t *testing.T) {
	tests := []struct {
		name, part, full string
		want             bool
	}{
		{"surname", "Bush", "George W. Bush", true},
		{"two-words", "Suu Kyi", "Aung San Suu Kyi", true},
		{"case-aside", "BASHIR", "Omar Hassan al-Bashir", true},
		{"extra-word", "FM Qureshi", "Shah Mehmood Qureshi", false},
		{"other-person", "Laura Bush", "George W. Bush", false},
		{"initial-only", "W.", "George W. Bush", false},
		{"empty", "", "George W. Bush", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := partOfName(tc.part, tc.full); got != tc.want {
				t.Errorf("partOfName(%q, %q) = %v, want %v", tc.part, tc.full, got, tc.want)
			}
		})
	}
}

// TestEntityMention counts an argument the prediction links as a name
// ("Kenyan police", "the Pentagon") apart from the unresolved ones: the
// mention names the actor or an actor of the actor's country.
func TestEntityMention(t *testing.T) {
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	names := nameIndex(gz)
	id := func(s string) *string { return &s }
	ents := []reference{
		{Start: 0, End: 6, Text: "Kenyan", ID: "KEN", Name: "Kenya"},
		{Start: 30, End: 38, Text: "Pentagon", ID: "org/pentagon", Name: "Pentagon"},
	}
	tests := []struct {
		name string
		span [2]int
		arg  gold.Arg
		want string
	}{
		{"demonym-of-the-actor", [2]int{0, 13}, gold.Arg{Name: "Kenya", ID: id("KEN")}, "Kenya"},
		{"body-of-its-country", [2]int{26, 38}, gold.Arg{Name: "United States", ID: id("USA")}, "Pentagon"},
		{"other-country", [2]int{0, 13}, gold.Arg{Name: "Uganda", ID: id("UGA")}, ""},
		{"no-overlap", [2]int{14, 20}, gold.Arg{Name: "Kenya", ID: id("KEN")}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, _ := entityMention(gz, names, ents, tc.span, &tc.arg)
			if diff := cmp.Diff(tc.want, e.Name); diff != "" {
				t.Errorf("entityMention mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
