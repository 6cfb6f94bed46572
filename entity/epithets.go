package entity

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// epithetReader resolves the epithets of an analysis ("the Western
// alliance", "the Jewish state") to the actors the gazetteer gives them.
// Like its analysis it belongs to one Tag call and is not safe for
// concurrent use. The zero value has no analysis and must not be used.
type epithetReader struct{ *analysis }

// Epithets: the gazetteer lists for an actor the stock descriptions news
// uses for it ("the Western alliance", "the U.N. nuclear watchdog", "the
// Jewish state"; gazetteer.Entry.Epithets). A definite description of the
// text equal to one, word for word (compared folded, as the gazetteer
// compares names), refers to:
//
//   - of the actors that have the epithet, the one the text names last
//     before it ("the bloc" after the EU and ASEAN: ASEAN);
//   - with none of them named before, the only actor of the gazetteer with
//     the epithet, when the epithet is distinctive: a word after its
//     determiner is capitalized ("the Jewish state", "the Hermit
//     Kingdom"). A common description ("the alliance", "the world body")
//     needs its actor named before;
//   - else nothing: the description is left to the other readings of
//     descriptions (see Referent).
//
// A nationality written between the determiner and the epithet's words
// ("the Saudi Gulf kingdom") must be the country of an actor with the
// epithet; one of another country ("the Soviet bloc" for an epithet "the
// bloc") leaves the description unresolved. The epithet is no epithet
// when it is part of a longer name (a mention that runs past it), when it
// goes on to name what it describes ("the alliance of ...", "the rights
// group Amnesty International"), or when another name starts at its
// determiner. A name the chunker found for the epithet's words and left
// unlinked ("Hermit Kingdom") is linked to the actor, a mention of it.

// epithetNode is a node of the epithet trie: the folded words of the
// epithets, word by word. It is built once per Tagger and only read.
type epithetNode struct {
	next map[string]*epithetNode
	// At the end of an epithet: the actors that have it (in gazetteer
	// order), and whether it is distinctive.
	actors      []*gazetteer.Entry
	distinctive bool
	words       int    // the epithet's length in tokens
	head        string // its last word, folded
}

// epithetIndex holds the epithets of a gazetteer.
type epithetIndex struct {
	root  epithetNode
	heads map[string]bool // the last words of the epithets, folded
}

// newEpithetIndex compiles the epithets of g's entries. An epithet that
// tokenizes to fewer than two tokens is skipped (the gazetteer refuses
// them).
func newEpithetIndex(g *gazetteer.Gazetteer) *epithetIndex {
	ix := &epithetIndex{heads: map[string]bool{}}
	for _, e := range g.Entries() {
		for _, ep := range e.Epithets {
			toks := text.Tokenize(ep)
			if len(toks) < 2 {
				continue
			}
			n := &ix.root
			distinctive := false
			for k, t := range toks {
				if k > 0 && isCapTok(t.Text) {
					distinctive = true
				}
				w := gazetteer.Fold(t.Text)
				if n.next == nil {
					n.next = map[string]*epithetNode{}
				}
				c, ok := n.next[w]
				if !ok {
					c = &epithetNode{}
					n.next[w] = c
				}
				n = c
			}
			n.words = len(toks)
			n.head = gazetteer.Fold(toks[len(toks)-1].Text)
			ix.heads[n.head] = true
			n.distinctive = n.distinctive || distinctive
			if len(n.actors) == 0 || n.actors[len(n.actors)-1] != e {
				n.actors = append(n.actors, e)
			}
		}
	}
	return ix
}

// epithetRef is an epithet of the text resolved to an actor: tokens
// [first, last) and the actor's entry.
type epithetRef struct {
	first, last int
	words       int // the epithet's words: tokens [last-words, last)
	entry       *gazetteer.Entry
}

