// Package fresh holds the fresh table (cases.yaml): our own
// newswire-style sentences with the relations the guideline wants from
// them, and the matching that scores an extractor's relations against
// them. Package relation's TestFresh checks the cases marked must;
// the command relation/internal/freshcheck measures all of them.
//
// The package knows nothing of package relation (whose tests import it):
// callers convert relation.Relation to Rel.
package fresh

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/dataerr"
	"github.com/geoextract/geoextract/internal/english"
)

//go:embed cases.yaml
var casesYAML []byte

const casesFile = "cases.yaml"

// Case is one sentence of the table. A Case is a plain value.
type Case struct {
	Name   string
	Text   string
	Want   []Want // the relations the guideline wants
	Opt    []Want // defensible readings: predicting them neither helps nor hurts
	Must   bool   // the test fails on any difference
	Reason string
}

// Batch returns the batch a case was written in, "b2" for "b2-...", or ""
// for the cases of no batch.
func (c Case) Batch() string {
	if b, _, ok := strings.Cut(c.Name, "-"); ok && len(b) == 2 && b[0] == 'b' {
		return b
	}
	return ""
}

// Want is one wanted relation, parsed from "SUBJ|CODE|OBJ[|flag...]".
// Each of the three fields lists alternatives separated by "/"; an
// argument is matched by id, country, name or text (case ignored, "the"
// dropped), "-" standing for no object. Want is a plain value.
type Want struct {
	Subj, Codes, Obj []string
	Negated          bool
	Modality         string // "asserted" unless flagged intended, possible or hypothetical
	Raw              string // as written
}

// Arg is an argument as the table matches it.
type Arg struct {
	ID, Country, Name, Text string
	Person                  bool // a PERSON: matched by any word of its name
}

// Rel is a relation as the table matches it.
type Rel struct {
	Subject  Arg
	Object   *Arg   // nil when the relation has no object
	CAMEO    string // the code, at least the two-digit root
	Root     string // the predicate's two-digit root
	Trigger  string
	Negated  bool
	Modality string // "asserted", "intended", "possible" or "hypothetical"
	Date     string // "" when unknown
}

// String returns r briefly: "subject CODE object [trigger]" and its
// negation, modality and date when they are set.
func (r Rel) String() string {
	obj := "-"
	if r.Object != nil {
		obj = r.Object.Text
	}
	s := fmt.Sprintf("%s %s %s [%s]", r.Subject.Text, r.CAMEO, obj, r.Trigger)
	if r.Negated {
		s += " negated"
	}
	if r.Modality != "asserted" {
		s += " " + r.Modality
	}
	if r.Date != "" {
		s += " " + r.Date
	}
	return s
}

// Result is the outcome of one case: relations matched (TP), predicted
// but neither wanted nor optional (FP), wanted but missed (FN), matched
// with the wrong negation or modality (Attr), and a note on each error.
type Result struct {
	TP, FP, FN, Attr int
	Notes            []string
}

// Add adds the counts of o to r (not its notes).
func (r *Result) Add(o Result) {
	r.TP, r.FP, r.FN, r.Attr = r.TP+o.TP, r.FP+o.FP, r.FN+o.FN, r.Attr+o.Attr
}

var defaultCases = sync.OnceValues(func() ([]Case, error) { return Parse(casesYAML, casesFile) })

// Cases returns the embedded table, parsed once. The slice is shared:
// callers must not modify it.
func Cases() ([]Case, error) { return defaultCases() }

// Parse reads a table in the format of cases.yaml. It reports every
// problem as a *dataerr.Error at file:line:col, joined.
func Parse(data []byte, file string) ([]Case, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, english.YAMLError(err, file)
	}
	p := parser{file: file, seen: map[string]bool{}}
	if len(doc.Content) == 0 {
		p.errorf(&doc, "no cases")
		return nil, errors.Join(p.errs...)
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "want a mapping with the key cases")
		return nil, errors.Join(p.errs...)
	}
	var cases []Case
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Value != "cases" {
			p.errorf(k, "unknown key %q (want cases)", k.Value)
			continue
		}
		if v.Kind != yaml.SequenceNode {
			p.errorf(v, "cases: want a list")
			continue
		}
		for _, n := range v.Content {
			if c, ok := p.parseCase(n); ok {
				cases = append(cases, c)
			}
		}
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return cases, nil
}

type parser struct {
	file string
	seen map[string]bool
	errs []error
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &dataerr.Error{
		Pos: dataerr.Position{File: p.file, Line: n.Line, Column: n.Column},
		Msg: fmt.Sprintf(format, args...),
	})
}

// scalar returns the string of a scalar node, or reports it.
func (p *parser) scalar(key string, n *yaml.Node) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n, "%s: want a string", key)
		return "", false
	}
	return n.Value, true
}

