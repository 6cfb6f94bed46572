package relation

import (
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/google/go-cmp/cmp"
)

// Our own sentences of conflict reporting: armed actors named, described
// ("the rebels", "government troops") or owning a military object ("rebel
// positions"), and the conflict triggers of 19-fight.yaml and
// 06-material.yaml. Each case lists the relations as brief() prints them,
// with unnamed actors off (the default) and on (WithUnnamedActors).
// onOffCase is a sentence of ours and its relations, briefly, with
// unnamed actors off and on.
type onOffCase struct {
	name    string
	text    string
	off, on []string
}

var armedTests = []onOffCase{
	{
		name: "people-before-armed-noun",
		text: "Kurdish fighters have been battling Islamic State militants near Kobani.",
		on:   []string{"Kurdish 19 Islamic State [battling]"},
	},
	{
		name: "modifier-before-military-object",
		text: "Syrian government forces attacked rebel positions.",
		on:   []string{"Syrian 19 rebel [attacked]"},
	},
	{
		name: "fight-alongside-is-military-cooperation",
		text: "Hezbollah fighters are fighting alongside the Syrian army.",
		off:  []string{"Hezbollah 062 the Syrian army [fighting alongside]"},
		on:   []string{"Hezbollah 062 the Syrian army [fighting alongside]"},
	},
	{
		name: "light-verb-strikes-against",
		text: "The coalition carried out 12 air strikes against ISIL targets in Iraq.",
		on:   []string{"coalition 19 ISIL [carried out 12 air strikes]"},
	},
	{
		name: "retake-from",
		text: "Iraqi forces retook the city from Islamic State on Sunday.",
		off:  []string{"Iraqi 19 Islamic State [retook] 2022-06-12"},
		on:   []string{"Iraqi 19 Islamic State [retook] 2022-06-12"},
	},
	{
		name: "named-parties-unchanged",
		text: "Turkish troops shelled positions held by the YPG.",
		off:  []string{"Turkish 19 YPG [shelled]"},
		on:   []string{"Turkish 19 YPG [shelled]"},
	},
	{
		name: "two-unnamed-sides",
		text: "Government troops clashed with rebels in the north.",
		on:   []string{"Government troops 19 rebels [clashed]"},
	},
	{
		name: "launched-offensive-against",
		text: "The rebels launched an offensive against Syria.",
		on:   []string{"rebels 19 Syria [launched an offensive]"},
	},
	{
		name: "description-resolves-to-named-group",
		text: "Al-Shabaab claimed the bombing in Mogadishu. The jihadists attacked Kenyan troops.",
		off:  []string{"The jihadists 19 Kenyan [attacked]"},
		on:   []string{"The jihadists 19 Kenyan [attacked]"},
	},
	{
		name: "pronoun-of-unnamed-actor",
		text: "The rebels said they shot down a government helicopter over Idlib.",
		on:   []string{"rebels 19 government [shot down]"},
	},
	{
		name: "armed-actor-in-a-city",
		text: "The Free Syrian Army besieged government troops in Aleppo.",
		off:  []string{"Free Syrian Army 19 Aleppo [besieged]"},
		on:   []string{"Free Syrian Army 19 government troops [besieged]"},
	},
	{
		name: "liberate-from",
		text: "Iraqi forces liberated the city from Islamic State.",
		off:  []string{"Iraqi 19 Islamic State [liberated the city]"},
		on:   []string{"Iraqi 19 Islamic State [liberated the city]"},
	},
	{
		name: "participle-set-off-by-commas",
		text: "Syrian troops, backed by Russia, attacked Turkish positions.",
		off:  []string{"Russia 05 Syrian [backed]", "Syrian 19 Turkish [attacked]"},
		on:   []string{"Russia 05 Syrian [backed]", "Syrian 19 Turkish [attacked]"},
	},
	{
		name: "participle-no-agent",
		text: "Syrian troops, exhausted by the siege, attacked Turkish positions.",
		off:  []string{"Syrian 19 Turkish [attacked]"},
		on:   []string{"Syrian 19 Turkish [attacked]"},
	},
	{
		name: "no-event-deployed",
		text: "Government forces were deployed in the capital.",
	},
	{
		name: "no-event-budget",
		text: "The army's budget rose by 5 percent.",
	},
	{
		name: "no-event-rebels",
		text: "Many rebels live in the hills.",
	},
	{
		name: "bare-troops-are-a-theme",
		text: "Pakistan deployed 80,000 troops along the border.",
		off:  []string{"Pakistan 15 - [deployed]"},
		on:   []string{"Pakistan 15 - [deployed]"},
	},
	{
		name: "talks-with-unnamed",
		text: "Sudan held peace talks with the rebels.",
		on:   []string{"Sudan 04 rebels [held peace talks]"},
	},
	{
		name: "criticized-unnamed",
		text: "France criticized the rebels.",
		on:   []string{"France 11 rebels [criticized]"},
	},
	{
		name: "unnamed-not-in-unlisted-root",
		text: "Turkey threatened the rebels.",
	},
}

func TestArmedActors(t *testing.T) {
	if testing.Short() {
		t.Skip("the armed-actor table runs the full tagger")
	}
	runOnOff(t, armedTests)
}

// runOnOff tags each case's text and compares the relations extracted with
// unnamed actors off and on.
func runOnOff(t *testing.T, cases []onOffCase) {
	t.Helper()
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	off, on := NewExtractor(lex), NewExtractor(lex, WithUnnamedActors(true))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text, Date: entity.Date{Year: 2022, Month: 6, Day: 13}})
			if diff := cmp.Diff(tc.off, brief(off.Extract(doc))); diff != "" {
				t.Errorf("%q, unnamed actors off: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
			if diff := cmp.Diff(tc.on, brief(on.Extract(doc))); diff != "" {
				t.Errorf("%q, unnamed actors on: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
