package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/geoextract/geoextract/internal/conllu"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
)

// parseFlags are -parse and -input.
type parseFlags struct {
	on    bool
	input string
}

func (f *parseFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.on, "parse", false, "print each sentence's dependency parse as CoNLL-U (lemma, UPOS, XPOS, head, relation) instead")
	fs.StringVar(&f.input, "input", "text", "with -parse, the input `format`: text, or conllu (pre-tokenized: the FORM column is read)")
}

// usageError says what is wrong with -parse and -input given the other
// flags, or "".
func (f *parseFlags) usageError(c config, page htmlFlags) string {
	switch {
	case f.input != "text" && f.input != "conllu":
		return fmt.Sprintf("-input %q: want text or conllu", f.input)
	case !f.on && f.input != "text":
		return "-input is the input format of -parse; give -parse too"
	case !f.on:
		return ""
	case c.jsonl || c.asJSON || c.format != "" || page.on:
		return "-parse writes CoNLL-U: it cannot be combined with -jsonl, -json, -format or -html"
	}
	return ""
}

// runParse is -parse: each input (a file, or - for standard input) is
// split into sentences and written as CoNLL-U with the parser's lemmas,
// tags, heads and relations. With -input conllu the input is
// pre-tokenized CoNLL-U (only FORM is read, one block per sentence) and
// is written back with the predicted columns, so that standard UD tools
// can score it. Malformed CoNLL-U is reported as file:line: and the other
// sentences are still written.
func runParse(inputs []string, format string, stdin io.Reader, stdout, stderr io.Writer) int {
	p, err := syntax.Default()
	if err != nil {
		fmt.Fprintf(stderr, "geoextract: %v\n", err)
		return 1
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	status := 0
	for _, name := range inputs {
		r, closeFn, err := openInput(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			status = 1
			continue
		}
		label := name
		if name == "-" {
			label = "<stdin>"
		}
		if format == "conllu" {
			err = parseCoNLLU(w, p, r, label, stderr)
		} else {
			err = parseText(w, p, r)
		}
		closeFn()
		if err != nil {
			var ce *conllu.Error
			if !errors.As(err, &ce) {
				fmt.Fprintf(stderr, "geoextract: %v\n", err)
			}
			status = 1
		}
	}
	return status
}

func openInput(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

func parseText(w io.Writer, p *syntax.Parser, r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	src := strings.ToValidUTF8(string(b), "\uFFFD")
	toks := text.Tokenize(src)
	for i, se := range text.Sentences(src, toks) {
		g := p.ParseTokens(src, toks[se.First:se.Last])
		s := g.CoNLLU(fmt.Sprintf("sent_id = %d", i+1), "text = "+oneLine(src[se.Start:se.End]))
		if err := conllu.Write(w, &s); err != nil {
			return err
		}
	}
	return nil
}

// parseCoNLLU parses every sentence of r; a malformed block is reported
// on stderr (file:line: message) and skipped.
func parseCoNLLU(w io.Writer, p *syntax.Parser, r io.Reader, name string, stderr io.Writer) error {
	rd := conllu.NewReader(r, name)
	var bad error
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return bad
		}
		var ce *conllu.Error
		if errors.As(err, &ce) {
			fmt.Fprintln(stderr, err)
			bad = err
			continue
		}
		if err != nil {
			return err
		}
		out := p.ParseCoNLLU(&s)
		if err := conllu.Write(w, &out); err != nil {
			return err
		}
	}
}
