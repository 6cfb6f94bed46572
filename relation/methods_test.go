package relation

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"strings"
	"testing"
)

// maxMethods bounds the methods declared on any one type of the package
// (issue 9): a stage's methods live on a view of the sentence of its own
// (scanReader, triggerReader, graphReader, …), not on sentence.
const maxMethods = 30

// TestMethodSetSize counts the methods declared on each type of the
// package's non-test files and fails when one has more than maxMethods.
func TestMethodSetSize(t *testing.T) {
	fset := token.NewFileSet()
	ents, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) == 0 {
				continue
			}
			count[receiverType(fd.Recv.List[0].Type)]++
		}
	}
	if count["sentence"] == 0 {
		t.Fatal("found no methods of sentence: the test reads the wrong directory")
	}
	var types []string
	for typ := range count {
		types = append(types, typ)
	}
	sort.Strings(types)
	for _, typ := range types {
		if n := count[typ]; n > maxMethods {
			t.Errorf("type %s has %d methods, more than %d: move a stage's methods to a view of their own", typ, n, maxMethods)
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
