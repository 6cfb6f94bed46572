package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// curatedFile is the schema of the hand-written files: the gazetteer
// format itself (v1).
type curatedFile struct {
	Version   int          `yaml:"version,omitempty"`
	Entities  []*entry     `yaml:"entities"`
	Ambiguous []*ambiguity `yaml:"ambiguous,omitempty"`
}

// ambiguity is an item of the ambiguous list: a form several entities
// share on purpose.
type ambiguity struct {
	Form string   `yaml:"form"`
	IDs  []string `yaml:"ids"`
}

// loadCurated reads every *.yaml file of dir (sorted by name) and
// exclude.txt. A missing directory is not an error.
func loadCurated(dir string) (entries []*entry, exclude map[string]bool, err error) {
	exclude = map[string]bool{}
	if dir == "" {
		return nil, exclude, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		es, err := parseCurated(data, f)
		if err != nil {
			return nil, nil, err
		}
		entries = append(entries, es...)
	}
	if data, err := os.ReadFile(filepath.Join(dir, "exclude.txt")); err == nil {
		exclude = parseExclude(data)
	} else if !os.IsNotExist(err) {
		return nil, nil, err
	}
	return entries, exclude, nil
}

// parseCurated decodes one curated YAML file strictly.
func parseCurated(data []byte, name string) ([]*entry, error) {
	var cf curatedFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&cf); err != nil {
		if err == io.EOF { // an empty file
			return nil, nil
		}
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if cf.Version != 0 && cf.Version != 1 {
		return nil, fmt.Errorf("%s: unsupported version %d", name, cf.Version)
	}
	for i, e := range cf.Entities {
		if e == nil || e.ID == "" {
			return nil, fmt.Errorf("%s: entry %d has no id", name, i+1)
		}
		e.src = curatedSource + filepath.Base(name)
		e.foldCapitalAliases()
	}
	return cf.Entities, nil
}

// noCountry in a curated entry's country field clears the country the
// generated data gives (officials of international bodies: "a NATO
// Secretary-General" belongs to no country).
const noCountry = "none"

// mergeCurated merges curated entries into the generated ones by id:
// curated non-empty scalars win, lists are unioned with curated items
// first, curated-only entries are added.
func mergeCurated(gen []*entry, cur []*entry) []*entry {
	byID := map[string]*entry{}
	for _, e := range gen {
		byID[e.ID] = e
	}
	out := gen
	for _, c := range cur {
		g, ok := byID[c.ID]
		if !ok {
			n := *c
			if n.Country == noCountry {
				n.Country = ""
			}
			byID[c.ID] = &n
			out = append(out, &n)
			continue
		}
		m := *c
		if m.Type == "" {
			m.Type = g.Type
		}
		if m.Name == "" {
			m.Name = g.Name
		}
		if m.Kind == "" {
			m.Kind = g.Kind
		}
		m.Attributes = nil
		for k, v := range g.Attributes {
			m.setAttr(k, v)
		}
		for k, v := range c.Attributes {
			m.setAttr(k, v)
		}
		switch m.Country {
		case "":
			m.Country = g.Country
		case noCountry:
			m.Country = ""
		}
		m.Aliases = append(append([]string(nil), c.Aliases...), g.Aliases...)
		if key(g.Name) != key(m.Name) {
			m.Aliases = append(m.Aliases, g.Name)
		}
		m.Demonyms = append(append([]string(nil), c.Demonyms...), g.Demonyms...)
		m.Capitals = append(append([]string(nil), c.Capitals...), g.Capitals...)
		m.Epithets = append(append([]string(nil), c.Epithets...), g.Epithets...)
		m.Government = append(append([]string(nil), c.Government...), g.Government...)
		for k := range g.capAlias {
			m.markCapAlias(k)
		}
		m.Roles = append(append([]role(nil), c.Roles...), g.Roles...)
		*g = m
	}
	out = dropCuratedDuplicates(out)
	for _, e := range out {
		e.dedupe()
		// a form listed both as alias and capital or demonym stays in one place
		caps := map[string]bool{}
		for _, c := range e.Capitals {
			caps[key(c)] = true
		}
		e.Aliases = filterList(e.Aliases, func(s string) bool { return !caps[key(s)] })
	}
	return out
}

