package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// profile is one Factbook profile: nested objects whose leaves are
// {"text": "..."} objects or plain strings.
type profile map[string]any

// parseProfiles decodes profiles.json.
func parseProfiles(data []byte) (map[string]profile, error) {
	var raw map[string]profile
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("profiles.json: %v", err)
	}
	return raw, nil
}

// text returns the text at the path of keys, "" if absent.
func (p profile) text(path ...string) string {
	var cur any = map[string]any(p)
	for _, k := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return ""
		}
		cur = m[k]
	}
	switch v := cur.(type) {
	case string:
		return v
	case map[string]any:
		if t, ok := v["text"].(string); ok {
			return t
		}
	}
	return ""
}

var tldRE = regexp.MustCompile(`\.([a-z]{2})\b`)

// ccTLD returns the profile's two-letter Internet country code, upper case.
func ccTLD(s string) string {
	m := tldRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return strings.ToUpper(m[1])
}

// fbCountry is a Factbook profile joined to its ISO code.
type fbCountry struct {
	gec, iso string
	p        profile
	e        *entry
}

// countryFix holds hand-written facts about how English news names a
// country where the Factbook's conventional forms do not say it.
type countryFix struct {
	name     string   // canonical name, when the Factbook short form is not it
	aliases  []string // extra aliases
	demonyms []string
	capitals []string // replaces the parsed capitals when set
}

var countryFixes = map[string]countryFix{
	"USA": {aliases: []string{"U.S.", "US", "USA", "U.S.A.", "America", "United States of America"}, capitals: []string{"Washington"}},
	"GBR": {aliases: []string{"UK", "U.K.", "Britain", "Great Britain"}, demonyms: []string{"Britons", "British"}},
	"RUS": {aliases: []string{"Russian Federation"}},
	"KOR": {aliases: []string{"ROK", "Republic of Korea", "S. Korea"}, demonyms: []string{"South Korean", "South Koreans"}},
	"PRK": {aliases: []string{"DPRK", "D.P.R.K.", "N. Korea"}, demonyms: []string{"North Korean", "North Koreans"}},
	"CHN": {aliases: []string{"PRC", "People's Republic of China", "Mainland China"}},
	"TWN": {aliases: []string{"Republic of China"}, demonyms: []string{"Taiwanese"}},
	"COG": {name: "Republic of the Congo", aliases: []string{"Congo-Brazzaville", "Republic of Congo", "Congo Republic"}},
	"COD": {name: "Democratic Republic of the Congo", aliases: []string{"DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo"}},
	"DOM": {name: "Dominican Republic"},
	"VAT": {name: "Vatican City", aliases: []string{"Vatican", "Holy See"}},
	"ARE": {name: "United Arab Emirates", aliases: []string{"UAE", "U.A.E.", "Emirates"}},
	"CAF": {name: "Central African Republic", aliases: []string{"CAR"}},
	"FSM": {name: "Micronesia"},
	"SHN": {name: "Saint Helena"},
	"IOT": {name: "British Indian Ocean Territory"},
	"CIV": {name: "Ivory Coast", aliases: []string{"Côte d'Ivoire", "Cote d'Ivoire"}, demonyms: []string{"Ivorian", "Ivorians"}},
	"MMR": {name: "Myanmar", aliases: []string{"Burma"}, capitals: []string{"Naypyidaw", "Nay Pyi Taw", "Naypyitaw"}},
	"CZE": {name: "Czech Republic", aliases: []string{"Czechia"}},
	"TLS": {name: "East Timor", aliases: []string{"Timor-Leste"}},
	"SWZ": {name: "Eswatini", aliases: []string{"Swaziland"}},
	"CPV": {name: "Cape Verde", aliases: []string{"Cabo Verde"}},
	"TUR": {aliases: []string{"Türkiye", "Turkiye"}},
	"BHS": {name: "Bahamas", aliases: []string{"The Bahamas"}},
	"GMB": {name: "Gambia", aliases: []string{"The Gambia"}},
	"NLD": {aliases: []string{"Holland", "The Netherlands"}, capitals: []string{"Amsterdam", "The Hague"}},
	"FLK": {aliases: []string{"Falklands"}},
	"SJM": {name: "Svalbard"},
	"MAC": {aliases: []string{"Macao"}},
	"VIR": {name: "U.S. Virgin Islands", aliases: []string{"US Virgin Islands", "United States Virgin Islands"}},
	"KNA": {aliases: []string{"St. Kitts and Nevis"}},
	"LCA": {aliases: []string{"St. Lucia"}},
	"VCT": {aliases: []string{"St. Vincent and the Grenadines"}},
	"UKR": {capitals: []string{"Kyiv", "Kiev"}},
	"MYS": {capitals: []string{"Kuala Lumpur", "Putrajaya"}},
	"BOL": {capitals: []string{"La Paz", "Sucre"}},
	"PSE": {name: "Palestine", aliases: []string{"State of Palestine", "Palestinian territories", "Palestinian Territories"}, demonyms: []string{"Palestinian", "Palestinians"}, capitals: []string{"Ramallah"}},
	"SSD": {name: "South Sudan"},
	"MKD": {name: "North Macedonia"},
	"HKG": {name: "Hong Kong"},
	"SGS": {name: "South Georgia and the South Sandwich Islands"},
	"UMI": {name: "United States Minor Outlying Islands"},
	"ATF": {name: "French Southern and Antarctic Lands"},
	"CCK": {name: "Cocos Islands", aliases: []string{"Cocos (Keeling) Islands", "Keeling Islands"}},
	"BRN": {name: "Brunei"},
}

