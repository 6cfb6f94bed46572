package gazetteer

import (
	"fmt"
	"strings"
)

// Type is the kind of a named entity. It is a plain value; the zero Type is
// invalid.
//
// The names follow OntoNotes: cities, states and countries are GPE;
// geographic places that are not governed (continents, seas, peninsulas,
// regions) are LOC; nationalities and other groups named by an adjective
// or demonym are NORP.
type Type uint8

// The entity types.
const (
	Person Type = iota + 1 // PERSON: people, real or fictional
	GPE                    // GPE: countries, cities, states (geopolitical entities)
	Org                    // ORG: organizations, companies, agencies, parties, armed groups
	Loc                    // LOC: non-GPE places: regions, continents, seas, mountains
	NORP                   // NORP: nationalities, religious and political groups ("South Korean")
	Event                  // EVENT: named events and forums ("Shangri-La Dialogue", "World War II")
)

var typeNames = [...]string{"", "PERSON", "GPE", "ORG", "LOC", "NORP", "EVENT"}

// Types returns every valid Type in order, in a new slice the caller may
// keep or change.
func Types() []Type { return []Type{Person, GPE, Org, Loc, NORP, Event} }

// String returns the label used in JSON output: PERSON, GPE, ORG, LOC, NORP or EVENT.
func (t Type) String() string {
	if int(t) < len(typeNames) && t != 0 {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// Valid reports whether t is one of the defined types.
func (t Type) Valid() bool { return t >= Person && t <= Event }

// ParseType parses a type label, case-insensitively. It also accepts the
// common aliases PER, ORGANIZATION and LOCATION.
func ParseType(s string) (Type, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	switch u {
	case "PER":
		return Person, nil
	case "ORGANIZATION", "ORGANISATION":
		return Org, nil
	case "LOCATION":
		return Loc, nil
	}
	for i, n := range typeNames {
		if i > 0 && n == u {
			return Type(i), nil
		}
	}
	return 0, fmt.Errorf("gazetteer: unknown entity type %q (want one of PERSON, GPE, ORG, LOC, NORP, EVENT)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (t Type) MarshalText() ([]byte, error) {
	if !t.Valid() {
		return nil, fmt.Errorf("gazetteer: cannot marshal invalid %v", t)
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}
