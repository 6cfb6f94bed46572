package gazetteer

import (
	"strconv"

	"github.com/geoextract/geoextract/internal/text"
)

// Form says how a matched surface names its entry. It is a plain value;
// the zero Form is not a valid form.
type Form uint8

// The forms, in the order in which one entry's candidates are listed:
// FormName, FormAlias, FormCapital, FormDemonym.
const (
	FormName    Form = iota + 1 // the canonical name
	FormAlias                   // an alias
	FormDemonym                 // a demonym (tagged NORP)
	FormCapital                 // a capital standing for a country (tagged GPE)
)

var formNames = [...]string{"", "name", "alias", "demonym", "capital"}

// String returns "name", "alias", "demonym" or "capital".
func (f Form) String() string {
	if f >= FormName && f <= FormCapital {
		return formNames[f]
	}
	return "Form(" + strconv.Itoa(int(f)) + ")"
}

// Candidate is one entry a matched surface may refer to. It is a plain
// value; Entry is shared and must not be modified.
type Candidate struct {
	Entry *Entry
	Form  Form
	Type  Type // the type of this surface: Entry.Type, NORP for demonyms, GPE for capitals
}

// WordMatch is a name found in a word sequence: words [First, Last). It is
// a plain value.
//
// Candidates lists every entry the name may refer to, in entry definition
// order and, within one entry, as name, alias, capital, demonym; an (entry,
// form) pair appears once. The slice is often shared between matches and
// calls and must not be modified.
type WordMatch struct {
	First, Last int
	Candidates  []Candidate
}

// Match is a name found in text, with byte offsets: Text == text[Start:End].
// It is a plain value. Candidates are as in [WordMatch] and must not be
// modified either.
type Match struct {
	Start, End int
	Text       string
	Candidates []Candidate
}

// wordInfo is the per-word state of one MatchWords call.
type wordInfo struct {
	id    int32 // token id, -1 when the word is in no name
	shape uint8 // shape flags, computed on demand
}

// MatchWords finds every name occurrence in words, overlapping ones
// included, ordered by First and then longest first. It returns nil when
// there is none.
//
// The words must be tokens as produced by the project tokenizer
// (internal/text.Tokenize), which also splits the names: a name matches
// when its tokens, folded (lower case, no accents, straight apostrophes),
// equal the words, and each word passes the case check described in the
// package documentation.
func (g *Gazetteer) MatchWords(words []string) []WordMatch {
	m := g.matcher()
	if len(words) == 0 || len(m.root) == 0 {
		return nil
	}
	info := make([]wordInfo, len(words))
	var buf [64]byte
	found := false
	for i, w := range words {
		b, key, same := foldInto(buf[:0], w)
		var id int32
		var ok bool
		if same {
			id, ok = m.vocab[key]
		} else {
			id, ok = m.vocab[string(b)]
		}
		if !ok {
			id = -1
		} else {
			found = true
		}
		info[i].id = id
	}
	if !found {
		return nil
	}
	var out []WordMatch
	for i := range words {
		id := info[i].id
		if id < 0 {
			continue
		}
		node := m.root[id]
		if node == 0 {
			continue
		}
		start := len(out)
		for j := i + 1; ; j++ {
			if t := m.term[node]; t >= 0 {
				if cands := m.check(&m.terms[t], words, info, i); cands != nil {
					out = append(out, WordMatch{First: i, Last: j, Candidates: cands})
				}
			}
			if j == len(words) || info[j].id < 0 {
				break
			}
			child := m.edges.get(uint64(node)<<32 | uint64(uint32(info[j].id)))
			if child == 0 {
				break
			}
			node = child
		}
		// Longest first.
		for a, b := start, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
	}
	return out
}

// check returns the candidates of the surfaces at t whose case pattern the
// words starting at first satisfy, or nil.
func (m *matcher) check(t *terminal, words []string, info []wordInfo, first int) []Candidate {
	ss := m.surfaces[t.s0:t.s1]
	if len(ss) == 1 {
		if casesOK(m.patterns[ss[0].pat], words, info, first) {
			return m.candidates(t.a0, t.a1)
		}
		return nil
	}
	var ok []int
	for s := range ss {
		if casesOK(m.patterns[ss[s].pat], words, info, first) {
			ok = append(ok, s)
		}
	}
	switch len(ok) {
	case 0:
		return nil
	case len(ss):
		return m.candidates(t.a0, t.a1)
	case 1:
		return m.candidates(ss[ok[0]].c0, ss[ok[0]].c1)
	}
	var ocs []ordCand
	for _, s := range ok {
		ocs = m.gather(ocs, ss[s].c0, ss[s].c1)
	}
	ocs = sortCands(ocs)
	cs := make([]Candidate, len(ocs))
	for i, oc := range ocs {
		cs[i] = oc.c
	}
	return cs
}

func casesOK(cases string, words []string, info []wordInfo, first int) bool {
	for k := 0; k < len(cases); k++ {
		c := caseClass(cases[k])
		if c == caseAny {
			continue
		}
		wi := &info[first+k]
		if wi.shape == 0 {
			wi.shape = wordShape(words[first+k])
		}
		if !caseOK(c, wi.shape) {
			return false
		}
	}
	return true
}

// Match tokenizes s and returns the leftmost-longest non-overlapping name
// matches, in order: where names overlap, the one that starts first wins,
// and among those the longest. It returns nil when there is none.
func (g *Gazetteer) Match(s string) []Match {
	toks := text.Tokenize(s)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	var out []Match
	end := 0
	for _, wm := range g.MatchWords(words) {
		if wm.First < end {
			continue
		}
		start, stop := toks[wm.First].Start, toks[wm.Last-1].End
		out = append(out, Match{Start: start, End: stop, Text: s[start:stop], Candidates: wm.Candidates})
		end = wm.Last
	}
	return out
}
