package relation

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// TestLoadModelFlags checks that LoadModel reads a factored model, and
// that a model file of flags it does not know is an error that names the
// byte, not a model read the old way.
func TestLoadModelFlags(t *testing.T) {
	ex := []pairs.Example{{Keys: []uint64{1}, Class: 4}, {Keys: []uint64{2}, Class: pairs.None}}
	for _, tc := range []struct {
		name    string
		model   *pairs.Model
		wantErr string
	}{
		{"multiclass", pairs.Train(ex, pairs.TrainConfig{Epochs: 2}), ""},
		{"factored", pairs.TrainFactored(ex, pairs.TrainConfig{Epochs: 2}), ""},
		{"factored, roots of the cues", pairs.TrainFactored(ex, pairs.TrainConfig{Epochs: 2, CueRoots: true}), ""},
		{"unknown flag", pairs.Train(ex, pairs.TrainConfig{Epochs: 2}).WithFlags(1 << 20), "relation: pairs: model byte 22: unknown flags 0x100000"},
	} {
		data, err := tc.model.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		m, err := LoadModel(bytes.NewReader(data))
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%s: LoadModel: %v", tc.name, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%s: LoadModel error %v, want one containing %q", tc.name, err, tc.wantErr)
		case err == nil && m.String() != tc.model.String():
			t.Errorf("%s: loaded %q, want %q", tc.name, m, tc.model)
		}
	}
}

// TestFactoredModelRelations checks the decision of a factored model in
// Extract, with models that read every pair the rules leave unrelated as
// related (the bias feature alone) and name root 04: the factored model
// reads it so (a consultation is symmetric: one record per pair); with
// the roots of the cues, the root is that of the lexicon's trigger
// joining the pair, a criticism, read in both directions.
func TestFactoredModelRelations(t *testing.T) {
	bias := newFeature("bias").key()
	ex := []pairs.Example{{Keys: []uint64{bias}, Class: int(Consult)}}
	const text = "Kenya may criticize Uganda over the dispute with Tanzania."
	for _, tc := range []struct {
		name string
		cfg  pairs.TrainConfig
		want []string
	}{
		{"factored", pairs.TrainConfig{Epochs: 1},
			[]string{"Kenya 04 Tanzania [criticize] possible", "Uganda 04 Tanzania [criticize] possible"}},
		{"factored, roots of the cues", pairs.TrainConfig{Epochs: 1, CueRoots: true},
			[]string{
				"Kenya 11 Tanzania [criticize] possible", "Uganda 11 Tanzania [criticize] possible",
				"Tanzania 11 Kenya [criticize] possible", "Tanzania 11 Uganda [criticize] possible",
			}},
	} {
		x := modelExtractor(t, &Model{m: pairs.TrainFactored(ex, tc.cfg)})
		doc := tagged(t, text)
		got := added(x.Extract(doc), modelExtractor(t, nil).Extract(doc))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: relations the model adds (-want +got):\n%s", tc.name, diff)
		}
	}
}
