package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// dictionary is the verb part of a PETRARCH CAMEO verb dictionary: its
// synonym sets and its verb blocks. It is read once and not changed after.
type dictionary struct {
	synsets map[string][]string // "&WEAPON" → lower-case phrases, words separated by spaces
	blocks  []*block
}

// block is one "--- NAME [code] ---" group: synonymous verbs, each coded by
// its own code or the block's, and the patterns that refine them.
type block struct {
	name     string
	code     string // "" for the null code "---"
	line     int
	verbs    []dictVerb
	patterns []dictPattern
}

// dictVerb is a verb line: "SPEED {SPEEDING SPEEDS SPED } [190]" or a
// particle verb "+CALL_OFF {+CALLS_OFF} [160]".
type dictVerb struct {
	words []string // lower-case: the verb, then its particles ("call", "off")
	forms []string // irregular forms of the verb itself
	code  string   // own code; "" when the block's applies
	line  int
}

func (v dictVerb) lemma() string { return v.words[0] }

// dictPattern is a pattern line: "- * (TO BORDER) [154] # RUSH".
type dictPattern struct {
	toks []string // "*", "+", "$", "%", "^", "(", ")", "{", "}", "&SYN" or a word, upper-case as written
	code string   // the code before any ":"; "" for none
	verb string   // the verb named in the comment, lower-case; "" if none
	line int
}

var (
	blockRe   = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]`)
	verbRe    = regexp.MustCompile(`^\+?([A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?\s*$`)
	patCodeRe = regexp.MustCompile(`\[([^\]]*)\]\s*$`)
)

// parseDictionary reads the synonym sets and the verb patterns of r; name
// is used in error positions. Lines it cannot read are reported as
// name:line errors and skipped; the rest is kept.
func parseDictionary(r io.Reader, name string) (*dictionary, []error) {
	d := &dictionary{synsets: map[string][]string{}}
	var errs []error
	bad := func(n int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, args...)))
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	const (
		preamble = iota
		synsets
		verbs
		after
	)
	section := preamble
	var syn string // current synonym set label
	var cur *block
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if strings.HasPrefix(raw, "#######") {
			switch {
			case strings.Contains(raw, "SYNONYM SETS"):
				section = synsets
			case strings.Contains(raw, "VERB PATTERNS"):
				section = verbs
			default:
				section = after
			}
			continue
		}
		line, comment, _ := strings.Cut(raw, "#")
		line, _, _ = strings.Cut(line, ";") // the legacy TABARI comment
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<") {
			continue
		}
		switch section {
		case synsets:
			switch {
			case line[0] == '&':
				syn = strings.Fields(line)[0]
			case line[0] == '+' && syn != "":
				p := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(line, "+"), "_", " "))
				if p = strings.Join(strings.Fields(p), " "); p != "" {
					d.synsets[syn] = append(d.synsets[syn], p)
				}
			}
		case verbs:
			switch {
			case strings.HasPrefix(line, "---"):
				m := blockRe.FindStringSubmatch(line)
				if m == nil {
					bad(n, "block header %q: want \"--- NAME [code] ---\"", line)
					cur = nil
					continue
				}
				cur = &block{name: m[1], code: cleanCode(m[2]), line: n}
				d.blocks = append(d.blocks, cur)
			case line[0] == '-':
				if cur == nil {
					bad(n, "pattern outside a block")
					continue
				}
				p, msg := parsePattern(line[1:], comment)
				if msg != "" {
					bad(n, "pattern %q: %s", line, msg)
					continue
				}
				p.line = n
				cur.patterns = append(cur.patterns, p)
			case line[0] == '&':
				// a synonym set used as a verb block member: not a verb
			default:
				if cur == nil {
					bad(n, "verb outside a block")
					continue
				}
				m := verbRe.FindStringSubmatch(line)
				if m == nil {
					bad(n, "verb line %q: want VERB {FORMS} [code]", line)
					continue
				}
				v := dictVerb{words: strings.Split(strings.ToLower(strings.Trim(m[1], "_")), "_"), code: cleanCode(m[4]), line: n}
				for _, f := range strings.Fields(strings.Trim(m[2], "{}")) {
					// "+ASKED_FOR" is a form of "ask for": keep the verb's form.
					f = strings.ToLower(strings.TrimPrefix(f, "+"))
					f, _, _ = strings.Cut(f, "_")
					if f != "" && f != v.words[0] {
						v.forms = append(v.forms, f)
					}
				}
				cur.verbs = append(cur.verbs, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s:%d: %w", name, n, err))
	}
	return d, errs
}

// cleanCode returns the first code of "042:043", or "" for a null or
// malformed code.
func cleanCode(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), ":")
	if len(s) < 2 || len(s) > 4 || strings.Trim(s, "0123456789") != "" {
		return ""
	}
	return s
}

// parsePattern splits the body of a pattern line (after its "-") into
// tokens and its code; comment is the text after "#", whose first word
// names the verb the pattern was written for.
func parsePattern(body, comment string) (dictPattern, string) {
	var p dictPattern
	m := patCodeRe.FindStringSubmatchIndex(body)
	if m == nil {
		return p, "no [code]"
	}
	p.code = cleanCode(body[m[2]:m[3]])
	body = body[:m[0]]
	if f := strings.Fields(comment); len(f) > 0 {
		p.verb = strings.ToLower(strings.Trim(f[0], ",;:"))
	}
	depth := 0
	for _, f := range strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ", "{", " { ", "}", " } ").Replace(body)) {
		switch f {
		case "(", "{":
			depth++
		case ")", "}":
			depth--
			if depth < 0 {
				return p, "unbalanced brackets"
			}
		}
		p.toks = append(p.toks, f)
	}
	if depth != 0 {
		return p, "unbalanced brackets"
	}
	return p, ""
}
