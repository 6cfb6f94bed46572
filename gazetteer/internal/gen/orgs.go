package main

import (
	"html"
	"regexp"
	"strings"
)

var appendixNameRE = regexp.MustCompile(`(?s)<div class='appendix-entry-name category'>\s*(.*?)\s*</div>`)

// appendixOrg is one organization of Factbook Appendix B.
type appendixOrg struct {
	Name     string
	Acronyms []string
}

// notOrgs are Appendix B entries that name groups of countries, not
// organizations.
var notOrgs = set("First World", "Second World", "Third World", "North", "South", "Near Abroad", "Four Dragons",
	"BRICS", "Schengen Convention")

// parseAppendixB reads the organization names and abbreviations of
// Appendix B: "African Union (AU)", "Eurasian Economic Community (EAEC or
// EurasEC)", "Southern Cone Common Market (Mercosur) or Southern Common Market".
func parseAppendixB(data []byte) []appendixOrg {
	var out []appendixOrg
	for _, m := range appendixNameRE.FindAllSubmatch(data, -1) {
		raw := collapse(html.UnescapeString(string(m[1])))
		if raw == "" || !startsUpper(raw) || notOrgs[raw] {
			continue
		}
		o := appendixOrg{}
		main, alt := raw, ""
		if i := strings.Index(raw, ") or "); i >= 0 {
			main, alt = raw[:i+1], raw[i+5:]
		}
		o.Name = cleanSurface(removeParens(main))
		for _, p := range parens(main) {
			p = strings.TrimPrefix(p, "or ")
			for _, a := range regexp.MustCompile(`\bor\b|;|,`).Split(p, -1) {
				a = strings.TrimSpace(regexp.MustCompile(` - [A-Za-z]+$`).ReplaceAllString(strings.TrimSpace(a), ""))
				if a != "" && !strings.Contains(a, " ") {
					o.Acronyms = append(o.Acronyms, a)
				} else if a != "" && startsUpper(a) && !strings.Contains(a, "former") {
					o.Acronyms = append(o.Acronyms, a) // "European Communities"
				}
			}
		}
		if alt != "" {
			o.Acronyms = append(o.Acronyms, cleanSurface(alt))
		}
		if o.Name != "" {
			out = append(out, o)
		}
	}
	return out
}

// orgFixes correct Appendix B where news usage differs: ICC is the
// International Criminal Court in news, not the Chamber of Commerce.
var orgFixes = map[string]struct {
	id      string
	aliases []string
	drop    []string
}{
	"International Criminal Court":         {id: "org/icc", aliases: []string{"ICC"}, drop: []string{"ICCt"}},
	"International Chamber of Commerce":    {id: "org/international-chamber-of-commerce", drop: []string{"ICC"}},
	"Commonwealth":                         {id: "org/commonwealth", aliases: []string{"Commonwealth of Nations"}},
	"United Nations":                       {aliases: []string{"U.N."}},
	"European Union":                       {aliases: []string{"E.U."}},
	"World Health Organization":            {aliases: []string{"WHO"}},
	"North Atlantic Treaty Organization":   {aliases: []string{"NATO"}},
	"World Food Program":                   {aliases: []string{"World Food Programme"}},
	"United Nations Development Program":   {aliases: []string{"United Nations Development Programme"}},
	"United Nations Environment Program":   {aliases: []string{"United Nations Environment Programme"}},
	"International Labor Organization":     {aliases: []string{"International Labour Organization"}},
	"League of Arab States":                {aliases: []string{"Arab League"}},
	"Secretariat of the Pacific Community": {id: "org/secretariat-of-the-pacific-community", drop: []string{"SPC"}},
	"Organization of Islamic Cooperation":  {aliases: []string{"Organisation of Islamic Cooperation"}},
}

// twoLetterOK are two-letter abbreviations safe to match.
var twoLetterOK = set("UN", "EU", "AU", "EC")

