// Command train trains the dependency parser of package syntax on UD
// treebanks and reports its attachment scores with the tags of package
// postag (gold tokenization, punctuation included; LAS compares universal
// relations, as the CoNLL 2018 shared task did, "full" the subtypes too).
//
//	go run ./internal/syntax/train -treebank ../shared/data/treebank -out internal/syntax/parser.model
//
// The parser trains on the tags it will see at run time: each training
// sentence is tagged by a postag model trained on the other folds
// (jackknifing, -folds 4).
package main

import (
	"encoding/gob"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/geoextract/geoextract/internal/conllu"
	"github.com/geoextract/geoextract/internal/postag"
	"github.com/geoextract/geoextract/internal/syntax"
)

func main() {
	dir := flag.String("treebank", "../shared/data/treebank", "folder with the CoNLL-U files")
	out := flag.String("out", "", "write the model here")
	epochs := flag.Int("epochs", 15, "training epochs")
	seed := flag.Uint64("seed", 1, "random seed")
	beam := flag.Int("beam", 1, "beam width (1: greedy with the dynamic oracle)")
	folds := flag.Int("folds", 4, "jackknife folds for the training tags (0: gold tags)")
	tagDirections := flag.Int("tag-directions", 1, "directions of the jackknife taggers (postag.TrainOptions.Directions): 2 when the embedded tagger is bidirectional")
	gumWeight := flag.Int("gum-weight", 1, "times each GUM training sentence is seen per epoch")
	tagCache := flag.String("tag-cache", "", "file keeping the jackknifed tags between runs")
	evalEach := flag.Bool("eval-each", false, "score ewt-dev and gum-dev after each epoch")
	evalOnly := flag.String("eval", "", "only score this model file (with -speed: also time it)")
	prune := flag.Float64("prune", 0, "drop the averaged weights at most this large (with -eval: from the model read, and write it to -out)")
	speed := flag.Bool("speed", false, "with -eval: tag and parse ewt-test and gum-test and report tokens per CPU second")
	flag.Parse()
	log.SetFlags(0)
	start := time.Now()

	read := func(name string) []conllu.Sentence {
		f, err := os.Open(filepath.Join(*dir, name))
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		s, err := conllu.ReadAll(f, name)
		if err != nil {
			log.Fatal(err)
		}
		return s
	}
	tagger, err := postag.Default()
	if err != nil {
		log.Fatal(err)
	}
	tagged := func(name string) []syntax.TrainSentence {
		var out []syntax.TrainSentence
		for _, s := range read(name) {
			out = append(out, toTrain(s, tagger.Tag(s.Forms(), nil)))
		}
		return out
	}
	report := func(m *syntax.Model) {
		fmt.Printf("%-16s %7s %7s %7s\n", "file", "UAS", "LAS", "fullLAS")
		for _, name := range []string{"ewt-dev.conllu", "ewt-test.conllu", "gum-dev.conllu", "gum-test.conllu"} {
			uas, las, full := score(m, tagged(name))
			fmt.Printf("%-16s %7.4f %7.4f %7.4f\n", name, uas, las, full)
		}
	}
	if *evalOnly != "" {
		b, err := os.ReadFile(*evalOnly)
		if err != nil {
			log.Fatal(err)
		}
		m, err := syntax.Load(b)
		if err != nil {
			log.Fatal(err)
		}
		if *prune > 0 {
			m = m.Prune(float32(*prune))
			if *out != "" {
				b, err := m.MarshalBinary()
				if err != nil {
					log.Fatal(err)
				}
				if err := os.WriteFile(*out, b, 0o644); err != nil {
					log.Fatal(err)
				}
				fmt.Printf("wrote %s (%d bytes)\n", *out, len(b))
			}
		}
		report(m)
		if *speed {
			measureSpeed(m, tagger, append(read("ewt-test.conllu"), read("gum-test.conllu")...))
		}
		return
	}
	ewt, gum := read("ewt-train.conllu"), read("gum-train.conllu")
	all := append(append([]conllu.Sentence(nil), ewt...), gum...)
	tags := jackknife(all, *folds, *tagDirections, *tagCache)
	var train []syntax.TrainSentence
	for i, s := range all {
		t := toTrain(s, tags[i])
		train = append(train, t)
		if i >= len(ewt) {
			for range *gumWeight - 1 {
				train = append(train, t)
			}
		}
	}
	ewtDev, gumDev := tagged("ewt-dev.conllu"), tagged("gum-dev.conllu")
	m, err := syntax.Train(train, syntax.TrainOptions{Epochs: *epochs, Seed: *seed, Beam: *beam, Log: os.Stderr,
		Eval: func(epoch int, m *syntax.Model) {
			if *evalEach {
				u1, l1, _ := score(m, ewtDev)
				u2, l2, _ := score(m, gumDev)
				fmt.Fprintf(os.Stderr, "  after %d: ewt-dev UAS %.4f LAS %.4f, gum-dev UAS %.4f LAS %.4f\n", epoch, u1, l1, u2, l2)
			}
		}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("trained in %s (%d sentences, %d epochs, beam %d, jackknife folds %d, GUM weight %d)\n",
		time.Since(start).Round(time.Second), len(train), *epochs, *beam, *folds, *gumWeight)
	if *prune > 0 {
		m = m.Prune(float32(*prune))
	}
	report(m)
	if *out != "" {
		b, err := m.MarshalBinary()
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("wrote %s (%d bytes)\n", *out, len(b))
	}
}

// jackknife tags each sentence with a postag model trained on the other
// folds (sentence i is in fold i mod k).
func jackknife(sents []conllu.Sentence, k, directions int, cache string) [][]postag.Tags {
	out := make([][]postag.Tags, len(sents))
	if k < 2 {
		for i, s := range sents {
			for _, w := range s.Words {
				out[i] = append(out[i], postag.Tags{XPOS: w.XPOS, UPOS: w.UPOS})
			}
		}
		return out
	}
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			if err := gob.NewDecoder(f).Decode(&out); err == nil && len(out) == len(sents) {
				fmt.Fprintf(os.Stderr, "jackknifed tags from %s\n", cache)
				return out
			}
			out = make([][]postag.Tags, len(sents))
		}
	}
	for f := range k {
		var rest []conllu.Sentence
		for i, s := range sents {
			if i%k != f {
				rest = append(rest, s)
			}
		}
		m, err := postag.Train(rest, postag.TrainOptions{Seed: 1, Directions: directions})
		if err != nil {
			log.Fatal(err)
		}
		for i, s := range sents {
			if i%k == f {
				out[i] = m.Tag(s.Forms(), nil)
			}
		}
		fmt.Fprintf(os.Stderr, "jackknife fold %d of %d tagged\n", f+1, k)
	}
	if cache != "" {
		if f, err := os.Create(cache); err == nil {
			gob.NewEncoder(f).Encode(out)
			f.Close()
		}
	}
	return out
}