// epithetSpans finds the epithets of doc and resolves them (see above).
// It links an unlinked mention that is the epithet's words (in
// doc.Mentions and its candidate in cands), and returns the other
// resolved epithets, in text order, and the spans left unresolved because
// a nationality contradicts them (blocked), which no other reading of
// descriptions may resolve either. Time is linear in the number of tokens
// (epithets are a few tokens long).
func (a epithetReader) epithetSpans(doc *Document, cands []*cand) (refs, blocked []epithetRef) {
	ix := a.t.epithets
	if ix == nil || len(ix.root.next) == 0 || len(doc.Mentions) == 0 {
		return nil, nil
	}
	// lastSeen[id] is the end token of the latest mention of each actor
	// seen so far, as the scan moves on.
	lastSeen := map[string]int{}
	// lastHead[w] is the latest token of an epithet's head word w outside
	// mentions and epithets ("formed an alliance"): a description after
	// it more likely speaks of that thing.
	lastHead := map[string]int{}
	next := 0 // doc.Mentions[:next] end before the current token
	for i := 0; i < len(doc.Tokens); i++ {
		for next < len(doc.Mentions) && doc.Mentions[next].Last <= i {
			if id := doc.Mentions[next].ID; id != "" {
				lastSeen[id] = doc.Mentions[next].Last
			}
			next++
		}
		w := gazetteer.Fold(doc.Tokens[i].Text)
		n, ok := ix.root.next[w]
		if !ok || !doc.determiner(i) {
			if ix.heads[w] && doc.MentionAt(i) < 0 {
				lastHead[w] = i
			}
			continue
		}
		node, last, nat := a.matchEpithet(doc, n, i)
		if node == nil {
			continue
		}
		r, ok, block := resolveEpithet(doc, node, i, last, nat, lastSeen, lastHead)
		switch {
		case block:
			blocked = append(blocked, epithetRef{first: i, last: last})
		case ok:
			if k := doc.MentionAt(last - 1); k >= 0 && doc.Mentions[k].First == last-r.words && doc.Mentions[k].ID == "" {
				// The chunker's unlinked name for the epithet's words.
				m := &doc.Mentions[k]
				m.ID, m.Name, m.Kind, m.Country, m.Source = r.entry.ID, r.entry.Name, r.entry.Kind, candCountry(gazetteer.Candidate{Entry: r.entry}), FromCoref
				m.Type = r.entry.Type
				if k < len(cands) {
					cands[k].entry, cands[k].typ = r.entry, r.entry.Type
				}
			} else {
				refs = append(refs, r)
			}
			lastSeen[r.entry.ID] = last
		}
		if ok || block {
			i = last - 1
		}
	}
	return refs, blocked
}

// matchEpithet matches the longest epithet starting with the determiner
// at token i (n is the trie node after it), in i's sentence: its node and
// end, and the mention of a nationality written between the determiner
// and the rest of the epithet (nil for none). It returns a nil node for
// no epithet, or one that is part of a longer name or goes on to name
// what it describes.
func (a epithetReader) matchEpithet(doc *Document, n *epithetNode, i int) (*epithetNode, int, *Mention) {
	sent := doc.sentenceOf(i)
	if sent < 0 {
		return nil, 0, nil
	}
	end := doc.Sentences[sent].Last
	var nat *Mention
	start := i + 1
	if k := doc.MentionAt(start); k >= 0 && start < end {
		m := &doc.Mentions[k]
		if _, inEpithet := n.next[gazetteer.Fold(doc.Tokens[start].Text)]; !inEpithet && (m.Type == NORP || m.Type == GPE && gazetteer.IsCountryID(m.ID)) && m.CountryCode() != "" {
			nat, start = m, m.Last // "the Saudi Gulf kingdom"
		}
	}
	var best *epithetNode
	bestLast := 0
	for k := start; k < end && k < len(doc.Tokens); k++ {
		c, ok := n.next[gazetteer.Fold(doc.Tokens[k].Text)]
		if !ok {
			break
		}
		n = c
		if len(n.actors) > 0 {
			best, bestLast = n, k+1
		}
	}
	if best == nil {
		return nil, 0, nil
	}
	// Mentions across the span: none may start at the determiner or run
	// past the end; an unlinked one of exactly the epithet's words is the
	// chunker's name for it. A linked mention of all the words already
	// names its actor.
	if k := doc.MentionAt(i); k >= 0 {
		return nil, 0, nil
	}
	for k := i + 1; k < bestLast; k++ {
		if m := doc.MentionAt(k); m >= 0 {
			mm := &doc.Mentions[m]
			if mm.First < i+1 || mm.Last > bestLast {
				return nil, 0, nil
			}
			if mm.First == i+1 && mm.Last == bestLast && mm.ID != "" {
				return nil, 0, nil
			}
			k = mm.Last - 1
		}
	}
	if bestLast < len(doc.Tokens) && doc.sentenceOf(bestLast) == sent {
		nw := strings.ToLower(doc.Tokens[bestLast].Text)
		if isWord(english.GenitiveMarker, nw) {
			return nil, 0, nil // "the alliance of opposition parties"
		}
		if k := doc.MentionAt(bestLast); k >= 0 && doc.Mentions[k].First == bestLast && doc.Mentions[k].Type != GPE {
			return nil, 0, nil // "the rights group Amnesty International"
		}
	}
	return best, bestLast, nat
}

