package entity

import (
	"strconv"
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/fnvhash"
	"github.com/geoextract/geoextract/internal/text"
)

// rankReader builds the antecedent ranker's decisions for the pronouns
// and descriptions of a Document (see CorefModel). It only reads the
// Document; safe for concurrent use. The zero value has no Document and
// must not be used.
type rankReader struct{ *Document }

// The antecedent ranker. For each pronoun that refers to one actor ("he",
// "its", "they" for a group; not "they" for two leaders, which the rules
// of Referents give), the candidates are the actors named (or referred to
// by a pronoun resolved before) in its sentence before it and in the
// rankWindow sentences before, that the hard filters admit: a person of
// no other gender for "he"/"she" (genderFilter), a country or an
// organization for "it", an organization, a people or a country for
// "they". Each candidate gets hashed features (see candidateFeatures:
// distance in sentences and in actors, whether it is its sentence's
// subject, the quotation's speaker, the rules' choice, the document's
// first actor, how often it is named, its kind and title) and so does
// leaving the pronoun unresolved (nullFeatures). A CorefModel scores
// them; Tag records the choice as the pronoun's Ref.

// rankWindow is how many sentences before a pronoun's own the ranker
// reads for candidates.
const rankWindow = 4

// CorefDecision is one pronoun the ranker decides, as
// Tagger.CorefDecisions records it for training: the pronoun, its
// candidate actors with their features, the rules' choice and the
// features of leaving it unresolved. It is a plain value.
type CorefDecision struct {
	Start, End int // byte offsets of the pronoun
	Token      int // its index in Document.Tokens
	Candidates []CorefCandidate
	Rule       int // index in Candidates of the rules' choice; -1 when they leave it unresolved
	// Class names the kind of reference: person, thing or plural for a
	// pronoun ("he", "it", "they"), dperson, dorg or dstate for a
	// description of a person, an organization or a state ("the
	// minister", "the group", "the government").
	Class string
	Null  []uint64 // features of leaving it unresolved
}

// CorefCandidate is one actor a pronoun may refer to: an index into
// Document.Entities and the features the model scores. It is a plain
// value.
type CorefCandidate struct {
	Entity   int
	Features []uint64
}

// Choose returns the index of the candidate the model picks for d, or -1
// to leave the pronoun unresolved: when the rules resolved the pronoun,
// the best-scoring candidate if it outscores the rules' choice by the
// model's override, else the rules' choice; when they did not, the best
// candidate only if it outscores leaving the pronoun unresolved by the
// model's margin. Ties go to the earlier candidate. A nil model keeps
// the rules' choice.
func (m *CorefModel) Choose(d CorefDecision) int {
	if m == nil || len(d.Candidates) == 0 || d.Rule >= len(d.Candidates) {
		return d.Rule
	}
	best := -1
	var bs float32
	for k, c := range d.Candidates {
		s := m.Score(c.Features)
		if best < 0 || s > bs {
			best, bs = k, s
		}
	}
	if d.Rule >= 0 {
		if bs-m.Score(d.Candidates[d.Rule].Features) > m.override {
			return best
		}
		return d.Rule
	}
	if margin, ok := m.Margin(d.Class); ok && bs-m.Score(d.Null) > margin {
		return best
	}
	return -1
}

// pronounClass is the kind of actor a pronoun may refer to.
type pronounClass uint8

const (
	noPronoun pronounClass = iota
	personPronoun
	thingPronoun
	pluralPronoun
	personDesc // "the minister", "the Iranian envoy"
	orgDesc    // "the group", "the ministry"
	stateDesc  // "the country", "the government"
)

var pronounClassNames = [...]string{"", "person", "thing", "plural", "dperson", "dorg", "dstate"}

