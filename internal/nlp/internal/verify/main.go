// Command verify measures how often the compiled tagger (package ptag)
// and prose's own tagger disagree, on the sentences of the files given:
// plain text (one sentence split per line and by package text), JSONL
// records with a "text" field, or CoNLL-U ("# text = " lines). It counts
// the tokens whose tags differ, separately for sentences where the
// compiled tagger met an exact score tie (which prose breaks in map
// order, so that a different tag there is expected and changes the
// context of the words after it) and for the rest, where it must be 0.
//
//	go run ./internal/nlp/internal/verify ../shared/eval/dev/*.jsonl ../shared/data/treebank/*.conllu
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/geoextract/geoextract/internal/nlp/internal/ptag"
	"github.com/geoextract/geoextract/internal/text"
)

func main() {
	m, err := ptag.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		os.Exit(1)
	}
	model := prose.ModelFromData("en")
	var st stats
	for _, path := range os.Args[1:] {
		sents, err := sentences(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "verify:", err)
			os.Exit(1)
		}
		for _, s := range sents {
			st.add(m, model, s)
		}
	}
	fmt.Printf("sentences %d (prose panicked on %d), tokens %d\n", st.sents, st.panics, st.tokens)
	fmt.Printf("sentences with an exact tie: %d (%d tied words); tokens differing there: %d\n", st.tieSents, st.ties, st.diffTie)
	fmt.Printf("tokens differing in sentences without a tie: %d\n", st.diffNoTie)
	for _, ex := range st.examples {
		fmt.Println("  ", ex)
	}
	if st.diffNoTie > 0 {
		os.Exit(1)
	}
}

type stats struct {
	sents, panics, tokens, tieSents, ties, diffTie, diffNoTie int
	examples                                                  []string
}

func (st *stats) add(m *ptag.Model, model *prose.Model, s string) {
	toks, ok := proseTokens(model, s)
	if !ok {
		st.panics++
		return
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	tags, ties, ok := m.Tag(words, nil)
	if !ok {
		st.panics++
		return
	}
	ptag.ShareTags(s, words, tags)
	st.sents++
	st.tokens += len(toks)
	if ties > 0 {
		st.tieSents++
		st.ties += ties
	}
	for i, t := range toks {
		if t.Tag == tags[i] {
			continue
		}
		if ties > 0 {
			st.diffTie++
			continue
		}
		st.diffNoTie++
		if len(st.examples) < 10 {
			st.examples = append(st.examples, fmt.Sprintf("%q word %d %q: prose %s, compiled %s", s, i, t.Text, t.Tag, tags[i]))
		}
	}
}

func proseTokens(model *prose.Model, s string) (toks []prose.Token, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	doc, err := prose.NewDocument(s, prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, false
	}
	return doc.Tokens(), true
}

func sentences(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	var out []string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasSuffix(path, ".conllu"):
			if v, ok := strings.CutPrefix(line, "# text = "); ok {
				out = append(out, v)
			}
		case strings.HasSuffix(path, ".jsonl"):
			var r struct{ Text string }
			if json.Unmarshal([]byte(line), &r) == nil {
				out = append(out, split(r.Text)...)
			}
		default:
			out = append(out, split(line)...)
		}
	}
	return out, sc.Err()
}

// split cuts a text into sentences with package text, as the pipeline does.
func split(s string) []string {
	toks := text.Tokenize(s)
	var out []string
	for _, se := range text.Sentences(s, toks) {
		if se.First < se.Last {
			out = append(out, s[toks[se.First].Start:toks[se.Last-1].End])
		}
	}
	return out
}
