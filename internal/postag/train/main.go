// Command train trains the part-of-speech tagger (package postag) and
// the lemmatizer (package lemma) on Universal Dependencies treebanks,
// writes their model files, and reports accuracy on the test files with
// gold tokenization, beside prose's tagger on the same tokens.
//
//	go run ./internal/postag/train -treebank ../shared/data/treebank -out internal/postag -lemma-out internal/lemma
//
// It trains on ewt-train.conllu and gum-train.conllu and reports on
// ewt-dev, gum-dev, ewt-test and gum-test.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/geoextract/geoextract/internal/conllu"
	"github.com/geoextract/geoextract/internal/lemma"
	"github.com/geoextract/geoextract/internal/nlp"
	"github.com/geoextract/geoextract/internal/postag"
	"github.com/geoextract/geoextract/internal/text"
)

func main() {
	treebank := flag.String("treebank", "../shared/data/treebank", "folder of the CoNLL-U files")
	out := flag.String("out", "internal/postag", "folder to write the tagger's model.bin to ('' to skip)")
	lemmaOut := flag.String("lemma-out", "internal/lemma", "folder to write the lemmatizer's model.bin to ('' to skip)")
	epochs := flag.Int("epochs", 8, "training epochs")
	seed := flag.Int64("seed", 1, "shuffling seed")
	flag.IntVar(&directions, "directions", 1, "1: tag left to right; 2: add a right-to-left model")
	flag.Float64Var(&bMinWeight, "backward-min-weight", 0, "the same for the right-to-left model (0: the default)")
	flag.Float64Var(&minWeight, "min-weight", 0, "drop features whose largest averaged weight is below this (0: the default)")
	withProse := flag.Bool("prose", true, "also score prose's tagger")
	flag.IntVar(&confusions, "confusions", 0, "print the N most frequent XPOS confusions of each file")
	flag.Parse()
	if err := run(*treebank, *out, *lemmaOut, *epochs, *seed, *withProse, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func read(dir, name string) ([]conllu.Sentence, error) {
	path := filepath.Join(dir, name)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.ReadAll(f, path)
}

func run(dir, out, lemmaOut string, epochs int, seed int64, withProse bool, w io.Writer) error {
	var train []conllu.Sentence
	for _, name := range []string{"ewt-train.conllu", "gum-train.conllu"} {
		s, err := read(dir, name)
		if err != nil {
			return err
		}
		train = append(train, s...)
	}
	start := time.Now()
	m, err := postag.Train(train, postag.TrainOptions{Epochs: epochs, Seed: seed, Log: w, Directions: directions, MinWeight: float32(minWeight), BackwardMinWeight: float32(bMinWeight)})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "tagger trained in %.1fs\n", time.Since(start).Seconds())
	data, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	start = time.Now()
	m, err = postag.Load(data)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "tagger model: %d bytes, loads in %v\n", len(data), time.Since(start).Round(time.Millisecond))
	if out != "" {
		if err := os.WriteFile(filepath.Join(out, "model.bin"), data, 0o644); err != nil {
			return err
		}
	}
	start = time.Now()
	lm, err := lemma.Train(train, lemma.TrainOptions{})
	if err != nil {
		return err
	}
	ldata, err := lm.MarshalBinary()
	if err != nil {
		return err
	}
	lm, err = lemma.Load(ldata)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "lemmatizer trained in %.1fs: %d bytes\n", time.Since(start).Seconds(), len(ldata))
	if lemmaOut != "" {
		if err := os.WriteFile(filepath.Join(lemmaOut, "model.bin"), ldata, 0o644); err != nil {
			return err
		}
	}

	var all []conllu.Sentence
	fmt.Fprintf(w, "\n%-10s %7s %7s %7s %7s %8s %10s %10s\n", "file", "tokens", "XPOS", "UPOS", "POS", "prose", "lemma", "lemma(pred)")
	for _, name := range []string{"ewt-dev.conllu", "gum-dev.conllu", "ewt-test.conllu", "gum-test.conllu"} {
		sents, err := read(dir, name)
		if err != nil {
			return err
		}
		all = append(all, sents...)
		sc := score(m, lm, sents, withProse)
		n := float64(sc.tokens)
		proseAcc := "-"
		if withProse {
			proseAcc = fmt.Sprintf("%.4f", float64(sc.prose)/n)
		}
		fmt.Fprintf(w, "%-10s %7d %7.4f %7.4f %7.4f %8s %10.4f %10.4f\n", strings.TrimSuffix(name, ".conllu"), sc.tokens,
			float64(sc.xpos)/n, float64(sc.upos)/n, float64(sc.pos)/n, proseAcc, float64(sc.lemmaGold)/n, float64(sc.lemmaPred)/n)
	}
	return speed(m, data, all, withProse, w)
}

