package main

import (
	"fmt"

	"github.com/geoextract/geoextract/internal/english"
)

// config is the measurement's settings (config.yaml).
type config struct {
	// DeterminerClasses are word classes of internal/english whose words
	// open an anaphoric noun phrase.
	DeterminerClasses english.ClassList `yaml:"determiner_classes"`
	// Determiners are further words that do.
	Determiners []string `yaml:"determiners"`
	// MaxModifiers is how many lower-case adjectives or nouns may stand
	// between the determiner and the event noun.
	MaxModifiers int `yaml:"max_modifiers"`
	// OwnClasses are word classes of internal/english that, right after
	// the event noun, open a participant of its own.
	OwnClasses english.ClassList `yaml:"own_classes"`
	// Window is how many sentences back an antecedent is looked for.
	Window int `yaml:"window"`
	// Roots are the CAMEO roots measured ("04"); empty for all.
	Roots []string `yaml:"roots"`
}

// parseConfig reads config YAML; unknown fields and classes are errors
// at their file:line:col.
func parseConfig(data []byte, name string) (*config, error) {
	var c config
	if err := english.DecodeSettings(data, name, &c); err != nil {
		return nil, err
	}
	if c.MaxModifiers < 0 || c.Window < 0 {
		return nil, fmt.Errorf("%s: max_modifiers and window must not be negative", name)
	}
	return &c, nil
}

// inClasses reports whether the lower-cased word w is in one of cs or ws.
func inClasses(tab *english.Table, cs english.ClassList, ws []string, w string) bool {
	for _, c := range cs {
		if tab.Has(c, w) {
			return true
		}
	}
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
