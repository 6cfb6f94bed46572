package relation

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// parseAnnotated reads a test article: a "date: YYYY-MM-DD" line, a "---"
// line, then text with mentions marked {text|TYPE|ID|COUNTRY|Name}
// (COUNTRY defaults to ID, Name to the text).
func parseAnnotated(src string) (string, entity.Date, []entity.Mention, error) {
	head, body, ok := strings.Cut(src, "---\n")
	if !ok {
		return "", entity.Date{}, nil, fmt.Errorf("no --- line")
	}
	var pub entity.Date
	if d, ok := strings.CutPrefix(strings.TrimSpace(head), "date: "); ok {
		tm, err := time.Parse("2006-01-02", d)
		if err != nil {
			return "", entity.Date{}, nil, err
		}
		pub = entity.DateOf(tm)
	}
	var b strings.Builder
	var ms []entity.Mention
	for {
		i := strings.IndexByte(body, '{')
		if i < 0 {
			b.WriteString(body)
			break
		}
		b.WriteString(body[:i])
		j := strings.IndexByte(body[i:], '}')
		if j < 0 {
			return "", entity.Date{}, nil, fmt.Errorf("unclosed {")
		}
		f := strings.Split(body[i+1:i+j], "|")
		body = body[i+j+1:]
		if len(f) < 3 {
			return "", entity.Date{}, nil, fmt.Errorf("bad mention %q", f)
		}
		typ, err := parseType(f[1])
		if err != nil {
			return "", entity.Date{}, nil, err
		}
		m := entity.Mention{Start: b.Len(), Text: f[0], Type: typ, ID: f[2], Country: f[2], Name: f[0],
			Source: entity.FromGazetteer}
		if typ == entity.Org || typ == entity.Person {
			m.Country = ""
		}
		if len(f) > 3 {
			m.Country = f[3]
		}
		if len(f) > 4 {
			m.Name = f[4]
		}
		b.WriteString(f[0])
		m.End = b.Len()
		ms = append(ms, m)
	}
	return b.String(), pub, ms, nil
}

func parseType(s string) (entity.Type, error) {
	for _, t := range []entity.Type{entity.Person, entity.GPE, entity.Org, entity.Loc, entity.NORP, entity.Event} {
		if t.String() == s {
			return t, nil
		}
	}
	return 0, fmt.Errorf("unknown type %q", s)
}

// docFromMentions tokenizes s and attaches mentions given by offsets.
func docFromMentions(s string, ms []entity.Mention) (*entity.Document, error) {
	doc, err := makeDoc(s)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		m.First, m.Last = -1, -1
		for k, tk := range doc.Tokens {
			if tk.Start == m.Start {
				m.First = k
			}
			if tk.End == m.End {
				m.Last = k + 1
			}
		}
		if m.First < 0 || m.Last < 0 {
			return nil, fmt.Errorf("mention %q is not on token boundaries", m.Text)
		}
		for si, se := range doc.Sentences {
			if se.First <= m.First && m.First < se.Last {
				m.Sentence = si
			}
		}
		doc.Mentions = append(doc.Mentions, m)
	}
	return doc, nil
}

func describeArg(a *Argument) string {
	if a == nil {
		return "-"
	}
	return fmt.Sprintf("%s (%s %s %s)", a.Text, a.Type, a.ID, a.Country)
}

// render formats relations one per line for a golden file.
func render(doc *entity.Document, rs []Relation) string {
	var b strings.Builder
	for _, r := range rs {
		si := 0
		for k, se := range doc.Sentences {
			if doc.Tokens[se.First].Start == r.Sentence.Start {
				si = k
			}
		}
		fmt.Fprintf(&b, "s%d %s %s/%s %s %q %s", si, describeArg(&r.Subject), r.Predicate, r.CAMEO,
			describeArg(r.Object), r.Trigger.Text, r.Modality)
		if r.Negated {
			b.WriteString(" negated")
		}
		if r.Date != (entity.Date{}) {
			b.WriteString(" " + r.Date.String())
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	x := defaultExtractor(t)
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s, pub, ms, err := parseAnnotated(string(src))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := docFromMentions(s, ms)
			if err != nil {
				t.Fatal(err)
			}
			got := render(doc, extractOn(x, doc, pub))
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

var _ = text.Tokenize
