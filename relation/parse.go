package relation

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
)

// graphReader finds the arguments of a trigger on the sentence's dependency
// parse: subjects, objects, oblique and nominal arguments, and the actors
// at a word of the graph. It is a view of the sentence with no state of
// its own; the parse itself is the sentence's parseView.
type graphReader struct{ *sentence }

// The parse fallback: where the scanner finds no subject or no object for
// a verbal trigger (or, along the noun roles, a noun trigger), the
// missing argument is read off the sentence's
// dependency graph (package syntax) along the roles of
// data/frames/frames.yaml; where a policy of that file says so, the
// parse's argument replaces the scanner's (frame.go), and a country
// reading set off before a person's name is checked for apposition
// (participants_appos.go). A sentence is parsed at most once, and only
// when one of its triggers needs it.

// frames holds the dependency relations of each argument role. It is
// immutable once loaded.
type frames struct {
	subject, controller     []syntax.Rel
	agent, patient          []syntax.Rel
	object, oblique, marker []syntax.Rel
	mention, title          []syntax.Rel
	// origin: where an actor-noun argument without a mention takes its
	// actors from a dependent of the verb with one of originMarkers.
	origin        []syntax.Rel
	originMarkers []string
	// The roles of a noun trigger (nominal events): its possessor
	// (nounSubject), its dependents with one of agentMarkers (nounAgent),
	// its dependents with the frame's preposition (nounObject), and, when
	// it hangs along a light relation from a verb whose lemma is one of
	// lightVerbs, that verb's subject along the subject roles.
	nounSubject, nounAgent, nounObject, light []syntax.Rel
	agentMarkers, lightVerbs                  []string
	// The further roles of noun triggers (nominal.go).
	nounRoles
	clauseRoles // of clauses sharing a subject (frame.go)
	objectRoles // of objects from around the trigger's phrase (objects.go)
	apposRoles  // of names in apposition to a description (participants_appos.go)
	// host: when a noun trigger with a subject but no object hangs from a
	// verb along one of these relations with one of hostMarkers ("during
	// a visit by X"), the verb's subject (along subject) is its object.
	host        []syntax.Rel
	hostMarkers []string
	// Verbal frames (frame.go). objectControl: an open complement whose
	// head's object, when it has one, is its subject, else the head's
	// subject ("urged X to return", "X aims to sign"); relative: a clause
	// whose subject, when its own gives no actor, is the noun it modifies
	// ("Israel, which carried out"). holder, holderOf: the dependents of
	// an argument word that is no actor which hold its actor ("the EU's
	// decision", "12 Taliban insurgents"; "areas of Iraq", with one of
	// holderMarkers). replaceSubject: when the parse's subject replaces
	// the scanner's (see replacePolicies).
	objectControl, relative []syntax.Rel
	holder, holderOf        []syntax.Rel
	holderMarkers           []string
	// speakerMarkers: the prepositions by which a speaker noun ("a
	// spokesman for X", "officials at X") hangs the body it speaks for
	// along holder_of.
	speakerMarkers []string
	// eventSuffixes: the endings of event nouns ("the burning of X",
	// "the detention of X"), whose "of" dependent is what the event acts
	// on, not an actor the noun holds: holder_of is not followed from them.
	eventSuffixes  []string
	replaceSubject []string
	// objectOblique: the dependents of the trigger's direct object that
	// are read as the trigger's obliques when they have the frame's
	// preposition ("sold helicopters to Uganda", the phrase hung from
	// "helicopters"). replaceObject: when the parse's object replaces
	// the scanner's (see objectPolicies).
	objectOblique []syntax.Rel
	replaceObject []string
	// predicateTags: the UPOS tags of the words that head a clause of
	// their own, where a subject's clause is looked for.
	predicateTags []string
	// particle: the relations of a verb's particle, by which a particle
	// verb of the lexicon matches with its particle apart ("bailed
	// Greece out"; particle.go).
	particle []syntax.Rel
	// objectNoun: the relations by which the noun of a verb-and-noun
	// entry of the lexicon hangs from its verb, when the entry matches on
	// the parse at any distance ("conducted its first-ever underground
	// nuclear test"; objnoun.go).
	objectNoun []syntax.Rel
	// objectNounVia: the relations by which such a noun may also hang
	// from a word that hangs from the verb along objectNoun: a conjunct
	// or an apposition of it ("imposed travel, aid and economic
	// sanctions", "summoned Hideo Tarumi, Japan's ambassador").
	objectNounVia []syntax.Rel
	// lemmaVerbTags, lemmaNounTags: the UPOS tags of the parsed words
	// on which the lexicon's one-word verb and noun entries match by the
	// parse's lemma where the scanner matched no entry (graphmatch.go).
	lemmaVerbTags, lemmaNounTags []string
	// verbReadingTags, nounReadingTags: the UPOS tags by which the parse
	// keeps a verb or noun reading that the tagger's part of speech
	// rejects (graphmatch.go).
	verbReadingTags, nounReadingTags []string
	// cueBarrier: the relations that open a clause of its own, whose
	// negation and modality cues do not reach a trigger outside it
	// (modality.go: "Officials who may resign criticized X").
	cueBarrier []syntax.Rel
	// givenWords: the word lists of wordClasses that the frames file
	// gave, by index, which keep their words; the others hold the words
	// of their class (withWords).
	givenWords [len(wordClasses)]bool
}

