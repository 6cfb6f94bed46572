package relation

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// wordClass names one class of data/words/words.yaml: a closed class of
// English (determiners, prepositions), a cue (negations, catenatives) or a
// one-word class for a structural role (the infinitive marker). Go code
// asks whether a word is in a class; it knows no English word by itself.
type wordClass uint8

const (
	wcDeterminers wordClass = iota
	wcPossessivePronouns
	wcSubjectPronouns
	wcReferring
	wcDescriptionHeads
	wcPrepositions
	wcAuxiliaries
	wcBeForms
	wcModalIntended
	wcModalPossible
	wcNegations
	wcAdverbs
	wcReportVerbs
	wcSubordinators
	wcRelativePronouns
	wcClauseStops
	wcActorNouns
	wcStateNouns
	wcTitleWords
	wcTimeWords
	wcPassiveBe
	wcPassiveAux
	wcSkippable
	wcTargetVerbs
	wcReactionVerbs
	wcClauseNominalPreps
	wcExecutiveVerbs
	wcAboutPreps
	wcNamingVerbs
	wcCopulas
	wcReasonWords
	wcPlanNouns
	wcFailVerbs
	wcCatenatives
	wcHelpVerbs
	wcLightVerbs
	wcLightNouns
	wcIntentNouns
	wcInstrumentNouns
	wcClauseSubordinators
	wcOwnerWords
	wcMilitaryTargets
	wcHeldParticiples
	wcAuthoredNouns
	wcTopicPreps
	wcHyphenModifiers
	wcWeekdays
	wcMonths
	wcObligationModals
	wcCharacterNouns
	wcReciprocals
	wcWeekdayPrepositions
	wcCapitalMonths
	wcDateBlockers
	wcDateModifiers
	wcYearPrepositions
	wcOrdinalSuffixes
	wcDayOffsets
	wcPeriodUnits
	wcPeriodShifts
	wcInfinitiveMarker
	wcPossessiveClitic
	wcAgentMarker
	wcGenitiveMarker
	wcComplementizer
	wcRoleMarker
	wcNegativeDeterminer
	wcDefiniteArticle
	wcPairPreposition
	wcLocationPreposition
	wcSourcePreposition
	wcPurposePreposition
	wcTopicPreposition
	wcCompanionPreposition
	wcConjunction
	wcNegativeCorrelative
	wcPerfectAuxiliary
	wcRightNoun
	wcFreeRelative
	wcContrast
	wcInstigator
	wcCoordinators
	wcComplementOpeners
	wcSubjunctiveMarkers
	wcCauseSubordinators
	wcPartyPrepositions
	wcCollectivePossessives
	wcExceptives
	wcTemporalLimits
	wcHaveForms
	wcRightModifiers
	wcContrastPhrases
	wcTargetPrepositions
	wcPurposeBlockers
	wcRelativeSubjects
	wcNegationPhrases
	wcArrangementBe
	wcConditionals
	wcSanctionStems
	wcClauseJoiners
	wcPlaceRelatives
	wcTemporalConjunctions
	wcCoordinatingJoins
	wcQuantifierPhrases
	wcCallingVerbs
	wcDescribingVerbs
	wcClauseOpeners
	wcAttitudePrefixes
	wcListJoins
	wcObjectPronouns
	wcIndefiniteArticles
	wcGerundEndings
	wcPastEndings
	wcThirdPersonEndings
	wcUninflectedEndings
	wcPluralEndings
	wcSingularEndings
	wcAdverbEndings
	wcAssertionVerbs
	wcBlameWords
	wcDenialVerbs
	wcChargeNouns
	wcSourcePhrases
	wcRejectionWords
	wcBlameVerbs
	wcArmedNouns
	wcArmedModifiers
	wcMilitaryObjects
	wcArmedSides
	wcUnnamedActorRoots
	numClasses
)