// demonymOwner says which country keeps a nationality word that several
// Factbook profiles share; shared words not listed are dropped from all.
var demonymOwner = map[string]string{
	"Chinese": "CHN", "French": "FRA", "Frenchman": "FRA", "Frenchmen": "FRA", "Frenchwoman": "FRA",
	"Frenchwomen": "FRA", "Dutch": "NLD", "Dutchman": "NLD", "Dutchmen": "NLD", "Dutchwoman": "NLD",
	"Dutchwomen": "NLD", "Dominican": "DOM", "Dominicans": "DOM", "American": "USA", "Americans": "USA",
	"Danish": "DNK", "Norwegian": "NOR", "British": "GBR",
}

// fbAreas are Factbook profiles that are not countries but places (LOC).
var fbSkipGEC = set("ee", "xx", "oo", "zh", "xo", "xq", "zn")

// factbook builds the country entries and everything else the profiles
// say: capitals, demonyms, admin divisions, people, parties and forces.
func (w *world) factbook(profiles map[string]profile) []*fbCountry {
	gecs := make([]string, 0, len(profiles))
	for g := range profiles {
		gecs = append(gecs, g)
	}
	sort.Strings(gecs)
	var out []*fbCountry
	for _, g := range gecs {
		p := profiles[g]
		if fbSkipGEC[g] {
			continue
		}
		short := cleanCountryName(p.text("Government", "Country name", "conventional short form"))
		tld := ccTLD(p.text("Communications", "Internet country code"))
		iso := iso2to3[tld]
		switch g {
		case "gz":
			w.add(&entry{ID: "gpe/gaza-strip", Type: tGPE, Name: "Gaza Strip", Country: "PSE", Aliases: []string{"Gaza"}, src: "factbook gz"})
			continue
		case "we":
			w.add(&entry{ID: "gpe/west-bank", Type: tGPE, Name: "West Bank", Country: "PSE", src: "factbook we"})
			continue
		}
		if iso == "" {
			if short != "" {
				w.add(&entry{ID: "loc/" + slug(short), Type: tLoc, Name: short, src: "factbook " + g})
			}
			continue
		}
		c := &fbCountry{gec: g, iso: iso, p: p}
		c.e = w.countryEntry(c)
		out = append(out, c)
	}
	w.fixDemonyms(out)
	for _, c := range out {
		for _, wd := range strings.Fields(strings.ToLower(c.e.Name)) {
			if !orgSmall[wd] {
				placeWords[wd] = true
			}
		}
	}
	for _, c := range out {
		w.add(c.e)
	}
	// PSE has no single Factbook profile (Gaza Strip and West Bank are two).
	pse := countryFixes["PSE"]
	w.add(&entry{ID: "PSE", Type: tGPE, Name: pse.name, Aliases: pse.aliases, Demonyms: pse.demonyms, Capitals: pse.capitals, src: "fixes"})
	for _, c := range out {
		w.adminDivisions(c)
		w.factbookPeople(c)
		w.parties(c)
		w.forces(c)
	}
	return out
}

