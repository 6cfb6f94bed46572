package gazetteer

import (
	"strconv"
	"strings"
	"time"

	"github.com/geoextract/geoextract/dataerr"
)

// Entry is one entity: a country, a city, a person, an organization or an
// event, as written in a gazetteer file.
//
// Entries obtained from a Gazetteer are shared by every user of that
// Gazetteer and must not be modified; reading them from several goroutines
// is safe. The zero Entry is not valid (it has no id, type or name); New
// reports why.
type Entry struct {
	ID       string   // unique id: ISO 3166-1 alpha-3 for countries, "kind/slug" otherwise
	Type     Type     // entity type of the actor's names
	Kind     Kind     // finer class: country, city, igo, party, person, ...; "" when unknown
	Name     string   // canonical name
	Country  string   // ISO alpha-3 code of the country the actor belongs to; "" for international bodies
	Aliases  []string // other names of the same type
	Demonyms []string // nationality adjectives and nouns, matched as NORP
	// Capitals are the seats of government standing for the entry
	// ("Seoul said"), matched as GPE: the file's capital, a string or a
	// list. CapitalAliases are other names of those seats, matched the
	// same way.
	Capitals       []string
	CapitalAliases []string
	// Epithets are definite descriptions news uses for the actor ("the
	// Western alliance", "the Hermit Kingdom"), written with their
	// determiner. They are not names: the matcher does not match them,
	// and package entity reads them as references to the actor named
	// before them (see the package documentation, Epithets).
	Epithets []string
	// Government lists a country's forms of state, lower-case slugs
	// ("monarchy", "kingdom", "republic", "islamic-republic"; see the
	// package documentation, Government). Package entity reads "the
	// kingdom" only as a country whose list holds "kingdom"; nil means
	// unknown, not none.
	Government []string
	Roles      []Role            // offices held
	Attributes map[string]string // free facts ("iso2": "KR"); nil when none
	// Merge says how the entry combines with an entry of the same id in
	// an earlier gazetteer (see [Merge]); the zero value replaces it.
	Merge MergeMode
	Pos   Position // where the entry was defined
}

// Role is an office held by a person ("Defense Minister"). From and To are
// dates written YYYY, YYYY-MM or YYYY-MM-DD; empty means open-ended. A role
// holds for documents dated inside it (see [Role.Holds]). Role is a plain
// value; the zero Role has no title and is not valid.
type Role struct {
	Title string
	// Of is the id of the entity the office belongs to: a country code
	// ("KOR") or another id ("org/united-nations"). Empty means the
	// entry's own country.
	Of   string
	From string
	To   string
}

// Holds reports whether the role is held on the day of t; a document
// dated t may name the person by it. Dates compare at their common
// precision: a role from 2022-05 holds from 2022-05-01, one to 2023 until
// the end of 2023. The zero time (an undated document) is inside every
// role.
func (r Role) Holds(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	var buf [10]byte
	d := string(t.AppendFormat(buf[:0], "2006-01-02"))
	if r.From != "" {
		n := min(len(r.From), len(d))
		if d[:n] < r.From[:n] {
			return false
		}
	}
	if r.To != "" {
		n := min(len(r.To), len(d))
		if d[:n] > r.To[:n] {
			return false
		}
	}
	return true
}

// Kind is a finer class of entity than its Type, written in files as a
// lower-case slug ("country", "government-body"). The constants below are
// the kinds the world data uses; any well-formed slug is accepted. The
// zero Kind means unknown. Kind is a plain value.
type Kind string

