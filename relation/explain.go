package relation

import (
	"fmt"
	"sort"
	"strings"
)

// Explaining extraction: why a trigger of the lexicon gave a relation or
// none. WithTrace reports, for each sentence, every lexicon match and its
// fate: emitted, or dropped at a stage for a typed reason.

// Stage is the step of extraction at which a trigger was dropped. It is a
// plain value; the zero Stage is none: the trigger was emitted.
type Stage uint8

// The stages, in the order the extractor runs them.
const (
	StageMatch        Stage = iota + 1 // matching the lexicon: overlaps, names, agentless passives
	StageReading                       // choosing a verbal or nominal reading of the words
	StageGovern                        // complements, reported speech and modality cues
	StageParticipants                  // finding the subject and the object
	StageRelations                     // pairing the parties into relations
	StageDedup                         // duplicates and subsumed events of a sentence
)

var stageNames = [...]string{"", "match", "reading", "govern", "participants", "relations", "dedup"}

// String returns the stage's name ("participants"), or "" for the zero Stage.
func (s Stage) String() string {
	if int(s) < len(stageNames) {
		return stageNames[s]
	}
	return fmt.Sprintf("Stage(%d)", uint8(s))
}

// Reason says why a trigger gave no relation. It is a plain value; the zero
// Reason, Emitted, says that it gave at least one.
type Reason uint8

// The reasons, grouped by the stage that gives them.
const (
	Emitted Reason = iota // the trigger gave at least one relation

	// StageMatch
	ReasonOverlap          // overlaps an earlier or more specific trigger
	ReasonInName           // lies inside an entity name ("Defense Ministry")
	ReasonAgentlessPassive // a passive phrase with no "by" agent ("sanctions were imposed")
	ReasonCrossedEvent     // its gap holds an event noun with its own object

	// StageReading
	ReasonModifier     // a gerund or participle that modifies a noun ("a training camp")
	ReasonPartOfSpeech // the tagger reads the word in a part of speech the lexicon does not give it
	ReasonDeniedNoun   // an event noun after a negative determiner ("no talks")

	// StageGovern
	ReasonAbsorbed // absorbed by a governing trigger: its complement, or a reported act
	ReasonNoCode   // a modality cue with no event of its own ("declined to comment")

	// StageParticipants
	ReasonNoSubject      // no actor acts
	ReasonNoObject       // no actor is acted on, and the trigger needs one
	ReasonObjectNotOrg   // the object must be an organization ("joined NATO")
	ReasonSharedAct      // an act shared with a partner, no cooperation with it
	ReasonReportedClaim  // an appeal verb that reports a claim ("suggested that X had lied")
	ReasonNoPassiveAgent // a passive with no agent

	// StageRelations
	ReasonSelfRelation   // subject and object are one actor, or a country and its own organs
	ReasonUnnamedActor   // a described armed group in an event that does not take one
	ReasonTooManyParties // more parties than WithMaxParties allows

	// StageDedup
	ReasonDuplicate // each relation repeats one kept from another trigger
	ReasonSubsumed  // replaced by a stronger relation between the same parties

	// StageGovern, added after the others to keep their values
	ReasonPatientComplement // an appeal or demand whose object undergoes its complement ("ordered X to be jailed")
	ReasonQuestion          // in a direct question ("Will China attack Taiwan?")

	// StageParticipants, added after the others to keep their values
	ReasonPlaceBelowState // the object must be a state or a party, not a town, province or site ("toured Da Nang")
)

var reasonNames = [...]string{"emitted", "overlap", "in-name", "agentless-passive", "crossed-event",
	"modifier", "part-of-speech", "denied-noun", "absorbed", "no-code",
	"no-subject", "no-object", "object-not-org", "shared-act", "reported-claim", "no-passive-agent",
	"self-relation", "unnamed-actor", "too-many-parties", "duplicate", "subsumed",
	"patient-complement", "question", "place-below-state"}

// String returns the reason's name ("no-object").
func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return fmt.Sprintf("Reason(%d)", uint8(r))
}

// Reasons lists every Reason, Emitted first.
func Reasons() []Reason {
	out := make([]Reason, len(reasonNames))
	for i := range out {
		out[i] = Reason(i)
	}
	return out
}

// TraceEvent is the fate of one lexicon match in one sentence. It is a
// plain value; its zero value is an emitted trigger with no span.
type TraceEvent struct {
	Sentence Span
	Trigger  Span     // the matched words (with any gap between them)
	Lemma    string   // the lexicon entry: its lemma and the words after it; "" for a relation no entry of the lexicon made
	Nominal  bool     // the entry is a noun
	CAMEO    string   // the entry's code; "" for a modality cue
	Source   Position // where the entry is defined (file:line:col)
	Stage    Stage    // where it was dropped; zero when emitted
	Reason   Reason   // why; Emitted when it gave relations
	// Relations is the number of relations the trigger gave.
	Relations int
}

// String formats the event on one line:
//
//	"scrapped" scrap [16] data/16-reduce.yaml:12:5: emitted 1
//	"talks" talks (noun) [04] data/04-consult.yaml:6:5: dropped at participants: no-subject
func (e TraceEvent) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q", e.Trigger.Text)
	if e.Lemma != "" {
		b.WriteString(" " + e.Lemma)
		if e.Nominal {
			b.WriteString(" (noun)")
		}
	}
	code := e.CAMEO
	if code == "" {
		code = "cue"
	}
	fmt.Fprintf(&b, " [%s]", code)
	if e.Source != (Position{}) {
		b.WriteString(" " + e.Source.String())
	}
	if e.Reason == Emitted {
		fmt.Fprintf(&b, ": emitted %d", e.Relations)
	} else {
		fmt.Fprintf(&b, ": dropped at %s: %s", e.Stage, e.Reason)
	}
	return b.String()
}

