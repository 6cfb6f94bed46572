package main

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// TestRun runs the example from the repository root, as its comment says.
func TestRun(t *testing.T) {
	t.Chdir("../..")
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout, argv := os.Stdout, os.Args
	os.Stdout, os.Args = f, []string{"concurrent"}
	defer func() { os.Stdout, os.Args = stdout, argv }()
	main()
	b, _ := os.ReadFile(f.Name())
	out := string(b)
	for _, want := range []string{
		" 3  Seoul plans to \"normalize\" co…  KOR JPN PRK\n",
		" person/lee-jong-sup ",
		"documents tagged by",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q:\n%s", want, out)
		}
	}
}

// TestSharedTagger tags the documents from 8 goroutines at once with one
// Tagger, each goroutine half of them from its own starting point (so that
// every document is tagged by several at once), and checks every result
// against the same document tagged alone. Run it with
// -race: the Tagger must need no locks.
func TestSharedTagger(t *testing.T) {
	t.Chdir("../..")
	docs, err := documents(nil)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tagger := entity.NewTagger(g)
	want := make([][]entity.Mention, len(docs))
	for i, d := range docs {
		want[i] = tagger.Tag(entity.Input{Text: d}).Mentions
	}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for k := range len(docs)/2 + 1 {
				i := (k + w*3) % len(docs)
				got := tagger.Tag(entity.Input{Text: docs[i]}).Mentions
				if diff := cmp.Diff(want[i], got); diff != "" {
					t.Errorf("document %d tagged concurrently differs (-alone +concurrent):\n%s", i+1, diff)
				}
			}
		})
	}
	wg.Wait()
}
