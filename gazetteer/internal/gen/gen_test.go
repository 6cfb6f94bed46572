package main

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/gazetteer"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want, reason string }{
		{"Lee Jae-myung", "lee-jae-myung", "hyphen kept as one dash"},
		{"Côte d'Ivoire", "cote-divoire", "accents folded, apostrophe dropped"},
		{"São Tomé & Príncipe", "sao-tome-principe", "runs of symbols become one dash"},
		{"  --Łódź--  ", "lodz", "letters without decomposition and trimmed dashes"},
		{"G-20", "g-20", "digits kept"},
	}
	for _, tc := range tests {
		if got := slug(tc.in); got != tc.want {
			t.Errorf("slug(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestTitleCase(t *testing.T) {
	tests := []struct {
		in, want, reason string
	}{
		{"HUGO CHAVEZ", "Hugo Chavez", "plain name"},
		{"OSAMA BIN LADEN", "Osama bin Laden", "particle in lower case"},
		{"BASHAR AL-ASSAD", "Bashar al-Assad", "hyphenated article"},
		{"IAN MCCARTNEY", "Ian McCartney", "Mc prefix"},
		{"WILLIAM A. O'NEIL", "William A. O'Neil", "O' prefix"},
		{"DE GAULLE", "De Gaulle", "particle first stays capitalized"},
		{"MAZAR-I-SHARIF", "Mazar-i-Sharif", "infix particle"},
		{"ELIZABETH II", "Elizabeth II", "regnal number"},
	}
	for _, tc := range tests {
		if got := personName(strings.Fields(tc.in)); got != tc.want {
			t.Errorf("personName(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestFindName(t *testing.T) {
	tests := []struct {
		in, title, name, short, reason string
	}{
		{"President LEE Jae-myung", "President", "Lee Jae-myung", "", "Korean order"},
		{"President Donald J. TRUMP", "President", "Donald J. Trump", "Donald Trump", "middle initial"},
		{"Prime Minister Mike EMAN", "Prime Minister", "Mike Eman", "", "two-word title"},
		{"President MUHAMMAD BIN ZAYID Al Nuhayyan", "President", "Muhammad bin Zayid Al Nuhayyan", "", "capitalized run with particle, then a trailing word"},
		{"President Alexander VAN DER BELLEN", "President", "Alexander Van der Bellen", "", "particles inside the family name"},
		{"King CHARLES III", "King", "Charles III", "", "regnal number"},
		{"President XI Jinping", "President", "Xi Jinping", "", "XI is a name, not a numeral"},
		{"Sultan and Prime Minister Sir HASSANAL Bolkiah", "Sultan and Prime Minister Sir", "Hassanal Bolkiah", "", "honorific before the name"},
		{"General Abd-al-Fattah al-BURHAN Abd-al-Rahman", "General", "Abd-al-Fattah al-Burhan Abd-al-Rahman", "Abd-al-Fattah al-Burhan", "article prefix"},
		{"President Luiz In&aacute;cio LULA da Silva", "President", "Luiz In&aacute;cio Lula da Silva", "Luiz Lula", "particle after the run"},
		{`President Ferdinand "BongBong" MARCOS, Jr.`, "President", "Ferdinand Marcos Jr.", "", "nickname dropped"},
	}
	for _, tc := range tests {
		f, ok := findName(tc.in)
		if !ok {
			t.Errorf("findName(%q) found nothing (%s)", tc.in, tc.reason)
			continue
		}
		got := []string{f.Title, strings.ReplaceAll(f.Name(), " ,", ","), f.Short()}
		want := []string{tc.title, tc.name, tc.short}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("findName(%q) (%s) mismatch (-want +got):\n%s", tc.in, tc.reason, diff)
		}
	}
	if _, ok := findName("President (vacant)"); ok {
		t.Errorf("findName found a name in a vacant office")
	}
}

func TestCleanTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Sultan and Prime Minister Sir": "Sultan and Prime Minister",
		"Acting President Sr. Gen.":     "Acting President",
		"overall Taliban Leader":        "Taliban Leader",
		"Governor General":              "Governor",
	} {
		if got := cleanTitle(in); got != want {
			t.Errorf("cleanTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ fn, in, want string }{
		{"since", "President X (since 4 June 2025)", "2025-06-04"},
		{"since", "since April 2018", "2018-04"},
		{"since", "since 1997", "1997"},
		{"phoenix", "320101", "1932-01-01"},
		{"phoenix", "300101", "2030-01-01"},
		{"phoenix", "20100711", "2010-07-11"},
		{"phoenix", "201005011", ""},
		{"phoenix", "991399", ""},
	}
	for _, tc := range tests {
		var got string
		if tc.fn == "since" {
			got = sinceDate(tc.in)
		} else {
			got = phoenixDate(tc.in)
		}
		if got != tc.want {
			t.Errorf("%s(%q) = %q, want %q", tc.fn, tc.in, got, tc.want)
		}
	}
}

const dictFixture = `# comment line
<!-- a block
comment -->
HUGO_CHAVEZ_  # CountryInfo.txt
+PRESIDENT_HUGO_CHAVEZ
	[VENELI 720101-990202]
	[VENGOV 990202-130305]
KOFI_ANNAN_	[IGOUNO 970101-061231] [ELI]# IGOrulers.txt
AFGHANISTAN_  [AFG]
+AFGHAN_ +KABUL_
+HERAT_
TALIBAN_ [AFGREB] #  kkl 21 Mar 13
+TALEBAN_
`

func TestParseDict(t *testing.T) {
	got := parseDict([]byte(dictFixture))
	want := []*dictEntry{
		{Line: 4, Phrase: "HUGO_CHAVEZ_", Synonyms: []string{"PRESIDENT_HUGO_CHAVEZ"}, Comment: "CountryInfo.txt",
			Codes: []dictCode{{Code: "VENELI", From: "1972-01-01", To: "1999-02-02", Dated: true}, {Code: "VENGOV", From: "1999-02-02", To: "2013-03-05", Dated: true}}},
		{Line: 8, Phrase: "KOFI_ANNAN_", Comment: "IGOrulers.txt", Codes: []dictCode{{Code: "IGOUNO", From: "1997-01-01", To: "2006-12-31", Dated: true}, {Code: "ELI"}}},
		{Line: 9, Phrase: "AFGHANISTAN_", Synonyms: []string{"AFGHAN_", "KABUL_", "HERAT_"}, Codes: []dictCode{{Code: "AFG"}}},
		{Line: 12, Phrase: "TALIBAN_", Synonyms: []string{"TALEBAN_"}, Comment: "kkl 21 Mar 13", Codes: []dictCode{{Code: "AFGREB"}}},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(dictEntry{})); diff != "" {
		t.Errorf("parseDict mismatch (-want +got):\n%s", diff)
	}
}

func TestRoleOf(t *testing.T) {
	tests := []struct {
		code dictCode
		want role
		ok   bool
	}{
		{dictCode{Code: "GBRGOVHLH", From: "2003-01-01"}, role{Title: "Government (health)", Of: "GBR", From: "2003-01-01"}, true},
		{dictCode{Code: "IGOUNOHLHWHO"}, role{Title: "World Health Organization"}, true},
		{dictCode{Code: "KSVGOV"}, role{Title: "Government", Of: "XKX"}, true},
		{dictCode{Code: "AFG"}, role{}, false},
		{dictCode{Code: "---"}, role{}, false},
		{dictCode{Code: "VENGOV", Dated: true, BadDate: true}, role{}, false},
	}
	for _, tc := range tests {
		got, ok := roleOf(tc.code)
		if ok != tc.ok || got != tc.want {
			t.Errorf("roleOf(%+v) = %+v, %v; want %+v, %v", tc.code, got, ok, tc.want, tc.ok)
		}
	}
}

func TestPhoenixPerson(t *testing.T) {
	w := newWorld()
	w.given["HUGO"] = true
	d := parseDict([]byte(dictFixture))[0]
	e := w.phoenixPerson(d, "", "test")
	want := &entry{ID: "person/hugo-chavez", Type: tPerson, Name: "Hugo Chavez", Country: "VEN", src: "test",
		Aliases: []string{"Hugo Chavez"},
		Roles: []role{{Title: "Elite", Of: "VEN", From: "1972-01-01", To: "1999-02-02"},
			{Title: "Government", Of: "VEN", From: "1999-02-02", To: "2013-03-05"}}}
	if diff := cmp.Diff(want, e, cmp.AllowUnexported(entry{})); diff != "" {
		t.Errorf("phoenixPerson mismatch (-want +got):\n%s", diff)
	}
	k := w.phoenixPerson(&dictEntry{Phrase: "LEE_JONG_SEOK_", Codes: []dictCode{{Code: "KORGOV", From: "2006-03-01", To: "2006-11-30", Dated: true}}}, "", "test")
	if k == nil || k.Name != "Lee Jong-seok" || len(k.Aliases) != 1 || k.Aliases[0] != "Lee Jong Seok" {
		t.Errorf("Korean name: got %+v", k)
	}
}

func TestParseDemonyms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Korean(s)", []string{"Korean", "Koreans"}},
		{"Frenchman(men), Frenchwoman(women)", []string{"Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"}},
		{"Manxman (men), Manxwoman (women)", []string{"Manxman", "Manxmen", "Manxwoman", "Manxwomen"}},
		{"Burmese (singular and plural)", []string{"Burmese"}},
		{"Barbadian(s) or Bajan (colloquial)", []string{"Barbadian", "Barbadians", "Bajan"}},
		{"NA (US citizens)", nil},
		{"liSwati (singular), emaSwati (plural); note - former term, Swazi(s)", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, parseDemonyms(tc.in)); diff != "" {
			t.Errorf("parseDemonyms(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestParseCapitals(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Seoul", []string{"Seoul"}},
		{"La Paz (administrative capital); Sucre (constitutional [legislative and judicial] capital)", []string{"La Paz", "Sucre"}},
		{"Rangoon (aka Yangon, continues to be recognized ...); Nay Pyi Taw is the administrative capital", []string{"Yangon", "Rangoon", "Nay Pyi Taw"}},
		{"Chisinau in Romanian (Kishinev in Russian)", []string{"Chisinau"}},
		{"Bras&iacute;lia", []string{"Brasília"}},
		{"Santiago; note - Valparaiso is the seat of the national legislature", []string{"Santiago"}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, parseCapitals(tc.in)); diff != "" {
			t.Errorf("parseCapitals(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestParseAdminDivisions(t *testing.T) {
	in := `9 provinces (<em>do</em>, singular and plural) <br><br><strong>provinces:</strong> Gyeongsangbuk-do (North Gyeongsang), Jeju-do (Jeju) <br><br><strong>metropolitan cities:</strong> Busan (Pusan), Ulsan<br><br><strong>note:</strong> see the text`
	got := parseAdminDivisions(in, false)
	want := []division{
		{name: "Gyeongsangbuk-do", aliases: []string{"North Gyeongsang"}},
		{name: "Jeju-do", aliases: []string{"Jeju"}},
		{name: "Busan", aliases: []string{"Pusan"}},
		{name: "Ulsan"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(division{})); diff != "" {
		t.Errorf("parseAdminDivisions mismatch (-want +got):\n%s", diff)
	}
	got = parseAdminDivisions("50 states and 1 district*; Alabama, District of Columbia*, New York", false)
	if diff := cmp.Diff([]division{{name: "Alabama"}, {name: "District of Columbia"}, {name: "New York"}}, got, cmp.AllowUnexported(division{})); diff != "" {
		t.Errorf("US list mismatch (-want +got):\n%s", diff)
	}
}

func TestParseParties(t *testing.T) {
	in := `Democratic Party of Korea or DPK&nbsp;<br>People Power Party or PPP<br>National Rally or RN (formerly National Front or FN)<br><br><strong>note:</strong> a coalition`
	want := [][]string{{"Democratic Party of Korea", "DPK"}, {"People Power Party", "PPP"}, {"National Rally", "RN", "National Front", "FN"}}
	if diff := cmp.Diff(want, parseParties(in)); diff != "" {
		t.Errorf("parseParties mismatch (-want +got):\n%s", diff)
	}
}

func TestIsGeneric(t *testing.T) {
	for s, want := range map[string]bool{"National Assembly": true, "Supreme Court": true, "Air Force": true,
		"Democratic Party": true, "People Power Party": false, "Republic of Korea Army": false, "Royal Thai Navy": false} {
		if got := isGeneric(s); got != want {
			t.Errorf("isGeneric(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParseAppendixB(t *testing.T) {
	in := `<div class='appendix-entry-name category'>
        African Union (AU)
      </div>
      <div class='appendix-entry-name category'>advanced economies</div>
      <div class='appendix-entry-name category'>Eurasian Economic Community (EAEC or EurasEC)</div>
      <div class='appendix-entry-name category'>Southern Cone Common Market (Mercosur) or Southern Common Market</div>
      <div class='appendix-entry-name category'>Third World</div>`
	want := []appendixOrg{
		{Name: "African Union", Acronyms: []string{"AU"}},
		{Name: "Eurasian Economic Community", Acronyms: []string{"EAEC", "EurasEC"}},
		{Name: "Southern Cone Common Market", Acronyms: []string{"Mercosur", "Southern Common Market"}},
	}
	if diff := cmp.Diff(want, parseAppendixB([]byte(in))); diff != "" {
		t.Errorf("parseAppendixB mismatch (-want +got):\n%s", diff)
	}
}

func TestCountryCodes(t *testing.T) {
	if got := iso2to3[ccTLD("metropolitan France - .fr; French Guiana - .gf")]; got != "FRA" {
		t.Errorf("France ccTLD: got %q", got)
	}
	if got := iso2to3[ccTLD(".uk")]; got != "GBR" {
		t.Errorf(".uk: got %q", got)
	}
	for code, want := range map[string]string{"PSEREBHMS": "PSE", "IMGMUSALQ": "", "KSVGOV": "XKX", "SASREB": "", "AFGREB": "AFG"} {
		if got := countryOfCode(code); got != want {
			t.Errorf("countryOfCode(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestCleanAndCollisions(t *testing.T) {
	w := newWorld()
	w.common = map[string]int{"center": 10, "of": 10}
	es := []*entry{
		{ID: "KOR", Type: tGPE, Name: "South Korea", Aliases: []string{"ROK", "Korea", "<b>X</b>"}},
		{ID: "PRK", Type: tGPE, Name: "North Korea", Aliases: []string{"Korea", "DPRK"}},
		{ID: "state/center", Type: tGPE, Name: "Center", Country: "HTI"},
		{ID: "city/of", Type: tGPE, Name: "Of", Country: "TUR"},
		{ID: "org/ppp-kor", Type: tOrg, Name: "People Power Party", Country: "KOR", Aliases: []string{"PPP"}},
		{ID: "org/ppp-pak", Type: tOrg, Name: "Pakistan Peoples Party", Country: "PAK", Aliases: []string{"PPP"}},
		{ID: "city/seoul", Type: tGPE, Name: "South Korea", Country: "KOR"},
	}
	es = w.collisions(w.clean(es, map[string]bool{key("DPRK"): true}))
	var got []string
	for _, e := range es {
		got = append(got, e.ID+"="+strings.Join(e.surfaces(), "|"))
	}
	want := []string{
		"KOR=South Korea|ROK",
		"PRK=North Korea",
		"org/ppp-kor=People Power Party",
		"org/ppp-pak=Pakistan Peoples Party",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("clean+collisions mismatch (-want +got):\n%s", diff)
	}
}

func TestMergeCurated(t *testing.T) {
	gen := []*entry{{ID: "KOR", Type: tGPE, Name: "Korea, South", Aliases: []string{"ROK"}, Capitals: []string{"Seoul"}, Attributes: map[string]string{"iso2": "XX", "numeric": "410"}}}
	cur, err := parseCurated([]byte("version: 1\nentities:\n  - id: KOR\n    type: GPE\n    kind: country\n    name: South Korea\n    aliases: [Republic of Korea, ROK]\n    capital: Sejong\n    epithets: [the South, the South]\n    attributes: {iso2: KR}\n  - id: event/korean-war\n    type: EVENT\n    name: Korean War\n"), "c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := mergeCurated(gen, cur)
	want := []*entry{
		{ID: "KOR", Type: tGPE, Kind: "country", Name: "South Korea", Aliases: []string{"Republic of Korea", "ROK", "Korea, South"},
			Capitals: []string{"Sejong", "Seoul"}, Epithets: []string{"the South"}, Attributes: map[string]string{"iso2": "KR", "numeric": "410"}},
		{ID: "event/korean-war", Type: tEvent, Name: "Korean War"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(entry{}), cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".src" }, cmp.Ignore())); diff != "" {
		t.Errorf("mergeCurated mismatch (-want +got):\n%s", diff)
	}
	if _, err := parseCurated([]byte("entities:\n  - id: X\n    colour: red\n"), "bad.yaml"); err == nil {
		t.Errorf("unknown field accepted")
	}
	if _, err := parseCurated([]byte("entries:\n  - id: X\n"), "v0.yaml"); err == nil {
		t.Errorf("format v0 accepted")
	}
}

func TestParseExclude(t *testing.T) {
	got := parseExclude([]byte("# bad aliases\nChad Smith  # not the country\n\n  Of\n"))
	want := map[string]bool{"chad smith": true, "of": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseExclude mismatch (-want +got):\n%s", diff)
	}
}

// TestWriteYAML checks that the output decodes with yaml.v3 into the
// entries written, that the gazetteer package loads it (through its fast
// parser), and that writing twice gives the same bytes.
func TestWriteYAML(t *testing.T) {
	mk := func() []*entry {
		return []*entry{
			{ID: "person/x", Type: tPerson, Kind: "person", Name: "Yes", Country: "KOR", Aliases: []string{"O'Neil, Jr.", "Null", "1999"},
				Roles: []role{{Title: "Minister: Defense", From: "2022-05-10", To: "2023"}, {Title: "Envoy", Of: "org/un"}}},
			{ID: "KOR", Type: tGPE, Kind: "country", Name: "South Korea", Aliases: []string{"S. Korea", "[ROK]", "Korea"}, Demonyms: []string{"South Korean"},
				Capitals: []string{"Seoul # city"}, Attributes: map[string]string{"iso2": "KR", "numeric": "410", "note": "a: b, {c}"}},
			{ID: "BOL", Type: tGPE, Kind: "country", Name: "Bolivia", Capitals: []string{"La Paz", "Sucre"}},
			{ID: "PRK", Type: tGPE, Kind: "country", Name: "North Korea", Aliases: []string{"Korea"}, Epithets: []string{"the Hermit Kingdom", "the world's most isolated state, by far"}},
			{ID: "UKR", Type: tGPE, Kind: "country", Name: "Ukraine", Capitals: []string{"Kyiv"}, CapitalAliases: []string{"Kiev"}},
		}
	}
	fold := func(es []*entry) []*entry {
		for _, e := range es {
			e.foldCapitalAliases()
		}
		return es
	}
	amb := []*ambiguity{{Form: "Korea", IDs: []string{"KOR", "PRK"}}}
	out := writeYAML(fold(mk()), amb)
	if !bytes.Equal(out, writeYAML(fold(mk()), amb)) {
		t.Fatalf("writeYAML is not deterministic")
	}
	var f curatedFile
	dec := yaml.NewDecoder(bytes.NewReader(out))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("output does not decode: %v\n%s", err, out)
	}
	want := fold(mk())
	sort.Slice(want, func(i, j int) bool { return want[i].ID < want[j].ID })
	if diff := cmp.Diff(want, fold(f.Entities), cmp.AllowUnexported(entry{})); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(amb, f.Ambiguous); diff != "" {
		t.Errorf("ambiguous round trip mismatch (-want +got):\n%s", diff)
	}
	g, err := gazetteer.Load(bytes.NewReader(out), "out.yaml")
	if err != nil {
		t.Fatalf("the gazetteer package refuses the output: %v\n%s", err, out)
	}
	if got := g.Ambiguous("KOREA"); !slices.Equal(got, []string{"KOR", "PRK"}) {
		t.Errorf("Ambiguous(KOREA) = %v", got)
	}
}

func TestISONames(t *testing.T) {
	tests := []struct {
		in     isoCountry
		want   []string
		reason string
	}{
		{isoCountry{Name: "Korea, Republic of", CommonName: "South Korea"}, []string{"South Korea", "Republic of Korea"}, "common name first, then the name in natural order"},
		{isoCountry{Name: "Congo, The Democratic Republic of the"}, []string{"The Democratic Republic of the Congo"}, "'of the' endings turn too"},
		{isoCountry{Name: "Virgin Islands, British", OfficialName: "British Virgin Islands"}, []string{"British Virgin Islands"}, "a one-word qualifier goes first; no repeats"},
		{isoCountry{Name: "Bonaire, Sint Eustatius and Saba"}, []string{"Bonaire, Sint Eustatius and Saba"}, "a list is not inverted"},
		{isoCountry{Name: "Taiwan, Province of China", CommonName: "Taiwan"}, []string{"Taiwan"}, "a qualifier that is no name in use is left out"},
		{isoCountry{Name: "Falkland Islands (Malvinas)"}, []string{"Falkland Islands", "Malvinas"}, "parentheses give a second name"},
		{isoCountry{Name: "Saint Martin (French part)"}, []string{"Saint Martin"}, "'part' notes are dropped"},
		{isoCountry{Name: "Eritrea", OfficialName: "the State of Eritrea"}, []string{"Eritrea", "State of Eritrea"}, "a leading 'the' goes"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, isoNames(tc.in)); diff != "" {
			t.Errorf("isoNames(%q) mismatch (-want +got) (%s):\n%s", tc.in.Name, tc.reason, diff)
		}
	}
	if _, err := parseISO([]byte(`{"3166-1": [{"alpha_2": "KR", "alpha_3": "kor", "name": "Korea"}]}`)); err == nil {
		t.Errorf("parseISO accepted a bad code")
	}
}

func TestResolveShared(t *testing.T) {
	w := newWorld()
	es := []*entry{
		{ID: "CHE", Type: tGPE, Kind: kCountry, Name: "Switzerland", Capitals: []string{"Bern", "Berne"}},
		{ID: "city/berne", Type: tGPE, Kind: kCity, Name: "Berne", Country: "CHE"},
		{ID: "HKG", Type: tGPE, Kind: kTerritory, Name: "Hong Kong", Country: "CHN"},
		{ID: "state/hong-kong", Type: tGPE, Kind: kState, Name: "Hong Kong", Country: "CHN"},
		{ID: "GEO", Type: tGPE, Kind: kCountry, Name: "Georgia"},
		{ID: "state/georgia", Type: tGPE, Kind: kState, Name: "Georgia", Country: "USA"},
		{ID: "org/us-army", Type: tOrg, Name: "U.S. Army", Country: "USA"},
		{ID: "org/pentagon", Type: tOrg, Name: "Pentagon", Country: "USA", Aliases: []string{"U.S. Army", "DoD"}},
		{ID: "person/moussa-faki-mahamat", Type: tPerson, Name: "Moussa Faki Mahamat", Roles: []role{{Title: "Chairperson", Of: "org/au"}}, src: "curated people.yaml"},
		{ID: "person/moussa-faki", Type: tPerson, Name: "Moussa Faki", Country: "TCD", Aliases: []string{"Moussa Faki Mahamat"}, Roles: []role{{Title: "Prime Minister", From: "2003"}}},
		{ID: "person/albert-ii-bel", Type: tPerson, Name: "Albert II", Country: "BEL"},
		{ID: "person/albert-ii-mco", Type: tPerson, Name: "Albert II", Country: "MCO"},
	}
	got, amb := w.resolveShared(es)
	var ids []string
	for _, e := range got {
		ids = append(ids, e.ID+"="+strings.Join(e.surfaces(), "|"))
	}
	want := []string{
		"CHE=Switzerland", "HKG=Hong Kong", "GEO=Georgia", "state/georgia=Georgia", "org/us-army=U.S. Army", "org/pentagon=Pentagon|DoD",
		"person/moussa-faki-mahamat=Moussa Faki Mahamat|Moussa Faki", "person/albert-ii-bel=Albert II", "person/albert-ii-mco=Albert II",
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("resolveShared entries mismatch (-want +got):\n%s", diff)
	}
	wantAmb := []*ambiguity{
		{Form: "Albert II", IDs: []string{"person/albert-ii-bel", "person/albert-ii-mco"}},
		{Form: "Georgia", IDs: []string{"GEO", "state/georgia"}},
	}
	if diff := cmp.Diff(wantAmb, amb); diff != "" {
		t.Errorf("resolveShared ambiguous mismatch (-want +got):\n%s", diff)
	}
	var faki *entry
	for _, e := range got {
		if e.ID == "person/moussa-faki-mahamat" {
			faki = e
		}
	}
	if diff := cmp.Diff([]role{{Title: "Chairperson", Of: "org/au"}, {Title: "Prime Minister", Of: "TCD", From: "2003"}}, faki.Roles); diff != "" {
		t.Errorf("merged roles mismatch (-want +got):\n%s", diff)
	}
}

func TestSetKinds(t *testing.T) {
	es := []*entry{
		{ID: "KOR", Type: tGPE}, {ID: "ABW", Type: tGPE, Country: "NLD"}, {ID: "SUN", Type: tGPE},
		{ID: "city/x", Type: tGPE}, {ID: "org/a", Type: tOrg, src: "factbook appendix b", Name: "African Union"},
		{ID: "org/g20", Type: tOrg, Name: "G-20"}, {ID: "org/b", Type: tOrg, Kind: kParty},
		{ID: "org/c", Type: tOrg}, {ID: "person/y", Type: tPerson},
	}
	setKinds(es)
	var got []string
	for _, e := range es {
		got = append(got, e.ID+"="+e.Kind)
	}
	want := []string{"KOR=country", "ABW=territory", "SUN=former-country", "city/x=city", "org/a=igo", "org/g20=forum",
		"org/b=party", "org/c=organization", "person/y=person"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("setKinds mismatch (-want +got):\n%s", diff)
	}
	for code, want := range map[string]string{"USAGOV": kGovBody, "IGOUNO": kIGO, "AFGINSTAL": kArmedGroup, "KORPTY": kParty, "XXX": ""} {
		if got := codeKind(code); got != want {
			t.Errorf("codeKind(%q) = %q, want %q", code, got, want)
		}
	}
}

func FuzzParseDict(f *testing.F) {
	f.Add(dictFixture)
	f.Add("X [A 1-2]\n+Y [\n\t[B <]\n")
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range parseDict([]byte(s)) {
			for _, c := range d.Codes {
				roleOf(c)
			}
		}
	})
}

func FuzzFindName(f *testing.F) {
	f.Add("President LEE Jae-myung (since 4 June 2025)")
	f.Add("King CHARLES III; represented by Governor General Sam MOSTYN")
	f.Fuzz(func(t *testing.T, s string) {
		if n, ok := findName(s); ok {
			_ = n.Name()
			_ = n.Short()
		}
		namesInText(s)
	})
}

var entityRE = regexp.MustCompile(`&#?[A-Za-z0-9]+;`)

// TestWorldYAML checks the committed generated file: the gazetteer
// package loads it (every id unique, every type valid, every shared form
// declared), it decodes strictly as the generator's own schema, and every
// surface form is well formed.
func TestWorldYAML(t *testing.T) {
	if testing.Short() {
		t.Skip("decoding the full world.yaml takes seconds")
	}
	data, err := os.ReadFile("../../data/world.yaml")
	if err != nil {
		t.Skip("no world.yaml:", err)
	}
	if _, err := gazetteer.Load(bytes.NewReader(data), "world.yaml"); err != nil {
		t.Fatalf("world.yaml does not load: %v", err)
	}
	f, err := worldFile()
	if err != nil {
		t.Fatalf("world.yaml does not decode: %v", err)
	}
	if len(f.Entities) < 1000 {
		t.Skipf("world.yaml is a placeholder (%d entries)", len(f.Entities))
	}
	bad := 0
	for _, e := range f.Entities {
		if e.Kind == "" {
			t.Errorf("%s: no kind", e.ID)
		}
		for _, s := range append(append(append([]string{e.Name}, e.Aliases...), e.Demonyms...), e.Capitals...) {
			if s != strings.TrimSpace(s) || s == "" || strings.ContainsAny(s, "<>;") || entityRE.MatchString(s) {
				if bad++; bad < 20 {
					t.Errorf("%s: bad surface %q", e.ID, s)
				}
			}
		}
	}
	// Every ISO 3166-1 code is a GPE (the generator checks it against
	// iso-codes; iso2to3 holds the same codes).
	ids := map[string]*entry{}
	for _, e := range f.Entities {
		ids[e.ID] = e
	}
	for _, code := range iso2to3 {
		if e, ok := ids[code]; !ok || e.Type != tGPE {
			t.Errorf("ISO code %s: no GPE entity", code)
		}
	}
}
