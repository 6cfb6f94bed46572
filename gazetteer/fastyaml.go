package gazetteer

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The fast parser reads the block-style YAML subset that gazetteer files
// are written in, an order of magnitude faster than yaml.v3 and with far
// less memory, which matters for large user files: yaml.v3 takes 4 s and
// 800 MB for a million aliases (the embedded world data no longer goes
// through YAML at all; see binary.go).
// The subset:
//
//   - block mappings and block sequences indented with spaces, a sequence
//     possibly at the same indentation as its parent key;
//   - "- key: value" items (a mapping starting on the dash line);
//   - single-line scalars: plain, 'single-quoted' and "double-quoted" with
//     the escapes \\ \" \n \t \xXX \uXXXX;
//   - single-line flow sequences of scalars, [a, "b", 'c'], and flow
//     mappings of scalars, {title: Minister, from: 2022};
//   - comments and blank lines, and one leading "---".
//
// Anything else (tabs outside comment lines, CR, block scalars,
// multi-line scalars, nested or multi-line flow collections, anchors,
// aliases, tags, several documents, unusual characters) makes it give up
// with a fastFail, and the caller parses with yaml.v3 instead. The fast parser therefore never reports syntax errors itself:
// on every input it accepts it builds the same tree as yaml.v3 would,
// which FuzzFastYAML checks.

// fastFail says why, and where, the fast parser gave up.
type fastFail struct {
	line   int
	reason string
}

func (f *fastFail) Error() string { return fmt.Sprintf("line %d: %s", f.line, f.reason) }

// fastParser is a cursor over the lines of the input.
type fastParser struct {
	src  string
	next int // offset of the line after the current one

	// The current line: its number, indentation (in spaces) and text
	// after the indentation, without the line break. ind is -1 at the end
	// of input. For "- key: value" items the cursor is moved onto the key,
	// as if the dash and spaces were indentation.
	line int
	ind  int
	text string

	// colOff and colRunes cache the rune count of text[:colOff], so that
	// columns along a long line cost linear time in all.
	colOff, colRunes int

	depth int

	// stack holds the children of the collections being parsed; each
	// collection copies its own out of it into the arena when it ends.
	stack []ynode
	arena nodeArena

	// stream, when set, receives the items of the top-level "entities"
	// list one by one, instead of their being built into the tree. An
	// item and its children are overwritten after stream returns, so the
	// tree of a large file never exists in memory all at once.
	stream      func(*ynode)
	sawEntities bool // the top-level entities key has been seen
}

// nodeArena hands out child slices from large chunks. Memory handed out
// after a mark can be reused by resetting to the mark.
type nodeArena struct {
	chunks [][]ynode
	cur    int // the chunk in use
	off    int // nodes used in it
}

type arenaMark struct{ cur, off int }

func (a *nodeArena) mark() arenaMark   { return arenaMark{a.cur, a.off} }
func (a *nodeArena) reset(m arenaMark) { a.cur, a.off = m.cur, m.off }
func (a *nodeArena) alloc(n int) []ynode {
	for a.cur < len(a.chunks) {
		c := a.chunks[a.cur]
		if a.off+n <= len(c) {
			s := c[a.off : a.off+n : a.off+n]
			a.off += n
			return s
		}
		a.cur++
		a.off = 0
	}
	// Chunks grow from 64 to 4096 nodes, so small inputs stay small.
	c := make([]ynode, max(n, min(4096, 64<<len(a.chunks))))
	a.chunks = append(a.chunks, c)
	a.cur = len(a.chunks) - 1
	a.off = n
	return c[:n:n]
}

// parseFast parses data if it is in the fast subset. A nil node with a
// nil error means an empty document.
func parseFast(data []byte) (n *ynode, err error) { return parseFastStream(string(data), nil) }

// parseFastStream is parseFast that hands each item of the top-level
// "entities" block list to stream (when not nil) instead of keeping it in
// the tree; the returned tree then has an empty entities list. When it
// fails, stream may have seen some of the items.
func parseFastStream(src string, stream func(*ynode)) (n *ynode, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(*fastFail)
			if !ok {
				panic(r) // a bug, not bad input
			}
			n, err = nil, f
		}
	}()
	if line, reason := fastPrescan(src); reason != "" {
		return nil, &fastFail{line, reason}
	}
	p := &fastParser{src: src, stream: stream}
	p.advance()
	if p.ind == 0 && p.text == "---" {
		p.advance()
	}
	if p.ind < 0 {
		return nil, nil
	}
	p.stack = make([]ynode, 0, 64)
	root := p.parseBlock(0)
	if p.ind >= 0 {
		p.fail("content after the top-level value")
	}
	return &root, nil
}

