package main

import (
	"regexp"
	"strings"
	"unicode"
)

// Factbook person names: the family name is written in capitals
// ("President LEE Jae-myung", "Emmanuel MACRON", "MUHAMMAD BIN ZAYID Al
// Nuhayyan"). findName locates the name in a short text that may start with
// a title, and splits off the title.

// titleWords are words that make up office titles and honorifics in front
// of a name; they are never taken as given names.
var titleWords = set("president", "vice", "co-vice", "prime", "minister", "king", "queen", "chancellor",
	"premier", "sultan", "amir", "emir", "crown", "prince", "princess", "co-prince", "archbishop", "pope",
	"governor", "governor-general", "general", "lieutenant", "lieutenant-governor", "lieutenant-general",
	"chief", "executive", "administrator", "commissioner", "high", "mayor", "chairperson", "chairman",
	"chair", "chairwoman", "commander-in-chief", "commander", "secretary", "state", "ambassador", "prefect",
	"leader", "taoiseach", "sir", "dame", "dr.", "dr", "gen.", "col.", "capt.", "sr.", "lt.", "maj.", "adm.",
	"acting", "interim", "transitional", "caretaker", "supreme", "grand", "lord", "lady", "air",
	"vice-marshal", "marshal", "field", "sovereign", "council", "presidential", "leadership", "territorial",
	"assembly", "government", "republic", "federal", "national", "deputy", "first", "second", "foreign",
	"defense", "defence", "overall", "so-called", "rear", "admiral", "colonel", "captain", "major", "sheikh",
	"shaykh", "ratu", "his", "her", "majesty", "highness", "excellency", "royal", "the", "of", "and", "for",
	"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "former", "current", "incumbent", "designate", "elect",
	"president-elect", "senior", "junior", "head", "speaker", "cnsp", "charge", "chargé", "d'affaires",
	"affaires", "envoy", "consul", "mission", "ulu", "amir-ul", "momineen", "co-chiefs", "captains",
	"regent", "monarch", "emperor", "empress", "duke", "grand-duke", "count", "baron", "baroness",
	"presidency", "pontifical", "commission", "governorate", "cabinet", "ministers", "mann", "co-chief")

// placeWords holds the words of country names; a name found in Factbook
// text never starts with one ("President of French Polynesia Moetai
// BROTHERSON"). It is filled before people are parsed.
var placeWords = map[string]bool{}

// nameParticles may sit inside a name in lower case ("LULA da Silva").
var nameParticles = set("da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den",
	"la", "le", "du", "bin", "ibn", "bint", "al", "el", "e", "i", "y", "ter", "ten", "zu", "ould", "ben", "wa")

// nameParticlesUpper are particles that keep lower case in a capitalized
// family name that is not the first word ("VAN DER BELLEN" -> "Van der Bellen").
var nameParticlesUpper = set("da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "der",
	"den", "la", "le", "du", "bin", "ibn", "bint", "y", "e", "i", "ter", "ten", "zu")

// capsWord reports whether w is a capitalized family-name word: at least
// two letters, none lower case after an optional lower-case particle
// prefix such as "al-" ("al-BURHAN").
func capsWord(w string) bool {
	w = strings.Trim(w, ",.;:")
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "at-", "ar-", "an-", "az-", "bin-", "ibn-", "d'", "de-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
			w = w[len(p):]
			break
		}
	}
	return isUpperWord(w)
}

// foundName is a person name found in Factbook text.
type foundName struct {
	Title string   // words before the name ("Prime Minister")
	Words []string // the name as written
	Caps  [2]int   // the capitalized family-name run within Words
}

// Name returns the name in normal case ("Lee Jae-myung", "Emmanuel Macron").
func (f foundName) Name() string {
	out := make([]string, len(f.Words))
	for i, w := range f.Words {
		if i >= f.Caps[0] && i < f.Caps[1] {
			lw := strings.ToLower(w)
			if romanRE.MatchString(w) { // "XI Jinping"
				out[i] = capWord(lw)
				continue
			}
			if i > f.Caps[0] && nameParticlesUpper[lw] {
				out[i] = lw
				continue
			}
			out[i] = titleWord(w, i == 0, nil)
			continue
		}
		out[i] = w
	}
	return strings.Join(out, " ")
}

// Short returns the first given name with the family-name run and any
// suffix ("Donald J. TRUMP" -> "Donald Trump", "Gustavo Francisco PETRO
// Urrego" -> "Gustavo Petro"), or "" when it would equal Name or be a
// single word.
func (f foundName) Short() string {
	if f.Caps[0] < 1 {
		return ""
	}
	g := foundName{Words: append([]string{f.Words[0]}, f.Words[f.Caps[0]:f.Caps[1]]...)}
	g.Caps = [2]int{1, len(g.Words)}
	// keep a regnal number or suffix right after the run
	if f.Caps[1] < len(f.Words) && (romanRE.MatchString(f.Words[f.Caps[1]]) || f.Words[f.Caps[1]] == "Jr.") {
		g.Words = append(g.Words, f.Words[f.Caps[1]])
	}
	if len(g.Words) < 2 {
		return ""
	}
	s := g.Name()
	if s == f.Name() {
		return ""
	}
	return s
}

