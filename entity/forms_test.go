package entity_test

import (
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// TestReferentStateForm resolves descriptions that name a form of state
// ("the kingdom", "the emirate") only to countries of that form, by the
// world data's government forms, and leaves them unresolved when no
// country named before has the form.
func TestReferentStateForm(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	checkReferent(t, tg, []referentCase{
		{"kingdom-skips-republic", "Iran's foreign minister visited Saudi Arabia on Monday. The kingdom said the talks had gone well.", "kingdom",
			ref{"Saudi Arabia", "SAU"}},
		{"kingdom-none-unresolved", "Iran's foreign minister visited Turkey on Monday. The kingdom said the talks had gone well.", "kingdom",
			ref{}},
		{"kingdom-earlier-sentence", "Jordan closed its border on Friday. Egypt and Ghana sent aid. Officials in the kingdom said more was needed.", "kingdom",
			ref{"Jordan", "JOR"}},
		{"republic-skips-kingdom", "Jordan hosted a delegation from Ghana on Tuesday. The republic signed a trade deal.", "republic",
			ref{"Ghana", "GHA"}},
		{"emirate", "Iran sent two envoys to Qatar on Sunday. The emirate has mediated such talks before.", "emirate",
			ref{"Qatar", "QAT"}},
		{"sultanate", "Iran and Oman held talks on Sunday. The sultanate has long carried messages between the two sides.", "sultanate",
			ref{"Oman", "OMN"}},
		{"monarchy", "Vietnam's president visited Thailand on Friday. Officials in the monarchy welcomed him.", "monarchy",
			ref{"Thailand", "THA"}},
		{"principality", "France signed a tax accord with Monaco on Monday. The principality agreed to share bank data.", "principality",
			ref{"Monaco", "MCO"}},
		{"nationality-of-the-form", "Police in Iraq detained a man on Monday. Saudi officials said the kingdom had no record of him.", "kingdom",
			ref{"Saudi Arabia", "SAU"}},
		{"nationality-country-noun-unchanged", "Police in Iraq detained a man on Monday. Saudi officials said the country had no record of him.", "country",
			ref{"Iraq", "IRQ"}},
		{"country-names-no-form", "Iran's foreign minister visited Saudi Arabia on Monday. The country said the talks had gone well.", "country",
			ref{"Iran", "IRN"}},
		{"modified-kingdom", "Iran's foreign minister visited Saudi Arabia on Monday. The oil-rich kingdom said the talks had gone well.", "kingdom",
			ref{"Saudi Arabia", "SAU"}},
	})
}

// stateFormYAML is a user's gazetteer: forms for two countries, none for
// the third.
const stateFormYAML = `version: 1
entities:
  - {id: RUR, type: GPE, name: Ruritania, government: [monarchy, kingdom]}
  - {id: ZAN, type: GPE, name: Zandia, government: [republic]}
  - {id: BOR, type: GPE, name: Borduria}
`

// noFormYAML names the same countries with no forms at all.
const noFormYAML = `version: 1
entities:
  - {id: RUR, type: GPE, name: Ruritania}
  - {id: ZAN, type: GPE, name: Zandia}
  - {id: BOR, type: GPE, name: Borduria}
`

// TestReferentStateFormUserData: a country whose entry lists no forms
// (a user's own data) may be of any form; one that lists others may not.
func TestReferentStateFormUserData(t *testing.T) {
	for _, gz := range []struct{ name, yaml string }{{"forms", stateFormYAML}, {"no-forms", noFormYAML}} {
		g, err := gazetteer.Load(strings.NewReader(gz.yaml), gz.name+".yaml")
		if err != nil {
			t.Fatal(err)
		}
		tg := entity.NewTagger(g)
		var cases []referentCase
		switch gz.name {
		case "forms":
			cases = []referentCase{
				{"kingdom", "Zandia's envoy visited Ruritania on Monday. The kingdom said the talks had gone well.", "kingdom", ref{"Ruritania", "RUR"}},
				{"unknown-is-no-mismatch", "Zandia's envoy visited Borduria on Monday. The kingdom said the talks had gone well.", "kingdom", ref{"Borduria", "BOR"}},
				{"republic", "Ruritania's envoy visited Zandia on Monday. The republic said the talks had gone well.", "republic", ref{"Zandia", "ZAN"}},
				{"emirate-none", "Ruritania's envoy visited Zandia on Monday. The emirate said the talks had gone well.", "emirate", ref{}},
			}
		case "no-forms":
			cases = []referentCase{
				{"kingdom-first-country", "Zandia's envoy visited Ruritania on Monday. The kingdom said the talks had gone well.", "kingdom", ref{"Zandia", "ZAN"}},
			}
		}
		t.Run(gz.name, func(t *testing.T) { checkReferent(t, tg, cases) })
	}
}
