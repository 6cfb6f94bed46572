package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestReferentsEventParties resolves "the two sides", "both sides" with
// no coordinated actors leading a sentence before them to the parties of
// the closest event: actors coordinated anywhere in a sentence ("the
// ceasefire between India and Pakistan"), or else the subject and the
// actor its verb acts on or with ("Japan criticized China", "Dar met with
// Akhund"). Our own sentences; nil is "unresolved".
func TestReferentsEventParties(t *testing.T) {
	checkReferentsCases(t, []referentsCase{
		{"between-coordinated", "Russia welcomed the ceasefire between India and Pakistan. Both sides pledged restraint.", "sides",
			[]string{"India", "Pakistan"}, "the coordinated actors after the subject are the parties of the ceasefire"},
		{"coordinated-in-own-sentence", "After talks between Japan and China on Monday, the two sides signed a pact.", "sides",
			[]string{"Japan", "China"}, "the parties named before it in its own sentence"},
		{"verb-object", "Japan criticized China on Sunday. Both sides later met in Geneva.", "sides",
			[]string{"Japan", "China"}, "the subject and the object of the verb"},
		{"met-with", "Pakistani Foreign Minister Ishaq Dar met with Afghan Prime Minister Mohammad Hassan Akhund in Kabul. The two sides discussed trade.", "sides",
			[]string{"Pakistan", "Afghanistan"}, "the subject and the actor after 'with', people of distinct countries: their countries"},
		{"coordinated-nationalities", "Indian and Chinese officials held talks on Friday. The two sides agreed to meet again.", "sides",
			[]string{"India", "China"}, "the countries of coordinated nationalities"},
		{"nationalities-of-two-nouns", "Indian troops and Chinese officials met on Friday. The two sides agreed to meet again.", "sides",
			[]string{"India", "China"}, "a noun between the nationalities makes no coordinated nationalities, but they are the only two countries named just before"},
		{"people-of-two-countries-their-countries", "Greek Foreign Minister Nikos Kotzias met with his Turkish counterpart, Mevlut Cavusoglu, in New York. Both sides are determined to reach a deal.", "sides",
			[]string{"Greece", "Turkey"}, "people of distinct countries stand for their countries"},
		{"people-of-one-country-unresolved", "Japanese Prime Minister Fumio Kishida met with Japanese Foreign Minister Taro Kono in Tokyo. Both sides agreed.", "sides",
			nil, "people of one country are one side, not two"},
		{"three-coordinated-two-sides-unresolved", "Russia welcomed talks between India, Pakistan and China. The two sides met.", "sides",
			nil, "three parties are no two sides"},
		{"no-partner-unresolved", "Japan said on Sunday that trade grew. The two sides met.", "sides",
			nil, "one actor only"},
		{"list-object-unresolved", "Russia criticized Japan, China and Haiti on Monday. Both sides met.", "sides",
			nil, "the object is one of a list"},
		{"person-and-country", "Pakistani Foreign Minister Ishaq Dar criticized China on Monday. The two sides met.", "sides",
			[]string{"Pakistan", "China"}, "no event of one sort pairs them, but the person's country and China are the only two countries named just before"},
		{"person-and-own-country-unresolved", "Pakistani Foreign Minister Ishaq Dar praised Pakistan on Monday. The two sides met.", "sides",
			nil, "a person and the country the person belongs to are one side"},
		{"visit-to-country", "BEIJING, July 24 -- Chinese President Xi Jinping has completed his two-day visit to Cuba. During his visit, the two sides signed a dozen agreements.", "sides",
			[]string{"China", "Cuba"}, "the only two countries named just before, a dateline aside"},
		{"two-countries-named-before", "Three Indian soldiers were killed on Friday. \"Pakistan used mortars,\" said an Indian army statement. The two sides often blame each other.", "sides",
			[]string{"India", "Pakistan"}, "no event pairs them, but only two countries are named just before: they are the sides"},
		{"three-countries-unresolved", "China criticized the killing of three Indian soldiers. Pakistan denied any role. The two sides often blame each other.", "sides",
			nil, "three countries named just before: no two sides"},
		{"armed-group-named-unresolved", "Indian troops clashed with Lashkar-e-Taiba fighters on Friday. \"Pakistan backs them,\" said an Indian army statement. The two sides often blame each other.", "sides",
			nil, "an armed group named there may be a side of its own"},
		{"armed-group-and-agency-unresolved", "Zabihullah Mujahid, a spokesman for the Taliban office in Qatar, told Reuters that talks went on. The two sides met.", "sides",
			nil, "an armed group named there may be a side of its own"},
		{"news-agency-is-no-side", "Japan told Reuters on Monday that trade grew. China agreed. The two sides met.", "sides",
			[]string{"Japan", "China"}, "a news agency (class reporter_kinds) reports and is no side, though its country is known"},
	})
}

