package relation

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// allFrames switches on every verbal frame role, whatever the default
// frames.yaml keeps off, so that each rule can be tested by itself.
const allFrames = `subject: [nsubj]
controller: [conj]
object_control: [xcomp]
adjunct_control: [advcl]
adjunct_control_tags: [VBG]
adjunct_marker: [mark]
adjunct_object_markers: [from]
participle_relative: [acl]
relative: [acl:relcl, advcl:relcl]
agent: [obl:agent]
patient: [nsubj:pass]
object: [obj, iobj]
oblique: [obl]
marker: [case]
mention: [flat, compound, appos]
title: [nmod]
holder: [nmod:poss, compound, amod]
holder_of: [nmod]
holder_markers: [of]
object_oblique: [nmod]
replace_object: [held_theme]
event_suffixes: [ing, ings, tion, tions, sion, sions]
replace_subject: [other_clause, conjuncts]
predicate_tags: [VERB]
`

// frameSentence tags text (one sentence, our own writing), finds its
// triggers with the default lexicon and returns the sentence with a parse
// view over fr.
func frameSentence(t *testing.T, text string, fr *frames) *sentence {
	t.Helper()
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	doc := tg.Tag(entity.Input{Text: text})
	if len(doc.Sentences) != 1 {
		t.Fatalf("%q: %d sentences, want 1", text, len(doc.Sentences))
	}
	se := doc.Sentences[0]
	s, ok := newSentenceChecked(doc, 0, wellFormed(doc), newDocIndex(doc), defaultWords(), se.First, se.Last)
	if !ok {
		t.Fatalf("%q: no sentence", text)
	}
	s.pv = &parseView{frames: fr}
	triggerReader{s}.findTriggers(lex)
	governReader{s}.markGoverned()
	return s
}

// triggerAt returns the trigger whose head token is word (lower case).
func triggerAt(t *testing.T, s *sentence, word string) *trig {
	t.Helper()
	for k := range s.matches {
		if m := &s.matches[k]; s.words[m.head] == word {
			return m
		}
	}
	t.Fatalf("no trigger headed by %q among %d", word, len(s.matches))
	return nil
}

func actorIDs(as []actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.arg.ID)
	}
	slices.Sort(out)
	return out
}

