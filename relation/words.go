package relation

import (
	"sync"

	"github.com/geoextract/geoextract/internal/english"
	"gopkg.in/yaml.v3"
)

// wordClass names one class of internal/english/data/words.yaml, the
// one English lexicon entity and relation share: a closed class of English
// (determiners, prepositions), a cue (negations, catenatives) or a one-word
// class for a structural role (the infinitive marker). Go code asks whether
// a word is in a class; it knows no English word by itself.
type wordClass = english.Class

// The word classes relation asks about: aliases of [english.Class]
// constants, so that relation's code reads as before.
const (
	wcDeterminers           = english.Determiners
	wcPossessivePronouns    = english.PossessivePronouns
	wcSubjectPronouns       = english.SubjectPronouns
	wcReferring             = english.Referring
	wcDescriptionHeads      = english.DescriptionHeads
	wcPrepositions          = english.Prepositions
	wcAuxiliaries           = english.Auxiliaries
	wcBeForms               = english.BeForms
	wcModalIntended         = english.ModalIntended
	wcModalPossible         = english.ModalPossible
	wcNegations             = english.Negations
	wcAdverbs               = english.Adverbs
	wcReportVerbs           = english.ReportVerbs
	wcSubordinators         = english.Subordinators
	wcRelativePronouns      = english.RelativePronouns
	wcClauseStops           = english.ClauseStops
	wcActorNouns            = english.ActorNouns
	wcStateNouns            = english.StateNouns
	wcTitleWords            = english.TitleWords
	wcTimeWords             = english.TimeWords
	wcPassiveBe             = english.PassiveBe
	wcPassiveAux            = english.PassiveAux
	wcSkippable             = english.Skippable
	wcTargetVerbs           = english.TargetVerbs
	wcReactionVerbs         = english.ReactionVerbs
	wcClauseNominalPreps    = english.ClauseNominalPreps
	wcExecutiveVerbs        = english.ExecutiveVerbs
	wcAboutPreps            = english.AboutPreps
	wcNamingVerbs           = english.NamingVerbs
	wcCopulas               = english.Copulas
	wcReasonWords           = english.ReasonWords
	wcPlanNouns             = english.PlanNouns
	wcFailVerbs             = english.FailVerbs
	wcCatenatives           = english.Catenatives
	wcHelpVerbs             = english.HelpVerbs
	wcLightVerbs            = english.LightVerbs
	wcLightNouns            = english.LightNouns
	wcIntentNouns           = english.IntentNouns
	wcInstrumentNouns       = english.InstrumentNouns
	wcClauseSubordinators   = english.ClauseSubordinators
	wcOwnerWords            = english.OwnerWords
	wcMilitaryTargets       = english.MilitaryTargets
	wcHeldParticiples       = english.HeldParticiples
	wcAuthoredNouns         = english.AuthoredNouns
	wcTopicPreps            = english.TopicPreps
	wcHyphenModifiers       = english.HyphenModifiers
	wcWeekdays              = english.Weekdays
	wcMonths                = english.Months
	wcObligationModals      = english.ObligationModals
	wcCharacterNouns        = english.CharacterNouns
	wcReciprocals           = english.Reciprocals
	wcWeekdayPrepositions   = english.WeekdayPrepositions
	wcCapitalMonths         = english.CapitalMonths
	wcDateBlockers          = english.DateBlockers
	wcDateModifiers         = english.DateModifiers
	wcYearPrepositions      = english.YearPrepositions
	wcOrdinalSuffixes       = english.OrdinalSuffixes
	wcDayOffsets            = english.DayOffsets
	wcPeriodUnits           = english.PeriodUnits
	wcPeriodShifts          = english.PeriodShifts
	wcInfinitiveMarker      = english.InfinitiveMarker
	wcPossessiveClitic      = english.PossessiveClitic
	wcAgentMarker           = english.AgentMarker
	wcGenitiveMarker        = english.GenitiveMarker
	wcComplementizer        = english.Complementizer
	wcRoleMarker            = english.RoleMarker
	wcNegativeDeterminer    = english.NegativeDeterminer
	wcDefiniteArticle       = english.DefiniteArticle
	wcPairPreposition       = english.PairPreposition
	wcLocationPreposition   = english.LocationPreposition
	wcSourcePreposition     = english.SourcePreposition
	wcPurposePreposition    = english.PurposePreposition
	wcTopicPreposition      = english.TopicPreposition
	wcCompanionPreposition  = english.CompanionPreposition
	wcConjunction           = english.Conjunction
	wcNegativeCorrelative   = english.NegativeCorrelative
	wcPerfectAuxiliary      = english.PerfectAuxiliary
	wcRightNoun             = english.RightNoun
	wcFreeRelative          = english.FreeRelative
	wcContrast              = english.Contrast
	wcInstigator            = english.Instigator
	wcCoordinators          = english.Coordinators
	wcComplementOpeners     = english.ComplementOpeners
	wcSubjunctiveMarkers    = english.SubjunctiveMarkers
	wcCauseSubordinators    = english.CauseSubordinators
	wcPartyPrepositions     = english.PartyPrepositions
	wcCollectivePossessives = english.CollectivePossessives
	wcExceptives            = english.Exceptives
	wcTemporalLimits        = english.TemporalLimits
	wcHaveForms             = english.HaveForms
	wcRightModifiers        = english.RightModifiers
	wcContrastPhrases       = english.ContrastPhrases
	wcTargetPrepositions    = english.TargetPrepositions
	wcPurposeBlockers       = english.PurposeBlockers
	wcRelativeSubjects      = english.RelativeSubjects
	wcNegationPhrases       = english.NegationPhrases
	wcArrangementBe         = english.ArrangementBe
	wcConditionals          = english.Conditionals
	wcSanctionStems         = english.SanctionStems
	wcClauseJoiners         = english.ClauseJoiners
	wcPlaceRelatives        = english.PlaceRelatives
	wcTemporalConjunctions  = english.TemporalConjunctions
	wcCoordinatingJoins     = english.CoordinatingJoins
	wcQuantifierPhrases     = english.QuantifierPhrases
	wcCallingVerbs          = english.CallingVerbs
	wcDescribingVerbs       = english.DescribingVerbs
	wcClauseOpeners         = english.ClauseOpeners
	wcAttitudePrefixes      = english.AttitudePrefixes
	wcListJoins             = english.ListJoins
	wcObjectPronouns        = english.ObjectPronouns
	wcIndefiniteArticles    = english.IndefiniteArticles
	wcGerundEndings         = english.GerundEndings
	wcPastEndings           = english.PastEndings
	wcThirdPersonEndings    = english.ThirdPersonEndings
	wcUninflectedEndings    = english.UninflectedEndings
	wcPluralEndings         = english.PluralEndings
	wcSingularEndings       = english.SingularEndings
	wcAdverbEndings         = english.AdverbEndings
	wcAssertionVerbs        = english.AssertionVerbs
	wcBlameWords            = english.BlameWords
	wcDenialVerbs           = english.DenialVerbs
	wcChargeNouns           = english.ChargeNouns
	wcSourcePhrases         = english.SourcePhrases
	wcRejectionWords        = english.RejectionWords
	wcBlameVerbs            = english.BlameVerbs
	wcArmedNouns            = english.ArmedNouns
	wcArmedModifiers        = english.ArmedModifiers
	wcMilitaryObjects       = english.MilitaryObjects
	wcArmedSides            = english.ArmedSides
	wcUnnamedActorRoots     = english.UnnamedActorRoots
	numClasses              = english.NumClasses
)

