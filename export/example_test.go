package export_test

import (
	"os"

	"github.com/geoextract/geoextract/export"
)

func ExampleEventWriter() {
	ev := export.Event{
		DocID:     "story-1",
		Date:      "2022-06-13",
		Source:    export.Actor{Code: "KOR", Name: "South Korea", Type: "GPE", Country: "KOR", Text: "Seoul"},
		Target:    export.Actor{Code: "JPN", Name: "Japan", Type: "GPE", Country: "JPN", Text: "Japan"},
		CAMEO:     "04",
		Root:      "04",
		Predicate: "CONSULT",
		QuadClass: export.QuadClass("04"),
		Goldstein: export.Goldstein("04"),
		Modality:  "asserted",
		Trigger:   "held talks",
		Sentence:  "Seoul and Japan held talks.",
	}
	w := export.NewCSVWriter(os.Stdout)
	w.Write(ev)
	w.Flush()
	// Output:
	// story-1,2022-06-13,,KOR,South Korea,GPE,,KOR,Seoul,JPN,Japan,GPE,,JPN,Japan,04,04,CONSULT,1,1.0,false,asserted,held talks,0,0,0,0,Seoul and Japan held talks.
}
