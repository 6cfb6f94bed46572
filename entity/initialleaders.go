package entity

import (
	"slices"

	"github.com/geoextract/geoextract/internal/english"
)

// initialLeaders adds the leaders' surnames that start a sentence or a
// quotation's frame and are common English words ("Bush said", "Rice
// told reporters", `...," Brown said`), which chunking leaves out as
// capitalized sentence starts and initialSurnames only keeps after the
// person's full name: a capitalized word (not all capitals, not in a
// headline) no mention holds, with a person cue after it (class
// person_cues: "said", "told") and no capitalized word or hyphen, of a
// family name of a leader of the gazetteer (a person with an office news
// names by surname alone: see isLeaderTitle). The mention is an unlinked
// person here; the short-name pass that follows links it to the one such
// leader in office on the document's date (see leaderOn), or else gives
// it the country all the leaders of that name share, as it does for such
// a name inside a sentence. It runs once per document, in time linear in
// its tokens.
func (a nameResolver) initialLeaders() {
	inside := a.insideMentions()
	added := false
	for i, tk := range a.toks {
		if inside[i] || !a.initial[i] || a.headline[a.sentOf[i]] || !isCapTok(tk.Text) || isAllCaps(tk.Text) ||
			i+1 >= len(a.toks) || !isWord(english.PersonCues, a.low(i+1)) || len(a.t.names.allLeaders[tk.Text]) == 0 {
			continue
		}
		a.ments = append(a.ments, &cand{first: i, last: i + 1, typ: Person, source: FromCoref, personLike: true})
		added = true
	}
	if added {
		slices.SortStableFunc(a.ments, func(x, y *cand) int { return x.first - y.first })
	}
}