func (p *parser) wants(key string, n *yaml.Node) []Want {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "%s: want a list of strings", key)
		return nil
	}
	out := []Want{}
	for _, e := range n.Content {
		s, ok := p.scalar(key, e)
		if !ok {
			continue
		}
		w, err := ParseWant(s)
		if err != nil {
			p.errorf(e, "%s: %v", key, err)
			continue
		}
		out = append(out, w)
	}
	return out
}

func (p *parser) parseCase(n *yaml.Node) (Case, bool) {
	var c Case
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "a case: want a mapping")
		return c, false
	}
	before := len(p.errs)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "name":
			c.Name, _ = p.scalar(k.Value, v)
			if c.Name != "" && p.seen[c.Name] {
				p.errorf(v, "duplicate case name %q", c.Name)
			}
			p.seen[c.Name] = true
		case "text":
			c.Text, _ = p.scalar(k.Value, v)
		case "reason":
			c.Reason, _ = p.scalar(k.Value, v)
		case "want":
			c.Want = p.wants(k.Value, v)
		case "opt":
			c.Opt = p.wants(k.Value, v)
		case "must":
			if v.Kind != yaml.ScalarNode || v.Decode(&c.Must) != nil {
				p.errorf(v, "must: want true or false")
			}
		default:
			p.errorf(k, "unknown key %q (want name, text, want, opt, must or reason)", k.Value)
		}
	}
	if c.Name == "" {
		p.errorf(n, "a case without a name")
	}
	if c.Text == "" {
		p.errorf(n, "case %q: no text", c.Name)
	}
	return c, len(p.errs) == before
}

// ParseWant parses "SUBJ|CODE|OBJ[|neg][|intended|possible|hypothetical]".
func ParseWant(s string) (Want, error) {
	f := strings.Split(s, "|")
	if len(f) < 3 {
		return Want{}, fmt.Errorf("want %q: need SUBJ|CODE|OBJ", s)
	}
	w := Want{Subj: strings.Split(f[0], "/"), Codes: strings.Split(f[1], "/"), Obj: strings.Split(f[2], "/"), Modality: "asserted", Raw: s}
	for _, x := range f[3:] {
		switch x {
		case "neg":
			w.Negated = true
		case "intended", "possible", "hypothetical":
			w.Modality = x
		default:
			return Want{}, fmt.Errorf("want %q: unknown flag %q", s, x)
		}
	}
	return w, nil
}

// Matches reports whether r has one of w's codes (as a prefix of its
// CAMEO code, or as its root) between w's arguments. Negation and
// modality are not matched: Score counts them apart.
func (w Want) Matches(r Rel) bool {
	ok := false
	for _, c := range w.Codes {
		if strings.HasPrefix(r.CAMEO, c) || r.Root == c {
			ok = true
		}
	}
	return ok && argMatches(w.Subj, &r.Subject) && argMatches(w.Obj, r.Object)
}

func argMatches(keys []string, a *Arg) bool {
	for _, k := range keys {
		if k == "-" {
			if a == nil {
				return true
			}
			continue
		}
		if a == nil {
			continue
		}
		k = strings.ToLower(k)
		_, idName, _ := strings.Cut(a.ID, "/")
		for _, v := range []string{a.ID, idName, a.Country, a.Name, a.Text} {
			if v = strings.ToLower(v); v != "" && (v == k || strings.TrimPrefix(v, "the ") == k) {
				return true
			}
		}
		if a.Person {
			// A person by last name: "Lula" ~ "Luiz Inacio Lula da Silva".
			for _, w := range strings.Fields(strings.ToLower(a.Name + " " + a.Text)) {
				if w == k {
					return true
				}
			}
		}
		if f := strings.Fields(strings.ToLower(a.Text)); len(f) > 1 && f[len(f)-1] == k {
			return true // as the scorer does for a gold person: "President Bush" ~ "Bush"
		}
	}
	return false
}

// Score matches the relations got for c against its wants, each want at
// most once, in order; a relation that matches no want and no optional
// reading is a false positive.
func Score(c Case, got []Rel) Result {
	var res Result
	used := make([]bool, len(c.Want))
	for _, r := range got {
		matched := false
		for i, w := range c.Want {
			if used[i] || !w.Matches(r) {
				continue
			}
			used[i], matched = true, true
			res.TP++
			if r.Negated != w.Negated || r.Modality != w.Modality {
				res.Attr++
				res.Notes = append(res.Notes, fmt.Sprintf("attr: want %s, got %s", w.Raw, r))
			}
			break
		}
		if matched {
			continue
		}
		optional := false
		for _, w := range c.Opt {
			if w.Matches(r) {
				optional = true
				break
			}
		}
		if !optional {
			res.FP++
			res.Notes = append(res.Notes, "FP: "+r.String())
		}
	}
	for i, w := range c.Want {
		if !used[i] {
			res.FN++
			res.Notes = append(res.Notes, "FN: "+w.Raw)
		}
	}
	return res
}
