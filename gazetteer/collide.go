package gazetteer

import (
	"cmp"
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

// formRef is one form of one entry: forms(entries[ent])[k].
type formRef struct {
	ent, k int32
}

// formAt returns form k of e: its name, then its aliases, capitals and
// capital aliases.
func formAt(e *Entry, k int) string {
	if k == 0 {
		return e.Name
	}
	k--
	for _, l := range [...][]string{e.Aliases, e.Capitals, e.CapitalAliases} {
		if k < len(l) {
			return l[k]
		}
		k -= len(l)
	}
	return ""
}

// idxBits is how many low bits of a sort key hold the form's index; the
// high bits hold its coarse hash.
const idxBits = 26

// checkCollisions reports the forms (names, aliases, capitals and capital
// aliases, compared as Fold does) that several entries claim without an
// ambiguous declaration listing them all. Demonyms are not compared: they
// are NORP forms of a country, and a demonym shared by two countries is
// left to the data's judgement.
//
// It runs in two passes, so that loading large files stays fast: every
// form is hashed by its coarse key and the hashes are sorted; only forms
// whose hash another entry's form shares are tokenized and compared
// exactly.
func checkCollisions(entries []*Entry, amb []Ambiguity, errs *ErrorList) {
	nforms := 0
	for _, e := range entries {
		if e.Merge != MergeRemove {
			nforms += 1 + len(e.Aliases) + len(e.Capitals) + len(e.CapitalAliases)
		}
	}
	if nforms >= 1<<idxBits {
		// Beyond 67 million forms the index does not fit beside the hash;
		// such a file is not checked.
		return
	}
	refs := make([]formRef, 0, nforms)
	keys := make([]uint64, 0, nforms)
	seed := maphash.MakeSeed()
	var buf []byte
	for i, e := range entries {
		if e.Merge == MergeRemove {
			continue
		}
		n := 1 + len(e.Aliases) + len(e.Capitals) + len(e.CapitalAliases)
		for k := range n {
			s := formAt(e, k)
			if s == "" {
				continue
			}
			buf = appendCoarse(buf[:0], s)
			h := maphash.Bytes(seed, buf)
			keys = append(keys, h&^(1<<idxBits-1)|uint64(len(refs)))
			refs = append(refs, formRef{ent: int32(i), k: int32(k)})
		}
	}
	sortByHash(keys)
	var declared map[string]*Ambiguity
	type claim struct {
		key   string
		forms []string // the spelling of each claimant
		ents  []int32  // the claimants, in definition order
	}
	var run []formRef
	var claims []*claim
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j]>>idxBits == keys[i]>>idxBits {
			j++
		}
		if j-i < 2 {
			i = j
			continue
		}
		// Several forms share a hash: are they of several entries?
		run = run[:0]
		multi := false
		for _, k := range keys[i:j] {
			r := refs[k&(1<<idxBits-1)]
			multi = multi || r.ent != refs[keys[i]&(1<<idxBits-1)].ent
			run = append(run, r)
		}
		i = j
		if !multi {
			continue
		}
		slices.SortFunc(run, func(a, b formRef) int {
			if a.ent != b.ent {
				return int(a.ent - b.ent)
			}
			return int(a.k - b.k)
		})
		claims = claims[:0]
		for _, r := range run {
			s := formAt(entries[r.ent], int(r.k))
			k := Fold(s)
			var c *claim
			for _, x := range claims {
				if x.key == k {
					c = x
				}
			}
			if c == nil {
				c = &claim{key: k}
				claims = append(claims, c)
			}
			if !slices.Contains(c.ents, r.ent) {
				c.forms = append(c.forms, s)
				c.ents = append(c.ents, r.ent)
			}
		}
		for _, c := range claims {
			if len(c.ents) < 2 {
				continue
			}
			if declared == nil {
				declared = make(map[string]*Ambiguity, len(amb))
				for i := range amb {
					declared[Fold(amb[i].Form)] = &amb[i]
				}
			}
			reportClaim(entries, c.forms, c.ents, declared[c.key], errs)
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
	list := joinList(others)
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

// sortByHash sorts keys by their hash bits (above idxBits), keeping the
// order of keys with the same hash: a radix sort, linear in the number of
// keys, which a file of a million aliases needs.
func sortByHash(keys []uint64) {
	if len(keys) < 256 {
		slices.SortStableFunc(keys, func(a, b uint64) int { return cmp.Compare(a>>idxBits, b>>idxBits) })
		return
	}
	const digit = 13
	tmp := make([]uint64, len(keys))
	var count [1 << digit]int
	src, dst := keys, tmp
	for shift := idxBits; shift < 64; shift += digit {
		clear(count[:])
		for _, k := range src {
			count[(k>>shift)&(1<<digit-1)]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, k := range src {
			d := (k >> shift) & (1<<digit - 1)
			dst[count[d]] = k
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}
