package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// iso2to3 maps ISO 3166-1 alpha-2 codes to alpha-3 (plus XK/XKX for Kosovo,
// which ISO has not assigned but everyone uses). Facts from ISO 3166-1.
var iso2to3 = func() map[string]string {
	const table = `AD AND AE ARE AF AFG AG ATG AI AIA AL ALB AM ARM AO AGO AQ ATA AR ARG AS ASM AT AUT
AU AUS AW ABW AX ALA AZ AZE BA BIH BB BRB BD BGD BE BEL BF BFA BG BGR BH BHR BI BDI BJ BEN BL BLM
BM BMU BN BRN BO BOL BQ BES BR BRA BS BHS BT BTN BV BVT BW BWA BY BLR BZ BLZ CA CAN CC CCK CD COD
CF CAF CG COG CH CHE CI CIV CK COK CL CHL CM CMR CN CHN CO COL CR CRI CU CUB CV CPV CW CUW CX CXR
CY CYP CZ CZE DE DEU DJ DJI DK DNK DM DMA DO DOM DZ DZA EC ECU EE EST EG EGY EH ESH ER ERI ES ESP
ET ETH FI FIN FJ FJI FK FLK FM FSM FO FRO FR FRA GA GAB GB GBR GD GRD GE GEO GF GUF GG GGY GH GHA
GI GIB GL GRL GM GMB GN GIN GP GLP GQ GNQ GR GRC GS SGS GT GTM GU GUM GW GNB GY GUY HK HKG HM HMD
HN HND HR HRV HT HTI HU HUN ID IDN IE IRL IL ISR IM IMN IN IND IO IOT IQ IRQ IR IRN IS ISL IT ITA
JE JEY JM JAM JO JOR JP JPN KE KEN KG KGZ KH KHM KI KIR KM COM KN KNA KP PRK KR KOR KW KWT KY CYM
KZ KAZ LA LAO LB LBN LC LCA LI LIE LK LKA LR LBR LS LSO LT LTU LU LUX LV LVA LY LBY MA MAR MC MCO
MD MDA ME MNE MF MAF MG MDG MH MHL MK MKD ML MLI MM MMR MN MNG MO MAC MP MNP MQ MTQ MR MRT MS MSR
MT MLT MU MUS MV MDV MW MWI MX MEX MY MYS MZ MOZ NA NAM NC NCL NE NER NF NFK NG NGA NI NIC NL NLD
NO NOR NP NPL NR NRU NU NIU NZ NZL OM OMN PA PAN PE PER PF PYF PG PNG PH PHL PK PAK PL POL PM SPM
PN PCN PR PRI PS PSE PT PRT PW PLW PY PRY QA QAT RE REU RO ROU RS SRB RU RUS RW RWA SA SAU SB SLB
SC SYC SD SDN SE SWE SG SGP SH SHN SI SVN SJ SJM SK SVK SL SLE SM SMR SN SEN SO SOM SR SUR SS SSD
ST STP SV SLV SX SXM SY SYR SZ SWZ TC TCA TD TCD TF ATF TG TGO TH THA TJ TJK TK TKL TL TLS TM TKM
TN TUN TO TON TR TUR TT TTO TV TUV TW TWN TZ TZA UA UKR UG UGA UM UMI US USA UY URY UZ UZB VA VAT
VC VCT VE VEN VG VGB VI VIR VN VNM VU VUT WF WLF WS WSM YE YEM YT MYT ZA ZAF ZM ZMB ZW ZWE XK XKX`
	f := strings.Fields(table)
	m := make(map[string]string, len(f)/2)
	for i := 0; i+1 < len(f); i += 2 {
		m[f[i]] = f[i+1]
	}
	// ccTLDs that differ from the ISO alpha-2 code.
	m["UK"] = "GBR"
	return m
}()

// iso3 is the set of valid alpha-3 codes, plus the historical ISO 3166-3
// codes that the curated data and Phoenix use (SUN, DDR, YUG, CSK).
var iso3 = func() map[string]bool {
	m := map[string]bool{"SUN": true, "DDR": true, "YUG": true, "CSK": true}
	for _, v := range iso2to3 {
		m[v] = true
	}
	return m
}()

// cameoCountry maps CAMEO/Phoenix country codes that are not ISO alpha-3 to
// the ISO code (or the historical code used here).
var cameoCountry = map[string]string{
	"KSV": "XKX", // Kosovo (World Bank code)
	"ROM": "ROU", // Romania, old ISO code
	"ZAR": "COD", // Zaire
	"TMP": "TLS", // East Timor, old ISO code
	"USR": "SUN", // Soviet Union in CAMEO
	"SCG": "SRB", // Serbia and Montenegro: counted as Serbia
	"YUG": "YUG",
	"CSK": "CSK",
	"DDR": "DDR",
}

