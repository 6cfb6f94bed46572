package relation

import (
	_ "embed"
	"io"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
)

// Reported accusations: "X says Y did something hostile" is X DISAPPROVE
// Y, though no word of the sentence accuses. An assertion verb (class
// assertion_verbs) whose subject is an actor X takes a clausal complement
// whose subject is another actor Y; when the complement's predicate is
// negative, the saying is a charge against Y. A predicate is negative when
// it holds a word of blame (class blame_words: "is corrupt", "undermines
// stability"), a hostile trigger of the lexicon ("used a school to launch
// attacks"), a negated cooperative trigger ("has not cooperated") or a
// verb of failure ("failed to stop"); a word of rejection (class
// rejection_words: "X says Y's plan is unacceptable") makes it X REJECT Y.
// A negated blame or a negated trigger of a cleared root ("had not
// violated the ceasefire", "did not attack") clears Y: no charge, even of
// the cooperative act the negated word governs, and the relation model
// proposes no charge (cleared_charge) between them. A negated assertion ("did
// not say") gives a negated charge. The relations and roots it follows on
// the parse are data/accuse/accuse.yaml.

// accusals holds the dependency relations and codes of the rule. It is
// immutable once loaded.
type accusals struct {
	speaker, content             []syntax.Rel
	contentSubject, contentAgent []syntax.Rel
	owner, predicate             []syntax.Rel
	relay, relayed, source       []syntax.Rel
	denied, chargeOwner          []syntax.Rel
	modal, speakerOwner          []syntax.Rel
	inverted, invertedBlockers   []syntax.Rel
	control                      []syntax.Rel
	hostile, cooperative         map[Predicate]bool
	cleared                      map[Predicate]bool
	clearedCharge                Predicate

	// reported demands and stances (reported_demand.go, reported_stance.go)
	obligationComplement, marker    []syntax.Rel
	wantedObject, wantedAct         []syntax.Rel
	dependsOn, conditionSetter      []syntax.Rel
	stanceOwner, stanceNounTarget   []syntax.Rel
	accepted                        []syntax.Rel
	condition                       []syntax.Rel
	stanceSubject, stanceTarget     []syntax.Rel
	namingObject, evaluation        []syntax.Rel
	obligation, hedged, conditional Predicate
	wanting                         Predicate
	opposition, concern             Predicate
	nonAcceptance                   Predicate
	threatRoots                     map[Predicate]bool
}

const accuseFile = "data/accuse/accuse.yaml"

//go:embed data/accuse/accuse.yaml
var accuseYAML []byte

var defaultAccusals = sync.OnceValues(func() (*accusals, error) { return parseAccusals(accuseYAML, accuseFile) })

// accusals returns the reported readings' roles of the extractor
// (WithAccusals), or the embedded ones.
func (pv *parseView) accusals() (*accusals, error) {
	if pv.ac != nil {
		return pv.ac, nil
	}
	return defaultAccusals()
}

// Accusals are the dependency roles and CAMEO codes of the reported
// readings, read off the parse: accusations ("X says Y did something
// hostile"), demands ("X says Y must", "X wants Y to") and stances ("X is
// opposed to Y's plan"), the keys of relation/data/accuse/accuse.yaml. The
// English words they need are classes of the lexicon (internal/english's
// words.yaml, with a lexicon's words: additions). An Accusals is immutable
// and safe for concurrent use. The zero Accusals, like a nil *Accusals,
// stands for the embedded file; load a file with LoadAccusals.
type Accusals struct {
	ac *accusals // nil: the embedded accusals
}

// DefaultAccusals returns the embedded accusals (relation/data/accuse/
// accuse.yaml), loaded once.
func DefaultAccusals() (*Accusals, error) {
	ac, err := defaultAccusals()
	if err != nil {
		return nil, err
	}
	return &Accusals{ac: ac}, nil
}

