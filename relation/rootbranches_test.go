package relation

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// rootComparers are the non-test files that may compare a predicate with
// a named CAMEO root: only the file defining the roots (relation.go, whose
// valid is the range of them all). Every behaviour of a root is data
// (data/roots/roots.yaml), asked through rootBehaviours.has.
var rootComparers = map[string]bool{"relation.go": true}

// TestNoRootBranches checks that no other non-test Go file of the package
// compares with a CAMEO root constant (==, !=, <, <=, >, >=), uses one as
// a case label or lists one in a set or map literal: which roots behave
// how is data. Coding an event with a root (Predicate: Reject) is no
// branch. At the start (issue #9, item 2) there were 34 such branches.
func TestNoRootBranches(t *testing.T) {
	fset := token.NewFileSet()
	roots := rootConstants(t, fset)
	if len(roots) != int(MassViolence)+1 {
		t.Fatalf("found %d root constants in relation.go and complement.go, want %d", len(roots), MassViolence+1)
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") || rootComparers[file] {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		isRoot := func(e ast.Expr) bool {
			id, ok := ast.Unparen(e).(*ast.Ident)
			return ok && roots[id.Name]
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				switch n.Op {
				case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
					if isRoot(n.X) || isRoot(n.Y) {
						found = append(found, fset.Position(n.Pos()).String())
					}
				}
			case *ast.CompositeLit:
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						e = kv.Key // a map keyed by a root; a field set to one is no branch
					}
					if isRoot(e) {
						found = append(found, fset.Position(e.Pos()).String())
					}
				}
			case *ast.CaseClause:
				for _, e := range n.List {
					if isRoot(e) {
						found = append(found, fset.Position(e.Pos()).String())
					}
				}
			}
			return true
		})
	}
	if len(found) > 0 {
		t.Errorf("branches on a named CAMEO root (state the behaviour in %s):\n%s", rootsFile, strings.Join(found, "\n"))
	}
}

// rootConstants returns the names of the constants of type Predicate:
// the roots of relation.go and YieldRoot, an alias kept for the API.
func rootConstants(t *testing.T, fset *token.FileSet) map[string]bool {
	names := map[string]bool{}
	for _, file := range []string{"relation.go", "complement.go"} {
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			typed := false
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); ok {
					typed = id.Name == "Predicate"
				}
				for k, name := range vs.Names {
					alias := k < len(vs.Values) && isIdent(vs.Values[k], "Yield")
					if typed || alias {
						names[name.Name] = true
					}
				}
			}
		}
	}
	return names
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
