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
