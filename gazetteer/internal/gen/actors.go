package main

import (
	"sort"
	"strings"
)

// orgKeywords mark a phrase as naming an organization.
var orgKeywords = set("ORGANIZATION", "ORGANISATION", "UNION", "COMMISSION", "COUNCIL", "FUND", "BANK", "AGENCY",
	"ASSOCIATION", "COMMUNITY", "COMMITTEE", "PROGRAM", "PROGRAMME", "FOUNDATION", "INSTITUTE", "INSTITUTION",
	"FEDERATION", "LEAGUE", "PARTY", "FRONT", "ARMY", "MOVEMENT", "BRIGADE", "BRIGADES", "GROUP", "GROUPS",
	"FORCE", "FORCES", "CORPS", "COURT", "TRIBUNAL", "PARLIAMENT", "ASSEMBLY", "SECRETARIAT", "OFFICE", "MISSION",
	"CENTER", "CENTRE", "NETWORK", "ALLIANCE", "SOCIETY", "TREATY", "CONFERENCE", "FORUM", "PANEL", "NATIONS",
	"AUTHORITY", "PARTNERSHIP", "COALITION", "CONGRESS", "CORPORATION", "COMPANY", "INC", "INC.", "LTD", "TRUST",
	"SERVICE", "SERVICES", "NEWS", "TIMES", "POST", "JOURNAL", "PRESS", "BROADCASTING", "CELLS", "CELL", "NUCLEI",
	"NUCLEUS", "FACTION", "COMMANDOS", "GUERRILLA", "GUERRILLAS", "MILITIA", "MILITIAS", "RESISTANCE", "JIHAD",
	"MUJAHIDEEN", "MUJAHIDIN", "LASHKAR", "LASKAR", "TIGERS", "BATTALION", "BATTALIONS", "REGIME", "GOVERNMENT",
	"MINISTRY", "DEPARTMENT", "BUREAU", "POLICE", "NAVY", "GUARD", "GUARDS", "COMMAND", "DIRECTORATE", "UNIVERSITY",
	"CHURCH", "RADIO", "TELEVISION", "AGENCE", "JAMAAT", "JEMAAH", "JAMAAH", "HARAKAT", "HARKAT", "HIZB", "TANZIM",
	"ANSAR", "FEDAYEEN", "SQUAD", "SQUADS", "UNIT", "UNITS", "LEGION", "COMMUNE", "ACTION", "SOLIDARITY",
	"INTERNATIONAL", "PROJECT", "INITIATIVE", "PLAN", "CABINET", "SENATE", "HOUSE", "MONITOR", "OBSERVATORY",
	"WATCH", "RIGHTS", "RELIEF", "AID", "BOARD", "SYNDICATE", "CARTEL", "CLAN", "REPUBLIC")

// titleTokens are office words stripped from the front of person phrases
// ("SECRETARY-GENERAL_KOFI_ANNAN" -> "Kofi Annan").
var titleTokens = set("PRESIDENT", "PRIME", "MINISTER", "SECRETARY-GENERAL", "SECRETARY", "GENERAL", "UN", "U.N.",
	"UNITED", "NATIONS", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "KING", "QUEEN", "LORD", "BARON",
	"BARONESS", "LADY", "SIR", "DAME", "GEN", "GEN.", "COL", "COL.", "CAPT", "CAPT.", "CHANCELLOR", "FOREIGN",
	"DEFENSE", "DEFENCE", "CHAIRMAN", "COMMANDER", "GOVERNOR", "SENATOR", "SEN.", "REP.", "AMBASSADOR", "ENVOY",
	"CHIEF", "SPEAKER", "VICE", "DEPUTY", "FORMER", "LATE", "AYATOLLAH", "GRAND", "CROWN", "PRINCE", "PRINCESS",
	"EMIR", "AMIR", "SULTAN", "MULLAH", "MAJOR", "LIEUTENANT", "COLONEL", "MARSHAL", "FIELD", "ADMIRAL", "SHEIK",
	"SHEIKH", "PREMIER", "US", "U.S.", "AMERICAN", "BRITISH", "RUSSIAN", "SEC.", "SECY", "STATE", "OF", "THE",
	"EXTREMIST", "COMMANDER-IN-CHIEF", "PRESIDENT-ELECT", "POPE", "JUDGE", "JUSTICE", "MAYOR", "JONKHEER", "DATUK",
	"DATO", "TUN", "TAN", "SRI", "HAJI", "HAJJI", "SHRI", "LYONPO", "SAMDECH", "THAKIN", "U")