func (p *fastParser) fail(reason string) {
	panic(&fastFail{p.line, reason})
}

// fastPrescan rejects characters whose YAML treatment the fast parser does
// not reproduce: tabs, carriage returns and other control characters,
// invalid UTF-8, byte order marks, the Unicode line breaks NEL, LS and PS,
// and other characters that YAML does not allow. It also rejects
// directives and document markers other than a first "---" line.
func fastPrescan(s string) (line int, reason string) {
	line = 1
	lineStart := true
	comment := false // in a comment line, where tabs are harmless
	for i := 0; i < len(s); {
		c := s[i]
		if lineStart {
			lineStart = false
			if c == '%' {
				return line, "directive"
			}
			if strings.HasPrefix(s[i:], "---") || strings.HasPrefix(s[i:], "...") {
				if i != 0 || !(len(s) == 3 || s[3] == '\n') {
					return line, "document marker"
				}
			}
			j := i
			for j < len(s) && s[j] == ' ' {
				j++
			}
			comment = j < len(s) && s[j] == '#'
		}
		if c >= 0x20 && c < 0x7f {
			// Printable ASCII, most of a file: skip the run at once.
			i = printableEnd(s, i+1)
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				line++
				lineStart = true
			case c == '\t' && comment:
			case c < 0x20 || c == 0x7f:
				return line, fmt.Sprintf("control character %#x", c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return line, "invalid UTF-8"
		}
		if !(r >= 0xA0 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000) ||
			r == 0xFEFF || r == 0x2028 || r == 0x2029 {
			return line, fmt.Sprintf("character %U", r)
		}
		i += size
	}
	return 0, ""
}

// printableEnd returns the index of the first byte of s at or after i
// that is not printable ASCII (0x20 to 0x7e), or len(s). It tests eight
// bytes at a time.
func printableEnd(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// High bit set in a byte's lane: below 0x20, 0x7f, or 0x80 and up
		// (a borrow may flag lanes past the first such byte, which the
		// byte loop below then finds exactly).
		del := x ^ 0x7f*ones
		if ((x-0x20*ones)&^x|x|(del-ones)&^del)&highs != 0 {
			break
		}
	}
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
		i++
	}
	return i
}

// advance moves to the next line that is neither blank nor a comment.
func (p *fastParser) advance() {
	for p.next < len(p.src) {
		p.line++
		start := p.next
		end := strings.IndexByte(p.src[start:], '\n')
		if end < 0 {
			end = len(p.src)
			p.next = end
		} else {
			end += start
			p.next = end + 1
		}
		l := p.src[start:end]
		ind := 0
		for ind < len(l) && l[ind] == ' ' {
			ind++
		}
		if ind == len(l) || l[ind] == '#' {
			continue
		}
		p.setLine(ind, l[ind:])
		return
	}
	p.setLine(-1, "")
}

// setLine makes text, indented by ind, the current line.
func (p *fastParser) setLine(ind int, text string) {
	p.ind, p.text = ind, text
	p.colOff, p.colRunes = 0, 0
}

// col returns the 1-based column of byte offset off in p.text.
func (p *fastParser) col(off int) int32 {
	if off < p.colOff {
		p.colOff, p.colRunes = 0, 0
	}
	p.colRunes += utf8.RuneCountInString(p.text[p.colOff:off])
	p.colOff = off
	return int32(p.ind + p.colRunes + 1)
}

// isDash reports whether the current line starts a sequence item.
func (p *fastParser) isDash() bool {
	t := p.text
	return len(t) > 0 && t[0] == '-' && (len(t) == 1 || t[1] == ' ')
}

// parseBlock parses the block collection that starts on the current line.
func (p *fastParser) parseBlock(minInd int) ynode {
	if p.ind < minInd {
		p.fail("bad indentation")
	}
	p.enter()
	defer p.leave()
	if p.isDash() {
		return p.parseSeq(false)
	}
	return p.parseMap()
}

func (p *fastParser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.fail("nested too deeply")
	}
}

