package relation

import "testing"

// Our own sentences for object_kind (05-diplomatic.yaml, 19-fight.yaml):
// the code an entry takes by the kind of its object. Support for a
// non-state armed group is material (06), support for a state verbal
// (05); force against one named person is an assault (18), force against
// a state or its forces stays conventional (19).
var objectKindTests = []onOffCase{
	{
		name: "backs-armed-group",
		text: "Iran backs Hezbollah.",
		off:  []string{"Iran 06 Hezbollah [backs]"},
		on:   []string{"Iran 06 Hezbollah [backs]"},
	},
	{
		name: "is-backing-armed-group",
		text: "Uganda is backing M23 rebels in Congo.",
		off:  []string{"Uganda 06 M23 [backing]"},
		on:   []string{"Uganda 06 M23 [backing]"},
	},
	{
		name: "backs-state-stays-verbal",
		text: "France backs Germany.",
		off:  []string{"France 05 Germany [backs]"},
		on:   []string{"France 05 Germany [backs]"},
	},
	{
		name: "supports-organization-stays-verbal",
		text: "Japan supports the United Nations.",
		off:  []string{"Japan 05 United Nations [supports]"},
		on:   []string{"Japan 05 United Nations [supports]"},
	},
	{
		name: "killed-a-person",
		text: "Safarov killed Margaryan with an axe.",
		off:  []string{"Safarov 18 Margaryan [killed]"},
		on:   []string{"Safarov 18 Margaryan [killed]"},
	},
	{
		name: "fired-on-a-person",
		text: "The Taliban fired on Ahmad Khan in Kabul.",
		off:  []string{"Taliban 18 Ahmad Khan [fired on]"},
		on:   []string{"Taliban 18 Ahmad Khan [fired on]"},
	},
	{
		name: "killed-soldiers-of-a-state-stays-fight",
		text: "The Taliban killed three Afghan soldiers.",
		off:  []string{"Taliban 19 Afghan [killed]"},
		on:   []string{"Taliban 19 Afghan [killed]"},
	},
	{
		name: "attacked-a-state-stays-fight",
		text: "Russia attacked Ukraine.",
		off:  []string{"Russia 19 Ukraine [attacked]"},
		on:   []string{"Russia 19 Ukraine [attacked]"},
	},
}

func TestObjectKind(t *testing.T) {
	if testing.Short() {
		t.Skip("the object_kind table runs the full tagger")
	}
	runOnOff(t, objectKindTests)
}

// Our own sentences for by_prep (15-posture.yaml): missiles fired into an
// actor, or forces sent against it, are force used on it (19); fired
// toward it, or forces sent to or into it, a show of force (15).
var byPrepTests = []onOffCase{
	{
		name: "missiles-fired-into",
		text: "Hezbollah fired anti-tank missiles into northern Israel.",
		off:  []string{"Hezbollah 19 Israel [fired anti-tank missiles]"},
		on:   []string{"Hezbollah 19 Israel [fired anti-tank missiles]"},
	},
	{
		name: "missile-fired-toward-stays-posture",
		text: "North Korea fired a ballistic missile toward Japan.",
		off:  []string{"North Korea 15 Japan [fired a ballistic missile]"},
		on:   []string{"North Korea 15 Japan [fired a ballistic missile]"},
	},
	{
		name: "troops-sent-against",
		text: "Putin sent his troops against Ukraine.",
		off:  []string{"Putin 19 Ukraine [sent his troops]"},
		on:   []string{"Putin 19 Ukraine [sent his troops]"},
	},
	{
		name: "troops-sent-into-stays-incursion",
		text: "Putin sent his troops into Ukraine.",
		off:  []string{"Putin 15 Ukraine [sent his troops]"},
		on:   []string{"Putin 15 Ukraine [sent his troops]"},
	},
	{
		name: "troops-sent-to-stays-posture",
		text: "Russia sent troops to Syria.",
		off:  []string{"Russia 15 Syria [sent troops]"},
		on:   []string{"Russia 15 Syria [sent troops]"},
	},
}

func TestByPrep(t *testing.T) {
	if testing.Short() {
		t.Skip("the by_prep table runs the full tagger")
	}
	runOnOff(t, byPrepTests)
}
