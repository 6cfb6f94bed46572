// Command gen compiles prose's part-of-speech tagger into the dense model
// file of package ptag. It reads the tagger's weights, tag dictionary and
// classes from prose's embedded assets (prose.Asset) and prose's
// emoticon list from the source of the prose module in use (found with
// `go list -m`), so the compiled model always matches the prose version
// in go.mod. Run by `go generate ./internal/nlp/...`:
//
//	go run ./internal/nlp/internal/gen -out internal/nlp/internal/ptag/model.bin
package main

import (
	"bytes"
	"encoding/gob"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/geoextract/geoextract/internal/nlp/internal/ptag"
)

func main() {
	out := flag.String("out", "model.bin", "file to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func decode(name string, v any) error {
	b, err := prose.Asset("model/AveragedPerceptron/" + name)
	if err != nil {
		return err
	}
	return gob.NewDecoder(bytes.NewReader(b)).Decode(v)
}

func run(out string) error {
	var weights map[string]map[string]float64
	var tags map[string]string
	var classes []string
	if err := decode("weights.gob", &weights); err != nil {
		return err
	}
	if err := decode("tags.gob", &tags); err != nil {
		return err
	}
	if err := decode("classes.gob", &classes); err != nil {
		return err
	}
	emoticons, err := proseEmoticons()
	if err != nil {
		return err
	}
	m, err := ptag.Compile(weights, tags, classes, emoticons)
	if err != nil {
		return err
	}
	data, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d features, %d classes, %d dictionary words, %d emoticons: %d bytes\n",
		len(weights), len(classes), len(tags), len(emoticons), len(data))
	return os.WriteFile(out, data, 0o644)
}

// proseEmoticons reads the keys of the emoticons map literal in prose's
// tokenize.go.
func proseEmoticons() ([]string, error) {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jdkato/prose/v2").Output()
	if err != nil {
		return nil, fmt.Errorf("go list prose: %w", err)
	}
	path := filepath.Join(strings.TrimSpace(string(dir)), "tokenize.go")
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		return nil, err
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "emoticons" || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if bl, ok := kv.Key.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				if s, err := strconv.Unquote(bl.Value); err == nil {
					out = append(out, s)
				}
			}
		}
		return false
	})
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no emoticons map found", path)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}
