package relation

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// TestModelFlagDefaults checks, for each candidate setting a model file
// records, that without its option the setting is on exactly when the
// model's flags say it was trained so, that the option overrides the
// model, and that a model without weights read with the setting leaves
// the rules' relations as they are.
func TestModelFlagDefaults(t *testing.T) {
	empty := pairs.Train(nil, pairs.TrainConfig{})
	model := func(flags uint64) Option { return WithModel(&Model{m: empty.WithFlags(flags)}) }
	for _, set := range []struct {
		name  string
		flag  uint64
		other uint64 // another flag, which does not turn it on
		opt   func(bool) Option
		on    func(*Extractor) bool
	}{
		{"reference pairs", pairs.RefPairs, pairs.Roots, WithReferencePairs, (*Extractor).refPairs},
	} {
		for _, tc := range []struct {
			name string
			opts []Option
			want bool
		}{
			{"the embedded model was trained without", nil, false},
			{"no model", []Option{WithModel(nil)}, false},
			{"a model trained with", []Option{model(set.flag)}, true},
			{"a model trained with it and another setting", []Option{model(set.flag | set.other)}, true},
			{"a model trained with another setting only", []Option{model(set.other)}, false},
			{"a model trained without", []Option{model(0)}, false},
			{"the option overrides the model", []Option{model(set.flag), set.opt(false)}, false},
			{"the option without a model", []Option{WithModel(nil), set.opt(true)}, true},
		} {
			if got := set.on(NewExtractor(defaultLexiconT(t), tc.opts...)); got != tc.want {
				t.Errorf("%s: %s: on %v, want %v", set.name, tc.name, got, tc.want)
			}
		}
		doc := tagged(t, "Kenya said that Uganda had attacked Rwanda. Kenya held talks with Uganda. His talks with Rwanda failed.")
		rules := NewExtractor(defaultLexiconT(t), WithModel(nil)).Extract(doc)
		if diff := cmp.Diff(brief(rules), brief(NewExtractor(defaultLexiconT(t), model(set.flag)).Extract(doc))); diff != "" {
			t.Errorf("%s: relations with an empty model read with the setting (-rules +with):\n%s", set.name, diff)
		}
	}
}
