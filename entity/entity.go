// Package entity finds and links the named entities of English news: it
// tags people, geopolitical entities, organizations, places, nationalities
// and events with byte offsets, links each mention to a gazetteer entry,
// and resolves repeated and shortened names within a document.
//
// A Tagger works in passes over each text:
//
//  1. tokenize with byte offsets and split sentences (lines always end one);
//  2. tag parts of speech with prose's perceptron, whose models are decoded
//     once per process (WithPOS(false) skips this);
//  3. find every gazetteer name, case-checked ("Chad" but not "chad");
//  4. chunk capitalized names, joined by particles ("da Silva"), hyphens
//     ("Jong-sup") and the "of"/"for" of organization names ("Bank of
//     America"), keeping sentence-initial common words ("Under") and
//     headline capitals out;
//  5. split each chunk at gazetteer names and titles: a title ("Defense
//     Minister") is no part of a name but becomes the person's Role, and a
//     nationality or body before it gives the person's Country;
//  6. type the names the gazetteer does not know by their head word
//     ("Party", "War", "River", "Province"), given and family names (from
//     word lists and the gazetteer's people), wire-service layouts and
//     context;
//  7. resolve the document: short names take the link of the full name
//     ("Lee" after "Lee Jong-sup"; with two people of that name named
//     before it, or none, a short name stays an unlinked person, never a
//     namesake from the gazetteer; nor the full name of another person
//     who shares it: a title of the other gender, or an office the full
//     name's person is given no part in, "President Bush" against "first
//     lady Laura Bush", leaves the full name aside, and the titled short
//     name takes the gazetteer's one holder of that office on the
//     document's date, or stays unlinked), so do bare given names ("Paul" after
//     "Paul Kagame", the one person named in full before it with that
//     given name), acronyms that of the name they abbreviate, ambiguous
//     places the country the text is about; a one-word name the gazetteer
//     knows only as a province or town that is also a common given name
//     ("Paul", "Victoria") stays the place only on evidence: a locative
//     preposition before it, a country or state after a comma, a place
//     noun ("the state of Victoria"), the same reading elsewhere in the
//     document, or the place's country named there; else it is a person
//     (a person named in full before it, a speech verb after it) or
//     nothing;
//  8. with a document date (Input.Date or WithDate), give a linked person
//     the gazetteer office held that day when the text names none
//     ("President" for Yoon Suk-yeol in a 2023 story), with the office's
//     country, and link a leader's surname to the one then in office
//     ("Bush" in 2005, also a common-word surname that opens a sentence
//     before a person cue: "Rice told reporters") when it is unambiguous
//     that day (every other person
//     of that family name has dated roles, none that day); roles outside
//     the date never apply, and an undated document gets none (its
//     surnames stay unlinked);
//  9. group the mentions of each actor into Document.Entities (by gazetteer
//     id, else by canonical name), each with the pronouns and descriptions
//     that refer to it ("he", "its", "the country", "the group").
//
// Document.Referent resolves a pronoun or description to an actor (also
// a word of an organization's name after a definite determiner, "the
// Tigers" after "the Liberation Tigers of Tamil Eelam", when one
// organization named before has it), and
// Document.Referents a plural one ("both leaders", "they" after "Lula and
// Chavez") to several; the relation extractor asks them. A person
// pronoun's search reads a description already resolved to a person as
// that person's mention ("Ana Ruiz said ... . The minister called for
// ... . She accused ..."), and every backward search counts its window of
// three sentences outside quotations, so that a quotation of several
// sentences does not hide the speaker named before it.
// Document.References lists every resolved reference with its kind
// (pronoun, description, partial name), as the command's JSONL
// "references" field writes them.
//
// Document.Phrases reads noun phrases: an opener (a determiner, a
// possessive pronoun or a possessive name, "Kenya's"), a run of at most
// four modifiers and a head ("the Paris-based group", "its armed
// forces"). It is the one phrase reader of the descriptions here and of
// the relation extractor's actor phrases; each keeps its own policy on
// top of it (which heads, which mentions may stand inside).
//
// Descriptions of organizations, groups and state bodies are data (class
// organization_nouns of internal/english/data/words.yaml): each head noun
// lists the gazetteer kinds it may refer to ("the alliance": an igo, forum or party;
// "the militants": an armed group, plural), whether a country's own body
// of that name stands for the country ("Venezuela's information ministry
// ... the ministry": Venezuela) and whether it may name a country. A
// nationality in the description must agree ("the Chinese firm"); with no
// compatible actor in the sentence or the three before, a description
// stays unresolved. "His country", "her government" are the country of the
// person the possessive refers to. Descriptions of people by an office
// are data too (class title_roles: "the military leader" accepts a
// general, "the lawmaker" a senator). An indefinite description refers
// only to the one actor named after it that fits ("a Jordanian taxi
// driver ... the Jordanian driver Khaled Desouki"), and a repeated group
// noun to the people an apposition named ("two French reporters, A and B
// ... the two reporters") or else to the group's country ("Spanish police
// ... Police said they"). In a quotation, a plural "they" or "their" that
// nothing else resolves is the other side the speaker speaks of: the
// first group actor before it, not the speaker's own country, organs or
// body, with no plural noun between ("A State Department official said
// ... Iran ... . "If they have ...," the official said"). A description
// by nationality and office that names nobody of the document ("the
// Syrian leader") is the gazetteer's one holder of that office on the
// document's date (WithOfficeHolders, on by default). Everything is
// rule-based and deterministic; WithCorefModel (off by default) lets a
// trained ranker choose among the antecedents the rules admit,
// deterministically too.
package entity

