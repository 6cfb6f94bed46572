package main

import "strings"

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
