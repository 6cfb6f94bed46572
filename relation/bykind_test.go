package relation

import "testing"

// Our own sentences for by_kind (17-coerce.yaml): taking a person is an
// arrest or detention (17) when a state, its forces or police do it, and an
// abduction (18) when a non-state armed group does. Each case lists the
// relations as brief() prints them, with unnamed actors off (the default)
// and on (WithUnnamedActors).
var byKindTests = []onOffCase{
	{
		name: "state-police",
		text: "Pakistani police captured an Afghan man in Lahore.",
		off:  []string{"Pakistani 17 Afghan [captured]"},
		on:   []string{"Pakistani 17 Afghan [captured]"},
	},
	{
		name: "army",
		text: "The Nigerian army captured two Boko Haram commanders.",
		off:  []string{"The Nigerian army 17 Boko Haram [captured]"},
		on:   []string{"The Nigerian army 17 Boko Haram [captured]"},
	},
	{
		name: "named-military",
		text: "The Afghan National Army captured a Pakistani fighter.",
		off:  []string{"Afghan National Army 17 Pakistani [captured]"},
		on:   []string{"Afghan National Army 17 Pakistani [captured]"},
	},
	{
		name: "person-of-a-state",
		text: "Afghan Defense Minister Rahim Wardak captured a Pakistani spy.",
		off:  []string{"Rahim Wardak 17 Pakistani [captured]"},
		on:   []string{"Rahim Wardak 17 Pakistani [captured]"},
	},
	{
		name: "named-country",
		text: "Iran detained a French tourist.",
		off:  []string{"Iran 17 French [detained]"},
		on:   []string{"Iran 17 French [detained]"},
	},
	{
		name: "militants",
		text: "Militants captured a Japanese journalist near Aleppo.",
		on:   []string{"Militants 181 Japanese [captured]"},
	},
	{
		name: "unnamed-rebels",
		text: "The rebels seized two Indian engineers in Darfur.",
		on:   []string{"rebels 181 Indian [seized]"},
	},
	{
		name: "named-armed-group",
		text: "The Taliban captured an American reporter in Kabul.",
		off:  []string{"Taliban 181 American [captured]"},
		on:   []string{"Taliban 181 American [captured]"},
	},
	{
		name: "named-armed-group-alias",
		text: "Boko Haram seized 20 Nigerian girls.",
		off:  []string{"Boko Haram 181 Nigerian [seized]"},
		on:   []string{"Boko Haram 181 Nigerian [seized]"},
	},
	{
		name: "armed-group-fighters",
		text: "Hamas fighters captured an Israeli soldier.",
		off:  []string{"Hamas 181 Israeli [captured]"},
		on:   []string{"Hamas 181 Israeli [captured]"},
	},
	{
		name: "person-of-armed-group",
		text: "Taliban commander Mullah Omar captured a Pakistani diplomat.",
		off:  []string{"Mullah Omar 181 Pakistani [captured]"},
		on:   []string{"Mullah Omar 181 Pakistani [captured]"},
	},
	{
		name: "held-captive",
		text: "Al-Shabaab held a Kenyan aid worker captive for a year.",
		off:  []string{"Al-Shabaab 181 Kenyan [held a Kenyan aid worker captive]"},
		on:   []string{"Al-Shabaab 181 Kenyan [held a Kenyan aid worker captive]"},
	},
	{
		name: "pronoun-of-armed-group",
		text: "Boko Haram attacked the town. It detained a Nigerian officer.",
		off:  []string{"It 181 Nigerian [detained]"},
		on:   []string{"It 181 Nigerian [detained]"},
	},
	{
		name: "unknown-subject",
		text: "Zorblax Holdings captured a Chinese spy.",
		off:  []string{"Zorblax Holdings 17 Chinese [captured]"},
		on:   []string{"Zorblax Holdings 17 Chinese [captured]"},
	},
	{
		name: "kidnap-unchanged",
		text: "Pakistani police kidnapped a French journalist.",
		off:  []string{"Pakistani 18 French [kidnapped]"},
		on:   []string{"Pakistani 18 French [kidnapped]"},
	},
}

func TestByKind(t *testing.T) {
	if testing.Short() {
		t.Skip("the by_kind table runs the full tagger")
	}
	runOnOff(t, byKindTests)
}
