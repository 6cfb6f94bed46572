package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// rules says what the generator carries over from the dictionary (see
// rules.yaml). It is read once and not changed after.
type rules struct {
	Verbs struct {
		Roots     []string            `yaml:"roots"`     // CAMEO roots whose bare verbs are imported
		Include   []string            `yaml:"include"`   // verbs imported whatever their root
		Exclude   []string            `yaml:"exclude"`   // verbs never imported
		Object    map[string][]string `yaml:"object"`    // verb → object frames (default: direct)
		Cameo     map[string]string   `yaml:"cameo"`     // verb → code, where the curated files code its event otherwise
		Symmetric []string            `yaml:"symmetric"` // verbs whose participants are interchangeable
	} `yaml:"verbs"`
	Phrases struct {
		Roots   []string            `yaml:"roots"`   // CAMEO roots whose verb-and-noun patterns are imported
		Exclude []string            `yaml:"exclude"` // verbs whose patterns are never imported
		Words   []string            `yaml:"words"`   // pattern words that make a pattern too loose to import
		Object  map[string][]string `yaml:"object"`  // root → object frames of a pattern with no target marker
	} `yaml:"phrases"`
	Nouns []nounRule `yaml:"nouns"`
}

// nounRule is an event noun of a dictionary verb: "tour" of "tour".
type nounRule struct {
	Noun      string   `yaml:"noun"`
	Verb      string   `yaml:"verb"`  // its code is the verb's in the dictionary
	Cameo     string   `yaml:"cameo"` // or given here
	Object    []string `yaml:"object"`
	Symmetric bool     `yaml:"symmetric"`
}

func parseRules(data []byte, name string) (*rules, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var r rules
	if err := dec.Decode(&r); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var errs []string
	for _, n := range r.Nouns {
		if n.Noun == "" || n.Verb == "" && n.Cameo == "" {
			errs = append(errs, fmt.Sprintf("noun %q: want noun: and verb: or cameo:", n.Noun))
		}
		if n.Cameo != "" && cleanCode(n.Cameo) == "" {
			errs = append(errs, fmt.Sprintf("noun %q: cameo %q is no code", n.Noun, n.Cameo))
		}
	}
	for v, c := range r.Verbs.Cameo {
		if cleanCode(c) == "" {
			errs = append(errs, fmt.Sprintf("verb %q: cameo %q is no code", v, c))
		}
	}
	for _, root := range append(append([]string{}, r.Verbs.Roots...), r.Phrases.Roots...) {
		if len(root) != 2 || cleanCode(root) == "" {
			errs = append(errs, fmt.Sprintf("root %q: want two digits", root))
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, fmt.Errorf("%s: %s", name, strings.Join(errs, "; "))
	}
	return &r, nil
}

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.ToLower(w)] = true
	}
	return m
}
