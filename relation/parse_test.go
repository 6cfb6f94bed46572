package relation

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// Phrasing cases for the parse fallback (relation/parse.go): arguments
// the scanner does not attach and the dependency graph does (appositions,
// "X of Y" titles, coordinated titled names, a verb coordinated with an
// earlier one). Our own sentences; they join the phrasing table.
var parsePhrasingCases = []phrasingCase{
	{Consult, phActive, "parse-appositive-and-title-of", "Mr. Olaf Scholz, the Chancellor of Germany, met with the President of the French Republic Mr. Emmanuel Macron on Tuesday.",
		rels(rel("person/olaf-scholz", Consult, "person/emmanuel-macron").on("2022-06-07"))},
	{Consult, phActive, "parse-titles-of-with-appositions", "The Secretary General of NATO, Jens Stoltenberg, met with the Prime Minister of Sweden, Ulf Kristersson.",
		rels(rel("person/jens-stoltenberg", Consult, "person/ulf-kristersson"))},
	{DiplomaticCooperation, phCoordinated, "parse-presidents-x-of-y-and-z-of-w", "Presidents William Ruto of Kenya and Yoweri Museveni of Uganda signed the accord.",
		rels(rel("person/william-ruto", DiplomaticCooperation, "person/yoweri-museveni"))},
	// The visit nested in the non-finite clause ("at the end of a visit
	// to Egypt") is the main clause subject's (frames.yaml
	// adjunct_nested); the reported clause gives its own relation.
	{MaterialCooperation, phModal, "parse-speaking-clause", "Speaking at the end of a visit to Egypt, the Turkish foreign minister said Ankara would expand trade with Cairo.",
		rels(rel("person/mevlut-cavusoglu", Consult, "EGY"), rel("TUR", MaterialCooperation, "EGY").mod(Intended))},
	// Nominal events (the host role; the scanner attaches the others).
	// Guideline §2: a symmetric event's first-mentioned party is its
	// subject; §3: nominal events count when both parties are explicit.
	{Consult, phActive, "parse-nominal-visit-by-hosted", "Kenya granted India new landing rights during a visit by Indian Prime Minister Narendra Modi last week.",
		rels(rel("person/narendra-modi", Consult, "KEN").on("2022-06"))},
	{Consult, phActive, "parse-nominal-possessor-tour", "Mr. Modi's tour of France and Greece began on Monday.",
		rels(rel("person/narendra-modi", Consult, "FRA").on("2022-06-13"), rel("person/narendra-modi", Consult, "GRC").on("2022-06-13"))},
	{Consult, phActive, "parse-nominal-after-meeting-with", "After a meeting with Polish Prime Minister Donald Tusk, the German chancellor spoke to reporters in Berlin.",
		rels(rel("person/donald-tusk", Consult, "person/olaf-scholz"))},
	{Consult, phActive, "parse-nominal-talks-between", "Talks between Israel and Hamas resumed in Cairo on Sunday.",
		rels(rel("ISR", Consult, "org/hamas").on("2022-06-12"))},
}

func init() { phrasingCases = append(phrasingCases, parsePhrasingCases...) }

