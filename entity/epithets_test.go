package entity_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// epithetYAML is a small gazetteer of our own whose actors carry
// epithets: one distinctive epithet of one actor ("the Hermit Kingdom"),
// common ones ("the alliance", "the world body"), and one two actors
// share ("the bloc").
const epithetYAML = `version: 1
entities:
  - {id: PRK, type: GPE, name: North Korea, demonyms: [North Korean], epithets: [the Hermit Kingdom, the reclusive state]}
  - {id: ISR, type: GPE, name: Israel, demonyms: [Israeli], epithets: [the Jewish state]}
  - {id: SUN, type: GPE, kind: former-country, name: Soviet Union, demonyms: [Soviet]}
  - {id: SAU, type: GPE, name: Saudi Arabia, demonyms: [Saudi], epithets: [the Gulf kingdom, the desert kingdom]}
  - {id: BHR, type: GPE, name: Bahrain, demonyms: [Bahraini], epithets: [the Gulf kingdom, the desert kingdom]}
  - {id: norp/jews, type: NORP, name: Jews, demonyms: [Jewish]}
  - {id: KEN, type: GPE, name: Kenya}
  - {id: org/nato, type: ORG, kind: igo, name: NATO, epithets: [the alliance, the Western alliance]}
  - {id: org/un, type: ORG, kind: igo, name: United Nations, aliases: [U.N.], epithets: [the world body]}
  - {id: org/iaea, type: ORG, kind: igo, name: International Atomic Energy Agency, aliases: [IAEA], epithets: [the U.N. nuclear watchdog]}
  - {id: org/eu, type: ORG, kind: igo, name: European Union, aliases: [EU], epithets: [the bloc]}
  - {id: org/asean, type: ORG, kind: igo, name: ASEAN, epithets: [the bloc]}
`

var epithetTagger = sync.OnceValues(func() (*entity.Tagger, error) {
	g, err := gazetteer.Load(strings.NewReader(epithetYAML), "epithets.yaml")
	if err != nil {
		return nil, err
	}
	return entity.NewTagger(g), nil
})

func TestEpithets(t *testing.T) {
	tg, err := epithetTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		in     string
		want   []gotRef
		reason string
	}{{
		name:   "named-before",
		in:     "NATO defence chiefs met in Kenya on Monday. The Western alliance agreed to send more ships.",
		want:   []gotRef{{"The Western alliance", "description", "org/nato"}},
		reason: "an epithet of an actor named before refers to it",
	}, {
		name:   "longest-epithet",
		in:     "NATO ministers met on Monday. Officials of the Western alliance said little.",
		want:   []gotRef{{"the Western alliance", "description", "org/nato"}},
		reason: "the longest epithet wins over a shorter one inside it",
	}, {
		name:   "distinctive-unnamed",
		in:     "Officials said the Jewish state would send a delegation to the talks.",
		want:   []gotRef{{"the Jewish state", "description", "ISR"}},
		reason: "a distinctive epithet (a capitalized word) of one actor refers to it even when the text never names it",
	}, {
		name:   "common-unnamed",
		in:     "Diplomats said the world body would vote on Friday.",
		reason: "a common epithet needs its actor named before",
	}, {
		name:   "common-after",
		in:     "Diplomats said the world body would vote on Friday, and the United Nations confirmed it.",
		reason: "an actor named only after the epithet is no antecedent",
	}, {
		name:   "shared-most-recent",
		in:     "The European Union and ASEAN signed a trade pact. The bloc will cut tariffs next year.",
		want:   []gotRef{{"The bloc", "description", "org/asean"}},
		reason: "an epithet several actors share goes to the one named last before it",
	}, {
		name:   "shared-unnamed",
		in:     "Officials said the bloc would meet again in March.",
		reason: "a shared epithet with none of its actors named before is left unresolved",
	}, {
		name:   "shared-distinctive-unnamed",
		in:     "Officials in the Gulf kingdom said the talks would resume.",
		reason: "a distinctive epithet that two actors share is unresolved with neither named",
	}, {
		name:   "shared-country-of-nationality",
		in:     "Officials said the Saudi desert kingdom would host the summit.",
		want:   []gotRef{{"the Saudi desert kingdom", "description", "SAU"}},
		reason: "a nationality before the epithet's words picks the actor of its country",
	}, {
		name:   "contradicting-nationality",
		in:     "The European Union met on Monday. Historians compared it with the Soviet bloc of the 1980s.",
		reason: "a nationality of another country than the epithet's actors leaves the description unresolved",
	}, {
		name:   "name-across-sentences",
		in:     "The IAEA sent inspectors on Monday. The U.N. nuclear watchdog said it found traces of uranium.",
		want:   []gotRef{{"The U.N. nuclear watchdog", "description", "org/iaea"}, {"it", "pronoun", "org/iaea"}},
		reason: "a mention inside the epithet (U.N.) does not stop it; the epithet refers to its own actor, and so does a pronoun whose referent is the mention inside it",
	}, {
		name:   "another-thing-since",
		in:     "NATO ministers met on Monday. Opposition parties in Kenya formed an alliance on Tuesday. The alliance accused the government of fraud.",
		reason: "the epithet's head noun standing alone after the actor, in a sentence of its own, is what the description more likely names; no other reading resolves it either",
	}, {
		name:   "goes-on-to-name",
		in:     "NATO ministers met on Monday. Members of the alliance of opposition parties protested.",
		reason: "a description that goes on with 'of' names something else",
	}, {
		name:   "chain",
		in:     "NATO ministers met on Monday. The alliance said it would act. Later the alliance issued a statement.",
		want:   []gotRef{{"The alliance", "description", "org/nato"}, {"it", "pronoun", "org/nato"}, {"the alliance", "description", "org/nato"}},
		reason: "an epithet resolved to an actor counts as naming it for the next one",
	}, {
		name:   "unlinked-name-linked",
		in:     "The Hermit Kingdom fired two missiles on Sunday.",
		want:   []gotRef{{"Hermit Kingdom", "name", "PRK"}},
		reason: "the chunker's unlinked name for a distinctive epithet's words becomes a mention of the actor",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, summarizeReferences(doc)); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got) (%s):\n%s", tc.in, tc.reason, diff)
			}
			for _, r := range doc.References() {
				if tc.in[r.Start:r.End] != r.Text {
					t.Errorf("reference %+v: text is not the input's bytes", r)
				}
			}
		})
	}
}

