package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// pluralPronounRefs keeps the references of doc whose text is a plural
// pronoun.
func pluralPronounRefs(doc *entity.Document) []gotRef {
	var out []gotRef
	for _, r := range summarizeReferences(doc) {
		switch strings.ToLower(r.Text) {
		case "they", "them", "their":
			out = append(out, r)
		}
	}
	return out
}

// A plural pronoun where a clause's own subject is read on stands for
// the group that subject names (issue #10). Our own sentences, with the
// cases whose right answer is "unresolved".
func TestSubjectGroups(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		in     string
		want   []gotRef
		reason string
	}{{
		name:   "organization-marks-the-subject",
		in:     "The European Union met in Brussels on Monday. EU foreign ministers said they would extend the sanctions.",
		want:   []gotRef{{"they", "pronoun", "org/eu"}},
		reason: "'they' opens the complement of 'said', whose subject the EU marks",
	}, {
		name:   "parenthetical-between-subject-and-verb",
		in:     "EU foreign ministers, meeting in Luxembourg, said they had frozen the assets.",
		want:   []gotRef{{"they", "pronoun", "org/eu"}},
		reason: "a phrase set off by commas with no finite verb stands between the subject and its verb",
	}, {
		name:   "nationality-marks-the-subject-their",
		in:     "Kenyan troops crossed the border on Monday and continued their advance toward the port.",
		want:   []gotRef{{"their", "pronoun", "KEN"}},
		reason: "'their' in the object of the verb whose subject a nationality marks",
	}, {
		name:   "subject-of-the-sentence-before",
		in:     "Talks resumed in Doha. Last week, Kenyan soldiers left the base. They also criticized the host.",
		want:   []gotRef{{"They", "pronoun", "KEN"}},
		reason: "'They' opens its sentence: the subject of the sentence before, read at its first finite verb",
	}, {
		name:   "after-an-opening-phrase",
		in:     "Kenyan soldiers left the base on Monday. In the evening, they returned to the border.",
		want:   []gotRef{{"they", "pronoun", "KEN"}},
		reason: "a phrase with no verb or actor before 'they' still leaves it opening its sentence",
	}, {
		name:   "genitive-description",
		in:     "Sri Lanka held elections in September. Leaders of the island nation usually make their first visit to India.",
		want:   []gotRef{{"their", "pronoun", "LKA"}},
		reason: "the plural head is followed by 'of' and a description that refers to the country",
	}, {
		name:   "genitive-organization",
		in:     "Hamas rejected the plan. Officials of Hamas said they would fight.",
		want:   []gotRef{{"they", "pronoun", "org/hamas"}},
		reason: "the organization after 'of' names the group of officials",
	}, {
		name:   "genitive-residents-unresolved",
		in:     "Residents of Nairobi said they heard gunfire.",
		want:   nil,
		reason: "residents are no group of the state (classes plural_heads, group_plurals)",
	}, {
		name:   "two-people-met",
		in:     "Chinese Foreign Minister Wang Yi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday. They discussed trade.",
		want:   []gotRef{{"They", "pronoun", "person/wang-yi"}, {"They", "pronoun", "person/fumio-kishida"}},
		reason: "one person is no 'they': the person and the one the verb met",
	}, {
		name:   "unmarked-group-unresolved",
		in:     "Kenya held elections on Monday. Protesters said they would march again.",
		want:   nil,
		reason: "no actor marks the protesters: a group of unnamed people",
	}, {
		name:   "unmarked-group-before-unresolved",
		in:     "Kenya held elections on Monday. Protesters gathered in the square. They demanded a recount.",
		want:   nil,
		reason: "the subject before names no actor",
	}, {
		name:   "compound-marker-unresolved",
		in:     "Kenya-backed militias said they had taken the town.",
		want:   nil,
		reason: "backed by Kenya is no Kenyan group",
	}, {
		name:   "coordinated-marker-unresolved",
		in:     "Government and EU officials said they would meet again.",
		want:   nil,
		reason: "the phrase names more than the one marked",
	}, {
		name:   "object-pronoun-unresolved",
		in:     "Kenyan troops searched the boats and questioned them.",
		want:   nil,
		reason: "'them' is the object of the verb its subject acts with: not the subject itself",
	}, {
		name:   "plural-noun-between-unresolved",
		in:     "Kenyan troops told the villagers that they must leave.",
		want:   nil,
		reason: "the villagers stand between the verb and 'they': either may be meant",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, pluralPronounRefs(doc)); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}