// rankedDescription returns the class of the description whose head is
// token i (lw its lower case), as Referent reads it, or noPronoun.
func (d rankReader) rankedDescription(i int, lw string) pronounClass {
	switch {
	case isWord(english.StateDescriptionNouns, lw):
		return stateDesc
	case personHead(lw):
		return personDesc
	case orgNouns[lw].kinds != nil:
		return orgDesc
	}
	return noPronoun
}

// rankedPronoun returns the class of the pronoun at token i when the
// ranker decides it: a single-token person, thing or plural pronoun.
func rankedPronoun(lw string) pronounClass {
	cs := classesOf(lw)
	switch {
	case cs.Has(english.SpeakerPronouns):
		return noPronoun
	case cs.Has(english.PersonPronouns):
		return personPronoun
	case cs.Has(english.ThingPronouns):
		return thingPronoun
	case cs.Has(english.PluralPronouns):
		return pluralPronoun
	}
	return noPronoun
}

// rankState follows what attachRefs resolved so far: the token of each
// entity's last Ref, so that a pronoun resolved before is an occurrence
// of its actor.
type rankState struct {
	lastRef []int // per entity: token of its last pronoun Ref, -1 for none
}

func newRankState(doc *Document) *rankState {
	st := &rankState{lastRef: make([]int, len(doc.Entities))}
	for e := range st.lastRef {
		st.lastRef[e] = -1
	}
	return st
}

// candidateInfo gathers what the features read about one entity.
type candidateInfo struct {
	entity  int
	at      int     // token of its last occurrence before the pronoun
	sent    int     // sentence of that occurrence
	ref     bool    // that occurrence is a pronoun resolved before
	mention Mention // its last mention before the pronoun (or its first)
	count   int     // its mentions before the pronoun
}

