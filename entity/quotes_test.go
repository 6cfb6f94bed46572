package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// wordAt returns the index of the nth token (counting from 0; -1 for the
// last) whose text is word, or -1.
func wordAt(doc *entity.Document, word string, nth int) int {
	var at []int
	for i, tk := range doc.Tokens {
		if tk.Text == word {
			at = append(at, i)
		}
	}
	switch {
	case len(at) == 0:
		return -1
	case nth < 0:
		return at[len(at)-1]
	case nth < len(at):
		return at[nth]
	}
	return -1
}

// occurrenceCase asks Referent for the nth occurrence of a token in a
// text of our own, and gives the reason of the expected answer
// (checkReferent's referentCase asks the last occurrence, and compares
// the country too).
type occurrenceCase struct {
	name, in string
	word     string // the token asked
	nth      int    // which occurrence of word: 0 the first, -1 the last
	want     string // the referent's Name, "" for none
	reason   string
}

// checkOccurrences tags each case's text with the world tagger and
// compares the Name of the referent of its token with want.
func checkOccurrences(t *testing.T, cases []occurrenceCase) {
	t.Helper()
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			i := wordAt(doc, tc.word, tc.nth)
			if i < 0 {
				t.Fatalf("no token %q in %q", tc.word, tc.in)
			}
			got := ""
			if m, ok := doc.Referent(i); ok {
				got = m.Name
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referent(%q #%d) in %q mismatch (-want +got):\n%s\nreason: %s", tc.word, tc.nth, tc.in, diff, tc.reason)
			}
		})
	}
}

// lastReferents returns the names of the actors Referents gives the last
// token whose text is word, nil for none.
func lastReferents(t *testing.T, doc *entity.Document, word string) []string {
	t.Helper()
	i := wordAt(doc, word, -1)
	if i < 0 {
		t.Fatalf("no token %q in %q", word, doc.Text)
	}
	var got []string
	if ms, ok := doc.Referents(i); ok {
		for _, m := range ms {
			got = append(got, m.Name)
		}
	}
	return got
}

// referentsCase is a text, the word whose last occurrence Referents is
// asked about, and the names of the actors it should give (nil:
// unresolved).
type referentsCase struct {
	name, in, word string
	want           []string
	reason         string
}

// checkReferentsCases tags each case's text with the world gazetteer and
// compares the referents of its word's last occurrence.
func checkReferentsCases(t *testing.T, tests []referentsCase) {
	t.Helper()
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := lastReferents(t, tg.Tag(entity.Input{Text: tc.in}), tc.word)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referents(%q) in %q (-want +got) (%s):\n%s", tc.word, tc.in, tc.reason, diff)
			}
		})
	}
}

