package dataerr_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/geoextract/geoextract/dataerr"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/relation"
)

// A gazetteer's and a lexicon's errors are dataerr.Errors, each at its
// file:line:col.
func Example() {
	_, err := gazetteer.Load(strings.NewReader("entities:\n  - id: XYZ\n    type: PLANET\n    name: Xyz\n"), "mine.yaml")
	var e *dataerr.Error
	if errors.As(err, &e) {
		fmt.Printf("line %d, column %d: %s\n", e.Pos.Line, e.Pos.Column, e.Msg)
	}
	_, err = relation.LoadLexicon(strings.NewReader("triggers:\n  - verb: meet\n    cameo: \"99\"\n"), "mine.yaml")
	if errors.As(err, &e) {
		fmt.Println(e)
	}
	// Output:
	// line 3, column 11: invalid type "PLANET" (want PERSON, GPE, ORG, LOC, NORP or EVENT)
	// mine.yaml:3:12: cameo "99": root must be 01 to 20
}