// cleanCountryName tidies a conventional form: notes and parentheses go,
// "none" means there is no such form.
func cleanCountryName(s string) string {
	s = stripHTML(s, " ")
	if i := strings.Index(s, ";"); i >= 0 {
		s = s[:i]
	}
	s = removeParens(s)
	s = cleanSurface(s)
	if strings.EqualFold(s, "none") || s == "" || !startsUpper(s) {
		return ""
	}
	return s
}

// countryEntry makes the entry of one Factbook country.
func (w *world) countryEntry(c *fbCountry) *entry {
	p := c.p
	fix := countryFixes[c.iso]
	cn := func(k string) string { return p.text("Government", "Country name", k) }
	short := cleanCountryName(cn("conventional short form"))
	long := cleanCountryName(cn("conventional long form"))
	// "Republic of The Gambia": an inner capital The would not match the
	// "the" that news writes (a lower-case name word matches either).
	long = strings.ReplaceAll(long, " The ", " the ")
	e := &entry{ID: c.iso, Type: tGPE, src: "factbook " + c.gec}
	switch {
	case fix.name != "":
		e.Name = fix.name
	case short != "":
		e.Name = short
	default:
		e.Name = long
	}
	e.addAlias(short, long)
	// "Holy See (Vatican City)", "Falkland Islands (Islas Malvinas)"
	for _, par := range parens(stripHTML(cn("conventional short form"), " ")) {
		if a := cleanSurface(par); a != "" && startsUpper(a) && len(strings.Fields(a)) <= 4 && !strings.Contains(a, "sometimes") {
			e.addAlias(a)
		}
	}
	if strings.HasPrefix(e.Name, "The ") {
		e.addAlias(e.Name)
		e.Name = strings.TrimPrefix(e.Name, "The ")
	}
	// abbreviation: "US or USA", "DRC (or DROC)"
	abbr := stripHTML(cn("abbreviation"), " ")
	for _, a := range regexp.MustCompile(`\bor\b|/|,`).Split(removeParens(abbr)+" or "+strings.Join(parens(abbr), " or "), -1) {
		a = strings.TrimPrefix(cleanSurface(a), "or ")
		if a == "" || len(a) < 2 || strings.Contains(a, " ") && !strings.Contains(a, "PDR") {
			continue
		}
		if w.isCommon(a) {
			w.drop("country abbreviation is a common word", a)
			continue
		}
		e.addAlias(a)
	}
	// former names: "Zaire", "Burma", "Swaziland"
	for _, f := range formerNames(cn("former")) {
		e.addAlias(f)
	}
	e.addAlias(fix.aliases...)
	e.Government = w.gov.forms(p.text("Government", "Government type"), cn("conventional long form"),
		p.text("Government", "Executive branch", "chief of state"))
	// demonyms
	e.Demonyms = append(e.Demonyms, parseDemonyms(p.text("People and Society", "Nationality", "noun"))...)
	e.Demonyms = append(e.Demonyms, parseDemonyms(p.text("People and Society", "Nationality", "adjective"))...)
	e.Demonyms = append(e.Demonyms, fix.demonyms...)
	// capitals
	if fix.capitals != nil {
		e.Capitals = append(e.Capitals, fix.capitals...)
	} else {
		e.Capitals = parseCapitals(p.text("Government", "Capital", "name"))
	}
	return e
}

// formerDeny are former names that would mislead: ancient names, names of
// regions, or names now used for something else.
var formerDeny = set("Mesopotamia", "Dilmun", "Tylos", "Awal", "Mishmahig", "Bahrayn", "Quito", "Santo Domingo",
	"Western Sahara", "Spanish Sahara", "Ifni", "German East Africa", "Mali Federation", "United Arab Republic",
	"Netherlands Antilles", "Trust Territory of the Pacific Islands", "Senegambia", "Kamerun", "Norman Isles",
	"Ruanda", "Caroline Islands", "New Philippines", "Nieuw Zeeland", "Hervey Islands", "Savage Island",
	"Pleasant Island", "Friendly Islands", "Upper Peru", "Cisplatine Province", "Banda Oriental",
	"Italian East Africa", "Serendib", "Abyssinia", "Establishments in Oceania", "Hoorn Islands")

// formerNames parses the "former" field: a list of earlier names,
// sometimes with notes.
func formerNames(s string) []string {
	s = stripHTML(s, "; ")
	if strings.Contains(s, "former name of") || strings.Contains(s, "referred to") {
		return nil
	}
	var out []string
	for _, part := range splitTop(s, ",;") {
		part = cleanSurface(removeParens(part))
		if part == "" || !startsUpper(part) || len(strings.Fields(part)) > 7 || formerDeny[part] {
			continue
		}
		if strings.Contains(part, " the capital") {
			continue
		}
		out = append(out, part)
	}
	return out
}

