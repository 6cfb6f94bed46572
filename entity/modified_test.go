package entity_test

import "testing"

// TestReferentModified resolves descriptions with modifiers between the
// determiner and the head: the head decides the kind, a nationality must
// agree, title words must be in the person's role, and other adjectives
// and participles say nothing of whom they describe.
func TestReferentModified(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"visiting-minister", "Japanese Foreign Minister Kenji Sato arrived in Seoul on Monday. The visiting minister met students.", "minister",
			ref{"Kenji Sato", "JPN"}},
		{"embattled-nationality-leader", "Venezuelan President Hugo Ortez met Ana Ruiz on Monday. The embattled Venezuelan leader left.", "leader",
			ref{"Hugo Ortez", "VEN"}},
		{"title-word-in-role", "Foreign Minister Kenji Sato met Prime Minister Ana Ruiz on Monday. The foreign minister left early.", "minister",
			ref{"Kenji Sato", ""}},
		{"title-word-in-no-role", "Prime Minister Ana Ruiz met students on Monday. The foreign minister left early.", "minister",
			ref{}},
		{"military-leader-no-such-role", "President Ana Ruiz met students on Monday. The military leader left early.", "leader",
			ref{}},
		{"former-needs-former-role", "President Ana Ruiz met students on Monday. The former president left early.", "president",
			ref{}},
		{"his-nationality-counterpart", "Iranian Foreign Minister Ali Larijani arrived in Ankara. Turkish Foreign Minister Ahmet Davutoglu met his Iranian counterpart for two hours.", "counterpart",
			ref{"Ali Larijani", "IRN"}},
		{"his-counterpart-no-nationality", "Iranian Foreign Minister Ali Larijani arrived in Ankara. Turkish Foreign Minister Ahmet Davutoglu met his counterpart for two hours.", "counterpart",
			ref{}},
		{"his-counterpart-named-after", "Iranian Foreign Minister Ali Larijani arrived in Ankara. Davutoglu met his Iranian counterpart, Ana Ruiz, at noon.", "counterpart",
			ref{}},
		{"country-possessive-title", "Iranian envoy Ali Larijani arrived in Ankara on Monday. Turkish officials met Tehran's envoy for two hours.", "envoy",
			ref{"Ali Larijani", "IRN"}},
		{"country-possessive-other-title", "Iranian President Ana Ruiz arrived in Ankara on Monday. Turkish officials met Iran's foreign minister for two hours.", "minister",
			ref{}},
		{"oil-rich-kingdom", "Saudi Arabia rejected the offer on Monday. Officials in the oil-rich kingdom said it would not yield.", "kingdom",
			ref{"Saudi Arabia", "SAU"}},
		{"islamic-republic", "Iran rejected the offer on Monday. Officials said the Islamic republic would not yield.", "republic",
			ref{"Iran", "IRN"}},
		{"former-soviet-republic", "Georgia held elections on Sunday. Voters in the former Soviet republic backed the opposition.", "republic",
			ref{"Georgia", "GEO"}},
		{"former-soviet-republic-no-other", "The Soviet Union collapsed in 1991. Voters in the former Soviet republic backed the opposition.", "republic",
			ref{}},
		{"former-soviet-republic-closest", "Washington froze the assets of Belarusian President Ana Ruiz and officials in the former Soviet republic.", "republic",
			ref{"Belarus", "BLR"}},
		{"other-country", "Chad and Sudan accused each other of backing the other country's rebels.", "country",
			ref{}},
		{"nationality-government-is-its-nationality", "Rebels in Darfur said the Sudanese government was using a plane.", "government",
			ref{}},
		{"government-of-goes-on", "Japan met China on Monday. The new government of Korea left.", "government",
			ref{}},
		{"place-based-agrees", "Action Directe claimed the bombing on Monday. The Paris-based group said more would follow.", "group",
			ref{"Action Directe", "FRA"}},
		{"place-based-disagrees", "Action Directe claimed the bombing on Monday. The London-based group said more would follow.", "group",
			ref{}},
		{"place-based-country-unknown", "Human Rights Watch criticized the arrests. The New York-based group said more would follow.", "group",
			ref{"Human Rights Watch", ""}},
		{"rights-watchdog", "Human Rights Watch published a report on Tuesday. The rights watchdog said prisons were overcrowded.", "watchdog",
			ref{"Human Rights Watch", ""}},
		{"body", "The World Health Organization met on Monday. The body said the outbreak was over.", "body",
			ref{"World Health Organization", ""}},
	})
}
