package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const testConfig = `
words: 7
pattern: '^[a-z]+$'
min_len: 2
levels: [2, 4]
iterations: 10
seed: 1
`

// TestGenerate clusters testdata/vectors.json, a tiny input of our own:
// the words kept are the first lower-case ones of two letters or more
// with a vector that is not zero ("Paris", "x" and "zero" left out), the
// weapons and the meetings fall in two clusters at the coarse level, and
// two runs write the same bytes.
func TestGenerate(t *testing.T) {
	cfg, err := parseConfig([]byte(testConfig), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	gen := func() string {
		f, err := os.Open(filepath.Join("testdata", "vectors.json"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		words, vecs, err := readVectors(f, "vectors.json", cfg)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"the", "shell", "bomb", "talk", "meet", "rocket"}, words); diff != "" {
			t.Errorf("words kept (-want +got):\n%s", diff)
		}
		ids := cluster(vecs, cfg)
		for i, c := range ids {
			if c[1]/2 != c[0] {
				t.Errorf("%q: clusters %v do not nest", words[i], c)
			}
		}
		same := func(a, b int) bool { return ids[a][0] == ids[b][0] }
		if !same(1, 2) || !same(1, 5) || !same(3, 4) || same(1, 3) {
			t.Errorf("coarse clusters %v: want shell, bomb and rocket in one, talk and meet in another", ids)
		}
		var b bytes.Buffer
		if err := write(&b, words, ids, cfg); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	first := gen()
	if diff := cmp.Diff(first, gen()); diff != "" {
		t.Errorf("two runs differ:\n%s", diff)
	}
	if !strings.Contains(first, "\nshell\t") || !strings.Contains(first, "levels 2 4.") {
		t.Errorf("output:\n%s", first)
	}
	// Only the fine level written.
	cfg.Write = []int{4}
	got := gen()
	for line := range strings.Lines(got) {
		if _, ids, ok := strings.Cut(line, "\t"); ok && len(strings.Fields(ids)) != 1 {
			t.Errorf("write [4]: line %q, want one id", line)
		}
	}
	if !strings.Contains(got, "levels 4.") {
		t.Errorf("output with write [4]:\n%s", got)
	}
}

// TestErrors checks that bad settings and bad input are errors naming
// where.
func TestErrors(t *testing.T) {
	for _, tc := range []struct{ name, config, input, want string }{
		{"levels that do not nest", "words: 5\npattern: 'a'\niterations: 1\nlevels: [2, 3]\n", "", "test.yaml: levels [2 3]"},
		{"an unknown setting", "words: 5\nwords_max: 3\n", "", "test.yaml: yaml: unmarshal errors"},
		{"a level written that is not computed", "words: 5\npattern: 'a'\niterations: 1\nlevels: [2, 4]\nwrite: [3]\n", "", "test.yaml: write [3]"},
		{"levels written out of order", "words: 5\npattern: 'a'\niterations: 1\nlevels: [2, 4]\nwrite: [4, 2]\n", "", "test.yaml: write [4 2]"},
		{"a bad pattern", "words: 5\npattern: '('\niterations: 1\nlevels: [2]\n", "", "test.yaml: pattern"},
		{"not an object", testConfig, "[1]", "in.json: offset 1: want a JSON object"},
		{"vectors first", testConfig, `{"vectors":{}}`, "vectors before dimensions and words"},
		{"a short vector", testConfig, `{"dimensions":3,"words":["shell"],"vectors":{"shell":[1,2]}}`, `vector of "shell": 2 numbers, want 3`},
		{"no word kept", testConfig, `{"dimensions":3,"words":["X"],"vectors":{"X":[1,2,3]}}`, "no word to cluster"},
		{"bad JSON", testConfig, `{"dimensions":3,"words":["shell"],"vectors":{"shell":[1,2,}}`, `vector of "shell"`},
	} {
		cfg, err := parseConfig([]byte(tc.config), "test.yaml")
		if err == nil {
			_, _, err = readVectors(strings.NewReader(tc.input), "in.json", cfg)
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one with %q", tc.name, err, tc.want)
		}
	}
}

// TestConfig checks that the committed settings load.
func TestConfig(t *testing.T) {
	cfg, err := loadConfig("config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Write) == 0 {
		t.Errorf("writes no level")
	}
}

// FuzzGenerate checks that no settings or input panic: either one is an
// error naming its file, or the words are clustered and written, one
// line each with as many ids as levels written.
func FuzzGenerate(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "vectors.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(testConfig, string(data))
	f.Add("words: 5\npattern: 'a'\niterations: 1\nlevels: [2, 4]\nwrite: [4]\n", `{"dimensions":2,"words":["aa","ab","ba"],"vectors":{"aa":[1,0],"ab":[0,1],"ba":[1,1,9]}}`)
	f.Add(testConfig, `{"dimensions":3,"words":["shell"],"vectors":{"shell":[1,2,}}`)
	f.Add("words: 9\npattern: '.'\nlevels: [2]\niterations: 3\n", `{"dimensions":1,"words":["#a","b c","d\te","\u00a0f","g"],"vectors":{"#a":[1],"b c":[1],"d\te":[2],"\u00a0f":[3],"g":[4]}}`)
	f.Add("words: 1\nlevels: [1]\niterations: 1\n", `{"x":[{}],"dimensions":1,"words":["a","a"],"vectors":{"a":[0],"b":"c"}}`)
	f.Fuzz(func(t *testing.T, config, input string) {
		cfg, err := parseConfig([]byte(config), "test.yaml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "test.yaml: ") {
				t.Fatalf("error %q names no file", err)
			}
			return
		}
		if cfg.Iterations > 100 || cfg.Levels[len(cfg.Levels)-1] > 1000 {
			return // valid, but too slow for a fuzz run
		}
		words, vecs, err := readVectors(strings.NewReader(input), "in.json", cfg)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "in.json: offset ") {
				t.Fatalf("error %q names no offset", err)
			}
			return
		}
		ids := cluster(vecs, cfg)
		var b bytes.Buffer
		if err := write(&b, words, ids, cfg); err != nil {
			t.Fatal(err)
		}
		n := 0
		for line := range strings.Lines(b.String()) {
			if strings.HasPrefix(line, "#") {
				continue
			}
			n++
			if _, ids, ok := strings.Cut(line, "\t"); !ok || len(strings.Fields(ids)) != len(cfg.Write) {
				t.Errorf("line %q: want a word and %d ids", line, len(cfg.Write))
			}
		}
		if n != len(words) {
			t.Errorf("%d lines for %d words", n, len(words))
		}
	})
}
