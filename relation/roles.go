package relation

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
)

// Per-entry dependency roles: a lexicon entry may state, under roles:,
// the dependency relations along which the parse fallback reads its
// subject and its object, instead of the global roles of
// data/frames/frames.yaml:
//
//	- noun: censure
//	  cameo: "122"
//	  roles: {subject: ["nmod:poss", "nmod:by"], object: ["nmod:of"]}
//
// Each role is a UD relation ("nsubj", "nmod:poss", "obl:agent"),
// optionally followed by a colon and the preposition that must mark the
// dependent ("obl:against", "nmod:by": the enhanced-UD spelling); a name
// the parser knows as a relation is read as that relation. A side the
// entry states replaces the global roles of that side, in both voices
// (a passive trigger's agent is its subject: list "obl:agent" or
// "obl:by" to read it); a side left out keeps them. The roles apply to
// the trigger's own dependents: a verb with no dependent along its
// subject roles still takes the subject of the clause it shares one
// with (conjuncts, controlled complements, relative clauses), as with
// the global roles. Conjuncts and appositions of a dependent are
// expanded. Like the global roles, they fill only an argument the
// scanner left empty.

// argRole is one dependency role of a lexicon entry: a relation and,
// when marker is not "", the preposition that marks the dependent.
type argRole struct {
	rel    syntax.Rel
	marker string
}

func (r argRole) String() string {
	if r.marker == "" {
		return r.rel.String()
	}
	return r.rel.String() + ":" + r.marker
}

// entryRoles are the dependency roles an entry states. A nil side keeps
// the global roles; an empty non-nil one reads none of the trigger's own
// dependents (a verb's subject may still come up the clause).
type entryRoles struct {
	subject, object []argRole
}

// roleSides are the keys of an entry's roles: mapping.
var roleSides = []string{"subject", "object"}

// parseRole reads one role: a UD relation, or a relation, a colon and a
// preposition of wd.
func parseRole(s string, wd *wordTable) (argRole, bool) {
	s = strings.TrimSpace(s)
	if rel, ok := syntax.ParseRel(s); ok {
		return argRole{rel: rel}, true
	}
	i := strings.LastIndexByte(s, ':')
	if i <= 0 {
		return argRole{}, false
	}
	rel, ok := syntax.ParseRel(s[:i])
	marker := strings.ToLower(s[i+1:])
	if !ok || marker == "" || !wd.has(english.Prepositions, marker) {
		return argRole{}, false
	}
	return argRole{rel: rel, marker: marker}, true
}

// parseRoles reads an entry's roles: mapping, its errors added to errs
// at their position.
func parseRoles(v *yaml.Node, at func(*yaml.Node) Position, wd *wordTable, errs *ErrorList) *entryRoles {
	if v.Kind != yaml.MappingNode {
		errs.Add(at(v), "\"roles\" must be a mapping from subject or object to lists of dependency relations")
		return nil
	}
	r := &entryRoles{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, l := v.Content[i], v.Content[i+1]
		var dst *[]argRole
		switch k.Value {
		case "subject":
			dst = &r.subject
		case "object":
			dst = &r.object
		default:
			errs.Add(at(k), "roles: unknown role %q (want %s)", k.Value, strings.Join(roleSides, " or "))
			continue
		}
		if *dst != nil {
			errs.Add(at(k), "roles: %q given twice", k.Value)
			continue
		}
		if l.Kind != yaml.SequenceNode {
			errs.Add(at(l), "roles: %s must be a list of dependency relations", k.Value)
			continue
		}
		*dst = []argRole{}
		for _, x := range l.Content {
			if x.Kind != yaml.ScalarNode {
				errs.Add(at(x), "roles: %s: want a dependency relation", k.Value)
				continue
			}
			role, ok := parseRole(x.Value, wd)
			if !ok {
				errs.Add(at(x), "roles: %s %q: unknown dependency relation (want a UD relation such as nsubj or nmod:poss, optionally with a preposition: obl:against)", k.Value, x.Value)
				continue
			}
			*dst = append(*dst, role)
		}
	}
	return r
}

// subjectRoles returns the subject roles entry e states, and whether it
// states any.
func (e *entry) subjectRoles() ([]argRole, bool) {
	if e.roles == nil || e.roles.subject == nil {
		return nil, false
	}
	return e.roles.subject, true
}

// objectRoles returns the object roles entry e states, and whether it
// states any.
func (e *entry) objectRoles() ([]argRole, bool) {
	if e.roles == nil || e.roles.object == nil {
		return nil, false
	}
	return e.roles.object, true
}

// roleRels returns the relations of roles, for worthParsing.
func roleRels(roles []argRole) []syntax.Rel {
	out := make([]syntax.Rel, 0, len(roles))
	for _, r := range roles {
		out = append(out, r.rel)
	}
	return out
}

// roleArgs returns the actors of the dependents of word h along roles,
// each with its marker when it names one, conjuncts and appositions
// expanded.
func (s graphReader) roleArgs(g *syntax.Graph, t *trig, h int, roles []argRole) []actor {
	var out []actor
	for _, r := range roles {
		out = append(out, s.argsOf(g, t, h, []syntax.Rel{r.rel}, r.marker)...)
	}
	return uniqueActors(out)
}

// entryGraphArgs returns the actors along roles of t's head word, known
// left out, parsing the sentence only when that could find one.
func (s graphReader) entryGraphArgs(t *trig, roles []argRole, known []actor) []actor {
	g, h, ok := s.parsedHead(t, roleRels(roles), known)
	if !ok {
		return nil
	}
	return withoutActors(s.roleArgs(g, t, h, roles), known)
}
