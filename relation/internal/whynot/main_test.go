package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation"
)

func TestClassify(t *testing.T) {
	text := "Kenya held talks with Uganda. Russia attacked. Chad closed its border with Sudan."
	ken, uga := "KEN", "UGA"
	rus, sdn, tcd := "RUS", "SDN", "TCD"
	d := goldDoc{Text: text, Relations: []goldRel{
		{Sentence: "Kenya held talks with Uganda.", Subject: &goldArg{Name: "Kenya", ID: &ken}, Object: &goldArg{Name: "Uganda", ID: &uga}, CAMEO: "04", Trigger: "held talks"},
		{Sentence: "Russia attacked.", Subject: &goldArg{Name: "Russia", ID: &rus}, Object: &goldArg{Name: "Sudan", ID: &sdn}, CAMEO: "19", Trigger: "attacked"},
		{Sentence: "Chad closed its border with Sudan.", Subject: &goldArg{Name: "Chad", ID: &tcd}, Object: &goldArg{Name: "Sudan", ID: &sdn}, CAMEO: "17", Trigger: "closed its border"},
		{Sentence: "Kenya held talks with Uganda.", Subject: &goldArg{Name: "Uganda", ID: &uga}, Object: &goldArg{Name: "Kenya", ID: &ken}, CAMEO: "05", Trigger: "held talks"},
		{Sentence: "Not in the text.", CAMEO: "01", Trigger: "said"},
	}}
	sent := func(s string) relation.Span { return relation.Span{Start: 0, End: 29, Text: s} }
	rs := []relation.Relation{{
		Subject: relation.Argument{Text: "Kenya", ID: "KEN"}, Object: &relation.Argument{Text: "Uganda", ID: "UGA"},
		CAMEO: "04", Trigger: relation.Span{Start: 6, End: 16}, Sentence: sent("Kenya held talks with Uganda."),
	}}
	events := []relation.TraceEvent{
		{Sentence: sent(""), Trigger: relation.Span{Start: 6, End: 16}, CAMEO: "04", Relations: 1},
		{Sentence: sent(""), Trigger: relation.Span{Start: 11, End: 16}, CAMEO: "04", Stage: relation.StageMatch, Reason: relation.ReasonOverlap},
		{Sentence: relation.Span{Start: 30, End: 46}, Trigger: relation.Span{Start: 37, End: 45}, CAMEO: "19", Stage: relation.StageParticipants, Reason: relation.ReasonNoObject},
	}
	var got []string
	for _, m := range classify(d, rs, events) {
		got = append(got, m.gold.Trigger+": "+m.class)
	}
	want := []string{
		"attacked: participants/no-object",
		"closed its border: no-trigger",
		"held talks: emitted/wrong-code",
		"said: sentence-not-found",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("classify mismatch (-want +got):\n%s", diff)
	}
}