import (
	"sort"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/text"
)

// Type is the entity type of a mention.
type Type = gazetteer.Type

// Kind is the gazetteer's finer class of a linked entity ("country",
// "ngo", "armed-group"), re-exported from package gazetteer.
type Kind = gazetteer.Kind

// The entity types, re-exported from package gazetteer.
const (
	Person = gazetteer.Person
	GPE    = gazetteer.GPE
	Org    = gazetteer.Org
	Loc    = gazetteer.Loc
	NORP   = gazetteer.NORP
	Event  = gazetteer.Event
)

// POS is a Penn Treebank part-of-speech tag; String gives its treebank
// spelling ("NNP", "VBD", "PRP$"). It is a plain value; the zero POS is
// "no tag" (a Document tagged WithPOS(false)), whose String is "".
type POS uint8

// String returns the treebank spelling of the tag ("PRP$"), "" for the
// zero POS.
func (p POS) String() string { return text.POS(p).String() }

// Source says how a mention was found. It is a plain value; the zero
// Source is unknown (its String is "unknown").
type Source uint8

const (
	FromGazetteer Source = iota + 1 // "gazetteer": a gazetteer name
	FromRule                        // "rule": capitalization, title, head-word and context rules
	FromModel                       // "model": the statistical NER fallback (WithModel)
	FromCoref                       // "coref": a shortened or repeated name, or an acronym, of an earlier mention
)

// FromPattern is the former name of FromRule.
//
// Deprecated: use FromRule.
const FromPattern = FromRule

// String gives the source's name ("gazetteer", "rule", "model", "coref"),
// "unknown" for the zero Source.
func (s Source) String() string {
	switch s {
	case FromGazetteer:
		return "gazetteer"
	case FromRule:
		return "rule"
	case FromModel:
		return "model"
	case FromCoref:
		return "coref"
	}
	return "unknown"
}