func toTrain(s conllu.Sentence, tags []postag.Tags) syntax.TrainSentence {
	t := syntax.TrainSentence{}
	for i, w := range s.Words {
		r, ok := syntax.ParseRel(w.Deprel)
		if !ok {
			log.Fatalf("line %d: unknown relation %q", s.Line, w.Deprel)
		}
		t.Words = append(t.Words, w.Form)
		t.XPOS = append(t.XPOS, tags[i].XPOS)
		t.UPOS = append(t.UPOS, tags[i].UPOS)
		t.Heads = append(t.Heads, w.Head)
		t.Rels = append(t.Rels, r)
	}
	return t
}

func score(m *syntax.Model, sents []syntax.TrainSentence) (uas, las, full float64) {
	var n, u, l, f int
	for _, t := range sents {
		heads, rels := m.Parse(t.Words, t.XPOS, t.UPOS)
		for i := range heads {
			n++
			if heads[i] == t.Heads[i] {
				u++
				if rels[i].Universal() == t.Rels[i].Universal() {
					l++
				}
				if rels[i] == t.Rels[i] {
					f++
				}
			}
		}
	}
	return float64(u) / float64(n), float64(l) / float64(n), float64(f) / float64(n)
}

// measureSpeed tags and parses sents (a few times) on one thread and
// reports tokens per CPU second, with the tagger alone for comparison.
func measureSpeed(m *syntax.Model, tagger *postag.Model, sents []conllu.Sentence) {
	runtime.GOMAXPROCS(1)
	forms := make([][]string, len(sents))
	n := 0
	for i, s := range sents {
		forms[i] = s.Forms()
		n += len(forms[i])
	}
	cpu := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	const rounds = 3
	var tags []postag.Tags
	xs, us := make([]string, 0, 256), make([]string, 0, 256)
	t0 := cpu()
	for range rounds {
		for _, f := range forms {
			tags = tagger.Tag(f, tags)
		}
	}
	t1 := cpu()
	for range rounds {
		for _, f := range forms {
			tags = tagger.Tag(f, tags)
			xs, us = xs[:0], us[:0]
			for _, t := range tags {
				xs, us = append(xs, t.XPOS), append(us, t.UPOS)
			}
			m.Parse(f, xs, us)
		}
	}
	t2 := cpu()
	tok := float64(rounds * n)
	fmt.Printf("speed (one thread, CPU time, %d tokens x %d): tag %.0f tokens/s, tag+parse %.0f tokens/s\n",
		n, rounds, tok/(t1-t0).Seconds(), tok/(t2-t1).Seconds())
}
