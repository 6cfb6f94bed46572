package relation

import (
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestConcurrentExtract shares one Extractor between goroutines; run with
// -race. Every goroutine must see the same results as a serial run.
func TestConcurrentExtract(t *testing.T) {
	x := defaultExtractor(t)
	var docs []string
	var want [][]string
	for _, tc := range extractTests {
		doc := buildDoc(t, tc.text, tc.mentions...)
		docs = append(docs, tc.text)
		want = append(want, brief(extractOn(x, doc, tc.published)))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(docs))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k, tc := range extractTests {
				doc := buildDoc(t, tc.text, tc.mentions...)
				if diff := cmp.Diff(want[k], brief(extractOn(x, doc, tc.published))); diff != "" {
					errs <- tc.name + ": " + diff
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	_ = strings.TrimSpace
}

// TestDeterministic checks that repeated runs give identical output.
func TestDeterministic(t *testing.T) {
	x := defaultExtractor(t)
	for _, tc := range extractTests {
		doc := buildDoc(t, tc.text, tc.mentions...)
		first := extractOn(x, doc, tc.published)
		for range 5 {
			if diff := cmp.Diff(first, extractOn(x, doc, tc.published)); diff != "" {
				t.Fatalf("%s: nondeterministic output:\n%s", tc.name, diff)
			}
		}
	}
}