// dropCuratedDuplicates folds generated entries that a curated entry
// already covers (same type and country, a shared name or alias) into the
// curated entry, and removes generated aliases that name a curated country.
func dropCuratedDuplicates(es []*entry) []*entry {
	byKey := map[string][]*entry{}
	for _, e := range es {
		if !e.curated() {
			continue
		}
		for _, s := range e.surfaces() {
			byKey[key(s)] = append(byKey[key(s)], e)
		}
	}
	// Curated people by family name, for generated full names that extend
	// a curated one ("Matamela Cyril Ramaphosa" is "Cyril Ramaphosa").
	people := map[string][]*entry{}
	for _, e := range es {
		if e.curated() && e.Type == "PERSON" {
			if f := strings.Fields(key(e.Name)); len(f) >= 2 {
				people[f[len(f)-1]] = append(people[f[len(f)-1]], e)
			}
		}
	}
	owner := func(e *entry) *entry {
		for _, s := range e.surfaces() {
			for _, c := range byKey[key(s)] {
				if c != e && c.Type == e.Type && c.Country == e.Country && e.kind() != "" && c.kind() == e.kind() {
					return c
				}
			}
		}
		if e.Type == "PERSON" {
			f := strings.Fields(key(e.Name))
			for _, c := range people[f[len(f)-1]] {
				if cf := strings.Fields(key(c.Name)); c.Country == e.Country && len(cf) < len(f) &&
					slices.Equal(cf, f[len(f)-len(cf):]) {
					return c
				}
			}
		}
		return nil
	}
	j := 0
	for _, e := range es {
		if !e.curated() {
			if c := owner(e); c != nil {
				c.Aliases = append(c.Aliases, e.Name)
				c.Aliases = append(c.Aliases, e.Aliases...)
				c.Demonyms = append(c.Demonyms, e.Demonyms...)
				c.Capitals = append(c.Capitals, e.Capitals...)
				c.Roles = append(c.Roles, e.Roles...)
				continue
			}
			e.Aliases = filterList(e.Aliases, func(s string) bool {
				for _, c := range byKey[key(s)] {
					if c.kind() == "" && c.ID != e.ID {
						return false
					}
				}
				return true
			})
		}
		es[j] = e
		j++
	}
	return es[:j]
}

// ---- YAML output

var plainRE = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N} .'/\-]*$`)

var yamlSpecial = set("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~")

// quote writes s as a YAML scalar usable in flow context: plain when that
// is unambiguous, else double-quoted.
func quote(s string) string {
	if plainRE.MatchString(s) && !strings.HasSuffix(s, " ") && !yamlSpecial[strings.ToLower(s)] && !strings.Contains(s, " #") {
		if _, err := strconv.ParseFloat(s, 64); err != nil || strings.Count(s, "-") == 2 {
			return s
		}
	}
	return strconv.Quote(s)
}

func flowList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// header is the comment at the top of world.yaml.
const header = `# Code generated by gazetteer/internal/gen; DO NOT EDIT.
#
# World gazetteer of geoextract (format v1, see the gazetteer package
# documentation): countries and territories, states and provinces, cities,
# people, international organizations, parties, armed forces and armed
# groups, events.
#
# Regenerate with
#
#	cd gazetteer && go generate .
#
# which runs
#
#	go run ./internal/gen -factbook ../../shared/data/factbook \
#	    -petrarch ../../shared/eval/petrarch/dictionaries \
#	    -iso /usr/share/iso-codes/json/iso_3166-1.json \
#	    -curated internal/gen/curated -words ../entity/data/words.txt \
#	    -o data/world.yaml -merges data/merged-people.tsv
#
# One person named differently by two sources is one entry; the ids that
# such merges removed are listed, with the id kept and the evidence, in
# data/merged-people.tsv.
#
# Sources (see NOTICE.md): ISO 3166-1 codes and names from Debian's
# iso-codes package (LGPL-2.1+; facts only), the CIA World Factbook (public
# domain, via factbook/factbook.json, CC0), the PETRARCH/Phoenix actor
# dictionaries (MIT, Copyright (c) 2014 Open Event Data Alliance) and the
# hand-curated files in gazetteer/internal/gen/curated. Only facts are
# carried: names, codes, dates and affiliations.
`

