package relation

import (
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/geoextract/geoextract/internal/modelio"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/relation/internal/pairs"

	"github.com/geoextract/geoextract/entity"
)

// The root model: a trained relabeler of the roots the rules give. The
// rules take a relation's CAMEO root from its trigger's lexicon entry,
// which does not see the context the guideline's distinctions depend on
// (fighting between forces or an attack on civilians, a pledge or a
// cooperation, a criticism or an accusation). After the rules and the
// relation model, each relation the rules made is read by a classifier
// (package pairs, whose classes 1 to 20 are the roots) over
// features of its root and code, its trigger (lemma, part of speech, the
// words around it and its dependents), its parties (kind, type, form), its
// negation and modality and the parse path joining its parties (the
// relation model's features); when another root scores above the rules'
// root by more than the model's margin, the relation takes that root. No word of
// English is named here.

// RootModel is a trained root relabeler (see WithRootModel). It is
// immutable and safe for concurrent use; the zero RootModel keeps every
// root.
type RootModel struct{ m *pairs.Model }

// errNotRoots is the error of a model file that is a relation model, not
// a root model.
var errNotRoots = errors.New("not a root model (a relation model? see LoadModel)")

// LoadRootModel reads a root model file written by the trainer
// (relation/internal/roottrain) from r. A corrupt file gives an error
// naming the byte offset, never a panic.
func LoadRootModel(r io.Reader) (*RootModel, error) {
	data, err := io.ReadAll(io.LimitReader(r, modelio.MaxDecoded+1))
	if err != nil {
		return nil, fmt.Errorf("relation: %w", err)
	}
	return decodeRootModel(data)
}

// decodeRootModel decodes a root model file's bytes: a pairs model file
// whose flags include pairs.Roots.
func decodeRootModel(data []byte) (*RootModel, error) {
	m, err := pairs.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("relation: root %w", err)
	}
	if m.Flags()&pairs.Roots == 0 {
		return nil, fmt.Errorf("relation: %w", errNotRoots)
	}
	return &RootModel{m: m}, nil
}

// String describes the model's size and margin.
func (m *RootModel) String() string {
	if m == nil || m.m == nil {
		return "no root model"
	}
	return "root " + m.m.String()
}

// WithRootModel sets the root model that relabels the roots of the
// rules' relations; nil (the default) turns it off. No model is
// embedded: trained on our annotations, it did not raise the
// cross-validated F1 (relation/internal/roottrain). It needs the parse
// (WithParse) for the features of the trigger and the parties; without
// it a model reads the root, the parties' kinds, negation and modality
// alone. It relabels the rules' relations only, after the relation model
// (WithModel) has read them.
func WithRootModel(m *RootModel) Option { return func(o *options) { o.roots = m } }

// RootCandidate is a relation the rules made, with the hashed features
// the root model reads, for training a model on one's own annotations
// (see Extractor.RootCandidates). It is a plain value; the zero
// RootCandidate is no relation.
type RootCandidate struct {
	Relation Relation
	Features []uint64
	// Own: Features[:Own] are the features of the relation itself, the
	// others those the relation model reads for its pair.
	Own int
}

// RootCandidates returns the relations the rules make in doc (before any
// root model relabels them, and without the relation model's), in
// sentence order, each with its features.
func (x *Extractor) RootCandidates(doc *entity.Document) []RootCandidate {
	if x == nil {
		return nil
	}
	var out []RootCandidate
	y := *x
	y.opts.roots = nil
	y.opts.collectRoots = func(c RootCandidate) { out = append(out, c) }
	y.Extract(doc)
	return out
}

// relabelRoots reads the rules' relations rs of the sentence with the
// root model (or hands them to the collector), changing in place the root
// of those the model reads as another.
func (x *Extractor) relabelRoots(s *sentence, rs []Relation) {
	m := x.opts.roots
	if len(rs) == 0 || (m == nil || m.m == nil) && x.opts.collectRoots == nil {
		return
	}
	g := graphReader{s}.syntaxGraph()
	p := pairReader{sentence: s}
	facts := newRuleFacts(rs)
	var keys []uint64
	for i := range rs {
		var own int
		keys, own = p.rootFeatures(keys[:0], g, rs[i], facts)
		if x.opts.collectRoots != nil {
			x.opts.collectRoots(RootCandidate{Relation: rs[i], Features: append([]uint64(nil), keys...), Own: own})
			continue
		}
		c := Predicate(m.m.Relabel(keys, int(rs[i].Predicate)))
		if c == rs[i].Predicate {
			continue
		}
		from := rs[i].CAMEO
		rs[i].Predicate = c
		rs[i].CAMEO = rs[i].Predicate.Code()
		s.tr.relabelled(rs[i], from)
	}
}

// actorOf returns the sentence's actor whose mention is a, or an actor of
// a's span alone when no phrase reads it.
func (s pairReader) actorOf(a Argument) actor {
	k := argKey(a)
	for _, c := range s.chunks {
		for _, b := range c.actors {
			if b.arg.Start == a.Start && b.arg.End == a.End && b.key() == k {
				return b
			}
		}
	}
	return actor{arg: a, tok: -1}
}