const framesFile = "data/frames/frames.yaml"

//go:embed data/frames/frames.yaml
var framesYAML []byte

var defaultFrames = sync.OnceValues(func() (*frames, error) { return parseFrames(framesYAML, framesFile) })

// wordClasses are the word lists of the frames whose words are English,
// by their key in a frames file, and the class of internal/english that
// holds their words: the embedded frames.yaml gives none of them, and a
// frames file that gives one replaces the class's words for its frames.
var wordClasses = [...]struct {
	key   string
	class english.Class
}{
	{"origin_markers", english.SourcePreposition},
	{"agent_markers", english.AgentMarker},
	{"light_verbs", english.EventLightVerbs},
	{"addressed_verbs", english.AddressedVerbs},
	{"addressed_frames", english.AddresseePreposition},
	{"rejected_verbs", english.RejectedVerbs},
	{"recipient_verbs", english.RecipientVerbs},
	{"host_markers", english.HostPrepositions},
	{"opposed_host_markers", english.DisputePreposition},
	{"cause_markers", english.DisputePreposition},
	{"author_markers", english.AgentMarker},
	{"request_markers", english.PurposePreposition},
	{"source_markers", english.SourcePreposition},
	{"cancel_verbs", english.CancelVerbs},
	{"patient_possessor", english.PatientPossessorNouns},
	{"copula_place_markers", english.LocationPreposition},
	{"adjunct_object_markers", english.SourcePreposition},
	{"holder_markers", english.GenitiveMarker},
	{"speaker_markers", english.SpeakerPrepositions},
	{"event_suffixes", english.EventNounEndings},
	{"purpose_markers", english.PurposePreposition},
	{"document_nouns", english.DocumentNouns},
	{"undergo_verbs", english.UndergoVerbs},
}

