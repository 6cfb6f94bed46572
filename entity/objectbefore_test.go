package entity_test

import "testing"

// TestReferentsObjectBefore resolves "they" opening a subordinate clause
// right after its main clause's object to the one actor that object
// names, and leaves it unresolved when the object names none or two, when
// the verb's subject is that actor, or when no subordinator opens the
// clause. Our own sentences.
func TestReferentsObjectBefore(t *testing.T) {
	checkReferentsCases(t, []referentsCase{
		{"nationality-object", "Hezbollah repelled Israeli ground forces as they tried to cross the border.", "they",
			[]string{"Israel"}, "the nationality stands for its country"},
		{"organization-object", "Kenya expelled two Hamas envoys after they met rebel leaders.", "they",
			[]string{"Hamas"}, "an organization stands for itself"},
		{"no-actor", "Kenya expelled two envoys after they met rebel leaders.", "they",
			nil, "the object names no actor"},
		{"two-actors", "Hezbollah attacked Israeli and Syrian troops as they crossed the border.", "they",
			nil, "two actors in the object"},
		{"own-subject", "Israel moved Israeli troops as they prepared an attack.", "they",
			nil, "the verb's subject is the object's actor"},
		{"no-subordinator", "Hezbollah repelled Israeli ground forces and they retreated.", "they",
			nil, "no subordinator opens the clause"},
		{"quoted", "\"Hezbollah repelled Israeli forces as they tried to cross,\" Ana Ruiz said.", "they",
			nil, "a quoted pronoun is the quotation rule's"},
	})
}
