package relation

import (
	_ "embed"
	"io"
	"sync"

	"gopkg.in/yaml.v3"
)

// behaviour is one way the extractor treats the triggers of some CAMEO
// roots (data/roots/roots.yaml, or a file of WithRoots, says which). The
// Go code asks rootBehaviours.has; it names no root itself. It is a plain value.
type behaviour uint8

// The behaviours, in the order of behaviourNames.
const (
	governsComplement behaviour = iota
	blamesComplement
	vowedForceThreatens
	intentAbsorbs
	intentAbsorbsUnlessHostile
	usesForce
	subsumedByForce
	asksForNoun
	asksPassiveComplement
	penaltyThreatens
	unrealizesNoun
	nationalityVictims
	counterpartFromClause
	travelPurposeSubject
	talkTopic
	patientOwnerObject
	heldPlaceHolder
	framedTargetPlace
	militaryTargetPlace
	interiorPlace
	jointAct
	thatReportsClaim
	threatenedActTarget
	causeAgentTarget
	joinableAppeal
	reasonObject
	conditionThreatens
	alwaysAsserted
	intentAsserted
	dropsSource
	readOnce
	coAgentsCooperate
	coAgentCooperation
	numBehaviours
)

// behaviourNames are the keys of a roots file, one per behaviour.
var behaviourNames = [numBehaviours]string{
	governsComplement:          "governs_complement",
	blamesComplement:           "blames_complement",
	vowedForceThreatens:        "vowed_force_threatens",
	intentAbsorbs:              "intent_absorbs",
	intentAbsorbsUnlessHostile: "intent_absorbs_unless_hostile",
	usesForce:                  "uses_force",
	subsumedByForce:            "subsumed_by_force",
	asksForNoun:                "asks_for_noun",
	asksPassiveComplement:      "asks_passive_complement",
	penaltyThreatens:           "penalty_threatens",
	unrealizesNoun:             "unrealizes_noun",
	nationalityVictims:         "nationality_victims",
	counterpartFromClause:      "counterpart_from_clause",
	travelPurposeSubject:       "travel_purpose_subject",
	talkTopic:                  "talk_topic",
	patientOwnerObject:         "patient_owner_object",
	heldPlaceHolder:            "held_place_holder",
	framedTargetPlace:          "framed_target_place",
	militaryTargetPlace:        "military_target_place",
	interiorPlace:              "interior_place",
	jointAct:                   "joint_act",
	thatReportsClaim:           "that_reports_claim",
	threatenedActTarget:        "threatened_act_target",
	causeAgentTarget:           "cause_agent_target",
	joinableAppeal:             "joinable_appeal",
	reasonObject:               "reason_object",
	conditionThreatens:         "condition_threatens",
	alwaysAsserted:             "always_asserted",
	intentAsserted:             "intent_asserted",
	dropsSource:                "drops_source",
	readOnce:                   "read_once",
	coAgentsCooperate:          "co_agents_cooperate",
	coAgentCooperation:         "co_agent_cooperation",
}

// rootBehaviours says, for each behaviour, which roots have it. It is
// immutable once read and safe for concurrent use; the zero value gives
// no root any behaviour.
type rootBehaviours [numBehaviours][MassViolence + 1]bool

const rootsFile = "data/roots/roots.yaml"

//go:embed data/roots/roots.yaml
var rootsYAML []byte

var defaultRoots = sync.OnceValues(func() (*rootBehaviours, error) { return parseRoots(rootsYAML, rootsFile) })

// has reports whether the triggers of root p have behaviour b (false for
// an invalid p). A nil rb is the embedded roots file (false if it does
// not load, which its test rules out).
func (rb *rootBehaviours) has(p Predicate, b behaviour) bool {
	if rb == nil {
		var err error
		if rb, err = defaultRoots(); err != nil {
			return false
		}
	}
	return int(p) < len(rb[b]) && rb[b][p]
}