// lists returns the lists of fr by their key in a frames file: the
// dependency relations of each role and the words of each word list.
func (fr *frames) lists() (roles map[string]*[]syntax.Rel, words map[string]*[]string) {
	roles = map[string]*[]syntax.Rel{
		"subject": &fr.subject, "controller": &fr.controller, "agent": &fr.agent, "patient": &fr.patient,
		"object": &fr.object, "oblique": &fr.oblique, "marker": &fr.marker,
		"mention": &fr.mention, "title": &fr.title, "origin": &fr.origin,
		"noun_subject": &fr.nounSubject, "noun_agent": &fr.nounAgent, "noun_object": &fr.nounObject,
		"light": &fr.light, "host": &fr.host,
		"object_control": &fr.objectControl, "relative": &fr.relative,
		"holder": &fr.holder, "holder_of": &fr.holderOf, "object_oblique": &fr.objectOblique,
		"particle": &fr.particle, "object_noun": &fr.objectNoun, "object_noun_via": &fr.objectNounVia,
		"cue_barrier": &fr.cueBarrier,
	}
	words = map[string]*[]string{
		"origin_markers": &fr.originMarkers, "agent_markers": &fr.agentMarkers, "light_verbs": &fr.lightVerbs,
		"host_markers": &fr.hostMarkers, "holder_markers": &fr.holderMarkers,
		"speaker_markers": &fr.speakerMarkers,
		"replace_subject": &fr.replaceSubject, "replace_object": &fr.replaceObject, "event_suffixes": &fr.eventSuffixes, "predicate_tags": &fr.predicateTags,
		"lemma_verb_tags": &fr.lemmaVerbTags, "lemma_noun_tags": &fr.lemmaNounTags,
		"verb_reading_tags": &fr.verbReadingTags, "noun_reading_tags": &fr.nounReadingTags,
	}
	fr.nounRoles.register(roles, words)
	fr.clauseRoles.register(roles, words)
	fr.objectRoles.register(roles, words)
	fr.apposRoles.register(roles)
	return roles, words
}

// parseFrames reads a frames file: a mapping from role names to lists of
// UD relation names. Unknown roles and relations are errors at their
// file:line:col; a role left out is followed along no relation.
func parseFrames(data []byte, file string) (*frames, error) {
	fr, _, err := readFrames(data, file)
	return fr, err
}

// readFrames is parseFrames, which also returns the keys the file gives,
// in file order.
func readFrames(data []byte, file string) (*frames, []string, error) {
	fr := &frames{}
	roles, words := fr.lists()
	known := func(key string) bool { return roles[key] != nil || words[key] != nil }
	item := func(key string, n *yaml.Node, pos Position, errs *ErrorList) {
		if dst, ok := words[key]; ok {
			switch {
			case n.Kind != yaml.ScalarNode || n.Value == "":
				errs.Add(pos, "frames: %s: want words", key)
			case key == "replace_subject" && !slices.Contains(replacePolicies, n.Value):
				errs.Add(pos, "frames: replace_subject: unknown policy %q (want one of %s)", n.Value, strings.Join(replacePolicies, ", "))
			case key == "replace_object" && !slices.Contains(objectPolicies, n.Value):
				errs.Add(pos, "frames: replace_object: unknown policy %q (want one of %s)", n.Value, strings.Join(objectPolicies, ", "))
			case dst == &fr.predicateTags || dst == &fr.lemmaVerbTags || dst == &fr.lemmaNounTags || dst == &fr.verbReadingTags || dst == &fr.nounReadingTags:
				*dst = append(*dst, n.Value) // UPOS tags are upper case
			default:
				*dst = append(*dst, strings.ToLower(n.Value))
			}
			return
		}
		rel, ok := syntax.ParseRel(n.Value)
		if n.Kind != yaml.ScalarNode || !ok {
			errs.Add(pos, "frames: role %q: unknown dependency relation %q", key, n.Value)
			return
		}
		*roles[key] = append(*roles[key], rel)
	}
	keys, err := decodeLists(data, file, listsFile{"frames", "role"}, known, item)
	if err != nil {
		return nil, nil, err
	}
	classes, err := english.Base()
	if err != nil {
		return nil, nil, err
	}
	for i, wc := range wordClasses {
		fr.givenWords[i] = slices.Contains(keys, wc.key) // if only as []
	}
	return fr.withWords(classes), keys, nil
}

// withWords returns fr with each word list of wordClasses that its file
// did not give filled with the words of its class in t: the embedded
// classes, or a lexicon's with its additions, so that a word a user
// lexicon adds to a class reaches the parse fallback too. fr is not
// changed.
func (fr *frames) withWords(t *english.Table) *frames {
	out := *fr
	_, words := out.lists()
	for i, wc := range wordClasses {
		if !out.givenWords[i] {
			*words[wc.key] = slices.Clone(t.Words(wc.class))
		}
	}
	out.compileVerbSets()
	return &out
}

