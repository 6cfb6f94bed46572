package relation

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// wordLiteral is a string literal that holds a lower-case English word.
var wordLiteral = regexp.MustCompile(`[a-z]{2,}`)

// wordLiterals lists, as "file:line: literal", the string literals holding
// a word that the non-test Go files of dir compare a value with: operands
// of == and !=, case labels, and the affixes of strings.HasPrefix,
// HasSuffix, CutPrefix and CutSuffix.
func wordLiterals(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		note := func(e ast.Expr) {
			lit, ok := e.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return
			}
			v, err := strconv.Unquote(lit.Value)
			if err != nil || !wordLiteral.MatchString(v) {
				return
			}
			p := fset.Position(lit.Pos())
			out = append(out, filepath.Base(p.Filename)+":"+strconv.Itoa(p.Line)+": "+lit.Value)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op == token.EQL || n.Op == token.NEQ {
					note(n.X)
					note(n.Y)
				}
			case *ast.CaseClause:
				for _, e := range n.List {
					note(e)
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
					if x, ok := sel.X.(*ast.Ident); ok && x.Name == "strings" && len(n.Args) == 2 {
						switch sel.Sel.Name {
						case "HasPrefix", "HasSuffix", "CutPrefix", "CutSuffix":
							note(n.Args[1])
						}
					}
				}
			}
			return true
		})
	}
	slices.Sort(out)
	return out
}

// allowedLiterals are the word literals Go may compare with: the keys
// and keywords of the YAML formats (lexicon fields, object frames, YAML
// tags). Everything else a
// comparison needs to know about English is a word class of
// internal/english/data/words.yaml.
var allowedLiterals = map[string]string{
	"lexicon.go": `"!!null" "!!bool" "true" "True" "triggers" "words" "verb" "noun" "word" "forms" "then" "cameo"
		"object" "person" "force" "target" "org" "nullable" "symmetric" "complement" "intended" "possible"
		"denied" "negated" "direct" "any" "clause" "that"`,
	"parse.go": `"direct" "any" "clause" "that" "replace_subject" "replace_object" "predicate_tags"`,
}

// TestWordLiterals checks that the non-test Go files of the package
// compare no English word inline: rules are data. At the start of this
// check (branch words) there were 341 such literals; the only ones left
// are the format keywords of allowedLiterals.
func TestWordLiterals(t *testing.T) {
	var bad []string
	for _, l := range wordLiterals(t, ".") {
		file, lit, _ := strings.Cut(l, ": ")
		file, _, _ = strings.Cut(file, ":")
		if !slices.Contains(strings.Fields(allowedLiterals[file]), lit) {
			bad = append(bad, l)
		}
	}
	if len(bad) > 0 {
		t.Errorf("%d word literals compared inline; make them word classes (internal/english/data/words.yaml):\n%s",
			len(bad), strings.Join(bad, "\n"))
	}
}

// TestWordLiteralsFinds checks that the counter sees the forms it counts.
func TestWordLiteralsFinds(t *testing.T) {
	dir := t.TempDir()
	src := `package p

import "strings"

func f(w string) bool {
	switch w {
	case "of", ",":
		return true
	}
	return w == "to" || "by" != w || strings.HasSuffix(w, "ing") || w == ";"
}
`
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "p_test.go"), []byte("package p\n\nvar _ = \"x\" == \"to\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := []string{`p.go:10: "by"`, `p.go:10: "ing"`, `p.go:10: "to"`, `p.go:7: "of"`}
	if diff := cmp.Diff(want, wordLiterals(t, dir)); diff != "" {
		t.Errorf("wordLiterals mismatch (-want +got):\n%s", diff)
	}
}
