package relation

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// Lexicon is a compiled set of event triggers (see the package
// documentation for the YAML format). It is immutable and safe for
// concurrent use. The zero Lexicon is empty and ready to use; so is a nil
// *Lexicon.
type Lexicon struct {
	entries []*entry              // validated, in definition order
	index   map[string][]*pattern // first token of a pattern → patterns
	adds    []wordAdd             // words the lexicon adds to the classes
	wd      *wordTable            // the embedded classes with adds; nil for the embedded ones alone
	// symmetric: the roots at least two fifths of whose coded entries are
	// symmetric (see SymmetricRoot), derived once from entries.
	symmetric [MassViolence + 1]bool
	// split: the particle verbs that may stand apart from their particle
	// (particle.go), by the first token of their verb.
	split map[string][]*splitPattern
	// objNoun: the verb-and-noun entries that may match on the parse
	// with the noun at any distance (objnoun.go), by the first token of
	// their verb.
	objNoun map[string][]*objNounPattern
	// byLemma: the one-word verb and noun entries, by kind and lemma, as
	// the parse matcher looks them up (graphmatch.go).
	byLemma map[lemmaKey][]*pattern
}

// kind is the kind of a trigger entry.
type kind uint8

const (
	kindVerb kind = iota + 1 // inflected verb (first word inflects)
	kindNoun                 // inflected noun (last word inflects)
	kindWord                 // literal words
)

func (k kind) String() string { return string(k.triggerKind()) }

// triggerKind is the exported name of the kind.
func (k kind) triggerKind() TriggerKind {
	switch k {
	case kindVerb:
		return TriggerVerb
	case kindNoun:
		return TriggerNoun
	case kindWord:
		return TriggerWord
	}
	return "?"
}

// TriggerKind is how a trigger entry is written in the lexicon: the key
// of its entry.
type TriggerKind string

// The kinds of trigger entries.
const (
	TriggerVerb TriggerKind = "verb" // an inflected verb (its first word inflects)
	TriggerNoun TriggerKind = "noun" // an inflected noun (its last word inflects)
	TriggerWord TriggerKind = "word" // literal words
)

// entry is one validated trigger definition.
type entry struct {
	kind       kind
	lemma      string   // as written, lower-cased
	forms      []string // extra forms of the inflected word
	then       string   // words after the lemma, normalized
	code       string   // CAMEO code; "" for a pure modality cue
	pred       Predicate
	personCode string // CAMEO code when the subject is a person ("attacked" in words)
	personPred Predicate
	byKind     map[entity.Kind]kindCode // CAMEO code by the subject's gazetteer kind ("captured" by an armed group is an abduction)
	objectKind map[entity.Kind]kindCode // CAMEO code by the object's gazetteer kind ("backs" an armed group materially; "killed" a person is an assault)
	byPrep     map[string]kindCode      // CAMEO code by the preposition before the object ("sent troops into X" is an invasion)
	forceCode  string                   // CAMEO code when the complement is force ("vowed to retaliate" is a threat)
	forcePred  Predicate
	bareCode   string // CAMEO code when no infinitive follows ("called on the minister" is a visit)
	barePred   Predicate
	orgTarget  bool     // the object must be an organization ("joined NATO")
	stateObj   bool     // a place object must stand for a state, not a town or site ("toured Da Nang")
	frames     []string // "direct", "that", or prepositions
	nullable   bool     // the event may lack an object
	symmetric  bool     // participants are interchangeable
	complement Modality // Intended or Possible: takes a "to" complement that carries the event
	takesComp  bool
	denies     bool        // the complement's event is denied: "denied sending weapons"
	believes   bool        // the complement's events are a belief, suspicion or fear, not reported: "suspects that X is arming Y"
	negates    bool        // the complement's event is reported negated: "refused to sign", "declined to comment"
	roles      *entryRoles // dependency roles of the parse fallback; nil: the global ones (roles.go)
	pos        Position
}

func (e *entry) key() string { return e.kind.String() + "\x00" + e.lemma + "\x00" + e.then }

func (e *entry) hasFrame(f string) bool {
	for _, x := range e.frames {
		if x == f {
			return true
		}
	}
	return false
}

// pattern is the compiled token sequence of an entry.
type pattern struct {
	e       *entry
	elems   []elem
	head    int  // index in elems of the inflected (head) element
	size    int  // number of non-gap elements, for specificity
	passive bool // the passive of a verb phrase: "sanctions ... were imposed"
}

// elem is one step of a pattern: alternatives of token sequences, a gap,
// or an auxiliary chain with a form of "be" ("have not been").
type elem struct {
	gap  int // > 0: skip up to gap tokens
	aux  int // > 0: up to aux auxiliaries, adverbs or negations, one of them a form of "be"
	alts []alt
}

// maxAux is the longest auxiliary chain of a passive phrase ("could not
// have been").
const maxAux = 5