// parseView is the lazily built dependency graph of one sentence.
type parseView struct {
	frames  *frames
	ac      *accusals // the reported readings' roles (WithAccusals); nil: the embedded ones
	done    bool
	graph   *syntax.Graph
	wordTok []int // sentence token of each graph word
	tokWord []int // first graph word of each sentence token
}

// syntaxGraph parses the sentence on first use; nil when the extractor
// does not parse or the document's offsets are inconsistent.
func (s graphReader) syntaxGraph() *syntax.Graph {
	pv := s.pv
	if pv == nil || !s.wellFormed {
		return nil
	}
	if pv.done {
		return pv.graph
	}
	pv.done = true
	// The embedded models load on the first sentence that needs them
	// (about 0.15 s, once per process); a document whose arguments the
	// scanner finds never pays for them.
	parser, err := syntax.Default()
	if err != nil {
		return nil
	}
	toks := make([]text.Token, 0, s.n())
	for k := s.first; k < s.last; k++ {
		t := s.doc.Tokens[k]
		toks = append(toks, text.Token{Start: t.Start, End: t.End, Text: s.doc.Text[t.Start:t.End]})
	}
	g := parser.ParseTokens(s.doc.Text, toks)
	pv.wordTok = make([]int, len(g.Words))
	pv.tokWord = make([]int, len(toks))
	for k := range pv.tokWord {
		pv.tokWord[k] = -1
	}
	k := 0
	for w, word := range g.Words {
		for k+1 < len(toks) && word.Start >= toks[k].End {
			k++
		}
		pv.wordTok[w] = k
		if pv.tokWord[k] < 0 {
			pv.tokWord[k] = w
		}
	}
	pv.graph = g
	return g
}

// graphSubject returns the actors the parse gives as the subject of
// verbal trigger t: its agent when passive. An entry that states subject
// roles is read along them (roles.go).
func (s graphReader) graphSubject(t *trig) []actor {
	if s.pv == nil {
		return nil
	}
	own, stated := t.e.subjectRoles()
	if stated && t.passive {
		return s.entryGraphArgs(t, own, nil)
	}
	roles := s.pv.frames.subject
	if stated {
		// The walk up the clause still follows the global subject
		// roles (subjectPath).
		roles = append(roleRels(own), roles...)
	}
	if t.passive {
		roles = s.pv.frames.agent
	}
	if !s.worthParsing(roles, nil) {
		return nil
	}
	g := s.syntaxGraph()
	if g == nil {
		return nil
	}
	if t.passive {
		return s.graphArgs(g, t, roles, "")
	}
	h, ok := s.headWord(t)
	if !ok {
		return nil
	}
	return frameReader{s.sentence}.subjectPath(g, t, h).actors
}

// parsedHead parses the sentence when that could find an actor along
// rels that known lacks (see worthParsing), and returns its graph and the
// graph word of t's head token; false when it does not parse or t's head
// is not in the graph.
func (s graphReader) parsedHead(t *trig, rels []syntax.Rel, known []actor) (*syntax.Graph, int, bool) {
	if !s.worthParsing(rels, known) {
		return nil, 0, false
	}
	g := s.syntaxGraph()
	if g == nil {
		return nil, 0, false
	}
	h, ok := s.headWord(t)
	if !ok {
		return nil, 0, false
	}
	return g, h, true
}

// headWord returns the graph word of t's head token.
func (s graphReader) headWord(t *trig) (int, bool) {
	if t.head < 0 || t.head >= len(s.pv.tokWord) || s.pv.tokWord[t.head] < 0 {
		return 0, false
	}
	return s.pv.tokWord[t.head], true
}

// dependents returns the dependents of word h along rels.
func (s graphReader) dependents(g *syntax.Graph, h int, rels []syntax.Rel) []int {
	var out []int
	for _, d := range g.Children(h) {
		if hasRel(g.Words[d].Rel, rels) {
			out = append(out, int(d))
		}
	}
	return out
}