func (p *fastParser) leave() { p.depth-- }

// children pops the nodes pushed since base and returns them.
func (p *fastParser) children(base int) []ynode {
	if len(p.stack) == base {
		return nil
	}
	c := p.arena.alloc(len(p.stack) - base)
	copy(c, p.stack[base:])
	clear(p.stack[base:])
	p.stack = p.stack[:base]
	return c
}

// parseSeq parses a block sequence whose dashes are at the current
// line's indentation.
func (p *fastParser) parseSeq(stream bool) ynode {
	ind := p.ind
	n := ynode{kind: ySeq, line: int32(p.line), col: int32(ind + 1)}
	base := len(p.stack)
	mark := p.arena.mark()
	for p.ind == ind && p.isDash() {
		var item ynode
		// Skip the dash and the spaces after it.
		k := 1
		for k < len(p.text) && p.text[k] == ' ' {
			k++
		}
		rest := p.text[k:]
		switch {
		case rest == "" || rest[0] == '#':
			if rest != "" && p.text[k-1] != ' ' {
				p.fail("comment without a space")
			}
			line, col := p.line, int32(ind+2)
			p.advance()
			if p.ind > ind {
				item = p.parseBlock(ind + 1)
			} else {
				item = ynode{kind: yScalar, null: true, line: int32(line), col: col}
			}
		case rest[0] == '-' && (len(rest) == 1 || rest[1] == ' '):
			p.fail("nested sequence on a dash line")
		default:
			if p.isKey(rest) {
				// A mapping that starts on the dash line: treat the dash
				// and its spaces as indentation.
				p.setLine(p.ind+k, rest)
				p.enter()
				item = p.parseMap()
				p.leave()
			} else {
				item = p.inlineValue(k)
				p.advance()
			}
		}
		if stream {
			p.stream(&item)
			p.arena.reset(mark)
		} else {
			p.stack = append(p.stack, item)
		}
		if p.ind > ind {
			p.fail("bad indentation after a sequence item")
		}
	}
	n.content = p.children(base)
	return n
}

// isKey reports whether s, the start of a line's text, is "key: ..." with
// a plain or quoted key.
func (p *fastParser) isKey(s string) bool {
	switch s[0] {
	case '[', '{':
		return false // a flow collection; inlineValue checks what follows it
	case '"', '\'':
		end := quotedEnd(s)
		return end > 0 && end < len(s) && s[end] == ':'
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':':
			if i+1 == len(s) || s[i+1] == ' ' {
				return true
			}
		case '#':
			if i > 0 && s[i-1] == ' ' {
				return false
			}
		}
	}
	return false
}

// quotedEnd returns the offset just after the quoted scalar at the start
// of s, or -1 when it is not closed on this line.
func quotedEnd(s string) int {
	q := s[0]
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if q == '"' {
				i++
			}
		case q:
			if q == '\'' && i+1 < len(s) && s[i+1] == '\'' {
				i++
				continue
			}
			return i + 1
		}
	}
	return -1
}

// parseMap parses a block mapping whose keys are at the current line's
// indentation.
func (p *fastParser) parseMap() ynode {
	ind := p.ind
	n := ynode{kind: yMap, line: int32(p.line), col: int32(ind + 1)}
	base := len(p.stack)
	for p.ind == ind {
		if p.isDash() {
			p.fail("sequence item in a mapping")
		}
		key, colon := p.key()
		// The entities list of the top-level mapping may be streamed: the
		// first one only, as a repeated key is an error whose value the
		// loader does not read.
		stream := p.stream != nil && p.depth == 1 && key.value == "entities" && !p.sawEntities
		if p.depth == 1 && key.value == "entities" {
			p.sawEntities = true
		}
		var val ynode
		// After "key:" comes an inline value, or the value starts on the
		// next line.
		k := colon + 1
		for k < len(p.text) && p.text[k] == ' ' {
			k++
		}
		if k < len(p.text) && p.text[k] != '#' {
			if k == colon+1 {
				p.fail("no space after a colon")
			}
			val = p.inlineValue(k)
			p.advance()
		} else {
			if k < len(p.text) && k == colon+1 {
				p.fail("comment without a space")
			}
			line, col := p.line, p.col(colon+1)
			p.advance()
			switch {
			case p.ind > ind && !(stream && p.isDash()):
				val = p.parseBlock(ind + 1)
			case p.ind > ind || p.ind == ind && p.isDash():
				// A sequence may sit at its key's indentation.
				p.enter()
				val = p.parseSeq(stream)
				p.leave()
			default:
				val = ynode{kind: yScalar, null: true, line: int32(line), col: col}
			}
		}
		p.stack = append(p.stack, key, val)
		if p.ind > ind {
			p.fail("bad indentation after a mapping value")
		}
	}
	n.content = p.children(base)
	return n
}

