package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestPronounChainsOfPronouns resolves a pronoun whose sentence goes on
// from one that opens with a pronoun already resolved ("He said ... . He
// also accused ..."). Our own sentences; want "" is "unresolved".
func TestPronounChainsOfPronouns(t *testing.T) {
	checkOccurrences(t, []occurrenceCase{
		{"he-he",
			"Foreign Minister Ana Ruiz met reporters in Lima on Monday. She said Peru was ready to talk. She also accused Bolivia of stalling.",
			"She", -1, "Ana Ruiz",
			"the first pronoun, resolved to the minister, is the subject the second goes on with"},
		{"he-he-over-object",
			"Tomas Varga spoke in Budapest on Tuesday. He said Ivan Petrov had lied. He also accused Bulgaria of spying.",
			"He", -1, "Tomas Varga",
			"a person named after the first pronoun's verb is not the subject"},
		{"three-in-a-row",
			"Tomas Varga spoke in Budapest on Tuesday. He said Ivan Petrov had lied. He called for talks. He also accused Bulgaria of spying.",
			"He", -1, "Tomas Varga",
			"each pronoun goes on with the one before"},
		{"possessive-continues",
			"Tomas Varga spoke in Budapest on Tuesday. He said Ivan Petrov had lied. His aides later denied it.",
			"His", 0, "Tomas Varga",
			"a possessive that opens its sentence continues the chain too"},
		{"it-it",
			"Chile condemned the attack on Monday. It said Peru had armed the rebels. It also recalled its envoy.",
			"It", -1, "Chile",
			"the first it, resolved to Chile, leads its sentence before Peru"},
		{"alternating-first-he",
			"Tomas Varga met Ivan Petrov in Sofia. He said talks went well. He later flew home.",
			"He", 0, "Tomas Varga",
			"the first he takes the subject of the sentence before, as before"},
		{"alternating-second-he",
			"Tomas Varga met Ivan Petrov in Sofia. He said talks went well. He later flew home.",
			"He", -1, "Tomas Varga",
			"the chain continues the subject"},
		{"gender-breaks-chain",
			"Foreign Minister Ana Ruiz met reporters in Lima on Monday. She said Peru was ready. He also accused Bolivia of stalling.",
			"He", 0, "",
			"he is not the woman the first pronoun stands for, and no man is named"},
		{"quoted-speaker",
			"Tomas Varga spoke in Budapest. \"Ivan Petrov's visit was a provocation,\" Varga said. He added that talks were off.",
			"He", 0, "Tomas Varga",
			"a sentence that is a quotation and its speaker has the speaker as its subject, not the person quoted"},
		{"quoted-speaker-said-first",
			"\"Ana Ruiz has misled the country,\" said Tomas Varga on Monday. He called for an inquiry.",
			"He", 0, "Tomas Varga",
			"the speaker after the quotation, before or after the speech verb"},
		{"quoted-speaker-pronoun",
			"Tomas Varga spoke in Budapest. \"Ivan Petrov has lied to us,\" he said. He also accused Bulgaria of spying.",
			"He", -1, "Tomas Varga",
			"a pronoun speaker resolved before continues the chain"},
		{"quoted-speaker-gender",
			"Tomas Varga met Ana Ruiz. \"Ivan Petrov has lied to us,\" Varga said. She disagreed.",
			"She", 0, "Ana Ruiz",
			"a speaker of the other gender is no subject she goes on with"},
		{"quoted-speaker-not-in-quotation",
			"Tomas Varga visited Ivan Petrov at his home. \"He looks well,\" said Ana Ruiz, who was there. \"He told me he would return to work.\"",
			"He", -1, "Tomas Varga",
			"a pronoun inside the speaker's next quotation speaks of someone else than the speaker"},
		{"unresolved-chain",
			"Talks began at noon. Trade rose. Ports are busy. Markets fell. He said prices were high. He also accused Bolivia of stalling.",
			"He", -1, "",
			"the first pronoun has no referent, so the second has none either"},
	})
}

// TestPluralPronounChains lists the actors of a plural pronoun that goes
// on with a "they" resolved in the sentence before. Our own sentences.
func TestPluralPronounChains(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		word     string   // the token asked
		nth      int      // which occurrence of word: 0 the first, -1 the last
		want     []string // the actors' names of that reference
		reason   string
	}{
		{"they-they",
			"Amnesty International said on Monday they had found mass graves. They also accused Chile of hiding evidence.",
			"They", 0, []string{"Amnesty International"},
			"the second they opens its sentence and goes on with the first"},
		{"unresolved-first",
			"Talks stalled on Monday. Officials said they had found mass graves. They also accused Chile of hiding evidence.",
			"They", 0, nil,
			"the first they has no actor, so the second has none"},
		{"not-opening",
			"Amnesty International said on Monday they had found mass graves. Chile said they were lying.",
			"they", -1, nil,
			"a plural pronoun after another actor in its sentence does not continue the chain"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			i := wordAt(doc, tc.word, tc.nth)
			if i < 0 {
				t.Fatalf("no token %q in %q", tc.word, tc.in)
			}
			var got []string
			for _, r := range doc.References() {
				if r.First == i {
					got = append(got, r.Name)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("references of token %d in %q mismatch (-want +got):\n%s\nreason: %s", i, tc.in, diff, tc.reason)
			}
		})
	}
}
