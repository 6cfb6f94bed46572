package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/syntax"
)

// w builds a node: lemma, UPOS, head, relation, actor; byte offsets are
// the node's index times ten.
func w(i int, lemma, upos string, head int, rel syntax.Rel, actor int) node {
	return node{Form: lemma, Lemma: lemma, UPOS: upos, Head: head, Rel: rel, Start: 10 * i, End: 10*i + 5, Actor: actor}
}

func TestGaps(t *testing.T) {
	// "Kenya imposed sanctions on Uganda"
	impose := []node{
		w(0, "Kenya", "PROPN", 1, syntax.Nsubj, 0),
		w(1, "impose", "VERB", -1, syntax.Root, -1),
		w(2, "sanction", "NOUN", 1, syntax.Obj, -1),
		w(3, "on", "ADP", 4, syntax.Case, -1),
		w(4, "Uganda", "PROPN", 1, syntax.Obl, 1),
	}
	// "Uganda was rebuffed by Kenya"
	passive := []node{
		w(0, "Uganda", "PROPN", 2, syntax.NsubjPass, 1),
		w(1, "be", "AUX", 2, syntax.AuxPass, -1),
		w(2, "rebuff", "VERB", -1, syntax.Root, -1),
		w(3, "by", "ADP", 4, syntax.Case, -1),
		w(4, "Kenya", "PROPN", 2, syntax.OblAgent, 0),
	}
	// "Kenya agreed to back up Chinese officials": xcomp inherits the
	// subject; the actor of "officials" is its modifier's.
	control := []node{
		w(0, "Kenya", "PROPN", 1, syntax.Nsubj, 0),
		w(1, "agree", "VERB", -1, syntax.Root, -1),
		w(2, "to", "PART", 3, syntax.Mark, -1),
		w(3, "back", "VERB", 1, syntax.Xcomp, -1),
		w(4, "up", "ADP", 3, syntax.CompoundPrt, -1),
		w(5, "Chinese", "ADJ", 6, syntax.Amod, 2),
		w(6, "official", "NOUN", 3, syntax.Obj, -1),
	}
	// "Kenya's embrace of Uganda"
	noun := []node{
		w(0, "Kenya", "PROPN", 2, syntax.NmodPoss, 0),
		w(1, "'s", "PART", 0, syntax.Case, -1),
		w(2, "embrace", "NOUN", -1, syntax.Root, -1),
		w(3, "of", "ADP", 4, syntax.Case, -1),
		w(4, "Uganda", "PROPN", 2, syntax.Nmod, 1),
	}
	// "Kenya praised itself": one actor only.
	same := []node{
		w(0, "Kenya", "PROPN", 1, syntax.Nsubj, 0),
		w(1, "praise", "VERB", -1, syntax.Root, -1),
		w(2, "Kenya", "PROPN", 1, syntax.Obj, 0),
	}
	tests := []struct {
		name     string
		nodes    []node
		triggers [][2]int
		dropped  []match
		want     []gap
	}{
		{"verb and object noun", impose, nil, nil, []gap{{key: "impose sanction", frame: "on", fate: noTrigger}}},
		{"object noun covered by a trigger", impose, [][2]int{{20, 25}}, nil, []gap{{key: "impose sanction", frame: "on", emitted: true, fate: noTrigger}}},
		{"trigger elsewhere", impose, [][2]int{{40, 45}}, nil, []gap{{key: "impose sanction", frame: "on", fate: noTrigger}}},
		{"dropped match on the head", impose, nil, []match{{40, 45, "[19] x/y"}, {10, 15, "[16] participants/no-object"}}, []gap{{key: "impose sanction", frame: "on", fate: "[16] participants/no-object"}}},
		{"passive with agent", passive, nil, nil, []gap{{key: "rebuff", frame: "pass", fate: noTrigger}}},
		{"controlled particle verb", control, nil, nil, []gap{{key: "back up", frame: "obj", fate: noTrigger}}},
		{"event noun", noun, nil, nil, []gap{{key: "embrace (n)", frame: "of", fate: noTrigger}}},
		{"one actor", same, nil, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := gaps(tc.nodes, tc.triggers, tc.dropped, markers{Agent: map[string]bool{"by": true}, Holder: map[string]bool{"of": true}})
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(gap{})); diff != "" {
				t.Errorf("gaps mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTallySorted(t *testing.T) {
	tl := newTally()
	tl.add(gap{key: "rebuff", frame: "obj", fate: noTrigger}, "a", "A rebuffed B.")
	tl.add(gap{key: "sign", frame: "with", fate: "[05] p/q"}, "a", "A signed with B.")
	tl.add(gap{key: "sign", frame: "obj", fate: noTrigger}, "b", "C signed D.")
	tl.add(gap{key: "sign", frame: "with", fate: noTrigger}, "b", "E signed with F.")
	var got []string
	for _, r := range tl.sorted() {
		got = append(got, r.key+" "+countList(r.frames)+" "+countList(r.fates)+" "+r.example)
	}
	want := []string{"sign with:2,obj:1 no-trigger:2,[05] p/q:1 A signed with B.", "rebuff obj:1 no-trigger:1 A rebuffed B."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sorted mismatch (-want +got):\n%s", diff)
	}
	if tl.total != 4 || len(tl.rows["sign"].docs) != 2 {
		t.Errorf("total %d, sign docs %d; want 4, 2", tl.total, len(tl.rows["sign"].docs))
	}
}