// TestQuotationSpeakers resolves first-person pronouns in a quotation to
// its speaker when the speaker is itself a pronoun or a description ("...,"
// it said; "...," the ministry said), and the speaker's own pronoun among
// the actors named before the quotation. Our own sentences; want "" is
// "unresolved".
func TestQuotationSpeakers(t *testing.T) {
	checkOccurrences(t, []occurrenceCase{
		{"it-said", `Russia condemned the attack. "We urge Israel to stop," it said.`, "We", 0, "Russia",
			"the speaker is a pronoun, resolved as it is anywhere"},
		{"it-said-not-quoted-actor", `Russia condemned the attack. "We urge Israel to stop," it said.`, "it", 0, "Russia",
			"the speaker's pronoun is not an actor the quotation speaks of"},
		{"it-said-curly", "Russia condemned the attack. \u201cWe urge Israel to stop,\u201d it said.", "We", 0, "Russia",
			"curly quotes"},
		{"it-said-comma-outside", `Russia condemned the attack. "We urge Israel to stop", it said.`, "We", 0, "Russia",
			"the comma after the closing quote"},
		{"the-ministry-said", `Russia's foreign ministry condemned the attack. "We urge Israel to stop," the ministry said.`, "We", 0, "Russia",
			"the speaker is a description of a country's body"},
		{"the-ministry-said-country-only", `Russia condemned the attack. "We urge Israel to stop," the foreign ministry said.`, "We", 0, "Russia",
			"a state's body speaking is the state the text names before the quotation, not Israel the quotation names"},
		{"said-the-ministry", `Russia's foreign ministry condemned the attack. "We urge Israel to stop," said the ministry.`, "We", 0, "Russia",
			"the speech verb before the description"},
		{"he-told-reporters", `Russian Foreign Minister Sergei Lavrov arrived in Ankara. "We urge Israel to stop," he told reporters.`, "We", 0, "Sergei Lavrov",
			"a person's pronoun with another speech verb"},
		{"he-not-quoted-person", `Turkish President Recep Tayyip Erdogan arrived in Moscow. "I met Vladimir Putin today," he said.`, "he", 0, "Recep Tayyip Erdogan",
			"a person the quotation names is not its speaker's 'he'"},
		{"the-statement-said", `Russia issued a statement on Monday. "We urge Israel to stop," the statement said.`, "We", 0, "Russia",
			"a statement speaks for the actor that issued it"},
		{"the-statement-no-issuer", `"We urge Israel to stop," the statement said.`, "We", 0, "",
			"no statement named before: no issuer"},
		{"group-said-in-statement", `Hamas fired rockets at Israel on Monday. "We will not stop," the group said in a statement.`, "We", 0, "Hamas",
			"a description of an organization"},
		{"it-said-before-quote", `Russia condemned the attack. It said: "We urge Israel to stop."`, "We", 0, "Russia",
			"the speaker before the opening quote"},
		{"ministry-said-before-quote", `Russia's foreign ministry condemned the attack. The ministry said: "We urge Israel to stop."`, "We", 0, "Russia",
			"a description before the opening quote"},
		{"three-sentences-first", `Japanese Prime Minister Yoshihide Suga spoke on Monday. "We will act. Our forces are ready. We want peace," Suga said.`, "We", 0, "Yoshihide Suga",
			"a quotation over three sentences of one line"},
		{"three-sentences-last", `Japanese Prime Minister Yoshihide Suga spoke on Monday. "We will act. Our forces are ready. We want peace," Suga said.`, "We", -1, "Yoshihide Suga",
			"the last sentence of the quotation too"},
		{"previous-speaker-goes-on", `Russia condemned the strike. "We condemn this attack," Russia's foreign ministry said. "Such acts must stop." "We urge Israel to stop," it said.`, "We", -1, "Russia",
			"'it' after a quotation goes on with the speaker named at the quotation before"},
		{"previous-speaker-disagrees", `"We urge Israel to stop," Lavrov said. Japan condemned the attack. "We call on Russia to act," it said.`, "We", -1, "Japan",
			"a person is no 'it': the actor named before the quotation"},
		{"previous-speaker-same-country-between", `"We condemn this attack," China's commerce ministry said. The Chinese government said it would respond to the US tariffs. "We do not want a trade war," it said.`, "We", -1, "China",
			"a sentence between that opens with the speaker's own country leaves the speaker"},
		{"previous-speaker-other-actor-between", `"We condemn this attack," the Kremlin said. Japan condemned the attack too. "We call on China to act," it said.`, "We", -1, "Japan",
			"a sentence between that opens with another actor takes the pronoun"},
		{"our-forces-speakers-country", `Japan held drills. "Our forces are ready," Russian Foreign Minister Sergei Lavrov said.`, "Our", 0, "Russia",
			"'our forces' in a quotation are the speaker's country's, not the sentence's first actor's"},
		{"our-forces-no-speaker", `China held drills. "Our forces are ready."`, "Our", 0, "",
			"'our forces' in a quotation with no speaker"},
		{"speakerless-quotation-goes-on", "China's commerce ministry criticized the tariffs.\n\"China does not want a trade war,\" it said.\n\"We will launch tariff measures against the United States.\"", "We", -1, "China",
			"a paragraph quoting with no speaker of its own goes on from the quotation before, whose speaker is a pronoun"},
		{"speakerless-quotation-other-lead", "\"We condemn this attack,\" the Kremlin said.\nJapan called the move \"an act we cannot accept.\"", "we", -1, "",
			"a sentence between opens with another actor: no speaker goes on"},
		{"no-speaker", `"We urge Israel to stop."`, "We", 0, "",
			"a quotation with no speaker"},
		{"we-outside-quotes", `Russia condemned the attack. We urge Israel to stop.`, "We", 0, "",
			"no quotation, no speaker"},
		{"we-between-quotations", `"Peace is near," Suga said. We met China. "Talks went well," Biden said.`, "We", 0, "",
			"between two quotations of one line is in none"},
	})
}