// personStop are words that never occur in a person's alias.
var personStop = set("GOVERNMENT", "REGIME", "FORCES", "ADMINISTRATION", "MINISTRY", "PARTY", "SPOKESMAN",
	"SPOKESWOMAN", "SPOKESPERSON", "OFFICIAL", "OFFICIALS", "SUPPORTERS", "LOYALISTS", "FOLLOWERS", "FAMILY",
	"CABINET", "CAMP", "ARMY", "MILITIA", "GROUP", "NETWORK", "OFFICE", "AIDES", "AIDE", "TROOPS", "MEN", "LOYALIST",
	"BROTHERS", "CLAN", "DYNASTY", "ERA", "PRESIDENCY", "GOVT", "GOV'T", "ALLIES", "ALLY", "CAMPAIGN")

// placeKeywords mark a phrase as a geographic feature (LOC), not a city.
var placeKeywords = set("RIVER", "DESERT", "LAKE", "MOUNT", "MT.", "MT", "MOUNTAINS", "MOUNTAIN", "PENINSULA", "BAY",
	"GULF", "SEA", "VALLEY", "PLAIN", "PLAINS", "PLATEAU", "HIGHLANDS", "ALPS", "CAPE", "REEF", "FALLS", "CANAL",
	"DAM", "SQUARE", "BASIN", "COAST", "STRAIT", "STRAITS", "ISLAND", "ISLANDS", "ISLES", "ISLE", "ARCHIPELAGO",
	"RANGE", "FOREST", "DELTA", "GLACIER", "VOLCANO", "OCEAN", "LAGOON", "ATOLL", "CANYON", "PASS", "SHIELD",
	"BIGHT", "PICO", "NEVADO", "VOLCAN", "HILLS", "WOODS", "PARK")

// countryWords mark a phrase as a name of a state, not of a city.
var countryWords = set("REPUBLIC", "KINGDOM", "STATE", "STATES", "EMPIRE", "FEDERATION", "PEOPLE", "PEOPLES",
	"PEOPLE'S", "DEMOCRATIC", "UNION", "COMMONWEALTH", "PRINCIPALITY", "SULTANATE", "EMIRATE", "EMIRATES",
	"DOMINION", "PROTECTORATE", "COLONY", "TERRITORY", "TERRITORIES", "DUCHY", "CONFEDERATION", "REP.", "REP",
	"COUNTRY", "NATION", "LAND", "PROVINCE", "PROVINCES", "DISTRICT", "REGION", "OBLAST", "GOVERNORATE",
	"DEPARTMENT", "PREFECTURE", "COUNTY", "CAPITAL", "PROVINCIAL", "GOVERNMENT", "THE")

// phoenix holds what the Phoenix dictionaries add.
type phoenix struct {
	countries, intl, milNonState []*dictEntry
}

// givenNames fills w.given with the first words of the CountryInfo people,
// which says which words start person names.
func (w *world) learnGivenNames(ph *phoenix) {
	for _, d := range ph.countries {
		if strings.Contains(d.Comment, "CountryInfo") {
			if ws := phraseWords(d.Phrase); len(ws) >= 2 && !personParticles[strings.ToLower(ws[0])] && !titleTokens[ws[0]] {
				w.given[ws[0]] = true
			}
		}
	}
	for _, g := range []string{"ABU", "SHEIKH", "SHEIK", "MULLAH", "MOHAMMED", "MOHAMMAD", "MUHAMMAD", "AHMED", "AHMAD"} {
		w.given[g] = true
	}
}

// looksPerson reports whether phrase words look like a person's name.
func (w *world) looksPerson(ws []string) bool {
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	for _, x := range ws {
		if orgKeywords[x] || placeKeywords[x] || countryWords[x] || personStop[x] || strings.ContainsAny(x, "()/&0123456789") {
			return false
		}
	}
	return w.given[ws[0]] && !personParticles[strings.ToLower(ws[0])]
}

func hasAny(ws []string, s map[string]bool) bool {
	for _, x := range ws {
		if s[x] {
			return true
		}
	}
	return false
}

