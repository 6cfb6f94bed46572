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
// complement's own events stay absorbed. It runs after markGoverned, which
// has absorbed them.
func (s governReader) markPatientComplements() {
	if s.pv == nil {
		return
	}
	var g *syntax.Graph
	for k := range s.matches {
		G := &s.matches[k]
		if G.nominal || G.suppressed || G.root() != Appeal && G.root() != Demand {
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
		for _, c := range g.Dependents(v, syntax.Xcomp, syntax.Advcl) {
			if g.Passive(c) && s.infinitiveOf(g, c) {
				G.suppressed = true
				s.tr.dropTrig(G, StageGovern, ReasonPatientComplement)
				break
			}
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