// passiveBe are the forms of "be" that make a passive; passiveAux the
// words that may surround them in the verb group.
var ()

// auxLength returns the lengths of the auxiliary chains with a form of
// "be" that start at words[pos], shortest first.
func auxLengths(wd *wordTable, words []string, pos, limit int) []int {
	var out []int
	be := false
	for k := 0; k < limit && pos+k < len(words); k++ {
		w := words[pos+k]
		if !wd.has(english.PassiveAux, w) {
			break
		}
		be = be || wd.has(english.PassiveBe, w)
		if be {
			out = append(out, k+1)
		}
	}
	return out
}

type alt struct {
	toks []string
	form form
}

// maxGap is the number of tokens "..." may skip in a "then" pattern.
const maxGap = 5

// Len returns the number of trigger entries in l.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.entries)
}

// TriggerInfo describes one trigger entry of a lexicon, for the
// generators that derive lexicon layers from it (relation/internal/wngen).
// It is a copy: changing it changes no lexicon. It is a plain value; the
// zero TriggerInfo describes no entry.
type TriggerInfo struct {
	Kind      TriggerKind // TriggerVerb, TriggerNoun or TriggerWord
	Lemma     string      // the lemma as written, lower-cased
	Then      string      // the words after the lemma, normalized; "" for none
	CAMEO     string      // the CAMEO code; "" for a pure modality cue
	Frames    []string    // the object roles: "direct", "that" or prepositions
	Nullable  bool        // the event may lack an object
	Symmetric bool        // the participants are interchangeable
	Source    Position    // where the entry is defined
}

// Triggers returns the trigger entries of l in definition order. It is
// safe for concurrent use; a nil or zero Lexicon has none.
func (l *Lexicon) Triggers() []TriggerInfo {
	if l == nil {
		return nil
	}
	out := make([]TriggerInfo, 0, len(l.entries))
	for _, e := range l.entries {
		out = append(out, TriggerInfo{Kind: e.kind.triggerKind(), Lemma: e.lemma, Then: e.then, CAMEO: e.code,
			Frames: slices.Clone(e.frames), Nullable: e.nullable, Symmetric: e.symmetric, Source: e.pos})
	}
	return out
}

// LoadLexicon reads a lexicon in YAML; name is used in error positions.
// When the input is invalid the error is an [ErrorList] with every
// problem found, each at its file:line:col.
func LoadLexicon(r io.Reader, name string) (*Lexicon, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("relation: reading %s: %w", name, err)
	}
	if _, err := baseAdds(); err != nil {
		return nil, err
	}
	entries, adds, errs := parseLexicon(data, name)
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return compile(entries, adds), nil
}

//go:embed data/*.yaml
var dataFS embed.FS

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) { return loadFS(dataFS, "data") })

// DefaultLexicon returns the embedded lexicon (relation/data/*.yaml),
// loaded and compiled once.
func DefaultLexicon() (*Lexicon, error) { return defaultLexicon() }

func loadFS(fsys fs.FS, dir string) (*Lexicon, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, fmt.Errorf("relation: %w", err)
	}
	sort.Strings(names)
	if _, err := baseAdds(); err != nil {
		return nil, err
	}
	var all []*entry
	var adds []wordAdd
	var errs ErrorList
	seen := map[string]Position{}
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("relation: %w", err)
		}
		es, as, e := parseLexicon(data, n)
		errs = append(errs, e...)
		adds = append(adds, as...)
		for _, x := range es {
			if p, dup := seen[x.key()]; dup {
				errs.Add(x.pos, "duplicate trigger %s %q (first defined at %v)", x.kind, describe(x), p)
				continue
			}
			seen[x.key()] = x.pos
			all = append(all, x)
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return compile(all, adds), nil
}

// MergeLexicons combines lexicons; an entry of a later lexicon replaces an
// entry of an earlier one with the same kind, lemma and "then" words;
// the words each adds to the word classes are all kept. Nil lexicons are
// skipped.
func MergeLexicons(ls ...*Lexicon) (*Lexicon, error) {
	pos := map[string]int{}
	var all []*entry
	var adds []wordAdd
	for _, l := range ls {
		if l == nil {
			continue
		}
		adds = append(adds, l.adds...)
		for _, e := range l.entries {
			if i, ok := pos[e.key()]; ok {
				all[i] = e
				continue
			}
			pos[e.key()] = len(all)
			all = append(all, e)
		}
	}
	return compile(all, adds), nil
}

func describe(e *entry) string {
	if e.then == "" {
		return e.lemma
	}
	return e.lemma + " " + e.then
}

// ---------------------------------------------------------------- parsing

var entryFields = map[string]bool{
	"verb": true, "noun": true, "word": true, "forms": true, "then": true, "cameo": true,
	"object": true, "nullable": true, "symmetric": true, "complement": true, "person": true,
	"force": true, "target": true, "by_kind": true, "object_kind": true, "bare": true, "by_prep": true,
	"roles": true,
}

