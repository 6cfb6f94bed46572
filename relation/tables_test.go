package relation

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
)

// The scans that the sentence tables replace, kept as the reference the
// tables must agree with.

func refScopeEnds(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if (governReader{s}).boundaryAt(k, j) {
			return true
		}
	}
	return false
}

func refClauseBounds(s *sentence, i int) (int, bool) {
	verb := false
	for j := min(i, s.n()-1); j >= 0; j-- {
		w := s.words[j]
		switch {
		case w == ";" || w == ":":
			return j + 1, false
		case s.reportVerb(j) && s.word(scanReader{s}.skipTime(j+1)) != "to" && verb:
			return j + 1, true
		case w == "that" && j > 0 && (s.reportVerb(j-1) || s.verbLike(j-1)):
			return j + 1, true
		case s.wd.has(english.ClauseSubordinators, w) && j+1 < s.n() && s.chunkAt[j+1] >= 0:
			return j + 1, false
		}
		if s.verbLike(j) {
			verb = true
		}
	}
	return 0, false
}

func refComplementStart(s *sentence, G, T *trig) bool {
	if T.start == G.end && T.form&formGerund != 0 {
		return true
	}
	if G.end > 0 && s.words[G.end-1] == "to" {
		next := G.end
		for next < T.start && s.wd.adverb(s.words[next]) {
			next++
		}
		return next == T.start && !T.nominal || governReader{s}.infinitive(next)
	}
	for k := G.end; k < T.start; k++ {
		switch s.words[k] {
		case "of", "from", "for", "against", "that":
			return true
		case "to":
			next := k + 1
			for next < T.start && s.wd.adverb(s.words[next]) {
				next++
			}
			if next == T.start && !T.nominal || (governReader{s}).infinitive(next) {
				return true
			}
		}
	}
	return false
}

// tableTexts are the sentences of the phrasing, fresh and extraction
// tests, the example article and a few made to exercise the boundaries.
func tableTexts(t *testing.T) []string {
	var texts []string
	for _, tc := range phrasingCases {
		texts = append(texts, tc.text)
	}
	for _, tc := range freshCasesT(t) {
		texts = append(texts, tc.Text)
	}
	for _, tc := range extractTests {
		texts = append(texts, tc.text)
	}
	if buf, err := os.ReadFile("../testdata/article.txt"); err == nil {
		texts = append(texts, string(buf))
	} else {
		t.Fatal(err)
	}
	texts = append(texts,
		"Iran said that it would not to really to quickly negotiate; Japan urged China to immediately stop, and warned of sanctions for it.",
		"Russia accused Ukraine of shelling, but said it was ready to to talk: Turkey said Ankara demanded it.",
		strings.Repeat("Russia condemned the test ", 60))
	return texts
}

// TestTablesMatchScans checks, on every token and every pair of tokens
// and triggers of the test sentences, that the constant-time lookups give
// what the scans they replace gave: scopeEnds, clauseBounds and
// complementStart, with and without part-of-speech tags.
func TestTablesMatchScans(t *testing.T) {
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, src := range tableTexts(t) {
		tagged := tg.Tag(entity.Input{Text: src})
		untagged := *tagged
		untagged.Tokens = make([]entity.Token, len(tagged.Tokens))
		for k, tk := range tagged.Tokens {
			tk.POS = 0
			untagged.Tokens[k] = tk
		}
		for _, doc := range []*entity.Document{tagged, &untagged} {
			for si := range doc.Sentences {
				s, ok := newSentence(doc, si)
				if !ok {
					continue
				}
				triggerReader{s}.findTriggers(lex)
				where := func(what string, args ...any) string {
					return fmt.Sprintf("%s%v in %q", what, args, s.span.Text)
				}
				for i := -1; i <= s.n(); i++ {
					gs, gr := scanReader{s}.clauseBounds(i)
					ws, wr := refClauseBounds(s, i)
					if gs != ws || gr != wr {
						t.Errorf("%s = %d, %v; the scan gives %d, %v", where("clauseBounds", i), gs, gr, ws, wr)
					}
					for j := i; j <= s.n(); j++ {
						if i >= 0 && (governReader{s}).scopeEnds(i, j) != refScopeEnds(s, i, j) {
							t.Errorf("%s = %v; the scan gives %v", where("scopeEnds", i, j), governReader{s}.scopeEnds(i, j), !governReader{s}.scopeEnds(i, j))
						}
					}
					checked++
				}
				for g := range s.matches {
					for k := range s.matches {
						G, T := &s.matches[g], &s.matches[k]
						if got, want := (governReader{s}).complementStart(G, T), refComplementStart(s, G, T); got != want {
							t.Errorf("%s = %v; the scan gives %v", where("complementStart", G.start, T.start), got, want)
						}
					}
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d tokens checked", checked)
	}
}
