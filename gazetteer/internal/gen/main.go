// Command gen generates gazetteer/data/world.yaml, the world gazetteer of
// geoextract, from ISO 3166-1 (Debian's iso-codes package), the CIA World
// Factbook extract, the PETRARCH/Phoenix actor dictionaries and the
// hand-curated files in curated/.
//
// Usage (from the repository root; go generate in gazetteer/ runs it):
//
//	go run ./gazetteer/internal/gen -factbook /work/shared/data/factbook \
//	    -petrarch /work/shared/eval/petrarch/dictionaries \
//	    -iso /usr/share/iso-codes/json/iso_3166-1.json \
//	    -curated gazetteer/internal/gen/curated -o gazetteer/data/world.yaml \
//	    -merges gazetteer/data/merged-people.tsv
//
// The output is deterministic: entries sorted by id, lists in a stable
// order. A report of entry counts and of what the quality filters removed
// goes to standard error.
//
// What it builds:
//   - every ISO 3166-1 country and territory (id the alpha-3 code, kind
//     country or territory, attributes iso2 and numeric, the ISO name,
//     official and common names as aliases), joined to Factbook profiles
//     through their ccTLD, with conventional names, abbreviations, former
//     names, demonyms and capitals, plus a few hand-written facts
//     (countryFixes), and its forms of state (monarchy, kingdom, republic,
//     ...) read from its government type, long name and chief of state by
//     the tables of curated/government/forms.yaml;
//   - administrative divisions (state/slug);
//   - people: Factbook chiefs of state, heads of government and people named
//     in election results (names normalized from "LEE Jae-myung"), and the
//     Phoenix CountryInfo and IGO rulers with dated roles (person/slug);
//   - cities and places listed in the Phoenix country blocks (city/slug, loc/slug);
//   - organizations: Factbook Appendix B, political parties and armed forces,
//     and the Phoenix international, national and non-state actors (org/...).
//
// Every entity gets a kind (country, territory, state, city, igo, party,
// military, person, ...), from the curated data, its source or its id.
//
// Surface forms are filtered for precision: no markup, no single letters,
// no common English words, no generic institution names ("National
// Assembly"), no alias shared ambiguously by actors of different countries.
// curated/exclude.txt lists forms the generator must never emit. Forms that
// several entities still share are settled last (resolveShared): the same
// person under two ids is merged, so is one person under two names
// (mergeNameVariants: "William Ruto" and "William Samoei Ruto", "Benjamin"
// and "Benyamin Netanyahu"; the ids dropped and the evidence go to the
// -merges file), a city or state repeating a capital or territory is
// dropped, an alias that is another entry's name is dropped,
// and what remains is declared in the ambiguous list, as the gazetteer
// format requires.
//
// A data audit (audit.go, with the word lists in curated/audit/) drops the
// aliases of people that split a word of their name ("Paul Kaga Me") and
// the roles whose title names no office (Phoenix sectors and categories
// such as "Government (health)" and "Elite"), trims titles cut short, and
// then fails the run on any alias that is another entity's name, split
// alias or non-office title left; TestAuditWorld runs it on the committed
// data.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	var (
		factbookDir = flag.String("factbook", "", "directory with profiles.json and appendix-b-international-organizations.html")
		petrarchDir = flag.String("petrarch", "", "directory with the Phoenix *.actors.txt dictionaries")
		isoFile     = flag.String("iso", "/usr/share/iso-codes/json/iso_3166-1.json", "ISO 3166-1 in the JSON of Debian's iso-codes package")
		curatedDir  = flag.String("curated", "", "directory with hand-curated *.yaml files and exclude.txt (optional)")
		wordsFile   = flag.String("words", "entity/data/words.txt", "common English words with SCOWL levels (word<TAB>level)")
		namesFile   = flag.String("names", "", "given names, one a line (default: firstnames.txt beside -words)")
		outFile     = flag.String("o", "gazetteer/data/world.yaml", "output file")
		mergesFile  = flag.String("merges", "", "write the people merged under two names (dropped id, kept id, evidence) to this file")
		verbose     = flag.Bool("v", false, "list samples of filtered items")
	)
	flag.Parse()
	if *factbookDir == "" || *petrarchDir == "" {
		fmt.Fprintln(os.Stderr, "gen: -factbook and -petrarch are required")
		os.Exit(2)
	}
	if *namesFile == "" {
		*namesFile = filepath.Join(filepath.Dir(*wordsFile), "firstnames.txt")
	}
	out, w, err := generate(config{
		factbook: *factbookDir, petrarch: *petrarchDir, iso: *isoFile, curated: *curatedDir,
		words: *wordsFile, names: *namesFile,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*outFile, out, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if *mergesFile != "" {
		if err := os.WriteFile(*mergesFile, mergesTSV(w.nameMerges), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	report(w, out, *outFile, *verbose)
}

type config struct {
	factbook, petrarch, iso, curated, words, names string
}

// generate builds the world gazetteer.
func generate(cfg config) ([]byte, *world, error) {
	w := newWorld()
	read := func(p string) ([]byte, error) { return os.ReadFile(p) }
	if data, err := read(cfg.words); err == nil {
		w.common = parseWords(data)
	} else {
		fmt.Fprintf(os.Stderr, "gen: warning: no common-word list (%v); common-word filter is off\n", err)
	}
	if data, err := read(cfg.names); err == nil {
		for _, n := range parseLines(data) {
			w.given[strings.ToUpper(foldASCII(n))] = true
		}
	}
	prof, err := read(filepath.Join(cfg.factbook, "profiles.json"))
	if err != nil {
		return nil, nil, err
	}
	profiles, err := parseProfiles(prof)
	if err != nil {
		return nil, nil, err
	}
	appB, err := read(filepath.Join(cfg.factbook, "appendix-b-international-organizations.html"))
	if err != nil {
		return nil, nil, err
	}
	isoData, err := read(cfg.iso)
	if err != nil {
		return nil, nil, fmt.Errorf("%v (install Debian's iso-codes package or pass -iso)", err)
	}
	isoRecs, err := parseISO(isoData)
	if err != nil {
		return nil, nil, err
	}
	ph := &phoenix{}
	for _, f := range []struct {
		name string
		dst  *[]*dictEntry
	}{
		{"Phoenix.Countries.actors.txt", &ph.countries},
		{"Phoenix.International.actors.txt", &ph.intl},
		{"Phoenix.MilNonState.actors.txt", &ph.milNonState},
	} {
		data, err := read(filepath.Join(cfg.petrarch, f.name))
		if err != nil {
			return nil, nil, err
		}
		*f.dst = parseDict(data)
	}
	curated, exclude, err := loadCurated(cfg.curated)
	if err != nil {
		return nil, nil, err
	}
	if w.gov, err = loadGovRules(filepath.Join(cfg.curated, "government", "forms.yaml")); err != nil {
		return nil, nil, err
	}

	w.appendixOrgs(parseAppendixB(appB))
	w.factbook(profiles)
	w.historical()
	w.isoCountries(isoRecs)
	w.buildCityInfo()
	w.phoenixActors(ph)

	es := w.resolve()
	es = w.clean(es, exclude)
	es = w.collisions(es)
	es = mergeCurated(es, curated)
	setKinds(es)
	w.igoRoles(es)
	rules, err := loadAuditRules(filepath.Join(cfg.curated, "audit"))
	if err != nil {
		return nil, nil, err
	}
	w.fixAliases(es, rules)
	w.isOffice = func(t string) bool { return rules.checkOffice(rules.trimTitle(t)) == "" }
	es, amb := w.resolveShared(es)
	w.fixRoles(es, rules)
	if problems := rules.audit(es, amb); len(problems) > 0 {
		return nil, nil, fmt.Errorf("the data audit found %d problems (fix the sources' reading, curated/ or curated/exclude.txt):\n%s",
			len(problems), strings.Join(problems, "\n"))
	}
	if err := checkCoverage(es, isoRecs); err != nil {
		return nil, nil, err
	}
	c, _ := measure(es, isoRecs)
	w.coverage = c
	return writeYAML(es, amb), w, nil
}

// historical adds the states that no longer exist but that news and the
// Phoenix dictionaries name.
func (w *world) historical() {
	w.add(&entry{ID: "SUN", Type: tGPE, Name: "Soviet Union", Aliases: []string{"USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"}, Demonyms: []string{"Soviet", "Soviets"}, Capitals: []string{"Moscow"}, src: "historical"})
	w.add(&entry{ID: "DDR", Type: tGPE, Name: "East Germany", Aliases: []string{"German Democratic Republic", "GDR"}, Demonyms: []string{"East German", "East Germans"}, src: "historical"})
	w.add(&entry{ID: "YUG", Type: tGPE, Name: "Yugoslavia", Aliases: []string{"Socialist Federal Republic of Yugoslavia"}, Demonyms: []string{"Yugoslav", "Yugoslavs", "Yugoslavian"}, src: "historical"})
	w.add(&entry{ID: "CSK", Type: tGPE, Name: "Czechoslovakia", Demonyms: []string{"Czechoslovak", "Czechoslovaks"}, src: "historical"})
	for _, n := range []struct{ id, name string }{{"gpe/england", "England"}, {"gpe/scotland", "Scotland"}, {"gpe/wales", "Wales"}, {"gpe/northern-ireland", "Northern Ireland"}} {
		e := &entry{ID: n.id, Type: tGPE, Name: n.name, Country: "GBR", src: "uk nations"}
		switch n.id {
		case "gpe/scotland":
			e.Demonyms = []string{"Scottish", "Scots"}
			e.Capitals = []string{"Edinburgh"}
		case "gpe/wales":
			e.Demonyms = []string{"Welsh"}
			e.Capitals = []string{"Cardiff"}
		case "gpe/northern-ireland":
			e.Capitals = []string{"Belfast"}
		}
		w.add(e)
	}
}

// parseWords reads "word<TAB>level" lines; '#' starts a comment line.
func parseWords(data []byte) map[string]int {
	m := map[string]int{}
	for _, line := range parseLines(data) {
		f := strings.Split(line, "\t")
		lvl := 0
		if len(f) > 1 {
			fmt.Sscanf(f[1], "%d", &lvl)
		}
		m[strings.TrimSpace(f[0])] = lvl
	}
	return m
}

// parseLines returns the non-empty, non-comment lines of data.
func parseLines(data []byte) []string {
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// report prints counts and filter statistics.
func report(w *world, out []byte, path string, verbose bool) {
	counts := map[string]int{}
	kinds := map[string]int{}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "    type: ") {
			counts[strings.TrimPrefix(line, "    type: ")]++
		}
		if strings.HasPrefix(line, "    kind: ") {
			kinds[strings.TrimPrefix(line, "    kind: ")]++
		}
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %s (%d bytes)\n", path, len(out))
	w.coverage.report(os.Stderr)
	for _, m := range []map[string]int{counts, kinds} {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			fmt.Fprintf(os.Stderr, "  %-8s %6d\n", k, m[k])
		}
	}
	var reasons []string
	for r := range w.drops {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	fmt.Fprintln(os.Stderr, "gen: filtered:")
	for _, r := range reasons {
		fmt.Fprintf(os.Stderr, "  %6d  %s\n", w.drops[r], r)
		if verbose {
			fmt.Fprintf(os.Stderr, "          e.g. %s\n", strings.Join(w.sample[r], "; "))
		}
	}
}