// kindCode is the CAMEO code an entry takes for one kind of subject.
type kindCode struct {
	code string
	pred Predicate
}

// kindCodes reads a by_kind or object_kind field: a mapping from
// gazetteer kinds to CAMEO codes.
func kindCodes(k, v *yaml.Node, at func(*yaml.Node) Position, errs *ErrorList) map[entity.Kind]kindCode {
	return codeMap(k, v, at, errs, "gazetteer kinds", func(key entity.Kind) string {
		if actorKinds[key] {
			return ""
		}
		return "unknown kind %q (want a gazetteer kind such as armed-group, military or country)"
	})
}

// codeMap reads a mapping from keys (named what, checked by bad, which
// returns the error's format for a bad key, or "") to CAMEO codes.
func codeMap[K ~string](k, v *yaml.Node, at func(*yaml.Node) Position, errs *ErrorList, what string, bad func(K) string) map[K]kindCode {
	if v.Kind != yaml.MappingNode {
		errs.Add(at(v), "%q must be a mapping from %s to CAMEO codes", k.Value, what)
		return nil
	}
	m := map[K]kindCode{}
	seen := map[K]bool{}
	for j := 0; j+1 < len(v.Content); j += 2 {
		kk, kv := v.Content[j], v.Content[j+1]
		kn := K(kk.Value)
		if kk.Kind != yaml.ScalarNode {
			errs.Add(at(kk), "%s: a key must be a string", k.Value)
			continue
		}
		if f := bad(kn); f != "" {
			errs.Add(at(kk), "%s: "+f, k.Value, kk.Value)
			continue
		}
		if seen[kn] {
			errs.Add(at(kk), "%s: %q given twice", k.Value, kk.Value)
			continue
		}
		seen[kn] = true
		if kv.Kind != yaml.ScalarNode {
			errs.Add(at(kv), "%s %s: the code must be a string", k.Value, kk.Value)
			continue
		}
		if p, msg := parseCAMEO(kv.Value); msg != "" {
			errs.Add(at(kv), "%s %s %q: %s", k.Value, kk.Value, kv.Value, msg)
		} else {
			m[kn] = kindCode{kv.Value, p}
		}
	}
	return m
}

// actorKinds are the gazetteer kinds a by_kind or object_kind field may name: the kinds
// of the world data (gazetteer.Kind constants).
var actorKinds = map[entity.Kind]bool{
	gazetteer.KindCountry: true, gazetteer.KindFormerCountry: true, gazetteer.KindTerritory: true,
	gazetteer.KindState: true, gazetteer.KindRegion: true, gazetteer.KindCapital: true,
	gazetteer.KindCity: true, gazetteer.KindPlace: true, gazetteer.KindIGO: true,
	gazetteer.KindNGO: true, gazetteer.KindGovernmentBody: true, gazetteer.KindMilitary: true,
	gazetteer.KindArmedGroup: true, gazetteer.KindParty: true, gazetteer.KindCompany: true,
	gazetteer.KindMedia: true, gazetteer.KindForum: true, gazetteer.KindOrganization: true,
	gazetteer.KindPerson: true, gazetteer.KindGroup: true, gazetteer.KindEvent: true,
}

// maxLexiconBytes bounds the input size, so that hostile input cannot
// make the YAML parser allocate without limit.
const maxLexiconBytes = 16 << 20

func parseLexicon(data []byte, file string) (entries []*entry, adds []wordAdd, errs ErrorList) {
	defer func() {
		if r := recover(); r != nil { // yaml.v3 should not panic; never let it escape
			entries, adds = nil, nil
			errs = ErrorList{{Pos: Position{File: file}, Msg: fmt.Sprintf("invalid YAML: %v", r)}}
		}
	}()
	if len(data) > maxLexiconBytes {
		errs.Add(Position{File: file}, "lexicon larger than %d bytes", maxLexiconBytes)
		return nil, nil, errs
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil, nil
		}
		errs = append(errs, yamlError(err, file))
		return nil, nil, errs
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		errs.Add(Position{File: file, Line: extra.Line, Column: extra.Column}, "a lexicon file holds a single YAML document")
		return nil, nil, errs
	} else if !errors.Is(err, io.EOF) {
		errs = append(errs, yamlError(err, file))
		return nil, nil, errs
	}
	if len(doc.Content) == 0 {
		return nil, nil, nil
	}
	root := doc.Content[0]
	at := func(n *yaml.Node) Position { return Position{File: file, Line: n.Line, Column: n.Column} }
	if root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null" {
		return nil, nil, nil
	}
	if root.Kind != yaml.MappingNode {
		errs.Add(at(root), "a lexicon is a mapping with a \"triggers\" list")
		return nil, nil, errs
	}
	var list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "triggers":
			list = v
		case "words":
			adds = parseWordClasses(v, at, &errs)
		default:
			errs.Add(at(k), "unknown field %q (want \"triggers\" or \"words\")", k.Value)
		}
	}
	if list == nil {
		return nil, adds, errs
	}
	if list.Kind == yaml.ScalarNode && list.ShortTag() == "!!null" {
		return nil, adds, errs
	}
	if list.Kind != yaml.SequenceNode {
		errs.Add(at(list), "\"triggers\" must be a list")
		return nil, adds, errs
	}
	// Object frames may use the prepositions the file adds.
	wd := defaultWords()
	if len(adds) > 0 {
		base, _ := baseAdds() // checked by the loaders
		wd = buildWords(base, adds)
	}
	seen := map[string]Position{}
	for _, item := range list.Content {
		e := parseEntry(item, at, wd, &errs)
		if e == nil {
			continue
		}
		if p, dup := seen[e.key()]; dup {
			errs.Add(e.pos, "duplicate trigger %s %q (first defined at %v)", e.kind, describe(e), p)
			continue
		}
		seen[e.key()] = e.pos
		entries = append(entries, e)
	}
	return entries, adds, errs
}

