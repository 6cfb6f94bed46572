package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestOfficeTitles checks that an "X of Y" office title before a name
// (class office_titles of internal/english) is the person's role, never the start of an
// organization's name.
func TestOfficeTitles(t *testing.T) {
	tg := testTagger(t)
	tests := []struct {
		name, in string
		want     []got
		reason   string
	}{{
		name:   "under-secretary-of-state",
		in:     "On Monday, Under Secretary of State Jane Doe met reporters.",
		want:   []got{{"Jane Doe", "PERSON", "", "", "Under Secretary of State"}},
		reason: "the title is the role; 'State' starts no organization",
	}, {
		name:   "secretary-of-state-sentence-start",
		in:     "Secretary of State Mark Fennell arrived in Seoul.",
		want:   []got{{"Mark Fennell", "PERSON", "", "", "Secretary of State"}, {"Seoul", "GPE", "KOR", "KOR", ""}},
		reason: "a sentence may open with the title",
	}, {
		name:   "minister-of-defence",
		in:     "Japan hosted Minister of Defence Ben Wallace on Friday.",
		want:   []got{{"Japan", "GPE", "JPN", "JPN", ""}, {"Ben Wallace", "PERSON", "", "", "Minister of Defence"}},
		reason: "'of Defence' belongs to the title",
	}, {
		name:   "chief-of-staff",
		in:     "Chief of Staff Ron Klain said the talks would resume.",
		want:   []got{{"Ron Klain", "PERSON", "", "", "Chief of Staff"}},
		reason: "a title the chunker used to leave out at a sentence start",
	}, {
		name:   "two-titled-people",
		in:     "Secretary of State Mark Fennell and Minister of Foreign Affairs Anna Lindqvist met in Tokyo.",
		want:   []got{{"Mark Fennell", "PERSON", "", "", "Secretary of State"}, {"Anna Lindqvist", "PERSON", "", "", "Minister of Foreign Affairs"}, {"Tokyo", "GPE", "JPN", "JPN", ""}},
		reason: "'and' before a title separates two people; the 'of' of the first title does not join them",
	}, {
		name:   "title-without-name",
		in:     "The Secretary of State said the talks failed.",
		want:   nil,
		reason: "a title with no name after it is a description, not an entity",
	}, {
		name:   "ministry-of-defence-stays-an-organization",
		in:     "The Ministry of Defence said the drill was over.",
		want:   []got{{"Ministry of Defence", "ORG", "", "", ""}},
		reason: "a body, not a title: it keeps its name",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, summarize(doc.Mentions)); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}
