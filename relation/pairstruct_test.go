package relation

import (
	"slices"
	"strings"
	"testing"
)

// structHas reports, for the candidate pair subject > object of text read
// with opts, whether its features hold the structure feature named by
// want (the template, then its parts, joined by "|"); false when there is
// no such pair.
func structHas(t *testing.T, text, subject, object, want string, opts ...Option) bool {
	t.Helper()
	x := NewExtractor(defaultLexiconT(t), append([]Option{WithModel(nil)}, opts...)...)
	parts := strings.Split(want, "|")
	key := structKey(parts[0], parts[1:]...).key()
	for _, c := range x.Candidates(tagged(t, text)) {
		if c.Subject.Text == subject && c.Object.Text == object {
			return slices.Contains(c.Features, key)
		}
	}
	t.Errorf("%q: no candidate pair %s > %s", text, subject, object)
	return false
}

// TestStructFeatures checks that the structure features tell how a pair
// stands to the triggers and clauses of the sentence (our own sentences),
// only with WithStructFeatures.
func TestStructFeatures(t *testing.T) {
	for _, tc := range []struct {
		name, text, subject, object string
		want                        []string
	}{
		{
			name: "the object in the with-phrase of the trigger's object noun",
			text: "Kenya signed a trade agreement with Uganda on Monday.", subject: "Kenya", object: "Uganda",
			want: []string{"st-croles-any|nsubj|obj+mod"},
		},
		{
			name: "the two are modifiers of the trigger's subject and object",
			text: "The Russian envoy accused the Ukrainian government of sabotage.", subject: "Russian", object: "Ukrainian",
			want: []string{"st-croles-any|nsubj+mod|obj+mod", "st-croles|11|nsubj+mod|obj+mod"},
		},
		{
			name: "the subject of a light verb whose object is the trigger",
			text: "Kenya made a strong protest against Uganda.", subject: "Kenya", object: "Uganda",
			want: []string{"st-croles-any|^obj:nsubj|nmod/against"},
		},
		{
			name: "the speaker and the object of a reported clause with a subject of its own",
			text: "Kenya said that Uganda had attacked Rwanda.", subject: "Kenya", object: "Rwanda",
			want: []string{"st-croles-any|^ccomp:nsubj|obj", "st-clsubjB|ccomp|actor", "st-clmarkB|ccomp|that|actor", "st-cl||ccomp"},
		},
		{
			name: "two conjuncts of one argument",
			text: "Kenya and Uganda signed a trade agreement.", subject: "Kenya", object: "Uganda",
			want: []string{"st-samearg|nsubj", "st-croles-any|nsubj|nsubj+conj"},
		},
		{
			name: "the subject of the reported clause is the object itself",
			text: "Kenya said that Uganda had attacked Rwanda.", subject: "Kenya", object: "Uganda",
			want: []string{"st-clsubjB|ccomp|self"},
		},
	} {
		for _, w := range tc.want {
			if !structHas(t, tc.text, tc.subject, tc.object, w, WithStructFeatures(true)) {
				t.Errorf("%s: %s > %s: no feature %s", tc.name, tc.subject, tc.object, w)
			}
			if structHas(t, tc.text, tc.subject, tc.object, w) {
				t.Errorf("%s: %s > %s: feature %s without WithStructFeatures", tc.name, tc.subject, tc.object, w)
			}
		}
	}
}

func TestCoarseRole(t *testing.T) {
	for _, tc := range []struct{ name, role, want string }{
		{"an argument of the trigger", "nsubj", "nsubj"},
		{"with its case marker", "obl/with", "obl/with"},
		{"a subtype is dropped", "nsubj:pass", "nsubj"},
		{"but a possessive is one", "nmod:poss/'s", "poss"},
		{"a passive agent", "obl:agent/by", "agent"},
		{"a modifier of an argument: no case", "obj>amod", "obj+mod"},
		{"a conjunct of an argument", "nsubj>conj", "nsubj+conj"},
		{"an apposition of a modifier", "obj>nmod>appos/of", "obj+appos"},
		{"through a light verb", "^obj:nsubj", "^obj:nsubj"},
		{"the trigger's own word", "self", "self"},
		{"through two complements", "^xcomp^ccomp:nsubj>amod", "^xcomp:nsubj+mod"},
	} {
		if got := coarseRole(tc.role); got != tc.want {
			t.Errorf("%s: coarseRole(%q) = %q, want %q", tc.name, tc.role, got, tc.want)
		}
	}
}
