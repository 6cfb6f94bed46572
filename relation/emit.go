package relation

import (
	"sort"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// From events to relations: one per pair of parties, ordered, without
// duplicates.

// relations turns an event into relations, one per subject-object pair.
func (x *Extractor) relations(s *sentence, ev *event, dates []dateAt) []Relation {
	t := ev.t
	base := Relation{
		Predicate: t.e.pred,
		CAMEO:     t.e.code,
		Trigger:   s.tokSpan(t.start, t.end),
		Sentence:  s.span,
		Negated:   ev.negated,
		Modality:  ev.modality,
		Date:      dateReader{s}.eventDate(dates, t.start, modalReader{s}.future(ev)),
	}
	if ev.threat {
		base.Predicate, base.CAMEO = Threaten, "13"
	}
	if t.forceCode != "" {
		base.Predicate, base.CAMEO = t.forcePred, t.forceCode
	} else if t.e.bareCode != "" && !ev.threat && !infinitiveAfter(s, t.end) {
		base.Predicate, base.CAMEO = t.e.barePred, t.e.bareCode
	}
	var out []Relation
	why := Emitted // why the last pair gave no relation
	add := func(a actor, b *actor) {
		self := b != nil && sameActor(a, *b) && !(corefReader{s}).actsOnCitizen(t, a, *b)
		if self || (a.unnamed || b != nil && b.unnamed) && !(armedReader{s}).unnamedEvent(base.CAMEO, b != nil) {
			why = reasonIf(self, ReasonSelfRelation, ReasonUnnamedActor)
			return
		}
		if b != nil && t.e.symmetric && !t.passive && b.arg.Start < a.arg.Start {
			// One record per pair, the first-mentioned party as subject.
			o := a
			a, b = *b, &o
		}
		r := base
		r.Subject = a.arg
		if t.e.personCode != "" && a.arg.Type == entity.Person {
			r.Predicate, r.CAMEO = t.e.personPred, t.e.personCode
		}
		if len(t.e.byKind) > 0 {
			if c, ok := t.e.byKind[s.actorKind(a)]; ok {
				r.Predicate, r.CAMEO = c.pred, c.code
			}
		}
		if b != nil {
			o := b.arg
			r.Object = &o
			if c, ok := t.e.byPrep[s.prepBefore(b.tok)]; ok && b.tok > 0 {
				r.Predicate, r.CAMEO = c.pred, c.code
			}
			if c, ok := t.e.objectKind[objectKind(s, *b)]; ok {
				r.Predicate, r.CAMEO = c.pred, c.code
			}
		}
		out = append(out, r)
	}
	subj := uniqueActors(ev.subj)
	obj := uniqueActors(ev.obj)
	switch {
	case ev.recip:
		if len(subj) < 2 || len(subj) > x.opts.maxParties {
			return s.tr.noRelations(t, reasonIf(len(subj) < 2, ReasonNoObject, ReasonTooManyParties))
		}
		for i := range subj {
			for j := i + 1; j < len(subj); j++ {
				add(subj[i], &subj[j])
			}
		}
	case len(obj) == 0:
		switch {
		case t.e.symmetric && len(subj) >= 2:
			if len(subj) > x.opts.maxParties {
				return s.tr.noRelations(t, ReasonTooManyParties)
			}
			for i := range subj {
				for j := i + 1; j < len(subj); j++ {
					add(subj[i], &subj[j])
				}
			}
		case t.e.nullable:
			for _, a := range subj {
				if !a.weak {
					add(a, nil)
				}
			}
		}
	default:
		if len(subj)*len(obj) > x.opts.maxParties*x.opts.maxParties {
			return s.tr.noRelations(t, ReasonTooManyParties)
		}
		for _, a := range subj {
			for j := range obj {
				add(a, &obj[j])
			}
			if len(out) == 0 && t.e.nullable && !a.weak {
				// "killings of Rohingya civilians" by Myanmar's army:
				// its own people are no other party.
				add(a, nil)
			}
		}
	}
	if len(out) == 0 && why != Emitted {
		return s.tr.noRelations(t, why)
	}
	return append(out, x.coAgents(s, ev, subj, obj, out)...)
}

// sameActor reports whether a relation between a and b would be a
// self-relation: the same entity, or a country and its own people or
// organs (government bodies and armed forces, by gazetteer kind). Other
// organizations and people of one country may act on
// each other and on their government (a party demanding that its
// government act).
func sameActor(a, b actor) bool {
	if a.key() == b.key() {
		return true
	}
	if a.arg.Start == b.arg.Start && a.arg.End == b.arg.End && !(a.plural && b.plural) {
		return true
	}
	ca, cb := a.country(), b.country()
	if ca == "" || ca != cb {
		return false
	}
	state := func(x actor) bool { return x.arg.Type == entity.GPE || x.arg.Type == entity.NORP }
	person := func(x actor) bool { return x.arg.Type == entity.Person }
	// A state's own bodies stand for it (the guideline: "a government
	// organ ... standing for its country"): the Kremlin and Moscow are
	// one actor. Two bodies of one state stay two (Congress and the
	// Pentagon).
	organ := func(x actor) bool { return x.kind == gazetteer.KindGovernmentBody || x.kind == gazetteer.KindMilitary }
	return state(a) && (state(b) || person(b) || organ(b)) || state(b) && (person(a) || organ(a))
}

// sameGroup reports whether two subject groups are the same actors.
func sameGroup(a, b []actor) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].key() != b[i].key() {
			return false
		}
	}
	return true
}