// stripTitles removes office words from the front of a person phrase.
func stripTitles(ws []string) []string {
	for len(ws) > 1 && (titleTokens[ws[0]] || strings.HasSuffix(ws[0], "'S")) {
		ws = ws[1:]
	}
	return ws
}

// personName converts person phrase words to a name.
func personName(ws []string) string {
	return titleCase(ws, personParticles)
}

// koreanStyle gives the hyphenated form of a three-word Korean or
// Taiwanese name ("LEE JONG SEOK" -> "Lee Jong-seok") and fixes hyphenated
// given names ("BAN KI-MOON" -> "Ban Ki-moon").
func koreanStyle(ws []string) (string, bool) {
	if len(ws) == 3 && !strings.Contains(strings.Join(ws, ""), "-") && len(ws[0]) <= 4 {
		return capWord(strings.ToLower(ws[0])) + " " + capWord(strings.ToLower(ws[1])) + "-" + strings.ToLower(ws[2]), true
	}
	if len(ws) == 2 && strings.Count(ws[1], "-") == 1 && len(ws[0]) <= 4 {
		return capWord(strings.ToLower(ws[0])) + " " + capWord(strings.ToLower(ws[1])), true
	}
	if len(ws) == 2 && strings.Count(ws[0], "-") == 1 && len(ws[1]) <= 4 { // "KYUNG-WHA KANG"
		return capWord(strings.ToLower(ws[0])) + " " + capWord(strings.ToLower(ws[1])), true
	}
	return "", false
}

// phoenixPerson builds a person from a dictionary entry, or nil.
func (w *world) phoenixPerson(d *dictEntry, fallbackCountry, src string) *entry {
	raw := phraseWords(d.Phrase)
	ws := stripTitles(raw)
	if len(ws) == 0 || hasAny(ws, personStop) || hasAny(ws, orgKeywords) {
		return nil
	}
	if len(ws) == 1 && len(raw) > 1 {
		w.drop("person known by title and surname only", d.Phrase)
		return nil // "LORD_CARRINGTON": the surname alone names many people
	}
	for _, x := range ws {
		if strings.ContainsAny(x, "()/&0123456789,") {
			w.drop("person phrase with stray characters", d.Phrase)
			return nil
		}
	}
	// roles and country
	var roles []role
	dated := false
	for _, c := range d.Codes {
		if c.Dated && !c.BadDate {
			dated = true
		}
	}
	for _, c := range d.Codes {
		if dated && !c.Dated {
			continue
		}
		if r, ok := roleOf(c); ok {
			roles = append(roles, r)
		}
	}
	country := latestCountry(roles)
	if country == "" {
		country = fallbackCountry
		for _, c := range d.Codes {
			if cc := countryOfCode(c.Code); cc != "" && strings.HasPrefix(c.Code, cc) {
				country = cc
			}
		}
	}
	name := personName(ws)
	var aliases []string
	if country == "KOR" || country == "PRK" || country == "TWN" {
		if k, ok := koreanStyle(ws); ok && k != name {
			aliases = append(aliases, name)
			name = k
		}
	}
	if len(ws) == 1 {
		lw := strings.ToLower(ws[0])
		if w.given[ws[0]] || w.isWord(lw) || len(ws[0]) < 4 {
			w.drop("single-word person name", name)
			return nil
		}
	}
	if !wellFormed(name) {
		w.drop("malformed person name", name)
		return nil
	}
	e := &entry{ID: "person/" + slug(name), Type: tPerson, Name: name, Country: country, Roles: roles, src: src}
	e.Aliases = aliases
	for _, s := range d.Synonyms {
		sw := stripTitles(phraseWords(s))
		if len(sw) < 2 || hasAny(sw, personStop) || hasAny(sw, orgKeywords) {
			continue
		}
		bad := false
		for _, x := range sw {
			if strings.ContainsAny(x, "()/&0123456789,") || len(strings.Trim(x, ".")) == 1 && !strings.HasSuffix(x, ".") {
				bad = true
			}
		}
		if bad {
			continue
		}
		a := personName(sw)
		if country == "KOR" || country == "PRK" || country == "TWN" {
			if k, ok := koreanStyle(sw); ok {
				e.Aliases = append(e.Aliases, k)
			}
		}
		e.Aliases = append(e.Aliases, a)
	}
	return e
}