// writeYAML writes the entries sorted by id, then the ambiguous forms.
func writeYAML(es []*entry, amb []*ambiguity) []byte {
	sort.Slice(es, func(i, j int) bool { return es[i].ID < es[j].ID })
	var b bytes.Buffer
	b.WriteString(header)
	counts := map[string]int{}
	for _, e := range es {
		counts[e.Type]++
	}
	var parts []string
	for _, t := range []string{tGPE, tPerson, tOrg, tLoc, tNORP, tEvent} {
		if counts[t] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", t, counts[t]))
		}
	}
	fmt.Fprintf(&b, "#\n# Entities: %d (%s); ambiguous forms: %d.\nversion: 1\nentities:\n", len(es), strings.Join(parts, ", "), len(amb))
	for _, e := range es {
		fmt.Fprintf(&b, "  - id: %s\n    type: %s\n", quote(e.ID), e.Type)
		if e.Kind != "" {
			fmt.Fprintf(&b, "    kind: %s\n", e.Kind)
		}
		fmt.Fprintf(&b, "    name: %s\n", quote(e.Name))
		if e.Country != "" && e.Country != e.ID {
			fmt.Fprintf(&b, "    country: %s\n", e.Country)
		}
		if len(e.Aliases) > 0 {
			fmt.Fprintf(&b, "    aliases: %s\n", flowList(e.Aliases))
		}
		if len(e.Demonyms) > 0 {
			fmt.Fprintf(&b, "    demonyms: %s\n", flowList(e.Demonyms))
		}
		caps, capAliases := e.splitCapitals()
		switch len(caps) {
		case 0:
		case 1:
			fmt.Fprintf(&b, "    capital: %s\n", quote(caps[0]))
		default:
			fmt.Fprintf(&b, "    capital: %s\n", flowList(caps))
		}
		if len(capAliases) > 0 {
			fmt.Fprintf(&b, "    capital_aliases: %s\n", flowList(capAliases))
		}
		if len(e.Epithets) > 0 {
			fmt.Fprintf(&b, "    epithets: %s\n", flowList(e.Epithets))
		}
		if len(e.Government) > 0 && e.Kind == "country" {
			// A territory's Factbook data speak of its sovereign ("King
			// CHARLES III" for Saint Helena): a territory is no kingdom.
			fmt.Fprintf(&b, "    government: %s\n", flowList(e.Government))
		}
		if len(e.Roles) > 0 {
			b.WriteString("    roles:\n")
			for _, r := range e.Roles {
				f := []string{"title: " + quote(r.Title)}
				if r.Of != "" {
					f = append(f, "of: "+quote(r.Of))
				}
				if r.From != "" {
					f = append(f, "from: "+quote(r.From))
				}
				if r.To != "" {
					f = append(f, "to: "+quote(r.To))
				}
				fmt.Fprintf(&b, "      - {%s}\n", strings.Join(f, ", "))
			}
		}
		if len(e.Attributes) > 0 {
			keys := make([]string, 0, len(e.Attributes))
			for k := range e.Attributes {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			f := make([]string, len(keys))
			for i, k := range keys {
				f[i] = quote(k) + ": " + quote(e.Attributes[k])
			}
			fmt.Fprintf(&b, "    attributes: {%s}\n", strings.Join(f, ", "))
		}
	}
	if len(amb) > 0 {
		b.WriteString("\n# Forms that several entities share: the matcher lists every candidate,\n" +
			"# and the tagger resolves them by context or leaves them unlinked.\nambiguous:\n")
		for _, a := range amb {
			fmt.Fprintf(&b, "  - form: %s\n    ids: %s\n", quote(a.Form), flowList(a.IDs))
		}
	}
	return b.Bytes()
}