// LoadAccusals reads an accusals file in YAML, a mapping of the keys of
// the embedded accuse.yaml to lists, and merges it over the embedded
// accusals as LoadFrames does: each key the file gives replaces that
// key's list wholesale (relations or codes), and the keys it leaves out
// keep the embedded lists. So `hostile: ["18", "19"]` makes a reported
// assault or fight a charge against its subject, `speaker_owner: []`
// stops reading "a Pakistani statement said" as Pakistan's, and an empty
// list for a one-code key (`wanting: []`) switches its reading off. name
// is used in error positions: when the input is invalid (an unknown key,
// dependency relation or code, two codes for a one-code key) the error is
// an [ErrorList] with every problem found, each at its file:line:col.
func LoadAccusals(r io.Reader, name string) (*Accusals, error) {
	ac, err := loadOver(r, name, defaultAccusals, mergeAccusals)
	if err != nil {
		return nil, err
	}
	return &Accusals{ac: ac}, nil
}

// mergeAccusals returns base with the keys the accusals file data gives
// replaced by the file's lists; base is not changed.
func mergeAccusals(base *accusals, data []byte, name string) (*accusals, error) {
	user, given, err := readAccusals(data, name)
	if err != nil {
		return nil, err
	}
	out := *base
	rels, codes, code := out.keys()
	userRels, userCodes, userCode := user.keys()
	for _, key := range given {
		switch {
		case rels[key] != nil:
			*rels[key] = *userRels[key]
		case codes[key] != nil:
			*codes[key] = *userCodes[key]
		default:
			*code[key] = *userCode[key]
		}
	}
	return &out, nil
}

// keys returns the fields of ac by the keys of an accusals file: the
// lists of relations, the sets of codes and the one-code keys.
func (ac *accusals) keys() (rels map[string]*[]syntax.Rel, codes map[string]*map[Predicate]bool, code map[string]*Predicate) {
	rels = map[string]*[]syntax.Rel{
		"speaker": &ac.speaker, "content": &ac.content, "content_subject": &ac.contentSubject,
		"content_agent": &ac.contentAgent, "owner": &ac.owner, "predicate": &ac.predicate,
		"relay": &ac.relay, "relayed": &ac.relayed, "source": &ac.source, "denied": &ac.denied, "charge_owner": &ac.chargeOwner,
		"modal": &ac.modal, "speaker_owner": &ac.speakerOwner,
		"inverted": &ac.inverted, "inverted_blockers": &ac.invertedBlockers, "control": &ac.control,
		"obligation_complement": &ac.obligationComplement, "marker": &ac.marker, "condition": &ac.condition,
		"stance_subject": &ac.stanceSubject, "stance_target": &ac.stanceTarget,
		"naming_object": &ac.namingObject, "evaluation": &ac.evaluation,
		"wanted": &ac.wantedObject, "wanted_act": &ac.wantedAct,
		"depends_on": &ac.dependsOn, "condition_setter": &ac.conditionSetter,
		"stance_owner": &ac.stanceOwner, "stance_noun_target": &ac.stanceNounTarget,
		"accepted": &ac.accepted,
	}
	codes = map[string]*map[Predicate]bool{"hostile": &ac.hostile, "cooperative": &ac.cooperative, "cleared": &ac.cleared, "threat_roots": &ac.threatRoots}
	code = map[string]*Predicate{
		"obligation": &ac.obligation, "hedged": &ac.hedged, "conditional": &ac.conditional,
		"opposition": &ac.opposition, "concern": &ac.concern, "wanting": &ac.wanting,
		"non_acceptance": &ac.nonAcceptance, "cleared_charge": &ac.clearedCharge,
	}
	return rels, codes, code
}

// parseAccusals reads the rule's file: a mapping of role names to lists
// of UD relation names, and of hostile and cooperative to lists of CAMEO
// codes. Unknown keys, relations and codes are errors at their
// file:line:col.
func parseAccusals(data []byte, file string) (*accusals, error) {
	ac, _, err := readAccusals(data, file)
	return ac, err
}

