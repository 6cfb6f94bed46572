package lemma

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/conllu"
)

// TrainOptions controls Train. The zero value trains with the defaults;
// there are none to set yet.
type TrainOptions struct{}

// minSupport is the number of word types a suffix longer than its
// rule's cut needs to be kept.
const minSupport = 2

// Train learns a lemmatizer from the FORM, XPOS and LEMMA columns of
// sents. Words without an XPOS or a lemma are skipped. Training is
// deterministic.
func Train(sents []conllu.Sentence, _ TrainOptions) (*Model, error) {
	type obs struct{ form, xpos, lemma string }
	var words []obs
	for _, s := range sents {
		for _, w := range s.Words {
			if w.XPOS != "" && w.Lemma != "" {
				words = append(words, obs{w.Form, w.XPOS, w.Lemma})
			}
		}
	}
	if len(words) == 0 {
		return nil, errors.New("lemma: no words with a tag and a lemma to train on")
	}
	m := &Model{tagIndex: map[string]uint16{}, suffixes: map[formKey]int32{}, exceptions: map[formKey]string{}}
	var lowered, kept []int
	for _, w := range words {
		t, ok := m.tagIndex[w.xpos]
		if !ok {
			if len(m.tags) == math.MaxUint16 {
				return nil, fmt.Errorf("lemma: more than %d tags", math.MaxUint16)
			}
			t = uint16(len(m.tags))
			m.tagIndex[w.xpos] = t
			m.tags = append(m.tags, w.xpos)
			lowered, kept = append(lowered, 0), append(kept, 0)
		}
		if low := strings.ToLower(w.form); low != w.form {
			switch w.lemma {
			case low:
				lowered[t]++
			case w.form:
				kept[t]++
			}
		}
	}
	m.lower = make([]bool, len(m.tags))
	for t := range m.tags {
		m.lower[t] = lowered[t] > kept[t]
	}

	// The most frequent lemma of each (tag, key); ties to the smaller string.
	counts := map[formKey]map[string]int{}
	for _, w := range words {
		t := m.tagIndex[w.xpos]
		k := formKey{t, w.form}
		if m.lower[t] {
			k.form = strings.ToLower(w.form)
		}
		c := counts[k]
		if c == nil {
			c = map[string]int{}
			counts[k] = c
		}
		c[w.lemma]++
	}
	keys := make([]formKey, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b formKey) int { return cmp.Or(cmp.Compare(a.tag, b.tag), cmp.Compare(a.form, b.form)) })
	best := make(map[formKey]string, len(keys))
	for _, k := range keys {
		var bl string
		bn := 0
		for l, n := range counts[k] {
			if n > bn || n == bn && l < bl {
				bl, bn = l, n
			}
		}
		best[k] = bl
	}

	// Rule votes: one per word type, for every suffix the rule fits in.
	ruleIndex := map[rule]int32{}
	votes := map[formKey]map[int32]int{}
	for _, k := range keys {
		ru := ruleFor(k.form, best[k])
		ri, ok := ruleIndex[ru]
		if !ok {
			ri = int32(len(m.rules))
			ruleIndex[ru] = ri
			m.rules = append(m.rules, ru)
		}
		for n := ru.cut; n <= len(k.form) && (n <= maxSuffix || n == ru.cut); n++ {
			if !boundary(k.form, len(k.form)-n) {
				continue
			}
			sk := formKey{k.tag, k.form[len(k.form)-n:]}
			v := votes[sk]
			if v == nil {
				v = map[int32]int{}
				votes[sk] = v
			}
			v[ri]++
		}
	}
	suffixes := make([]formKey, 0, len(votes))
	for k := range votes {
		suffixes = append(suffixes, k)
	}
	slices.SortFunc(suffixes, func(a, b formKey) int {
		return cmp.Or(cmp.Compare(len(a.form), len(b.form)), cmp.Compare(a.tag, b.tag), cmp.Compare(a.form, b.form))
	})
	for _, sk := range suffixes {
		var br int32
		bn, total := 0, 0
		for r, n := range votes[sk] {
			total += n
			if n > bn || n == bn && r < br {
				br, bn = r, n
			}
		}
		if sk.form == "" {
			m.suffixes[sk] = br
			continue
		}
		if total < minSupport && len(sk.form) > m.rules[br].cut {
			continue
		}
		// Keep the suffix only if the shorter ones give another answer.
		if m.apply(sk.tag, sk.form) == applyRule(sk.form, m.rules[br]) {
			continue
		}
		m.suffixes[sk] = br
	}
	for _, k := range keys {
		if m.apply(k.tag, k.form) != best[k] {
			m.exceptions[k] = best[k]
		}
	}
	return m, nil
}

// ruleFor returns the rule that rewrites key into lemma: keep their
// common prefix (cut at a rune boundary), replace the rest.
func ruleFor(key, lemma string) rule {
	p := 0
	for p < len(key) && p < len(lemma) && key[p] == lemma[p] {
		p++
	}
	for p > 0 && !boundary(key, p) {
		p--
	}
	return rule{cut: len(key) - p, add: lemma[p:]}
}

func applyRule(key string, r rule) string {
	if r.cut > len(key) {
		return key
	}
	return key[:len(key)-r.cut] + r.add
}
