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
// argument that is a news organization, when their root drops sources.
// The kinds are those of the sentence's actors (a pronoun or a
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

// pruneReversed keeps one of two relations of the relation model, rs
// (of one sentence), that relate the same two actors with the same root
// in opposite directions, when the root has behaviour readOnce
// (roots.yaml): the model then reads one event from both sides, and the
// guideline gives a symmetric event one record, the first-mentioned party
// as subject ("fighting between the army and the rebels"). The relation
// whose subject comes later is dropped. rs is filtered in place.
func pruneReversed(rb *rootBehaviours, rs []Relation) []Relation {
	if len(rs) < 2 {
		return rs
	}
	type pairKey struct {
		p         Predicate
		subj, obj string
	}
	first := map[pairKey]int{} // the earliest subject start of each directed pair
	for _, r := range rs {
		if r.Object == nil || !rb.has(r.Predicate, readOnce) {
			continue
		}
		k := pairKey{r.Predicate, argKey(r.Subject), argKey(*r.Object)}
		if at, ok := first[k]; !ok || r.Subject.Start < at {
			first[k] = r.Subject.Start
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if r.Object != nil && rb.has(r.Predicate, readOnce) {
			if at, ok := first[pairKey{r.Predicate, argKey(*r.Object), argKey(r.Subject)}]; ok && at < r.Subject.Start {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}
