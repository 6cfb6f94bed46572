package relation

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/text"
)

// ment describes a mention to place in a test document: the first
// occurrence of Text at or after the previous mention (or the N-th
// occurrence, counting from 1, when N > 0).
type ment struct {
	Text    string
	Type    entity.Type
	ID      string
	Country string
	Name    string
	N       int
}

// Helpers for the common kinds of mention.
func gpe(text, id string) ment  { return ment{Text: text, Type: entity.GPE, ID: id, Country: id} }
func norp(text, id string) ment { return ment{Text: text, Type: entity.NORP, ID: id, Country: id} }
func per(text, country string) ment {
	return ment{Text: text, Type: entity.Person, ID: "person/" + slug(text), Country: country}
}
func org(text, id, country string) ment {
	return ment{Text: text, Type: entity.Org, ID: id, Country: country}
}

func slug(s string) string {
	return strings.ToLower(strings.NewReplacer(" ", "-", ".", "").Replace(s))
}

// buildDoc tokenizes s with internal/text, splits it into sentences and
// places the mentions by substring. It fails the test when a mention is
// not found or does not fall on token boundaries.
// extractOn extracts the relations of doc as if it were dated d: doc is
// copied, not changed, so that tests may share it.
func extractOn(x *Extractor, doc *entity.Document, d entity.Date) []Relation {
	if doc != nil {
		c := *doc
		c.Date = d
		doc = &c
	}
	return x.Extract(doc)
}

func buildDoc(t testing.TB, s string, ms ...ment) *entity.Document {
	t.Helper()
	doc, err := makeDoc(s, ms...)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func makeDoc(s string, ms ...ment) (*entity.Document, error) {
	toks := text.Tokenize(s)
	doc := &entity.Document{Text: s}
	for _, tk := range toks {
		doc.Tokens = append(doc.Tokens, entity.Token{Start: tk.Start, End: tk.End, Text: tk.Text})
	}
	sents := text.Sentences(s, toks)
	sentOf := make([]int, len(toks))
	for si, se := range sents {
		doc.Sentences = append(doc.Sentences, entity.Sentence(se))
		for k := se.First; k < se.Last; k++ {
			sentOf[k] = si
		}
	}
	from := 0
	for _, m := range ms {
		var at int
		if m.N > 0 {
			at = -1
			for k, off := 0, 0; k < m.N; k++ {
				i := strings.Index(s[off:], m.Text)
				if i < 0 {
					return nil, fmt.Errorf("mention %q #%d not found", m.Text, m.N)
				}
				at = off + i
				off = at + 1
			}
		} else {
			i := strings.Index(s[from:], m.Text)
			if i < 0 {
				return nil, fmt.Errorf("mention %q not found after offset %d", m.Text, from)
			}
			at = from + i
		}
		end := at + len(m.Text)
		first, last := -1, -1
		for k, tk := range toks {
			if tk.Start == at {
				first = k
			}
			if tk.End == end {
				last = k + 1
			}
		}
		if first < 0 || last < 0 {
			return nil, fmt.Errorf("mention %q at %d is not on token boundaries", m.Text, at)
		}
		name := m.Name
		if name == "" {
			name = m.Text
		}
		doc.Mentions = append(doc.Mentions, entity.Mention{Start: at, End: end, Text: m.Text, Type: m.Type,
			ID: m.ID, Name: name, Country: m.Country, Source: entity.FromGazetteer,
			Sentence: sentOf[first], First: first, Last: last})
		if m.N == 0 {
			from = end
		}
	}
	sortMentions(doc.Mentions)
	return doc, nil
}

func sortMentions(ms []entity.Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// brief renders relations compactly: "Seoul 16 Japan [scrapped] asserted".
func brief(rs []Relation) []string {
	var out []string
	for _, r := range rs {
		obj := "-"
		if r.Object != nil {
			obj = r.Object.Text
		}
		s := fmt.Sprintf("%s %s %s [%s]", r.Subject.Text, r.CAMEO, obj, r.Trigger.Text)
		if r.Negated {
			s += " negated"
		}
		if r.Modality != Asserted {
			s += " " + r.Modality.String()
		}
		if r.Date != (entity.Date{}) {
			s += " " + r.Date.String()
		}
		out = append(out, s)
	}
	return out
}

// userFileT loads the user rule file src with load (LoadFrames,
// LoadRoots, LoadAccusals), failing the test if it does not load.
func userFileT[T any](t testing.TB, load func(io.Reader, string) (T, error), src string) T {
	t.Helper()
	v, err := load(strings.NewReader(src), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// framesOptT loads the frames file src over the embedded frames, as
// WithFrames option.
func framesOptT(t testing.TB, src string) Option {
	t.Helper()
	return WithFrames(userFileT(t, LoadFrames, src))
}

// mergedLexiconT returns the embedded lexicon with the lexicon file src
// merged over it.
func mergedLexiconT(t testing.TB, src string) *Lexicon {
	t.Helper()
	lex, err := MergeLexicons(defaultLexiconT(t), mustLexicon(t, src))
	if err != nil {
		t.Fatal(err)
	}
	return lex
}
