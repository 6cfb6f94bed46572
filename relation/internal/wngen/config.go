package main

import (
	"fmt"
	"slices"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/wordnet"
)

// config is the generator's settings (config.yaml).
type config struct {
	// Seeds are the lexicon files (base names, path.Match patterns) whose
	// triggers seed the generation.
	Seeds []string  `yaml:"seeds"`
	Verb  posConfig `yaml:"verb"`
	Noun  posConfig `yaml:"noun"`
	// Derivation proposes the derivationally related forms ("+") of a
	// seed's sense in the other part of speech (rebuke → rebuke, reproof).
	Derivation bool `yaml:"derivation"`
	// Anchor follows a seed's sense only when another trigger of the
	// lexicon with the seed's root is a word of that sense's synset or of
	// a synset one hypernym or hyponym step from it: the lexicon itself
	// picks the senses that carry its codes ("sanction" sense 1 is
	// approve, which no other 16 trigger shares).
	Anchor bool `yaml:"anchor"`
	// Agree is the share of the seeds reaching a candidate that must have
	// its root; below it the candidate is left out.
	Agree float64 `yaml:"agree"`
	// Exclude are lemmas never generated.
	Exclude []string `yaml:"exclude"`
	// ExcludeClasses are word classes of internal/english whose words are
	// never generated (closed-class words, report and light verbs...).
	ExcludeClasses english.ClassList `yaml:"exclude_classes"`
}

// posConfig is the settings of one part of speech.
type posConfig struct {
	// SeedSenses is how many of a seed's senses (most frequent first)
	// are followed.
	SeedSenses int `yaml:"seed_senses"`
	// CandidateSenses: the synset through which a candidate is reached
	// must be among its first CandidateSenses senses.
	CandidateSenses int `yaml:"candidate_senses"`
	// Synonyms proposes the other words of a seed's sense.
	Synonyms bool `yaml:"synonyms"`
	// HyponymDepth and HypernymDepth are how many steps down ("~",
	// troponyms of verbs) and up ("@") from a seed's sense are followed.
	HyponymDepth  int `yaml:"hyponym_depth"`
	HypernymDepth int `yaml:"hypernym_depth"`
	// LexNames are the lexicographer files a synset must be in to give or
	// take candidates; empty for any.
	LexNames []string `yaml:"lexnames"`
}

func (c *config) pos(p wordnet.POS) *posConfig {
	if p == wordnet.Verb {
		return &c.Verb
	}
	return &c.Noun
}

func (p *posConfig) lexOK(s *wordnet.Synset) bool {
	return len(p.LexNames) == 0 || slices.Contains(p.LexNames, s.LexName())
}

// parseConfig reads config YAML; unknown fields and word classes are
// errors at their file:line:col.
func parseConfig(data []byte, name string) (*config, error) {
	var c config
	if err := english.DecodeSettings(data, name, &c); err != nil {
		return nil, err
	}
	for _, pc := range []*posConfig{&c.Verb, &c.Noun} {
		for _, l := range pc.LexNames {
			if !knownLexName(l) {
				return nil, fmt.Errorf("%s: unknown lexicographer file %q", name, l)
			}
		}
	}
	if c.Agree < 0 || c.Agree > 1 {
		return nil, fmt.Errorf("%s: agree %v is not a share between 0 and 1", name, c.Agree)
	}
	return &c, nil
}

func knownLexName(name string) bool {
	for i := 0; wordnet.LexName(i) != ""; i++ {
		if wordnet.LexName(i) == name {
			return true
		}
	}
	return false
}

// excluded reports whether w is in one of the excluded word classes of tab.
func (c *config) excluded(tab *english.Table, w string) bool {
	if tab == nil {
		return false
	}
	for _, k := range c.ExcludeClasses {
		if tab.Has(k, w) {
			return true
		}
	}
	return false
}
