// Package wordlit finds the English words that a package's Go code knows
// by itself: string literals holding a lower-case word that the code
// compares a value with, or that it lists in a word set. Rules are data
// (internal/english/data/words.yaml); each package's TestWordLiterals uses
// this package to keep its Go free of them.
package wordlit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// word matches a literal that holds a lower-case English word.
var word = regexp.MustCompile(`[a-z]{2,}`)

// Find lists, as "file:line: literal", the string literals holding a word
// that the non-test Go files of dir compare a value with (operands of ==
// and !=, case labels, the affixes of strings.HasPrefix, HasSuffix,
// CutPrefix and CutSuffix) or pass to a function named set (a word list
// in Go). The list is sorted.
func Find(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			return nil, err
		}
		note := func(e ast.Expr) {
			lit, ok := e.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return
			}
			v, err := strconv.Unquote(lit.Value)
			if err != nil || !word.MatchString(v) {
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
				switch fn := n.Fun.(type) {
				case *ast.SelectorExpr:
					if x, ok := fn.X.(*ast.Ident); ok && x.Name == "strings" && len(n.Args) == 2 {
						switch fn.Sel.Name {
						case "HasPrefix", "HasSuffix", "CutPrefix", "CutSuffix":
							note(n.Args[1])
						}
					}
				case *ast.Ident:
					if fn.Name == "set" {
						for _, a := range n.Args {
							note(a)
						}
					}
				}
			}
			return true
		})
	}
	slices.Sort(out)
	return out, nil
}

// Words counts the words of the literals Find lists: a word list passed to
// set counts each of its words.
func Words(found []string) int {
	n := 0
	for _, l := range found {
		_, lit, _ := strings.Cut(l, ": ")
		v, err := strconv.Unquote(lit)
		if err != nil {
			n++
			continue
		}
		n += max(1, len(strings.Fields(v)))
	}
	return n
}

// Unallowed returns the literals of found that allowed does not list for
// their file: allowed maps a file's base name to its allowed literals,
// written as in Go source and separated by white space.
func Unallowed(found []string, allowed map[string]string) []string {
	var bad []string
	for _, l := range found {
		file, lit, _ := strings.Cut(l, ": ")
		file, _, _ = strings.Cut(file, ":")
		if !slices.Contains(strings.Fields(allowed[file]), lit) {
			bad = append(bad, l)
		}
	}
	return bad
}