// classNames are the classes' keys in the YAML.
var classNames = [numClasses]string{
	wcDeterminers:           "determiners",
	wcPossessivePronouns:    "possessive_pronouns",
	wcSubjectPronouns:       "subject_pronouns",
	wcReferring:             "referring",
	wcDescriptionHeads:      "description_heads",
	wcPrepositions:          "prepositions",
	wcAuxiliaries:           "auxiliaries",
	wcBeForms:               "be_forms",
	wcModalIntended:         "modal_intended",
	wcModalPossible:         "modal_possible",
	wcNegations:             "negations",
	wcAdverbs:               "adverbs",
	wcReportVerbs:           "report_verbs",
	wcSubordinators:         "subordinators",
	wcRelativePronouns:      "relative_pronouns",
	wcClauseStops:           "clause_stops",
	wcActorNouns:            "actor_nouns",
	wcStateNouns:            "state_nouns",
	wcTitleWords:            "title_words",
	wcTimeWords:             "time_words",
	wcPassiveBe:             "passive_be",
	wcPassiveAux:            "passive_aux",
	wcSkippable:             "skippable",
	wcTargetVerbs:           "target_verbs",
	wcReactionVerbs:         "reaction_verbs",
	wcClauseNominalPreps:    "clause_nominal_preps",
	wcExecutiveVerbs:        "executive_verbs",
	wcAboutPreps:            "about_preps",
	wcNamingVerbs:           "naming_verbs",
	wcCopulas:               "copulas",
	wcReasonWords:           "reason_words",
	wcPlanNouns:             "plan_nouns",
	wcFailVerbs:             "fail_verbs",
	wcCatenatives:           "catenatives",
	wcHelpVerbs:             "help_verbs",
	wcLightVerbs:            "light_verbs",
	wcLightNouns:            "light_nouns",
	wcIntentNouns:           "intent_nouns",
	wcInstrumentNouns:       "instrument_nouns",
	wcClauseSubordinators:   "clause_subordinators",
	wcOwnerWords:            "owner_words",
	wcMilitaryTargets:       "military_targets",
	wcHeldParticiples:       "held_participles",
	wcAuthoredNouns:         "authored_nouns",
	wcTopicPreps:            "topic_preps",
	wcHyphenModifiers:       "hyphen_modifiers",
	wcWeekdays:              "weekdays",
	wcMonths:                "months",
	wcObligationModals:      "obligation_modals",
	wcCharacterNouns:        "character_nouns",
	wcReciprocals:           "reciprocals",
	wcWeekdayPrepositions:   "weekday_prepositions",
	wcCapitalMonths:         "capital_months",
	wcDateBlockers:          "date_blockers",
	wcDateModifiers:         "date_modifiers",
	wcYearPrepositions:      "year_prepositions",
	wcOrdinalSuffixes:       "ordinal_suffixes",
	wcDayOffsets:            "day_offsets",
	wcPeriodUnits:           "period_units",
	wcPeriodShifts:          "period_shifts",
	wcInfinitiveMarker:      "infinitive_marker",
	wcPossessiveClitic:      "possessive_clitic",
	wcAgentMarker:           "agent_marker",
	wcGenitiveMarker:        "genitive_marker",
	wcComplementizer:        "complementizer",
	wcRoleMarker:            "role_marker",
	wcNegativeDeterminer:    "negative_determiner",
	wcDefiniteArticle:       "definite_article",
	wcPairPreposition:       "pair_preposition",
	wcLocationPreposition:   "location_preposition",
	wcSourcePreposition:     "source_preposition",
	wcPurposePreposition:    "purpose_preposition",
	wcTopicPreposition:      "topic_preposition",
	wcCompanionPreposition:  "companion_preposition",
	wcConjunction:           "conjunction",
	wcNegativeCorrelative:   "negative_correlative",
	wcPerfectAuxiliary:      "perfect_auxiliary",
	wcRightNoun:             "right_noun",
	wcFreeRelative:          "free_relative",
	wcContrast:              "contrast",
	wcInstigator:            "instigator",
	wcCoordinators:          "coordinators",
	wcComplementOpeners:     "complement_openers",
	wcSubjunctiveMarkers:    "subjunctive_markers",
	wcCauseSubordinators:    "cause_subordinators",
	wcPartyPrepositions:     "party_prepositions",
	wcCollectivePossessives: "collective_possessives",
	wcExceptives:            "exceptives",
	wcTemporalLimits:        "temporal_limits",
	wcHaveForms:             "have_forms",
	wcRightModifiers:        "right_modifiers",
	wcContrastPhrases:       "contrast_phrases",
	wcTargetPrepositions:    "target_prepositions",
	wcPurposeBlockers:       "purpose_blockers",
	wcRelativeSubjects:      "relative_subjects",
	wcNegationPhrases:       "negation_phrases",
	wcArrangementBe:         "arrangement_be",
	wcConditionals:          "conditionals",
	wcSanctionStems:         "sanction_stems",
	wcClauseJoiners:         "clause_joiners",
	wcPlaceRelatives:        "place_relatives",
	wcTemporalConjunctions:  "temporal_conjunctions",
	wcCoordinatingJoins:     "coordinating_joins",
	wcQuantifierPhrases:     "quantifier_phrases",
	wcCallingVerbs:          "calling_verbs",
	wcDescribingVerbs:       "describing_verbs",
	wcClauseOpeners:         "clause_openers",
	wcAttitudePrefixes:      "attitude_prefixes",
	wcListJoins:             "list_joins",
	wcObjectPronouns:        "object_pronouns",
	wcIndefiniteArticles:    "indefinite_articles",
	wcGerundEndings:         "gerund_endings",
	wcPastEndings:           "past_endings",
	wcThirdPersonEndings:    "third_person_endings",
	wcUninflectedEndings:    "uninflected_endings",
	wcPluralEndings:         "plural_endings",
	wcSingularEndings:       "singular_endings",
	wcAdverbEndings:         "adverb_endings",
	wcAssertionVerbs:        "assertion_verbs",
	wcBlameWords:            "blame_words",
	wcDenialVerbs:           "denial_verbs",
	wcChargeNouns:           "charge_nouns",
	wcSourcePhrases:         "source_phrases",
	wcRejectionWords:        "rejection_words",
	wcBlameVerbs:            "blame_verbs",
	wcArmedNouns:            "armed_nouns",
	wcArmedModifiers:        "armed_modifiers",
	wcMilitaryObjects:       "military_objects",
	wcArmedSides:            "armed_sides",
	wcUnnamedActorRoots:     "unnamed_actor_roots",
}

