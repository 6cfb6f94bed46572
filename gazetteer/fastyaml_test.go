package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// fastYAMLCases are inputs in the fast subset (fast: true) or outside it.
// Either way the fast parser must agree with yaml.v3 whenever it accepts.
var fastYAMLCases = []struct {
	name string
	in   string
	fast bool
}{
	{"empty", "", true},
	{"comments only", "# a\n\n  # b\n", true},
	{"document start", "---\nentities:\n", true},
	{"null value", "entities:\n", true},
	{"null value at end of input", "entities:", true},
	{"flow list", "a: [x, 'y''z', \"w\\u00e9\\\"\", ]\nb: []\n", true},
	{"block list at key indent", "entities:\n- id: x\n  aliases:\n  - a\n  - b\n  name: n\n", true},
	{"block list indented", "entities:\n  - id: x # comment\n    aliases:\n      - a\n      -\n      - ~\n    name: Côte d'Ivoire\n", true},
	{"dash with extra spaces", "entities:\n  -   id: x\n      name: y\n", true},
	{"nested item on next line", "entities:\n  -\n    id: x\n", true},
	{"quoted key", "\"id\": x\n'na''me': y\n", true},
	{"plain scalars with inner marks", "a: x#y, [z] {w} 'q' \"r\" a:b\n", true},
	{"trailing spaces", "a: x   \nb:   \n", true},
	{"non-ASCII before a flow item", "a: [Côte, Éire]\n", true},
	{"escapes", "a: \"\\\\ \\n \\t \\x1a \\xe9 \\u00e9\"\n", true},
	{"slash escape", "a: \"\\/\"\n", false},
	{"null forms", "a: ~\nb: null\nc: Null\nd: NULL\ne: ''\nf: \"\"\n~: x\n", true},
	{"document start only", "---\n", true},
	{"colon in value", "a: b: c\n", false},
	{"tab", "a:\tb\n", false},
	{"tab in a comment line", "#\tx\n  #\t\na: b\n", true},
	{"tab in a trailing comment", "a: b #\tc\n", false},
	{"CRLF", "a: b\r\n", false},
	{"block scalar", "a: |\n  x\n", false},
	{"anchor and alias", "a: &x y\nb: *x\n", false},
	{"tag", "a: !!str 1\n", false},
	{"flow mapping", "a: {b: c, \"d\": 'e', f: g h,}\nb: {}\nc: [ ]\n", true},
	{"flow mapping in a list", "a:\n  - {title: \"Government (business)\", from: 2003-01-01}\n", true},
	{"flow mapping without value", "a: {b}\n", false},
	{"flow mapping empty value", "a: {b: }\n", false},
	{"flow mapping quoted key colon", "a: {\"b\":c}\n", false},
	{"flow mapping nested", "a: {b: [c]}\n", false},
	{"multi-line plain", "a: b\n  c\n", false},
	{"multi-line flow", "a: [b,\n  c]\n", false},
	{"two documents", "a: b\n---\nc: d\n", false},
	{"bad indentation", "a:\n    b: c\n  d: e\n", false},
	{"sequence in mapping", "a: b\n- c\n", false},
	{"unclosed quote", "a: 'b\n", false},
	{"BOM", "\ufeffa: b\n", false},
	{"bad escape", "a: \"\\q\"\n", false},
	{"top-level scalar", "hello\n", false},
	{"compact nested list", "- - a\n", false},
	{"question mark in flow", "a: [b?]\n", false},
	{"streamed entities", "x: [1]\nentities:\n  - id: a\n    aliases: [b, c]\n  -\n  - [d]\n  - e\nentities:\n- f\ny: {z: w}\n", true},
	{"nested entities are not streamed", "a:\n  entities:\n    - b\n", true},
	{"v1 entity", "version: 1\nentities:\n  - id: KOR\n    kind: country\n    capital: Seoul\n    capital_aliases: [Hanyang]\n" +
		"    attributes: {iso2: KR, numeric: 410}\n    roles:\n      - {title: Envoy, of: org/un, from: 2020}\n    merge: extend\n" +
		"ambiguous:\n  - form: Korea\n    ids: [KOR, PRK]\n", true},
	{"v1 capital list and block attributes", "entities:\n  - capital:\n      - Seoul\n      - 'Sejong'\n    attributes:\n      iso2: KR\n      note: \"a: b\"\n", true},
	{"nested flow collection in an ambiguous entry", "ambiguous:\n  - {form: Korea, ids: [KOR, PRK]}\n", false},
}

func TestFastYAML(t *testing.T) {
	for _, tc := range fastYAMLCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseFast([]byte(tc.in))
			if (err == nil) != tc.fast {
				t.Errorf("parseFast(%q) error = %v, want fast path %v", tc.in, err, tc.fast)
			}
			checkFastAgrees(t, []byte(tc.in))
		})
	}
}