// latestCountry returns the country of the role that ends last.
func latestCountry(rs []role) string {
	best, bestScore := "", ""
	for _, r := range rs {
		if r.Of == "" {
			continue
		}
		score := "0000"
		switch {
		case r.To != "":
			score = r.To
		case r.From != "":
			score = "9999" + r.From
		}
		if score >= bestScore {
			best, bestScore = r.Of, score
		}
	}
	return best
}

// orgFromPhrase builds an organization from dictionary words; acronyms in
// parentheses become aliases.
func (w *world) orgName(ws []string) (name string, acr []string) {
	var keep []string
	for _, x := range ws {
		if strings.HasPrefix(x, "(") && strings.HasSuffix(x, ")") {
			a := strings.Trim(x, "()")
			if isAcronym(a) {
				acr = append(acr, a)
			}
			continue
		}
		keep = append(keep, strings.Trim(x, "()"))
	}
	for len(keep) > 1 && keep[0] == "THE" {
		keep = keep[1:]
	}
	out := make([]string, len(keep))
	for i, x := range keep {
		lx := strings.ToLower(x)
		if s, ok := corpSuffix[strings.TrimSuffix(x, ".")]; ok && i > 0 {
			out[i] = s
			continue
		}
		switch {
		case w.keepUpper(x, len(keep)):
			out[i] = x
		case i > 0 && orgSmall[lx]:
			out[i] = lx
		default:
			out[i] = titleWord(x, i == 0, orgSmall)
		}
	}
	return strings.Join(out, " "), acr
}

// corpSuffix spells company-form words.
var corpSuffix = map[string]string{"INC": "Inc.", "LTD": "Ltd.", "CORP": "Corp.", "CO": "Co.", "LLC": "LLC", "PLC": "plc", "LP": "LP"}

// knownAcronyms are the abbreviations of Factbook Appendix B and a few more.
var knownAcronyms = map[string]bool{}

// keepUpper decides whether a dictionary word is an acronym kept in
// capitals ("NATO", "UNHCR") rather than a word ("HAMAS" -> "Hamas").
func (w *world) keepUpper(x string, n int) bool {
	if knownAcronyms[x] || strings.Contains(strings.Trim(x, "."), ".") {
		return true
	}
	core := strings.Trim(x, ".,'")
	if core == "" {
		return false
	}
	if !strings.ContainsAny(core, "AEIOUY") {
		return true
	}
	if len(core) <= 3 && !w.isWord(strings.ToLower(core)) && !orgSmall[strings.ToLower(core)] {
		return true
	}
	if n == 1 && len(core) == 4 && !w.isWord(strings.ToLower(core)) {
		vowels := 0
		for _, r := range core {
			if strings.ContainsRune("AEIOU", r) {
				vowels++
			}
		}
		return vowels <= 2
	}
	return false
}

// isAcronym reports whether s looks like an abbreviation: 2-8 capitals,
// digits, dots, hyphens or '&'.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 10 {
		return false
	}
	up := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			up++
		case r >= '0' && r <= '9', r == '.', r == '-', r == '&', r == '/':
		case r >= 'a' && r <= 'z':
		default:
			return false
		}
	}
	return up >= 2 && isUpperWord(s) || up >= 2 && strings.ToUpper(s[:1]) == s[:1] && up*2 >= len(s)
}

// phoenixActors adds the people, organizations and cities of the Phoenix
// dictionaries.
func (w *world) phoenixActors(ph *phoenix) {
	w.learnGivenNames(ph)
	for _, d := range ph.intl {
		w.intlActor(d)
	}
	for _, d := range ph.milNonState {
		w.milActor(d)
	}
	for _, d := range ph.countries {
		w.countryActor(d)
	}
}

func firstCode(d *dictEntry) string {
	for _, c := range d.Codes {
		if c.Code != "" && !strings.HasPrefix(c.Code, "-") {
			return c.Code
		}
	}
	return ""
}

