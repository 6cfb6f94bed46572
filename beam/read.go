package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
)

// Document is one input document on its way to the extractor: a text file,
// or one line of a JSONL file. It is a plain value.
type Document struct {
	File string // the base name of the file it comes from
	Line int    // the 1-based line number of a JSONL record; 0 for a text file
	Data string // a text file's text, or a JSONL line without its line ending
	// Problem is set, instead of Data, for a JSONL line that cannot be
	// read ("line longer than ... bytes"); it becomes an error record.
	Problem string
}

// maxLineBytes is the longest JSONL line read, as in cmd/geoextract; a
// longer line gets an error record and the next line is read.
const maxLineBytes = 64 << 20

// isJSONL reports whether the file at p holds JSONL records (the name ends
// in .jsonl or .ndjson, before an optional .gz), rather than one text.
func isJSONL(p string) bool {
	ext := path.Ext(strings.TrimSuffix(p, ".gz"))
	return ext == ".jsonl" || ext == ".ndjson"
}

// splitFn turns each matched file into documents: a text file into one, a
// JSONL file into one per non-blank line. It never fails on the content of
// a file, only when the file cannot be read. It is safe for concurrent
// use; its zero value is ready to use.
type splitFn struct{}

// ProcessElement emits the documents of f.
func (splitFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Document)) error {
	name := path.Base(f.Metadata.Path)
	if !isJSONL(f.Metadata.Path) {
		b, err := f.Read(ctx)
		if err != nil {
			return fmt.Errorf("%s: %v", f.Metadata.Path, err)
		}
		emit(Document{File: name, Data: string(b)})
		return nil
	}
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("%s: %v", f.Metadata.Path, err)
	}
	defer rc.Close()
	err = splitLines(rc, maxLineBytes, func(lineno int, line []byte, tooLong bool) {
		d := Document{File: name, Line: lineno, Data: string(line)}
		if tooLong {
			d.Data, d.Problem = "", fmt.Sprintf("line %d: line longer than %d bytes", lineno, maxLineBytes)
		}
		emit(d)
	})
	if err != nil {
		return fmt.Errorf("%s: %v", f.Metadata.Path, err)
	}
	return nil
}

// splitLines calls fn with each non-blank line of r, without its "\n" or
// "\r\n", and its 1-based number. A line longer than max bytes is passed
// as tooLong with no bytes, and only max bytes of it are ever held.
func splitLines(r io.Reader, max int, fn func(lineno int, line []byte, tooLong bool)) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var line []byte
	tooLong := false
	for lineno := 1; ; {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+2 { // room for "\r\n"
				tooLong, line = true, line[:0]
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("line %d: %w", lineno, err)
		}
		if err == io.EOF && len(line) == 0 && !tooLong && len(chunk) == 0 {
			return nil
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		switch {
		case tooLong || len(line) > max:
			fn(lineno, nil, true)
		case len(bytes.TrimSpace(line)) > 0:
			fn(lineno, line, false)
		}
		if err == io.EOF {
			return nil
		}
		lineno++
		line, tooLong = line[:0], false
	}
}