func uniqueActors(as []actor) []actor {
	var out []actor
	seen := map[string]bool{}
	for _, a := range as {
		k := a.key()
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func sortRelations(rs []Relation) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Sentence.Start != b.Sentence.Start {
			return a.Sentence.Start < b.Sentence.Start
		}
		if a.Trigger.Start != b.Trigger.Start {
			return a.Trigger.Start < b.Trigger.Start
		}
		if a.Subject.Start != b.Subject.Start {
			return a.Subject.Start < b.Subject.Start
		}
		ao, bo := -1, -1
		if a.Object != nil {
			ao = a.Object.Start
		}
		if b.Object != nil {
			bo = b.Object.Start
		}
		if ao != bo {
			return ao < bo
		}
		return a.CAMEO < b.CAMEO
	})
}

// dedup keeps one relation per sentence, subject, predicate and object
// (the first, by trigger position), and drops an event without object
// when its subject has one of that predicate with an object in the
// sentence ("sent warships toward Taiwan in a show of force").
func dedup(rs []Relation) []Relation {
	targeted := map[string]bool{}
	for _, r := range rs {
		if r.Object != nil {
			targeted[argKey(r.Subject)+"|"+r.Predicate.Code()+"|"+itoa(r.Sentence.Start)] = true
		}
	}
	seen := map[string]bool{}
	out := rs[:0]
	for _, r := range rs {
		k := argKey(r.Subject) + "|" + r.Predicate.Code() + "|"
		if r.Object != nil {
			k += argKey(*r.Object)
		}
		k += "|" + itoa(r.Sentence.Start)
		if seen[k] || r.Object == nil && targeted[argKey(r.Subject)+"|"+r.Predicate.Code()+"|"+itoa(r.Sentence.Start)] {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}

func argKey(a Argument) string { return actor{arg: a}.key() }

// actorKind is the gazetteer kind of an actor: an unnamed armed actor ("the
// rebels") is an armed group; a person named with an organization's name
// before the office acts for it (memberKind); else the kind the actor
// carries from its mention or its antecedent ("" when unknown).
func (s *sentence) actorKind(a actor) entity.Kind {
	if a.unnamed {
		return gazetteer.KindArmedGroup
	}
	if s.ix != nil {
		ms, by := s.doc.Mentions, s.ix.byFirst
		i := sort.Search(len(by), func(i int) bool { return ms[by[i]].Start >= a.arg.Start })
		for ; i < len(by) && ms[by[i]].Start == a.arg.Start; i++ {
			if ms[by[i]].End == a.arg.End {
				if k := memberKind(ms, by, i); k != "" {
					return k
				}
			}
		}
	}
	return a.kind
}

// infinitiveAfter reports whether an infinitive ("to" and a verb, with
// quotation marks and adverbs between them skipped: to "stop", to
// quickly ratify) follows token i in the sentence, or starts at the
// trigger's own last word ("agreed to" with "sign" after it).
func infinitiveAfter(s *sentence, i int) bool {
	for k := max(i-1, 0); k+1 < s.n(); k++ {
		if !s.at(k, english.InfinitiveMarker) {
			continue
		}
		j := k + 1
		for j < s.n() && (isQuote(s.word(j)) || s.wd.adverb(s.word(j))) {
			j++
		}
		if j < s.n() && s.verbLike(j) {
			return true
		}
	}
	return false
}

// objectKind is the gazetteer kind of an object for a trigger's
// object_kind codes: its actor kind, and a person for a person named
// outside the gazetteer ("killed Margaryan"). An unnamed object has no
// kind here: "killed two soldiers" names no person.
func objectKind(s *sentence, b actor) entity.Kind {
	if b.unnamed {
		return ""
	}
	if k := s.actorKind(b); k != "" {
		return k
	}
	if b.arg.Type == entity.Person {
		return gazetteer.KindPerson
	}
	return ""
}

// memberKind is the kind of the organization a person is named with, its
// name just before the person's office ("Taliban commander Mullah Omar":
// the person acts for the group), or "" when there is none. by[i] is the
// person's mention, by the mentions in token order.
func memberKind(ms []entity.Mention, by []int, i int) entity.Kind {
	m := ms[by[i]]
	if m.Type != entity.Person || m.Role == "" || i == 0 {
		return ""
	}
	o := ms[by[i-1]]
	gap := m.First - o.Last
	if o.Type != entity.Org || o.Kind == "" || o.Sentence != m.Sentence || gap < 1 || gap > len(strings.Fields(m.Role)) {
		return ""
	}
	return o.Kind
}
