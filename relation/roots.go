package relation

import (
	_ "embed"
	"sync"

	"gopkg.in/yaml.v3"
)

// behaviour is one way the extractor treats the triggers of some CAMEO
// roots (data/roots/roots.yaml says which). The Go code asks
// Predicate.has; it names no root itself. It is a plain value.
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
}

// rootBehaviours says, for each behaviour, which roots have it. It is
// immutable once read and safe for concurrent use; the zero value gives
// no root any behaviour.
type rootBehaviours [numBehaviours][MassViolence + 1]bool

const rootsFile = "data/roots/roots.yaml"

//go:embed data/roots/roots.yaml
var rootsYAML []byte

var defaultRoots = sync.OnceValues(func() (*rootBehaviours, error) { return parseRoots(rootsYAML, rootsFile) })

// has reports whether the triggers of root p have behaviour b, as the
// embedded roots file says (false for an invalid p, or if the file does
// not load, which its test rules out).
func (p Predicate) has(b behaviour) bool {
	rb, err := defaultRoots()
	return err == nil && int(p) < len(rb[b]) && rb[b][p]
}

// parseRoots reads a roots file: a mapping from behaviour names to lists
// of two-digit CAMEO roots. Unknown behaviours and codes are errors at
// their file:line:col.
func parseRoots(data []byte, file string) (*rootBehaviours, error) {
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
	if err := decodeLists(data, file, listsFile{"roots", "behaviour"}, known, item); err != nil {
		return nil, err
	}
	return rb, nil
}
