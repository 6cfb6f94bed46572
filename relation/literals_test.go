package relation

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
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

func TestWordLiteralsCount(t *testing.T) {
	got := wordLiterals(t, ".")
	t.Logf("%d word literals", len(got))
	for _, l := range got {
		t.Log(l)
	}
}
