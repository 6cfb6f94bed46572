package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/geoextract/geoextract/internal/text"
)

// The checks below return "" for a good value and an error message
// otherwise. The YAML loader reports the message at the value's position;
// New reports it at the entry's.

func checkID(id string) string {
	if id == "" {
		return "missing id"
	}
	if strings.IndexFunc(id, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0 {
		return fmt.Sprintf("invalid id %q: contains white space", id)
	}
	return ""
}

func checkCountry(c string) string {
	if c == "" || IsCountryID(c) {
		return ""
	}
	return fmt.Sprintf("invalid country %q (want an ISO 3166-1 alpha-3 code such as KOR)", c)
}

// checkOf checks a role's of: an entity id, either a country code or a
// kind/slug id.
func checkOf(id string) string {
	if id == "" {
		return ""
	}
	if msg := checkID(id); msg != "" {
		return msg
	}
	if IsCountryID(id) || strings.IndexByte(id, '/') > 0 {
		return ""
	}
	return fmt.Sprintf("invalid role of %q (want an entity id: a country code such as KOR, or an id such as org/united-nations)", id)
}

func checkKind(k Kind) string {
	if k == "" || k.Valid() {
		return ""
	}
	return fmt.Sprintf("invalid kind %q (want a lower-case slug such as country or government-body)", string(k))
}

// checkGovernment checks one form of state of a government list.
func checkGovernment(f string) string {
	if isSlug(f) {
		return ""
	}
	return fmt.Sprintf("invalid government form %q (want a lower-case slug such as monarchy or islamic-republic)", f)
}

// IsCountryID reports whether s has the form of a country's id: an ISO
// 3166-1 alpha-3 code, three ASCII capital letters ("KOR"), the test of
// that form for the gazetteer's checks and for the packages that read its
// ids; it does not say whether s is a known country. It is safe for
// concurrent use.
func IsCountryID(s string) bool {
	return len(s) == 3 && isUpperASCII(s[0]) && isUpperASCII(s[1]) && isUpperASCII(s[2])
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// checkSurface checks a name, alias, demonym or capital; what says which.
func checkSurface(what, s string) string {
	if strings.TrimSpace(s) == "" {
		if what == "name" {
			return "missing name"
		}
		return "empty " + what
	}
	// Every word rune belongs to some token, so a string with no word
	// runes tokenizes to punctuation only and would match stray marks.
	if strings.IndexFunc(s, text.IsWordRune) < 0 {
		return fmt.Sprintf("%s %q has no words", what, s)
	}
	return ""
}

// checkEpithet checks an epithet: a surface of at least two words (a
// determiner and a noun: "the alliance").
func checkEpithet(s string) string {
	if msg := checkSurface("epithet", s); msg != "" {
		return msg
	}
	words := 0
	for _, t := range text.Tokenize(s) {
		if strings.IndexFunc(t.Text, text.IsWordRune) >= 0 {
			words++
		}
	}
	if words < 2 {
		return fmt.Sprintf("epithet %q has one word (want a description with its determiner: \"the alliance\")", s)
	}
	return ""
}

// dateLayouts are the accepted date forms, by length.
var dateLayouts = map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}

func checkDate(d string) string {
	if d == "" {
		return ""
	}
	layout, ok := dateLayouts[len(d)]
	if ok {
		if _, err := time.Parse(layout, d); err == nil {
			return ""
		}
	}
	return fmt.Sprintf("invalid date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", d)
}

// checkSpan checks that a role does not end before it starts, comparing the
// dates at their common precision: 2022-05 lies within 2022.
func checkSpan(r Role) string {
	if r.From == "" || r.To == "" || checkDate(r.From) != "" || checkDate(r.To) != "" {
		return ""
	}
	n := min(len(r.From), len(r.To))
	if r.From[:n] > r.To[:n] {
		if r.Title == "" {
			return fmt.Sprintf("role ends (%s) before it starts (%s)", r.To, r.From)
		}
		return fmt.Sprintf("role %q ends (%s) before it starts (%s)", r.Title, r.To, r.From)
	}
	return ""
}

func checkTitle(t string) string {
	if strings.TrimSpace(t) == "" {
		return "missing role title"
	}
	return ""
}

// GenderAttribute is the attribute that states a person's gender:
// "male" or "female" ("m" and "f" for short). Only PERSON entries may
// have it; the world data states no gender, as none of its sources does.
const GenderAttribute = "gender"

// The genders [Entry.Gender] returns.
const (
	Male   = "male"
	Female = "female"
)

// genderValues are the values of the gender attribute and the genders
// they state.
var genderValues = map[string]string{Male: Male, Female: Female, "m": Male, "f": Female}

// Gender is the gender the entry states of a person (attribute
// [GenderAttribute]): [Male], [Female], or "" when it states none or is
// no person.
func (e *Entry) Gender() string {
	if e == nil || e.Type != Person {
		return ""
	}
	return genderValues[e.Attributes[GenderAttribute]]
}

// checkGender checks a gender attribute of value v on an entry of type t
// (0 for an extension, whose type is the extended entry's).
func checkGender(t Type, v string) string {
	if t != 0 && t != Person {
		return fmt.Sprintf("attribute %q is for people, not %v", GenderAttribute, t)
	}
	if _, ok := genderValues[v]; ok {
		return ""
	}
	return fmt.Sprintf("invalid %s %q (want male or female, or m or f)", GenderAttribute, v)
}

// validateEntry checks e and reports problems at pos. Build uses it; the
// YAML loader runs the same checks field by field with finer positions.
func validateEntry(e *Entry, pos Position, errs *ErrorList) {
	prefix := ""
	if pos == (Position{}) {
		// No position to point at: say which entry instead.
		prefix = fmt.Sprintf("entry %q: ", e.ID)
	}
	add := func(msg string) {
		if msg != "" {
			errs.Add(pos, prefix+msg)
		}
	}
	add(checkID(e.ID))
	switch e.Merge {
	case MergeReplace, MergeExtend:
	case MergeRemove:
		if e.Type != 0 || e.Kind != "" || e.Name != "" || e.Country != "" || len(e.Aliases) > 0 ||
			len(e.Demonyms) > 0 || len(e.Capitals) > 0 || len(e.CapitalAliases) > 0 || len(e.Epithets) > 0 || len(e.Government) > 0 || len(e.Roles) > 0 ||
			len(e.Attributes) > 0 {
			add("merge: remove takes only an id")
		}
		return
	default:
		add(fmt.Sprintf("invalid merge %v", e.Merge))
	}
	extending := e.Merge == MergeExtend
	switch {
	case e.Type == 0 && extending:
	case e.Type == 0:
		add("missing type")
	case !e.Type.Valid():
		add(fmt.Sprintf("invalid type %v", e.Type))
	}
	add(checkKind(e.Kind))
	if !extending || e.Name != "" {
		add(checkSurface("name", e.Name))
	}
	add(checkCountry(e.Country))
	for _, a := range e.Aliases {
		add(checkSurface("alias", a))
	}
	for _, d := range e.Demonyms {
		add(checkSurface("demonym", d))
	}
	for _, c := range e.Capitals {
		add(checkSurface("capital", c))
	}
	for _, c := range e.CapitalAliases {
		add(checkSurface("capital alias", c))
	}
	for i, s := range e.Epithets {
		add(checkEpithet(s))
		if slices.ContainsFunc(e.Epithets[:i], func(o string) bool { return Fold(o) == Fold(s) }) {
			add(fmt.Sprintf("epithet %q listed twice", s))
		}
	}
	if len(e.Government) > 0 && e.Type != 0 && e.Type != GPE {
		add(fmt.Sprintf("government is for countries and other GPEs, not %v", e.Type))
	}
	for i, f := range e.Government {
		add(checkGovernment(f))
		if slices.Contains(e.Government[:i], f) {
			add(fmt.Sprintf("government form %q listed twice", f))
		}
	}
	for _, r := range e.Roles {
		add(checkTitle(r.Title))
		add(checkOf(r.Of))
		add(checkDate(r.From))
		add(checkDate(r.To))
		add(checkSpan(r))
	}
	if _, ok := e.Attributes[""]; ok {
		add("empty attribute name")
	}
	if g, ok := e.Attributes[GenderAttribute]; ok {
		add(checkGender(e.Type, g))
	}
}

// complete fills in what a valid entry leaves to defaults: a GPE whose id
// is an ISO alpha-3 code belongs to itself, and an entry without a kind
// gets [defaultKind] (except an extension, whose missing kind keeps the
// extended entry's).
func complete(e *Entry) {
	if e.Country == "" && e.Type == GPE && IsCountryID(e.ID) {
		e.Country = e.ID
	}
	if e.Kind == "" && e.Merge == MergeReplace {
		e.Kind = defaultKind(e)
	}
}
