package entity_test

import "testing"

// TestReferentRepeatedAgent resolves a repeated singular noun of one who
// acts for an actor ("the official", "the spokesman", class
// agent_singulars) to the actor that marked its last mention before: a
// nationality, an organization before it, or an actor after "for", "of",
// "from". An earlier mention that names a person, a titled person named
// between them, an adjective "official" and an unmarked one leave it to
// the other stages, here unresolved or the person. Our own sentences.
func TestReferentRepeatedAgent(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"nationality-before", "A senior Kenyan official met the Somali president on Monday. The official criticised Ethiopia for its raids.", "official",
			ref{"Kenya", "KEN"}},
		{"organization-before", "A State Department spokesman spoke to reporters in Lima. The spokesman urged Peru to hold the vote.", "spokesman",
			ref{"State Department", "USA"}},
		{"for-organization-after", "A spokesman for the African Union said the mission was over. The spokesman accused Sudan of blocking aid.", "spokesman",
			ref{"African Union", ""}},
		{"of-country-after", "An envoy of Qatar arrived in Khartoum on Sunday. The envoy urged the army to resume talks.", "envoy",
			ref{"Qatar", "QAT"}},
		{"hyphenated-modifier-then-name", "A spokesman for the NATO-led International Security Assistance Force said the strike hit a school. The spokesman declined to comment.", "spokesman",
			ref{"International Security Assistance Force", ""}},
		{"hyphenated-modifier-unresolved", "A spokesman for the NATO-led mission said the strike hit a school. The spokesman declined to comment.", "spokesman",
			ref{}},
		{"named-by-title-is-the-person", "UN special envoy Ana Ruiz arrived in Tripoli. The envoy urged the militias to lay down arms.", "envoy",
			ref{"Ana Ruiz", ""}},
		{"titled-person-between", "Kenya summoned a Chinese envoy on Monday. Minister Omar Ali warned Ambassador Li Wei over his remarks. The envoy left.", "envoy",
			ref{"Li Wei", ""}},
		{"unmarked-unresolved", "An official said the talks would resume. The official declined to give details.", "official",
			ref{}},
		{"adjective-no-agent", "Chinese official media reported the visit. The official said Japan had erred.", "official",
			ref{}},
	})
}