// yamlError turns a decoder error into a positioned error in file.
var yamlError = english.YAMLError

func parseEntry(n *yaml.Node, at func(*yaml.Node) Position, wd *wordTable, errs *ErrorList) *entry {
	if n.Kind != yaml.MappingNode {
		errs.Add(at(n), "a trigger is a mapping (verb:, noun: or word: with cameo:)")
		return nil
	}
	e := &entry{pos: at(n)}
	bad := len(*errs)
	var (
		kinds      []string
		object     *yaml.Node
		cameoNode  *yaml.Node
		byPrep     *yaml.Node // the by_prep mapping, checked against the object frames
		complement *yaml.Node
	)
	scalar := func(k, v *yaml.Node) (string, bool) {
		if v.Kind != yaml.ScalarNode {
			errs.Add(at(v), "%q must be a string", k.Value)
			return "", false
		}
		return v.Value, true
	}
	// code reads a CAMEO code field ("cameo", "person", "force").
	code := func(k, v *yaml.Node) (string, Predicate, bool) {
		c, ok := scalar(k, v)
		if !ok {
			return "", 0, false
		}
		p, msg := parseCAMEO(c)
		if msg != "" {
			errs.Add(at(v), "%s %q: %s", k.Value, c, msg)
			return "", 0, false
		}
		return c, p, true
	}
	boolean := func(k, v *yaml.Node) bool {
		if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
			errs.Add(at(v), "%q must be true or false", k.Value)
			return false
		}
		return v.Value == "true" || v.Value == "True" || v.Value == "TRUE"
	}
	seenKey := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !entryFields[k.Value] {
			errs.Add(at(k), "unknown field %q", k.Value)
			continue
		}
		if seenKey[k.Value] {
			errs.Add(at(k), "field %q given twice", k.Value)
			continue
		}
		seenKey[k.Value] = true
		switch k.Value {
		case "verb", "noun", "word":
			s, ok := scalar(k, v)
			if !ok {
				continue
			}
			kinds = append(kinds, k.Value)
			switch k.Value {
			case "verb":
				e.kind = kindVerb
			case "noun":
				e.kind = kindNoun
			default:
				e.kind = kindWord
			}
			w := normalizeWords(s)
			if w == "" || !validPhrase(w) {
				errs.Add(at(v), "%s %q: want words of letters, digits, hyphens, apostrophes or periods", k.Value, s)
				continue
			}
			e.lemma = w
		case "forms":
			if v.Kind != yaml.SequenceNode {
				errs.Add(at(v), "\"forms\" must be a list of words")
				continue
			}
			for _, f := range v.Content {
				s, ok := scalar(k, f)
				if !ok {
					continue
				}
				w := normalizeWords(s)
				if w == "" || strings.Contains(w, " ") || !validPhrase(w) {
					errs.Add(at(f), "form %q: want a single word", s)
					continue
				}
				e.forms = append(e.forms, w)
			}
		case "then":
			s, ok := scalar(k, v)
			if !ok {
				continue
			}
			t, msg := normalizeThen(s)
			if msg != "" {
				errs.Add(at(v), "then %q: %s", s, msg)
				continue
			}
			e.then = t
		case "cameo":
			cameoNode = v
			if c, p, ok := code(k, v); ok {
				e.code, e.pred = c, p
			}
		case "object":
			object = v
			if v.Kind != yaml.SequenceNode {
				errs.Add(at(v), "\"object\" must be a list of frames (direct, that, or prepositions)")
				continue
			}
			e.frames = []string{}
			for _, f := range v.Content {
				s, ok := scalar(k, f)
				if !ok {
					continue
				}
				s = strings.ToLower(strings.TrimSpace(s))
				if !validFrame(s, wd) {
					errs.Add(at(f), "object frame %q: want \"direct\", \"that\", \"any\", \"clause\" or a preposition", f.Value)
					continue
				}
				e.frames = append(e.frames, s)
			}
		case "person":
			if c, p, ok := code(k, v); ok {
				e.personCode, e.personPred = c, p
			}
		case "by_kind":
			e.byKind = kindCodes(k, v, at, errs)
		case "object_kind":
			e.objectKind = kindCodes(k, v, at, errs)
		case "by_prep":
			byPrep = v
			e.byPrep = codeMap(k, v, at, errs, "prepositions", func(p string) string {
				if prepositionFrame(p) && wd.has(english.Prepositions, p) {
					return ""
				}
				return "unknown preposition %q"
			})
		case "force":
			if c, p, ok := code(k, v); ok {
				e.forceCode, e.forcePred = c, p
			}
		case "bare":
			if c, p, ok := code(k, v); ok {
				e.bareCode, e.barePred = c, p
			}
		case "target":
			s, ok := scalar(k, v)
			if !ok {
				continue
			}
			switch s {
			case "org":
				e.orgTarget = true
			case "state":
				e.stateObj = true
			default:
				errs.Add(at(v), "target %q: want org or state", s)
			}
		case "roles":
			e.roles = parseRoles(v, at, wd, errs)
		case "nullable":
			e.nullable = boolean(k, v)
		case "symmetric":
			e.symmetric = boolean(k, v)
		case "complement":
			complement = v
			s, ok := scalar(k, v)
			if !ok {
				continue
			}
			switch s {
			case "intended":
				e.complement, e.takesComp = Intended, true
			case "possible":
				e.complement, e.takesComp = Possible, true
			case "denied":
				e.takesComp, e.denies = true, true
			case "negated":
				e.negates = true
			case "believed":
				e.takesComp, e.believes = true, true
			default:
				errs.Add(at(v), "complement %q: want intended, possible, denied, negated or believed", s)
			}
		}
	}
	switch {
	case len(kinds) == 0:
		errs.Add(at(n), "trigger needs one of verb:, noun: or word:")
	case len(kinds) > 1:
		errs.Add(at(n), "trigger has more than one of verb:, noun:, word: (%s)", strings.Join(kinds, ", "))
	}
	if cameoNode == nil && complement == nil {
		errs.Add(at(n), "trigger needs cameo: (or complement: for a modality cue)")
	}
	if e.negates && cameoNode == nil {
		e.takesComp = true // a pure cue: "declined to comment"
	}
	if e.forceCode != "" && (!e.takesComp || e.denies || e.negates || e.believes) {
		errs.Add(at(n), "force: only applies to triggers with complement: intended or possible")
	}
	if e.kind == kindWord && len(e.forms) > 0 {
		errs.Add(at(n), "forms: only applies to verb: and noun: triggers")
	}
	if byPrep != nil && byPrep.Kind == yaml.MappingNode && !slices.Contains(e.frames, "any") {
		// A preposition the entry takes no object after could never
		// give its code.
		for j := 0; j+1 < len(byPrep.Content); j += 2 {
			p := byPrep.Content[j]
			if _, ok := e.byPrep[p.Value]; ok && !slices.Contains(e.frames, p.Value) {
				errs.Add(at(p), "by_prep: %q is not one of the entry's object frames", p.Value)
			}
		}
	}
	if len(*errs) > bad {
		return nil
	}
	if object == nil {
		if e.kind == kindNoun {
			e.frames = []string{}
		} else {
			e.frames = []string{"direct"}
		}
	}
	return e
}