func mustFrames(t *testing.T, src string) *frames {
	t.Helper()
	fr, err := parseFrames([]byte(src), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return fr
}

// TestFrameSubject reads the parse's subject of a verbal trigger along
// each rule of the walk (our own sentences).
func TestFrameSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and the parser")
	}
	all := mustFrames(t, allFrames)
	tests := []struct {
		name    string
		text    string
		trigger string // the trigger's head word
		want    []string
	}{
		{"own-subject", "Kenya attacked Somalia on Monday.", "attacked", []string{"KEN"}},
		{"conj-shared", "Olaf Scholz arrived in Paris and met Emmanuel Macron.", "met", []string{"person/olaf-scholz"}},
		{"xcomp-object-controller", "Germany urged Iran to sign the treaty with France.", "sign", []string{"IRN"}},
		{"xcomp-subject-controller", "Japan aims to sign a pact with Vietnam.", "sign", []string{"JPN"}},
		{"xcomp-subject-after-relative", "India, which has long been close to Moscow, has refused to condemn Russia.", "condemn", []string{"IND"}},
		{"xcomp-head-no-catenative", "Kenya neglected to recognize Somalia.", "recognize", nil},
		{"relative-pronoun-takes-noun", "Kenya condemned Ethiopia, which attacked Somalia on Monday.", "attacked", []string{"ETH"}},
		{"relative-misattached-nearest-actor", "The talks came at a time of deep tension between Kenya and Ethiopia, which carried out air strikes on Somalia.", "carried", []string{"ETH"}},
		{"relative-nearest-conjunct", "Tension rose between Kenya and Ethiopia, which attacked Somalia on Monday.", "attacked", []string{"ETH"}},
		{"relative-plural-all-conjuncts", "Tension rose between Kenya and Ethiopia, which have attacked Somalia.", "attacked", []string{"ETH", "KEN"}},
		{"relative-own-subject", "Kenya praised the treaty that Uganda signed with Tanzania.", "signed", []string{"UGA"}},
		{"passive-agent", "Somalia was attacked by Ethiopia on Monday.", "attacked", []string{"ETH"}},
		{"holder-poss-subject", "Kenya's decision angered Uganda, which attacked Somalia.", "attacked", []string{"UGA"}},
		{"no-actor", "The rebels attacked the town on Monday.", "attacked", nil},
		{"adjunct-gerund-by", "Sudan's army retaliated by shelling Chadian positions.", "shelling", []string{"SDN"}},
		{"adjunct-gerund-after-comma", "Kenya recalled its ambassador on Monday, accusing Uganda of spying.", "accusing", []string{"KEN"}},
		{"adjunct-gerund-after-object", "Kenya and Uganda held talks on Friday, pledging closer ties.", "pledging", []string{"KEN", "UGA"}},
		{"adjunct-from-takes-object", "Germany banned Russian airlines from flying to Georgia.", "flying", []string{"RUS"}},
		{"adjunct-finite-own-subject", "Kenya condemned Uganda after Ethiopia attacked Somalia.", "attacked", []string{"ETH"}},
		{"participle-relative-noun", "Kenya condemned Ugandan troops attacking Somalia.", "attacking", []string{"UGA"}},
		{"participle-relative-noun-in-object", "Kenya sent troops to fight M23 rebels attacking Goma.", "attacking", []string{"org/m23"}},
		{"participle-relative-past-not-followed", "Kenya condemned Ugandan troops deployed in Somalia.", "deployed", nil},
		{"adjunct-infinitive-not-followed", "Kenya sent envoys to Nairobi to meet Ugandan officials.", "meet", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := frameSentence(t, tc.text, all)
			tr := triggerAt(t, s, tc.trigger)
			if diff := cmp.Diff(tc.want, actorIDs(graphReader{s}.graphSubject(tr))); diff != "" {
				t.Errorf("%q: subject of %q mismatch (-want +got):\n%s", tc.text, tc.trigger, diff)
			}
		})
	}
}

// TestAdjunctControlOff checks that a non-finite adjunct takes no
// subject from its head's clause when adjunct_control is left out, nor a
// participle from the noun it modifies when participle_relative is, and
// neither when the verb's tag is not among adjunct_control_tags (our own
// sentences).
func TestAdjunctControlOff(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and the parser")
	}
	tests := []struct {
		name, frames, text, trigger string
	}{
		{"role-off", strings.Replace(allFrames, "adjunct_control: [advcl]\n", "", 1), "Sudan's army retaliated by shelling Chadian positions.", "shelling"},
		{"participle-role-off", strings.Replace(allFrames, "participle_relative: [acl]\n", "", 1), "Kenya condemned Ugandan troops attacking Somalia.", "attacking"},
		{"tag-off", strings.Replace(allFrames, "adjunct_control_tags: [VBG]\n", "adjunct_control_tags: [VB]\n", 1), "Sudan's army retaliated by shelling Chadian positions.", "shelling"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := frameSentence(t, tc.text, mustFrames(t, tc.frames))
			if diff := cmp.Diff([]string(nil), actorIDs(graphReader{s}.graphSubject(triggerAt(t, s, tc.trigger)))); diff != "" {
				t.Errorf("%q: subject of %q mismatch (-want +got):\n%s", tc.text, tc.trigger, diff)
			}
		})
	}
}