// TestParseFallback runs sentences with the fallback on and off: where
// the scanner attaches the arguments, the parse changes nothing.
func TestParseFallback(t *testing.T) {
	tg := freshTaggerT(t)
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	origin, err := parseFrames([]byte("subject: [nsubj]\nobject: [obj]\nmarker: [case]\norigin: [obl]\norigin_markers: [from]\n"), "origin.yaml")
	if err != nil {
		t.Fatal(err)
	}
	nominal, err := parseFrames([]byte("subject: [nsubj]\nmarker: [case]\nnoun_subject: [nmod:poss]\nnoun_agent: [nmod]\n"+
		"agent_markers: [by]\nnoun_object: [nmod]\nlight: [obj]\nlight_verbs: [pay]\n"), "nominal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	on, off := NewExtractor(lex), NewExtractor(lex, WithParse(false))
	withNominal := NewExtractor(lex)
	withNominal.opts.frames = nominal
	withOrigin := NewExtractor(lex)
	withOrigin.opts.frames = origin
	tests := []struct {
		name    string
		x       *Extractor
		text    string
		want    []phrasingRel
		wantOff []phrasingRel
		reason  string
	}{
		{
			name:    "appositive-subject-title-object",
			x:       on,
			text:    "Mr. Olaf Scholz, the Chancellor of Germany, met with the President of the French Republic Mr. Emmanuel Macron on Tuesday.",
			want:    rels(rel("person/olaf-scholz", Consult, "person/emmanuel-macron").on("2022-06-07")),
			wantOff: rels(rel("person/olaf-scholz", Consult, "person/emmanuel-macron").on("2022-06-07")),
			reason: "the object is the nmod of the title 'President', not the description 'the President' resolved to Scholz; " +
				"without the parse too, since 'the President of' is no description (entity data 'continues')",
		},
		{
			name:   "coordinated-titled-names",
			x:      on,
			text:   "Presidents William Ruto of Kenya and Yoweri Museveni of Uganda signed the accord.",
			want:   rels(rel("person/william-ruto", DiplomaticCooperation, "person/yoweri-museveni")),
			reason: "the subject 'Presidents' has the apposition 'William Ruto', coordinated with 'Yoweri Museveni'",
		},
		{
			name:    "scanner-attached",
			x:       on,
			text:    "Vladimir Putin, the Russian president, criticized the Secretary General of NATO, Jens Stoltenberg.",
			want:    rels(rel("person/vladimir-putin", Disapprove, "org/nato")),
			wantOff: rels(rel("person/vladimir-putin", Disapprove, "org/nato")),
			reason:  "the scanner finds both arguments: the fallback is not asked",
		},
		{
			name:   "counterparts-from-origin-off",
			x:      on,
			text:   "The Australian envoy met her counterparts from Indonesia, Malaysia and Vietnam.",
			reason: "the default frames leave origin off (no change on the tuning split)",
		},
		{
			name: "counterparts-from-origin-on",
			x:    withOrigin,
			text: "The Australian envoy met her counterparts from Indonesia, Malaysia and Vietnam.",
			want: rels(rel("AUS", Consult, "IDN"), rel("AUS", Consult, "MYS"), rel("AUS", Consult, "VNM")),
			reason: "with origin [obl] and the marker 'from', the actor noun 'counterparts' takes the verb's " +
				"'from' phrase, which the parser attaches to the verb",
		},
		{
			name:   "visit-by-hosted",
			x:      on,
			text:   "Kenya granted India new landing rights during a visit by Indian Prime Minister Narendra Modi last week.",
			want:   rels(rel("person/narendra-modi", Consult, "KEN").on("2022-06")),
			reason: "the visit's agent is found by the scanner; its host is the subject of the verb it hangs from along obl with 'during'",
		},
		{
			name:   "possessor-tour-off",
			x:      on,
			text:   "Indian Prime Minister Narendra Modi's two-day state tour of France and Greece began on Monday.",
			want:   rels(rel("person/narendra-modi", Consult, "FRA").on("2022-06-13"), rel("person/narendra-modi", Consult, "GRC").on("2022-06-13")),
			reason: "the default frames have noun_subject [nmod:poss] (no change on the tuning split; on for noun_conj)",
		},
		{
			name:   "possessor-tour-on",
			x:      withNominal,
			text:   "Indian Prime Minister Narendra Modi's two-day state tour of France and Greece began on Monday.",
			want:   rels(rel("person/narendra-modi", Consult, "FRA").on("2022-06-13"), rel("person/narendra-modi", Consult, "GRC").on("2022-06-13")),
			reason: "with noun_subject [nmod:poss], the possessor that the scanner does not reach over four modifiers is the touring party; the conjoined objects each give a relation",
		},
		{
			name:   "light-verb-on",
			x:      withNominal,
			text:   "The Indian prime minister, who paid a visit to Japan, met Fumio Kishida.",
			want:   rels(rel("IND", Consult, "JPN"), rel("IND", Consult, "person/fumio-kishida")),
			reason: "with light [obj] and 'pay', the visit is the relative clause's subject's",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text})
			run := func(x *Extractor) []phrasingRel {
				var got []phrasingRel
				for _, r := range extractOn(x, doc, entity.Date{Year: 2022, Month: 6, Day: 13}) {
					got = append(got, projectRelation(r))
				}
				return got
			}
			if diff := cmp.Diff(tc.want, run(tc.x)); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
			if tc.x == on {
				if diff := cmp.Diff(tc.wantOff, run(off)); diff != "" {
					t.Errorf("%q without the parse: relations mismatch (-want +got):\n%s", tc.text, diff)
				}
			}
		})
	}
}