// graphObject returns the actors the parse gives as the object of verbal
// trigger t: its direct object, the oblique of one of its prepositional
// frames, or its passive subject; for an entry that states object roles,
// its dependents along them (roles.go).
func (s graphReader) graphObject(t *trig, subj []actor) []actor {
	if s.pv == nil {
		return nil
	}
	if own, ok := t.e.objectRoles(); ok {
		return s.entryGraphArgs(t, own, subj)
	}
	fr := s.pv.frames
	roles := fr.patient
	if !t.passive {
		roles = nil
		for _, f := range t.e.frames {
			switch f {
			case "direct":
				roles = append(roles, fr.object...)
			case "that", "any", "clause":
			default:
				roles = append(roles, fr.oblique...)
			}
		}
	}
	if !s.worthParsing(roles, subj) {
		return nil
	}
	g := s.syntaxGraph()
	if g == nil {
		return nil
	}
	if t.passive {
		return withoutActors(s.graphArgs(g, t, roles, ""), subj)
	}
	var direct, oblique []actor
	for _, f := range t.e.frames {
		switch f {
		case "direct":
			direct = append(direct, s.graphArgs(g, t, fr.object, "")...)
		case "that", "any", "clause":
		default:
			oblique = append(oblique, frameReader{s.sentence}.obliqueArgs(g, t, f)...)
		}
	}
	if len(withoutActors(oblique, subj)) > 0 && slices.Contains(fr.replaceObject, "held_theme") {
		direct = frameReader{s.sentence}.withoutHeldThemes(g, t, direct)
	}
	return withoutActors(uniqueActors(append(direct, oblique...)), subj)
}

// worthParsing reports whether reading an argument along roles could find
// one: there are roles to follow, and the sentence has an actor (a
// mention or a resolved phrase) that is not one of known. It saves the
// parse of most sentences whose trigger lacks an argument.
func (s graphReader) worthParsing(roles []syntax.Rel, known []actor) bool {
	if len(roles) == 0 || !s.wellFormed {
		return false
	}
	other := func(a actor) bool {
		for _, k := range known {
			if sameActor(a, k) {
				return false
			}
		}
		return true
	}
	for _, mi := range s.ix.startingIn(s.doc, s.first, s.last) {
		if m := s.doc.Mentions[mi]; isActorType(m.Type) && other(actor{arg: argFromMention(m)}) {
			return true
		}
	}
	for _, c := range s.chunks {
		for _, a := range c.actors {
			if other(a) {
				return true
			}
		}
	}
	return corefReader{s.sentence}.hasRefActor(known)
}

// graphArgs returns the actors of the dependents of t's head word along
// rels (with a marker prep when prep is not ""), conjuncts and
// appositions expanded.
func (s graphReader) graphArgs(g *syntax.Graph, t *trig, rels []syntax.Rel, prep string) []actor {
	h, ok := s.headWord(t)
	if !ok {
		return nil
	}
	return s.argsOf(g, t, h, rels, prep)
}

// argsOf returns the actors of the dependents of word h along rels, as
// graphArgs does.
func (s graphReader) argsOf(g *syntax.Graph, t *trig, h int, rels []syntax.Rel, prep string) []actor {
	var out []actor
	for _, d := range g.Children(h) {
		if !hasRel(g.Words[d].Rel, rels) || prep != "" && !s.hasMarker(g, int(d), prep) {
			continue
		}
		out = append(out, s.argActors(g, t, h, int(d), true)...)
	}
	return uniqueActors(out)
}

// argActors returns the actors of argument word d of word h: of d and,
// when expand, its conjuncts and appositions. A word that names no actor
// takes its origin ("her counterparts from Indonesia") or the actor it
// holds (see heldActors).
func (s graphReader) argActors(g *syntax.Graph, t *trig, h, d int, expand bool) []actor {
	words := []int{d}
	if expand {
		words = g.Expand(d)
	}
	var out []actor
	for _, e := range words {
		if k := s.pv.wordTok[e]; k >= t.start && k < t.end {
			continue // a word of the trigger itself
		}
		as := s.actorsAtWord(g, e)
		if len(as) == 0 && s.at(s.pv.wordTok[e], english.ActorNouns) {
			// "met her counterparts from Indonesia": the parser
			// attaches the origin to the verb.
			as = s.origins(g, t, h)
		}
		if len(as) == 0 {
			as = frameReader{s.sentence}.heldActors(g, t, e)
		}
		out = append(out, as...)
	}
	return out
}