// intlActor handles one entry of Phoenix.International.actors.txt.
func (w *world) intlActor(d *dictEntry) {
	ws := phraseWords(d.Phrase)
	if len(ws) == 0 {
		return
	}
	code := firstCode(d)
	dated := false
	for _, c := range d.Codes {
		dated = dated || c.Dated
	}
	isOrg := hasAny(ws, orgKeywords) || strings.HasPrefix(code, "MNC") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "MED")
	switch {
	case !isOrg && (strings.Contains(d.Comment, "IGOrulers") || strings.Contains(d.Comment, "CountryInfo") || dated || w.looksPerson(stripTitles(ws))):
		if e := w.phoenixPerson(d, "", "phoenix intl"); e != nil {
			w.add(e)
		}
	default:
		if code == "" {
			return
		}
		kind := code
		if len(kind) > 3 {
			kind = kind[:3]
		}
		country := ""
		if kind != "IGO" && kind != "NGO" && kind != "MNC" && kind != "MED" {
			country = countryOfCode(code)
			if country == "" && !strings.HasPrefix(code, "MED") {
				return
			}
		}
		// NGOs and companies: only names that are clearly names.
		if (kind == "NGO" || kind == "MNC") && len(ws) < 2 && !knownAcronyms[strings.Trim(ws[0], "_")] {
			w.drop("single-word NGO or company", d.Phrase)
			return
		}
		w.phoenixOrg(d, country, "phoenix intl")
	}
}

// milActor handles one entry of Phoenix.MilNonState.actors.txt.
func (w *world) milActor(d *dictEntry) {
	ws := phraseWords(d.Phrase)
	if len(ws) == 0 || fictional[strings.Join(ws, " ")] {
		return
	}
	code := firstCode(d)
	country := countryOfCode(code)
	if !hasAny(ws, orgKeywords) && w.looksPerson(stripTitles(ws)) {
		if e := w.phoenixPerson(d, country, "phoenix milnonstate"); e != nil {
			w.add(e)
		}
		return
	}
	if len(ws) == 1 && w.given[ws[0]] {
		w.drop("single given name in armed-group list", d.Phrase)
		return
	}
	w.phoenixOrg(d, country, "phoenix milnonstate")
}

// fictional entries in the Phoenix lists (test actors).
var fictional = set("ERNST STAVRO BLOFELD", "RA'S AL GHUL", "HONG KIL DONG", "KINAKUTA")

// phoenixOrg adds an organization from a dictionary entry.
func (w *world) phoenixOrg(d *dictEntry, country, src string) {
	ws := phraseWords(d.Phrase)
	if hasAny(ws, map[string]bool{"SPOKESMAN": true, "SPOKESWOMAN": true, "OFFICIAL": true, "PRESIDENT": true, "MINISTER": true, "CHIEF": true, "SECRETARY": true, "ENVOY": true, "MONITOR": true}) {
		return
	}
	name, acr := w.orgName(ws)
	if !wellFormed(name) {
		w.drop("malformed organization name", name)
		return
	}
	if len(ws) == 1 && (w.isWord(strings.ToLower(ws[0])) || w.given[ws[0]]) {
		w.drop("organization named by a common word", name)
		return
	}
	e := &entry{Type: tOrg, Name: name, Country: country, Aliases: acr, Kind: codeKind(firstCode(d)), src: src}
	for _, s := range d.Synonyms {
		sw := phraseWords(s)
		if len(sw) == 0 {
			continue
		}
		if !hasAny(sw, orgKeywords) && w.looksPerson(sw) {
			continue // a leader listed under the group
		}
		if hasAny(sw, map[string]bool{"SPOKESMAN": true, "OFFICIAL": true, "OFFICIALS": true, "PRESIDENT": true, "CHIEF": true, "LINKED": true, "AFFILIATED": true, "OFFSHOOT": true, "OPERATIVES": true, "FIGHTERS": true, "MEMBERS": true, "LEADER": true}) {
			continue
		}
		a, acr2 := w.orgName(sw)
		e.addAlias(a)
		e.addAlias(acr2...)
	}
	w.addOrg(e)
}

// countryActor handles one entry of Phoenix.Countries.actors.txt: people
// (CountryInfo), national institutions and, in country blocks, cities.
func (w *world) countryActor(d *dictEntry) {
	ws := phraseWords(d.Phrase)
	if len(ws) == 0 || fictional[strings.Join(ws, " ")] {
		return
	}
	if strings.Contains(d.Comment, "CountryInfo") {
		if e := w.phoenixPerson(d, "", "phoenix countries"); e != nil {
			w.add(e)
		}
		return
	}
	// a country block: a bare country code
	if c := blockCountry(d); c != "" {
		w.phoenixCities(d, c)
		return
	}
	code := firstCode(d)
	country := countryOfCode(code)
	if country == "" || len(code) <= 3 {
		return
	}
	if !hasAny(ws, orgKeywords) && w.looksPerson(stripTitles(ws)) {
		if e := w.phoenixPerson(d, country, "phoenix countries"); e != nil {
			w.add(e)
		}
		return
	}
	w.phoenixOrg(d, country, "phoenix countries")
}