// Mention is one entity mention. Text == doc[Start:End]. It is a plain
// value; the zero Mention is an empty, untyped span at offset 0.
type Mention struct {
	Start, End int    // byte offsets into the input
	Text       string // the mention as written
	Type       Type
	ID         string // linked gazetteer id, "" when unlinked
	Kind       Kind   // the linked entry's finer class ("ngo", "armed-group"), "" when unlinked or unknown
	Name       string // canonical name (the gazetteer's, or the longest form in the document)
	Country    string // ISO alpha-3 code of the country the actor belongs to, "" when unknown
	Role       string // a person's office: named before the name ("Defense Minister"), else the gazetteer role held on the document's date; "" when none
	Source     Source
	Sentence   int // index into Document.Sentences
	First      int // tokens [First, Last) of Document.Tokens
	Last       int
	Entity     int // index of the mention's actor in Document.Entities
}

// Token is a word or punctuation mark with its part-of-speech tag. It is a
// plain value.
type Token struct {
	Start, End int
	Text       string
	POS        POS
}

// Sentence is a sentence span; its tokens are Document.Tokens[First:Last].
// It is a plain value.
type Sentence struct {
	Start, End  int
	First, Last int
}

// Input is one document to tag. It is a plain value; the zero Input is an
// empty, undated text.
type Input struct {
	Text string
	Date Date // publication date; zero when unknown
}

// Document is the analysis of one text. It is a plain value: the tagger
// keeps no reference to it.
type Document struct {
	Text      string
	Date      Date // the Input's (else the WithDate) publication date; zero when unknown
	Tokens    []Token
	Sentences []Sentence
	Mentions  []Mention // ordered by Start
	Entities  []Entity  // the actors of the text, ordered by first mention
	// Governments are the forms of state (gazetteer.Entry.Government) of
	// the countries the mentions belong to, by id, as Tag finds them in
	// the gazetteer; nil when none is known. Referent reads them for a
	// description that names a form ("the kingdom"): a country absent
	// from the map may be of any form.
	Governments map[string][]string
	// Index is what Tag indexed of the Mentions and Entities it made, so
	// that resolving a reference (Referent, Referents, References) takes
	// time independent of the document's length; nil in a Document built
	// by hand, whose references are then found by scanning it. It is
	// opaque and never changed after Tag returns. It is read only while
	// Mentions and Entities are the slices Tag made: to edit them, assign
	// new slices (or set Index to nil) rather than change them in place.
	Index *Index `json:"-"`
}

// Entity is one actor of a document: the mentions that name it ("Lee
// Jong-sup", "Lee") and the pronouns and descriptions that refer back to
// it ("he", "his", "the minister"). It is a plain value, part of its
// Document.
type Entity struct {
	ID      string // linked gazetteer id, "" when unlinked
	Name    string // canonical name (the gazetteer's, or the longest form in the document)
	Type    Type
	Country string // ISO alpha-3 code of the actor's country, "" when unknown
	Role    string // the first role a mention gives the actor, "" when none
	// Mentions are indexes into Document.Mentions, in text order.
	Mentions []int
	// Refs are the pronouns and descriptions that refer to the actor, in
	// text order. They are not mentions: they carry no name.
	Refs []Ref
}

// Ref is a pronoun ("he", "its") or a definite description ("the
// minister", "the country") that refers to an entity.
// Text == doc[Start:End]. It is a plain value.
type Ref struct {
	Start, End int // byte offsets into the input
	Text       string
	First      int // tokens [First, Last) of Document.Tokens
	Last       int
	Kind       RefKind // pronoun or description
}

// MentionAt returns the index of the mention that covers token i, or -1.
// It relies on Mentions being ordered by Start, as Tag makes them: a
// binary search finds the mention, so a call takes time logarithmic in the
// number of mentions. Of mentions that overlap (only in a document built
// by hand), it returns the first one of the run of overlapping mentions
// that cover i.
func (d *Document) MentionAt(i int) int {
	ms := d.Mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].First > i }) - 1
	found := -1
	for ; k >= 0 && ms[k].First <= i && i < ms[k].Last; k-- {
		found = k
	}
	return found
}
