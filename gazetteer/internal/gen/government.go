package main

import (
	"regexp"
	"slices"
	"strings"
)

// governmentOrder is the order in which a country's forms of state are
// written: the broad form first, then the finer ones.
var governmentOrder = []string{
	"monarchy", "absolute-monarchy", "constitutional-monarchy", "kingdom", "emirate", "sultanate",
	"principality", "grand-duchy", "republic", "islamic-republic", "theocracy", "communist-state",
}

// typeForms are the forms the Factbook's government type states
// ("absolute monarchy", "theocratic republic"), by a pattern of its
// lower-case text.
var typeForms = []struct {
	re    *regexp.Regexp
	forms []string
}{
	{regexp.MustCompile(`\bmonarch(y|ies)\b`), []string{"monarchy"}},
	{regexp.MustCompile(`\babsolute monarchy\b`), []string{"absolute-monarchy"}},
	{regexp.MustCompile(`\bconstitutional monarchy\b`), []string{"constitutional-monarchy"}},
	{regexp.MustCompile(`\bemirate\b`), []string{"monarchy", "emirate"}},
	{regexp.MustCompile(`\bsultanate\b`), []string{"monarchy", "sultanate"}},
	{regexp.MustCompile(`\brepublic\b`), []string{"republic"}},
	{regexp.MustCompile(`\btheocratic\b`), []string{"theocracy"}},
	{regexp.MustCompile(`\bcommunist\b`), []string{"communist-state"}},
}

// longForms are the forms a conventional long name states ("Kingdom of
// Bahrain", "Islamic Republic of Iran").
var longForms = []struct {
	re    *regexp.Regexp
	forms []string
}{
	{regexp.MustCompile(`\bKingdom\b`), []string{"monarchy", "kingdom"}},
	{regexp.MustCompile(`\bEmirates?\b`), []string{"monarchy", "emirate"}},
	{regexp.MustCompile(`\bSultanate\b`), []string{"monarchy", "sultanate"}},
	{regexp.MustCompile(`\bPrincipality\b`), []string{"monarchy", "principality"}},
	{regexp.MustCompile(`\bGrand Duchy\b`), []string{"monarchy", "grand-duchy"}},
	{regexp.MustCompile(`\bRepublic\b`), []string{"republic"}},
	{regexp.MustCompile(`\bIslamic Republic\b`), []string{"islamic-republic"}},
}

// chiefForms are the forms a monarch's title as chief of state states
// ("King SALMAN ...", "Amir TAMIM ...").
var chiefForms = map[string][]string{
	"King": {"monarchy", "kingdom"}, "Queen": {"monarchy", "kingdom"},
	"Amir": {"monarchy", "emirate"}, "Emir": {"monarchy", "emirate"},
	"Sultan": {"monarchy", "sultanate"}, "Prince": {"monarchy", "principality"},
	"Grand Duke": {"monarchy", "grand-duchy"}, "Grand Duchess": {"monarchy", "grand-duchy"},
}

// governmentForms derives a country's forms of state from the Factbook's
// government type, conventional long name and chief of state: facts, in
// governmentOrder. A government type that describes the past ("formerly,
// semi-presidential republic") or a long name no longer in use ("...
// (prior to 15 August 2021)") says nothing; a monarch represented by a
// governor general (a Commonwealth realm's) makes the country no kingdom.
func governmentForms(govType, long, chief string) []string {
	have := map[string]bool{}
	add := func(fs []string) {
		for _, f := range fs {
			have[f] = true
		}
	}
	t := strings.ToLower(stripHTML(govType, " "))
	if i := strings.Index(t, "; note"); i >= 0 {
		t = t[:i]
	}
	if !strings.Contains(t, "formerly") && !strings.Contains(t, "in transition") {
		for _, p := range typeForms {
			if p.re.MatchString(t) {
				add(p.forms)
			}
		}
	}
	long = stripHTML(long, " ")
	if !strings.Contains(long, "prior to") && !strings.Contains(long, "disputed") {
		if i := strings.Index(long, "; note"); i >= 0 {
			long = long[:i]
		}
		for _, p := range longForms {
			if p.re.MatchString(long) {
				add(p.forms)
			}
		}
	}
	chief = stripHTML(chief, " ")
	if !strings.Contains(chief, "represented by") {
		for title, fs := range chiefForms {
			if strings.HasPrefix(chief, title+" ") {
				add(fs)
			}
		}
	}
	var out []string
	for _, f := range governmentOrder {
		if have[f] {
			out = append(out, f)
		}
	}
	return slices.Clip(out)
}