// decide builds the decision for the pronoun or description [first, i]
// with head i, of class pc, whose rules' choice is entity rule (-1 for
// none).
func (d rankReader) decide(st *rankState, first, i int, pc pronounClass, rule int) (CorefDecision, bool) {
	descs := descriptionReader{d.Document}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return CorefDecision{}, false
	}
	lw := strings.ToLower(d.Tokens[i].Text)
	pg := pronounGender(lw)
	var gf func(*Mention) bool
	if pc == personPronoun {
		gf = genderReader{d.Document}.genderFilter(sent, i, pg)
	}
	var cc string // a description's nationality
	var forms []string
	o := orgNouns[lw]
	switch pc {
	case personDesc:
		_, cc, _, _, _ = descs.personDescriptionParts(i)
	case orgDesc:
		_, cc, _ = descs.description(i)
	case stateDesc:
		det, c, _, _ := descs.stateDescriptionParts(i)
		cc, forms = c, d.requiredForms(det, i)
	}
	admits := func(m *Mention) bool {
		if cc != "" && m.CountryCode() != cc {
			return false
		}
		switch pc {
		case personDesc:
			return m.Type == Person && !rejects(titleReader{d.Document}.titleOf(m), lw)
		case orgDesc:
			return m.Type == Org && (m.Kind != "" && o.kinds[m.Kind] || m.Kind == "" && o.unknown) ||
				(o.country || o.state) && m.Type == GPE && m.ID != "" && m.ID == m.Country
		case stateDesc:
			return m.Type == GPE && m.ID != "" && m.ID == m.Country && d.ofForm(m, forms)
		case personPronoun:
			return m.Type == Person && gf(m)
		case thingPronoun:
			return m.Type == GPE && m.Country != "" || m.Type == Org
		case pluralPronoun:
			return m.Type == Org || m.Type == NORP || m.Type == GPE && m.ID != "" && m.ID == m.Country
		}
		return false
	}
	if d.objectPronoun(i) {
		if rule >= 0 {
			// "Modi spoke with Koirala and assured him": binding, which
			// the rules read from the tags, decides an object pronoun;
			// the model, which reads few of them, does not override it.
			return CorefDecision{}, false
		}
		// "Putin welcomed Modi and toured him": an object pronoun is not
		// its verb's own subject (as for Referent).
		if subj, ok := (resolver{d.Document}).clauseSubject(sent, i, func(m *Mention) bool { return m.Type != Event && m.Type != Loc }); ok {
			admitted := admits
			admits = func(m *Mention) bool { return admitted(m) && !sameActor(m, &subj) }
		}
	}
	limit := first
	if _, open, ok := (quoteReader{d.Document}).frameView(first); ok {
		// "\"Turkey must stop ...,\" it said": the speaker of the
		// quotation before it is named before the quotation, not in it
		// (as for Referent).
		limit = open
	}
	from := max(min(sent, d.sentenceOf(limit))-rankWindow, 0)
	lo, _ := d.sentenceMentions(from)
	infos := map[int]*candidateInfo{}
	var order []int
	for k := lo; k < len(d.Mentions) && d.Mentions[k].Last <= limit; k++ {
		m := &d.Mentions[k]
		if m.Entity < 0 || m.Entity >= len(d.Entities) || !admits(m) {
			continue
		}
		c := infos[m.Entity]
		if c == nil {
			c = &candidateInfo{entity: m.Entity}
			infos[m.Entity] = c
			order = append(order, m.Entity)
		}
		c.at, c.sent, c.ref, c.mention = m.First, m.Sentence, false, *m
	}
	for _, c := range infos {
		if r := st.lastRef[c.entity]; r > c.at && r < limit {
			c.at, c.sent, c.ref = r, d.sentenceOf(r), true
		}
	}
	// A pronoun resolved before to an actor named only further back.
	for e, r := range st.lastRef {
		if r < 0 || r >= limit || infos[e] != nil || d.sentenceOf(r) < from || len(d.Entities[e].Mentions) == 0 {
			continue
		}
		m := d.Mentions[d.Entities[e].Mentions[0]]
		if !admits(&m) {
			continue
		}
		infos[e] = &candidateInfo{entity: e, at: r, sent: d.sentenceOf(r), ref: true, mention: m}
		order = append(order, e)
	}
	if rule >= 0 && infos[rule] == nil && len(d.Entities[rule].Mentions) > 0 {
		// The rules' choice from further back (an opening description,
		// a quotation's speaker): a candidate too.
		m := d.Mentions[d.Entities[rule].Mentions[0]]
		infos[rule] = &candidateInfo{entity: rule, at: m.First, sent: m.Sentence, mention: m}
		order = append(order, rule)
	}
	if len(order) == 0 {
		return CorefDecision{}, false
	}
	for _, e := range order {
		c := infos[e]
		for _, mi := range d.Entities[e].Mentions {
			if mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Last <= i {
				c.count++
			}
		}
	}
	dec := CorefDecision{Start: d.Tokens[first].Start, End: d.Tokens[i].End, Token: i, Rule: -1, Class: pronounClassNames[pc]}
	f := featureSet{cls: pronounClassNames[pc], form: lw}
	role := d.pronounRole(i)
	inQ := chainReader{d.Document}.inQuotation(i)
	var spk Mention
	hasSpk := false
	if inQ {
		spk, hasSpk = quoteReader{d.Document}.speaker(i)
	}
	countries, organs := map[string]bool{}, map[string]bool{}
	for _, e := range order {
		m := &infos[e].mention
		if m.Type == GPE && m.ID != "" && m.ID == m.Country {
			countries[m.ID] = true
		}
		if m.Type == Org && m.Country != "" {
			organs[m.Country] = true
		}
	}
	docFirst := d.firstActor(admits)
	clause, lead, firstHere := -1, -1, -1
	if m, ok := (resolver{d.Document}).clauseSubject(sent, i, admits); ok {
		clause = m.Entity
	}
	if m, ok := (resolver{d.Document}).subject(sent, i, admits); ok {
		lead = m.Entity
	}
	if m, ok := d.firstMention(sent, i, admits); ok {
		firstHere = m.Entity
	}
	for _, e := range order {
		c := infos[e]
		rank := 0
		for _, o := range order {
			if infos[o].at > c.at {
				rank++
			}
		}
		f.reset()
		sd := bucket(sent-c.sent, 0, 1, 2, 3, 4)
		f.add("b", c.mention.Type.String())
		f.addForm("b", c.mention.Type.String())
		f.add("sd", sd)
		f.add("rank", bucket(rank, 0, 1, 2, 3))
		f.add("sd-rank", sd, bucket(rank, 0, 1, 2))
		if e == rule {
			f.add("rule")
			f.addForm("rule")
			f.add("rule-sd", sd)
			f.add("rule-rank", bucket(rank, 0, 1, 2))
			f.add("rule-role", role)
		}
		f.addForm("type", c.mention.Type.String(), sd)
		if e == clause {
			f.add("clausesubj", role)
		}
		f.add("rank-role", bucket(rank, 0, 1, 2), role)
		if e == lead {
			f.add("leading", sd)
		}
		if e == firstHere {
			f.add("firsthere", role)
		}
		before, after := "none", "none"
		if k := c.mention.First - 1; k >= 0 && k < len(d.Tokens) {
			before = d.Tokens[k].POS.String()
		}
		if k := c.mention.Last; k >= 0 && k < len(d.Tokens) {
			after = d.Tokens[k].POS.String()
		}
		f.add("before", before)
		f.add("after", after)
		f.add("around", before, after, sd)
		if (chainReader{d.Document}).inQuotation(c.mention.First) {
			f.add("quoted", boolName(inQ))
		}
		if c.ref {
			f.add("ref", sd)
		}
		subj := d.subjectAt(&c.mention)
		f.add("subj", boolName(subj), role)
		f.add("subj-sd", boolName(subj), sd)
		if hasSpk && spk.Entity == e {
			f.add("speaker")
		}
		if inQ {
			f.add("inq", sd)
		}
		f.add("freq", bucket(c.count, 0, 1, 2, 3, 5, 8))
		if e == docFirst {
			f.add("docfirst")
		}
		if c.mention.Role != "" || d.Entities[e].Role != "" {
			f.add("titled")
		}
		if c.mention.Kind != "" {
			f.add("kind", string(c.mention.Kind))
		}
		if pc == personDesc {
			f.add("accepts", boolName(accepts(titleReader{d.Document}.titleOf(&c.mention), lw)))
		}
		if pc == personPronoun {
			switch g := (genderReader{d.Document}).genderOf(&c.mention, true); {
			case g == unknownGender:
				f.add("gender", "unknown")
			case g == pg:
				f.add("gender", "agree")
			}
		}
		if c.sent == 0 && sent > 0 {
			f.add("lead")
		}
		if descs.dateline(&c.mention) {
			f.add("dateline")
		}
		if cc := c.mention.Country; c.mention.Type == Org && cc != "" && countries[cc] {
			// "Russia ... the Russian Foreign Ministry ... it": an organ of
			// a country that is itself a candidate.
			f.add("organ", sd)
		}
		if c.mention.Type == GPE && organs[c.mention.ID] {
			f.add("has-organ", sd)
		}
		if c.mention.Sentence == sent && c.mention.Last+1 < len(d.Tokens) && isWord(english.GenitiveMarker, strings.ToLower(d.Tokens[c.mention.Last].Text)) {
			f.add("possessor")
		}
		if e == rule {
			dec.Rule = len(dec.Candidates)
		}
		dec.Candidates = append(dec.Candidates, CorefCandidate{Entity: e, Features: f.take()})
	}
	f.reset()
	f.add("null")
	f.addForm("null")
	f.add("null-rule", boolName(rule >= 0))
	f.add("null-n", bucket(len(order), 1, 2, 3, 4))
	f.add("null-role", role)
	if inQ {
		f.add("null-inq")
	}
	dec.Null = f.take()
	return dec, true
}