// first returns the lowest root that has behaviour b, and false when no
// root has it (a behaviour that names the root of an event the extractor
// adds, such as co_agent_cooperation). A nil rb is the embedded roots file.
func (rb *rootBehaviours) first(b behaviour) (Predicate, bool) {
	if rb == nil {
		var err error
		if rb, err = defaultRoots(); err != nil {
			return 0, false
		}
	}
	for i, ok := range rb[b] {
		if p := Predicate(i); ok && p.valid() {
			return p, true
		}
	}
	return 0, false
}

// Roots are the behaviours of the triggers of CAMEO roots: for each
// behaviour the extractor knows (the keys of relation/data/roots/
// roots.yaml: governs_complement, uses_force, talk_topic …), the
// two-digit roots whose triggers have it. A Roots is immutable and safe
// for concurrent use. The zero Roots, like a nil *Roots, stands for the
// embedded file; load a file with LoadRoots.
type Roots struct {
	rb *rootBehaviours // nil: the embedded roots
}

// DefaultRoots returns the embedded roots (relation/data/roots/
// roots.yaml), loaded once.
func DefaultRoots() (*Roots, error) {
	rb, err := defaultRoots()
	if err != nil {
		return nil, err
	}
	return &Roots{rb: rb}, nil
}

// LoadRoots reads a roots file in YAML, a mapping of the behaviours of
// the embedded roots.yaml to lists of two-digit CAMEO roots, and merges
// it over the embedded roots as LoadFrames does: each behaviour the file
// gives has exactly the file's roots, and the behaviours it leaves out
// keep the embedded ones. So `governs_complement: ["02", "10", "12",
// "13"]` stops accusations (11) absorbing the events of their
// complement, and `talk_topic: []` switches a behaviour off. name is used
// in error positions: when the input is invalid (an unknown behaviour, a
// code that is no root) the error is an [ErrorList] with every problem
// found, each at its file:line:col.
func LoadRoots(r io.Reader, name string) (*Roots, error) {
	rb, err := loadOver(r, name, defaultRoots, mergeRoots)
	if err != nil {
		return nil, err
	}
	return &Roots{rb: rb}, nil
}

// mergeRoots returns base with the behaviours the roots file data gives
// replaced by the file's; base is not changed.
func mergeRoots(base *rootBehaviours, data []byte, name string) (*rootBehaviours, error) {
	user, given, err := readRoots(data, name)
	if err != nil {
		return nil, err
	}
	out := *base
	for _, b := range given {
		out[b] = user[b]
	}
	return &out, nil
}

// parseRoots reads a roots file: a mapping from behaviour names to lists
// of two-digit CAMEO roots. Unknown behaviours and codes are errors at
// their file:line:col.
func parseRoots(data []byte, file string) (*rootBehaviours, error) {
	rb, _, err := readRoots(data, file)
	return rb, err
}

// readRoots is parseRoots, which also returns the behaviours the file
// gives, in file order.
func readRoots(data []byte, file string) (*rootBehaviours, []behaviour, error) {
	rb := &rootBehaviours{}
	byName := make(map[string]behaviour, numBehaviours)
	for b, name := range behaviourNames {
		byName[name] = behaviour(b)
	}
	known := func(key string) bool { _, ok := byName[key]; return ok }
	item := func(key string, n *yaml.Node, pos Position, errs *ErrorList) {
		if n.Kind != yaml.ScalarNode {
			errs.Add(pos, "roots: %s: want a CAMEO root", key)
			return
		}
		p, msg := parseCAMEO(n.Value)
		switch {
		case msg != "":
			errs.Add(pos, "roots: %s: code %q: %s", key, n.Value, msg)
		case len(n.Value) != 2:
			errs.Add(pos, "roots: %s: code %q: want a two-digit root", key, n.Value)
		default:
			rb[byName[key]][p] = true
		}
	}
	keys, err := decodeLists(data, file, listsFile{"roots", "behaviour"}, known, item)
	if err != nil {
		return nil, nil, err
	}
	given := make([]behaviour, len(keys))
	for i, k := range keys {
		given[i] = byName[k]
	}
	return rb, given, nil
}
