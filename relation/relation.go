package relation

import (
	"fmt"

	"github.com/geoextract/geoextract/entity"
)

// Predicate is a CAMEO root category, 01 to 20. It is a plain value; the
// zero Predicate is invalid.
type Predicate uint8

// The CAMEO root categories.
const (
	Statement             Predicate = iota + 1 // 01 make public statement
	Appeal                                     // 02
	IntentToCooperate                          // 03 express intent to cooperate
	Consult                                    // 04
	DiplomaticCooperation                      // 05 engage in diplomatic cooperation
	MaterialCooperation                        // 06 engage in material cooperation
	ProvideAid                                 // 07
	Yield                                      // 08
	Investigate                                // 09
	Demand                                     // 10
	Disapprove                                 // 11
	Reject                                     // 12
	Threaten                                   // 13
	Protest                                    // 14
	ExhibitForcePosture                        // 15
	ReduceRelations                            // 16
	Coerce                                     // 17
	Assault                                    // 18
	Fight                                      // 19
	MassViolence                               // 20 engage in unconventional mass violence
)

// Modality says whether an event is reported as happening. It is a plain
// value; the zero Modality is Asserted.
type Modality uint8

const (
	Asserted     Modality = iota // reported as fact (the zero value)
	Possible                     // "may", "could", "alleged"
	Intended                     // "will", "plans to", "vowed to", "seeks to"
	Hypothetical                 // "if"
)

// Argument is one side of a relation: an entity mention (or, for a
// pronoun, the mention it refers to, with the pronoun's offsets). It is a
// plain value; the zero Argument names no actor.
type Argument struct {
	Start, End int
	Text       string
	Type       entity.Type
	ID         string
	Name       string
	Country    string
}

// Span is a piece of the input with byte offsets; Text == input[Start:End].
// It is a plain value; the zero Span is empty, at offset 0.
type Span struct {
	Start, End int
	Text       string
}

// Relation is one event: Subject did Predicate to Object. It is a plain
// value, owned by the caller; the zero Relation is not a valid event.
type Relation struct {
	Subject   Argument
	Object    *Argument // nil when the event has no target
	Predicate Predicate
	CAMEO     string // CAMEO code, at least the two-digit root ("16", "163")
	Trigger   Span   // the words that express the event
	Sentence  Span
	Negated   bool
	Modality  Modality
	Date      entity.Date // the event's date, at the precision written; zero when unknown
}

var predicateNames = [...]string{"", "STATEMENT", "APPEAL", "INTENT_TO_COOPERATE", "CONSULT",
	"DIPLOMATIC_COOPERATION", "MATERIAL_COOPERATION", "PROVIDE_AID", "YIELD", "INVESTIGATE",
	"DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "EXHIBIT_FORCE_POSTURE",
	"REDUCE_RELATIONS", "COERCE", "ASSAULT", "FIGHT", "MASS_VIOLENCE"}

// valid reports whether p is one of the twenty roots.
func (p Predicate) valid() bool { return p >= Statement && p <= MassViolence }

// String returns the predicate name used in JSON output ("CONSULT").
func (p Predicate) String() string {
	if p.valid() {
		return predicateNames[p]
	}
	return fmt.Sprintf("Predicate(%d)", uint8(p))
}

// Code returns the two-digit CAMEO root code ("04").
func (p Predicate) Code() string { return fmt.Sprintf("%02d", uint8(p)) }

// String returns asserted, possible, intended or hypothetical.
func (m Modality) String() string {
	switch m {
	case Asserted:
		return "asserted"
	case Possible:
		return "possible"
	case Intended:
		return "intended"
	case Hypothetical:
		return "hypothetical"
	}
	return fmt.Sprintf("Modality(%d)", uint8(m))
}
