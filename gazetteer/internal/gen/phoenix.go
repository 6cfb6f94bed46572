package main

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// dictEntry is one entry of a PETRARCH/TABARI actors dictionary.
type dictEntry struct {
	Line     int
	Phrase   string   // primary phrase, as written ("HUGO_CHAVEZ_")
	Synonyms []string // "+" lines
	Codes    []dictCode
	Comment  string // comments on the entry's lines, joined
}

// dictCode is one [CODE restriction] block.
type dictCode struct {
	Code     string
	From, To string // ISO dates; empty when open
	Dated    bool   // the block had a date restriction
	BadDate  bool   // the restriction could not be read
}

var codeRE = regexp.MustCompile(`\[([^\]]*)\]`)

// parseDict reads an actors dictionary. It never fails: lines it cannot
// read are skipped, as PETRARCH does.
func parseDict(data []byte) []*dictEntry {
	var out []*dictEntry
	var cur *dictEntry
	inComment := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if inComment {
			if strings.Contains(line, "-->") {
				inComment = false
			}
			continue
		}
		if strings.HasPrefix(line, "<!--") {
			inComment = !strings.Contains(line, "-->")
			continue
		}
		if strings.HasPrefix(line, "<!") {
			continue
		}
		content, comment := line, ""
		if i := strings.IndexByte(line, '#'); i >= 0 {
			content, comment = line[:i], line[i+1:]
		}
		trimmed := strings.TrimSpace(content)
		if trimmed == "" {
			if cur != nil && comment != "" && strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
				cur.Comment += " " + comment
			}
			continue
		}
		codes := parseCodes(trimmed)
		text := strings.TrimSpace(codeRE.ReplaceAllString(trimmed, " "))
		indented := line[0] == ' ' || line[0] == '\t'
		switch {
		case strings.HasPrefix(trimmed, "+"):
			if cur == nil {
				continue
			}
			for _, syn := range regexp.MustCompile(`(^|\s)\+`).Split(text, -1) {
				if syn = strings.TrimSpace(syn); syn != "" {
					cur.Synonyms = append(cur.Synonyms, syn)
				}
			}
			cur.Codes = append(cur.Codes, codes...)
			cur.Comment += " " + comment
		case strings.HasPrefix(trimmed, "["):
			if cur == nil {
				continue
			}
			cur.Codes = append(cur.Codes, codes...)
			cur.Comment += " " + comment
		case indented && cur != nil:
			if text != "" {
				cur.Synonyms = append(cur.Synonyms, text)
			}
			cur.Codes = append(cur.Codes, codes...)
			cur.Comment += " " + comment
		default:
			cur = &dictEntry{Line: ln, Phrase: text, Codes: codes, Comment: comment}
			out = append(out, cur)
		}
	}
	for _, d := range out {
		d.Comment = collapse(d.Comment)
	}
	return out
}

// parseCodes reads every [CODE restriction] block on a line.
func parseCodes(s string) []dictCode {
	var out []dictCode
	for _, m := range codeRE.FindAllStringSubmatch(s, -1) {
		f := strings.Fields(m[1])
		if len(f) == 0 {
			continue
		}
		c := dictCode{Code: f[0]}
		r := strings.Join(f[1:], "")
		if r != "" {
			c.Dated = true
			switch {
			case strings.HasPrefix(r, "<"):
				c.To = phoenixDate(r[1:])
				c.BadDate = c.To == ""
			case strings.HasPrefix(r, ">"):
				c.From = phoenixDate(r[1:])
				c.BadDate = c.From == ""
			case strings.Contains(r, "-"):
				ab := strings.SplitN(r, "-", 2)
				c.From, c.To = phoenixDate(ab[0]), phoenixDate(ab[1])
				c.BadDate = c.From == "" || c.To == ""
			default:
				c.BadDate = true
			}
		}
		out = append(out, c)
	}
	return out
}