// rootFeatures appends the feature keys of the rules' relation r (the
// root model's features) to keys: those of the relation model for its
// pair, and those of its root, trigger, parties, negation and modality.
// It also returns how many it appended before the relation model's.
func (s pairReader) rootFeatures(keys []uint64, g *syntax.Graph, r Relation, facts ruleFacts) ([]uint64, int) {
	root := r.Predicate.Code()
	add := func(h fhash) { keys = append(keys, h.key()) }
	addR := func(h fhash) { add(h); add(h.add(root)) }
	add(newFeature("r-bias"))
	add(newFeature("r-root").add(root))
	add(newFeature("r-code").add(r.CAMEO))
	addR(newFeature("r-neg").add(strconv.FormatBool(r.Negated)))
	addR(newFeature("r-mod").add(r.Modality.String()))
	subj := s.actorOf(r.Subject)
	ks, ts := string(s.actorKind(subj)), r.Subject.Type.String()
	addR(newFeature("r-ks").add(ks).add(ts))
	addR(newFeature("r-fs").add(s.form(subj)))
	ko, to := "none", "none"
	var obj actor
	if r.Object != nil {
		obj = s.actorOf(*r.Object)
		ko, to = string(s.actorKind(obj)), r.Object.Type.String()
		addR(newFeature("r-fo").add(s.form(obj)))
	}
	addR(newFeature("r-ko").add(ko).add(to))
	addR(newFeature("r-kso").add(ks).add(ko))
	if g == nil || len(g.Words) == 0 {
		return keys, len(keys)
	}
	// The trigger: its head word on the parse (the word of its span
	// whose head lies outside it), its governor and dependents, and the
	// words around it.
	t := -1
	for w, wd := range g.Words {
		if wd.Start >= r.Trigger.Start && wd.End <= r.Trigger.End && wd.Start < wd.End {
			h := wd.Head
			if h < 0 || g.Words[h].Start < r.Trigger.Start || g.Words[h].End > r.Trigger.End {
				t = w
				break
			}
		}
	}
	if t >= 0 {
		tw := g.Words[t]
		addR(newFeature("r-tl").add(tw.Lemma))
		addR(newFeature("r-tp").add(tw.UPOS))
		add(newFeature("r-trel").add(tw.Rel.String()).add(root))
		add(newFeature("r-tneg").add(strconv.FormatBool(g.Negated(t))).add(root))
		if h := tw.Head; h >= 0 {
			addR(newFeature("r-gov").add(g.Words[h].Lemma).add(tw.Rel.String()))
		}
		for _, c := range g.Children(t) {
			cw := g.Words[c]
			if cw.Start >= r.Trigger.Start && cw.End <= r.Trigger.End {
				continue
			}
			add(newFeature("r-dep").add(cw.Rel.String()).add(cw.Lemma).add(tw.Lemma))
			addR(newFeature("r-dep").add(cw.Rel.String()).add(cw.Lemma))
			for _, cc := range g.Dependents(int(c), syntax.Case) {
				addR(newFeature("r-depcase").add(cw.Rel.String()).add(g.Words[cc].Lemma))
			}
		}
		for d := -3; d <= 3; d++ {
			if w := t + d; d != 0 && w >= 0 && w < len(g.Words) {
				addR(newFeature("r-near").add(strconv.Itoa(d)).add(g.Words[w].Lemma))
				addR(newFeature("r-win").add(g.Words[w].Lemma))
			}
		}
	}
	// The parties' words on the parse: the head of each mention, and
	// the noun a modifier mention qualifies ("Israeli convoy").
	for _, x := range []struct {
		name string
		a    *Argument
	}{{"r-sw", &r.Subject}, {"r-ow", r.Object}} {
		if x.a == nil {
			continue
		}
		h := s.headOf(g, actor{arg: *x.a, tok: -1})
		if h < 0 {
			continue
		}
		addR(newFeature(x.name).add(g.Words[h].Lemma))
		if gv := g.Words[h].Head; gv >= 0 && gv != t {
			switch g.Words[h].Rel.Universal() {
			case syntax.Amod, syntax.Nmod, syntax.Compound:
				addR(newFeature(x.name + "-of").add(g.Words[gv].Lemma))
			}
		}
	}
	if t >= 0 {
		add(newFeature("r-tl-ko").add(g.Words[t].Lemma).add(ko))
		add(newFeature("r-tl-ks").add(g.Words[t].Lemma).add(ks))
	}
	if r.Object == nil {
		return keys, len(keys)
	}
	A, B := pairActor{a: subj, head: s.headOf(g, subj)}, pairActor{a: obj, head: s.headOf(g, obj)}
	if A.head < 0 || B.head < 0 || A.head == B.head {
		return keys, len(keys)
	}
	// The word joining the pair on the parse, with the rules' root.
	if lca := lowestCommon(g, A.head, B.head); lca >= 0 {
		addR(newFeature("r-lca").add(g.Words[lca].Lemma).add(g.Words[lca].UPOS))
	}
	own := len(keys)
	// The relation model's features of the pair, last (see
	// RootCandidate.Own).
	keys, _ = s.features(keys, g, A, B, facts, true)
	return keys, own
}

// lowestCommon returns the lowest common ancestor of words a and b, -1
// when they have none.
func lowestCommon(g *syntax.Graph, a, b int) int {
	up := map[int]bool{}
	for _, w := range ancestors(g, a) {
		up[w] = true
	}
	for _, w := range ancestors(g, b) {
		if up[w] {
			return w
		}
	}
	return -1
}