// key parses the key at the start of the current line and returns it with
// the offset of the colon after it.
func (p *fastParser) key() (dst ynode, end int) {
	s := p.text
	dst = ynode{kind: yScalar, line: int32(p.line), col: int32(p.ind + 1)}
	switch s[0] {
	case '"', '\'':
		end = quotedEnd(s)
		if end < 0 {
			p.fail("unterminated quoted key")
		}
		dst.value = p.unquote(s[:end])
	default:
		if isIndicator(s[0]) {
			p.fail("key starts with an indicator")
		}
		end = strings.Index(s, ": ")
		if end < 0 {
			if !strings.HasSuffix(s, ":") {
				p.fail("expected a key")
			}
			end = len(s) - 1
		}
		dst.value = s[:end]
		if strings.HasSuffix(dst.value, " ") || strings.Contains(dst.value, " #") {
			p.fail("unusual key")
		}
		dst.null = isNullPlain(dst.value)
	}
	if end >= len(s) || s[end] != ':' {
		p.fail("expected a colon after the key")
	}
	if end > 1000 {
		p.fail("long key")
	}
	return dst, end
}

// isIndicator reports whether c cannot start a plain scalar in the fast
// subset (YAML allows some of these in some contexts; yaml.v3 decides).
func isIndicator(c byte) bool {
	return strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", c) >= 0
}

// isNullPlain reports whether a plain scalar resolves to null.
func isNullPlain(s string) bool {
	switch s {
	case "", "~", "null", "Null", "NULL":
		return true
	}
	return false
}

// inlineValue parses the value that starts at p.text[k] and runs to the
// end of the line (a scalar or a flow sequence), leaving only an optional
// comment after it.
func (p *fastParser) inlineValue(k int) (dst ynode) {
	s := p.text[k:]
	dst = ynode{kind: yScalar, line: int32(p.line), col: p.col(k)}
	var end int
	switch s[0] {
	case '"', '\'':
		end = quotedEnd(s)
		if end < 0 {
			p.fail("multi-line quoted scalar")
		}
		dst.value = p.unquote(s[:end])
	case '[':
		end = p.flowSeq(&dst, k)
	case '{':
		end = p.flowMap(&dst, k)
	default:
		if isIndicator(s[0]) {
			p.fail("value starts with an indicator")
		}
		end = len(s)
		if i := strings.Index(s, " #"); i >= 0 {
			end = i
		}
		v := strings.TrimRight(s[:end], " ")
		if strings.Contains(v, ": ") || strings.HasSuffix(v, ":") {
			p.fail("colon in a plain value")
		}
		dst.value = v
		dst.null = isNullPlain(v)
		return dst
	}
	p.trailer(s[end:])
	return dst
}

// trailer checks that only spaces and a comment follow a value.
func (p *fastParser) trailer(s string) {
	t := strings.TrimLeft(s, " ")
	if t != "" && (t[0] != '#' || len(t) == len(s)) {
		p.fail("text after a value")
	}
}

// flowSeq parses a one-line flow sequence of scalars at p.text[k] and
// returns the offset, relative to k, just after its closing bracket.
func (p *fastParser) flowSeq(dst *ynode, k int) int {
	dst.kind = ySeq
	base := len(p.stack)
	defer func() { dst.content = p.children(base) }()
	s := p.text
	i := p.skipSpaces(k + 1)
	if i < len(s) && s[i] == ']' {
		return i + 1 - k
	}
	for {
		var item ynode
		item, i = p.flowScalar(i, false)
		p.stack = append(p.stack, item)
		i = p.skipSpaces(i)
		switch {
		case i < len(s) && s[i] == ',':
			i = p.skipSpaces(i + 1)
			if i < len(s) && s[i] == ']' { // a trailing comma
				return i + 1 - k
			}
		case i < len(s) && s[i] == ']':
			return i + 1 - k
		default:
			p.fail("bad flow sequence")
		}
	}
}

