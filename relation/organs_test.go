package relation

import "testing"

// State organs and citizens (issues #9 and #10, guideline: an organ
// standing for its country is the country). A bare organ noun ("the
// army", "the military", "the parliament") stands for the one country the
// text around it names; a state acting on a named person of its own
// country (an arrest, an ouster, a sentence) is an event between two
// actors, while the state and its leader at a meeting, or a possessor
// and the person it modifies, stay one actor. Our own sentences, through
// the real pipeline.
var organCases = []datedCase{
	{"the army of the one country named, on a foreign diplomat", "Soldiers seized power in Peru on Monday. The military then expelled the ambassador of Chile.",
		rels(rel("PER", ReduceRelations, "CHL"))},
	{"the army of the one country named, on its own president", "The coup in Niger was condemned across Africa. The army arrested President Mohamed Bazoum.",
		rels(rel("NER", Coerce, "person/mohamed-bazoum"))},
	{"a passive agent organ", "Sudan has been in turmoil since April. President Omar al-Bashir was detained by the military.",
		rels(rel("SDN", Coerce, "person/omar-al-bashir"))},
	{"the parliament of the one country named", "Colombia banned the extradition of its citizens in 1991. The parliament later criticized the United States over the ban.",
		rels(rel("COL", Disapprove, "USA"))},
	{"a nationality's forces on their own president", "Guinean special forces arrested President Alpha Conde.",
		rels(rel("GIN", Coerce, "person/alpha-conde"))},
	{"a state on its own citizen", "Russia jailed Alexei Navalny in February.",
		rels(rel("RUS", Coerce, "person/alexei-navalny").on("2022-02"))},
	{"the organ of a text naming two countries stands for neither", "Russia accused Ukraine of shelling the plant. The army arrested Volodymyr Zelensky.",
		rels(rel("RUS", Disapprove, "UKR"))},
	{"no relation: a modifier may make the army another's", "Fighting raged in Libya on Monday. The rebel army expelled the ambassador of Chile.", nil},
	{"no relation: a country meeting its own leader", "India hosted a meeting with Narendra Modi.", nil},
}

func TestStateOrgans(t *testing.T) { runDatedCases(t, organCases) }

// A nationality before a noun of lawmakers names its country as the
// actor (class actor_nouns), as it does before "lawmakers" and "troops".
var lawmakerCases = []datedCase{
	{"nationality before parliamentarians", "Some Russian parliamentarians have threatened to cut off relations with Estonia.",
		rels(rel("RUS", Threaten, "EST"))},
	{"nationality before MPs", "British MPs criticized China over Hong Kong.",
		rels(rel("GBR", Disapprove, "CHN"))},
	{"nationality before a singular lawmaker", "A Japanese lawmaker visited Taiwan on Monday.",
		rels(rel("JPN", Consult, "TWN").on("2022-06-13"))},
}

func TestNationalityLawmakers(t *testing.T) { runDatedCases(t, lawmakerCases) }
