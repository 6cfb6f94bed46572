package main

import (
	"regexp"
	"strings"
)

// Kinds, as written in the YAML (see gazetteer.Kind).
const (
	kCountry       = "country"
	kFormerCountry = "former-country"
	kTerritory     = "territory"
	kState         = "state"
	kRegion        = "region"
	kCity          = "city"
	kPlace         = "place"
	kIGO           = "igo"
	kNGO           = "ngo"
	kGovBody       = "government-body"
	kMilitary      = "military"
	kArmedGroup    = "armed-group"
	kParty         = "party"
	kCompany       = "company"
	kMedia         = "media"
	kForum         = "forum"
	kOrganization  = "organization"
	kPerson        = "person"
	kGroup         = "group"
	kEvent         = "event"
)

// prefixKind is the kind of an entry by the kind part of its id.
var prefixKind = map[string]string{
	"person": kPerson, "city": kCity, "state": kState, "gpe": kRegion, "loc": kPlace, "norp": kGroup, "event": kEvent,
}

// formerCountries are the states that no longer exist.
var formerCountries = set("SUN", "DDR", "YUG", "CSK", "SCG")

// agentKinds gives the kind of an organization by the first agent code
// after the country in its CAMEO code ("USAGOV..." is a government body).
var agentKinds = map[string]string{
	"GOV": kGovBody, "LEG": kGovBody, "JUD": kGovBody, "ELI": kGovBody, "SPY": kMilitary, "COP": kMilitary,
	"MIL": kMilitary, "PTY": kParty, "OPP": kParty, "REB": kArmedGroup, "INS": kArmedGroup, "SEP": kArmedGroup,
	"UAF": kArmedGroup, "RAD": kArmedGroup, "BUS": kCompany, "MNC": kCompany, "MED": kMedia, "NGO": kNGO,
	"IGO": kIGO, "HRI": kNGO, "EDU": kOrganization, "REL": kOrganization, "LAB": kOrganization,
	"CRM": kArmedGroup, "AGR": kOrganization, "ENV": kNGO, "HLH": kOrganization, "DEV": kOrganization,
	"REF": kOrganization, "CVL": kOrganization, "UNR": kGovBody,
}

// codeKind returns the kind of an organization from its CAMEO code: IGO,
// NGO, MNC and MED codes, or a country code followed by an agent.
func codeKind(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch code[:3] {
	case "IGO":
		return kIGO
	case "NGO":
		return kNGO
	case "MNC":
		return kCompany
	case "MED":
		return kMedia
	case "UNO":
		return kIGO
	}
	for i := 3; i+3 <= len(code); i += 3 {
		if k, ok := agentKinds[code[i:i+3]]; ok {
			return k
		}
	}
	return ""
}

// forumRE matches the names of groupings of states that are forums
// rather than organizations with a secretariat of their own.
var forumRE = regexp.MustCompile(`^(G-?\d+|Group of (\d+|Seven|Eight|Twenty)|BRICS|Quad|AUKUS|Five Eyes|Non-Aligned Movement|Paris Club|London Club|Australia Group|Nuclear Suppliers Group|Zangger Committee|Wassenaar Arrangement|Missile Technology Control Regime)\b`)

// ngoRE matches non-governmental bodies in the Factbook's list of
// international organizations.
var ngoRE = regexp.MustCompile(`\b(Red Cross|Red Crescent|Olympic|Trade Union|Confederation of Free Trade Unions|World Confederation of Labor|World Federation of Trade Unions|Amnesty|Greenpeace|Socialist International|Christian Democrat International|Liberal International|World Council of Churches|International Chamber of Commerce|Organization for Standardization|Union of Railways)\b`)

// orgKind classifies a generated organization by its source and name.
func orgKind(e *entry) string {
	switch {
	case forumRE.MatchString(e.Name):
		return kForum
	case e.src == "factbook appendix b":
		if ngoRE.MatchString(e.Name) {
			return kNGO
		}
		return kIGO
	case e.src == "factbook parties":
		return kParty
	case e.src == "factbook forces":
		return kMilitary
	case e.src == "phoenix milnonstate":
		return kArmedGroup
	}
	return ""
}

// setKinds gives every entry a kind: the curated one, the one its source
// says, or the one its id, type and country say.
func setKinds(es []*entry) {
	for _, e := range es {
		if e.Kind != "" {
			continue
		}
		k := ""
		if i := strings.IndexByte(e.ID, '/'); i > 0 {
			k = prefixKind[e.ID[:i]]
		}
		switch {
		case k != "":
		case e.Type == tGPE && isCode3(e.ID):
			switch {
			case formerCountries[e.ID]:
				k = kFormerCountry
			case dependencies[e.ID] || e.Country != "" && e.Country != e.ID:
				k = kTerritory
			default:
				k = kCountry
			}
		case e.Type == tOrg:
			k = orgKind(e)
			if k == "" {
				k = e.Kind
			}
		case e.Type == tPerson:
			k = kPerson
		case e.Type == tEvent:
			k = kEvent
		case e.Type == tNORP:
			k = kGroup
		case e.Type == tLoc:
			k = kPlace
		}
		if k == "" {
			k = kOrganization
		}
		e.Kind = k
	}
}