// appendixOrgs adds the Appendix B organizations.
func (w *world) appendixOrgs(orgs []appendixOrg) {
	for _, o := range orgs {
		for _, a := range o.Acronyms {
			if isAcronym(a) {
				knownAcronyms[strings.ToUpper(a)] = true
			}
		}
	}
	for _, o := range orgs {
		fix := orgFixes[o.Name]
		e := &entry{Type: tOrg, Name: o.Name, src: "factbook appendix b"}
		e.Kind = orgKind(e)
		drop := set(fix.drop...)
		for _, a := range o.Acronyms {
			if drop[a] {
				continue
			}
			if len(a) == 2 && !twoLetterOK[a] || len(a) < 2 {
				w.drop("ambiguous short abbreviation", a+" ("+o.Name+")")
				continue
			}
			e.addAlias(a)
		}
		e.addAlias(fix.aliases...)
		e.ID = fix.id
		if e.ID == "" {
			e.ID = "org/" + orgSlug(e)
		}
		w.addOrg(e)
	}
}

// ---- political parties and forces

var orRE = regexp.MustCompile(`\s+or\s+`)

// parseParties parses the Political parties text: one party a line ("People
// Power Party or PPP", "National Rally or RN (formerly National Front or FN)").
func parseParties(txt string) [][]string {
	var out [][]string
	for _, line := range divSepRE.Split(txt, -1) {
		line = collapse(stripHTML(line, " "))
		if line == "" || strings.HasPrefix(strings.ToLower(line), "note") || !startsUpper(line) {
			continue
		}
		var formerly []string
		for _, p := range parens(line) {
			if strings.HasPrefix(p, "formerly ") {
				formerly = append(formerly, orRE.Split(strings.TrimPrefix(p, "formerly "), -1)...)
			}
		}
		line = removeParens(line)
		if i := strings.IndexAny(line, ";:["); i >= 0 {
			line = line[:i]
		}
		var names []string
		for _, n := range append(orRE.Split(line, -1), formerly...) {
			if n = cleanSurface(n); n != "" && startsUpper(n) && len(strings.Fields(n)) <= 9 {
				names = append(names, n)
			}
		}
		if len(names) > 0 {
			out = append(out, names)
		}
	}
	return out
}

// genericWords make up the names of institutions every country has; a name
// made only of them ("National Assembly", "Democratic Party", "Air Force")
// does not say which country's body it is.
var genericWords = set("army", "navy", "air", "force", "forces", "ground", "naval", "marine", "marines", "corps",
	"coast", "guard", "guards", "national", "police", "border", "security", "special", "operations", "armed",
	"defense", "defence", "self-defense", "military", "federal", "central", "reserve", "royal", "presidential",
	"territorial", "gendarmerie", "service", "services", "command", "joint", "staff", "general", "headquarters",
	"ministry", "of", "the", "and", "for", "interior", "home", "affairs", "public", "state", "internal", "aerospace",
	"space", "missile", "rocket", "strategic", "unit", "units", "troops", "rapid", "response", "intervention",
	"paramilitary", "auxiliary", "civil", "protection", "emergency", "emergencies", "situations", "maritime",
	"immigration", "customs", "intelligence", "investigation", "department", "agency", "bureau", "directorate",
	"division", "brigade", "regiment", "battalion", "infantry", "aviation", "logistics", "support", "information",
	"cyber", "cyberspace", "electronic", "engineers", "medical", "health", "municipal", "local", "regional",
	"provincial", "people's", "popular", "senate", "house", "representatives", "parliament", "congress", "court",
	"courts", "supreme", "high", "constitutional", "assembly", "council", "cabinet", "committee", "office",
	"presidency", "government", "executive", "legislative", "chamber", "deputies", "party", "front", "movement",
	"union", "democratic", "republican", "socialist", "communist", "liberal", "conservative", "labour", "labor",
	"green", "greens", "progressive", "social", "christian", "independent", "independents", "alliance",
	"coalition", "new", "united", "reform", "workers", "people", "citizens", "freedom", "unity", "solidarity",
	"development", "justice", "democrats", "democracy", "liberals", "socialists", "communists", "party's",
	"patriotic", "revolutionary", "renewal", "change", "action", "citizen", "civic", "left", "right", "centre",
	"center", "radical", "labourers", "farmers", "peasants", "ecologist", "ecologists", "environmental",
	"national-democratic", "social-democratic", "christian-democratic", "list", "bloc", "league", "congress",
	"organization", "organisation", "association", "platform", "people's", "popular", "republic", "republicans",
	"democratic", "movement", "forum", "initiative", "rally", "convention", "council", "alternative", "way",
	"nationalist", "progress", "prosperity", "liberation", "pensioners", "youth", "women", "women's", "agrarian", "rural",
	"federalist", "federation", "sovereignty", "moderate", "moderates", "humanist", "family", "values", "conscience")