func TestDefaultFrames(t *testing.T) {
	fr, err := defaultFrames()
	if err != nil {
		t.Fatal(err)
	}
	if len(fr.subject) == 0 || len(fr.object) == 0 || len(fr.marker) == 0 {
		t.Errorf("default frames lack subject, object or marker relations: %+v", fr)
	}
}

func TestParseFramesErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"unknown-role", "subject: [nsubj]\ndirekt: [obj]\n", []string{"f.yaml:2:1: frames: unknown role \"direkt\""}},
		{"unknown-relation", "object: [obj, objekt]\n", []string{"f.yaml:1:15: frames: role \"object\": unknown dependency relation \"objekt\""}},
		{"not-a-list", "object: obj\n", []string{"f.yaml:1:9: frames: role \"object\": want a list"}},
		{"twice", "object: [obj]\nobject: [iobj]\n", []string{"f.yaml:2:1: frames: role \"object\" given twice"}},
		{"not-a-mapping", "- nsubj\n", []string{"f.yaml:1:1: frames: want a mapping of roles to lists"}},
		{"words-twice", "light_verbs: [pay]\nlight_verbs: [pay]\n", []string{"f.yaml:2:1: frames: role \"light_verbs\" given twice"}},
		{"words-not-a-list", "light_verbs: pay\n", []string{"f.yaml:1:14: frames: role \"light_verbs\": want a list"}},
		{"bad-marker", "origin_markers: [[from]]\n", []string{"f.yaml:1:18: frames: origin_markers: want words"}},
		{"bad-light-verb", "light_verbs: [pay, {}]\n", []string{"f.yaml:1:20: frames: light_verbs: want words"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseFrames([]byte(tc.in), "f.yaml")
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("parseFrames(%q) = %v, want an ErrorList", tc.in, err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("parseFrames(%q) errors mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
	if _, err := parseFrames([]byte("object: [obj\n"), "f.yaml"); err == nil {
		t.Error("parseFrames of bad YAML: no error")
	}
}

// FuzzParseFrames checks that parseFrames never panics and returns either
// frames or an error.
func FuzzParseFrames(f *testing.F) {
	f.Add(framesYAML)
	f.Add([]byte("subject: [nsubj]\ndirekt: [obj]\n"))
	f.Add([]byte("origin_markers: [[from]]\n"))
	f.Add([]byte("replace_subject: [other_clause]\nreplace_object: [held]\nrelative: [acl:relcl]\n"))
	f.Add([]byte("predicate_tags: [VERB, {}]\nevent_suffixes: [ing]\n"))
	f.Add([]byte("lemma_verb_tags: [VERB]\nnoun_reading_tags: [{}]\nobject_noun_via: [conj, apposs]\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		fr, err := parseFrames(data, "fuzz.yaml")
		if (fr == nil) == (err == nil) {
			t.Fatalf("parseFrames(%q) = %v, %v: want exactly one of frames and error", data, fr, err)
		}
	})
}