// speed measures, in CPU time, how fast the tagger loads and tags the
// test files' words, and prose's tagger on the same sentences.
func speed(m *postag.Model, data []byte, sents []conllu.Sentence, withProse bool, w io.Writer) error {
	runtime.GC()
	c0 := cpuTime()
	const loads = 10
	for range loads {
		if _, err := postag.Load(data); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "\nload: %v CPU per load\n", ((cpuTime() - c0) / loads).Round(time.Millisecond))
	words := make([][]string, len(sents))
	n := 0
	for i, s := range sents {
		words[i] = s.Forms()
		n += len(words[i])
	}
	var tags []postag.Tags
	const rounds = 5
	runtime.GC()
	c0 = cpuTime()
	for range rounds {
		for _, ws := range words {
			tags = m.Tag(ws, tags)
		}
	}
	ours := float64(rounds*n) / (cpuTime() - c0).Seconds()
	fmt.Fprintf(w, "tagging: %.0f tokens/s (CPU time, %d tokens × %d)\n", ours, n, rounds)
	if withProse {
		runtime.GC()
		c0 = cpuTime()
		for _, s := range sents {
			proseTag(s)
		}
		theirs := float64(n) / (cpuTime() - c0).Seconds()
		fmt.Fprintf(w, "prose's tagger (through internal/nlp): %.0f tokens/s, ours %.1f× faster\n", theirs, ours/theirs)
	}
	return nil
}

var (
	confusions, directions int
	minWeight, bMinWeight  float64
)

type scores struct {
	tokens, xpos, upos, pos, prose, lemmaGold, lemmaPred int
}

// coarse maps a Penn tag onto geoextract's tag set, with every
// punctuation tag (and every tag that set lacks) as Punct, so that our
// tagger and prose's are compared on the same classes.
func coarse(tag string) text.POS {
	p := text.ParsePOS(tag)
	if p == text.Unknown {
		return text.Punct
	}
	return p
}

func score(m *postag.Model, lm *lemma.Model, sents []conllu.Sentence, withProse bool) scores {
	var sc scores
	var tags []postag.Tags
	conf := map[[2]string]int{}
	defer func() {
		if confusions == 0 {
			return
		}
		type pair struct {
			k [2]string
			n int
		}
		var ps []pair
		for k, n := range conf {
			ps = append(ps, pair{k, n})
		}
		slices.SortFunc(ps, func(a, b pair) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.k[0]+a.k[1], b.k[0]+b.k[1])) })
		for _, p := range ps[:min(len(ps), confusions)] {
			fmt.Printf("  gold %-5s got %-5s %5d\n", p.k[0], p.k[1], p.n)
		}
	}()
	for _, s := range sents {
		words := s.Forms()
		tags = m.Tag(words, tags)
		var proseTags []text.POS
		if withProse {
			proseTags = proseTag(s)
		}
		for i, wd := range s.Words {
			sc.tokens++
			if tags[i].XPOS == wd.XPOS {
				sc.xpos++
			} else {
				conf[[2]string{wd.XPOS, tags[i].XPOS}]++
			}
			if tags[i].UPOS == wd.UPOS {
				sc.upos++
			}
			if coarse(tags[i].XPOS) == coarse(wd.XPOS) {
				sc.pos++
			}
			if withProse && proseTags[i] == coarse(wd.XPOS) {
				sc.prose++
			}
			if lm.Lemma(wd.Form, wd.XPOS) == wd.Lemma {
				sc.lemmaGold++
			}
			if lm.Lemma(wd.Form, tags[i].XPOS) == wd.Lemma {
				sc.lemmaPred++
			}
		}
	}
	return sc
}

// proseTag tags the gold words of s with prose's tagger (through
// internal/nlp, as the pipeline does): the sentence is rebuilt with its
// original spacing, prose tokenizes and tags it, and each gold word takes
// the tag of the prose token that overlaps it most.
func proseTag(s conllu.Sentence) []text.POS {
	var b strings.Builder
	toks := make([]text.Token, len(s.Words))
	spaceAfter := make([]bool, len(s.Words))
	for i, wd := range s.Words {
		spaceAfter[i] = wd.SpaceAfter()
	}
	for _, r := range s.Ranges { // "don't": no space inside, the range's own after it
		for id := r.First; id <= r.Last && id <= len(s.Words); id++ {
			spaceAfter[id-1] = id == r.Last && conllu.Word{Misc: r.Misc}.SpaceAfter()
		}
	}
	space := true
	for i, wd := range s.Words {
		start := b.Len()
		b.WriteString(wd.Form)
		toks[i] = text.Token{Start: start, End: b.Len(), Text: wd.Form, SpaceBefore: space}
		space = spaceAfter[i]
		if space {
			b.WriteByte(' ')
		}
	}
	src := b.String()
	sent := text.Sentence{Start: 0, End: toks[len(toks)-1].End, First: 0, Last: len(toks)}
	res := nlp.Default().Tag(src, toks, []text.Sentence{sent}, false)
	out := res.POS
	for i := range out {
		if out[i] == text.Unknown {
			out[i] = text.Punct
		}
	}
	return out
}
