package main

import (
	"fmt"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/export"
)

// The JSONL contract's input side is decoded by export.DecodeInput, as
// the command's -jsonl does.

// parseLine decodes one JSONL line (without its line ending); lineno is its
// 1-based line number in its file and published the date of a record that
// gives none. On bad input it returns the error record to write instead,
// whose message starts with "line N: " and says what is wrong.
func parseLine(line []byte, lineno int, published entity.Date) (export.Input, *export.ErrorRecord) {
	in, problem := export.DecodeInput(line, published)
	if problem != "" {
		e := export.NewError(in.ID, fmt.Sprintf("line %d: %s", lineno, problem))
		return export.Input{}, &e
	}
	return in, nil
}