// readAccusals is parseAccusals, which also returns the keys the file
// gives, in file order.
func readAccusals(data []byte, file string) (*accusals, []string, error) {
	ac := &accusals{hostile: map[Predicate]bool{}, cooperative: map[Predicate]bool{}, cleared: map[Predicate]bool{}, threatRoots: map[Predicate]bool{}}
	rels, codes, code := ac.keys()
	known := func(key string) bool { return rels[key] != nil || codes[key] != nil || code[key] != nil }
	item := func(key string, n *yaml.Node, pos Position, errs *ErrorList) {
		if n.Kind != yaml.ScalarNode {
			errs.Add(pos, "accusals: %s: want a scalar", key)
			return
		}
		if one, isCode := code[key]; isCode {
			p, msg := parseCAMEO(n.Value)
			switch {
			case msg != "":
				errs.Add(pos, "accusals: %s: code %q: %s", key, n.Value, msg)
			case *one != 0:
				errs.Add(pos, "accusals: %s: want one code", key)
			default:
				*one = p
			}
			return
		}
		if set, isCode := codes[key]; isCode {
			p, msg := parseCAMEO(n.Value)
			if msg != "" {
				errs.Add(pos, "accusals: %s: code %q: %s", key, n.Value, msg)
				return
			}
			(*set)[p] = true
			return
		}
		rel, ok := syntax.ParseRel(n.Value)
		if !ok {
			errs.Add(pos, "accusals: %s: unknown dependency relation %q", key, n.Value)
			return
		}
		*rels[key] = append(*rels[key], rel)
	}
	given, err := decodeLists(data, file, listsFile{"accusals", "key"}, known, item)
	if err != nil {
		return nil, nil, err
	}
	return ac, given, nil
}

// accuseReader finds the reported accusations of one sentence. It is a
// view of the sentence with no state of its own.
type accuseReader struct {
	*sentence
	ac *accusals
}

// reportedParse returns the accusation view of s and its parse when s is
// worth parsing for one of the reported readings: it has the reading's cue
// (a word of the reading's classes) and a dependent along its roles. The
// readings of this file, reported_demand.go and reported_stance.go share
// it; a sentence that fails the cue is never parsed for them.
func reportedParse(s *sentence, cue func(accuseReader) bool, roles func(*accusals) []syntax.Rel) (accuseReader, *syntax.Graph, bool) {
	if s.pv == nil {
		return accuseReader{}, nil, false
	}
	ac, err := s.pv.accusals()
	if err != nil {
		return accuseReader{}, nil, false
	}
	r := accuseReader{s, ac}
	if !cue(r) || !(graphReader{s}).worthParsing(roles(ac), nil) {
		return accuseReader{}, nil, false
	}
	g := graphReader{s}.syntaxGraph()
	return r, g, g != nil
}

// reportedAccusations returns "X says Y did something hostile" as X
// DISAPPROVE Y, read off the sentence's parse. Sentences with no
// assertion verb and a negative cue are not parsed for it.
func (x *Extractor) reportedAccusations(s *sentence, dates []dateAt) []Relation {
	var out []Relation
	readReports(s, func(i, v int, g *syntax.Graph, speaker []actor, ch charge) {
		if ch.cleared || len(ch.target) == 0 {
			return
		}
		from, to := i, max(ch.end, i+1)
		if ch.end <= i {
			from, to = ch.end-1, i+1 // the cue before the verb
		}
		out = append(out, s.pairs(speaker, ch.target, ch.pred, s.tokSpan(from, to), nearestDate(dates, i), negationReader{s}.parsed(g, v))...)
	})
	return out
}

// clearedReader answers, for the relation model's proposals in one
// sentence, whether the speaker of a reported clause cleared its subject
// ("X said Y had not attacked Z"): the model then proposes no relation
// of the code cleared_charge from X to Y, the reading the rule ruled out.
// The pairs are read on the first proposal of that code. It is not safe
// for concurrent use; one with its sentence set is ready to use.
type clearedReader struct {
	s     *sentence
	pairs map[[2]string]bool
	read  bool
}