var pluralRE = regexp.MustCompile(`^(.*?)\s?\((s|es|men|women)\)$`)

// parseDemonyms parses a Nationality noun or adjective: "Korean(s)",
// "Frenchman(men), Frenchwoman(women)", "Burmese (singular and plural)",
// "Barbadian(s) or Bajan (colloquial)", "Motswana (singular), Batswana (plural)".
func parseDemonyms(s string) []string {
	s = stripHTML(s, "; ")
	if i := strings.Index(s, "note"); i >= 0 {
		s = s[:i]
	}
	var out []string
	for _, part := range regexp.MustCompile(`,|;|\bor\b|/`).Split(s, -1) {
		part = collapse(part)
		part = regexp.MustCompile(`\s*\((singular|plural|singular and plural|colloquial|US nationals|US citizens|collective plural)\)`).ReplaceAllString(part, "")
		part = strings.ReplaceAll(part, " (men)", "(men)")
		part = strings.ReplaceAll(part, " (women)", "(women)")
		if m := pluralRE.FindStringSubmatch(part); m != nil {
			base := m[1]
			out = append(out, base)
			switch m[2] {
			case "s", "es":
				out = append(out, base+m[2])
			case "men":
				out = append(out, strings.TrimSuffix(base, "man")+"men")
			case "women":
				out = append(out, strings.TrimSuffix(base, "woman")+"women")
			}
			continue
		}
		part = cleanSurface(removeParens(part))
		if part == "" || part == "NA" || strings.EqualFold(part, "none") || !startsUpper(part) || len(strings.Fields(part)) > 4 {
			continue
		}
		out = append(out, part)
	}
	return out
}

var capitalIsRE = regexp.MustCompile(`^(.*?)\s+is the .*capital`)

// parseCapitals parses a Capital name: "La Paz (administrative capital);
// Sucre (constitutional ...)", "Rangoon (aka Yangon, ...)", "Chisinau in
// Romanian (Kishinev in Russian)".
func parseCapitals(s string) []string {
	s = stripHTML(s, "; ")
	var out []string
	for _, part := range splitTop(s, ";,") {
		if strings.HasPrefix(part, "note") || part == "" {
			continue
		}
		for _, par := range parens(part) {
			if strings.HasPrefix(par, "aka ") {
				if a := cleanSurface(strings.SplitN(strings.TrimPrefix(par, "aka "), ",", 2)[0]); a != "" {
					out = append(out, a)
				}
			}
		}
		part = removeParens(part)
		if m := capitalIsRE.FindStringSubmatch(part); m != nil {
			part = m[1]
		}
		part = regexp.MustCompile(`\s+in [A-Z][a-z]+$`).ReplaceAllString(part, "")
		part = cleanSurface(part)
		if part == "" || !startsUpper(part) || len(strings.Fields(part)) > 4 {
			continue
		}
		out = append(out, part)
	}
	return out
}

// fixDemonyms resolves nationality words claimed by several countries.
func (w *world) fixDemonyms(cs []*fbCountry) {
	owners := map[string]map[string]bool{}
	for _, c := range cs {
		for _, d := range c.e.Demonyms {
			if owners[d] == nil {
				owners[d] = map[string]bool{}
			}
			owners[d][c.iso] = true
		}
	}
	for _, c := range cs {
		var keep []string
		for _, d := range c.e.Demonyms {
			if len(owners[d]) > 1 {
				if o, ok := demonymOwner[d]; !ok || o != c.iso {
					w.drop("demonym shared by several countries", d+" ("+c.iso+")")
					continue
				}
			}
			if key(d) == key(c.e.Name) {
				continue
			}
			keep = append(keep, d)
		}
		c.e.Demonyms = keep
	}
}

// ---- administrative divisions

// adminDivisions adds the states, provinces and regions of a country.
func (w *world) adminDivisions(c *fbCountry) {
	txt := c.p.text("Government", "Administrative divisions")
	if txt == "" {
		return
	}
	for _, d := range parseAdminDivisions(txt, parenIsCapital[c.iso]) {
		if key(d.name) == key(c.e.Name) {
			continue
		}
		isCap := false
		for _, cp := range c.e.Capitals {
			if key(cp) == key(d.name) {
				isCap = true
			}
		}
		if isCap {
			continue
		}
		e := &entry{ID: "state/" + slug(d.name), Type: tGPE, Name: d.name, Country: c.iso, src: "factbook admin " + c.gec}
		e.addAlias(d.aliases...)
		w.add(e)
	}
}

