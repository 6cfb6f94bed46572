package relation

import (
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
)

// markPatientComplements drops the appeals and demands whose object is
// the patient of their complement, not its agent: "the court ordered X to
// be put into jail", "called for Iran to be expelled from the UN". The
// act asked for is done to X by someone the sentence does not name, so X
// is not asked to do anything (an appeal to X would be wrong); the
// complement's own events stay absorbed. An appeal whose complement is a
// penalty (internal/english penalty_verbs: "called for Iran to be
// expelled") is a threat to its object instead, as the relations
// guideline codes it. It runs after markGoverned, which has absorbed them.
func (s governReader) markPatientComplements() {
	if s.pv == nil {
		return
	}
	var g *syntax.Graph
	for k := range s.matches {
		G := &s.matches[k]
		if G.nominal || G.suppressed || !s.roots.has(G.root(), asksPassiveComplement) {
			continue
		}
		if g == nil {
			if g = (graphReader{s.sentence}).syntaxGraph(); g == nil {
				return
			}
		}
		v := s.pv.tokWord[G.head]
		if v < 0 {
			continue
		}
		for _, c := range g.Dependents(v, syntax.Xcomp, syntax.Advcl, syntax.Ccomp) {
			penalty := s.roots.has(G.root(), penaltyThreatens) && g.Passive(c) && s.at(s.pv.wordTok[c], english.PenaltyVerbs)
			if g.Words[c].Rel.Universal() == syntax.Ccomp && !penalty {
				continue // "urged that Russia be released": as before
			}
			if !g.Passive(c) || g.Words[c].Rel.Universal() != syntax.Ccomp && !s.infinitiveOf(g, c) {
				continue
			}
			if penalty {
				// "called for Iran to be expelled": a penalty asked of no
				// one in particular threatens its patient.
				G.forceCode, G.forcePred = "13", Threaten
				break
			}
			G.suppressed = true
			s.tr.dropTrig(G, StageGovern, ReasonPatientComplement)
			break
		}
	}
}

// infinitiveOf reports whether graph word c is marked by the infinitive
// marker ("to be put").
func (s governReader) infinitiveOf(g *syntax.Graph, c int) bool {
	for _, m := range g.Dependents(c, syntax.Mark) {
		if s.at(s.pv.wordTok[m], english.InfinitiveMarker) {
			return true
		}
	}
	return false
}
