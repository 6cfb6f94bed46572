package gazetteer

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// worldYAML and worldBin are the readable source of the world data and
// its compiled, embedded form.
const (
	worldYAML = "data/world.yaml"
	worldBin  = "data/world.bin"
)

// updating reports whether the test binary runs with -update (the flag
// is defined in golden_test.go).
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestWorldBinary checks that data/world.bin is data/world.yaml compiled:
// the same bytes as compiling the YAML now, and decoding to the same
// entries and ambiguous forms. With -update it rewrites data/world.bin
// (go generate runs it after the generator).
func TestWorldBinary(t *testing.T) {
	src, err := os.ReadFile(worldYAML)
	if err != nil {
		t.Fatal(err)
	}
	want, errs := parseEntries(src, worldYAML)
	if len(errs) > 0 {
		t.Fatalf("%s does not load: %v", worldYAML, errs)
	}
	bin := appendBinary(nil, worldYAML, want.entries, want.ambiguous)
	if updating() {
		if err := os.WriteFile(worldBin, bin, 0o644); err != nil {
			t.Fatal(err)
		}
	} else if old, err := os.ReadFile(worldBin); err != nil || !bytes.Equal(old, bin) {
		t.Errorf("%s is not %s compiled (%v); run go test -run '^TestWorldBinary$' -update", worldBin, worldYAML, err)
	}
	got, err := decodeBinary(string(bin))
	if err != nil {
		t.Fatal(err)
	}
	checkSameGazetteer(t, want, got)
}

// TestDefaultIsWorld checks that Default serves the embedded compact
// data as decoded, and that it holds the countries everyone expects.
func TestDefaultIsWorld(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.entries) < 1000 {
		t.Errorf("Default has %d entries", len(g.entries))
	}
	for _, e := range g.entries {
		if e.Pos.File != worldYAML || e.Pos.Line == 0 {
			t.Fatalf("entry %s has position %v, want a line of %s", e.ID, e.Pos, worldYAML)
		}
	}
}

// checkSameGazetteer compares the entries, index and ambiguous forms of
// two gazetteers; empty and nil lists are the same.
func checkSameGazetteer(t *testing.T, want, got *Gazetteer) {
	t.Helper()
	checkSame(t, "entries", want.entries, got.entries)
	checkSame(t, "ambiguous", want.ambiguous, got.ambiguous)
	checkSameMatcher(t, compile(want.entries), got.matcher())
	if len(want.byID) != len(got.byID) {
		t.Errorf("index has %d ids, want %d", len(got.byID), len(want.byID))
	}
	for id, e := range want.byID {
		if g := got.byID[id]; g == nil || g.ID != e.ID {
			t.Errorf("Lookup(%q) = %v, want %v", id, g, e)
		}
	}
}

// TestBinaryRoundTrip compiles small gazetteers and decodes them.
func TestBinaryRoundTrip(t *testing.T) {
	for _, name := range []string{"testdata/small.yaml", "testdata/example.yaml"} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			want, errs := parseEntries(src, name)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			got, err := decodeBinary(string(appendBinary(nil, name, want.entries, want.ambiguous)))
			if err != nil {
				t.Fatal(err)
			}
			checkSameGazetteer(t, want, got)
		})
	}
}

// smallBinary returns testdata/small.yaml in compact form.
func smallBinary(tb testing.TB) string {
	tb.Helper()
	src, err := os.ReadFile("testdata/small.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	g, errs := parseEntries(src, "small.yaml")
	if len(errs) > 0 {
		tb.Fatal(errs)
	}
	return string(appendBinary(nil, "small.yaml", g.entries, g.ambiguous))
}

// TestBinaryCorrupt checks that every truncation of compact data, and
// data with a byte too many, give an error, not a panic or a half-read
// gazetteer.
func TestBinaryCorrupt(t *testing.T) {
	bin := smallBinary(t)
	for n := range len(bin) {
		if _, err := decodeBinary(bin[:n]); err == nil {
			t.Errorf("decodeBinary of the first %d of %d bytes: no error", n, len(bin))
		}
	}
	if _, err := decodeBinary(bin + "x"); err == nil {
		t.Errorf("decodeBinary with a trailing byte: no error")
	}
}

// FuzzDecodeBinary checks that no input makes the compact decoder panic.
func FuzzDecodeBinary(f *testing.F) {
	f.Add(smallBinary(f))
	f.Add(binaryMagic)
	f.Fuzz(func(t *testing.T, s string) {
		decodeBinary(s)
	})
}

// matcherDump is a matcher in comparable form: candidates by entry id,
// edges as a map.
type matcherDump struct {
	Vocab                  map[string]int32
	Root, Term             []int32
	Edges                  map[uint64]int32
	Terms                  [][4]int32
	Surfaces               [][3]int32
	Cands, Patterns, Order []string
}

func dumpMatcher(m *matcher) matcherDump {
	d := matcherDump{Vocab: m.vocab, Root: m.root, Term: m.term, Edges: map[uint64]int32{}, Patterns: m.patterns}
	m.edges.all(func(k uint64, v int32) { d.Edges[k] = v })
	for _, t := range m.terms {
		d.Terms = append(d.Terms, [4]int32{t.s0, t.s1, t.a0, t.a1})
	}
	for _, s := range m.surfaces {
		d.Surfaces = append(d.Surfaces, [3]int32{s.pat, s.c0, s.c1})
	}
	for _, c := range m.cands {
		d.Cands = append(d.Cands, fmt.Sprintf("%s %v %v", c.Entry.ID, c.Form, c.Type))
	}
	for i, c := range m.cands {
		d.Order = append(d.Order, fmt.Sprintf("%d %s", m.ord[i], c.Entry.ID))
	}
	return d
}

// checkSameMatcher compares a decoded matcher with a compiled one.
func checkSameMatcher(t *testing.T, want, got *matcher) {
	t.Helper()
	checkSame(t, "matcher", dumpMatcher(want), dumpMatcher(got))
}

// checkSame reports a difference between want and got, empty and nil
// lists being the same. cmp.Diff takes seconds on the world data, so it
// runs only when a quicker comparison finds a difference.
func checkSame(t *testing.T, what string, want, got any) {
	t.Helper()
	if reflect.DeepEqual(want, got) {
		return
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, diff)
	}
}
