// Package gold reads the annotated relation files of the scorer
// (../shared/eval/README.md: JSONL records with "id", "text", "relations"
// with "sentence", "subject", "object", "predicate", "cameo", "trigger")
// and matches extracted relations against them the way the scorer does,
// approximately: the measurement commands (whynot, pairtrain, corefrank,
// corefrecall) share it.
package gold

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/geoextract/geoextract/relation"
)

// Arg is a gold argument.
type Arg struct {
	Name     string   `json:"name"`
	ID       *string  `json:"id"`
	Mentions []string `json:"mentions"`
}

// Rel is a gold relation.
type Rel struct {
	Sentence  string `json:"sentence"`
	Subject   *Arg   `json:"subject"`
	Object    *Arg   `json:"object"`
	Predicate string `json:"predicate"`
	CAMEO     string `json:"cameo"`
	Trigger   string `json:"trigger"`
	Coref     bool   `json:"coref"`
}

// Doc is one annotated text.
type Doc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Date      string `json:"date"`
	Relations []Rel  `json:"relations"`
	// Raw is the record as read.
	Raw []byte `json:"-"`
}

// Read reads a gold file. With lenient, a line that does not parse is
// skipped and reported in skipped (as path:line: error) instead of
// failing, and so is a relation whose sentence is not in its text.
func Read(path string, lenient bool) (docs []Doc, skipped []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			if lenient {
				skipped = append(skipped, fmt.Sprintf("%s:%d: %v", path, n, err))
				continue
			}
			return nil, nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		d.Raw = append([]byte(nil), sc.Bytes()...)
		if lenient {
			kept := d.Relations[:0]
			for _, r := range d.Relations {
				if r.Sentence == "" || !strings.Contains(d.Text, r.Sentence) || r.Subject == nil || len(r.CAMEO) < 2 {
					skipped = append(skipped, fmt.Sprintf("%s:%d: relation with a sentence not in the text, no subject or no code", path, n))
					continue
				}
				kept = append(kept, r)
			}
			d.Relations = kept
		}
		docs = append(docs, d)
	}
	return docs, skipped, sc.Err()
}

// SameRoot reports whether code has the gold relation's two-digit root.
func SameRoot(code string, g Rel) bool {
	return len(code) >= 2 && len(g.CAMEO) >= 2 && code[:2] == g.CAMEO[:2]
}

// ArgMatches approximates the scorer's argument match: the same id, the
// argument's country as the gold id, or the same name after case and
// "the" folding. Nil matches nil only.
func ArgMatches(p *relation.Argument, g *Arg) bool {
	if p == nil || g == nil {
		return p == nil && g == nil
	}
	if g.ID != nil && *g.ID != "" {
		gid := strings.ToUpper(*g.ID)
		if strings.ToUpper(p.ID) == gid || strings.ToUpper(p.Country) == gid {
			return true
		}
	}
	names := map[string]bool{}
	for _, n := range append([]string{g.Name}, g.Mentions...) {
		if k := NormName(n); k != "" {
			names[k] = true
		}
	}
	return names[NormName(p.Text)] || names[NormName(p.Name)]
}

// NormName folds case, a leading "the", a trailing "'s" and punctuation
// around a name, as the scorer does.
func NormName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "\u2019", "'")), " "))
	s = strings.Trim(s, " \"'.,;:!?()[]{}")
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	return strings.Trim(s, " \"'.,;:!?()[]{}")
}

// Matched returns, for each gold relation of d, whether one of rs matches
// it (overlapping sentence, same root, matching arguments), each relation
// of rs used at most once, greedily in gold order.
func Matched(d Doc, rs []relation.Relation) []bool {
	used := make([]bool, len(rs))
	out := make([]bool, len(d.Relations))
	for gi, g := range d.Relations {
		start := strings.Index(d.Text, g.Sentence)
		if g.Sentence == "" || start < 0 {
			continue
		}
		end := start + len(g.Sentence)
		for i, r := range rs {
			if !used[i] && r.Sentence.Start < end && start < r.Sentence.End && SameRoot(r.CAMEO, g) && ArgMatches(&r.Subject, g.Subject) && ArgMatches(r.Object, g.Object) {
				used[i], out[gi] = true, true
				break
			}
		}
	}
	return out
}
