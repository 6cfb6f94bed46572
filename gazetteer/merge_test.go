package gazetteer_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/gazetteer"
)

// mergeBase is the earlier gazetteer of the merge tests.
const mergeBase = `version: 1
entities:
  - id: JPN
    type: GPE
    name: Japan
  - id: KOR
    type: GPE
    kind: country
    name: South Korea
    aliases: [ROK]
    demonyms: [South Korean]
    capital: Seoul
    attributes: {iso2: KR, numeric: "410"}
  - id: PRK
    type: GPE
    name: North Korea
  - id: person/lee
    type: PERSON
    name: Lee Jong-sup
    country: KOR
    roles:
      - {title: Defense Minister, from: 2022-05-10, to: 2023-10-06}
ambiguous:
  - form: Korea
    ids: [KOR, PRK]
`

// loadPair loads mergeBase as base.yaml and mine as m.yaml.
func loadPair(t *testing.T, mine string) (*gazetteer.Gazetteer, *gazetteer.Gazetteer) {
	t.Helper()
	base, err := gazetteer.Load(strings.NewReader(mergeBase), "base.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := gazetteer.Load(strings.NewReader(mine), "m.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return base, m
}

// summary renders a merged entry compactly for comparison.
func summary(e *gazetteer.Entry) string {
	var attrs []string
	for k, v := range e.Attributes {
		attrs = append(attrs, k+"="+v)
	}
	sort.Strings(attrs)
	var roles []string
	for _, r := range e.Roles {
		roles = append(roles, fmt.Sprintf("%s[%s %s-%s]", r.Title, r.Of, r.From, r.To))
	}
	s := fmt.Sprintf("%s %v/%s %q country=%s aliases=%v", e.ID, e.Type, e.Kind, e.Name, e.Country, e.Aliases)
	for _, f := range []struct {
		name string
		list []string
	}{{"demonyms", e.Demonyms}, {"capitals", e.Capitals}, {"capital_aliases", e.CapitalAliases}, {"epithets", e.Epithets}, {"roles", roles}, {"attributes", attrs}} {
		if len(f.list) > 0 {
			s += fmt.Sprintf(" %s=%v", f.name, f.list)
		}
	}
	return s
}

func TestMergeModes(t *testing.T) {
	tests := []struct {
		name    string
		mine    string
		want    []string // summaries of the merged entries, in order
		wantErr []string
		reason  string
	}{
		{
			name: "replace by default",
			mine: `entities:
  - id: KOR
    type: GPE
    name: Republic of Korea
`,
			want: []string{
				`JPN GPE/country "Japan" country=JPN aliases=[]`,
				`KOR GPE/country "Republic of Korea" country=KOR aliases=[]`,
				`PRK GPE/country "North Korea" country=PRK aliases=[]`,
				`person/lee PERSON/person "Lee Jong-sup" country=KOR aliases=[] roles=[Defense Minister[ 2022-05-10-2023-10-06]]`,
			},
			reason: "a later entity with an existing id replaces it wholesale: aliases, demonyms, capital and attributes go",
		},
		{
			name: "replace explicitly, add new ids at the end",
			mine: `entities:
  - {id: person/kim, type: PERSON, name: Kim Yong-hyun, country: KOR}
  - {id: JPN, type: GPE, name: Nippon, merge: replace}
`,
			want: []string{
				`JPN GPE/country "Nippon" country=JPN aliases=[]`,
				`KOR GPE/country "South Korea" country=KOR aliases=[ROK] demonyms=[South Korean] capitals=[Seoul] attributes=[iso2=KR numeric=410]`,
				`PRK GPE/country "North Korea" country=PRK aliases=[]`,
				`person/lee PERSON/person "Lee Jong-sup" country=KOR aliases=[] roles=[Defense Minister[ 2022-05-10-2023-10-06]]`,
				`person/kim PERSON/person "Kim Yong-hyun" country=KOR aliases=[]`,
			},
			reason: "a replaced entity keeps its place; new entities follow in order",
		},
		{
			name: "extend lists and attributes",
			mine: `entities:
  - id: KOR
    merge: extend
    aliases: [Republic of Korea, ROK]
    demonyms: [South Koreans]
    capital_aliases: [Hanyang]
    epithets: [the South]
    attributes: {numeric: "410", tld: .kr}
  - id: person/lee
    merge: extend
    roles:
      - {title: Ambassador, of: AUS, from: 2024-03-04, to: 2024-03-29}
`,
			want: []string{
				`JPN GPE/country "Japan" country=JPN aliases=[]`,
				`KOR GPE/country "South Korea" country=KOR aliases=[ROK Republic of Korea] demonyms=[South Korean South Koreans] capitals=[Seoul] capital_aliases=[Hanyang] epithets=[the South] attributes=[iso2=KR numeric=410 tld=.kr]`,
				`PRK GPE/country "North Korea" country=PRK aliases=[]`,
				`person/lee PERSON/person "Lee Jong-sup" country=KOR aliases=[] roles=[Defense Minister[ 2022-05-10-2023-10-06] Ambassador[AUS 2024-03-04-2024-03-29]]`,
			},
			reason: "merge: extend adds aliases, demonyms, capitals, epithets, roles and attributes without repeating any, and keeps the rest",
		},
		{
			name: "extend overrides given scalars",
			mine: `entities:
  - id: KOR
    merge: extend
    type: GPE
    kind: territory
    name: Republic of Korea
    country: USA
    capital: Sejong
    attributes: {iso2: XK}
`,
			want: []string{
				`JPN GPE/country "Japan" country=JPN aliases=[]`,
				`KOR GPE/territory "Republic of Korea" country=USA aliases=[ROK South Korea] demonyms=[South Korean] capitals=[Seoul Sejong] attributes=[iso2=XK numeric=410]`,
				`PRK GPE/country "North Korea" country=PRK aliases=[]`,
				`person/lee PERSON/person "Lee Jong-sup" country=KOR aliases=[] roles=[Defense Minister[ 2022-05-10-2023-10-06]]`,
			},
			reason: "the scalars an extension gives win; a renamed entity keeps its old name as an alias; an attribute given again takes the new value",
		},
		{
			name: "remove",
			mine: `entities:
  - id: PRK
    merge: remove
  - id: person/lee
    merge: remove
`,
			want: []string{
				`JPN GPE/country "Japan" country=JPN aliases=[]`,
				`KOR GPE/country "South Korea" country=KOR aliases=[ROK] demonyms=[South Korean] capitals=[Seoul] attributes=[iso2=KR numeric=410]`,
			},
			reason: "merge: remove deletes the earlier entity",
		},
		{
			name: "remove and define again",
			mine: `entities:
  - {id: JPN, merge: remove}
`,
			want: []string{
				`JPN GPE/country "Nihon" country=JPN aliases=[]`,
				`KOR GPE/country "South Korea" country=KOR aliases=[ROK] demonyms=[South Korean] capitals=[Seoul] attributes=[iso2=KR numeric=410]`,
				`PRK GPE/country "North Korea" country=PRK aliases=[]`,
				`person/lee PERSON/person "Lee Jong-sup" country=KOR aliases=[] roles=[Defense Minister[ 2022-05-10-2023-10-06]]`,
			},
			reason: "a third gazetteer may define a removed id again (see the test body); it takes the id's first place",
		},
		{
			name: "extend of a new id with a type and a name",
			mine: `entities:
  - {id: city/busan, merge: extend, type: GPE, name: Busan, country: KOR}
`,
			want: []string{
				`JPN GPE/country "Japan" country=JPN aliases=[]`,
				`KOR GPE/country "South Korea" country=KOR aliases=[ROK] demonyms=[South Korean] capitals=[Seoul] attributes=[iso2=KR numeric=410]`,
				`PRK GPE/country "North Korea" country=PRK aliases=[]`,
				`person/lee PERSON/person "Lee Jong-sup" country=KOR aliases=[] roles=[Defense Minister[ 2022-05-10-2023-10-06]]`,
				`city/busan GPE/ "Busan" country=KOR aliases=[]`,
			},
			reason: "an extension that is a whole entity is added when there is nothing to extend",
		},
		{
			name: "patches of unknown ids",
			mine: `entities:
  - {id: KORR, merge: extend, aliases: [Hanguk]}
  - {id: person/nobody, merge: remove}
`,
			wantErr: []string{
				`m.yaml:2:5: merge: extend of "KORR", which no earlier gazetteer defines`,
				`m.yaml:3:5: merge: remove of "person/nobody", which no earlier gazetteer defines`,
			},
			reason: "a patch with nothing to patch is likely a misspelt id",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base, mine := loadPair(t, tc.mine)
			gs := []*gazetteer.Gazetteer{base, nil, mine}
			if tc.name == "remove and define again" {
				again, err := gazetteer.Load(strings.NewReader("entities:\n  - {id: JPN, type: GPE, name: Nihon}\n"), "again.yaml")
				if err != nil {
					t.Fatal(err)
				}
				gs = append(gs, again)
			}
			g, err := gazetteer.Merge(gs...)
			if diff := cmp.Diff(tc.wantErr, errorLines(t, err)); diff != "" {
				t.Fatalf("Merge errors mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
			if err != nil {
				return
			}
			var got []string
			for _, e := range g.Entries() {
				got = append(got, summary(e))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Merge mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
			// The matcher sees the merged entries.
			for _, e := range g.Entries() {
				if ms := g.Match(e.Name); len(ms) == 0 || ms[0].Candidates[0].Entry != e && len(ms[0].Candidates) == 1 {
					t.Errorf("Match(%q) = %v, want the merged entry", e.Name, describe(ms))
				}
			}
			// The inputs are unchanged.
			if diff := cmp.Diff([]string{
				`JPN GPE/country "Japan" country=JPN aliases=[]`,
				`KOR GPE/country "South Korea" country=KOR aliases=[ROK] demonyms=[South Korean] capitals=[Seoul] attributes=[iso2=KR numeric=410]`,
				`PRK GPE/country "North Korea" country=PRK aliases=[]`,
				`person/lee PERSON/person "Lee Jong-sup" country=KOR aliases=[] roles=[Defense Minister[ 2022-05-10-2023-10-06]]`,
			}, summaries(base)); diff != "" {
				t.Errorf("Merge changed its input (-want +got):\n%s", diff)
			}
		})
	}
}

func summaries(g *gazetteer.Gazetteer) []string {
	var out []string
	for _, e := range g.Entries() {
		out = append(out, summary(e))
	}
	return out
}

func TestMergeMisc(t *testing.T) {
	load := func(name, s string) *gazetteer.Gazetteer {
		t.Helper()
		g, err := gazetteer.Load(strings.NewReader(s), name)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	base := load("base.yaml", mergeBase)
	patch := load("patch.yaml", `entities:
  - {id: KOR, merge: extend, aliases: [Hanguk]}
  - {id: PRK, merge: remove}
  - {id: JPN, merge: extend, type: GPE, name: Nippon}
  - {id: GEO, type: GPE, name: Georgia}
  - {id: state/georgia, type: GPE, name: Georgia, country: USA}
ambiguous:
  - form: Georgia
    ids: [GEO, state/georgia]
`)

	// Standalone, a patch file holds only its whole entities.
	var ids []string
	for _, e := range patch.Entries() {
		ids = append(ids, e.ID)
	}
	if diff := cmp.Diff([]string{"JPN", "GEO", "state/georgia"}, ids); diff != "" {
		t.Errorf("patch Entries mismatch (-want +got):\n%s", diff)
	}
	if _, ok := patch.Lookup("KOR"); ok {
		t.Errorf("Lookup(KOR) found a patch")
	}

	g, err := gazetteer.Merge(base, patch)
	if err != nil {
		t.Fatal(err)
	}
	// The ambiguous forms of both gazetteers are kept.
	for form, want := range map[string][]string{"KOREA": {"KOR", "PRK"}, "georgia": {"GEO", "state/georgia"}, "Japan": nil} {
		if diff := cmp.Diff(want, g.Ambiguous(form)); diff != "" {
			t.Errorf("Ambiguous(%q) mismatch (-want +got):\n%s", form, diff)
		}
	}
	kor, _ := g.Lookup("KOR")
	jpn, _ := g.Lookup("JPN")
	if diff := cmp.Diff([]string{"ROK", "Hanguk"}, kor.Aliases); diff != "" {
		t.Errorf("extended KOR aliases mismatch (-want +got):\n%s", diff)
	}
	if jpn.Name != "Nippon" || jpn.Kind != gazetteer.KindCountry || jpn.Pos.File != "base.yaml" {
		t.Errorf("extended JPN = %+v, want the name Nippon, the kind and position of the base entry", jpn)
	}
	if _, ok := g.Lookup("PRK"); ok {
		t.Errorf("removed PRK is still there")
	}

	// Merging in steps gives what merging at once does.
	extra := load("extra.yaml", "entities:\n  - {id: KOR, merge: extend, aliases: [Daehan Minguk]}\n")
	once, err := gazetteer.Merge(base, patch, extra)
	if err != nil {
		t.Fatal(err)
	}
	step, err := gazetteer.Merge(g, extra)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(summaries(once), summaries(step)); diff != "" {
		t.Errorf("Merge(Merge(a, b), c) != Merge(a, b, c) (-once +steps):\n%s", diff)
	}

	if g, err := gazetteer.Merge(); err != nil || g.Len() != 0 {
		t.Errorf("Merge() = %v, %v; want an empty gazetteer", g, err)
	}
}

func TestMergeWarnings(t *testing.T) {
	tests := []struct {
		name   string
		mine   string
		want   []string
		reason string
	}{
		{
			name:   "renamed without the old names",
			mine:   "entities:\n  - {id: KOR, type: GPE, name: Suedkorea}\n",
			want:   []string{`m.yaml:2:5: KOR "Suedkorea" replaces "South Korea" (at base.yaml:6:5), whose names are no longer matched: "South Korea", "ROK", "Seoul" and "South Korean"; to rename it and keep them, write merge: extend`},
			reason: "the user file silently turns South Korea's names into unknown words",
		},
		{
			name:   "renamed, the old name kept as an alias",
			mine:   "entities:\n  - {id: KOR, type: GPE, name: Suedkorea, aliases: [south korea]}\n",
			reason: "the old name is still matched (compared folded): a deliberate replacement",
		},
		{
			name:   "same name",
			mine:   "entities:\n  - {id: JPN, type: GPE, name: JAPAN}\n",
			reason: "a replacement under the same name keeps what matters",
		},
		{
			name:   "extend",
			mine:   "entities:\n  - {id: KOR, merge: extend, name: Suedkorea}\n",
			reason: "extend keeps the old name as an alias",
		},
		{
			name:   "new id",
			mine:   "entities:\n  - {id: FRA, type: GPE, name: Frankreich}\n",
			reason: "nothing is replaced",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base, mine := loadPair(t, tc.mine)
			g, err := gazetteer.Merge(base, mine)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range g.Warnings() {
				got = append(got, w.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Warnings() mismatch (-want +got), %s:\n%s", tc.reason, diff)
			}
			// Warnings survive a further merge.
			again, err := gazetteer.Merge(g, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(len(tc.want), len(again.Warnings())); diff != "" {
				t.Errorf("warnings after a second Merge (-want +got):\n%s", diff)
			}
		})
	}
}
