package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// gotEntity is the part of an Entity the table tests compare: its fields
// and the text of its mentions and references.
type gotEntity struct {
	Name, Type, ID, Country, Role string
	Mentions, Refs                []string
}

func summarizeEntities(doc *entity.Document) []gotEntity {
	var out []gotEntity
	for _, e := range doc.Entities {
		g := gotEntity{Name: e.Name, Type: e.Type.String(), ID: e.ID, Country: e.Country, Role: e.Role}
		for _, k := range e.Mentions {
			g.Mentions = append(g.Mentions, doc.Mentions[k].Text)
		}
		for _, r := range e.Refs {
			g.Refs = append(g.Refs, r.Text)
		}
		out = append(out, g)
	}
	return out
}

func TestEntities(t *testing.T) {
	tg := testTagger(t)
	tests := []struct {
		name   string
		in     string
		want   []gotEntity
		reason string
	}{{
		name: "linked-person-short-name-pronoun",
		in:   "Yoon Suk-yeol met Japanese officials in Tokyo on Monday. Yoon said he would return.",
		want: []gotEntity{
			{Name: "Yoon Suk-yeol", Type: "PERSON", ID: "person/yoon-suk-yeol", Country: "KOR", Mentions: []string{"Yoon Suk-yeol", "Yoon"}, Refs: []string{"he"}},
			{Name: "Japan", Type: "GPE", ID: "JPN", Country: "JPN", Mentions: []string{"Japanese", "Tokyo"}},
		},
		reason: "the surname joins the full name's entity and 'he' the closest person; nationality and capital link to the country",
	}, {
		name: "unlinked-person-title-role",
		in:   "South Korean Defense Minister Lee Jong-sup arrived on Sunday. Lee said his visit went well.",
		want: []gotEntity{
			{Name: "South Korea", Type: "GPE", ID: "KOR", Country: "KOR", Mentions: []string{"South Korean"}},
			{Name: "Lee Jong-sup", Type: "PERSON", Country: "KOR", Role: "Defense Minister", Mentions: []string{"Lee Jong-sup", "Lee"}, Refs: []string{"his"}},
		},
		reason: "an unlinked person groups by the full name coreference gave the short one",
	}, {
		name: "country-pronoun-across-sentences",
		in:   "North Korea fired a missile on Monday. It said the test succeeded and Pyongyang would fire more.",
		want: []gotEntity{
			{Name: "North Korea", Type: "GPE", ID: "PRK", Country: "PRK", Mentions: []string{"North Korea", "Pyongyang"}, Refs: []string{"It"}},
		},
		reason: "'it' refers to the actor of the sentence before",
	}, {
		name: "expletive-it",
		in:   "It is likely that Japan will act.",
		want: []gotEntity{
			{Name: "Japan", Type: "GPE", ID: "JPN", Country: "JPN", Mentions: []string{"Japan"}},
		},
		reason: "'it is' before a clause refers to nothing",
	}, {
		name: "descriptions",
		in:   "Japan's foreign minister said his country would act. The government in Tokyo agreed.",
		want: []gotEntity{
			{Name: "Japan", Type: "GPE", ID: "JPN", Country: "JPN", Mentions: []string{"Japan", "Tokyo"}, Refs: []string{"his country", "The government"}},
		},
		reason: "'his country' and 'the government' stand for the country actor",
	}, {
		name: "acronym",
		in:   "The North Atlantic Treaty Organization (NATO) met. NATO said it would act.",
		want: []gotEntity{
			{Name: "NATO", Type: "ORG", ID: "org/nato", Mentions: []string{"North Atlantic Treaty Organization", "NATO", "NATO"}, Refs: []string{"it"}},
		},
		reason: "the long form and its acronym are one entity",
	}, {
		name: "plural-pronoun-of-two-actors",
		in:   "South Korea and Japan said they would meet.",
		want: []gotEntity{
			{Name: "South Korea", Type: "GPE", ID: "KOR", Country: "KOR", Mentions: []string{"South Korea"}, Refs: []string{"they"}},
			{Name: "Japan", Type: "GPE", ID: "JPN", Country: "JPN", Mentions: []string{"Japan"}, Refs: []string{"they"}},
		},
		reason: "'they' stands for both coordinated countries, not for the first alone",
	}, {
		name: "plural-pronoun-of-a-group",
		in:   "The Japanese say they want peace.",
		want: []gotEntity{
			{Name: "Japan", Type: "GPE", ID: "JPN", Country: "JPN", Mentions: []string{"Japanese"}, Refs: []string{"they"}},
		},
		reason: "a people may be 'they'",
	}, {
		name: "unlinked-names-group-by-name",
		in:   "Nino Beridze won in Georgia. Beridze thanked Nino Beridze's voters.",
		want: []gotEntity{
			{Name: "Nino Beridze", Type: "PERSON", Mentions: []string{"Nino Beridze", "Beridze", "Nino Beridze"}},
			{Name: "Georgia", Type: "GPE", ID: "GEO", Country: "GEO", Mentions: []string{"Georgia"}},
		},
		reason: "identical and shortened unlinked names are one entity, ordered by first mention",
	}, {
		name: "empty",
		in:   "",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, summarizeEntities(doc)); diff != "" {
				t.Errorf("Tag(%q).Entities mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
			checkEntities(t, doc)
		})
	}
}

// checkEntities checks the invariants of Document.Entities: every mention
// belongs to exactly the entity its Entity field names, entities are
// ordered by first mention, and references are valid spans.
func checkEntities(t *testing.T, doc *entity.Document) {
	t.Helper()
	seen := make([]int, len(doc.Mentions))
	firstPrev := -1
	for e, ent := range doc.Entities {
		if len(ent.Mentions) == 0 {
			t.Fatalf("entity %d (%s) has no mentions", e, ent.Name)
		}
		if ent.Mentions[0] <= firstPrev {
			t.Fatalf("entity %d (%s) is out of first-mention order", e, ent.Name)
		}
		firstPrev = ent.Mentions[0]
		for j, k := range ent.Mentions {
			if k < 0 || k >= len(doc.Mentions) || j > 0 && k <= ent.Mentions[j-1] {
				t.Fatalf("entity %d (%s): bad mention indexes %v", e, ent.Name, ent.Mentions)
			}
			seen[k]++
			if doc.Mentions[k].Entity != e {
				t.Fatalf("mention %d (%q) says entity %d, listed in %d", k, doc.Mentions[k].Text, doc.Mentions[k].Entity, e)
			}
		}
		for _, r := range ent.Refs {
			if r.Start < 0 || r.End > len(doc.Text) || r.Start >= r.End || doc.Text[r.Start:r.End] != r.Text ||
				r.First < 0 || r.Last > len(doc.Tokens) || r.First >= r.Last {
				t.Fatalf("entity %d (%s): bad reference %+v", e, ent.Name, r)
			}
		}
	}
	for k, n := range seen {
		if n != 1 {
			t.Fatalf("mention %d (%q) is in %d entities", k, doc.Mentions[k].Text, n)
		}
	}
}