// clears reports whether the model's proposal pred from the actor of key
// a to that of key b is vetoed.
func (c *clearedReader) clears(pred Predicate, a, b string) bool {
	if c.s.pv == nil {
		return false
	}
	ac, err := c.s.pv.accusals()
	if err != nil || ac.clearedCharge == 0 || pred != ac.clearedCharge {
		return false
	}
	if !c.read {
		c.pairs, c.read = clearedPairs(c.s), true
	}
	return c.pairs[[2]string{a, b}]
}

// clearedPairs returns the ordered pairs of actor keys (speaker, subject)
// whose reported clause the speaker clears.
func clearedPairs(s *sentence) map[[2]string]bool {
	out := map[[2]string]bool{}
	readReports(s, func(_, _ int, _ *syntax.Graph, speaker []actor, ch charge) {
		if !ch.cleared {
			return
		}
		for _, a := range speaker {
			for _, b := range ch.target {
				out[[2]string{a.key(), b.key()}] = true
			}
		}
	})
	return out
}

// readReports calls f for each clause of the sentence reported by a
// saying with a speaker that is a charge or cleared: with the saying's
// token i and graph word v, the graph, the speaker and the charge.
// Sentences with no assertion verb and a negative cue are not parsed.
func readReports(s *sentence, f func(i, v int, g *syntax.Graph, speaker []actor, ch charge)) {
	first := -1
	r, g, ok := reportedParse(s, func(r accuseReader) bool {
		first = r.firstReport()
		return first >= 0 && r.cue()
	}, func(ac *accusals) []syntax.Rel { return ac.content })
	if !ok {
		return
	}
	for i := first; i < s.n(); i++ {
		rep, ok := r.reportAt(g, i)
		if !ok {
			continue
		}
		for _, c := range rep.clauses {
			for _, h := range g.Conjuncts(c) {
				if h == rep.verb {
					continue
				}
				if ch := r.accused(g, h, c); ch.cleared || len(ch.target) > 0 {
					f(i, rep.verb, g, rep.speaker, ch)
				}
			}
		}
	}
}

// charge is what a reported clause says of its subject: the actors it
// charges (target), the token after the last word that makes it a
// charge and its predicate; or, cleared, the actors the speaker clears
// of a negated hostile act or blame.
type charge struct {
	target  []actor
	end     int
	pred    Predicate
	cleared bool
}

// report is one saying on the parse: the token and graph word of its
// verb (or source phrase), who says it and the heads of the clauses it
// reports.
type report struct {
	tok, verb int
	speaker   []actor
	clauses   []int
}

// firstReport returns the first token of the sentence that may report a
// clause (an assertion verb or a source phrase), or -1.
func (r accuseReader) firstReport() int {
	for i := range r.words {
		if r.at(i, english.AssertionVerbs) || r.wd.phraseLen(r.words, i, english.SourcePhrases) > 0 {
			return i
		}
	}
	return -1
}