// An actor that only an epithet names becomes an entity with no mentions,
// and its epithet one of its Refs.
func TestEpithetEntity(t *testing.T) {
	tg, err := epithetTagger()
	if err != nil {
		t.Fatal(err)
	}
	doc := tg.Tag(entity.Input{Text: "Officials said the Jewish state would attend."})
	var got []string
	for _, e := range doc.Entities {
		var refs []string
		for _, r := range e.Refs {
			refs = append(refs, r.Text)
		}
		got = append(got, e.ID+" "+e.Name+" "+e.Type.String()+" "+e.Country+" mentions="+strings.Repeat("m", len(e.Mentions))+" refs="+strings.Join(refs, "|"))
	}
	want := []string{"norp/jews Jews NORP  mentions=m refs=", "ISR Israel GPE ISR mentions= refs=the Jewish state"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities mismatch (-want +got):\n%s", diff)
	}
}

// Users extend an actor's epithets with their own file, merged over the
// world data.
func TestEpithetsUserFile(t *testing.T) {
	world, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	mine, err := gazetteer.Load(strings.NewReader("entities:\n  - {id: KEN, merge: extend, epithets: [the East African giant]}\n"), "mine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Merge(world, mine)
	if err != nil {
		t.Fatal(err)
	}
	doc := entity.NewTagger(g).Tag(entity.Input{Text: "Kenya hosted the summit. The East African giant pledged troops."})
	want := []gotRef{{"The East African giant", "description", "KEN"}}
	if diff := cmp.Diff(want, summarizeReferences(doc)); diff != "" {
		t.Errorf("References mismatch (-want +got):\n%s", diff)
	}
}

// The world data's epithets, on sentences of our own.
func TestWorldEpithets(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		want     []gotRef
	}{{
		name: "iaea",
		in:   "Iran rejected the report. The U.N. nuclear watchdog said the Islamic republic had enriched more uranium.",
		want: []gotRef{{"The U.N. nuclear watchdog", "description", "org/iaea"}, {"the Islamic republic", "description", "IRN"}},
	}, {
		name: "world-body",
		in:   "The United Nations appealed for aid. The world body said millions were hungry.",
		want: []gotRef{{"The world body", "description", "org/un"}},
	}, {
		name: "jewish-state",
		in:   "Officials said the Jewish state would attend the talks.",
		want: []gotRef{{"the Jewish state", "description", "ISR"}},
	}, {
		name: "regional",
		in:   "Ghana and Kenya signed the accord. The East African nation will host the next round.",
		want: []gotRef{{"The East African nation", "description", "KEN"}},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, summarizeReferences(doc)); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