// valueKind is what a class maps its words to.
type valueKind uint8

const (
	valueNone   valueKind = iota // a plain list of words
	valueNumber                  // word: number (months, weekdays)
	valueCAMEO                   // word: CAMEO code (the predicate it signals)
)

// classValues are the classes whose words carry a value.
var classValues = map[wordClass]valueKind{
	wcWeekdays:         valueNumber,
	wcMonths:           valueNumber,
	wcObligationModals: valueCAMEO,
	wcCharacterNouns:   valueCAMEO,
	wcDayOffsets:       valueNumber,
	wcPeriodUnits:      valueNumber,
	wcPeriodShifts:     valueNumber,
}

// classSet is a bit set of word classes.
type classSet [(numClasses + 63) / 64]uint64

func (c classSet) has(k wordClass) bool { return c[k/64]&(1<<(k%64)) != 0 }
func (c *classSet) add(k wordClass)     { c[k/64] |= 1 << (k % 64) }

// wordTable is a compiled set of word classes: the embedded ones and the
// additions of a lexicon. It is immutable and safe for concurrent use once
// built. The zero wordTable has no word in any class.
type wordTable struct {
	of      map[string]classSet        // word or phrase → its classes
	values  [numClasses]map[string]int // the value of a word in a valued class
	list    [numClasses][]string       // each class's words in order
	phrases [numClasses][][]string     // each class's words split into tokens
}

// has reports whether w (lower-cased) is in class c.
func (ws *wordTable) has(c wordClass, w string) bool { return ws.of[w].has(c) }

// value returns the value of w in the valued class c (a number, or a
// Predicate for a class of CAMEO codes), and whether w is in c.
func (ws *wordTable) value(c wordClass, w string) (int, bool) {
	v, ok := ws.values[c][w]
	return v, ok
}

// classes returns the classes of w.
func (ws *wordTable) classes(w string) classSet { return ws.of[w] }