// checkFastAgrees checks that when the fast parser accepts data, it builds
// the tree yaml.v3 builds.
func checkFastAgrees(t *testing.T, data []byte) {
	t.Helper()
	fast, err := parseFast(data)
	if err != nil {
		return
	}
	slow, errs := parseYAMLv3(data, "f")
	if len(errs) > 0 {
		t.Fatalf("parseFast(%q) accepted what yaml.v3 rejects: %v", data, errs)
	}
	if fast == nil && slow != nil && slow.kind == yScalar && slow.null {
		slow = nil // "---" alone: an empty document either way
	}
	opts := []cmp.Option{cmp.AllowUnexported(ynode{}), cmpopts.EquateEmpty()}
	if diff := cmp.Diff(slow, fast, opts...); diff != "" {
		t.Fatalf("parseFast(%q) differs from yaml.v3 (-yaml.v3 +fast):\n%s", data, diff)
	}

	// Streaming the entities must see the same items, and leave the same
	// tree otherwise.
	var streamed []ynode
	rest, err := parseFastStream(string(data), func(n *ynode) { streamed = append(streamed, deepCopy(*n)) })
	if err != nil {
		t.Fatalf("parseFastStream(%q) failed where parseFast did not: %v", data, err)
	}
	if len(streamed) > 0 {
		// Only the first top-level entities key is streamed.
		var entries *ynode
		for i := 0; i+1 < len(fast.content); i += 2 {
			if fast.content[i].value == "entities" {
				if fast.content[i+1].kind == ySeq {
					entries = &fast.content[i+1]
					if len(rest.content[i+1].content) != 0 {
						t.Fatalf("parseFastStream(%q) kept the streamed items in the tree", data)
					}
					rest.content[i+1].content = entries.content
				}
				break
			}
		}
		if entries == nil {
			t.Fatalf("parseFastStream(%q) streamed items of no entities list", data)
		}
		if diff := cmp.Diff(entries.content, streamed, opts...); diff != "" {
			t.Fatalf("parseFastStream(%q) streamed other items (-want +got):\n%s", data, diff)
		}
	}
	if diff := cmp.Diff(fast, rest, opts...); diff != "" {
		t.Fatalf("parseFastStream(%q) built another tree (-want +got):\n%s", data, diff)
	}
}

// parseEntriesV3 is parseEntries forced onto the yaml.v3 path.
func parseEntriesV3(data []byte, file string) (*Gazetteer, ErrorList) {
	l := &loader{file: file}
	root, errs := parseYAMLv3(data, file)
	if len(errs) > 0 {
		return nil, errs
	}
	l.root(root)
	return l.finish()
}

// checkLoadAgrees checks that loading data on the fast path (entities
// streamed while parsing) gives the entities, ambiguities and errors that
// the yaml.v3 path gives, whenever the fast parser accepts data.
func checkLoadAgrees(t *testing.T, data []byte) {
	t.Helper()
	if _, err := parseFast(data); err != nil {
		return
	}
	fast, fastErrs := parseEntries(data, "f.yaml")
	slow, slowErrs := parseEntriesV3(data, "f.yaml")
	if diff := cmp.Diff(slowErrs.Error(), fastErrs.Error()); diff != "" {
		t.Fatalf("errors differ between yaml.v3 and the fast path (-yaml.v3 +fast) for %q:\n%s", data, diff)
	}
	if len(slowErrs) > 0 {
		return
	}
	deref := func(g *Gazetteer) []Entry {
		var out []Entry
		for _, e := range g.Entries() {
			out = append(out, *e)
		}
		return out
	}
	if diff := cmp.Diff(deref(slow), deref(fast), cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("entities differ between yaml.v3 and the fast path (-yaml.v3 +fast) for %q:\n%s", data, diff)
	}
	if diff := cmp.Diff(slow.Ambiguities(), fast.Ambiguities(), cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("ambiguities differ between yaml.v3 and the fast path (-yaml.v3 +fast):\n%s", diff)
	}
}

func TestLoadPathsAgree(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.yaml")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := parseFast(b); err != nil && filepath.Base(name) != "example.yaml" {
				t.Errorf("%s is outside the fast subset: %v", name, err)
			}
			checkLoadAgrees(t, b)
		})
	}
	for _, tc := range fastYAMLCases {
		checkLoadAgrees(t, []byte(tc.in))
	}
}

func deepCopy(n ynode) ynode {
	if n.content != nil {
		c := make([]ynode, len(n.content))
		for i := range n.content {
			c[i] = deepCopy(n.content[i])
		}
		n.content = c
	}
	return n
}

func FuzzFastYAML(f *testing.F) {
	for _, tc := range fastYAMLCases {
		f.Add([]byte(tc.in))
	}
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFastAgrees(t, data)
		checkLoadAgrees(t, data)
	})
}

// TestPrintableEnd checks the eight-bytes-at-a-time scan against a byte
// loop for every byte value at every place of a word and past it.
func TestPrintableEnd(t *testing.T) {
	naive := func(s string, i int) int {
		for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
			i++
		}
		return i
	}
	for c := range 256 {
		for n := range 20 {
			for at := range n {
				b := []byte(strings.Repeat(" ~", n)[:n])
				b[at] = byte(c)
				for from := range n {
					if got, want := printableEnd(string(b), from), naive(string(b), from); got != want {
						t.Fatalf("printableEnd(%q, %d) = %d, want %d", b, from, got, want)
					}
				}
			}
		}
	}
}