func parseCAMEO(s string) (Predicate, string) {
	root, msg := english.CAMEORoot(s)
	return Predicate(root), msg
}

// validFrame reports whether s (lower case) is an object frame: "direct",
// "that", "any", "clause" or one of the prepositions of wd.
func validFrame(s string, wd *wordTable) bool {
	return !prepositionFrame(s) || wd.has(english.Prepositions, s)
}

// prepositionFrame reports whether object frame f names a preposition
// rather than one of the format's keywords "direct", "that", "any" and
// "clause".
func prepositionFrame(f string) bool {
	switch f {
	case "direct", "that", "any", "clause":
		return false
	}
	return true
}

// normalizeWords lower-cases s, turns curly apostrophes straight and
// collapses spaces.
func normalizeWords(s string) string { return english.Normalize(s) }

func validPhrase(s string) bool {
	for _, r := range s {
		if !(text.IsWordRune(r) || r == ' ' || r == '-' || r == '\'' || r == '.') {
			return false
		}
	}
	return strings.ContainsFunc(s, text.IsWordRune)
}

// normalizeThen checks and normalizes a "then" pattern: words, "a|b"
// alternatives of one word each, "(a b|c d)" alternatives of several
// words, and "..." gaps, not ending in a gap. Bare alternatives next to
// other words are an error ("a b|c d" could mean either): the phrase
// alternatives are written in parentheses, the word alternatives may be.
func normalizeThen(s string) (string, string) {
	items, msg := parseThen(normalizeWords(s))
	if msg != "" {
		return "", msg
	}
	if len(items) == 0 {
		return "", "empty pattern"
	}
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte(' ')
		}
		if it.gap {
			if i == len(items)-1 {
				return "", "a pattern cannot end with ..."
			}
			if i > 0 && items[i-1].gap {
				return "", "two gaps in a row"
			}
			b.WriteString("...")
			continue
		}
		phrases := make([]string, len(it.alts))
		multi := false
		for j, a := range it.alts {
			for _, w := range a {
				if !validPhrase(w) {
					return "", fmt.Sprintf("bad word %q", w)
				}
			}
			phrases[j] = strings.Join(a, " ")
			multi = multi || len(a) > 1
		}
		alts := strings.Join(phrases, "|")
		if multi || len(phrases) > 1 && inPhrase(items, i) {
			alts = "(" + alts + ")"
		}
		b.WriteString(alts)
	}
	return b.String(), ""
}