// reportAt returns the saying at token i: an assertion verb with its
// speaker and reported clauses, or a source phrase ("according to X")
// with the clause it hangs from; false when there is none or it has no
// speaker.
func (r accuseReader) reportAt(g *syntax.Graph, i int) (report, bool) {
	s, ac := r.sentence, r.ac
	v := s.pv.tokWord[i]
	if v < 0 {
		return report{}, false
	}
	probe := &trig{start: i, end: i + 1, head: i, e: &entry{}}
	var speaker []actor
	var clauses []int
	switch {
	case s.at(i, english.AssertionVerbs) && (!s.hasPOS || s.pos[i].IsVerb()):
		speaker = graphReader{s}.argsOf(g, probe, v, ac.speaker, "")
		if h := g.Words[v].Head; len(speaker) == 0 && h >= 0 && hasRel(g.Words[v].Rel, ac.relay) {
			// "quoted the minister as saying": the relaying verb's object.
			speaker = graphReader{s}.argsOf(g, probe, h, ac.relayed, "")
		}
		for u, n := v, 0; len(speaker) == 0 && n < 3 && g.Words[u].Head >= 0 && hasRel(g.Words[u].Rel, ac.control); n++ {
			// "has taken initiatives to try to show X that Y ...":
			// the subject of the verb the assertion is controlled by.
			u = g.Words[u].Head
			speaker = graphReader{s}.argsOf(g, probe, u, ac.speaker, "")
		}
		if len(speaker) == 0 {
			// "a Pakistani statement said": the owner of the speaking noun.
			for _, d := range g.Dependents(v, ac.speaker...) {
				speaker = append(speaker, graphReader{s}.argsOf(g, probe, d, ac.speakerOwner, "")...)
			}
		}
		clauses = g.Dependents(v, ac.content...)
		if h := g.Words[v].Head; len(clauses) == 0 && h >= 0 && h < v && r.inverted(g, v) {
			// "Y is corrupt, X said": the clause before the comma.
			clauses = []int{h}
		}
	case s.wd.phraseLen(s.words, i, english.SourcePhrases) > 0:
		// "according to X, Y ...": X is the speaker of the clause
		// the source phrase hangs from.
		n := g.Words[v].Head
		if n < 0 || !hasRel(g.Words[n].Rel, ac.source) || g.Words[n].Head < 0 {
			return report{}, false
		}
		for _, e := range g.Expand(n) {
			speaker = append(speaker, graphReader{s}.actorsAtWord(g, e)...)
		}
		clauses = []int{g.Words[n].Head}
	}
	if len(speaker) == 0 {
		return report{}, false
	}
	return report{tok: i, verb: v, speaker: speaker, clauses: clauses}, true
}

// cue reports whether a word of the sentence could make a reported clause
// negative: a word of blame or rejection (a blame verb in any tag: the
// parse decides, see blameAt), a negation (of a cooperative act), a verb
// of failure or a hostile trigger.
func (r accuseReader) cue() bool {
	for k := range r.words {
		if r.badAt(k) || r.at(k, english.BlameVerbs) || (negationReader{r.sentence}).wordAt(k) || r.at(k, english.FailureNouns) || r.at(k, english.FailVerbs) || r.phraseAt(k, english.RejectionWords) {
			return true
		}
	}
	for m := range r.matches {
		if r.ac.hostile[r.matches[m].root()] {
			return true
		}
	}
	return false
}

// blameAt reports whether a word or phrase of blame starts at graph word
// w of the reported clause headed by h: a blame word, or a blame verb the
// parse tags a verb ("Y harbors militants", not "the harbour"). The
// tagger reads "undermines" in "X says Y undermines stability" as an
// adjective and "distorts" as a plural noun, the parse both as the
// clause's verb; where the two disagree, the parse is followed for the
// clause's head h only, a verb with a subject of its own. (cue, before the
// parse, takes a blame verb in any tag and leaves the choice to this.)
func (r accuseReader) blameAt(g *syntax.Graph, w, h int) bool {
	k := r.pv.wordTok[w]
	if r.phraseAt(k, english.BlameWords) {
		return true
	}
	if !r.at(k, english.BlameVerbs) || !text.ParsePOS(g.Words[w].XPOS).IsVerb() {
		return false
	}
	return !r.hasPOS || r.pos[k].IsVerb() || w == h
}

// phraseAt reports whether a word or phrase of class c starts or ends at
// token k (the parse may make the last word of "out of the question" the
// head).
func (r accuseReader) phraseAt(k int, c wordClass) bool {
	return r.at(k, c) || r.wd.phraseLen(r.words, k, c) > 0 || r.wd.phraseEnding(r.words, k, c) > 0
}

