package relation

import (
	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// Unnamed armed actors (issue #9, the defence domain): conflict reporting
// names its participants by description more often than by name ("the
// rebels", "government troops", "rebel positions"). The words are data
// (armed_nouns, armed_modifiers, military_objects in words.yaml).

// armedReader reads the armed actors of a sentence: armed nouns after a
// people ("Kurdish fighters") and, with WithUnnamedActors, unnamed armed
// actors ("the rebels", "government troops"). It is a view of the
// sentence with no state of its own.
type armedReader struct{ *sentence }

// armedPeople reports whether token k (relative) starts an armed noun, so
// that a people just before it is an actor ("Kurdish fighters").
func (s armedReader) armedPeople(k int) bool {
	return s.unnamed && k >= 0 && k < s.n() && s.free(k) && s.wd.has(english.ArmedNouns, s.words[k])
}

// unnamedArmedChunk reads the phrase whose first word after its
// determiners is token j (relative) as an unnamed armed actor, when it is
// up to three armed modifiers before an armed noun ("the rebels",
// "pro-government militias": the actor is the phrase; with neither
// determiner nor modifier, only a noun that names a side by itself,
// "rebels" but not "troops"), or armed modifiers
// before a military object ("rebel positions", "a government helicopter":
// the actor is the modifiers, which stand for the object's owner). The
// actor is an organization with no id, its text the phrase's words after
// the determiners. It is read only where no name or resolved description
// starts the phrase (chunkFrom tries those first).
func (s armedReader) unnamedArmedChunk(start, j int, ment []int) (chunk, bool) {
	if !s.unnamed {
		return chunk{}, false
	}
	n := s.n()
	k := j
	for k < n && k-j < 4 && ment[k] < 0 && s.free(k) {
		w := s.words[k]
		switch {
		case s.wd.has(english.ArmedNouns, w) && !s.armedPeople(k+1) && !s.wd.has(english.MilitaryObjects, s.word(k+1)):
			if k == j && start == j && !s.wd.has(english.ArmedSides, w) {
				return chunk{}, false // "deployed troops": a theme, not a side
			}
			return s.unnamedChunk(start, j, k+1), true
		case s.wd.has(english.ArmedModifiers, w) || w == "-" && k > j:
			k++
			continue
		case k > j && s.wd.has(english.MilitaryObjects, w) && s.words[k-1] != "-":
			return s.unnamedChunk(start, j, k), true
		}
		break
	}
	return chunk{}, false
}

// unnamedChunk is the chunk [start, last) whose one actor is the unnamed
// organization of tokens [j, end) (relative).
func (s armedReader) unnamedChunk(start, j, end int) chunk {
	sp := s.tokSpan(j, end)
	a := actor{arg: Argument{Start: sp.Start, End: sp.End, Text: sp.Text, Type: entity.Org, Name: sp.Text}, tok: j, unnamed: true}
	last := end
	for last < s.n() && s.free(last) && s.wd.has(english.MilitaryObjects, s.words[last]) {
		last++
	}
	return chunk{first: start, last: last, actorNoun: true, actors: []actor{a}, prep: s.prepBefore(start)}
}

// unnamedEvent reports whether an event of the CAMEO code may have an
// unnamed armed actor as a party: one with another party (an armed group
// alone is no news) and of a root the data lists (unnamed_actor_roots).
func (s armedReader) unnamedEvent(code string, object bool) bool {
	return object && len(code) >= 2 && s.wd.has(english.UnnamedActorRoots, code[:2])
}

// unnamedPronounChunk reads the pronoun at token j (relative), which the
// document resolves to no actor, as the unnamed armed actor of the
// sentence's last chunk before it, when that chunk is one ("The rebels
// said they shot down ..."): the actor keeps its description's span.
func (s armedReader) unnamedPronounChunk(start, j int) (chunk, bool) {
	if !s.unnamed || len(s.chunks) == 0 {
		return chunk{}, false
	}
	prev := s.chunks[len(s.chunks)-1]
	if len(prev.actors) != 1 || !prev.actors[0].unnamed || prev.last > j {
		return chunk{}, false
	}
	return chunk{first: start, last: j + 1, actors: prev.actors, prep: s.prepBefore(start)}, true
}

// armedPlace reports whether the mention at token m (relative) after the
// phrase [j, p) and its preposition ("government troops in Aleppo") is
// only where an unnamed armed actor is: with unnamed actors read, a place
// that is no country after armed modifiers and an armed noun.
func (s armedReader) armedPlace(j, p, m int, ment []int) bool {
	if !s.unnamed || p-j < 2 || !s.at(p-1, english.ArmedNouns) {
		return false
	}
	for k := j; k < p-1; k++ {
		if !s.at(k, english.ArmedModifiers) {
			return false
		}
	}
	mm := s.doc.Mentions[ment[m]]
	return mm.Type != entity.NORP && !gazetteer.IsCountryID(mm.ID)
}