// classNames are the classes' keys in the YAML.
var classNames = func() (n [numClasses]string) {
	for c := range n {
		n[c] = wordClass(c).String()
	}
	return n
}()

// classSet is a bit set of word classes.
type classSet english.Set

func (c classSet) has(k wordClass) bool { return english.Set(c).Has(k) }

// wordTable is a compiled set of word classes: the embedded ones and the
// additions of a lexicon. It is immutable and safe for concurrent use once
// built. The zero wordTable has no word in any class.
type wordTable struct {
	t    *english.Table
	list *[numClasses][]string // each class's words in order
}

func newWordTable(t *english.Table) *wordTable {
	var l [numClasses][]string
	for c := range l {
		l[c] = t.Words(wordClass(c))
	}
	return &wordTable{t: t, list: &l}
}

// has reports whether w (lower-cased) is in class c.
func (ws *wordTable) has(c wordClass, w string) bool { return ws.t.Has(c, w) }

// value returns the value of w in the valued class c (a number, or a
// Predicate for a class of CAMEO codes), and whether w is in c.
func (ws *wordTable) value(c wordClass, w string) (int, bool) { return ws.t.Value(c, w) }

// classes returns the classes of w.
func (ws *wordTable) classes(w string) classSet { return classSet(ws.t.Classes(w)) }