// thenItem is one element of a "then" pattern: a gap, or alternatives,
// each a sequence of words.
type thenItem struct {
	gap  bool
	bare bool // word alternatives written without parentheses: "a|b"
	alts [][]string
}

// parseThen splits a normalized "then" pattern into items. It returns a
// message when the pattern is malformed; words are checked by the
// caller.
func parseThen(s string) ([]thenItem, string) {
	var items []thenItem
	for len(s) > 0 {
		switch {
		case s[0] == ' ':
			s = s[1:]
		case s[0] == '(':
			end := strings.IndexByte(s, ')')
			if end < 0 {
				return nil, "unclosed ("
			}
			inner := s[1:end]
			if strings.ContainsAny(inner, "(") {
				return nil, "nested ("
			}
			it := thenItem{}
			for _, a := range strings.Split(inner, "|") {
				ws := strings.Fields(a)
				if len(ws) == 0 {
					return nil, "empty alternative in (...)"
				}
				for _, w := range ws {
					if w == "..." {
						return nil, "a gap inside (...)"
					}
				}
				it.alts = append(it.alts, ws)
			}
			items = append(items, it)
			s = s[end+1:]
		case s[0] == ')':
			return nil, "unopened )"
		default:
			end := strings.IndexAny(s, " ()")
			if end < 0 {
				end = len(s)
			}
			f := s[:end]
			s = s[end:]
			if f == "..." {
				items = append(items, thenItem{gap: true})
				continue
			}
			it := thenItem{}
			for _, a := range strings.Split(f, "|") {
				if a == "" {
					return nil, fmt.Sprintf("bad word %q", a)
				}
				it.alts = append(it.alts, []string{a})
			}
			it.bare = len(it.alts) > 1
			items = append(items, it)
		}
	}
	if ambiguous(items) {
		return nil, "bare alternatives next to other words are ambiguous: write (a b|c d) for alternative phrases, a (b|c) d for alternative words"
	}
	return items, ""
}

// ambiguous reports whether some bare alternative of items ("b|c")
// stands next to another word item, with no gap between: "a b|c d".
func ambiguous(items []thenItem) bool {
	for i, it := range items {
		if it.bare && inPhrase(items, i) {
			return true
		}
	}
	return false
}

// inPhrase reports whether items[i] has a word item next to it.
func inPhrase(items []thenItem, i int) bool {
	return i > 0 && !items[i-1].gap || i+1 < len(items) && !items[i+1].gap
}

// ---------------------------------------------------------------- compiling

// tokens splits a normalized word as the document tokenizer would.
func tokens(w string) []string {
	ts := text.Tokenize(w)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Text
	}
	return out
}

func compile(entries []*entry, adds []wordAdd) *Lexicon {
	l := &Lexicon{entries: entries, index: map[string][]*pattern{}, adds: adds}
	var n, sym [MassViolence + 1]int
	for _, e := range entries {
		if e.code != "" && e.pred.valid() {
			n[e.pred]++
			if e.symmetric {
				sym[e.pred]++
			}
		}
	}
	for p := range n {
		l.symmetric[p] = n[p] > 0 && 5*sym[p] >= 2*n[p]
	}
	if len(adds) > 0 {
		base, _ := baseAdds() // checked by the loaders
		l.wd = buildWords(base, adds)
	}
	for _, e := range entries {
		p := compileEntry(e)
		if p == nil {
			continue
		}
		l.addSplit(p)
		l.addObjNoun(p)
		l.addLemma(p)
		for _, q := range []*pattern{p, passivePattern(p)} {
			if q == nil {
				continue
			}
			seen := map[string]bool{}
			for _, a := range q.elems[0].alts {
				k := a.toks[0]
				if !seen[k] {
					seen[k] = true
					l.index[k] = append(l.index[k], q)
				}
			}
		}
	}
	return l
}