// TestHeldActors reads the parse's object of a verbal trigger whose
// object word is no actor but holds one.
func TestHeldActors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and the parser")
	}
	all := mustFrames(t, allFrames)
	none := mustFrames(t, "subject: [nsubj]\nobject: [obj, iobj]\nmarker: [case]\nmention: [flat, compound, appos]\n")
	tests := []struct {
		name    string
		fr      *frames
		text    string
		trigger string
		want    []string
	}{
		{"poss", all, "France criticized the European Union's decision.", "criticized", []string{"org/eu"}},
		{"of", all, "Iran shelled areas of northern Iraq.", "shelled", []string{"IRQ"}},
		{"of-conjuncts", all, "Iran shelled areas of Iraq and Turkey.", "shelled", []string{"IRQ", "TUR"}},
		{"amod-or-compound-nationality", all, "Ethiopia attacked Somali positions.", "attacked", []string{"SOM"}},
		{"event-noun-of-not-followed", all, "Kenya condemned the burning of Ugandan flags.", "condemned", nil},
		{"roles-off", none, "Iran shelled areas of northern Iraq.", "shelled", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := frameSentence(t, tc.text, tc.fr)
			tr := triggerAt(t, s, tc.trigger)
			subj := graphReader{s}.graphSubject(tr)
			if diff := cmp.Diff(tc.want, actorIDs(graphReader{s}.graphObject(tr, subj))); diff != "" {
				t.Errorf("%q: object of %q mismatch (-want +got):\n%s", tc.text, tc.trigger, diff)
			}
		})
	}
}