// parenIsCapital lists countries whose division lists put the division's
// capital, not another name, in parentheses.
var parenIsCapital = set("RUS", "KAZ", "UZB", "TKM", "KGZ", "TJK", "BLR", "UKR", "AZE", "GEO", "MDA", "ARM")

type division struct {
	name    string
	aliases []string
}

var divSepRE = regexp.MustCompile(`(?i)<br\s*/?>`)

// parseAdminDivisions parses the Administrative divisions text: "9
// provinces (<em>do</em>, ...) <br><br><strong>provinces:</strong>
// Chungcheongbuk-do (North Chungcheong), ..." or "50 states and 1
// district*; Alabama, Alaska, ...".
func parseAdminDivisions(txt string, parenCapital bool) []division {
	var out []division
	for _, line := range divSepRE.Split(txt, -1) {
		line = collapse(stripHTML(line, " "))
		if line == "" {
			continue
		}
		switch {
		case strings.Contains(line, ":"):
			line = line[strings.LastIndex(line, ":")+1:]
		case strings.Contains(line, ";"):
			line = line[strings.Index(line, ";")+1:]
		default:
			if startsWithDigit(line) {
				continue
			}
		}
		if strings.HasPrefix(strings.TrimSpace(line), "note") {
			continue
		}
		for _, item := range splitTop(line, ",;") {
			item = strings.ReplaceAll(item, "*", "")
			item = collapse(item)
			if item == "" || startsWithDigit(item) || !startsUpper(item) {
				continue
			}
			name := cleanSurface(removeParens(item))
			if name == "" || len(strings.Fields(name)) > 6 || !startsUpper(name) || strings.Contains(name, " see ") {
				continue
			}
			d := division{name: name}
			if !parenCapital {
				for _, par := range parens(item) {
					a := cleanSurface(par)
					if a != "" && startsUpper(a) && len(strings.Fields(a)) <= 4 && !strings.ContainsAny(a, "0123456789") && !strings.Contains(strings.ToLower(a), "note") && !languageLabel(a) {
						d.aliases = append(d.aliases, a)
					}
				}
			}
			out = append(out, d)
		}
	}
	return out
}

// languageLabel reports whether a parenthesized note names a language or
// says what kind of form it is ("Kurdish", "Dutch short form", "Castilian").
func languageLabel(s string) bool {
	for _, w := range strings.Fields(s) {
		if !startsUpper(w) && !nameParticles[w] {
			return true // "short form", "in Russian", "capital"
		}
	}
	if strings.Contains(s, " ") {
		return false
	}
	for _, suf := range []string{"ish", "ese", "ian", "ic", "ali", "ch", "an"} {
		if strings.HasSuffix(s, suf) && len(s) > 5 {
			return true
		}
	}
	return false
}

