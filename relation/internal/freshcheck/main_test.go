package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/pipeline"
	"github.com/geoextract/geoextract/relation/internal/fresh"
)

func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger")
	}
	cases, err := fresh.Parse([]byte(`cases:
  - name: b2-criticized
    text: "Germany criticized Hungary over the vote."
    want: ["DEU|11|HUN"]
  - name: missed
    text: "Germany criticized Hungary over the vote."
    want: ["DEU|11|HUN", "HUN|12|DEU"]
    must: true
`), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(false)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	run(&b, cases, p.Extractor, p.Tagger, true)
	want := []string{
		`missed (must): "Germany criticized Hungary over the vote."`,
		"\tFN: HUN|12|DEU",
		"fresh table: 2 cases, tp 2 fp 0 fn 1, attribute errors 0: P 1.000 R 0.667",
		"batch b2-: tp 1 fp 0 fn 0: P 1.000 R 1.000",
		"",
	}
	if diff := cmp.Diff(want, strings.Split(b.String(), "\n")); diff != "" {
		t.Errorf("run output mismatch (-want +got):\n%s", diff)
	}
}
