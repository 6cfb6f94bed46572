package english

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseInflection(t *testing.T) {
	if _, err := Inflection(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, want string
	}{
		{"unknown-table", "irregular_verb: {go: [went, gone]}\n", "english: x.yaml:1: field irregular_verb not found in type english.inflectionTables"},
		{"bad-pair", "irregular_verbs: {go: [went]}\nirregular_thirds: {go: goes}\nirregular_plurals: {man: men}\n", `english: x.yaml: irregular verb "go": want [past, participle]`},
		{"missing-tables", "doubled_finals: [commit]\n", "english: x.yaml: irregular_verbs, irregular_thirds and irregular_plurals must be given"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseInflection([]byte(tc.in), "x.yaml")
			if err == nil || err.Error() != tc.want {
				t.Errorf("err = %v, want %s", err, tc.want)
			}
		})
	}
}

func TestVerbForms(t *testing.T) {
	tests := []struct {
		lemma  string
		want   []string
		reason string
	}{
		{"meet", []string{"meet", "meeting", "meets", "met"}, "irregular past"},
		{"visit", []string{"visit", "visited", "visiting", "visits"}, "no doubling in a two-syllable verb stressed on the first syllable"},
		{"scrap", []string{"scrap", "scrapped", "scrapping", "scraps"}, "one syllable, consonant doubles"},
		{"commit", []string{"commit", "commits", "committed", "committing"}, "listed doubling verb"},
		{"urge", []string{"urge", "urged", "urges", "urging"}, "final e"},
		{"deny", []string{"denied", "denies", "deny", "denying"}, "consonant + y"},
		{"withdraw", []string{"withdraw", "withdrawing", "withdrawn", "withdraws", "withdrew"}, "irregular through a prefix"},
		{"patrol", []string{"patrol", "patrolled", "patrolling", "patrols"}, "listed doubling verb ending in l"},
		{"travel", []string{"travel", "traveled", "traveling", "travelled", "travelling", "travels"}, "both spellings"},
		{"accuse", []string{"accuse", "accused", "accuses", "accusing"}, "final e, -es"},
		{"clash", []string{"clash", "clashed", "clashes", "clashing"}, "sibilant takes -es"},
	}
	for _, tc := range tests {
		var got []string
		for w := range VerbForms(tc.lemma) {
			got = append(got, w)
		}
		sort.Strings(got)
		sort.Strings(tc.want)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("VerbForms(%q) (%s) mismatch (-want +got):\n%s", tc.lemma, tc.reason, diff)
		}
	}
}

func TestNounForms(t *testing.T) {
	tests := []struct {
		lemma string
		want  []string
	}{
		{"sanction", []string{"sanction", "sanctions"}},
		{"talks", []string{"talks"}},
		{"crisis", []string{"crises", "crisis"}},
		{"clash", []string{"clash", "clashes"}},
		{"ally", []string{"allies", "ally"}},
	}
	for _, tc := range tests {
		var got []string
		for w := range NounForms(tc.lemma) {
			got = append(got, w)
		}
		sort.Strings(got)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("NounForms(%q) mismatch (-want +got):\n%s", tc.lemma, diff)
		}
	}
}
