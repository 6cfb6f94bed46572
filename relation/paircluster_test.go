package relation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// parseClustersTests are TestParseClusters' cases and FuzzParseClusters'
// seeds.
var parseClustersTests = []struct {
	name, in string
	want     map[string][]uint16
	wantErr  string
}{
	{"words with two levels; comments and blank lines skipped",
		"# a comment\n\nshell\t3 12\nbomb\t3 13\n",
		map[string][]uint16{"shell": {3, 12}, "bomb": {3, 13}}, ""},
	{"no tab", "shell 3 12\n", nil, "k.txt:1: want WORD"},
	{"no ids", "# head\nshell\t\n", nil, "k.txt:2: want WORD"},
	{"no ids after the tab", "shell\t \u00a0x\n", nil, `k.txt:1: cluster id "x"`},
	{"fewer ids than the first line", "shell\t3 12\nbomb\t3\n", nil, "k.txt:2: 1 cluster ids, want 2"},
	{"an id out of range", "shell\t70000\n", nil, `k.txt:1: cluster id "70000"`},
	{"a negative id", "shell\t-1\n", nil, `k.txt:1: cluster id "-1"`},
	{"a word twice", "shell\t1\nshell\t2\n", nil, `k.txt:2: word "shell" listed twice`},
	{"a line too long to read", "shell\t1\n" + strings.Repeat("x", 70000) + "\t1\n", nil, "k.txt:2: bufio.Scanner: token too long"},
}

func TestParseClusters(t *testing.T) {
	for _, tc := range parseClustersTests {
		got, err := parseClusters([]byte(tc.in), "k.txt")
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), "relation: ") {
				t.Errorf("%s: parseClusters error %v, want one with %q", tc.name, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, got.words); diff != "" {
			t.Errorf("%s: parseClusters mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}

// FuzzParseClusters checks that parseClusters never panics, that an
// error names the table, and that every word of a table it accepts has
// as many ids as the table has levels.
func FuzzParseClusters(f *testing.F) {
	for _, tc := range parseClustersTests {
		f.Add(tc.in)
	}
	f.Add("attack\t1 4 17\nsummit\t2 9 36\n")
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := parseClusters([]byte(in), "k.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "relation: k.txt") {
				t.Errorf("error %q names no table", err)
			}
			return
		}
		for w, c := range tab.words {
			if len(c) != tab.levels || tab.levels == 0 {
				t.Fatalf("%q: %d ids, %d levels", w, len(c), tab.levels)
			}
		}
	})
}

// TestDefaultClusters checks that the embedded table loads and puts
// words used alike in one cluster.
func TestDefaultClusters(t *testing.T) {
	tab, err := defaultClusters()
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.words) < 10000 || tab.levels < 1 {
		t.Fatalf("the embedded table has %d words at %d levels, want tens of thousands", len(tab.words), tab.levels)
	}
	for _, pair := range [][2]string{{"criticized", "condemned"}, {"talks", "negotiations"}, {"rebels", "militants"}} {
		a, b := tab.of(pair[0], pair[0]), tab.of(pair[1], pair[1])
		if a == nil || b == nil || a[tab.levels-1] != b[tab.levels-1] {
			t.Errorf("%q %v and %q %v: want one cluster", pair[0], a, pair[1], b)
		}
	}
	if tab.of("rebuk", "Rebuked") == nil {
		t.Error("a lemmatizer's miss: no cluster by the lower-case form")
	}
}

// Sentences of TestClusterFeatures: two verbs of one cluster, and one of
// another, none a trigger of the lexicon.
const (
	sameA = "Iran will imitate Israel soon."
	sameB = "Iran will mimic Israel soon."
	other = "Iran will resemble Israel soon."
)

// TestClusterFeatures checks, on sentences of our own, that the cluster
// features add to a pair's features and none of them is lost, that two
// verbs of one cluster give the same cluster features and a verb of
// another cluster others, and that a trigger of the lexicon gives none
// (its root is in the trigger features).
func TestClusterFeatures(t *testing.T) {
	extra := func(text string) []uint64 { return addedFeatures(t, text, WithWordClusters(true), "cluster") }
	a, b, c := extra(sameA), extra(sameB), extra(other)
	if len(a) == 0 {
		t.Fatal("no cluster features for a verb of the table")
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("two verbs of one cluster: cluster features differ (-%q +%q):\n%s", sameA, sameB, diff)
	}
	if cmp.Equal(a, c) {
		t.Error("two verbs of different clusters: the same cluster features")
	}
	if got := extra("Iran rebuked Israel on Monday."); len(got) != 0 {
		t.Errorf("a trigger of the lexicon: %d cluster features, want none", len(got))
	}
}
