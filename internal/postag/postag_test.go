package postag

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/conllu"
	"github.com/geoextract/geoextract/internal/modelio"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func readTiny(t testing.TB) []conllu.Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, "tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func trainTiny(t testing.TB) *Model { return trainTinyDir(t, 2) }

// trainTinyDir trains on the tiny file in one or both directions.
func trainTinyDir(t testing.TB, directions int) *Model {
	t.Helper()
	m, err := Train(readTiny(t), TrainOptions{Epochs: 10, Seed: 7, MinWeight: -1, BackwardMinWeight: -1, Directions: directions})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// goldTags returns the annotated tags of s; a pair that is not one of the
// model's classes (seen fewer than minClassCount times) is expected as
// the most frequent class of its XPOS.
func goldTags(m *Model, s conllu.Sentence) []Tags {
	var out []Tags
	for _, w := range s.Words {
		want := Tags{w.XPOS, w.UPOS}
		found := false
		for _, c := range m.classes {
			if c == want {
				found = true
			}
		}
		for _, c := range m.classes {
			if !found && c.XPOS == w.XPOS {
				want, found = c, true
			}
		}
		out = append(out, want)
	}
	return out
}

// TestTrainTiny: a model trained on ten sentences, left to right only
// or in both directions, tags them as they were annotated, and a model
// written and read back tags exactly the same.
func TestTrainTiny(t *testing.T) {
	for _, dirs := range []int{1, 2} {
		t.Run(fmt.Sprintf("directions %d", dirs), func(t *testing.T) {
			m := trainTinyDir(t, dirs)
			if m.backward != (dirs == 2) {
				t.Errorf("backward = %v, want %v", m.backward, dirs == 2)
			}
			data, err := m.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			loaded, err := Load(data)
			if err != nil {
				t.Fatal(err)
			}
			again, err := loaded.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(data, again) {
				t.Errorf("MarshalBinary after Load differs: %d bytes, then %d", len(data), len(again))
			}
			for _, s := range readTiny(t) {
				want := goldTags(m, s)
				if diff := cmp.Diff(want, m.Tag(s.Forms(), nil)); diff != "" {
					t.Errorf("trained model, %q (-want +got):\n%s", s.Text(), diff)
				}
				if diff := cmp.Diff(want, loaded.Tag(s.Forms(), nil)); diff != "" {
					t.Errorf("loaded model, %q (-want +got):\n%s", s.Text(), diff)
				}
			}
		})
	}
}

// TestDeterministic: the same data and seed give the same bytes.
func TestDeterministic(t *testing.T) {
	a, err := trainTiny(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b, err := trainTiny(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two trainings with the same seed differ")
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name  string
		sents []conllu.Sentence
	}{
		{"no sentences", nil},
		{"no tags", []conllu.Sentence{{Words: []conllu.Word{{ID: 1, Form: "word"}}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Train(tc.sents, TrainOptions{}); err == nil {
				t.Error("Train succeeded, want an error")
			}
		})
	}
}

// TestTagEdges: odd inputs give one Tags per word and never panic.
func TestTagEdges(t *testing.T) {
	m := trainTiny(t)
	tests := []struct {
		name  string
		words []string
	}{
		{"empty sentence", nil},
		{"empty word", []string{""}},
		{"invalid UTF-8", []string{"\xff\xfe", "Kenya"}},
		{"unseen words", []string{"Zxq", "blorfed", "123,456", "e-mail", "İstanbul"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := m.Tag(tc.words, make([]Tags, 3))
			if len(got) != len(tc.words) {
				t.Fatalf("Tag gave %d tags for %d words", len(got), len(tc.words))
			}
			for i, g := range got {
				if g.XPOS == "" || g.UPOS == "" {
					t.Errorf("word %d (%q): empty tags %+v", i, tc.words[i], g)
				}
			}
		})
	}
	var zero Model
	if diff := cmp.Diff([]Tags{{}, {}}, zero.Tag([]string{"a", "b"}, nil)); diff != "" {
		t.Errorf("zero Model (-want +got):\n%s", diff)
	}
}

// goldenSentences are our own, tokenized as the treebanks are.
var goldenSentences = []string{
	"South Korea is looking to mend fences with Japan , at least on security .",
	"Defense Minister Lee Jong-sup met U.S. officials in Seoul on Monday .",
	"The ministry did n't say whether the sanctions would be lifted .",
	"Protesters burned flags outside the embassy after the vote .",
	"\" We will not back down , \" the president said .",
	"Russia 's foreign ministry called the talks a dangerous provocation .",
}

// TestGolden tags our own sentences with the embedded model; -update
// rewrites testdata/golden.txt.
func TestGolden(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var tags []Tags
	for _, s := range goldenSentences {
		words := strings.Fields(s)
		tags = m.Tag(words, tags)
		for i, w := range words {
			b.WriteString(w + "\t" + tags[i].XPOS + "\t" + tags[i].UPOS + "\n")
		}
		b.WriteString("\n")
	}
	const path = "testdata/golden.txt"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("golden tagging (-want +got):\n%s", diff)
	}
}

// TestConcurrent tags from several goroutines at once (run with -race)
// and checks that each gets what a lone caller gets.
func TestConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]Tags, len(goldenSentences))
	for i, s := range goldenSentences {
		want[i] = m.Tag(strings.Fields(s), nil)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			for r := 0; r < 20; r++ {
				for i, s := range goldenSentences {
					if diff := cmp.Diff(want[i], m.Tag(strings.Fields(s), nil)); diff != "" {
						t.Errorf("goroutine %d, %q (-want +got):\n%s", g, s, diff)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

func TestLoadErrors(t *testing.T) {
	good, err := trainTiny(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	raw := inflate(t, good)
	// The directions count follows the magic line and the classes.
	m := trainTiny(t)
	at := len(magic2) + 1
	for _, c := range m.classes {
		at += 2 + len(c.XPOS) + len(c.UPOS)
	}
	if raw[at] != 2 {
		t.Fatalf("byte %d is %d, want the directions count 2", at, raw[at])
	}
	threeDirs := append([]byte(nil), raw...)
	threeDirs[at] = 3
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"version 3", deflate(t, []byte("geoextract postag 3\n")), "bad magic"},
		{"three directions", deflate(t, threeDirs), "3 directions"},
		{"empty", nil, "postag: model"},
		{"not flate", []byte("hello"), "postag: model"},
		{"bad magic", deflate(t, []byte("geoextract lemma 1\n")), "bad magic"},
		{"truncated", deflate(t, raw[:len(raw)/2]), "postag: model byte"},
		{"trailing bytes", deflate(t, append(append([]byte(nil), raw...), 0)), "after the end"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load: error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func inflate(t testing.TB, data []byte) []byte {
	t.Helper()
	raw, err := modelio.Inflate(data)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func deflate(t testing.TB, raw []byte) []byte {
	t.Helper()
	out, err := modelio.Deflate(raw)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzLoad feeds corrupted models to Load: an error, never a panic, and a
// model that loads tags any sentence. compressed=false fuzzes the
// decoded bytes (compressed before Load), to reach past flate.
func FuzzLoad(f *testing.F) {
	good, err := trainTiny(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	raw := inflate(f, good)
	f.Add(good, true)
	f.Add(raw, false)
	f.Add(raw[:len(raw)/3], false)
	f.Add(good[:len(good)/2], true)
	f.Fuzz(func(t *testing.T, data []byte, compressed bool) {
		if !compressed {
			data = deflate(t, data)
		}
		m, err := Load(data)
		if err != nil {
			return
		}
		words := []string{"The", "talks", "ended", "."}
		if got := m.Tag(words, nil); len(got) != len(words) {
			t.Errorf("Tag gave %d tags for %d words", len(got), len(words))
		}
	})
}
