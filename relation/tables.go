package relation

import "github.com/geoextract/geoextract/internal/english"

// tables are lookups over one sentence, each filled in one pass over its
// words, so that the questions asked for every pair of triggers (does a
// clause boundary lie between them, is the second in the first's
// complement) and for every token (where does its clause start) take
// constant time instead of a scan of the words between. They depend on the
// phrases and the verbal triggers: buildChunks and findTriggers drop them
// when those change, and the next question fills them again.
type tables struct {
	// nextBound[k] is the first token at or after k that is a clause
	// boundary for a scope ending after the sentence (see scopeEnds), or n.
	nextBound []int32
	// nextComp[k] is the first complement opener ("of", "that") at or
	// after k, or n.
	nextComp []int32
	// nextTo[k] is the first "to" at or after k whose next word that is
	// no adverb is an infinitive, or n.
	nextTo []int32
	// afterAdverbs[k] is the first token after k that is no adverb, or n.
	afterAdverbs []int32
	// clauseStart[i] and clauseReport[i] are clauseBounds(i).
	clauseStart  []int32
	clauseReport []bool
}

// tables returns the sentence's lookup tables, filling them if needed.
func (s *sentence) tables() *tables {
	if s.tab == nil {
		s.tab = s.fillTables()
	}
	return s.tab
}

func (s *sentence) fillTables() *tables {
	n := s.n()
	tb := &tables{
		nextBound:    make([]int32, n+1),
		nextComp:     make([]int32, n+1),
		nextTo:       make([]int32, n+1),
		afterAdverbs: make([]int32, n+1),
		clauseStart:  make([]int32, n),
		clauseReport: make([]bool, n),
	}
	tb.nextBound[n], tb.nextComp[n], tb.nextTo[n], tb.afterAdverbs[n] = int32(n), int32(n), int32(n), int32(n)
	after := int32(n) // the first token after k that is no adverb
	for k := n - 1; k >= 0; k-- {
		tb.afterAdverbs[k] = after
		if !s.wd.adverb(s.words[k]) {
			after = int32(k)
		}
		tb.nextBound[k], tb.nextComp[k], tb.nextTo[k] = tb.nextBound[k+1], tb.nextComp[k+1], tb.nextTo[k+1]
		if (governReader{s}).boundaryAt(k, n+1) {
			tb.nextBound[k] = int32(k)
		}
		switch {
		case s.at(k, english.ComplementOpeners):
			tb.nextComp[k] = int32(k)
		case s.at(k, english.InfinitiveMarker):
			if a := int(tb.afterAdverbs[k]); a < n && (governReader{s}).infinitive(a) {
				tb.nextTo[k] = int32(k)
			}
		}
	}
	s.fillClauses(tb)
	return tb
}

// fillClauses computes clauseBounds for every token in one pass from the
// left. The clause of token i starts after the last boundary at or before
// it: a semicolon or colon, "that" after a verb or a subordinator before a
// phrase (boundaries by themselves), or a reporting verb with a verb after
// it up to i. A reporting verb that a verb follows takes precedence over
// the other boundaries at the same token, as in clauseBounds' scan.
func (s *sentence) fillClauses(tb *tables) {
	n := s.n()
	bestS, report := -1, false // the last boundary by itself, and its kind
	lastR, bestRV := -1, -1    // the last reporting verb; the last one a verb follows
	for i := range n {
		if s.verbLike(i) {
			bestRV = max(bestRV, lastR)
		}
		w := s.words[i]
		switch {
		case w == ";" || w == ":":
			bestS, report = i, false
		case s.wd.has(english.Complementizer, w) && i > 0 && (s.reportVerb(i-1) || s.verbLike(i-1)):
			bestS, report = i, true
		case s.wd.has(english.ClauseSubordinators, w) && i+1 < n && s.chunkOf(i+1) >= 0:
			bestS, report = i, false
		}
		if s.reportVerb(i) && !s.at(scanReader{s}.skipTime(i+1), english.InfinitiveMarker) {
			lastR = i
		}
		switch {
		case bestRV >= 0 && bestRV >= bestS:
			tb.clauseStart[i], tb.clauseReport[i] = int32(bestRV+1), true
		case bestS >= 0:
			tb.clauseStart[i], tb.clauseReport[i] = int32(bestS+1), report
		}
	}
}
