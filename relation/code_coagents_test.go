package relation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCoAgents checks the cooperation events between the subjects of one
// act of force (code_coagents.go) on sentences of our own, with the
// behaviour switched on by a roots file, and that the embedded roots
// (where it is off by measurement) keep today's relations.
func TestCoAgents(t *testing.T) {
	tg := freshTaggerT(t)
	lex := defaultLexiconT(t)
	roots, err := LoadRoots(strings.NewReader(`co_agents_cooperate: ["15", "19"]`+"\n"), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	on := NewExtractor(lex, WithModel(nil), WithRoots(roots))
	def := NewExtractor(lex, WithModel(nil))
	const jointFight = "French and Malian troops attacked Islamist rebels near Gao on Monday."
	tests := []struct {
		name   string
		x      *Extractor
		text   string
		want   []particleRel
		reason string
	}{
		{
			name: "two-armies-attack",
			x:    on,
			text: jointFight,
			want: []particleRel{
				{Subject: "FRA", CAMEO: "06", Trigger: "attacked", Object: "MLI"},
				{Subject: "FRA", CAMEO: "19", Trigger: "attacked", Object: "norp/islamists"},
				{Subject: "MLI", CAMEO: "19", Trigger: "attacked", Object: "norp/islamists"},
			},
			reason: "the two armies attack together: each attacks the rebels, and France cooperates with Mali",
		},
		{
			name: "joint-offensive",
			x:    on,
			text: "Kenya and Uganda launched a joint offensive against al-Shabaab.",
			want: []particleRel{
				{Subject: "KEN", CAMEO: "06", Trigger: "launched a joint offensive", Object: "UGA"},
				{Subject: "KEN", CAMEO: "19", Trigger: "launched a joint offensive", Object: "org/al-shabaab"},
				{Subject: "UGA", CAMEO: "19", Trigger: "launched a joint offensive", Object: "org/al-shabaab"},
			},
			reason: "co-agents of an offensive against a named group",
		},
		{
			name: "joint-deployment",
			x:    on,
			text: "Russia and China deployed warships to the Baltic Sea.",
			want: []particleRel{
				{Subject: "RUS", CAMEO: "15", Trigger: "deployed"},
				{Subject: "RUS", CAMEO: "06", Trigger: "deployed", Object: "CHN"},
				{Subject: "CHN", CAMEO: "15", Trigger: "deployed"},
			},
			reason: "a show of force with no target: its two subjects still act together",
		},
		{
			name:   "clash-keeps",
			x:      on,
			text:   "India and Pakistan clashed along the border.",
			want:   []particleRel{{Subject: "IND", CAMEO: "19", Trigger: "clashed", Object: "PAK"}},
			reason: "a symmetric act with no object: the subjects fight each other, no cooperation",
		},
		{
			name: "verbal-attack-keeps",
			x:    on,
			text: "Venezuela's Hugo Chavez and Iran's Mohammad Khatami attacked the United States in speeches.",
			want: []particleRel{
				{Subject: "person/hugo-chavez", CAMEO: "11", Trigger: "attacked", Object: "USA"},
				{Subject: "person/mohammad-khatami", CAMEO: "11", Trigger: "attacked", Object: "USA"},
			},
			reason: "two persons attacking a country do so in words (person: 11): not an act of force, no cooperation",
		},
		{
			name: "negated-keeps",
			x:    on,
			text: "Ethiopia and Eritrea did not attack Somalia.",
			want: []particleRel{
				{Subject: "ETH", CAMEO: "19", Trigger: "attack", Object: "SOM"},
				{Subject: "ERI", CAMEO: "19", Trigger: "attack", Object: "SOM"},
			},
			reason: "a negated act is not done together",
		},
		{
			name:   "one-subject-keeps",
			x:      on,
			text:   "Iraq attacked Iran in 1980.",
			want:   []particleRel{{Subject: "IRQ", CAMEO: "19", Trigger: "attacked", Object: "IRN"}},
			reason: "one subject has no co-agent",
		},
		{
			name: "off-by-default",
			x:    def,
			text: jointFight,
			want: []particleRel{
				{Subject: "FRA", CAMEO: "19", Trigger: "attacked", Object: "norp/islamists"},
				{Subject: "MLI", CAMEO: "19", Trigger: "attacked", Object: "norp/islamists"},
			},
			reason: "co_agents_cooperate is empty in the embedded roots: today's relations",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, particleRels(tg, tc.x, tc.text)); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
		})
	}
}
