// Package wordlit finds the English words that a package's Go code knows
// by itself: string literals holding a lower-case word that the code
// compares a value with, or that it lists in a word list or set. Rules
// are data (internal/english/data/words.yaml); each package's
// TestWordLiterals uses this package to keep its Go free of them.
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
	"testing"
)

// word matches a literal that holds a lower-case English word: two
// letters in a row, or a letter joined to an apostrophe (the clitics "'s"
// and "n't").
var word = regexp.MustCompile(`[a-z]{2,}|['\x{2019}][a-z]|[a-z]['\x{2019}]`)

// notWords matches the literals that hold letters but no English word: a
// format string with a verb ("%s said"), a file name with an extension
// or a path ("words.yaml", "data/frames").
var notWords = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]|^[\w.-]*\.(yaml|yml|json|jsonl|txt|tsv|csv|gob|gz|model|go)$|/`)

// Find lists, as "file:line: literal", the string literals holding a word
// that the non-test Go files of dir compare a value with (operands of ==
// and !=, case labels, the affixes of strings.HasPrefix, HasSuffix,
// CutPrefix and CutSuffix, the arguments of strings.Contains, EqualFold
// and slices.Contains) or list in Go (composite literals of word lists,
// see listed; the arguments of a function named set). A word is two
// lower-case letters in a row or a letter joined to an apostrophe ("'s",
// "n't"); format strings, file names and paths hold none (notWords).
// The list is sorted.
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
			if err != nil || !word.MatchString(v) || notWords.MatchString(v) {
				return
			}
			p := fset.Position(lit.Pos())
			out = append(out, filepath.Base(p.Filename)+":"+strconv.Itoa(p.Line)+": "+lit.Value)
		}
		tables := nameTables(file)
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
			case *ast.CompositeLit:
				if n.Type != nil && !tables[n] {
					listed(n, n.Type, note)
				}
			case *ast.CallExpr:
				switch fn := n.Fun.(type) {
				case *ast.SelectorExpr:
					x, ok := fn.X.(*ast.Ident)
					if !ok || len(n.Args) != 2 {
						break
					}
					switch x.Name + "." + fn.Sel.Name {
					case "strings.HasPrefix", "strings.HasSuffix", "strings.CutPrefix", "strings.CutSuffix",
						"strings.Contains", "slices.Contains":
						note(n.Args[1])
					case "strings.EqualFold":
						note(n.Args[0])
						note(n.Args[1])
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

// listed notes the string elements, keys and values of the composite
// literal cl of type typ when it lists words, and goes into its elements
// whose type is left out ("{...}" in a [][]string or a
// map[string][]string). A slice of strings lists words, and so do the
// keys of a map to a bool, a string, a number, an empty struct or a slice
// of strings (a word set, or words with a value), and an array of
// strings in a function. A map to any other type (a pointer, a named
// type, an interface) reads the keys of a data format (YAML fields, JSON
// keys): no word list.
func listed(cl *ast.CompositeLit, typ ast.Expr, note func(ast.Expr)) {
	var key, elem ast.Expr
	switch t := typ.(type) {
	case *ast.ArrayType:
		elem = t.Elt
	case *ast.MapType:
		if plain(t.Value) {
			key = t.Key
		}
		elem = t.Value
	default:
		return
	}
	for _, e := range cl.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if key != nil {
				visit(kv.Key, key, note)
			}
			e = kv.Value
		}
		visit(e, elem, note)
	}
}

// nameTables returns the array literals ([N]string, [...]string) that
// are the whole value of a package-level variable: tables indexed by a
// typed constant, the names its String method writes and data files are
// read by (UD relations, trace stages), not word lists.
func nameTables(file *ast.File) map[*ast.CompositeLit]bool {
	tables := map[*ast.CompositeLit]bool{}
	for _, d := range file.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, sp := range g.Specs {
			for _, v := range sp.(*ast.ValueSpec).Values {
				if cl, ok := v.(*ast.CompositeLit); ok {
					if at, ok := cl.Type.(*ast.ArrayType); ok && at.Len != nil {
						tables[cl] = true
					}
				}
			}
		}
	}
	return tables
}

// plain reports whether a map to values of type t is a word set or maps
// words to values: t is a bool, a string, a number, an empty struct or a
// slice of strings.
func plain(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Ident:
		switch t.Name {
		case "bool", "string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
			"uint32", "uint64", "float32", "float64", "byte", "rune":
			return true
		}
	case *ast.StructType:
		return t.Fields == nil || len(t.Fields.List) == 0
	case *ast.ArrayType:
		id, ok := t.Elt.(*ast.Ident)
		return t.Len == nil && ok && id.Name == "string"
	}
	return false
}

// visit notes e, an element of a composite literal whose type is typ.
func visit(e, typ ast.Expr, note func(ast.Expr)) {
	if id, ok := typ.(*ast.Ident); ok && id.Name == "string" {
		note(e)
		return
	}
	if cl, ok := e.(*ast.CompositeLit); ok && cl.Type == nil {
		listed(cl, typ, note)
	}
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

// Check fails t with every word literal of the Go files of dir that
// allowed does not list (see [Unallowed]): the body of each package's
// TestWordLiterals.
func Check(t testing.TB, dir string, allowed map[string]string) {
	t.Helper()
	found, err := Find(dir)
	if err != nil {
		t.Fatal(err)
	}
	if bad := Unallowed(found, allowed); len(bad) > 0 {
		t.Errorf("%d word literals in Go; make them word classes (internal/english/data/words.yaml):\n%s",
			len(bad), strings.Join(bad, "\n"))
	}
}
