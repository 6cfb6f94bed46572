package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/google/go-cmp/cmp"
)

func ptr(s string) *string { return &s }

// TestCount reads each argument by its best occurrence: a country named
// is its actor, a country's people is its country, a name the gazetteer
// does not know is unlinked, a common noun nothing resolves is none, and
// another country is the wrong actor.
func TestCount(t *testing.T) {
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	rel := func(sentence, subj string, subjID *string, subjMentions []string, obj string, objID *string) gold.Rel {
		r := gold.Rel{Sentence: sentence, Subject: &gold.Arg{Name: subj, ID: subjID, Mentions: subjMentions}}
		if obj != "" {
			r.Object = &gold.Arg{Name: obj, ID: objID, Mentions: []string{obj}}
		}
		return r
	}
	tests := []struct {
		name   string
		text   string
		rel    gold.Rel
		want   map[string]int
		listed []string
	}{
		{
			name: "country-and-people",
			text: "Kenyan troops shelled Somalia on Monday.",
			rel:  rel("Kenyan troops shelled Somalia on Monday.", "Kenya", ptr("KEN"), []string{"Kenyan troops"}, "Somalia", ptr("SOM")),
			want: map[string]int{actorClass: 2},
		},
		{
			name:   "bare-organ-none",
			text:   "The ministry condemned the raid.",
			rel:    rel("The ministry condemned the raid.", "Ruritania", nil, []string{"The ministry"}, "", nil),
			want:   map[string]int{noneClass: 1},
			listed: []string{"none\tThe ministry\tRuritania"},
		},
		{
			name: "wrong-country",
			text: "Japan protested to China on Friday.",
			rel:  rel("Japan protested to China on Friday.", "South Korea", ptr("KOR"), []string{"Japan"}, "", nil),
			want: map[string]int{wrongClass: 1},
		},
		{
			name: "coreferent-skipped",
			text: "It said so.",
			rel:  gold.Rel{Sentence: "It said so.", Coref: true, Subject: &gold.Arg{Name: "Chad", Mentions: []string{"It"}}},
			want: map[string]int{},
		},
		{
			name: "words-absent",
			text: "Talks resumed.",
			rel:  rel("Talks resumed.", "Chad", ptr("TCD"), nil, "", nil),
			want: map[string]int{},
		},
	}
	tagger := entity.NewTagger(gz, entity.WithPOS(false))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var list bytes.Buffer
			c := count(tagger, []gold.Doc{{ID: "d", Text: tc.text, Relations: []gold.Rel{tc.rel}}}, &list)
			if diff := cmp.Diff(tc.want, c.classes); diff != "" {
				t.Errorf("classes (-want +got):\n%s", diff)
			}
			for _, l := range tc.listed {
				if !strings.Contains(list.String(), l) {
					t.Errorf("listing %q lacks %q", list.String(), l)
				}
			}
		})
	}
}

// TestWrite prints every class, then the last words seen twice or more,
// most frequent first.
func TestWrite(t *testing.T) {
	c := counts{
		classes: map[string]int{actorClass: 5, noneClass: 3},
		heads:   map[[2]string]int{{noneClass, "ministry"}: 2, {noneClass, "army"}: 1, {wrongClass, "brussels"}: 3},
	}
	var b bytes.Buffer
	c.write(&b)
	want := "# actor\t5\n# wrong actor\t0\n# unlinked\t0\n# none\t3\n# wrong actor\tbrussels\t3\n# none\tministry\t2\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("write (-want +got):\n%s", diff)
	}
}
