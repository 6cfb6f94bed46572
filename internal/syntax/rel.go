package syntax

import "fmt"

// Rel is a Universal Dependencies v2 relation, with the subtypes that the
// English treebanks use. The zero Rel is NoRel: no relation (a word that
// has not been attached, or the artificial root).
type Rel uint8

// The relations. Subtypes follow their universal relation.
const (
	NoRel Rel = iota
	Acl
	AclRelcl
	Advcl
	AdvclRelcl
	Advmod
	Amod
	Appos
	Aux
	AuxPass
	Case
	Cc
	CcPreconj
	Ccomp
	Clf
	Compound
	CompoundPrt
	Conj
	Cop
	Csubj
	CsubjOuter
	CsubjPass
	Dep
	Det
	DetPredet
	Discourse
	Dislocated
	Expl
	Fixed
	Flat
	FlatForeign
	Goeswith
	Iobj
	List
	Mark
	Nmod
	NmodDesc
	NmodNpmod
	NmodPoss
	NmodTmod
	NmodUnmarked
	Nsubj
	NsubjOuter
	NsubjPass
	Nummod
	Obj
	Obl
	OblAgent
	OblNpmod
	OblTmod
	OblUnmarked
	Orphan
	Parataxis
	Punct
	Reparandum
	Root
	Vocative
	Xcomp
	numRels
)

var relNames = [numRels]string{
	"", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass",
	"case", "cc", "cc:preconj", "ccomp", "clf", "compound", "compound:prt", "conj", "cop", "csubj",
	"csubj:outer", "csubj:pass", "dep", "det", "det:predet", "discourse", "dislocated", "expl", "fixed", "flat",
	"flat:foreign", "goeswith", "iobj", "list", "mark", "nmod", "nmod:desc", "nmod:npmod", "nmod:poss", "nmod:tmod",
	"nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass", "nummod", "obj", "obl", "obl:agent", "obl:npmod", "obl:tmod",
	"obl:unmarked", "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp",
}

var relByName = func() map[string]Rel {
	m := make(map[string]Rel, numRels)
	for i, n := range relNames {
		if i > 0 {
			m[n] = Rel(i)
		}
	}
	return m
}()

// ParseRel returns the relation named s ("nsubj:pass"), and false when s
// is not a relation of the table.
func ParseRel(s string) (Rel, bool) {
	r, ok := relByName[s]
	return r, ok
}

// String returns the UD name of the relation ("nmod:poss"); "_" for NoRel.
func (r Rel) String() string {
	if r == NoRel {
		return "_"
	}
	if r < numRels {
		return relNames[r]
	}
	return fmt.Sprintf("Rel(%d)", uint8(r))
}

// Universal returns the relation without its subtype (NsubjPass → Nsubj).
func (r Rel) Universal() Rel {
	if r >= numRels {
		return r
	}
	n := relNames[r]
	for i := 0; i < len(n); i++ {
		if n[i] == ':' {
			return relByName[n[:i]]
		}
	}
	return r
}