// origins returns the actors of the dependents of word h along the origin
// relations that have an origin marker.
func (s graphReader) origins(g *syntax.Graph, t *trig, h int) []actor {
	var out []actor
	for _, d := range s.dependents(g, h, s.pv.frames.origin) {
		for _, c := range s.dependents(g, d, s.pv.frames.marker) {
			if slices.Contains(s.pv.frames.originMarkers, s.words[s.pv.wordTok[c]]) {
				for _, e := range g.Expand(d) {
					out = append(out, s.actorsAtWord(g, e)...)
				}
				break
			}
		}
	}
	return out
}

// hasMarker reports whether word d has a marker dependent that is the
// preposition prep.
func (s graphReader) hasMarker(g *syntax.Graph, d int, prep string) bool {
	return s.hasMarkerIn(g, d, []string{prep})
}

// hasMarkerIn reports whether word d has a marker dependent that is one
// of preps.
func (s graphReader) hasMarkerIn(g *syntax.Graph, d int, preps []string) bool {
	for _, c := range g.Children(d) {
		if hasRel(g.Words[c].Rel, s.pv.frames.marker) && slices.Contains(preps, s.words[s.pv.wordTok[c]]) {
			return true
		}
	}
	return false
}

// nounSubject returns the actors the parse gives as the subject of
// nominal trigger t: its possessor ("Modi's tour of France"), else its
// dependent with an agent marker ("a visit by X").
func (s graphReader) nounSubject(t *trig) []actor {
	if s.pv == nil {
		return nil
	}
	if own, ok := t.e.subjectRoles(); ok {
		return s.entryGraphArgs(t, own, nil)
	}
	fr := s.pv.frames
	g, h, ok := s.nounGraph(t, append(fr.nounSubject[:len(fr.nounSubject):len(fr.nounSubject)], fr.nounAgent...), nil)
	if !ok {
		return nil
	}
	if as := s.argsOf(g, t, h, fr.nounSubject, ""); len(as) > 0 {
		return as
	}
	var out []actor
	for _, d := range s.dependents(g, h, fr.nounAgent) {
		if s.hasMarkerIn(g, d, fr.agentMarkers) {
			for _, e := range g.Expand(d) {
				out = append(out, s.actorsAtWord(g, e)...)
			}
		}
	}
	return uniqueActors(out)
}

// lightSubject returns the subject of the light verb ("held talks",
// "paid a visit") whose dependent along a light relation nominal trigger
// t is.
func (s graphReader) lightSubject(t *trig) []actor {
	if s.pv == nil {
		return nil
	}
	if !s.pv.frames.lightSet.inSentence(s.sentence) {
		return nil
	}
	g, h, ok := s.nounGovernor(t, s.pv.frames.light, nil)
	if !ok {
		return nil
	}
	v := g.Words[h].Head
	if !s.pv.frames.lightSet.has(g, v) {
		return nil
	}
	return nounReader{s.sentence}.subjectUp(g, t, v)
}

// nounGovernor returns the graph and the head word h of nominal trigger
// t when h hangs from a verb along one of via and the sentence has an
// actor other than known to be that verb's subject.
func (s graphReader) nounGovernor(t *trig, via []syntax.Rel, known []actor) (g *syntax.Graph, h int, ok bool) {
	if len(via) == 0 {
		return nil, 0, false
	}
	g, h, ok = s.nounGraph(t, s.pv.frames.subject, known)
	if !ok || !hasRel(g.Words[h].Rel, via) || g.Words[h].Head < 0 {
		return nil, 0, false
	}
	return g, h, true
}

// nounGraph returns the sentence's graph and the head word of trigger t
// when reading an argument along roles could find an actor other than
// known (see worthParsing).
func (s graphReader) nounGraph(t *trig, roles []syntax.Rel, known []actor) (g *syntax.Graph, h int, ok bool) {
	if !s.worthParsing(roles, known) {
		return nil, 0, false
	}
	if g = s.syntaxGraph(); g == nil {
		return nil, 0, false
	}
	h, ok = s.headWord(t)
	return g, h, ok
}