// flowMap parses a one-line flow mapping of scalars at p.text[k] and
// returns the offset, relative to k, just after its closing brace.
func (p *fastParser) flowMap(dst *ynode, k int) int {
	dst.kind = yMap
	base := len(p.stack)
	defer func() { dst.content = p.children(base) }()
	s := p.text
	i := p.skipSpaces(k + 1)
	if i < len(s) && s[i] == '}' {
		return i + 1 - k
	}
	for {
		var key, val ynode
		key, i = p.flowScalar(i, true)
		if i+1 >= len(s) || s[i] != ':' || s[i+1] != ' ' {
			p.fail("bad flow mapping key")
		}
		val, i = p.flowScalar(p.skipSpaces(i+1), true)
		p.stack = append(p.stack, key, val)
		i = p.skipSpaces(i)
		switch {
		case i < len(s) && s[i] == ',':
			i = p.skipSpaces(i + 1)
			if i < len(s) && s[i] == '}' { // a trailing comma
				return i + 1 - k
			}
		case i < len(s) && s[i] == '}':
			return i + 1 - k
		default:
			p.fail("bad flow mapping")
		}
	}
}

func (p *fastParser) skipSpaces(i int) int {
	for i < len(p.text) && p.text[i] == ' ' {
		i++
	}
	return i
}

// flowScalar parses a scalar inside a flow collection at p.text[i] and
// returns it with the offset after it. In a mapping (inMap), a plain
// scalar ends at a colon; the caller checks what follows.
func (p *fastParser) flowScalar(i int, inMap bool) (ynode, int) {
	s := p.text
	if i == len(s) {
		p.fail("multi-line flow collection")
	}
	item := ynode{kind: yScalar, line: int32(p.line), col: p.col(i)}
	switch c := s[i]; c {
	case '"', '\'':
		end := quotedEnd(s[i:])
		if end < 0 {
			p.fail("multi-line quoted scalar")
		}
		item.value = p.unquote(s[i : i+end])
		i += end
		if j := p.skipSpaces(i); j < len(s) && s[j] == ':' && (!inMap || j != i) {
			p.fail("colon after a quoted flow scalar")
		}
	default:
		if isIndicator(c) {
			p.fail("flow scalar starts with an indicator")
		}
		j := i
	scan:
		for j < len(s) {
			if !flowSpecial[s[j]] {
				j++
				continue
			}
			switch s[j] {
			case ',', ']', '}':
				break scan
			case ':':
				if inMap && j+1 < len(s) && s[j+1] == ' ' {
					break scan
				}
				p.fail("colon in a flow scalar")
			case '#', '?', '[', '{':
				p.fail("unusual character in a flow scalar")
			}
			j++
		}
		item.value = strings.TrimRight(s[i:j], " ")
		if item.value == "" || inMap && j < len(s) && s[j] == ':' && item.value != s[i:j] {
			p.fail("unusual flow scalar")
		}
		item.null = isNullPlain(item.value)
		i = j
	}
	return item, i
}

// flowSpecial marks the bytes that end or spoil a plain flow scalar,
// which flowScalar looks at closer; it is never written.
var flowSpecial = func() (t [256]bool) {
	for _, c := range []byte(",]}:#?[{") {
		t[c] = true
	}
	return t
}()

// unquote returns the value of a quoted scalar, quotes included in q.
func (p *fastParser) unquote(q string) string {
	body := q[1 : len(q)-1]
	if q[0] == '\'' {
		return strings.ReplaceAll(body, "''", "'")
	}
	if strings.IndexByte(body, '\\') < 0 {
		return body
	}
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		switch body[i] {
		case '\\', '"':
			b.WriteByte(body[i])
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'x', 'u':
			n := 2
			if body[i] == 'u' {
				n = 4
			}
			if i+n >= len(body) {
				p.fail("short escape")
			}
			var r rune
			for _, h := range body[i+1 : i+1+n] {
				d := hexDigit(h)
				if d < 0 {
					p.fail("bad escape")
				}
				r = r<<4 | d
			}
			if r >= 0xD800 && r <= 0xDFFF {
				p.fail("surrogate in escape")
			}
			b.WriteRune(r)
			i += n
		default:
			p.fail("unsupported escape")
		}
	}
	return b.String()
}

func hexDigit(c rune) rune {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}