// accused returns the charge a reported clause headed by word h (c the
// first of its conjuncts, whose subject h shares when it has none) makes:
// the actors it is against and the token after the last word that makes
// it one; no target when its predicate is not negative, and its subject's
// actors, cleared, when a negated blame or hostile act clears them.
func (r accuseReader) accused(g *syntax.Graph, h, c int) charge {
	subj := r.clauseSubject(g, h, c)
	if len(subj) == 0 {
		return charge{}
	}
	neg := negationReader{r.sentence}.parsed(g, h)
	// negatedAt reports whether the negation of the clause falls on
	// word w: the head's own, or one of w's.
	negatedAt := func(w int) bool {
		if w == h {
			return neg
		}
		return negationReader{r.sentence}.parsed(g, w)
	}
	// cleared: a word of blame or a trigger of a cleared root is
	// negated ("Y had not violated the ceasefire", "Y did not attack"):
	// the speaker clears Y, even of the cooperative act the negated
	// word governs.
	cleared := false
	blame, hostile, failed, cooperative, rejection := -1, -1, -1, -1, -1
	var cues []int // the words of blame and failure, whose owners are accused when the subject is no actor
	for _, w := range r.predicateWords(g, h) {
		k := r.pv.wordTok[w]
		switch {
		case r.blameAt(g, w, h) || w == h && r.phraseAt(k, english.NegativeEvaluations):
			// a word of negative evaluation only as the predicate
			// itself ("Y's remarks are unhelpful", not "send the
			// wrong signal").
			blame = max(blame, k+max(r.wd.phraseLen(r.words, k, english.BlameWords), 1)-1) // "responsible for"
			cues = append(cues, w)
			if negatedAt(w) {
				neg, cleared = true, true
			}
		case r.at(k, english.FailVerbs) || r.at(k, english.FailureNouns):
			failed = max(failed, k)
			cues = append(cues, w)
		case r.phraseAt(k, english.RejectionWords):
			rejection = max(rejection, k+max(r.wd.phraseLen(r.words, k, english.RejectionWords), 1)-1)
			if w != h && (negationReader{r.sentence}).parsed(g, w) {
				neg = true
			}
		}
		for m := range r.matches {
			t := &r.matches[m]
			if t.head != k {
				continue
			}
			if r.ac.cleared[t.root()] && negatedAt(w) {
				neg, cleared = true, true
			}
			if r.ac.hostile[t.root()] {
				hostile = max(hostile, t.end-1)
			} else if r.ac.cooperative[t.root()] {
				cooperative = max(cooperative, t.end-1)
				if w != h && (negationReader{r.sentence}).parsed(g, w) {
					neg = true
				}
			}
		}
	}
	end, pred := 0, Disapprove
	switch {
	case cleared:
		return charge{target: uniqueActors(r.subjectActors(g, subj)), cleared: true}
	case neg && cooperative >= 0:
		if r.modalAt(g, h) {
			// "Y will not attend": an announcement, not a charge.
			return charge{}
		}
		end = cooperative + 1
	case neg:
		return charge{}
	case blame >= 0 || hostile >= 0:
		end = max(blame, hostile) + 1
	case failed >= 0:
		end = failed + 1
	case rejection >= 0:
		// "X says Y's plan is unacceptable": X rejects it.
		end, pred = rejection+1, Reject
	default:
		return charge{}
	}
	if hostile >= 0 && blame < 0 && g.Passive(h) {
		// "the village was shelled by Y": the charge is against the agent.
		if ag := g.Dependents(h, r.ac.contentAgent...); len(ag) > 0 {
			subj = ag
		}
	}
	out := r.subjectActors(g, subj)
	if len(out) == 0 && hostile < 0 {
		// "X says the cases show Y's failure to act": the owner of
		// the word of blame or failure.
		for _, w := range cues {
			if w != h {
				out = append(out, r.ownersOf(g, w, 2)...)
			}
		}
	}
	return charge{target: uniqueActors(out), end: end, pred: pred}
}

// predicateWords returns word h and the words reached from it along the
// predicate relations, not entering a word with a subject of its own.
func (r accuseReader) predicateWords(g *syntax.Graph, h int) []int {
	out := []int{h}
	for k := 0; k < len(out); k++ {
		for _, c := range g.Dependents(out[k], r.ac.predicate...) {
			if len(g.Dependents(c, r.ac.contentSubject...)) > 0 {
				continue
			}
			out = append(out, c)
		}
	}
	return out
}

