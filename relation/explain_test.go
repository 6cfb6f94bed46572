package relation

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// fate is the part of a TraceEvent the tests assert: which words, where
// they were dropped and why.
type fate struct {
	Trigger string
	Stage   Stage
	Reason  Reason
}

func fatesOf(evs []TraceEvent) []fate {
	var out []fate
	for _, e := range evs {
		out = append(out, fate{e.Trigger.Text, e.Stage, e.Reason})
	}
	return out
}

// traceText tags s with the embedded gazetteer and extracts from it with a
// trace, returning the relations and the events.
func traceText(t *testing.T, s string, opts ...Option) ([]Relation, []TraceEvent) {
	t.Helper()
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var evs []TraceEvent
	x := NewExtractor(lex, append(opts, WithTrace(func(e TraceEvent) { evs = append(evs, e) }))...)
	rs := x.Extract(tg.Tag(entity.Input{Text: s}))
	return rs, evs
}

// TestTraceReasons has one sentence of our own per reason; want is the
// fate of every lexicon match in it, in text order.
func TestTraceReasons(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		unnamed bool
		want    []fate
	}{
		{name: "emitted, and the shorter match inside it overlaps", in: "Kenya held talks with Uganda on Monday.",
			want: []fate{{"held talks", 0, Emitted}, {"talks", StageMatch, ReasonOverlap}}},
		{name: "in-name", in: "Delegates arrived at the Shangri-La Dialogue in Singapore.",
			want: []fate{{"arrived", StageParticipants, ReasonNoSubject}, {"Dialogue", StageMatch, ReasonInName}}},
		{name: "agentless-passive", in: "Sanctions were imposed on Iran.",
			want: []fate{{"Sanctions were imposed", StageMatch, ReasonAgentlessPassive}, {"Sanctions", StageParticipants, ReasonNoSubject}}},
		{name: "crossed-event", in: "Turkey launched a probe into attacks on Syria.",
			want: []fate{{"launched a probe into attacks", StageMatch, ReasonCrossedEvent}, {"launched a probe", StageParticipants, ReasonNoObject}, {"probe into", StageMatch, ReasonOverlap}, {"probe", StageMatch, ReasonOverlap}, {"attacks", StageParticipants, ReasonNoSubject}}},
		{name: "modifier", in: "The visiting Chinese president spoke.",
			want: []fate{{"visiting", StageReading, ReasonModifier}, {"spoke", StageParticipants, ReasonNoObject}}},
		{name: "part-of-speech", in: "Protesters carried a sign in Paris.",
			want: []fate{{"sign", StageReading, ReasonPartOfSpeech}}},
		{name: "denied-noun", in: "There will be no talks with Iran, Germany said.",
			want: []fate{{"talks", StageReading, ReasonDeniedNoun}}},
		{name: "absorbed", in: "Russia vowed to attack Ukraine.",
			want: []fate{{"vowed to", StageGovern, ReasonAbsorbed}, {"attack", 0, Emitted}}},
		{name: "no-code", in: "Russia declined to comment.",
			want: []fate{{"declined to", StageGovern, ReasonNoCode}, {"comment", StageParticipants, ReasonNoObject}}},
		{name: "patient-complement", in: "Israel called for Iran to be released.",
			want: []fate{{"called for", StageGovern, ReasonPatientComplement}, {"released", StageGovern, ReasonAbsorbed}}},
		{name: "question", in: "Will China attack Taiwan?",
			want: []fate{{"attack", StageGovern, ReasonQuestion}}},
		{name: "no-subject", in: "The talks were postponed.",
			want: []fate{{"talks", StageParticipants, ReasonNoSubject}}},
		{name: "no-object", in: "Russia attacked.",
			want: []fate{{"attacked", StageParticipants, ReasonNoObject}}},
		{name: "object-not-org", in: "Germany joined the project.",
			want: []fate{{"joined", StageParticipants, ReasonObjectNotOrg}}},
		{name: "place-below-state", in: "The French president toured Da Nang.",
			want: []fate{{"toured", StageParticipants, ReasonPlaceBelowState}}},
		{name: "shared-act", in: "Germany joined France in condemning Iran.",
			want: []fate{{"joined", StageParticipants, ReasonSharedAct}, {"condemning", 0, Emitted}}},
		{name: "reported-claim", in: "Britain suggested that Russia had lied.",
			want: []fate{{"suggested", StageParticipants, ReasonReportedClaim}}},
		{name: "no-passive-agent", in: "Iran was attacked on Monday.",
			want: []fate{{"attacked", StageParticipants, ReasonNoPassiveAgent}}},
		{name: "self-relation", in: "France criticized the French government.",
			want: []fate{{"criticized", StageRelations, ReasonSelfRelation}}},
		{name: "self-relation-organ", in: "The Kremlin praised Moscow.", // a state's own body stands for it
			want: []fate{{"praised", StageRelations, ReasonSelfRelation}}},
		{name: "two-organs-of-one-state", in: "Congress criticized the Pentagon.", // two bodies stay two
			want: []fate{{"criticized", 0, Emitted}}},
		{name: "unnamed-actor", in: "The rebels threatened Sudan.", unnamed: true,
			want: []fate{{"threatened", StageRelations, ReasonUnnamedActor}}},
		{name: "too-many-parties", in: "China, Japan, Korea, India, Vietnam and Laos met in Hanoi.",
			want: []fate{{"met", StageRelations, ReasonTooManyParties}}},
		{name: "duplicate", in: "France condemned and criticized Iran.",
			want: []fate{{"condemned", 0, Emitted}, {"criticized", StageDedup, ReasonDuplicate}}},
		{name: "subsumed", in: "Sudan crossed into Chad and clashed with Chadian troops.",
			want: []fate{{"crossed into", StageDedup, ReasonSubsumed}, {"clashed", 0, Emitted}}},
	}
	seen := map[Reason]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := []Option{WithUnnamedActors(tc.unnamed)}
			if _, ok := modelReadings[tc.name]; ok {
				opts = append(opts, WithModel(nil)) // the rules' reason, not the model's reading
			}
			_, evs := traceText(t, tc.in, opts...)
			got := fatesOf(evs)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("trace of %q mismatch (-want +got):\n%s", tc.in, diff)
			}
			for _, f := range got {
				seen[f.Reason] = true
			}
		})
	}
	for _, r := range Reasons() {
		if !seen[r] {
			t.Errorf("no case gives reason %v", r)
		}
	}
}