// blockCountry returns the country of a country block: an entry with a
// bare country code, or "" for other entries.
func blockCountry(d *dictEntry) string {
	best := ""
	for _, c := range d.Codes {
		if len(c.Code) == 3 {
			if cc := countryOfCode(c.Code); cc != "" && (best == "" || !c.Dated || c.From != "") {
				best = cc
			}
		}
	}
	if best == "" || len(d.Synonyms) < 1 {
		return ""
	}
	return best
}

// cityInfo is what cities are checked against.
type cityInfo struct {
	capitals   map[string]map[string]bool // iso -> capital keys
	states     map[string]map[string]bool // iso -> state keys
	countryKey map[string]bool            // keys of every country name, alias and demonym
	anyCapital map[string]bool
	countryTok map[string]map[string]bool // iso -> significant words of its names
}

// phoenixCities turns the city and province synonyms of a country block
// into city/ entries.
func (w *world) phoenixCities(d *dictEntry, iso string) {
	ci := w.cityInfo
	if ci == nil {
		return
	}
	syns := d.Synonyms
	start := -1
	for i, s := range syns {
		k := key(strings.Join(phraseWords(s), " "))
		if (ci.capitals[iso][k] || ci.states[iso][k]) && (i >= 2 || len(syns) <= 4 && i >= 1) {
			start = i
			break
		}
	}
	if start < 0 {
		return
	}
	region := syns[start:]
	// words of the geographic features listed ("LAKE NASSER"), whose short
	// forms ("NASSER") are not cities
	featureWords := map[string]bool{}
	for _, s := range region {
		if fw := phraseWords(s); hasAny(fw, placeKeywords) {
			for _, x := range fw {
				featureWords[x] = true
			}
		}
	}
	var keys []string
	for _, s := range region {
		keys = append(keys, strings.ReplaceAll(strings.Join(phraseWords(s), ""), ".", ""))
	}
	for i, s := range region {
		ws := phraseWords(s)
		if len(ws) == 0 || len(ws) > 5 {
			continue
		}
		joined := strings.Join(ws, " ")
		if strings.ContainsAny(joined, "()0123456789,#/") {
			continue
		}
		name := titleCase(ws, orgSmall)
		k := key(name)
		if len(ws) == 1 && featureWords[ws[0]] {
			w.drop("city list item that is part of a feature name", name+" ("+iso+")")
			continue
		}
		switch {
		case ci.capitals[iso][k]:
			continue // the capital is on the country entry
		case ci.countryKey[k]:
			w.drop("city list item that names a country", name+" ("+iso+")")
			continue
		case ci.states[iso][k]:
			continue
		case ci.anyCapital[k]:
			w.drop("city list item that is another country's capital", name+" ("+iso+")")
			continue
		case hasAny(ws, countryWords):
			w.drop("city list item with a state word", name+" ("+iso+")")
			continue
		case w.variantOf(ws, iso):
			w.drop("city list item that varies the country name", name+" ("+iso+")")
			continue
		case len(ws) == 1 && w.isCommon(name):
			w.drop("city list item that is a common word", name+" ("+iso+")")
			continue
		}
		// a broken spelling of a neighbour ("NGPUR" next to "NAGPUR")
		broken := false
		for j, o := range keys {
			if j != i && len(o) > len(keys[i]) && len(o)-len(keys[i]) <= 2 && isSubsequence(keys[i], o) {
				broken = true
			}
		}
		if broken {
			w.drop("city list item that is a broken spelling", name+" ("+iso+")")
			continue
		}
		if hasAny(ws, placeKeywords) {
			w.add(&entry{ID: "loc/" + slug(name), Type: tLoc, Name: name, Country: iso, src: "phoenix cities"})
			continue
		}
		w.add(&entry{ID: "city/" + slug(name), Type: tGPE, Name: name, Country: iso, src: "phoenix cities"})
	}
}