// deniedCharges returns "X denied Y's charges" as X REJECT Y and Y
// DISAPPROVE X (the charge): a verb of denial (class denial_verbs) whose
// object along the denied relations is a noun of charge (class
// charge_nouns) with an owner along the charge_owner relations.
func (x *Extractor) deniedCharges(s *sentence, dates []dateAt) []Relation {
	if s.pv == nil {
		return nil
	}
	ac, err := s.pv.accusals()
	if err != nil {
		return nil
	}
	cue := false
	for i := range s.words {
		if s.at(i, english.ChargeNouns) {
			cue = true
			break
		}
	}
	if !cue || !(graphReader{s}).worthParsing(ac.denied, nil) {
		return nil
	}
	var out []Relation
	for i := range s.words {
		if !s.at(i, english.DenialVerbs) {
			continue
		}
		g := graphReader{s}.syntaxGraph()
		if g == nil {
			return nil
		}
		v := s.pv.tokWord[i]
		if v < 0 {
			continue
		}
		probe := &trig{start: i, end: i + 1, head: i, e: &entry{}}
		denier := graphReader{s}.argsOf(g, probe, v, ac.speaker, "")
		if len(denier) == 0 {
			continue
		}
		for _, n := range g.Dependents(v, ac.denied...) {
			k := s.pv.wordTok[n]
			if !s.at(k, english.ChargeNouns) {
				continue
			}
			accuser := graphReader{s}.argsOf(g, probe, n, ac.chargeOwner, "")
			for _, a := range uniqueActors(denier) {
				for _, b := range uniqueActors(accuser) {
					if sameActor(a, b) {
						continue
					}
					o, back := b.arg, a.arg
					out = append(out,
						Relation{Subject: a.arg, Object: &o, Predicate: Reject, CAMEO: Reject.Code(),
							Trigger: s.tokSpan(i, k+1), Sentence: s.span, Date: nearestDate(dates, i), Negated: negationReader{s}.parsed(g, v)},
						Relation{Subject: b.arg, Object: &back, Predicate: Disapprove, CAMEO: Disapprove.Code(),
							Trigger: s.tokSpan(k, k+1), Sentence: s.span, Date: nearestDate(dates, k)})
				}
			}
		}
	}
	return out
}

// modalAt reports whether word h has a dependent along the modal
// relations that is a modal of intention or possibility ("will", "may").
func (r accuseReader) modalAt(g *syntax.Graph, h int) bool {
	for _, d := range g.Dependents(h, r.ac.modal...) {
		if k := r.pv.wordTok[d]; r.at(k, english.ModalIntended) || r.at(k, english.ModalPossible) {
			return true
		}
	}
	return false
}

// inverted reports whether assertion verb v follows the clause it reports
// ("Y is corrupt, X said"): it hangs from that clause along one of the
// inverted relations, has no dependent along inverted_blockers, and its
// phrase opens with, or follows, punctuation.
func (r accuseReader) inverted(g *syntax.Graph, v int) bool {
	if !hasRel(g.Words[v].Rel, r.ac.inverted) || len(g.Dependents(v, r.ac.invertedBlockers...)) > 0 {
		return false
	}
	first, _ := g.Span(v)
	k := r.pv.wordTok[first]
	return isPunct(r.word(k)) || k > 0 && isPunct(r.word(k-1))
}

// ownerActors returns the actors of owner word o: its own, or, for a
// possessive pronoun, those of its referent, with the words coordinated
// with the referent when it is in the sentence ("show Iran and Syria that
// their actions ...").
func (r accuseReader) ownerActors(g *syntax.Graph, o int) []actor {
	if as := (graphReader{r.sentence}).actorsAtWord(g, o); len(as) > 0 {
		return as
	}
	k := r.pv.wordTok[o]
	if !r.at(k, english.PossessivePronouns) {
		return nil
	}
	m, ok := r.referent(k)
	if !ok {
		return nil
	}
	if j := m.First - r.first; j >= 0 && j < k && r.pv.tokWord[j] >= 0 {
		var out []actor
		for _, c := range g.Conjuncts(r.pv.tokWord[j]) {
			out = append(out, graphReader{r.sentence}.actorsAtWord(g, c)...)
		}
		if len(out) > 0 {
			return out
		}
	}
	return []actor{r.pronounActor(k, k+1, m)}
}