// tracer records the fate of the matches of one sentence window. A nil
// tracer records nothing: every method is a no-op on it.
type tracer struct {
	events []TraceEvent
	byTrig map[*trig]int // pending events of the chosen triggers
}

// dropMatch records that match m was dropped and returns false, for
// "return x, s.tr.dropMatch(s, ...)".
func (tr *tracer) dropMatch(s *sentence, m *match, st Stage, r Reason) bool {
	if tr != nil {
		tr.events = append(tr.events, traceOf(s, m.p.e, m.start, m.end, st, r))
	}
	return false
}

// chosen records a trigger that was kept for the later stages.
func (tr *tracer) chosen(s *sentence, t *trig) {
	if tr == nil {
		return
	}
	if tr.byTrig == nil {
		tr.byTrig = map[*trig]int{}
	}
	tr.byTrig[t] = len(tr.events)
	tr.events = append(tr.events, traceOf(s, t.e, t.start, t.end, 0, Emitted))
}

// dropTrig records why trigger t gives no relation, keeping the first
// reason given, and returns false.
func (tr *tracer) dropTrig(t *trig, st Stage, r Reason) bool {
	if tr == nil {
		return false
	}
	if i, ok := tr.byTrig[t]; ok && tr.events[i].Reason == Emitted {
		tr.events[i].Stage, tr.events[i].Reason = st, r
	}
	return false
}

// noRelations records that trigger t gives no relation at StageRelations
// and returns nil, for "return s.tr.noRelations(t, r)".
func (tr *tracer) noRelations(t *trig, r Reason) []Relation {
	if r == ReasonNoObject {
		tr.dropTrig(t, StageParticipants, r)
	} else {
		tr.dropTrig(t, StageRelations, r)
	}
	return nil
}

// noRelation records, when no more specific reason was, why an event with
// the participants of ev gave no relation.
func (tr *tracer) noRelation(ev *event) {
	switch {
	case tr == nil:
	case len(ev.subj) == 0:
		tr.dropTrig(ev.t, StageParticipants, ReasonNoSubject)
	default:
		tr.dropTrig(ev.t, StageParticipants, ReasonNoObject)
	}
}

// reasonIf returns a when c holds, else b.
func reasonIf(c bool, a, b Reason) Reason {
	if c {
		return a
	}
	return b
}

func traceOf(s *sentence, e *entry, start, end int, st Stage, r Reason) TraceEvent {
	lemma := e.lemma
	if e.then != "" {
		lemma += " " + e.then
	}
	return TraceEvent{Sentence: s.span, Trigger: s.tokSpan(start, end), Lemma: lemma, Nominal: e.kind == kindNoun,
		CAMEO: e.code, Source: e.pos, Stage: st, Reason: r}
}

// settle gives the triggers still pending their fate once the sentence's
// relations rs are made: emitted when a relation has the trigger's words,
// else subsumed. Relations that no recorded trigger made (the reported
// speech rules' own triggers) get an event of their own.
func (tr *tracer) settle(rs []Relation) {
	if tr == nil {
		return
	}
	n := map[[2]int]int{}
	for _, r := range rs {
		n[[2]int{r.Trigger.Start, r.Trigger.End}]++
	}
	claimed := map[[2]int]bool{}
	for i := range tr.events {
		e := &tr.events[i]
		if e.Stage == StageMatch || e.Stage == StageReading {
			continue
		}
		k := [2]int{e.Trigger.Start, e.Trigger.End}
		if c := n[k]; c > 0 {
			e.Stage, e.Reason, e.Relations = 0, Emitted, c
			claimed[k] = true
		} else if e.Reason == Emitted {
			e.Stage, e.Reason = StageDedup, ReasonSubsumed
		}
	}
	for _, r := range rs {
		k := [2]int{r.Trigger.Start, r.Trigger.End}
		if !claimed[k] {
			claimed[k] = true
			tr.events = append(tr.events, TraceEvent{Sentence: r.Sentence, Trigger: r.Trigger, CAMEO: r.CAMEO, Relations: n[k]})
		}
	}
}

// reportTrace sends the events to f in text order, after marking as duplicates
// the emitted ones none of whose relations survived de-duplication (kept,
// the relations Extract returns).
func reportTrace(f func(TraceEvent), events []TraceEvent, kept []Relation) {
	n := map[[3]int]int{}
	for _, r := range kept {
		n[[3]int{r.Sentence.Start, r.Trigger.Start, r.Trigger.End}]++
	}
	for i := range events {
		e := &events[i]
		if e.Reason != Emitted {
			continue
		}
		if c := n[[3]int{e.Sentence.Start, e.Trigger.Start, e.Trigger.End}]; c > 0 {
			e.Relations = c
		} else {
			e.Stage, e.Reason, e.Relations = StageDedup, ReasonDuplicate, 0
		}
	}
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		if a.Sentence.Start != b.Sentence.Start {
			return a.Sentence.Start < b.Sentence.Start
		}
		if a.Trigger.Start != b.Trigger.Start {
			return a.Trigger.Start < b.Trigger.Start
		}
		return a.Trigger.End > b.Trigger.End
	})
	for _, e := range events {
		f(e)
	}
}