func compileEntry(e *entry) *pattern {
	words := strings.Fields(e.lemma)
	p := &pattern{e: e}
	inflect := -1
	var forms map[string]form
	switch e.kind {
	case kindVerb:
		inflect = 0
		forms = verbForms(words[0])
	case kindNoun:
		inflect = len(words) - 1
		forms = nounForms(words[inflect])
	}
	for i, w := range words {
		el := elem{}
		if i == inflect {
			for _, f := range e.forms {
				forms[f] |= formOther
			}
			keys := make([]string, 0, len(forms))
			for k := range forms {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				el.alts = append(el.alts, alt{toks: tokens(k), form: forms[k]})
			}
			p.head = i
		} else {
			el.alts = []alt{{toks: tokens(w), form: formOther}}
		}
		p.elems = append(p.elems, el)
	}
	if inflect < 0 {
		// A literal phrase is headed by its last word ("would welcome").
		p.head = len(words) - 1
	}
	if e.then != "" {
		items, _ := parseThen(e.then) // checked by normalizeThen
		for _, it := range items {
			if it.gap {
				p.elems = append(p.elems, elem{gap: maxGap})
				continue
			}
			el := elem{}
			seen := map[string]bool{}
			for _, a := range it.alts {
				// A noun after the trigger may be singular or plural
				// ("upgrade ... capability|capabilities"): both numbers
				// of a plain last word are accepted ("rescue team|teams").
				last := a[len(a)-1]
				phrases := []string{strings.Join(a, " ")}
				if len(last) >= 4 && !strings.ContainsAny(last, "-'.") {
					stem := strings.Join(a[:len(a)-1], " ")
					var other []string
					for w := range nounForms(last) {
						other = append(other, strings.TrimSpace(stem+" "+w))
					}
					sort.Strings(other)
					phrases = append(phrases, other...)
				}
				for _, w := range phrases {
					if !seen[w] {
						seen[w] = true
						el.alts = append(el.alts, alt{toks: tokens(w), form: formOther})
					}
				}
			}
			p.elems = append(p.elems, el)
		}
	}
	for i := range p.elems {
		el := &p.elems[i]
		if el.gap > 0 {
			continue
		}
		p.size++
		if el.aux > 0 {
			continue
		}
		kept := el.alts[:0]
		for _, a := range el.alts {
			if len(a.toks) > 0 {
				kept = append(kept, a)
			}
		}
		el.alts = kept
		if len(el.alts) == 0 {
			return nil
		}
	}
	return p
}

// passivePattern returns the passive of a verb phrase whose "then" is a
// gap and the verb's object noun ("impose ... sanctions|embargo"): the
// noun, its modifiers ("on Iran"), an auxiliary chain with "be" and the
// verb's participle: "sanctions on Iran were imposed", "an agreement
// with Japan has been scrapped". It returns nil for other patterns.
func passivePattern(p *pattern) *pattern {
	if p.e.kind != kindVerb || len(p.elems) != 3 || p.elems[1].gap == 0 || p.head != 0 {
		return nil
	}
	var part []alt
	for _, a := range p.elems[0].alts {
		if a.form&formPart != 0 {
			part = append(part, alt{toks: a.toks, form: formPart})
		}
	}
	if len(part) == 0 {
		return nil
	}
	return &pattern{e: p.e, passive: true, head: 3, size: 3, elems: []elem{
		p.elems[2],
		{gap: maxGap},
		{aux: maxAux},
		{alts: part},
	}}
}

// ---------------------------------------------------------------- matching

// match is one trigger occurrence: tokens [start, end) of the sentence
// words, with the head (inflected) token and the form it was found in.
type match struct {
	start, end int
	head       int
	form       form
	gapped     int // tokens skipped by gaps
	p          *pattern
}

// gapStop reports whether a gap may not skip over the word w.
func gapStop(w string) bool {
	switch w {
	case ",", ";", ":", ".", "!", "?", "(", ")", "[", "]":
		return true
	}
	return false
}

// gapNegation reports whether a gap may not skip words[i] because it
// opens a negation (class negations, or a negation_phrases phrase), not
// an additive_phrases one ("not only"). A negation inside a gap would be
// read by nobody: either it negates the words the pattern spells after
// the gap, and the pattern does not hold ("ordered the ambassador not to
// leave" is no order to leave, the event the entry codes), or it belongs
// to the verb group, and a match after it reads it as any negation
// before a trigger ("has not held talks" is the negated "held talks").
func gapNegation(wd *wordTable, words []string, i int) bool {
	return (wd.has(english.Negations, words[i]) || wd.phraseLen(words, i, english.NegationPhrases) > 0) &&
		wd.phraseLen(words, i, english.AdditivePhrases) == 0
}