// phraseLen returns the length in tokens of the longest phrase of class c
// that starts at toks[i], or 0.
func (ws *wordTable) phraseLen(toks []string, i int, c wordClass) int {
	return ws.t.PhraseLen(toks, i, c)
}

// phraseEnding returns the length in tokens of the longest phrase of
// class c that ends at toks[i], or 0.
func (ws *wordTable) phraseEnding(toks []string, i int, c wordClass) int {
	return ws.t.PhraseEnding(toks, i, c)
}

// hasSuffixIn reports whether w ends with a word of class c.
func (ws *wordTable) hasSuffixIn(c wordClass, w string) bool { return ws.t.HasSuffixIn(c, w) }

// hasPrefixIn reports whether w begins with a word of class c.
func (ws *wordTable) hasPrefixIn(c wordClass, w string) bool { return ws.t.HasPrefixIn(c, w) }

// wordAdd is one word added to a class, where it was written.
type wordAdd = english.Add

// buildWords compiles additions, in order, into a wordTable.
func buildWords(adds ...[]wordAdd) *wordTable { return newWordTable(english.Build(adds...)) }

// baseAdds are the embedded classes, parsed once.
func baseAdds() ([]wordAdd, error) {
	adds, err := english.BaseAdds()
	if es := english.Errors(err); es != nil {
		return nil, ErrorList(es)
	}
	return adds, err
}

// baseWords are the embedded classes, compiled once.
var baseWords = sync.OnceValues(func() (*wordTable, error) {
	if _, err := baseAdds(); err != nil {
		return nil, err
	}
	return newWordTable(english.Default()), nil
})

// defaultWords returns the embedded classes, or empty classes should they
// fail to load (their tests load them).
func defaultWords() *wordTable {
	if ws, err := baseWords(); err == nil {
		return ws
	}
	return newWordTable(&english.Table{})
}

// parseWordsFile reads a file whose root maps class names to words.
func parseWordsFile(data []byte, file string) ([]wordAdd, ErrorList) {
	adds, errs := english.ParseFile(data, file)
	return adds, ErrorList(errs)
}

// parseWordClasses reads a mapping of class names to lists of words (or,
// for a valued class, to a mapping of words to values).
func parseWordClasses(n *yaml.Node, at func(*yaml.Node) Position, errs *ErrorList) []wordAdd {
	return english.ParseClasses(n, at, (*[]*Error)(errs))
}

// The forms of words, generated by package english.
type form = english.Form

const (
	formBase     = english.FormBase
	formThird    = english.FormThird
	formPast     = english.FormPast
	formPart     = english.FormPart
	formGerund   = english.FormGerund
	formSingular = english.FormSingular
	formPlural   = english.FormPlural
	formOther    = english.FormOther
)

var (
	verbForms = english.VerbForms
	nounForms = english.NounForms
)

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