// phoenixDate converts YYMMDD or YYYYMMDD to YYYY-MM-DD; YY <= 30 is 20YY.
// It returns "" for anything else.
func phoenixDate(s string) string {
	for _, r := range s {
		if r < '0' || r > '9' {
			return ""
		}
	}
	var y, m, d int
	switch len(s) {
	case 6:
		fmt.Sscanf(s, "%2d%2d%2d", &y, &m, &d)
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
	case 8:
		fmt.Sscanf(s, "%4d%2d%2d", &y, &m, &d)
	default:
		return ""
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// phraseWords splits a dictionary phrase into upper-case words:
// "HUGO_CHAVEZ_" -> [HUGO CHAVEZ].
func phraseWords(p string) []string {
	p = strings.ReplaceAll(p, "_", " ")
	var out []string
	for _, w := range strings.Fields(p) {
		w = strings.Trim(w, ",;:")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// agentTitles names CAMEO agent codes.
var agentTitles = map[string]string{
	"GOV": "Government", "MIL": "Military", "LEG": "Legislature", "JUD": "Judiciary", "ELI": "Elite",
	"OPP": "Opposition", "REB": "Rebel", "BUS": "Business", "MED": "Media", "HRI": "Human rights",
	"EDU": "Education", "HLH": "Health", "AGR": "Agriculture", "DEV": "Development", "LAB": "Labor",
	"ENV": "Environment", "REL": "Religion", "COP": "Police", "SPY": "Intelligence", "PTY": "Political party",
	"CRM": "Criminal", "CVL": "Civilian", "REF": "Refugees", "UAF": "Armed group", "RAD": "Radical",
	"INS": "Insurgent", "SEP": "Separatist", "MOD": "Moderate", "IGO": "International organization",
	"NGO": "Non-governmental organization", "MNC": "Business", "UNR": "Unrecognized government",
	"PPL": "People", "AMN": "Amnesty",
}

// igoTitles names international organizations by the last group of their
// CAMEO code (IGOUNOHLHWHO -> World Health Organization).
var igoTitles = map[string]string{
	"UNO": "United Nations", "NAT": "NATO", "EEC": "European Union", "WHO": "World Health Organization",
	"IMF": "International Monetary Fund", "WBK": "World Bank", "IAE": "International Atomic Energy Agency",
	"ICJ": "International Court of Justice", "ILO": "International Labour Organization", "WFP": "World Food Programme",
	"KID": "UNICEF", "HCR": "UNHCR", "HCH": "UN High Commissioner for Human Rights", "WTO": "World Trade Organization",
	"OPC": "OPEC", "ARL": "Arab League", "AFU": "African Union", "OAU": "Organization of African Unity",
	"OAS": "Organization of American States", "ASN": "ASEAN", "GCC": "Gulf Cooperation Council",
	"CWN": "Commonwealth of Nations", "ITP": "Interpol", "EBR": "European Bank for Reconstruction and Development",
	"ADB": "Asian Development Bank", "AFB": "African Development Bank", "SAD": "Southern African Development Community",
	"WAS": "ECOWAS", "EAC": "East African Community", "SAA": "SAARC", "CIS": "Commonwealth of Independent States",
	"ICC": "International Criminal Court", "SCN": "Nordic Council", "CRB": "Caribbean Community",
	"EFT": "European Free Trade Association", "OIC": "Organisation of Islamic Cooperation", "SAM": "Andean Community",
	"CAS": "Shanghai Cooperation Organization", "MOS": "Organisation of Islamic Cooperation", "EUR": "European organization",
}

// roleOf turns a dated or agent code into a role.
func roleOf(c dictCode) (role, bool) {
	code := strings.TrimSuffix(c.Code, "~")
	if code == "" || strings.HasPrefix(code, "-") || c.BadDate {
		return role{}, false
	}
	r := role{From: c.From, To: c.To}
	if strings.HasPrefix(code, "IGO") {
		rest := code[3:]
		r.Title = "International organization"
		for i := len(rest) - 3; i >= 0; i -= 3 {
			if t, ok := igoTitles[rest[i:i+3]]; ok {
				r.Title = t
				break
			}
		}
		return r, true
	}
	country := countryOfCode(code)
	if country == "" {
		return role{}, false
	}
	r.Of = country
	agent := code[3:]
	if agent == "" {
		return role{}, false // a bare country code says nothing about an office
	}
	var parts []string
	for i := 0; i+3 <= len(agent); i += 3 {
		if t, ok := agentTitles[agent[i:i+3]]; ok {
			parts = append(parts, t)
		}
	}
	if len(parts) == 0 {
		return role{}, false
	}
	r.Title = parts[0]
	if len(parts) > 1 {
		r.Title += " (" + strings.ToLower(strings.Join(parts[1:], ", ")) + ")"
	}
	return r, true
}