// matchAt tries p at words[i:]; it returns the shortest match.
// A gap may not skip a word for which block reports true (a finite verb:
// "have agreed to resume peace talks" is not "have ... talks"; block may
// be nil), nor a negation (gapNegation).
func (p *pattern) matchAt(wd *wordTable, words []string, block []bool, i int) (m match, ok bool) {
	m = match{start: i, p: p}
	var rec func(ei, pos int) bool
	rec = func(ei, pos int) bool {
		if ei == len(p.elems) {
			m.end = pos
			return true
		}
		el := p.elems[ei]
		if el.gap > 0 {
			for skip := 0; skip <= el.gap && pos+skip <= len(words); skip++ {
				if skip > 0 && (gapStop(words[pos+skip-1]) || block != nil && block[pos+skip-1] || gapNegation(wd, words, pos+skip-1)) {
					break
				}
				if rec(ei+1, pos+skip) {
					m.gapped += skip
					return true
				}
			}
			return false
		}
		if el.aux > 0 {
			for _, n := range auxLengths(wd, words, pos, el.aux) {
				if rec(ei+1, pos+n) {
					return true
				}
			}
			return false
		}
		if ei > 0 && p.elems[ei-1].gap == 0 && pos < len(words) && !el.matchesAt(words, pos) {
			// "agreed Tuesday to", "agreed on Monday to", "met again
			// with": a time word or an adverb may stand between the words
			// of a phrase.
			if n := skipLength(wd, words, pos); n > 0 {
				return rec(ei, pos+n)
			}
		}
		for _, a := range el.alts {
			if pos+len(a.toks) > len(words) {
				continue
			}
			okAlt := true
			for k, t := range a.toks {
				if words[pos+k] != t {
					okAlt = false
					break
				}
			}
			if !okAlt {
				continue
			}
			if ei == p.head {
				m.head, m.form = pos+len(a.toks)-1, a.form
			}
			if rec(ei+1, pos+len(a.toks)) {
				return true
			}
		}
		return false
	}
	if rec(0, i) {
		return m, true
	}
	return match{}, false
}

// skipLength returns how many words at words[pos] may be skipped inside a
// phrase: a skippable word, or "on" and a weekday.
func skipLength(wd *wordTable, words []string, pos int) int {
	switch {
	case wd.has(english.Skippable, words[pos]):
		return 1
	case wd.has(english.WeekdayPrepositions, words[pos]) && pos+1 < len(words) && wd.has(english.Weekdays, words[pos+1]):
		return 2
	}
	return 0
}

// longestAt returns the number of words of the element's longest
// alternative at words[pos], 0 when none matches.
func (el elem) longestAt(words []string, pos int) int {
	n := 0
	for _, a := range el.alts {
		if len(a.toks) > n && pos+len(a.toks) <= len(words) && slices.Equal(words[pos:pos+len(a.toks)], a.toks) {
			n = len(a.toks)
		}
	}
	return n
}

// matchesAt reports whether one of the element's alternatives starts at
// words[pos].
func (el elem) matchesAt(words []string, pos int) bool {
	for _, a := range el.alts {
		if pos+len(a.toks) <= len(words) && words[pos] == a.toks[0] {
			return true
		}
	}
	return false
}

// find returns every pattern match over words (lower-cased tokens),
// ordered by start, then by decreasing specificity (elements, length,
// then fewer tokens skipped by gaps).
func (l *Lexicon) find(words []string, block []bool) []match {
	if l == nil {
		return nil
	}
	var out []match
	wd := l.wordSet()
	for i, w := range words {
		for _, p := range l.index[w] {
			if m, ok := p.matchAt(wd, words, block, i); ok {
				out = append(out, m)
			}
		}
	}
	sortMatches(out)
	return out
}

// sortMatches orders matches by start, then by decreasing specificity
// (elements, length, then fewer tokens skipped by gaps); matches that
// tie keep their order.
func sortMatches(out []match) {
	sort.SliceStable(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.start != y.start {
			return x.start < y.start
		}
		if x.p.size != y.p.size {
			return x.p.size > y.p.size
		}
		if x.end-x.start != y.end-y.start {
			return x.end-x.start > y.end-y.start
		}
		// Of two readings of one span, the one that spells more of it
		// comes first: "sent peacekeeping troops" is "send ...
		// (peacekeeping troops)" before "send ... troops".
		return x.gapped < y.gapped
	})
}

// wordSet returns the word classes of l: the embedded ones with l's
// additions.
func (l *Lexicon) wordSet() *wordTable {
	if l != nil && l.wd != nil {
		return l.wd
	}
	return defaultWords()
}
