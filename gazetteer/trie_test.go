package gazetteer

import (
	"cmp"
	"slices"
	"testing"
	"unicode"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/text"
)

// FuzzNameWords checks that the matcher splits names as the project
// tokenizer does, fast path included.
func FuzzNameWords(f *testing.F) {
	for _, s := range []string{"Company 12 Brand 3", "  Lee  Jong-sup ", "U.S. Army", "Côte d'Ivoire", "1,000 Islands", "G20", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []string
		for _, tok := range text.Tokenize(s) {
			want = append(want, tok.Text)
		}
		if diff := gocmp.Diff(want, nameWords(nil, s)); diff != "" {
			t.Errorf("nameWords(%q) mismatch (-Tokenize +nameWords):\n%s", s, diff)
		}
	})
}

// TestSortByHash checks the radix sort against a stable sort on the hash
// bits, on both sides of its small-input cutoff.
func TestSortByHash(t *testing.T) {
	for _, n := range []int{0, 1, 255, 256, 5000} {
		keys := make([]uint64, n)
		x := uint64(12345)
		for i := range keys {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			keys[i] = x&^(1<<idxBits-1) | uint64(i)
			if i%7 == 0 && i > 0 {
				keys[i] = keys[i-1]&^(1<<idxBits-1) | uint64(i) // same hash as the previous key
			}
		}
		want := slices.Clone(keys)
		slices.SortStableFunc(want, func(a, b uint64) int { return cmp.Compare(a>>idxBits, b>>idxBits) })
		sortByHash(keys)
		if diff := gocmp.Diff(want, keys); diff != "" {
			t.Errorf("n=%d: sortByHash mismatch (-want +got):\n%s", n, diff)
		}
	}
}

// TestEdgeTable checks lookups and insertions across growth, the zero
// key (the root's edge for token 0) included.
func TestEdgeTable(t *testing.T) {
	tab := newEdgeTable(0)
	if got := tab.get(0); got != 0 {
		t.Fatalf("get on an empty table = %d", got)
	}
	const n = 5000
	for i := range n {
		k := uint64(i%50)<<32 | uint64(i)
		if got := tab.getOrPut(k, int32(i+1)); got != int32(i+1) {
			t.Fatalf("getOrPut(%#x) of a new key = %d", k, got)
		}
		if got := tab.getOrPut(k, 99999); got != int32(i+1) {
			t.Fatalf("getOrPut(%#x) of a present key = %d, want %d", k, got, i+1)
		}
	}
	seen := 0
	tab.all(func(k uint64, v int32) {
		seen++
		if tab.get(k) != v || uint64(v-1) != uint64(uint32(k)) {
			t.Errorf("edge %#x -> %d", k, v)
		}
	})
	if seen != n || tab.get(1<<40) != 0 {
		t.Errorf("all saw %d edges, want %d; absent key found: %d", seen, n, tab.get(1<<40))
	}
}

// TestCompileRepeatedEntry checks that an entry given twice keeps its
// first place and adds its names once, and that a node with more
// children than a sibling list holds (a hash table then) matches alike.
func TestCompileRepeatedEntry(t *testing.T) {
	var entries []*Entry
	for i := range 40 { // 40 children of "Company": past maxListed
		entries = append(entries, &Entry{ID: "org/c" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Type: Org,
			Name: "Company " + string(rune('A'+i%26)) + string(rune('a'+i/26))})
	}
	once := compile(entries)
	twice := compile(append(slices.Clone(entries), entries[3], entries[0]))
	if diff := gocmp.Diff(once.ord, twice.ord); diff != "" {
		t.Errorf("entry order mismatch (-once +twice):\n%s", diff)
	}
	if diff := gocmp.Diff(len(once.cands), len(twice.cands)); diff != "" {
		t.Errorf("candidate count mismatch (-once +twice):\n%s", diff)
	}
	g := &Gazetteer{entries: entries}
	g.once.Do(func() { g.m = twice })
	for _, e := range entries {
		ms := g.MatchWords(nameWords(nil, e.Name))
		if len(ms) == 0 || ms[0].Candidates[0].Entry != e {
			t.Errorf("%q: matches %v, want %s first", e.Name, ms, e.ID)
		}
	}
}

// TestNameCaseASCII checks nameCase's ASCII shortcut against the unicode
// package's letter classes on every pair of ASCII bytes, alone and
// beside capitals, small letters and a non-ASCII capital.
func TestNameCaseASCII(t *testing.T) {
	ref := func(w string) caseClass {
		letters, lower, firstUpper := 0, false, false
		for _, r := range w {
			if !unicode.IsLetter(r) {
				continue
			}
			if letters == 0 {
				firstUpper = unicode.IsUpper(r) || unicode.IsTitle(r)
			}
			letters++
			lower = lower || unicode.IsLower(r)
		}
		switch {
		case letters >= 2 && !lower && firstUpper:
			if letters <= 3 {
				return caseCaps
			}
			return caseCapsLong
		case firstUpper:
			return caseTitle
		}
		return caseAny
	}
	var words []string
	for a := range 128 {
		for b := range 128 {
			ab := string([]byte{byte(a), byte(b)})
			words = append(words, ab, "X"+ab, ab+"Q", "Qu"+ab, "QU"+ab+"É")
		}
	}
	for _, w := range words {
		if got, want := nameCase(w), ref(w); got != want {
			t.Errorf("nameCase(%q) = %v, want %v", w, got, want)
		}
	}
}
