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
	{"opener after a sentence-initial coordinator, a relative clause before the subject", "But receiving the Chadian foreign minister, who brought a message from Idris Deby, Omar al-Bashir praised Chad.",
		rels(rel("person/omar-al-bashir", Consult, "TCD"), rel("person/omar-al-bashir", DiplomaticCooperation, "TCD"))},
	{"the relative clause keeps its own subject", "Meeting Emmanuel Macron, who criticized China, Olaf Scholz said little.",
		rels(rel("person/emmanuel-macron", Consult, "person/olaf-scholz"), rel("person/emmanuel-macron", Disapprove, "CHN"))},
	{"opener after a clause stop", "While visiting Kyiv on Monday, Olaf Scholz praised Ukraine.",
		rels(rel("person/olaf-scholz", Consult, "UKR").on("2022-06-13"), rel("person/olaf-scholz", DiplomaticCooperation, "UKR").on("2022-06-13"))},
	{"trailing perfect participle after a subordinator", "Viktor Orban praised Russia after having met Vladimir Putin in Moscow.",
		rels(rel("person/viktor-orban", DiplomaticCooperation, "RUS"), rel("person/viktor-orban", Consult, "person/vladimir-putin"))},
	{"trailing perfect participle after a comma", "Viktor Orban praised Russia, having met Vladimir Putin in Moscow.",
		rels(rel("person/viktor-orban", DiplomaticCooperation, "RUS"), rel("person/viktor-orban", Consult, "person/vladimir-putin"))},
	{"no relation: the main clause's subject is no actor", "Having met Vladimir Putin in Moscow, the delegation flew home.", nil},
}

func TestOpeningClauses(t *testing.T) { runDatedCases(t, openerCases) }

// A quotation that opens at the infinitive of a catenative verb leaves the
// verb's subject the infinitive's (subjects.go leftVerbGroup).
var quotedInfinitiveCases = []datedCase{
	{"quotation opening at the infinitive after a pronoun subject", "The African Union said it had decided \"to suspend Guinea from all activities.\"",
		rels(rel("org/au", ReduceRelations, "GIN"))},
	{"curly quotation after a modal and a catenative", "China said it would continue \u201cto support Russia\u201d in the talks.",
		rels(rel("CHN", DiplomaticCooperation, "RUS").mod(Intended))},
	{"no relation: a quotation after a noun is no catenative's", "Iran rejected the \"call to punish Israel\" on Monday.", nil},
}

func TestQuotedInfinitives(t *testing.T) { runDatedCases(t, quotedInfinitiveCases) }

// An apposition after the subject counts its words without the hyphens of
// compounds ("semi-autonomous" is one word), so that an office held in a
// long-named region still leaves the name the subject; a list of actors
// closed by "and others" may have a serial comma (listBefore).
var appositionCases = []datedCase{
	{"apposition with a hyphenated compound", "Massoud Barzani, president of the semi-autonomous Iraqi Kurdistan region, telephoned Recep Tayyip Erdogan.",
		rels(rel("person/masoud-barzani", Consult, "person/recep-tayyip-erdogan"))},
	{"apposition with two compounds", "Ilham Aliyev, head of the oil-rich ex-Soviet republic, praised Turkey.",
		rels(rel("person/ilham-aliyev", DiplomaticCooperation, "TUR"))},
	{"list of actors closed by others after a serial comma", "Britain, the United States, and others have expelled Russian diplomats.",
		rels(rel("GBR", ReduceRelations, "RUS"), rel("USA", ReduceRelations, "RUS"))},
	{"list of actors closed by others", "Britain, the United States and others have expelled Russian diplomats.",
		rels(rel("GBR", ReduceRelations, "RUS"), rel("USA", ReduceRelations, "RUS"))},
}

func TestAppositionLength(t *testing.T) { runDatedCases(t, appositionCases) }
