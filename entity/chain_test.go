package entity_test

import "testing"

// TestPronounChains resolves a pronoun whose closest antecedent is a
// description of a person already resolved ("The minister ... She ..."),
// and a pronoun or description after a quotation of several sentences,
// which do not use up the look-back window. Our own sentences; want "" is "unresolved".
func TestPronounChains(t *testing.T) {
	checkOccurrences(t, []occurrenceCase{
		{"description-then-quotation",
			"Chilean Foreign Minister Ana Ruiz arrived in Lima on Monday.\n\nThe minister met business leaders. \"Trade is growing. We expect more investment. Our ports are ready.\"\n\nShe later flew to Quito.",
			"She", 0, "Ana Ruiz",
			"the description leads the sentence before the quotation: it is the subject the pronoun goes on with"},
		{"description-in-window",
			"Chilean Foreign Minister Ana Ruiz arrived in Lima on Monday. Talks began at noon. The minister praised the deal. Officials met at the port. Trade rose. She later flew to Quito.",
			"She", 0, "Ana Ruiz",
			"the name is four sentences back, the description that refers to her two"},
		{"quotation-uncounted",
			"Ana Ruiz met business leaders in Lima.\n\n\"Trade is growing. We expect more investment. Our ports are ready. Our farms are too.\"\n\nShe later flew to Quito.",
			"She", 0, "Ana Ruiz",
			"four quoted sentences stand between the speaker and the pronoun"},
		{"it-after-quotation",
			"Chile's foreign ministry condemned the attack.\n\n\"We are outraged. Our envoy is recalled. Talks are off.\"\n\nIt also summoned the ambassador.",
			"It", 0, "Chile",
			"the ministry's description is the actor before the quotation"},
		{"description-after-quotation",
			"Chile condemned the attack.\n\n\"We are outraged. Our envoy is recalled. Talks are off.\"\n\nThe country also summoned the ambassador.",
			"country", 0, "Chile",
			"a description's search passes over quoted sentences too"},
		{"dateline-no-actor",
			"SEOUL: Japan condemned the launch.\n\n\"We are outraged. Our envoy is recalled. Talks are off.\"\n\nIt also summoned the ambassador.",
			"It", 0, "Japan",
			"a dateline says where the story was filed, not who acts"},
		{"unresolved-description",
			"President Tomas Varga of Hungary met President Ivan Petrov of Bulgaria in Sofia. Talks began at noon. The president praised the deal. Officials met at the port. Trade rose. He later flew home.",
			"He", 0, "",
			"two presidents leave the description unresolved, and no person is named in the window"},
		{"unquoted-sentences-count",
			"Ana Ruiz met business leaders in Lima. Trade is growing. Investment rose. Ports are busy. She later flew to Quito.",
			"She", 0, "",
			"sentences outside quotations use up the window"},
		{"two-people-unknown-gender",
			"Foreign Minister Kemal Oduya met Defence Minister Tarek Balun in Lima on Monday. Talks began at noon. The minister praised the deal. Officials met at the port. Trade rose. He later flew to Quito.",
			"He", 0, "",
			"two ministers of unknown gender leave the description unresolved, so it leads the pronoun to no one"},
		{"description-of-the-other-gender",
			"Foreign Minister Ana Ruiz arrived in Lima on Monday. Mrs. Ruiz praised the deal. Mr. Tarek Balun met her at noon. The minister left early. He later flew to Quito.",
			"He", 0, "Tarek Balun",
			"the minister is Ana Ruiz, no antecedent of he; the man named before her is"},
	})
}