// variantOf reports whether ws is a spelling of the country's own name or
// demonym ("AFGANISTAN", "UNITED STATS").
func (w *world) variantOf(ws []string, iso string) bool {
	toks := w.cityInfo.countryTok[iso]
	for _, x := range ws {
		if toks[x] {
			return true
		}
	}
	joined := strings.Join(ws, "")
	for t := range toks {
		if len(t) >= 5 && len(joined) >= 5 && joined[:4] == t[:4] {
			return true
		}
		if editDistance(joined, t) <= 2 {
			return true
		}
	}
	return false
}

// isSubsequence reports whether a's letters appear in b in order.
func isSubsequence(a, b string) bool {
	i := 0
	for j := 0; j < len(b) && i < len(a); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// editDistance is the Levenshtein distance of two byte strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// buildCityInfo indexes the country candidates for the city filter.
func (w *world) buildCityInfo() {
	ci := &cityInfo{capitals: map[string]map[string]bool{}, states: map[string]map[string]bool{},
		countryKey: map[string]bool{}, anyCapital: map[string]bool{}, countryTok: map[string]map[string]bool{}}
	generic := set("REPUBLIC", "OF", "THE", "ISLANDS", "ISLAND", "SAINT", "NEW", "SOUTH", "NORTH", "WEST", "EAST",
		"CITY", "AND", "DEMOCRATIC", "PEOPLE'S", "KINGDOM", "STATE", "STATES", "UNITED", "FEDERAL", "ISLAMIC",
		"GREAT", "CENTRAL", "GUINEA", "ST.", "SAN", "SANTA", "SAO", "DE", "DEL", "LA", "EL", "AL", "NORTHERN",
		"SOUTHERN", "WESTERN", "EASTERN", "UPPER", "LOWER", "COMMONWEALTH", "TERRITORY", "PLURINATIONAL", "HOLY",
		"BOLIVARIAN", "ORIENTAL", "ARAB", "SOCIALIST", "FEDERATED", "INDEPENDENT", "COOPERATIVE", "CONGO")
	for _, e := range w.cands {
		if e.kind() == "state" {
			if ci.states[e.Country] == nil {
				ci.states[e.Country] = map[string]bool{}
			}
			ci.states[e.Country][key(e.Name)] = true
			for _, a := range e.Aliases {
				ci.states[e.Country][key(a)] = true
			}
		}
		if e.kind() != "" {
			continue
		}
		if ci.capitals[e.ID] == nil {
			ci.capitals[e.ID] = map[string]bool{}
			ci.countryTok[e.ID] = map[string]bool{}
		}
		for _, c := range e.Capitals {
			ci.capitals[e.ID][key(c)] = true
			ci.anyCapital[key(c)] = true
		}
		for _, s := range append(e.surfaces(), e.Demonyms...) {
			ci.countryKey[key(s)] = true
			for _, t := range strings.Fields(strings.ToUpper(foldASCII(s))) {
				t = strings.Trim(t, ".,")
				if len(t) >= 3 && !generic[t] {
					ci.countryTok[e.ID][t] = true
				}
			}
		}
	}
	w.cityInfo = ci
}

// ---- organizations: one id per organization across sources

// addOrg adds an organization, merging it into an earlier one that has
// the same name or alias (and the same country).
func (w *world) addOrg(e *entry) {
	if w.orgIndex == nil {
		w.orgIndex = map[string]string{}
	}
	e.Type = tOrg
	for _, s := range e.surfaces() {
		if id, ok := w.orgIndex[e.Country+"|"+key(s)]; ok {
			e.ID = id
			break
		}
	}
	if e.ID == "" {
		e.ID = "org/" + orgSlug(e)
	}
	for _, s := range e.surfaces() {
		k := e.Country + "|" + key(s)
		if _, ok := w.orgIndex[k]; !ok {
			w.orgIndex[k] = e.ID
		}
	}
	w.add(e)
}

// orgSlug is the acronym of an organization when it has one, else the slug
// of its name.
func orgSlug(e *entry) string {
	var acr []string
	for _, a := range e.surfaces() {
		if isUpperWord(a) && !strings.Contains(a, " ") && len(a) >= 2 && len(a) <= 8 {
			acr = append(acr, a)
		}
	}
	if len(acr) > 0 {
		sort.SliceStable(acr, func(i, j int) bool { return len(acr[i]) > len(acr[j]) && false })
		return slug(acr[0])
	}
	return slug(e.Name)
}
