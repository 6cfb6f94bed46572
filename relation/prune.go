package relation

import "github.com/geoextract/geoextract/gazetteer"

// Pruning: relations of a sentence, from the rules and from the relation
// model alike, that the guideline does not annotate whatever read them.

// sourceKinds are the gazetteer kinds of the organizations that report
// events: news organizations. Such an organization is the source of what
// the sentence tells ("according to Xinhua", "told Reuters", "Itar-Tass
// quoted Lavrov as saying"), not one of its parties, in the events of
// the roots with behaviour dropsSource (roots.yaml); the others may be
// done to it ("expelled the BBC's correspondent").
var sourceKinds = [...]gazetteer.Kind{gazetteer.KindMedia}

// pruneSources drops the relations of rs, read in sentence s, with an
// argument that is a news organization, when their root drops sources. The kinds are those of the sentence's actors (a pronoun or a
// description carries its antecedent's). rs is filtered in place.
func pruneSources(s *sentence, rs []Relation) []Relation {
	out := rs[:0]
	for _, r := range rs {
		if s.roots.has(r.Predicate, dropsSource) && (isSource(s, r.Subject) || r.Object != nil && isSource(s, *r.Object)) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// isSource reports whether a, an argument of a relation of s, is an
// actor of s whose kind is a source kind.
func isSource(s *sentence, a Argument) bool {
	for _, c := range s.chunks {
		for _, b := range c.actors {
			if b.arg.Start != a.Start || b.arg.End != a.End || b.arg.ID != a.ID {
				continue
			}
			for _, k := range sourceKinds {
				if b.kind == k {
					return true
				}
			}
		}
	}
	return false
}