var quotedRE = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

// findName finds the person named in a short text such as "President
// Donald J. TRUMP" or "Sultan and Prime Minister Sir HASSANAL Bolkiah". It
// uses the last run of capitalized words as the family name.
func findName(text string) (foundName, bool) {
	text = quotedRE.ReplaceAllString(text, " ") // nicknames: Ferdinand "BongBong" MARCOS
	text = removeParens(text)
	toks := strings.Fields(text)
	// trim trailing punctuation on tokens, remembering commas that end the name
	type tok struct {
		w     string
		comma bool
	}
	ts := make([]tok, len(toks))
	for i, t := range toks {
		c := strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":")
		ts[i] = tok{strings.TrimRight(t, ",;:"), c}
	}
	// A regnal number after a capitalized name is not part of the family
	// name ("CHARLES III"), but a capitalized roman-looking word that starts
	// a name is ("XI Jinping").
	isCaps := make([]bool, len(ts))
	for i, t := range ts {
		isCaps[i] = capsWord(t.w) && !titleWords[strings.ToLower(t.w)]
		if isCaps[i] && romanRE.MatchString(t.w) && i > 0 && capsWord(ts[i-1].w) {
			isCaps[i] = false
		}
	}
	// last run of caps words
	end := -1
	for i := len(ts) - 1; i >= 0; i-- {
		if isCaps[i] {
			end = i
			break
		}
	}
	if end < 0 {
		return foundName{}, false
	}
	start := end
	for start > 0 && isCaps[start-1] && !ts[start-1].comma {
		start--
	}
	// Extend backwards over given names: capitalized, not title words.
	first := start
	for first > 0 {
		p := ts[first-1]
		lw := strings.ToLower(p.w)
		if p.comma || titleWords[lw] || placeWords[lw] || !startsUpper(p.w) || strings.HasSuffix(p.w, ".") && len(p.w) > 2 && !isInitial(p.w) || start-first >= 4 {
			break
		}
		first--
	}
	// Extend forwards over particles and capitalized words ("da Silva",
	// "Al Nuhayyan", "III", "Jr.").
	last := end + 1
	if !ts[end].comma {
		for last < len(ts) {
			t := ts[last]
			lw := strings.ToLower(t.w)
			if nameParticles[lw] && last+1 < len(ts) && startsUpper(ts[last+1].w) {
				last++
				continue
			}
			if !startsUpper(t.w) || titleWords[lw] || t.w == "" {
				break
			}
			if !hasLetter(t.w) {
				break
			}
			last++
			if t.comma {
				break
			}
		}
	}
	// "Jr." after a comma ("WHIPPS, Jr.")
	if last < len(ts) && (ts[last].w == "Jr." || ts[last].w == "Jr") && ts[last-1].comma {
		last++
	}
	var title []string
	for _, t := range ts[:first] {
		title = append(title, t.w)
	}
	f := foundName{Title: strings.Join(title, " ")}
	for _, t := range ts[first:last] {
		f.Words = append(f.Words, t.w)
	}
	f.Caps = [2]int{start - first, end + 1 - first}
	return f, true
}

func isInitial(w string) bool {
	// "J." or "J.M."
	for _, r := range strings.ReplaceAll(w, ".", "") {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return strings.HasSuffix(w, ".") && len(w) <= 5
}

// honorifics are dropped from the front and back of a title.
var honorifics = []string{"Sir", "Dame", "Dr.", "Gen.", "Col.", "Capt.", "Sr. Gen.", "Sr.", "General", "Lt.", "Maj.",
	"Grand Chief Sir", "Grand Chief", "Air Vice-Marshal", "Ratu", "Crown Prince", "Archbishop", "Lord of Mann", "so-called"}

// cleanTitle tidies a title found before a name: honorifics and rank words
// are dropped ("Sultan and Prime Minister Sir" -> "Sultan and Prime Minister").
func cleanTitle(t string) string {
	t = collapse(strings.Trim(t, ",;: "))
	for changed := true; changed; {
		changed = false
		for _, h := range honorifics {
			if strings.HasSuffix(t, " "+h) {
				t = strings.TrimSpace(strings.TrimSuffix(t, h))
				changed = true
			} else if t == h {
				t = ""
				changed = true
			}
		}
		for _, p := range []string{"overall ", "the "} {
			if strings.HasPrefix(t, p) {
				t = strings.TrimPrefix(t, p)
				changed = true
			}
		}
	}
	if t != "" && !startsUpper(t) {
		t = capitalize(t)
	}
	return t
}
