package relation

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// everyPairReads returns a model that reads every pair the rules leave
// unrelated as root p (its bias feature alone).
func everyPairReads(t testing.TB, p Predicate) *Model {
	t.Helper()
	bias := newFeature("bias").key()
	return &Model{m: pairs.Train([]pairs.Example{{Keys: []uint64{bias}, Class: int(p)}}, pairs.TrainConfig{Epochs: 1})}
}

// TestModelSharedPhrase: the members of one plural phrase ("the two
// countries") share its span, so the phrase gives the model no direction
// between them. Read both ways, they make one record (the guideline: one
// record per pair), for a symmetric root and for a directed one; two
// parties named apart keep a record each way for a directed root.
func TestModelSharedPhrase(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		root       Predicate
		want       []string
	}{
		{
			name: "members of one phrase, symmetric root",
			text: "Kenya and Uganda signed a trade pact on Monday. The two countries praised Tanzania on Tuesday.",
			root: Consult,
			want: []string{"The two countries 04 The two countries [praised] asserted"},
		},
		{
			name: "members of one phrase, directed root",
			text: "Kenya and Uganda signed a trade pact on Monday. The two countries praised Tanzania on Tuesday.",
			root: Disapprove,
			want: []string{"The two countries 11 The two countries [praised] asserted"},
		},
		{
			name: "parties named apart, directed root",
			text: "Kenya praised the deal, and Uganda welcomed it.",
			root: Disapprove,
			want: []string{"Kenya 11 Uganda [praised] asserted", "Uganda 11 Kenya [praised] asserted"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := tagged(t, tc.text)
			got := added(modelExtractor(t, everyPairReads(t, tc.root)).Extract(doc), modelExtractor(t, nil).Extract(doc))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q: relations the model adds (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