// TestTraceSource checks that each event names the lexicon entry that
// matched: its file holds the lemma's first word at the line given.
func TestTraceSource(t *testing.T) {
	_, evs := traceText(t, "Kenya held talks with Uganda on Monday, and Russia attacked.")
	if len(evs) == 0 {
		t.Fatal("no trace events")
	}
	for _, e := range evs {
		buf, err := dataFS.ReadFile(e.Source.File)
		if err != nil {
			t.Errorf("%v: source %v: %v", e.Trigger.Text, e.Source, err)
			continue
		}
		lines := strings.Split(string(buf), "\n")
		if e.Source.Line < 1 || e.Source.Line > len(lines) {
			t.Errorf("%v: source %v: no such line", e.Trigger.Text, e.Source)
			continue
		}
		if w := strings.Fields(e.Lemma)[0]; !strings.Contains(lines[e.Source.Line-1], w) {
			t.Errorf("%v: source %v is %q, without %q", e.Trigger.Text, e.Source, lines[e.Source.Line-1], w)
		}
	}
}

// TestTraceNoChange checks that tracing changes no relation, and that the
// emitted events account for every relation returned.
func TestTraceNoChange(t *testing.T) {
	lex := defaultLexiconT(t)
	plain := NewExtractor(lex)
	for _, tc := range extractTests {
		doc := buildDoc(t, tc.text, tc.mentions...)
		var evs []TraceEvent
		traced := NewExtractor(lex, WithTrace(func(e TraceEvent) { evs = append(evs, e) }))
		want := extractOn(plain, doc, tc.published)
		got := extractOn(traced, doc, tc.published)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: relations change with a trace (-without +with):\n%s", tc.name, diff)
		}
		n := 0
		for _, e := range evs {
			if e.Reason == Emitted {
				n += e.Relations
			}
		}
		if n != len(got) {
			t.Errorf("%s: emitted events count %d relations, Extract returned %d", tc.name, n, len(got))
		}
	}
}

// TestTraceConcurrent shares one traced extractor between goroutines (run
// with -race): each call reports its own events to the shared function.
func TestTraceConcurrent(t *testing.T) {
	var mu sync.Mutex
	count := 0
	x := NewExtractor(defaultLexiconT(t), WithTrace(func(TraceEvent) { mu.Lock(); count++; mu.Unlock() }))
	doc := buildDoc(t, "Seoul criticized Tokyo.", gpe("Seoul", "KOR"), gpe("Tokyo", "JPN"))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x.Extract(doc)
		}()
	}
	wg.Wait()
	if count != 4 {
		t.Errorf("got %d events from 4 calls, want 4", count)
	}
}

func defaultLexiconT(t testing.TB) *Lexicon {
	t.Helper()
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func TestTraceEventString(t *testing.T) {
	tests := []struct {
		name string
		in   TraceEvent
		want string
	}{
		{"emitted", TraceEvent{Trigger: Span{Text: "scrapped"}, Lemma: "scrap", CAMEO: "16", Source: Position{File: "data/16-reduce.yaml", Line: 12, Column: 5}, Relations: 1},
			`"scrapped" scrap [16] data/16-reduce.yaml:12:5: emitted 1`},
		{"dropped noun", TraceEvent{Trigger: Span{Text: "talks"}, Lemma: "talks", Nominal: true, CAMEO: "04", Stage: StageParticipants, Reason: ReasonNoSubject},
			`"talks" talks (noun) [04]: dropped at participants: no-subject`},
		{"cue", TraceEvent{Trigger: Span{Text: "declined to"}, Lemma: "decline to", Stage: StageGovern, Reason: ReasonNoCode},
			`"declined to" decline to [cue]: dropped at govern: no-code`},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.in.String()); diff != "" {
			t.Errorf("%s: String mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}

// BenchmarkTrace extracts from the example article without and with a
// trace: without one the extractor records nothing (compare the
// allocations with BenchmarkPipelineParse/extract of main).
func BenchmarkTrace(b *testing.B) {
	buf, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	tg, err := freshTagger()
	if err != nil {
		b.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		b.Fatal(err)
	}
	doc := tg.Tag(entity.Input{Text: string(buf)})
	n := 0
	for _, x := range []struct {
		name string
		x    *Extractor
	}{{"trace=off", NewExtractor(lex)}, {"trace=on", NewExtractor(lex, WithTrace(func(TraceEvent) { n++ }))}} {
		x.x.Extract(doc) // load the parser outside the timed loop
		b.Run(x.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(buf)))
			for b.Loop() {
				x.x.Extract(doc)
			}
		})
	}
}
