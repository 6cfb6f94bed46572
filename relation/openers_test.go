package relation

import "testing"

// Participle clauses that open a sentence take the main clause's subject
// (subjects.go leftMainSubject): a perfect participle after "having"
// (class perfect_gerunds), and a gerund whose clause ends in a place the
// chunker reads as the first member of a list with the subject after the
// comma. Our own sentences, through the real pipeline.
var openerCases = []datedCase{
	{"perfect participle opener", "Having met Vladimir Putin in Moscow, Viktor Orban praised Russia.",
		rels(rel("person/vladimir-putin", Consult, "person/viktor-orban"), rel("person/viktor-orban", DiplomaticCooperation, "RUS"))},
	{"perfect participle after a subordinator", "After having criticized Washington for months, Venezuela invited the United States to talks.",
		rels(rel("VEN", Disapprove, "USA"))},
	{"gerund opener, a place before the comma, a coordinated subject after it", "Meeting in Tokyo, Fumio Kishida and Joe Biden agreed to expand military ties.",
		rels(rel("person/fumio-kishida", Consult, "person/joe-biden"), rel("person/fumio-kishida", IntentToCooperate, "person/joe-biden"))},
	{"no relation: the main clause's subject is no actor", "Having met Vladimir Putin in Moscow, the delegation flew home.", nil},
}

func TestOpeningClauses(t *testing.T) { runDatedCases(t, openerCases) }
