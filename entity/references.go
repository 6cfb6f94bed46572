package entity

import (
	"slices"
	"strings"
)

// RefKind says how a Reference names its actor. It is a plain value; the
// zero RefKind is not a kind of reference, and its String is "unknown".
type RefKind uint8

const (
	RefPronoun     RefKind = iota + 1 // "pronoun": he, his, it, its, they, their; we, our, I in a quotation
	RefDescription                    // "description": "the group", "the Venezuelan leader", "his country"
	RefName                           // "name": a partial name or acronym linked to a full name ("Lee", "Mr. Modi")
)

// String returns the kind's name as the JSONL output writes it
// ("pronoun", "description", "name").
func (k RefKind) String() string {
	switch k {
	case RefPronoun:
		return "pronoun"
	case RefDescription:
		return "description"
	case RefName:
		return "name"
	}
	return "unknown"
}

// Reference is a resolved reference to an actor named elsewhere in the
// document: a pronoun, a description, or a partial name linked to the
// actor's full name. Text == doc[Start:End]. It is a plain value.
type Reference struct {
	Start, End int // byte offsets into the input
	Text       string
	Kind       RefKind
	Entity     int    // index of the actor in Document.Entities
	ID         string // the actor's gazetteer id, "" when unlinked
	Name       string // the actor's canonical name
	First      int    // tokens [First, Last) of Document.Tokens
	Last       int
}

// References returns every resolved reference of the document, in text
// order (by Start, then by actor): the pronouns and descriptions of each
// entity's Refs, and the mentions that coreference linked to a longer
// name (Source FromCoref, written otherwise than the actor's name: "Lee"
// for "Lee Jong-sup", "IFRC" for the federation). A reference with
// several actors ("they" for two leaders) appears once per actor. It
// builds a new slice on each call and only reads the Document, so it is
// safe for concurrent use; on a document built by hand, entity indexes
// out of range are skipped.
func (d *Document) References() []Reference {
	var out []Reference
	for e, ent := range d.Entities {
		for _, r := range ent.Refs {
			out = append(out, Reference{Start: r.Start, End: r.End, Text: r.Text, Kind: r.Kind,
				Entity: e, ID: ent.ID, Name: ent.Name, First: r.First, Last: r.Last})
		}
	}
	for _, m := range d.Mentions {
		if m.Source != FromCoref || m.Entity < 0 || m.Entity >= len(d.Entities) {
			continue
		}
		ent := d.Entities[m.Entity]
		if strings.EqualFold(m.Text, ent.Name) {
			continue
		}
		out = append(out, Reference{Start: m.Start, End: m.End, Text: m.Text, Kind: RefName,
			Entity: m.Entity, ID: ent.ID, Name: ent.Name, First: m.First, Last: m.Last})
	}
	sortReferences(out)
	return out
}

// sortReferences orders references by Start, then End, then actor.
func sortReferences(rs []Reference) {
	slices.SortFunc(rs, func(x, y Reference) int {
		switch {
		case x.Start != y.Start:
			return x.Start - y.Start
		case x.End != y.End:
			return x.End - y.End
		}
		return x.Entity - y.Entity
	})
}