// TestPluralPronounGroupSubject lists a plural pronoun as a reference to
// an organization (or a people written as a plural noun) that leads an
// earlier sentence, when nothing closer may be what it stands for. Our
// own sentences; nil is "unresolved".
func TestPluralPronounGroupSubject(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		want     []gotRef // the references of they, their, them
		reason   string
	}{
		{"group-subject-before", "The Taliban have killed two hostages in Ghazni. They have threatened to kill the rest if their demands are not met.",
			[]gotRef{{"They", "pronoun", "org/taliban"}, {"their", "pronoun", "org/taliban"}}, "the group leads the sentence before"},
		{"group-own-plural-noun", "Taliban fighters attacked a checkpoint in Ghazni. They also burned a school.",
			[]gotRef{{"They", "pronoun", "org/taliban"}}, "the group's own noun ('fighters') is no other referent"},
		{"time-noun-between", "The Taliban attacked a checkpoint in Ghazni. Just days before, they had burned a school.",
			[]gotRef{{"they", "pronoun", "org/taliban"}}, "'days' is no referent of 'they'"},
		{"plural-noun-subject-unresolved", "The Taliban attacked a checkpoint in Ghazni. Officials said they had fled.",
			nil, "the officials may be 'they'"},
		{"other-actor-in-own-sentence-unresolved", "The Taliban attacked a checkpoint in Ghazni. Japan said they were wrong.",
			nil, "Japan, the subject of the pronoun's sentence, comes closer"},
		{"two-people-between-unresolved", "The Taliban attacked a checkpoint in Ghazni. Joe Biden later spoke with Emmanuel Macron. Their call lasted an hour.",
			nil, "the two people named since may be 'their'"},
		{"single-country-unresolved", "Japan tested a missile on Monday. They said it flew far.",
			nil, "a single country is no 'they'"},
		{"quotation-unresolved", "The Taliban attacked a checkpoint in Ghazni. \"All they have to do is leave,\" the minister said.",
			nil, "a quoted speaker's 'they' is not the group named outside the quotation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []gotRef
			for _, r := range summarizeReferences(tg.Tag(entity.Input{Text: tc.in})) {
				switch strings.ToLower(r.Text) {
				case "they", "their", "them":
					got = append(got, r)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("References(%q) (-want +got) (%s):\n%s", tc.in, tc.reason, diff)
			}
		})
	}
}

// TestReferentsDescribedBefore resolves a plural pronoun to the actors of
// a plural description that leads its sentence or one of the two before
// ("The two countries agreed ... . They also ..."). Our own sentences; nil
// is "unresolved".
func TestReferentsDescribedBefore(t *testing.T) {
	checkReferentsCases(t, []referentsCase{
		{"countries-then-they", "Officials in Delhi praised Japan and criticized China on Monday. The two countries agreed to meet again. They also signed a trade pact.", "They",
			[]string{"Japan", "China"}, "the description leads the sentence before"},
		{"sides-then-their", "Japan criticized China on Sunday. Both sides later met in Geneva and renewed their pledges.", "their",
			[]string{"Japan", "China"}, "the description leads the pronoun's own sentence"},
		{"leaders-and-their-aides", "Joe Biden welcomed Emmanuel Macron to Washington on Monday. The two leaders and their aides met for an hour.", "their",
			[]string{"Joe Biden", "Emmanuel Macron"}, "the description leads its sentence, before the pronoun"},
		{"plural-noun-between-unresolved", "Japan criticized China on Sunday. The two sides met in Geneva. Reporters said they left early.", "they",
			nil, "the reporters may be 'they'"},
		{"actor-in-own-sentence-unresolved", "Japan criticized China on Sunday. The two sides met in Geneva. French Rafales proved their worth.", "their",
			nil, "an actor named before the pronoun in its own sentence"},
		{"description-unresolved-unresolved", "Officials met in Geneva on Sunday. The two countries signed a pact. They also agreed to meet.", "They",
			nil, "the description itself has no actors"},
	})
}