// isGeneric reports whether a name is made only of generic words.
func isGeneric(s string) bool {
	for _, x := range strings.Fields(strings.ToLower(foldASCII(s))) {
		x = strings.Trim(x, ",.")
		if !genericWords[x] {
			return false
		}
	}
	return true
}

// parties adds the political parties of a country.
func (w *world) parties(c *fbCountry) {
	for _, names := range parseParties(c.p.text("Government", "Political parties")) {
		var full, acr []string
		for _, n := range names {
			if !strings.Contains(n, " ") && (isUpperWord(n) || isAcronym(n)) {
				acr = append(acr, n)
			} else {
				full = append(full, n)
			}
		}
		w.institution(c, full, acr, "factbook parties")
	}
}

// forces adds the named military and security forces of a country.
func (w *world) forces(c *fbCountry) {
	txt := stripHTML(c.p.text("Military and Security", "Military and security forces"), "; ")
	txt = regexp.MustCompile(`\((19|20)\d\d\)`).ReplaceAllString(txt, "")
	for _, piece := range splitTop(txt, ";:,") {
		if piece == "" {
			continue
		}
		var acr, full []string
		for _, p := range parens(piece) {
			for _, a := range regexp.MustCompile(`,|;|\bor\b`).Split(p, -1) {
				a = cleanSurface(strings.TrimPrefix(strings.TrimSpace(a), "aka "))
				if a == "" {
					continue
				}
				if !strings.Contains(a, " ") && isUpperWord(a) {
					acr = append(acr, a)
				}
			}
		}
		name := cleanSurface(removeParens(piece))
		for _, p := range []string{"includes ", "the ", "separate or independent troop branches include the "} {
			name = strings.TrimPrefix(name, p)
		}
		if name == "" || !startsUpper(name) || len(strings.Fields(name)) > 8 || !forceWord(name) {
			continue
		}
		full = append(full, name)
		w.institution(c, full, acr, "factbook forces")
	}
}

var forceRE = regexp.MustCompile(`\b(Army|Navy|Force|Forces|Guard|Guards|Police|Corps|Gendarmerie|Marines|Command|Service|Services|Troops|Militia|Agency|Directorate|Ministry)\b`)

func forceWord(s string) bool { return forceRE.MatchString(s) }

// institution adds a party or force: full names and acronyms. Generic
// names are kept out; such a body is entered under its acronym alone when
// that is distinctive.
func (w *world) institution(c *fbCountry, full, acr []string, src string) {
	var names []string
	for _, n := range full {
		if isGeneric(n) {
			w.drop("generic institution name", n+" ("+c.iso+")")
			continue
		}
		if len(strings.Fields(n)) == 1 && w.isWord(n) {
			w.drop("institution named by a common word", n+" ("+c.iso+")")
			continue
		}
		names = append(names, n)
	}
	var acrs []string
	for _, a := range acr {
		if len(a) < 3 || w.isWord(strings.ToLower(a)) || iso3[a] || knownAcronyms[a] {
			w.drop("ambiguous institution abbreviation", a+" ("+c.iso+")")
			continue
		}
		acrs = append(acrs, a)
	}
	if len(names) == 0 && len(acrs) == 0 {
		return
	}
	e := &entry{Type: tOrg, Country: c.iso, src: src}
	e.Kind = orgKind(e)
	if len(names) > 0 {
		e.Name = names[0]
		e.addAlias(names[1:]...)
	} else {
		e.Name = acrs[0]
		acrs = acrs[1:]
	}
	e.addAlias(acrs...)
	w.addOrg(e)
}
