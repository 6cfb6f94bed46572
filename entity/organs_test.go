package entity_test

import "testing"

// TestReferentStateOrgan resolves a bare state organ ("the army", "the
// military", "the parliament") with no body of that name before it to the
// one country the text around it names, and leaves it unresolved when the
// text names two countries or none, or when a modifier may make the organ
// another's (class organization_nouns, tag sole).
func TestReferentStateOrgan(t *testing.T) {
	tests := []referentCase{
		{"army-of-the-one-country", "Soldiers seized power in Haiti on Monday. The army detained two ministers.", "army",
			ref{"Haiti", "HTI"}},
		{"military-by-nationality", "Japanese protesters marched on Tuesday. The military fired tear gas.", "military",
			ref{"Japan", "JPN"}},
		{"parliament-same-sentence", "In Haiti, the parliament voted to lift the ban.", "parliament",
			ref{"Haiti", "HTI"}},
		{"country-named-twice", "Haiti held a vote. Haiti's president lost it. The army seized power.", "army",
			ref{"Haiti", "HTI"}},
		{"two-countries-unresolved", "China accused Japan of spying. The army denied it.", "army",
			ref{}},
		{"organization-of-another-country-unresolved", "Japan criticized the State Department on Monday. The army said it was ready.", "army",
			ref{}},
		{"no-country-unresolved", "The army detained two ministers on Monday.", "army", ref{}},
		{"modifier-unresolved", "Fighting raged near the capital of Haiti. The rebel army shelled the airport.", "army",
			ref{}},
		{"country-after-it-does-not-count", "The army detained two ministers in Haiti.", "army", ref{}},
		{"dateline is no country of the text", "TOKYO \u2014 Haiti's president resigned on Monday. The army seized power.", "army",
			ref{"Haiti", "HTI"}},
		{"dateline is no country of the government", "TOKYO \u2014 Haiti held elections on Monday. The government said turnout was low.", "government",
			ref{"Haiti", "HTI"}},
		{"a capital in the text is its country", "Haiti's president met Japanese envoys in Tokyo. The army seized power.", "army",
			ref{}},
		{"modifier of a noun is no organ", "Soldiers seized power in Haiti on Monday. The military council ruled.", "military",
			ref{}},
		{"body-named-before-wins", "Japan's navy met China's army at sea. The army then withdrew.", "army",
			ref{"China", "CHN"}},
	}
	checkReferent(t, testTagger(t), tests)
}