// wordAdd is one word added to a class, where it was written.
type wordAdd struct {
	class wordClass
	word  string
	value int
	pos   Position
}

// buildWords compiles additions, in order, into a wordTable.
func buildWords(adds ...[]wordAdd) *wordTable {
	ws := &wordTable{of: map[string]classSet{}}
	for _, as := range adds {
		for _, a := range as {
			cs := ws.of[a.word]
			if !cs.has(a.class) {
				ws.list[a.class] = append(ws.list[a.class], a.word)
				ws.phrases[a.class] = append(ws.phrases[a.class], strings.Fields(a.word))
			}
			cs.add(a.class)
			ws.of[a.word] = cs
			if classValues[a.class] != valueNone {
				if ws.values[a.class] == nil {
					ws.values[a.class] = map[string]int{}
				}
				ws.values[a.class][a.word] = a.value
			}
		}
	}
	return ws
}

//go:embed data/words/words.yaml
var wordsFS embed.FS

const wordsFile = "data/words/words.yaml"

// baseAdds are the embedded classes, parsed once; every class must be
// given there.
var baseAdds = sync.OnceValues(func() ([]wordAdd, error) {
	if _, err := inflection(); err != nil {
		return nil, err
	}
	data, err := wordsFS.ReadFile(wordsFile)
	if err != nil {
		return nil, fmt.Errorf("relation: %w", err)
	}
	adds, errs := parseWordsFile(data, wordsFile)
	seen := [numClasses]bool{}
	for _, a := range adds {
		seen[a.class] = true
	}
	for c, ok := range seen {
		if !ok {
			errs.Add(Position{File: wordsFile}, "word class %q is missing", classNames[c])
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return adds, nil
})

// baseWords are the embedded classes, compiled once.
var baseWords = sync.OnceValues(func() (*wordTable, error) {
	adds, err := baseAdds()
	if err != nil {
		return nil, err
	}
	return buildWords(adds), nil
})

// defaultWords returns the embedded classes, or empty classes should they
// fail to load (their tests load them).
func defaultWords() *wordTable {
	if ws, err := baseWords(); err == nil {
		return ws
	}
	return &wordTable{}
}

// parseWordsFile reads a file whose root maps class names to words.
func parseWordsFile(data []byte, file string) (adds []wordAdd, errs ErrorList) {
	defer func() {
		if r := recover(); r != nil { // yaml.v3 should not panic; never let it escape
			adds = nil
			errs = ErrorList{{Pos: Position{File: file}, Msg: fmt.Sprintf("invalid YAML: %v", r)}}
		}
	}()
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, ErrorList{yamlError(err, file)}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	at := func(n *yaml.Node) Position { return Position{File: file, Line: n.Line, Column: n.Column} }
	adds = parseWordClasses(doc.Content[0], at, &errs)
	return adds, errs
}

var classByName = func() map[string]wordClass {
	m := map[string]wordClass{}
	for c, n := range classNames {
		m[n] = wordClass(c)
	}
	return m
}()

// parseWordClasses reads a mapping of class names to lists of words (or,
// for a valued class, to a mapping of words to values).
func parseWordClasses(n *yaml.Node, at func(*yaml.Node) Position, errs *ErrorList) []wordAdd {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		errs.Add(at(n), "word classes are a mapping of class names to lists of words")
		return nil
	}
	var adds []wordAdd
	seenClass := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		c, ok := classByName[k.Value]
		if !ok {
			errs.Add(at(k), "unknown word class %q", k.Value)
			continue
		}
		if seenClass[k.Value] {
			errs.Add(at(k), "word class %q given twice", k.Value)
			continue
		}
		seenClass[k.Value] = true
		seen := map[string]bool{}
		add := func(w string, value int, node *yaml.Node) {
			if seen[w] {
				errs.Add(at(node), "word %q given twice in class %q", w, k.Value)
				return
			}
			seen[w] = true
			adds = append(adds, wordAdd{class: c, word: w, value: value, pos: at(node)})
		}
		if kind := classValues[c]; kind != valueNone {
			if v.Kind != yaml.MappingNode {
				errs.Add(at(v), "word class %q maps words to values", k.Value)
				continue
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				wn, vn := v.Content[j], v.Content[j+1]
				w, ok := classWord(wn, at, errs)
				if !ok {
					continue
				}
				val, msg := classValue(kind, vn.Value)
				if vn.Kind != yaml.ScalarNode || msg != "" {
					errs.Add(at(vn), "word %q in class %q: value %q: %s", w, k.Value, vn.Value, msg)
					continue
				}
				add(w, val, wn)
			}
			continue
		}
		if v.Kind != yaml.SequenceNode {
			errs.Add(at(v), "word class %q must be a list of words", k.Value)
			continue
		}
		for _, item := range v.Content {
			if item.Kind == yaml.MappingNode {
				// {verb: LEMMA}: every form of the verb.
				if len(item.Content) != 2 || item.Content[0].Value != "verb" || item.Content[1].Kind != yaml.ScalarNode {
					errs.Add(at(item), "a word is a string or {verb: LEMMA}")
					continue
				}
				lemma, ok := classWord(item.Content[1], at, errs)
				if !ok {
					continue
				}
				for _, f := range sortedForms(verbForms(lemma)) {
					add(f, 0, item.Content[1])
				}
				continue
			}
			if w, ok := classWord(item, at, errs); ok {
				add(w, 0, item)
			}
		}
	}
	return adds
}

