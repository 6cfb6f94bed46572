package main

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/dataerr"
	"github.com/geoextract/geoextract/internal/english"
)

// govRules are the tables that read a country's forms of state from its
// Factbook profile, from curated/government/forms.yaml (the file says what
// each part means). Nil rules read no forms.
type govRules struct {
	order            []string // the order forms are written in
	note             string   // where a note starts
	typ, long, chief govPart
	typeLower        bool            // the government type is matched in lower case
	known            map[string]bool // the forms of order
}

// govPart reads one field of the profile: a text holding one of skip says
// nothing; else each pattern or title found adds its forms.
type govPart struct {
	skip     []string
	patterns []govPattern
}

// govPattern is a regular expression, or a title (re nil) that starts the
// text, and the forms it states.
type govPattern struct {
	re    *regexp.Regexp
	title string
	forms []string
}

// loadGovRules reads the tables of file.
func loadGovRules(file string) (*govRules, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return parseGovRules(data, file)
}

// parseGovRules parses the tables, reporting every problem at its
// file:line:col.
func parseGovRules(data []byte, file string) (*govRules, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, english.YAMLError(err, file)
	}
	p := &govParser{file: file}
	r := &govRules{known: map[string]bool{}}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		p.errorf(&doc, "want a mapping with order, note, type, long and chief")
		return nil, errors.Join(p.errs...)
	}
	root := doc.Content[0]
	var parts []*yaml.Node // type, long, chief: read once the order is known
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		seen[k.Value] = true
		switch k.Value {
		case "order":
			for _, f := range p.strings(k.Value, v) {
				if r.known[f] {
					p.errorf(v, "order: %q twice", f)
				}
				r.known[f] = true
				r.order = append(r.order, f)
			}
		case "note":
			r.note = p.scalar(k.Value, v)
		case "type", "long", "chief":
			parts = append(parts, k, v)
		default:
			p.errorf(k, "unknown key %q (want order, note, type, long or chief)", k.Value)
		}
	}
	for _, key := range []string{"order", "note", "type", "long", "chief"} {
		if !seen[key] {
			p.errorf(root, "no %s", key)
		}
	}
	for i := 0; i+1 < len(parts); i += 2 {
		k, v := parts[i], parts[i+1]
		switch k.Value {
		case "type":
			r.typ = p.part(k.Value, v, r.known, "patterns", &r.typeLower)
		case "long":
			r.long = p.part(k.Value, v, r.known, "patterns", nil)
		case "chief":
			r.chief = p.part(k.Value, v, r.known, "titles", nil)
		}
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return r, nil
}

type govParser struct {
	file string
	errs []error
}

func (p *govParser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &dataerr.Error{
		Pos: dataerr.Position{File: p.file, Line: n.Line, Column: n.Column},
		Msg: fmt.Sprintf(format, args...),
	})
}

func (p *govParser) scalar(key string, n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode || n.Value == "" {
		p.errorf(n, "%s: want a non-empty string", key)
		return ""
	}
	return n.Value
}

func (p *govParser) strings(key string, n *yaml.Node) []string {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "%s: want a list of strings", key)
		return nil
	}
	var out []string
	for _, e := range n.Content {
		if s := p.scalar(key, e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// part reads a part: skip, lower (when lower is not nil) and its list,
// of patterns (list "patterns") or of titles (list "titles").
func (p *govParser) part(key string, n *yaml.Node, known map[string]bool, list string, lower *bool) govPart {
	var gp govPart
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s: want a mapping with skip and %s", key, list)
		return gp
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Value == "skip":
			gp.skip = p.strings(key+".skip", v)
		case k.Value == "lower" && lower != nil:
			if v.Kind != yaml.ScalarNode || v.Decode(lower) != nil {
				p.errorf(v, "%s.lower: want true or false", key)
			}
		case k.Value == list:
			if v.Kind != yaml.SequenceNode {
				p.errorf(v, "%s.%s: want a list", key, list)
				continue
			}
			for _, e := range v.Content {
				if pat, ok := p.pattern(key+"."+list, e, known, list == "titles"); ok {
					gp.patterns = append(gp.patterns, pat)
				}
			}
		default:
			p.errorf(k, "%s: unknown key %q", key, k.Value)
		}
	}
	return gp
}

// pattern reads {pattern: RE, forms: [...]} or, for a title,
// {title: WORDS, forms: [...]}.
func (p *govParser) pattern(key string, n *yaml.Node, known map[string]bool, title bool) (govPattern, bool) {
	var gp govPattern
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s: want a mapping", key)
		return gp, false
	}
	want := "pattern"
	if title {
		want = "title"
	}
	before := len(p.errs)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case want:
			s := p.scalar(key+"."+want, v)
			if title {
				gp.title = s
				break
			}
			re, err := regexp.Compile(s)
			if err != nil {
				p.errorf(v, "%s: %v", key, err)
				break
			}
			gp.re = re
		case "forms":
			for _, f := range p.strings(key+".forms", v) {
				if !known[f] {
					p.errorf(v, "%s.forms: %q is not in order", key, f)
				}
				gp.forms = append(gp.forms, f)
			}
		default:
			p.errorf(k, "%s: unknown key %q (want %s or forms)", key, k.Value, want)
		}
	}
	if len(p.errs) == before && (gp.re == nil && gp.title == "" || len(gp.forms) == 0) {
		p.errorf(n, "%s: want a %s and forms", key, want)
	}
	return gp, len(p.errs) == before
}

// read adds to have the forms text states, none when it holds a skip
// phrase.
func (gp govPart) read(text string, have map[string]bool) {
	for _, s := range gp.skip {
		if strings.Contains(text, s) {
			return
		}
	}
	for _, pat := range gp.patterns {
		if pat.re != nil && pat.re.MatchString(text) || pat.re == nil && strings.HasPrefix(text, pat.title+" ") {
			for _, f := range pat.forms {
				have[f] = true
			}
		}
	}
}

// forms derives a country's forms of state from the Factbook's
// government type, conventional long name and chief of state: facts, in
// the rules' order, nil when none.
func (r *govRules) forms(govType, long, chief string) []string {
	if r == nil {
		return nil
	}
	have := map[string]bool{}
	t := stripHTML(govType, " ")
	if r.typeLower {
		t = strings.ToLower(t)
	}
	for _, c := range []struct {
		part govPart
		text string
	}{{r.typ, t}, {r.long, stripHTML(long, " ")}, {r.chief, stripHTML(chief, " ")}} {
		text := c.text
		if i := strings.Index(text, r.note); i >= 0 {
			text = text[:i]
		}
		c.part.read(text, have)
	}
	var out []string
	for _, f := range r.order {
		if have[f] {
			out = append(out, f)
		}
	}
	return slices.Clip(out)
}
