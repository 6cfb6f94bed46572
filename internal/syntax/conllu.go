package syntax

import "github.com/geoextract/geoextract/internal/conllu"

// CoNLLU returns the graph as a CoNLL-U sentence with the given comment
// lines ("sent_id = 1", "text = ..."). MISC says SpaceAfter=No where the
// next word starts where this one ends; a token split into several words
// becomes a multiword range.
func (g *Graph) CoNLLU(comments ...string) conllu.Sentence {
	s := conllu.Sentence{Words: make([]conllu.Word, len(g.Words))}
	for _, c := range comments {
		s.Comments = append(s.Comments, " "+c)
	}
	inSplit := make([]bool, len(g.Words))
	for _, sp := range g.splits {
		for i := sp[0]; i <= sp[1]; i++ {
			inSplit[i] = true
		}
		rg := conllu.Range{First: sp[0] + 1, Last: sp[1] + 1}
		for i := sp[0]; i <= sp[1]; i++ {
			rg.Form += g.Words[i].Form
		}
		if g.noSpaceAfter(sp[1]) {
			rg.Misc = "SpaceAfter=No"
		}
		s.Ranges = append(s.Ranges, rg)
	}
	for i, w := range g.Words {
		cw := conllu.Word{ID: i + 1, Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS,
			Head: w.Head + 1, Deprel: w.Rel.String()}
		if w.Rel == NoRel {
			cw.Deprel = ""
		}
		if !inSplit[i] && g.noSpaceAfter(i) {
			cw.Misc = "SpaceAfter=No"
		}
		s.Words[i] = cw
	}
	return s
}

func (g *Graph) noSpaceAfter(i int) bool {
	return i+1 < len(g.Words) && g.Words[i].End >= 0 && g.Words[i+1].Start == g.Words[i].End
}

// ParseCoNLLU parses a pre-tokenized sentence: it keeps the FORM column,
// comments, ranges and MISC of s and fills LEMMA, UPOS, XPOS, HEAD and
// DEPREL with predictions (FEATS and DEPS are cleared).
func (p *Parser) ParseCoNLLU(s *conllu.Sentence) conllu.Sentence {
	g := p.Parse(s.Forms())
	out := conllu.Sentence{Comments: s.Comments, Ranges: s.Ranges, Line: s.Line, Words: make([]conllu.Word, len(s.Words))}
	for i, w := range g.Words {
		out.Words[i] = conllu.Word{ID: i + 1, Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS,
			Head: w.Head + 1, Deprel: w.Rel.String(), Misc: s.Words[i].Misc}
	}
	return out
}
