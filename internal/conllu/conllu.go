// Package conllu reads and writes CoNLL-U, the file format of Universal
// Dependencies treebanks (https://universaldependencies.org/format.html).
//
// A file is a sequence of sentences separated by blank lines. Each sentence
// has comment lines ("# text = ...") and one line per word with ten
// tab-separated fields: ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL,
// DEPS, MISC. Multiword token lines ("3-4 don't") are kept as Ranges so that
// a sentence is written back as it was read; empty nodes ("5.1", enhanced
// graphs only) are skipped. Malformed input gives an *Error that names the
// file and line; the reader never panics.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence. ID counts from 1; Head is the
// ID of the head word, 0 for the root, and -1 when the field is "_"
// (unparsed input). Empty string fields were "_" in the file, except
// Form and Lemma, where "_" is also a word and is kept as written.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether the word is followed by a space in the
// original text: false when MISC holds SpaceAfter=No.
func (w Word) SpaceAfter() bool {
	for _, f := range strings.Split(w.Misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// Range is a multiword token: the surface form of the words First..Last
// (IDs, inclusive), as "don't" over "do" and "n't".
type Range struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one block of a CoNLL-U file. Line is the line number of its
// first line (1-based).
type Sentence struct {
	Comments []string // comment lines without the leading "#", spaces kept
	Words    []Word
	Ranges   []Range
	Line     int
}

// Text returns the value of the "# text = " comment, or "" when there is none.
func (s *Sentence) Text() string {
	for _, c := range s.Comments {
		c = strings.TrimSpace(c)
		if v, ok := strings.CutPrefix(c, "text ="); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Forms returns the FORM of every word.
func (s *Sentence) Forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// Error is a malformed line: File (as given to NewReader), Line (1-based)
// and what is wrong.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.File == "" {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// MaxLine is the longest line the reader accepts, in bytes.
const MaxLine = 1 << 20

// Reader reads sentences one at a time. It is not safe for concurrent use.
// Build one with NewReader.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
	err  error
}

// NewReader reads CoNLL-U from r; name is the file name used in errors.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), MaxLine)
	return &Reader{sc: sc, name: name}
}

func (r *Reader) errorf(format string, args ...any) error {
	return &Error{File: r.name, Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

// Next returns the next sentence, or io.EOF after the last one. After a
// malformed sentence it returns the error with the line; the next call goes
// on with the sentence after the next blank line, so one bad block loses
// nothing else.
func (r *Reader) Next() (Sentence, error) {
	if r.err != nil {
		return Sentence{}, r.err
	}
	var s Sentence
	var bad error
	for r.sc.Scan() {
		r.line++
		line := strings.TrimSuffix(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s.Line == 0 {
				continue // blank lines between blocks
			}
			return r.finish(s, bad)
		}
		if s.Line == 0 {
			s.Line = r.line
		}
		if bad != nil {
			continue // skip to the end of a bad block
		}
		bad = r.parseLine(&s, line)
	}
	if err := r.sc.Err(); err != nil {
		r.line++
		if errors.Is(err, bufio.ErrTooLong) {
			r.err = r.errorf("line longer than %d bytes", MaxLine)
		} else {
			r.err = err
		}
		return Sentence{}, r.err
	}
	if s.Line == 0 {
		r.err = io.EOF
		return Sentence{}, io.EOF
	}
	return r.finish(s, bad)
}

func (r *Reader) finish(s Sentence, bad error) (Sentence, error) {
	if bad != nil {
		return Sentence{}, bad
	}
	if len(s.Words) == 0 {
		return Sentence{}, &Error{File: r.name, Line: s.Line, Msg: "sentence has no words"}
	}
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return Sentence{}, &Error{File: r.name, Line: s.Line + w.ID - 1, Msg: fmt.Sprintf("word %d: HEAD %d is past the last word (%d)", w.ID, w.Head, len(s.Words))}
		}
	}
	return s, nil
}

func (r *Reader) parseLine(s *Sentence, line string) error {
	if c, ok := strings.CutPrefix(line, "#"); ok {
		s.Comments = append(s.Comments, c)
		return nil
	}
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return r.errorf("want 10 tab-separated fields, got %d", len(f))
	}
	id := f[0]
	if strings.Contains(id, ".") {
		return nil // empty node of the enhanced graph
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first != len(s.Words)+1 || last < first {
			return r.errorf("bad multiword token ID %q", id)
		}
		s.Ranges = append(s.Ranges, Range{First: first, Last: last, Form: f[1], Misc: field(f[9])})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return r.errorf("word ID %q: want %d", id, len(s.Words)+1)
	}
	if f[1] == "" {
		return r.errorf("word %d has an empty FORM", n)
	}
	head := -1
	if f[6] != "_" {
		h, err := strconv.Atoi(f[6])
		if err != nil || h < 0 || h == n {
			return r.errorf("word %d: bad HEAD %q", n, f[6])
		}
		head = h
	}
	s.Words = append(s.Words, Word{
		ID: n, Form: f[1], Lemma: f[2], UPOS: field(f[3]), XPOS: field(f[4]), Feats: field(f[5]),
		Head: head, Deprel: field(f[7]), Deps: field(f[8]), Misc: field(f[9]),
	})
	return nil
}

func field(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// ReadAll reads every sentence of r. It collects the errors of malformed
// sentences (at most 100) and returns them joined with the good sentences.
func ReadAll(r io.Reader, name string) ([]Sentence, error) {
	rd := NewReader(r, name)
	var out []Sentence
	var errs []error
	for {
		s, err := rd.Next()
		if err == io.EOF {
			break
		}
		var ce *Error
		if err != nil && !errors.As(err, &ce) {
			return out, errors.Join(append(errs, err)...)
		}
		if err != nil {
			if len(errs) < 100 {
				errs = append(errs, err)
			}
			continue
		}
		out = append(out, s)
	}
	return out, errors.Join(errs...)
}

// Write writes s as one CoNLL-U block followed by a blank line. Empty
// fields are written as "_".
func Write(w io.Writer, s *Sentence) error {
	var b strings.Builder
	for _, c := range s.Comments {
		b.WriteString("#")
		b.WriteString(c)
		b.WriteByte('\n')
	}
	ri := 0
	for _, wd := range s.Words {
		for ri < len(s.Ranges) && s.Ranges[ri].First == wd.ID {
			rg := s.Ranges[ri]
			fmt.Fprintf(&b, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", rg.First, rg.Last, rg.Form, under(rg.Misc))
			ri++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, under(wd.Form), under(wd.Lemma),
			under(wd.UPOS), under(wd.XPOS), under(wd.Feats), head, under(wd.Deprel), under(wd.Deps), under(wd.Misc))
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

func under(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
