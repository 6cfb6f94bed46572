package main

import (
	"bytes"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/internal/english"
)

// config is the measurement's settings (config.yaml).
type config struct {
	// DeterminerClasses are word classes of internal/english whose words
	// open an anaphoric noun phrase.
	DeterminerClasses []string `yaml:"determiner_classes"`
	// Determiners are further words that do.
	Determiners []string `yaml:"determiners"`
	// MaxModifiers is how many lower-case adjectives or nouns may stand
	// between the determiner and the event noun.
	MaxModifiers int `yaml:"max_modifiers"`
	// OwnClasses are word classes of internal/english that, right after
	// the event noun, open a participant of its own.
	OwnClasses []string `yaml:"own_classes"`
	// Window is how many sentences back an antecedent is looked for.
	Window int `yaml:"window"`
	// Roots are the CAMEO roots measured ("04"); empty for all.
	Roots []string `yaml:"roots"`

	detClasses, ownClasses []english.Class
}

// parseConfig reads config YAML; unknown fields and classes are errors.
func parseConfig(data []byte, name string) (*config, error) {
	var c config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var err error
	if c.detClasses, err = classes(c.DeterminerClasses, name); err != nil {
		return nil, err
	}
	if c.ownClasses, err = classes(c.OwnClasses, name); err != nil {
		return nil, err
	}
	if c.MaxModifiers < 0 || c.Window < 0 {
		return nil, fmt.Errorf("%s: max_modifiers and window must not be negative", name)
	}
	return &c, nil
}

func classes(names []string, file string) ([]english.Class, error) {
	var out []english.Class
	for _, n := range names {
		k, ok := english.ClassNamed(n)
		if !ok {
			return nil, fmt.Errorf("%s: unknown word class %q", file, n)
		}
		out = append(out, k)
	}
	return out, nil
}

// inClasses reports whether the lower-cased word w is in one of cs or ws.
func inClasses(tab *english.Table, cs []english.Class, ws []string, w string) bool {
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
