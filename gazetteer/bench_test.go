package gazetteer

import (
	"fmt"
	"strings"
	"testing"
)

// syntheticWorld writes a gazetteer of about size bytes shaped like the
// generated world data: people with roles, places with aliases.
func syntheticWorld(size int) []byte {
	var b strings.Builder
	b.WriteString("# Synthetic gazetteer for benchmarks.\nentries:\n")
	for i := 0; b.Len() < size; i++ {
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "  - id: person/person-%d\n    type: PERSON\n    name: Person Number %d\n    country: KOR\n    aliases: [\"P. Number %d\", Number %d]\n    roles:\n      - title: Minister of Things\n        from: 2022-05-10\n        to: 2023-10-06\n", i, i, i, i)
		case 1:
			fmt.Fprintf(&b, "  - id: city/city-%d\n    type: GPE\n    name: Cîty %d\n    country: JPN\n    aliases:\n      - Town %d\n      - 'Old Town %d'\n", i, i, i, i)
		default:
			fmt.Fprintf(&b, "  - id: org/org-%d\n    type: ORG\n    name: Organization %d of Things\n    aliases: [ORG%d]\n", i, i, i)
		}
	}
	return []byte(b.String())
}

func BenchmarkLoad(b *testing.B) {
	data := syntheticWorld(5 << 20)
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, errs := parseEntries(data, "synthetic.yaml"); errs != nil {
				b.Fatal(errs)
			}
		}
	})
	b.Run("yaml.v3", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			root, errs := parseYAMLv3(data, "synthetic.yaml")
			if errs != nil {
				b.Fatal(errs)
			}
			l := &loader{file: "synthetic.yaml"}
			l.root(root)
		}
	})
}

// BenchmarkDefault loads the embedded world data, as Default does on first
// use (without the cache), and compiles its matcher.
func BenchmarkDefault(b *testing.B) {
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			if _, err := loadFS(data, "data"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("compile", func(b *testing.B) {
		g, err := loadFS(data, "data")
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			compile(g.entries)
		}
	})
}

func BenchmarkCompile(b *testing.B) {
	entries, errs := parseEntries(syntheticWorld(5<<20), "synthetic.yaml")
	if errs != nil {
		b.Fatal(errs)
	}
	b.ResetTimer()
	for b.Loop() {
		compile(entries)
	}
}
