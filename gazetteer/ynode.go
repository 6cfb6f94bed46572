package gazetteer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

// ykind is the kind of a ynode.
type ykind uint8

const (
	yScalar ykind = iota + 1
	ySeq
	yMap
)

func (k ykind) String() string {
	switch k {
	case yScalar:
		return "a string"
	case ySeq:
		return "a list"
	case yMap:
		return "a mapping"
	}
	return "nothing"
}

// ynode is the small YAML tree the schema walker reads. Both parsers
// produce it: the fast parser for the block-style subset that gazetteer
// files are written in (fastyaml.go), and yaml.v3 for everything else
// (see parseEntries).
// Line and col are 1-based and count characters, as in yaml.v3.
type ynode struct {
	kind      ykind
	null      bool // a scalar that resolves to null: empty, ~, null
	line, col int32
	value     string  // scalar value, unescaped
	content   []ynode // list items, or mapping keys and values alternating
}

// parseYAMLv3 parses data with yaml.v3 and converts the result.
func parseYAMLv3(data []byte, file string) (root *ynode, errs ErrorList) {
	defer func() {
		// yaml.v3 turns its own failures into errors; this guards
		// against the ones it might miss, so bad input never panics.
		if r := recover(); r != nil {
			root = nil
			errs = ErrorList{{Pos: Position{File: file}, Msg: fmt.Sprintf("invalid YAML: %v", r)}}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil // no document at all
		}
		return nil, ErrorList{yamlError(err, file)}
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, ErrorList{{Pos: Position{File: file, Line: extra.Line, Column: extra.Column},
			Msg: "a gazetteer file holds a single YAML document"}}
	case !errors.Is(err, io.EOF):
		return nil, ErrorList{yamlError(err, file)}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil
	}
	var n ynode
	if err := convertNode(&n, doc.Content[0], file, 0); err != nil {
		return nil, ErrorList{err}
	}
	return &n, nil
}

// maxDepth bounds the nesting of YAML collections. The gazetteer schema
// needs four levels.
const maxDepth = 32

func convertNode(dst *ynode, n *yaml.Node, file string, depth int) *Error {
	pos := Position{File: file, Line: n.Line, Column: n.Column}
	if depth > maxDepth {
		return &Error{Pos: pos, Msg: "YAML nested too deeply"}
	}
	dst.line, dst.col = int32(n.Line), int32(n.Column)
	switch n.Kind {
	case yaml.ScalarNode:
		dst.kind = yScalar
		dst.value = n.Value
		dst.null = n.ShortTag() == "!!null"
		return nil
	case yaml.SequenceNode:
		dst.kind = ySeq
	case yaml.MappingNode:
		dst.kind = yMap
	case yaml.AliasNode:
		return &Error{Pos: pos, Msg: "YAML aliases (*name) are not supported"}
	default:
		return &Error{Pos: pos, Msg: "unexpected YAML node"}
	}
	dst.content = make([]ynode, len(n.Content))
	for i, c := range n.Content {
		if err := convertNode(&dst.content[i], c, file, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// yamlLine finds the line number in yaml.v3 error messages.
var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): `)

// yamlError turns a yaml.v3 error into a positioned Error.
func yamlError(err error, file string) *Error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{Pos: Position{File: file, Line: line}, Msg: "invalid YAML: " + msg[len(m[0]):]}
	}
	if len(msg) > 6 && msg[:6] == "yaml: " {
		msg = msg[6:]
	}
	return &Error{Pos: Position{File: file}, Msg: "invalid YAML: " + msg}
}
