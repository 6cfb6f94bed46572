package gazetteer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

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
			e := locateYAMLError(data, panicMessage(r), 0)
			e.Pos.File = file
			errs = ErrorList{e}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil // no document at all
		}
		return nil, ErrorList{yamlError(err, data, file)}
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, ErrorList{{Pos: Position{File: file, Line: extra.Line, Column: extra.Column},
			Msg: "a gazetteer file holds a single YAML document"}}
	case !errors.Is(err, io.EOF):
		return nil, ErrorList{yamlError(err, data, file)}
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

// yamlError turns a yaml.v3 error on data into a positioned Error.
// yaml.v3 gives a line at best, often that of the construct around the
// problem, and nothing for bad characters, so the position is computed
// here: see locateYAMLError.
func yamlError(err error, data []byte, file string) *Error {
	msg := err.Error()
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	e := locateYAMLError(data, msg, line)
	e.Pos.File = file
	return e
}

// maxLocate bounds the input on which locateYAMLError searches for the
// line of a syntax error by parsing prefixes (a few dozen parses).
const maxLocate = 1 << 20

// locateYAMLError finds the line and column of a problem yaml.v3 reported
// with msg, at line (0 when it gave none):
//
//   - invalid UTF-8 and characters YAML does not allow (NUL and other
//     controls) are found by scanning: the first one is the error;
//   - otherwise the problem is on the first line n such that the first n
//     lines alone give the same message (found by a binary search from
//     the line before yaml.v3's, which is never after the problem; in
//     inputs past maxLocate, yaml.v3's line). The column is that of the
//     bracket or quote left open on that line, for messages about them,
//     of a tab in the indentation, or else of the line's first
//     character.
func locateYAMLError(data []byte, msg string, line int) *Error {
	if off, bad := badChar(data); off >= 0 {
		l, c := lineCol(data, off)
		return &Error{Pos: Position{Line: l, Column: c}, Msg: "invalid YAML: " + bad}
	}
	starts := lineStarts(data)
	fails := func(n int) bool { // the first n lines give msg
		end := len(data)
		if n < len(starts) {
			end = starts[n]
		}
		return sameYAMLError(data[:end], msg)
	}
	// The problem is on line lo or after: yaml.v3 names the line of the
	// construct around it, or the next line for some scanner errors and
	// at the end of input. Past maxLocate, or when the search cannot
	// reproduce the message, yaml.v3's line stands.
	hi := len(starts)
	at := min(max(line, 1), hi)
	if len(data) <= maxLocate && fails(hi) {
		lo := min(max(line-1, 1), hi)
		for lo < hi {
			mid := lo + (hi-lo)/2
			if fails(mid) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		at = lo
	}
	text := data[starts[at-1]:]
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	col := utf8.RuneCount(text[:problemColumn(text, msg)]) + 1
	return &Error{Pos: Position{Line: at, Column: col}, Msg: "invalid YAML: " + msg}
}

// sameYAMLError reports whether yaml.v3 fails on data with msg (a panic
// counts as the message panicMessage gives).
func sameYAMLError(data []byte, msg string) (same bool) {
	defer func() {
		if r := recover(); r != nil {
			same = panicMessage(r) == msg
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var n yaml.Node
		err := dec.Decode(&n)
		if err == nil {
			continue
		}
		return strings.HasSuffix(err.Error(), ": "+msg) || err.Error() == "yaml: "+msg
	}
}

// panicMessage describes a panic of yaml.v3, which it should have
// returned as an error.
func panicMessage(r any) string { return fmt.Sprintf("the YAML parser failed (%v)", r) }

// problemColumn returns the byte offset in line of what msg is about.
func problemColumn(line []byte, msg string) int {
	indent := len(line) - len(bytes.TrimLeft(line, " \t"))
	if i := bytes.IndexByte(line[:indent], '\t'); i >= 0 {
		return i
	}
	if _, name, ok := strings.Cut(msg, "anchor '"); ok {
		name, _, _ = strings.Cut(name, "'")
		if i := bytes.Index(line, []byte("*"+name)); i >= 0 {
			return i
		}
	}
	var open []int // offsets of the brackets left open
	quote := byte(0)
	quoteAt, escAt := -1, -1
	for i := indent; i < len(line); i++ {
		c := line[i]
		switch {
		case quote == '"' && c == '\\':
			if escAt < 0 {
				escAt = i
			}
			i++
		case quote != 0 && c == quote:
			if quote == '\'' && i+1 < len(line) && line[i+1] == '\'' {
				i++ // an escaped quote
				continue
			}
			quote = 0
		case quote != 0:
		case c == '#' && (i == 0 || line[i-1] == ' '):
			i = len(line)
		case c == '"' || c == '\'':
			quote, quoteAt = c, i
		case c == '[' || c == '{':
			open = append(open, i)
		case (c == ']' || c == '}') && len(open) > 0:
			open = open[:len(open)-1]
		}
	}
	switch {
	case escAt >= 0 && strings.Contains(msg, "escape"):
		return escAt
	case quote != 0:
		return quoteAt
	case len(open) > 0 && strings.ContainsAny(msg, "]}"):
		return open[len(open)-1]
	}
	return indent
}

// badChar returns the offset of the first byte of data that is not valid
// UTF-8 or a character YAML does not allow, and says what it is; -1 when
// there is none.
func badChar(data []byte) (int, string) {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return i, fmt.Sprintf("invalid UTF-8 (byte 0x%02x)", data[i])
		case !yamlPrintable(r):
			return i, fmt.Sprintf("character %U is not allowed", r)
		}
		i += size
	}
	return -1, ""
}

// yamlPrintable reports whether YAML allows r in a stream (YAML 1.2
// c-printable, as yaml.v3 checks it).
func yamlPrintable(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0x7e || r == 0x85 ||
		r >= 0xa0 && r <= 0xd7ff || r >= 0xe000 && r <= 0xfffd || r >= 0x10000 && r <= 0x10ffff
}

// lineStarts returns the offset of the start of each line of data.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' && i+1 < len(data) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineCol returns the 1-based line and column (in characters) of offset
// off in data.
func lineCol(data []byte, off int) (int, int) {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, utf8.RuneCount(data[start:off]) + 1
}