// resolveEpithet resolves the epithet of node at tokens [i, last): the
// actor of the epithet the text names last before it (lastSeen), unless
// the epithet's head word stands alone after that, in another sentence
// (lastHead); else its only actor when distinctive. With a nationality nat between the
// determiner and the words, only actors of nat's country count, and none
// blocks the description.
func resolveEpithet(doc *Document, node *epithetNode, i, last int, nat *Mention, lastSeen, lastHead map[string]int) (r epithetRef, ok, block bool) {
	actors := node.actors
	if nat != nil {
		cc := nat.CountryCode()
		var keep []*gazetteer.Entry
		for _, e := range actors {
			if candCountry(gazetteer.Candidate{Entry: e}) == cc {
				keep = append(keep, e)
			}
		}
		if len(keep) == 0 {
			return epithetRef{}, false, true // "the Soviet bloc" is no EU
		}
		actors = keep
	}
	var best *gazetteer.Entry
	bestAt := -1
	for _, e := range actors {
		if at, seen := lastSeen[e.ID]; seen && at > bestAt {
			best, bestAt = e, at
		}
	}
	if best != nil {
		if h, ok := lastHead[node.head]; ok && h > bestAt && doc.sentenceOf(h) != doc.sentenceOf(bestAt-1) {
			// "NATO ... Opposition parties formed an alliance. The
			// alliance ...": the thing named since, in a sentence of its
			// own; no other reading takes it for the actor either.
			return epithetRef{}, false, true
		}
	}
	if best == nil && len(actors) == 1 && (node.distinctive || nat != nil) {
		best = actors[0]
	}
	if best == nil {
		return epithetRef{}, false, false
	}
	return epithetRef{first: i, last: last, words: node.words - 1, entry: best}, true, false
}

// epithetTokens marks the tokens of the document's resolved and blocked
// epithets, which the other readings of references leave alone; nil when
// there are none.
func (a epithetReader) epithetTokens(n int) []bool {
	if len(a.epithetRefs) == 0 && len(a.epithetBlocked) == 0 {
		return nil
	}
	in := make([]bool, n)
	for _, l := range [...][]epithetRef{a.epithetRefs, a.epithetBlocked} {
		for _, r := range l {
			for k := r.first; k < r.last && k < n; k++ {
				in[k] = true
			}
		}
	}
	return in
}

// attachEpithets adds the resolved epithets to the Refs of their actors'
// entities, as descriptions, and returns the entity of each token of
// them. An actor the text names nowhere ("the Jewish state" alone)
// becomes an entity of its own with no mentions, after the others.
func (a epithetReader) attachEpithets(doc *Document) map[int]int {
	if len(a.epithetRefs) == 0 {
		return nil
	}
	owners := map[int]int{}
	byID := make(map[string]int, len(doc.Entities))
	for e, ent := range doc.Entities {
		if ent.ID != "" {
			byID[ent.ID] = e
		}
	}
	for _, r := range a.epithetRefs {
		e, ok := byID[r.entry.ID]
		if !ok {
			e = len(doc.Entities)
			byID[r.entry.ID] = e
			doc.Entities = append(doc.Entities, Entity{ID: r.entry.ID, Name: r.entry.Name, Type: r.entry.Type,
				Country: candCountry(gazetteer.Candidate{Entry: r.entry})})
		}
		st, en := doc.Tokens[r.first].Start, doc.Tokens[r.last-1].End
		doc.Entities[e].Refs = append(doc.Entities[e].Refs, Ref{Start: st, End: en, Text: doc.Text[st:en], First: r.first, Last: r.last, Kind: RefDescription})
		for k := r.first; k < r.last; k++ {
			owners[k] = e
		}
	}
	return owners
}

// sortEpithetRefs puts back in text order the Refs of the entities that
// epithets refer to (owners' values), which attachEpithets added first.
func sortEpithetRefs(doc *Document, owners map[int]int) {
	done := map[int]bool{}
	for _, e := range owners {
		if !done[e] {
			done[e] = true
			slices.SortStableFunc(doc.Entities[e].Refs, func(x, y Ref) int { return x.Start - y.Start })
		}
	}
}
