// Package methods counts the methods each type of a package declares, for
// the tests that bound them (issue #9: no method set over 30; a stage's
// methods live on a view of their own).
package methods

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Count returns, for each type with methods declared in the non-test Go
// files of dir, the number of its declared methods (those of embedded
// types are not counted).
func Count(dir string) (map[string]int, error) {
	fset := token.NewFileSet()
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	count := map[string]int{}
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) == 0 {
				continue
			}
			count[receiverType(fd.Recv.List[0].Type)]++
		}
	}
	return count, nil
}

// Check fails t when a type of the Go files of dir declares more than limit
// methods: the body of each package's TestMethodSetSize. anchor is a type
// that must have methods there, so that a wrong dir does not pass.
func Check(t testing.TB, dir, anchor string, limit int) {
	t.Helper()
	count, err := Count(dir)
	if err != nil {
		t.Fatal(err)
	}
	if count[anchor] == 0 {
		t.Fatalf("found no methods of %s: the test reads the wrong directory", anchor)
	}
	for _, typ := range slices.Sorted(maps.Keys(count)) {
		if n := count[typ]; n > limit {
			t.Errorf("type %s has %d methods, more than %d: move a stage's methods to a view of their own", typ, n, limit)
		}
	}
}

// receiverType returns the name of a receiver's base type: T for T, *T,
// T[P] and *T[P].
func receiverType(x ast.Expr) string {
	for {
		switch r := x.(type) {
		case *ast.StarExpr:
			x = r.X
		case *ast.IndexExpr:
			x = r.X
		case *ast.IndexListExpr:
			x = r.X
		case *ast.ParenExpr:
			x = r.X
		case *ast.Ident:
			return r.Name
		default:
			return ""
		}
	}
}