// pronounRole names the pronoun's grammatical role as the tags show it.
func (d rankReader) pronounRole(i int) string {
	switch {
	case d.subjectPronoun(i):
		return "subj"
	case d.objectPronoun(i):
		return "obj"
	case text.POS(d.Tokens[i].POS) == text.PRPS:
		return "poss"
	}
	return "other"
}

// subjectAt reports whether mention m stands before any verb of its
// sentence: its clause's subject, as the tags show it.
func (d rankReader) subjectAt(m *Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return false
	}
	return !chainReader{d.Document}.verbBefore(m.Sentence, m.First)
}

// firstActor returns the entity of the document's first mention that
// admits accepts, or -1.
func (d rankReader) firstActor(admits func(*Mention) bool) int {
	for k := range d.Mentions {
		if admits(&d.Mentions[k]) {
			return d.Mentions[k].Entity
		}
	}
	return -1
}

// featureSet builds the hashed features of one candidate: each feature
// is written once plain and once with the pronoun's class, and addForm
// adds the pronoun's own form (a word of the text, not of the code). The
// hash of "name|scope=v1=v2" is computed in parts (see package fnvhash).
type featureSet struct {
	cls, form string
	out       []uint64
}

func (f *featureSet) reset() { f.out = nil }

func (f *featureSet) take() []uint64 { return f.out }