// TestCoordinatedGroups resolves plural descriptions and pronouns to
// actors coordinated in every form the relation side reads: with
// determiners ("China and the United States"), in a list ("X, Y and Z"),
// with "both", and with titles before people's names. Our own sentences;
// want nil is "unresolved".
func TestCoordinatedGroups(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, word string // word: the head or pronoun asked (its last occurrence)
		want           []string
		reason         string
	}{
		{"two-sides-determiner", "China and the United States held talks in Geneva. The two sides agreed to resume military contacts.", "sides",
			[]string{"China", "United States"}, "a determiner before the second actor"},
		{"two-sides-plural-name", "China and the Philippines held talks in Geneva. The two sides agreed to resume military contacts.", "sides",
			[]string{"China", "Philippines"}, "a determiner before a plural name"},
		{"two-sides-both-determiners", "The EU and the UK held talks in Geneva. The two sides agreed to resume trade talks.", "sides",
			[]string{"European Union", "United Kingdom"}, "an organization and a country"},
		{"both-sides-both-and", "Both China and the United States sent envoys to Geneva. Both sides agreed to resume military contacts.", "sides",
			[]string{"China", "United States"}, "'both X and Y'"},
		{"two-governments", "China and the United States held talks in Geneva. The two governments agreed to resume military contacts.", "governments",
			[]string{"China", "United States"}, "governments stand for their countries"},
		{"the-neighbours", "China and the Philippines held talks in Geneva. The neighbours agreed to resume military contacts.", "neighbours",
			[]string{"China", "Philippines"}, "a plural country noun with no count"},
		{"two-leaders", "Chinese President Xi Jinping and U.S. President Joe Biden met in Bali. The two leaders agreed to resume military contacts.", "leaders",
			[]string{"Xi Jinping", "Joe Biden"}, "people with titles"},
		{"nearest-pair", "India and Pakistan fought in Kashmir. China and the United States held talks in Geneva. The two sides agreed to resume military contacts.", "sides",
			[]string{"China", "United States"}, "two candidate pairs: the nearest"},
		{"they-list", "China, Japan and South Korea held talks in Geneva. They agreed to resume military contacts.", "They",
			[]string{"China", "Japan", "South Korea"}, "'X, Y and Z'"},
		{"they-list-serial-comma", "China, Japan, and the United States held talks in Geneva. They agreed to resume military contacts.", "They",
			[]string{"China", "Japan", "United States"}, "a serial comma and a determiner"},
		{"they-titled-people", "Chinese President Xi Jinping, South Korean President Yoon Suk-yeol and Japanese Prime Minister Fumio Kishida held talks in Busan. They agreed to share intelligence.", "They",
			[]string{"Xi Jinping", "Yoon Suk-yeol", "Fumio Kishida"}, "titles between coordinated people"},
		{"hyphen-pair", "The Israel-Hamas war entered its third month. Both sides rejected a truce.", "sides",
			[]string{"Israel", "Hamas"}, "two actors joined by a hyphen with no space (pair_joins)"},
		{"dateline-dash-no-pair", "ALGIERS, Algeria - Ethiopia and Eritrea formally ended their war on Tuesday.", "their",
			[]string{"Ethiopia", "Eritrea"}, "a dateline's spaced dash joins nothing"},
		{"comma-only-unresolved", "Russia met Japan, China in Geneva. The two sides agreed to resume talks.", "sides",
			nil, "a comma with no 'and' is no coordination"},
		{"one-actor-unresolved", "China held talks in Geneva. The two sides agreed to resume military contacts.", "sides",
			nil, "one actor is no pair"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := lastReferents(t, tg.Tag(entity.Input{Text: tc.in}), tc.word)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referents(%q) in %q mismatch (-want +got) (%s):\n%s", tc.word, tc.in, tc.reason, diff)
			}
		})
	}
}

// FuzzQuotations checks that the quotation and coordination readings
// never panic and give mentions that lie in the text, whatever the
// quote marks and lines.
func FuzzQuotations(f *testing.F) {
	tg, err := worldTagger()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(`Russia condemned the attack. "We urge Israel to stop," it said.`)
	f.Add("Russia condemned the attack. \u201cWe urge Israel to stop,\u201d the ministry said.")
	f.Add(`"We act," Suga said. "Our forces", it said; "We`)
	f.Add("\"\n\" we ,\" said the statement \" it said \"\u201d\u201c")
	f.Add("China, Japan, and the United States held talks. Both sides and they agreed.")
	f.Add(`Japan met China. "His nation and its forces are ready," it said. "Our forces act," the ministry said. "We go."`)
	f.Fuzz(func(t *testing.T, in string) {
		doc := tg.Tag(entity.Input{Text: in})
		inText := func(m entity.Mention) bool { return m.Start >= 0 && m.Start <= m.End && m.End <= len(in) }
		for i := range doc.Tokens {
			if m, ok := doc.Referent(i); ok && !inText(m) {
				t.Fatalf("Referent(%d) in %q = %+v: outside the text", i, in, m)
			}
			ms, _ := doc.Referents(i)
			for _, m := range ms {
				if !inText(m) {
					t.Fatalf("Referents(%d) in %q holds %+v: outside the text", i, in, m)
				}
			}
		}
	})
}
