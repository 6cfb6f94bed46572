package relation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestPruneSources checks the drops_source behaviour on our own
// sentences: with it switched on for the roots of talk, appeal,
// cooperation and criticism (a roots file), a news organization is the
// source of the sentence, not a party of its events; the roots of acts
// done to the press keep it, and so do relations without one. The
// embedded roots leave the behaviour off (roots.yaml says why).
func TestPruneSources(t *testing.T) {
	tg := freshTaggerT(t)
	lex := defaultLexiconT(t)
	const on = `drops_source: ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14"]` + "\n"
	const interview = "A French official, speaking to Reuters, threatened Iran with sanctions."
	tests := []struct {
		name   string
		roots  string // "": the embedded roots
		text   string
		want   []phrasingRel
		reason string
	}{
		{
			name:   "off-by-default",
			text:   interview,
			want:   rels(rel("FRA", Consult, "org/reuters"), rel("FRA", Threaten, "IRN")),
			reason: "the embedded roots drop no source: the interview reads as a consultation",
		},
		{
			name:   "interview-is-no-consultation",
			roots:  on,
			text:   interview,
			want:   rels(rel("FRA", Threaten, "IRN")),
			reason: "speaking to a news agency is how the threat is reported, not talks with a party",
		},
		{
			name:   "reporters-met",
			roots:  on,
			text:   "Putin met Xinhua reporters in Moscow.",
			reason: "a meeting with a news agency's reporters is no meeting of two parties",
		},
		{
			name:   "attribution-keeps-event",
			roots:  on,
			text:   "Japan condemned China, Xinhua said.",
			want:   rels(rel("JPN", Disapprove, "CHN")),
			reason: "the reported event has no news organization on either side",
		},
		{
			name:   "act-on-press-kept",
			roots:  on,
			text:   "Russia expelled a Reuters correspondent on Monday.",
			want:   rels(rel("RUS", ReduceRelations, "org/reuters")),
			reason: "expelling a correspondent is done to the press: root 16 keeps its source",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := []Option{WithModel(nil)}
			if tc.roots != "" {
				r, err := LoadRoots(strings.NewReader(tc.roots), "user.yaml")
				if err != nil {
					t.Fatal(err)
				}
				opts = append(opts, WithRoots(r))
			}
			doc := tg.Tag(entity.Input{Text: tc.text})
			var got []phrasingRel
			for _, r := range extractOn(NewExtractor(lex, opts...), doc, entity.Date{}) {
				got = append(got, projectRelation(r))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q with roots %q: relations mismatch (-want +got):\n%s\n(%s)", tc.text, tc.roots, diff, tc.reason)
			}
		})
	}
}

// TestPruneReversed checks the read_once behaviour on relations of our
// own sentences as the relation model could read them: switched on for a
// root by a roots file, a pair read in both directions keeps the
// first-mentioned party as subject; other roots, other pairs and events
// without object stay. The embedded roots leave it off.
func TestPruneReversed(t *testing.T) {
	on, err := LoadRoots(strings.NewReader(`read_once: ["19"]`+"\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	arg := func(text, id string, start int) Argument {
		return Argument{Start: start, End: start + len(text), Text: text, ID: id}
	}
	r := func(p Predicate, s, o Argument) Relation {
		return Relation{Subject: s, Object: &o, Predicate: p, CAMEO: p.Code()}
	}
	// "Fighting between the Sudanese army and the RSF spread to Omdurman."
	army, rsf := arg("Sudanese", "SDN", 23), arg("RSF", "org/rsf", 49)
	// "Moscow expelled ten Polish diplomats after Warsaw expelled ten Russians."
	moscow, poland := arg("Moscow", "RUS", 0), arg("Polish", "POL", 20)
	tests := []struct {
		name   string
		roots  *Roots // nil: the embedded roots
		in     []Relation
		want   []Relation
		reason string
	}{
		{
			name:   "off-by-default",
			in:     []Relation{r(Fight, rsf, army), r(Fight, army, rsf)},
			want:   []Relation{r(Fight, rsf, army), r(Fight, army, rsf)},
			reason: "the embedded roots read no root once",
		},
		{
			name:   "fight-read-once",
			roots:  on,
			in:     []Relation{r(Fight, rsf, army), r(Fight, army, rsf)},
			want:   []Relation{r(Fight, army, rsf)},
			reason: "fighting between the two is one event, the first-mentioned party its subject",
		},
		{
			name:   "other-root-both-ways",
			roots:  on,
			in:     []Relation{r(ReduceRelations, moscow, poland), r(ReduceRelations, poland, moscow)},
			want:   []Relation{r(ReduceRelations, moscow, poland), r(ReduceRelations, poland, moscow)},
			reason: "tit-for-tat expulsions are two acts; 16 is not read once",
		},
		{
			name:   "one-direction-kept",
			roots:  on,
			in:     []Relation{r(Fight, rsf, army), r(Fight, rsf, moscow)},
			want:   []Relation{r(Fight, rsf, army), r(Fight, rsf, moscow)},
			reason: "no pair is read in both directions",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rb *rootBehaviours
			if tc.roots != nil {
				rb = tc.roots.rb
			}
			got := pruneReversed(rb, append([]Relation(nil), tc.in...))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("pruneReversed mismatch (-want +got):\n%s\n(%s)", diff, tc.reason)
			}
		})
	}
}
