package relation

import "testing"

// Our own sentences for bare (02-appeal.yaml, 03-intent.yaml): "call on"
// an actor with no infinitive after it is a visit (04); with one, the
// appeal (02) stays, whether quotation marks or an adverb stand between
// "to" and the verb. "Agreed to" a thing is an agreement reached (05);
// agreeing to do something stays the intent (03).
var bareTests = []onOffCase{
	{
		name: "called-on-a-leader-is-a-visit",
		text: "Wang Yi called on Prime Minister Mahathir Mohamad in Putrajaya.",
		off:  []string{"Wang Yi 04 Mahathir Mohamad [called on]"},
		on:   []string{"Wang Yi 04 Mahathir Mohamad [called on]"},
	},
	{
		name: "called-on-to-is-an-appeal",
		text: "Britain called on Russia to withdraw its troops.",
		off:  []string{"Britain 02 Russia [called on]"},
		on:   []string{"Britain 02 Russia [called on]"},
	},
	{
		name: "quoted-infinitive-is-an-appeal",
		text: `Slovakia called on Moscow to "stop disinformation".`,
		off:  []string{"Slovakia 02 Moscow [called on]"},
		on:   []string{"Slovakia 02 Moscow [called on]"},
	},
	{
		name: "adverb-before-the-verb-is-an-appeal",
		text: "Mohamed ElBaradei called on Iran to quickly ratify the protocol.",
		off:  []string{"Mohamed ElBaradei 02 Iran [called on]"},
		on:   []string{"Mohamed ElBaradei 02 Iran [called on]"},
	},
	{
		name: "to-a-place-is-no-infinitive",
		text: "Wang Yi called on Prime Minister Mahathir Mohamad before a trip to Kuala Lumpur.",
		off:  []string{"Wang Yi 04 Mahathir Mohamad [called on]"},
		on:   []string{"Wang Yi 04 Mahathir Mohamad [called on]"},
	},
	{
		name: "agreed-to-a-thing-is-an-agreement",
		text: "Russia and Ukraine agreed to a prisoner exchange.",
		off:  []string{"Russia 05 Ukraine [agreed to]"},
		on:   []string{"Russia 05 Ukraine [agreed to]"},
	},
	{
		name: "agreed-to-do-is-intent",
		text: "Russia agreed to cooperate with China.",
		off:  []string{"Russia 03 China [agreed to]"},
		on:   []string{"Russia 03 China [agreed to]"},
	},
	{
		name: "agreed-to-quickly-do-is-intent",
		text: "Russia agreed to quickly resume talks with China.",
		off:  []string{"Russia 03 China [agreed to]"},
		on:   []string{"Russia 03 China [agreed to]"},
	},
}

func TestBare(t *testing.T) {
	if testing.Short() {
		t.Skip("the bare table runs the full tagger")
	}
	runOnOff(t, bareTests)
}
