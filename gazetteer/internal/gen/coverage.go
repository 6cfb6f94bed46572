package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
)

// igoRoles points the roles named after an international organization
// ("United Nations", from the Phoenix IGO codes) at the organization's
// entity: the role's of becomes its id, and its title a plain "Official".
func (w *world) igoRoles(es []*entry) {
	igos := map[string]string{}
	for _, e := range es {
		if e.Kind == kIGO {
			for _, s := range e.surfaces() {
				k := gazetteer.Fold(s)
				if _, ok := igos[k]; !ok {
					igos[k] = e.ID
				}
			}
		}
	}
	for _, e := range es {
		if e.Type != tPerson {
			continue
		}
		for i := range e.Roles {
			r := &e.Roles[i]
			if id, ok := igos[gazetteer.Fold(r.Title)]; ok && r.Of == "" {
				r.Of, r.Title = id, "Official"
			}
		}
	}
}

// coverage counts what issue #2 asks of the world data.
type coverage struct {
	isoCodes, isoMissing     int
	countries, territories   int
	capitals, demonyms, igos int
	leaders                  int // people holding an open, dated office
}

func measure(es []*entry, recs []isoCountry) (coverage, []string) {
	var c coverage
	byID := map[string]*entry{}
	for _, e := range es {
		byID[e.ID] = e
		switch {
		case e.Kind == kCountry:
			c.countries++
		case e.Kind == kTerritory:
			c.territories++
		case e.Kind == kIGO:
			c.igos++
		}
		if e.Kind == kCountry || e.Kind == kTerritory {
			if len(e.Capitals) > 0 {
				c.capitals++
			}
			if len(e.Demonyms) > 0 {
				c.demonyms++
			}
		}
		if e.Type == tPerson {
			for _, r := range e.Roles {
				if r.From != "" && r.To == "" {
					c.leaders++
					break
				}
			}
		}
	}
	var missing []string
	for _, r := range recs {
		c.isoCodes++
		if e, ok := byID[r.Alpha3]; !ok || e.Type != tGPE {
			missing = append(missing, r.Alpha3)
		}
	}
	c.isoMissing = len(missing)
	return c, missing
}

// checkCoverage fails when an ISO 3166-1 code has no GPE entity.
func checkCoverage(es []*entry, recs []isoCountry) error {
	if _, missing := measure(es, recs); len(missing) > 0 {
		return fmt.Errorf("ISO 3166-1 codes without a GPE entity: %s", strings.Join(missing, " "))
	}
	return nil
}

func (c coverage) report(w io.Writer) {
	fmt.Fprintf(w, "gen: coverage: ISO 3166-1 codes %d (missing %d); countries %d, territories %d; "+
		"with a capital %d, with demonyms %d; international organizations (igo) %d; people in a dated open office %d\n",
		c.isoCodes, c.isoMissing, c.countries, c.territories, c.capitals, c.demonyms, c.igos, c.leaders)
}