func startsWithDigit(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// ---- people

var sinceRE = regexp.MustCompile(`since (?:(\d{1,2}) )?(?:([A-Z][a-z]+) )?(\d{4})`)

var months = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
	"August": 8, "September": 9, "October": 10, "November": 11, "December": 12, "Jan": 1, "Feb": 2, "Mar": 3,
	"Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}

// sinceDate parses "since 4 June 2025" into 2025-06-04 (or 2025-06, 2025).
func sinceDate(s string) string {
	m := sinceRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	y := m[3]
	mo, ok := months[m[2]]
	if !ok {
		return y
	}
	if m[1] == "" {
		return fmt.Sprintf("%s-%02d", y, mo)
	}
	d, _ := strconv.Atoi(m[1])
	return fmt.Sprintf("%s-%02d-%02d", y, mo, d)
}

// factbookPeople adds the chief of state, the head of government and the
// people named in election results and notes.
func (w *world) factbookPeople(c *fbCountry) {
	exec := func(k string) string { return stripHTML(c.p.text("Government", "Executive branch", k), "; ") }
	for _, k := range []string{"chief of state", "head of government"} {
		txt := exec(k)
		if txt == "" {
			continue
		}
		if k == "chief of state" && dependencies[c.iso] {
			continue
		}
		if i := strings.Index(txt, "; note"); i >= 0 {
			txt = txt[:i]
		}
		segs := regexp.MustCompile(`;|, represented by|; represented by| represented by`).Split(txt, -1)
		for i, seg := range segs {
			if i == 0 && strings.Contains(txt, "represented by") {
				continue // a foreign head of state: King Charles III for the realms
			}
			w.officeHolder(c, seg, k)
		}
	}
	// past leaders and candidates named in election results and notes
	for _, k := range []string{"election results", "most recent election date", "note"} {
		for _, f := range namesInText(exec(k)) {
			w.addFactbookPerson(c, f, "", "")
		}
	}
}

// officeHolder adds the person holding an office described by seg.
func (w *world) officeHolder(c *fbCountry, seg, which string) {
	seg = collapse(seg)
	since := sinceDate(seg)
	if i := strings.Index(seg, "(since"); i >= 0 {
		seg = seg[:i]
	}
	if strings.Contains(seg, "(vacant)") || strings.Contains(seg, "vacant") {
		return
	}
	f, ok := findName(seg)
	if !ok || len(f.Words) == 0 {
		return
	}
	title := cleanTitle(f.Title)
	if title == "" {
		title = map[string]string{"chief of state": "Chief of State", "head of government": "Head of Government"}[which]
	}
	w.addFactbookPerson(c, f, title, since)
}

// addFactbookPerson adds a person found in a profile.
func (w *world) addFactbookPerson(c *fbCountry, f foundName, title, since string) {
	name := trimPunct(f.Name())
	if len(f.Words) == 1 {
		// a single name ("King PHILIPPE"): keep the title with it
		t := cleanTitle(f.Title)
		if t == "" || len(strings.Fields(t)) > 2 {
			w.drop("single-word factbook name", name)
			return
		}
		name = t + " " + name
	}
	if !wellFormed(name) {
		w.drop("malformed factbook name", name)
		return
	}
	short := f.Short()
	id := "person/" + slug(name)
	// the same person written with and without middle names in one
	// profile ("Mikhail Vladimirovich MISHUSTIN", "Mikhail MISHUSTIN")
	if w.fbPeople == nil {
		w.fbPeople = map[string]string{}
	}
	for _, k := range []string{name, short} {
		if old, ok := w.fbPeople[c.iso+"|"+key(k)]; ok && k != "" {
			id = old
			break
		}
	}
	for _, k := range []string{name, short} {
		if k != "" {
			if _, ok := w.fbPeople[c.iso+"|"+key(k)]; !ok {
				w.fbPeople[c.iso+"|"+key(k)] = id
			}
		}
	}
	e := &entry{ID: id, Type: tPerson, Name: name, Country: c.iso, src: "factbook people " + c.gec}
	e.addAlias(short)
	if title != "" {
		e.Roles = append(e.Roles, role{Title: title, Of: c.iso, From: since})
	}
	w.add(e)
}

// namesInText finds the people named in election results and notes:
// "LEE Jae-myung (DPK) 49.4%, KIM Moon-soo (PPP) 41.2%", "former President
// YOON Suk-yeol".
func namesInText(txt string) []foundName {
	txt = removeParens(txt)
	var out []foundName
	for _, seg := range regexp.MustCompile(`[;,:%]|\belected\b|\bwon\b|\breelected\b|\bre-elected\b| and | vs\.? |\d`).Split(txt, -1) {
		seg = collapse(seg)
		if seg == "" {
			continue
		}
		f, ok := findName(seg)
		if !ok || len(f.Words) < 2 || f.Caps[1]-f.Caps[0] > 3 {
			continue
		}
		// a name needs a word outside the capitalized run, or several
		// capitalized words ("MIN AUNG HLAING")
		caps := f.Words[f.Caps[0]:f.Caps[1]]
		if len(caps) == len(f.Words) && len(caps) < 2 {
			continue
		}
		if isAcronymRun(caps) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// isAcronymRun reports whether the capitalized words look like party
// acronyms rather than a family name (no vowel, or known short forms).
func isAcronymRun(ws []string) bool {
	for _, w := range ws {
		w = strings.Trim(w, ".,")
		if !strings.ContainsAny(strings.ToUpper(w), "AEIOUY") || len(w) <= 2 && w != "LI" && w != "XI" && w != "HU" && w != "WU" {
			return true
		}
	}
	return false
}