// nounObject returns the actors the parse gives as the object of nominal
// trigger t: its dependents with one of its frame's prepositions as
// marker ("a visit to Y", "sanctions against Y").
func (s graphReader) nounObject(t *trig, subj []actor) []actor {
	if s.pv == nil {
		return nil
	}
	if own, ok := t.e.objectRoles(); ok {
		return s.entryGraphArgs(t, own, subj)
	}
	fr := s.pv.frames
	g, h, ok := s.nounGraph(t, fr.nounObject, subj)
	if !ok {
		return nil
	}
	var out []actor
	for _, f := range t.e.frames {
		if !prepositionFrame(f) {
			continue
		}
		out = append(out, s.argsOf(g, t, h, fr.nounObject, f)...)
	}
	return withoutActors(uniqueActors(out), subj)
}

// actorsAtWord returns the actors graph word w denotes: a mention on the
// word; else the mentions on its dependents along the mention relations
// (and, for an actor noun, the title relations), tried in that order, with
// the words coordinated with that dependent ("Presidents William Ruto of
// Kenya and Yoweri Museveni of Uganda"); else the actors of the phrase
// that covers the word (a pronoun or a description resolved to an actor).
func (s graphReader) actorsAtWord(g *syntax.Graph, w int) []actor {
	k := s.pv.wordTok[w]
	if as := s.mentionAt(k); len(as) > 0 {
		return as
	}
	if as := (corefReader{s.sentence}).refAtWord(w); len(as) > 0 {
		return as
	}
	rels := s.pv.frames.mention
	if s.wd.has(english.ActorNouns, s.words[k]) {
		rels = append(rels[:len(rels):len(rels)], s.pv.frames.title...)
	}
	for _, r := range rels {
		for _, c := range g.Children(w) {
			if g.Words[c].Rel != r || len(s.mentionAt(s.pv.wordTok[c])) == 0 {
				continue
			}
			var out []actor
			for _, e := range g.Conjuncts(int(c)) {
				out = append(out, s.mentionAt(s.pv.wordTok[e])...)
			}
			return out
		}
	}
	if ci := s.chunkOf(k); ci >= 0 && !s.chunks[ci].weak {
		var out []actor
		for _, a := range s.chunks[ci].actors {
			if !a.weak {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// mentionAt returns the actor of the mention that covers sentence token
// k, or nil.
func (s graphReader) mentionAt(k int) []actor {
	if k < len(s.noActor) && s.noActor[k] {
		return nil // "ADDIS ABABA, Aug 8 (Reuters) –" reports, takes no part
	}
	abs := s.first + k
	for _, mi := range s.ix.startingIn(s.doc, s.first, abs+1) {
		if m := s.doc.Mentions[mi]; m.First <= abs && abs < m.Last && isActorType(m.Type) {
			if as := (corefReader{s.sentence}).enclosingRefActors(m); len(as) > 0 {
				return as // "the UN nuclear watchdog": the agency
			}
			return []actor{{arg: argFromMention(m), tok: m.First - s.first, kind: m.Kind}}
		}
	}
	return nil
}

func hasRel(r syntax.Rel, rels []syntax.Rel) bool {
	for _, x := range rels {
		if r == x {
			return true
		}
	}
	return false
}

// hostObject returns the subject of the verb from which nominal trigger t
// hangs along a host relation with a host marker, subj left out: "Brazil
// granted China status during a visit by Hu Jintao".
func (s graphReader) hostObject(t *trig, subj []actor) []actor {
	if s.pv == nil {
		return nil
	}
	g, h, ok := s.nounGovernor(t, s.pv.frames.host, subj)
	if !ok || !s.hasMarkerIn(g, h, s.pv.frames.hostMarkersFor(t)) {
		return nil
	}
	return withoutActors(nounReader{s.sentence}.subjectUp(g, t, g.Words[h].Head), subj)
}