func (f *featureSet) add(name string, vals ...string) {
	f.out = append(f.out, featureKey(name, "", "", vals), featureKey(name, "", f.cls, vals))
}

func (f *featureSet) addForm(name string, vals ...string) {
	f.out = append(f.out, featureKey(name, "form=", f.form, vals))
}

// featureKey is CorefFeature(name + "|" + prefix + scope + "=" + vals[0]
// + ...), with no "|" when scope is empty.
func featureKey(name, prefix, scope string, vals []string) uint64 {
	h := fnvhash.Add(fnvhash.Offset, name)
	if scope != "" {
		h = fnvhash.Add(fnvhash.Add(fnvhash.Add(h, "|"), prefix), scope)
	}
	for _, v := range vals {
		h = fnvhash.Add(fnvhash.Add(h, "="), v)
	}
	return h
}

// bucket names the bucket of n: the largest bound that is at most n.
func bucket(n int, bounds ...int) string {
	b := bounds[0]
	for _, x := range bounds {
		if n >= x {
			b = x
		}
	}
	return strconv.Itoa(b)
}

func boolName(b bool) string {
	if b {
		return "y"
	}
	return "n"
}

// rank lets the model choose the actor of the pronoun at token i of class
// pc, whose rules' choice is es (one entity or none), and records the
// decision when the analysis collects them. A pronoun the rules gave
// several actors is left to them.
func (a *analysis) rank(doc *Document, st *rankState, first, i int, pc pronounClass, es []int) []int {
	if len(es) > 1 {
		return es
	}
	rule := -1
	if len(es) == 1 {
		rule = es[0]
	}
	dec, ok := rankReader{doc}.decide(st, first, i, pc, rule)
	if !ok {
		return es
	}
	if a.record != nil {
		*a.record = append(*a.record, dec)
		return es
	}
	if k := a.t.opts.coref.Choose(dec); k >= 0 {
		return []int{dec.Candidates[k].Entity}
	}
	return nil
}

// CorefDecisions tags in as Tag does, with the rules alone choosing the
// antecedents of pronouns (whatever model the Tagger has), and returns
// the document with the ranker's decision for each pronoun it would
// decide: the input of the trainer (entity/internal/corefrank). It is
// safe for concurrent use.
func (t *Tagger) CorefDecisions(in Input) (*Document, []CorefDecision) {
	var decs []CorefDecision
	doc := t.tag(in, &decs)
	return doc, decs
}