// countryOfCode returns the ISO country a CAMEO/Phoenix actor code begins
// with ("PSEREBHMS" -> "PSE"), or "" for international, regional and
// non-state codes.
func countryOfCode(code string) string {
	if len(code) < 3 {
		return ""
	}
	c := code[:3]
	if m, ok := cameoCountry[c]; ok {
		return m
	}
	if c == "UNO" || c == "IGO" || c == "NGO" || c == "IMG" || c == "MNC" {
		return ""
	}
	if iso3[c] {
		return c
	}
	return ""
}

// dependencies are territories whose chief of state is the head of another
// country; their Factbook chief-of-state line names a foreign person.
var dependencies = set("ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK",
	"COK", "CUW", "CXR", "CYM", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD", "IMN",
	"IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PRI", "PYF", "REU",
	"SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF", "ESH")

// isoCountry is one record of ISO 3166-1 as Debian's iso-codes package
// ships it (iso_3166-1.json).
type isoCountry struct {
	Alpha2       string `json:"alpha_2"`
	Alpha3       string `json:"alpha_3"`
	Numeric      string `json:"numeric"`
	Name         string `json:"name"`
	OfficialName string `json:"official_name"`
	CommonName   string `json:"common_name"`
}

// parseISO reads iso_3166-1.json.
func parseISO(data []byte) ([]isoCountry, error) {
	var f struct {
		Records []isoCountry `json:"3166-1"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("iso_3166-1.json: %v", err)
	}
	if len(f.Records) == 0 {
		return nil, fmt.Errorf("iso_3166-1.json: no records")
	}
	for _, r := range f.Records {
		if !isCode3(r.Alpha3) || len(r.Alpha2) != 2 || r.Name == "" {
			return nil, fmt.Errorf("iso_3166-1.json: bad record %+v", r)
		}
	}
	return f.Records, nil
}

func isCode3(s string) bool {
	return len(s) == 3 && strings.IndexFunc(s, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

// isoSovereign gives the sovereign state of the ISO territories that have
// no Factbook profile (the Factbook covers them under their state) and so
// no other source of their country.
var isoSovereign = map[string]string{
	"ALA": "FIN", "BES": "NLD", "GLP": "FRA", "GUF": "FRA", "MTQ": "FRA", "MYT": "FRA", "REU": "FRA",
	"SGS": "GBR", "UMI": "USA",
}

// isoNames returns the forms of an ISO record: the display name first
// (the common name, else the name put back in natural order), then the
// other forms. "Korea, Republic of" gives "Republic of Korea";
// "Virgin Islands, British" gives "British Virgin Islands"; a list such
// as "Bonaire, Sint Eustatius and Saba" is kept. Inverted forms are not
// kept: in running text a comma after a name ("the Virgin Islands,
// British officials said") would be misread. Parentheses give a second
// name ("Falkland Islands (Malvinas)"), unless they only say which part
// ("Saint Martin (French part)").
func isoNames(r isoCountry) []string {
	var out []string
	var add func(string)
	add = func(s string) {
		s = strings.TrimSpace(s)
		s = strings.TrimPrefix(s, "the ")
		if s == "" {
			return
		}
		if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
			par := s[i+2 : len(s)-1]
			s = s[:i]
			if !strings.HasSuffix(par, " part") && startsUpper(par) && strings.Contains(par, " ") || par == "Malvinas" {
				defer add(par)
			}
		}
		if i := strings.Index(s, ", "); i > 0 {
			head, tail := s[:i], s[i+2:]
			switch {
			case strings.HasSuffix(tail, " of") || strings.HasSuffix(tail, " of the"):
				s = tail + " " + head
			case !strings.Contains(tail, " ") && !strings.Contains(tail, ","):
				s = tail + " " + head // "Virgin Islands, British"
			case strings.Contains(tail, " and "):
				// a list of islands: keep
			default:
				return // "Taiwan, Province of China": not a name in use
			}
		}
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	add(r.CommonName)
	add(r.Name)
	add(r.OfficialName)
	return out
}

// isoCountries adds an entry for every ISO 3166-1 code: its names and
// its codes as attributes. The Factbook entries of the same codes come
// first, so their names stay canonical and the ISO forms become aliases.
func (w *world) isoCountries(recs []isoCountry) {
	for _, r := range recs {
		names := isoNames(r)
		if len(names) == 0 {
			continue
		}
		e := &entry{ID: r.Alpha3, Type: tGPE, Name: names[0], Aliases: names[1:], Country: isoSovereign[r.Alpha3], src: "iso 3166-1"}
		e.setAttr("iso2", r.Alpha2)
		e.setAttr("numeric", r.Numeric)
		w.add(e)
	}
}