// classWord checks and normalizes one word or phrase of a class.
func classWord(n *yaml.Node, at func(*yaml.Node) Position, errs *ErrorList) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Value == "" {
		errs.Add(at(n), "a word is a non-empty string")
		return "", false
	}
	w := normalizeWords(n.Value)
	if w != strings.ReplaceAll(n.Value, "\u2019", "'") {
		errs.Add(at(n), "word %q must be lower case with single spaces", n.Value)
		return "", false
	}
	return w, true
}

func classValue(kind valueKind, s string) (int, string) {
	switch kind {
	case valueNumber:
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, "want a number"
		}
		return n, ""
	case valueCAMEO:
		p, msg := parseCAMEO(s)
		return int(p), msg
	}
	return 0, ""
}

func isPunct(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '\u201c' && r != '\u201d' && r != '\u2018' && r != '\u2019' && r != '\u2014' && r != '\u2013' {
			return false
		}
	}
	return true
}

func isQuote(w string) bool {
	switch w {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''":
		return true
	}
	return false
}

// adverb reports whether w is an adverb: a listed one, or a word in -ly
// that is no actor noun.
func (ws *wordTable) adverb(w string) bool {
	return ws.has(wcAdverbs, w) || (len(w) > 4 && ws.hasSuffixIn(wcAdverbEndings, w) && !ws.has(wcActorNouns, w))
}

// sortedForms returns the words of forms in order.
func sortedForms(forms map[string]form) []string {
	out := make([]string, 0, len(forms))
	for w := range forms {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// phraseLen returns the length in tokens of the longest phrase of class c
// that starts at toks[i], or 0.
func (ws *wordTable) phraseLen(toks []string, i int, c wordClass) int {
	best := 0
	for _, p := range ws.phrases[c] {
		if len(p) > best && i >= 0 && i+len(p) <= len(toks) && slices.Equal(toks[i:i+len(p)], p) {
			best = len(p)
		}
	}
	return best
}

// phraseEnding returns the length in tokens of the longest phrase of
// class c that ends at toks[i], or 0.
func (ws *wordTable) phraseEnding(toks []string, i int, c wordClass) int {
	best := 0
	for _, p := range ws.phrases[c] {
		if j := i + 1 - len(p); len(p) > best && j >= 0 && i < len(toks) && slices.Equal(toks[j:i+1], p) {
			best = len(p)
		}
	}
	return best
}

// hasSuffixIn reports whether w ends with a word of class c.
func (ws *wordTable) hasSuffixIn(c wordClass, w string) bool {
	for _, p := range ws.list[c] {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// hasPrefixIn reports whether w begins with a word of class c.
func (ws *wordTable) hasPrefixIn(c wordClass, w string) bool {
	for _, p := range ws.list[c] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