// Known kinds.
const (
	KindCountry        Kind = "country"         // a sovereign state (GPE, id an ISO alpha-3 code)
	KindFormerCountry  Kind = "former-country"  // a state that no longer exists (Soviet Union)
	KindTerritory      Kind = "territory"       // a dependent territory with its own ISO code (Aruba)
	KindState          Kind = "state"           // a first-level subdivision: state, province, region
	KindRegion         Kind = "region"          // another governed area (Scotland, Gaza Strip)
	KindCapital        Kind = "capital"         // a capital city as an entity of its own
	KindCity           Kind = "city"            // a city or town
	KindPlace          Kind = "place"           // an ungoverned place (LOC): sea, river, mountain, region
	KindIGO            Kind = "igo"             // an intergovernmental organization (UN, NATO)
	KindNGO            Kind = "ngo"             // a non-governmental organization
	KindGovernmentBody Kind = "government-body" // a ministry, agency, court or legislature
	KindMilitary       Kind = "military"        // armed forces, police and security services
	KindArmedGroup     Kind = "armed-group"     // a non-state armed group
	KindParty          Kind = "party"           // a political party
	KindCompany        Kind = "company"         // a business
	KindMedia          Kind = "media"           // a news organization
	KindForum          Kind = "forum"           // a grouping or recurring meeting (G20, Shangri-La Dialogue)
	KindOrganization   Kind = "organization"    // another organization
	KindPerson         Kind = "person"          // a person
	KindGroup          Kind = "group"           // a people, religion or political group (NORP)
	KindEvent          Kind = "event"           // a war, crisis or other event
)

// Valid reports whether k is a well-formed slug: lower-case ASCII letters
// and digits in words joined by single hyphens. The empty Kind is not
// valid (it means "unknown").
func (k Kind) Valid() bool { return isSlug(string(k)) }

// isSlug reports whether s is lower-case ASCII letters and digits in
// words joined by single hyphens, at most 64 bytes.
func isSlug(k string) bool {
	if k == "" || len(k) > 64 {
		return false
	}
	prev := byte('-')
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && prev != '-':
		default:
			return false
		}
		prev = c
	}
	return prev != '-'
}

// prefixKinds maps the kind part of an id ("city" in "city/andong") to
// the kind an entry without a kind field gets.
var prefixKinds = map[string]Kind{
	"person": KindPerson, "city": KindCity, "state": KindState, "capital": KindCapital,
	"gpe": KindRegion, "loc": KindPlace, "norp": KindGroup, "event": KindEvent,
	"igo": KindIGO, "ngo": KindNGO, "party": KindParty, "military": KindMilitary,
	"forum": KindForum, "company": KindCompany, "media": KindMedia,
}

// defaultKind is the kind of an entry that gives none: from the id's
// prefix ("city/..." is a city), else a GPE whose id is a country code is
// a country, a PERSON a person and an EVENT an event. Other entries (an
// "org/..." may be many things) stay of unknown kind.
func defaultKind(e *Entry) Kind {
	if i := strings.IndexByte(e.ID, '/'); i > 0 {
		if k, ok := prefixKinds[e.ID[:i]]; ok {
			return k
		}
	}
	switch {
	case e.Type == GPE && IsCountryID(e.ID):
		return KindCountry
	case e.Type == Person:
		return KindPerson
	case e.Type == Event:
		return KindEvent
	}
	return ""
}

// MergeMode says what an entry does to an entry with the same id in an
// earlier gazetteer when gazetteers are merged. It is written in files as
// the merge field. It is a plain value; the zero MergeMode is MergeReplace.
type MergeMode uint8

// The merge modes.
const (
	MergeReplace MergeMode = iota // replace the earlier entry wholesale (the default)
	MergeExtend                   // add lists and attributes to the earlier entry; given scalars override
	MergeRemove                   // delete the earlier entry
)

var mergeNames = [...]string{"replace", "extend", "remove"}

// String returns "replace", "extend" or "remove".
func (m MergeMode) String() string {
	if int(m) < len(mergeNames) {
		return mergeNames[m]
	}
	return "MergeMode(" + strconv.Itoa(int(m)) + ")"
}

// parseMergeMode parses the merge field.
func parseMergeMode(s string) (MergeMode, bool) {
	for i, n := range mergeNames {
		if n == s {
			return MergeMode(i), true
		}
	}
	return 0, false
}

// Position is a place in a data file, file:line:col: a gazetteer here, a
// relation lexicon in package relation. It is [dataerr.Position], the one
// position type of both.
type Position = dataerr.Position