// TestReplaceSubject checks when the parse's subject replaces the
// scanner's (policy other_clause) and when the scanner's answer stays.
func TestReplaceSubject(t *testing.T) {
	tg := freshTaggerT(t)
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	policy := NewExtractor(lex)
	policy.opts.frames = mustFrames(t, allFrames)
	off := NewExtractor(lex)
	off.opts.frames = mustFrames(t, strings.Replace(allFrames, "replace_subject: [other_clause, conjuncts]", "replace_subject: []", 1))
	tests := []struct {
		name    string
		text    string
		want    []phrasingRel
		wantOff []phrasingRel
		reason  string
	}{
		{
			name:    "conj-shared-over-reported-clause",
			text:    "Chancellor Olaf Scholz said Iran was building missiles and urged Japan to act.",
			want:    rels(rel("IRN", ExhibitForcePosture, ""), rel("person/olaf-scholz", Appeal, "JPN")),
			wantOff: rels(rel("IRN", ExhibitForcePosture, ""), rel("IRN", Appeal, "JPN")),
			reason: "'urged' is coordinated with 'said' (both VBD), whose subject is Scholz; the scanner's nearer " +
				"'Iran' is the subject of the reported clause 'was building', on no walk from 'urged'",
		},
		{
			name:    "conjuncts-of-subject",
			text:    "Britain, European Union economies and Japan are pressing Iran to halt enrichment.",
			want:    rels(rel("GBR", Demand, "IRN"), rel("org/eu", Demand, "IRN"), rel("JPN", Demand, "IRN")),
			wantOff: rels(rel("JPN", Demand, "IRN")),
			reason: "the parse's subject 'Britain' has the conjuncts 'economies' (holding the EU) and 'Japan'; " +
				"the scanner stops at the actor noun phrase and keeps only the last conjunct",
		},
		{
			name:    "scanner-subject-in-own-clause-stays",
			text:    "Chancellor Olaf Scholz said Iran attacked Iraq.",
			want:    rels(rel("IRN", Fight, "IRQ")),
			wantOff: rels(rel("IRN", Fight, "IRQ")),
			reason:  "the scanner's subject is the trigger's own subject: nothing to replace",
		},
		{
			name:    "mixed-tags-stay",
			text:    "Olaf Scholz declared that Iran has every right to develop energy, and promised to oppose any U.S. efforts to stop Iran.",
			want:    rels(rel("person/olaf-scholz", DiplomaticCooperation, "IRN"), rel("person/olaf-scholz", Reject, "USA").mod(Intended)),
			wantOff: rels(rel("person/olaf-scholz", DiplomaticCooperation, "IRN"), rel("person/olaf-scholz", Reject, "USA").mod(Intended)),
			reason: "the parser hangs 'promised' (VBD) under 'has' (VBZ): a coordination of verbs of different " +
				"tags is not trusted, so the scanner's (right) answer stays",
		},
		{
			name:    "no-relation-without-actor",
			text:    "The officials said the rebels attacked the town and urged calm.",
			reason:  "no actor anywhere: the parse is not asked and nothing is found",
			want:    nil,
			wantOff: nil,
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
			if diff := cmp.Diff(tc.want, run(policy)); diff != "" {
				t.Errorf("%q with other_clause: relations mismatch (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
			if diff := cmp.Diff(tc.wantOff, run(off)); diff != "" {
				t.Errorf("%q without a policy: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestDefaultHolderOf: the default frames follow "of" from a word that
// names no actor ("areas of northern Iraq") where the scanner finds no
// object, and not from an event noun.
func TestDefaultHolderOf(t *testing.T) {
	tg := freshTaggerT(t)
	x := defaultExtractor(t)
	tests := []struct {
		name string
		text string
		want []phrasingRel
	}{
		{"areas-of", "The Iranian army has shelled areas of northern Iraq it suspects of sheltering rebels.", rels(rel("IRN", Fight, "IRQ"))},
		{"event-noun", "Sweden's government condemned the burning of a flag outside the Turkish embassy.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []phrasingRel
			for _, r := range extractOn(x, tg.Tag(entity.Input{Text: tc.text}), entity.Date{}) {
				got = append(got, projectRelation(r))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestHeldTheme checks policy held_theme (on in the default frames): an
// object actor that only modifies the thing bought or given yields to
// the party of the trigger's prepositional frame; an actor inside a
// prepositional phrase of the object stays.
func TestHeldTheme(t *testing.T) {
	tg := freshTaggerT(t)
	on := defaultExtractor(t)
	off := defaultExtractor(t)
	off.opts.frames = mustFrames(t, strings.Replace(string(framesYAML), "replace_object: [held_theme]", "replace_object: []", 1))
	tests := []struct {
		name    string
		text    string
		want    []phrasingRel
		wantOff []phrasingRel
		reason  string
	}{
		{
			name:    "bought-from",
			text:    "Egypt bought French fighter jets from India in 2020.",
			want:    rels(rel("EGY", MaterialCooperation, "IND").on("2020")),
			wantOff: rels(rel("EGY", MaterialCooperation, "FRA").on("2020")),
			reason:  "'French' modifies the jets bought; the seller is the 'from' party",
		},
		{
			name:    "give-to-object-oblique",
			text:    "Turkey will give its German-made tanks to Ukraine.",
			want:    rels(rel("TUR", ProvideAid, "UKR").mod(Intended)),
			wantOff: rels(rel("TUR", ProvideAid, "DEU").mod(Intended)),
			reason:  "the parser hangs 'to Ukraine' from 'tanks' (object_oblique nmod); 'German' only modifies the tanks",
		},
		{
			name:    "possessor-of-object-stays",
			text:    "Canada froze the Chinese assets of Iranian President Ebrahim Raisi.",
			want:    rels(rel("CAN", ReduceRelations, "person/ebrahim-raisi")),
			wantOff: rels(rel("CAN", ReduceRelations, "person/ebrahim-raisi")),
			reason:  "the scanner already names the owner; nothing to replace",
		},
		{
			name:    "prepositional-phrase-of-object-stays",
			text:    "The European Union plans to hold talks with Iranian negotiators in Vienna next week.",
			want:    rels(rel("org/eu", Consult, "IRN").mod(Intended).on("2022-06")),
			wantOff: rels(rel("org/eu", Consult, "IRN").mod(Intended).on("2022-06")),
			reason:  "'Iranian' lies inside 'with Iranian negotiators', a phrase of the object, not a modifier of it",
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
			if diff := cmp.Diff(tc.want, run(on)); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
			if diff := cmp.Diff(tc.wantOff, run(off)); diff != "" {
				t.Errorf("%q without held_theme: relations mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestParseFramesPolicyErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"unknown-policy", "replace_subject: [always]\n", []string{`f.yaml:1:19: frames: replace_subject: unknown policy "always" (want one of other_clause, conjuncts)`}},
		{"unknown-relative-role", "relative: [relcl]\n", []string{`f.yaml:1:12: frames: role "relative": unknown dependency relation "relcl"`}},
		{"unknown-object-policy", "replace_object: [held]\n", []string{`f.yaml:1:18: frames: replace_object: unknown policy "held" (want one of held_theme)`}},
		{"holder-not-a-list", "holder: nmod:poss\n", []string{`f.yaml:1:9: frames: role "holder": want a list`}},
		{"unknown-report-clause-role", "report_clause: [complement]\n", []string{`f.yaml:1:17: frames: role "report_clause": unknown dependency relation "complement"`}},
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
}
