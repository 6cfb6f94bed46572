package gazetteer

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/internal/cputime"
	"github.com/geoextract/geoextract/internal/text"
)

// syntheticWorld writes a gazetteer of about size bytes shaped like the
// generated world data: people with roles, places with aliases.
func syntheticWorld(size int) []byte {
	var b strings.Builder
	b.WriteString("# Synthetic gazetteer for benchmarks.\nversion: 1\nentities:\n")
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

// syntheticAliases writes a gazetteer of n entities with perEntity
// aliases each, all distinct, in the block style of the world data.
func syntheticAliases(n, perEntity int) []byte {
	var b strings.Builder
	b.Grow(n * perEntity * 28)
	b.WriteString("version: 1\nentities:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: org/org-%d\n    type: ORG\n    kind: company\n    name: Company %d\n    aliases: [", i, i)
		for j := range perEntity {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "Company %d Brand %d", i, j)
		}
		b.WriteString("]\n")
	}
	return []byte(b.String())
}

// loopCPU runs f as b.Loop says and reports the CPU seconds of the
// process per run (cpu-s/op, the collector's work included): steadier than
// wall time on a machine shared with other work.
func loopCPU(b *testing.B, f func()) {
	t0 := cputime.Seconds()
	n := 0
	for b.Loop() {
		f()
		n++
	}
	if cpu := cputime.Seconds() - t0; cpu > 0 {
		b.ReportMetric(cpu/float64(n), "cpu-s/op")
	}
}

// BenchmarkLoad1MAliases loads (parses and validates, every shared form
// check included) and compiles a generated gazetteer of a million
// aliases: 100,000 entities with ten each. Besides time per run it
// reports cpu-s/op, CPU seconds of the process per run.
func BenchmarkLoad1MAliases(b *testing.B) {
	data := syntheticAliases(100_000, 10)
	b.Run("load", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		loopCPU(b, func() {
			if _, errs := parseEntries(data, "aliases.yaml"); errs != nil {
				b.Fatal(errs)
			}
		})
	})
	b.Run("compile", func(b *testing.B) {
		g, errs := parseEntries(data, "aliases.yaml")
		if errs != nil {
			b.Fatal(errs)
		}
		b.ReportAllocs()
		loopCPU(b, func() { compile(g.entries) })
	})
	// What a user waits for, and what issue #12 bounds (0.6 s, 300 MB).
	b.Run("load+compile", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		loopCPU(b, func() {
			g, errs := parseEntries(data, "aliases.yaml")
			if errs != nil {
				b.Fatal(errs)
			}
			compile(g.entries)
		})
	})
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

// BenchmarkDefault loads the embedded world data with its compiled
// matcher, as Default does on first use (without the cache). yaml is the
// same data parsed from its YAML source and compile its matcher compiled
// from the entries, which start-up did before the compact form.
func BenchmarkDefault(b *testing.B) {
	b.Run("load", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := decodeBinary(worldData); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("yaml", func(b *testing.B) {
		src, err := os.ReadFile(worldYAML)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, errs := parseEntries(src, worldYAML); errs != nil {
				b.Fatal(errs)
			}
		}
	})
	b.Run("compile", func(b *testing.B) {
		g, err := decodeBinary(worldData)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			compile(g.entries)
		}
	})
}

func BenchmarkCompile(b *testing.B) {
	g, errs := parseEntries(syntheticWorld(5<<20), "synthetic.yaml")
	if errs != nil {
		b.Fatal(errs)
	}
	for b.Loop() {
		compile(g.entries)
	}
}

// newsText is our own news-like paragraph for the matching benchmarks.
const newsText = `SEOUL, March 3 (Reuters) - South Korean Defense Minister Lee Jong-sup
met his U.S. and Japanese counterparts on Friday to discuss North Korea's
missile launches, the ministry said. The three agreed to share warning data
in real time, and NATO officials welcomed the move. China's foreign ministry
said Beijing opposed "bloc confrontation" on the Korean Peninsula, while
Russia's envoy to the United Nations called for restraint. Officials in
Pyongyang did not respond. The talks in Washington followed a summit in
Tokyo last month, where leaders from Australia, India and the European Union
discussed maritime security in the South China Sea and the Taiwan Strait.
`

// benchWorld returns the embedded world data with its matcher compiled.
func benchWorld(b *testing.B) *Gazetteer {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	g.matcher()
	return g
}

// BenchmarkMatchWords matches news text against the embedded world data,
// by input size.
func BenchmarkMatchWords(b *testing.B) {
	g := benchWorld(b)
	for _, n := range []int{1, 10, 100} {
		toks := text.Tokenize(strings.Repeat(newsText, n))
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text
		}
		b.Run(fmt.Sprintf("words=%d", len(words)), func(b *testing.B) {
			b.SetBytes(int64(len(words))) // "MB/s" reads as millions of words a second
			b.ReportAllocs()
			for b.Loop() {
				g.MatchWords(words)
			}
		})
	}
}

// BenchmarkMatch matches news text against the embedded world data,
// tokenizing included, by input size; MB/s is bytes of text.
func BenchmarkMatch(b *testing.B) {
	g := benchWorld(b)
	for _, n := range []int{1, 100} {
		in := strings.Repeat(newsText, n)
		b.Run(fmt.Sprintf("bytes=%d", len(in)), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				g.Match(in)
			}
		})
	}
}
