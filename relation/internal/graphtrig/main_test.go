package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation"
)

func TestThenItems(t *testing.T) {
	for _, c := range []struct {
		name, then string
		want       [][]string
	}{
		{"empty", "", nil},
		{"particle", "out", [][]string{{"out"}}},
		{"gap", "... sanctions", [][]string{{"sanctions"}}},
		{"alternatives", "on|at|upon", [][]string{{"on", "at", "upon"}}},
		{"phrase alternatives", "on (high|full) alert", [][]string{{"on"}, {"high", "full"}, {"alert"}}},
		{"multiword alternative", "(short of|off)", [][]string{{"short", "of", "off"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, thenItems(c.then)); diff != "" {
				t.Errorf("thenItems(%q) (-want +got):\n%s", c.then, diff)
			}
		})
	}
}

func TestNewGraphEntry(t *testing.T) {
	for _, c := range []struct {
		name string
		ti   relation.TriggerInfo
		head string
		need [][]string
		ok   bool
	}{
		{"verb", relation.TriggerInfo{Kind: relation.TriggerVerb, Lemma: "bail", Then: "out"}, "bail", [][]string{{"out"}}, true},
		{"multiword verb", relation.TriggerInfo{Kind: relation.TriggerVerb, Lemma: "take part", Then: "in"}, "take", [][]string{{"part"}, {"in"}}, true},
		{"noun head last", relation.TriggerInfo{Kind: relation.TriggerNoun, Lemma: "air strike"}, "strike", [][]string{{"air"}}, true},
		{"literal words", relation.TriggerInfo{Kind: relation.TriggerWord, Lemma: "at war"}, "", nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			e, ok := newGraphEntry(c.ti)
			if diff := cmp.Diff([]any{c.head, c.need, c.ok}, []any{e.head, e.need, ok}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSatisfied(t *testing.T) {
	near := map[string]bool{"out": true, "high": true}
	for _, c := range []struct {
		name string
		need [][]string
		want bool
	}{
		{"none needed", nil, true},
		{"present", [][]string{{"out"}}, true},
		{"one alternative", [][]string{{"full", "high"}}, true},
		{"missing", [][]string{{"out"}, {"alert"}}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := satisfied(c.need, near); got != c.want {
				t.Errorf("satisfied(%v) = %v, want %v", c.need, got, c.want)
			}
		})
	}
}

func TestTriggerCovers(t *testing.T) {
	s := "Chad closed its border with Sudan."
	for _, c := range []struct {
		name            string
		trigger         string
		off, start, end int
		want            bool
	}{
		{"first word", "closed its border", 0, 5, 11, true},
		{"last word", "closed its border", 0, 16, 22, true},
		{"other word", "closed", 0, 16, 22, false},
		{"sentence offset", "border", 100, 116, 122, true},
		{"part of a word", "bord", 0, 16, 22, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := triggerCovers(s, c.off, c.trigger, c.start, c.end); got != c.want {
				t.Errorf("triggerCovers(%q, %d, %d, %d) = %v, want %v", c.trigger, c.off, c.start, c.end, got, c.want)
			}
		})
	}
}
