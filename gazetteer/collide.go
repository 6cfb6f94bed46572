package gazetteer

import (
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/geoextract/geoextract/internal/text"
)

// Fold returns the key under which names are compared: the name split
// into tokens by the project tokenizer (internal/text), each token folded
// as the matcher folds words (lower case, accents removed, curly
// apostrophes made straight), joined by single spaces. Forms with the
// same key are the same name to the matcher, whatever their case: "Côte
// d'Ivoire" and "COTE D’IVOIRE" both give "cote d'ivoire", "Japan's"
// gives "japan 's".
func Fold(s string) string { return string(appendFold(nil, s)) }

func appendFold(b []byte, s string) []byte {
	for i, t := range text.Tokenize(s) {
		if i > 0 {
			b = append(b, ' ')
		}
		nb, key, same := foldInto(b, t.Text)
		if same {
			b = append(b, key...)
		} else {
			b = nb
		}
	}
	return b
}

// appendCoarse appends the coarse key of s to b: its Fold key without the
// spaces. Forms with equal Fold keys have equal coarse keys, and for the
// common ASCII form the coarse key needs no tokenizing.
func appendCoarse(b []byte, s string) []byte {
	start := len(b)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			b = appendFold(b[:start], s)
			j := start
			for _, c := range b[start:] {
				if c != ' ' {
					b[j] = c
					j++
				}
			}
			return b[:j]
		case c == ' ' || c >= '\t' && c <= '\r':
			// The ASCII white space of unicode.IsSpace separates tokens.
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	return b
}

// formRef is one form of one entry, chained to the other forms with the
// same coarse key hash.
type formRef struct {
	s    string
	ent  int32 // index of the entry
	next int32 // the previous form with the same hash, -1 at the end
}

// checkCollisions reports the forms (names, aliases, capitals and capital
// aliases, compared as Fold does) that several entries claim without an
// ambiguous declaration listing them all. Demonyms are not compared: they
// are NORP forms of a country, and a demonym shared by two countries is
// left to the data's judgement.
//
// It runs in two passes, so that loading large files stays fast: every
// form is hashed by its coarse key, and only forms whose hash is shared
// by another entry are tokenized and compared exactly.
func checkCollisions(entries []*Entry, amb []Ambiguity, errs *ErrorList) {
	nforms := 0
	for _, e := range entries {
		nforms += 1 + len(e.Aliases) + len(e.Capitals) + len(e.CapitalAliases)
	}
	heads := make(map[uint64]int32, nforms)
	refs := make([]formRef, 0, nforms)
	var suspects []uint64
	var suspect map[uint64]bool
	seed := maphash.MakeSeed()
	var buf []byte
	add := func(s string, ent int32) {
		buf = appendCoarse(buf[:0], s)
		h := maphash.Bytes(seed, buf)
		head, ok := heads[h]
		if ok {
			other := false
			for r := head; r >= 0; r = refs[r].next {
				if refs[r].ent == ent && refs[r].s == s {
					return // the same form twice in one entry
				}
				other = other || refs[r].ent != ent
			}
			if other && !suspect[h] {
				if suspect == nil {
					suspect = make(map[uint64]bool)
				}
				suspect[h] = true
				suspects = append(suspects, h)
			}
		} else {
			head = -1
		}
		heads[h] = int32(len(refs))
		refs = append(refs, formRef{s: s, ent: ent, next: head})
	}
	for i, e := range entries {
		if e.Merge == MergeRemove {
			continue
		}
		ent := int32(i)
		if e.Name != "" {
			add(e.Name, ent)
		}
		for _, s := range e.Aliases {
			add(s, ent)
		}
		for _, s := range e.Capitals {
			add(s, ent)
		}
		for _, s := range e.CapitalAliases {
			add(s, ent)
		}
	}
	if len(suspects) == 0 {
		return
	}
	declared := make(map[string]*Ambiguity, len(amb))
	for i := range amb {
		declared[Fold(amb[i].Form)] = &amb[i]
	}
	type claim struct {
		forms []string // the spelling of each claimant
		ents  []int32  // the claimants, in definition order
	}
	for _, h := range suspects {
		// Group the chain's forms by exact key, in definition order.
		var chain []int32
		for r := heads[h]; r >= 0; r = refs[r].next {
			chain = append(chain, r)
		}
		slices.Reverse(chain)
		var keys []string
		groups := map[string]*claim{}
		for _, r := range chain {
			k := Fold(refs[r].s)
			c := groups[k]
			if c == nil {
				c = &claim{}
				groups[k] = c
				keys = append(keys, k)
			}
			if !slices.Contains(c.ents, refs[r].ent) {
				c.forms = append(c.forms, refs[r].s)
				c.ents = append(c.ents, refs[r].ent)
			}
		}
		for _, k := range keys {
			c := groups[k]
			if len(c.ents) < 2 {
				continue
			}
			reportClaim(entries, c.forms, c.ents, declared[k], errs)
		}
	}
}

// reportClaim reports a form claimed by the entries ents (in definition
// order, each spelling it as in forms) unless decl lists them all. The
// error is at the second claimant.
func reportClaim(entries []*Entry, forms []string, ents []int32, decl *Ambiguity, errs *ErrorList) {
	var missing []string
	for _, i := range ents {
		if decl == nil || !slices.Contains(decl.IDs, entries[i].ID) {
			missing = append(missing, entries[i].ID)
		}
	}
	if len(missing) == 0 {
		return
	}
	at := entries[ents[1]]
	var others []string
	for _, i := range ents {
		if e := entries[i]; e != at && e.Pos == (Position{}) {
			others = append(others, e.ID)
		} else if e != at {
			others = append(others, fmt.Sprintf("%s (at %v)", e.ID, e.Pos))
		}
	}
	const most = 5
	if len(others) > most {
		others = append(others[:most], fmt.Sprintf("%d more", len(others)-most))
	}
	list := others[0]
	if len(others) > 1 {
		list = strings.Join(others[:len(others)-1], ", ") + " and " + others[len(others)-1]
	}
	prefix := ""
	if at.Pos == (Position{}) {
		prefix = fmt.Sprintf("entry %q: ", at.ID)
	}
	var msg string
	if decl == nil {
		ids := make([]string, len(ents))
		for j, i := range ents {
			ids[j] = entries[i].ID
		}
		msg = fmt.Sprintf("%sform %q of %s is also a form of %s; declare it ambiguous: {form: %s, ids: [%s]}",
			prefix, forms[1], at.ID, list, forms[0], strings.Join(ids, ", "))
	} else {
		msg = fmt.Sprintf("%sform %q of %s is also a form of %s, but its ambiguous entry (at %v) does not list %s",
			prefix, forms[1], at.ID, list, decl.Pos, strings.Join(missing, ", "))
	}
	errs.Add(at.Pos, msg)
}
