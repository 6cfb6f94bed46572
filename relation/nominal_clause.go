package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
)

// nounClause reads the arguments an event noun takes from the clause whose
// verb it hangs from, on the parse: the subject of a meeting, visit or
// talks in a temporal or locative phrase of the clause ("X said after a
// meeting with Y": companion_clause in data/frames/frames.yaml), and the
// object of an act the clause answers ("X expelled diplomats in
// retaliation for Y's expulsions": response). It is a view of the
// sentence with no state of its own.
type nounClause struct{ *sentence }

// companionSubject returns, for nominal trigger t with one of
// companion_roots and no subject, the subject of the verb it hangs from
// along companion_clause with a marker of english.CompanionClausePreps
// ("X said after the meeting", "In a visit to Tokyo, X promised"), or
// through at most maxNestedNouns nouns that name no actor, up
// adjunct_nested ("X said at the end of a visit to Y"): the
// talks, meetings and visits in which a clause's subject acts are its
// own. Not when the noun lies in a governing trigger's complement, names
// its parties in a genitive ("at a summit of regional leaders") or in a
// participle ("talks hosted by the EU"), or when the verb is one of
// undergoing ("was wounded during a visit"). obj is left out.
func (s nounClause) companionSubject(t *trig, obj []actor) []actor {
	if s.pv == nil || len(s.pv.frames.companionClause) == 0 || t.gov != nil || !(nounScope{s.sentence}).companion(t) {
		return nil
	}
	fr := s.pv.frames
	gr := graphReader{s.sentence}
	g, h, ok := gr.nounGraph(t, fr.subject, obj)
	if !ok || (nounScope{s.sentence}).undergone(t) {
		return nil
	}
	n := h
	for k := 0; k < maxNestedNouns && hasRel(g.Words[n].Rel, fr.adjunctNested) && g.Words[n].Head >= 0 && len(gr.actorsAtWord(g, g.Words[n].Head)) == 0; k++ {
		n = g.Words[n].Head // "after weeks of talks", "in the framework of a summit"
	}
	if g.Words[n].Head < 0 || !hasRel(g.Words[n].Rel, fr.companionClause) || !s.markedByClass(g, n, english.CompanionClausePreps) {
		return nil
	}
	v := g.Words[n].Head
	if slices.Contains(fr.undergoVerbs, strings.ToLower(g.Words[v].Lemma)) {
		return nil // "was injured at the end of a visit"
	}
	if !slices.Contains(fr.predicateTags, g.Words[v].UPOS) || len(gr.dependents(g, h, fr.lightParticiple)) > 0 {
		return nil // "at talks hosted by the EU": the participle names the parties
	}
	for _, d := range gr.dependents(g, h, fr.holderOf) {
		if gr.hasMarkerIn(g, d, fr.holderMarkers) {
			return nil // "at a summit of regional leaders": its parties are named
		}
	}
	return withoutActors(nounReader{s.sentence}.subjectUp(g, t, v), obj)
}

// markedByClass reports whether graph word d has a dependent along marker
// that is a word of class c.
func (s nounClause) markedByClass(g *syntax.Graph, d int, c english.Class) bool {
	for _, m := range (graphReader{s.sentence}).dependents(g, d, s.pv.frames.marker) {
		if s.at(s.pv.wordTok[m], c) {
			return true
		}
	}
	return false
}

// maxResponseSteps bounds the nouns between an event noun and the
// response noun it hangs from ("in retaliation for a slew of expulsions").
const maxResponseSteps = 3

// responseObject returns, for nominal trigger t whose subject subj is
// known and whose object is not, nor any phrase of its own along response
// but its agent's, the subject of the verb that the act t names is
// answered by: t's phrase hangs, up response relations, from a response
// noun (english.ResponseNouns) that hangs from that verb along host, or it
// hangs along host from the verb right after such a noun (the parser
// attaches "in retaliation" and "for X's expulsions" to the verb alike).
// "Pakistan expelled two diplomats in retaliation for India's expulsion":
// the expulsion is India's, of Pakistan's diplomats. subj is left out.
func (s nounClause) responseObject(t *trig, subj []actor) []actor {
	if s.pv == nil || len(s.pv.frames.response) == 0 {
		return nil
	}
	fr := s.pv.frames
	gr := graphReader{s.sentence}
	g, h, ok := gr.nounGraph(t, fr.subject, subj)
	if !ok {
		return nil
	}
	for _, d := range gr.dependents(g, h, fr.response) {
		if !gr.hasMarkerIn(g, d, fr.agentMarkers) {
			// "in response to its crackdown on protests": an act with
			// an object of its own, if no actor, was aimed at that.
			return nil
		}
	}
	for step := 0; step <= maxResponseSteps && g.Words[h].Head >= 0; step++ {
		w := g.Words[h]
		if hasRel(w.Rel, fr.host) && (step > 0 && s.at(s.pv.wordTok[h], english.ResponseNouns) || s.responseBefore(g, w.Head, h)) {
			return withoutActors(nounReader{s.sentence}.subjectUp(g, t, w.Head), subj)
		}
		if !hasRel(w.Rel, fr.response) {
			return nil
		}
		h = w.Head
	}
	return nil
}

// responseBefore reports whether the dependent of verb v right before its
// dependent d is a response noun hanging along host: "expelled diplomats
// in retaliation for X's expulsion", with both phrases on the verb.
func (s nounClause) responseBefore(g *syntax.Graph, v, d int) bool {
	prev := -1
	for _, c := range g.Children(v) {
		if int(c) >= d {
			break
		}
		prev = int(c)
	}
	return prev >= 0 && hasRel(g.Words[prev].Rel, s.pv.frames.host) && s.at(s.pv.wordTok[prev], english.ResponseNouns)
}
