// Command train trains the dependency parser of package syntax on UD
// treebanks and reports its attachment scores.
//
//	go run ./internal/syntax/train -treebank ../shared/data/treebank -out internal/syntax/parser.model
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/geoextract/geoextract/internal/conllu"
	"github.com/geoextract/geoextract/internal/syntax"
)

func main() {
	dir := flag.String("treebank", "../shared/data/treebank", "folder with the CoNLL-U files")
	out := flag.String("out", "", "write the model here")
	epochs := flag.Int("epochs", 15, "training epochs")
	seed := flag.Uint64("seed", 1, "random seed")
	prune := flag.Float64("prune", 0, "drop averaged weights below this magnitude")
	evalEach := flag.Bool("eval-each", false, "score ewt-dev after each epoch")
	beam := flag.Int("beam", 1, "beam width (1: greedy with the dynamic oracle)")
	flag.Parse()
	log.SetFlags(0)

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
	var train []syntax.TrainSentence
	for _, name := range []string{"ewt-train.conllu", "gum-train.conllu"} {
		for _, s := range read(name) {
			train = append(train, toTrain(s))
		}
	}
	dev := read("ewt-dev.conllu")
	start := time.Now()
	m, err := syntax.Train(train, syntax.TrainOptions{Epochs: *epochs, Seed: *seed, Prune: *prune, Beam: *beam, Log: os.Stderr,
		Eval: func(epoch int, m *syntax.Model) {
			if *evalEach {
				uas, las, _ := score(m, dev)
				fmt.Fprintf(os.Stderr, "  ewt-dev after %d: UAS %.4f LAS %.4f\n", epoch, uas, las)
			}
		}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "trained in %s\n", time.Since(start).Round(time.Second))
	for _, name := range []string{"ewt-dev.conllu", "ewt-test.conllu", "gum-dev.conllu", "gum-test.conllu"} {
		uas, las, full := score(m, read(name))
		fmt.Printf("%-16s UAS %.4f  LAS %.4f  (full labels %.4f)  [gold tags]\n", name, uas, las, full)
	}
	if *out != "" {
		b, err := m.MarshalBinary()
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", *out, len(b))
	}
}

func toTrain(s conllu.Sentence) syntax.TrainSentence {
	t := syntax.TrainSentence{}
	for _, w := range s.Words {
		r, ok := syntax.ParseRel(w.Deprel)
		if !ok {
			log.Fatalf("line %d: unknown relation %q", s.Line, w.Deprel)
		}
		t.Words = append(t.Words, w.Form)
		t.XPOS = append(t.XPOS, w.XPOS)
		t.UPOS = append(t.UPOS, w.UPOS)
		t.Heads = append(t.Heads, w.Head)
		t.Rels = append(t.Rels, r)
	}
	return t
}

func score(m *syntax.Model, sents []conllu.Sentence) (uas, las, full float64) {
	var n, u, l, f int
	for _, s := range sents {
		t := toTrain(s)
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
