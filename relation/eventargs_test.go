package relation

import "testing"

// Arguments the frames used to miss (issue #9): the possessor of a
// patient noun, objects inside a complement noun, subjects across a
// relative clause or a copula, partitive and appositive objects. Our own
// sentences, run through the real pipeline and compared in full; each
// case names the role it pins down, and the "no relation" cases what must
// stay out.
var eventArgCases = []datedCase{
	// The possessor of a patient noun (frames.yaml patient_possessor).
	{"possessor of a patient noun is its object, by X its agent", "Kenya condemned William Ruto's arrest by Uganda.",
		rels(rel("KEN", Disapprove, "UGA"), rel("UGA", Coerce, "person/william-ruto"))},
	{"possessor of a patient noun ordered released, not the order's target", "Vladimir Putin ordered Alexei Navalny's release.",
		rels(rel("person/vladimir-putin", Yield, "person/alexei-navalny"))},
	{"no relation: the possessor of a patient noun is not the demand's target", "Russia demanded Alexei Navalny's release.", nil},
	{"no relation: nor the condemnation's", "Alexei Navalny returned to Moscow. The United States condemned his arrest.", nil},
	{"the possessor of an agent noun stays the condemnation's target", "Kenya condemned Uganda's arrest of William Ruto.",
		rels(rel("KEN", Disapprove, "UGA"), rel("UGA", Coerce, "person/william-ruto"))},
	{"possessor of a patient noun with no verb", "Russia's release by Ukraine was announced.",
		rels(rel("UKR", Yield, "RUS"))},
	{"no relation: an of object leaves the possessor the agent", "Britain welcomed Iran's release of the sailors.",
		rels(rel("GBR", DiplomaticCooperation, "IRN"))},
	{"no relation: from names where the patient is taken from, not an agent; an appeal keeps the patient as target", "Israel called for Iran's expulsion from the United Nations.",
		rels(rel("ISR", Appeal, "IRN"))},
	// Partitive and appositive objects (objects.go apposedObject).
	{"partitive object set off by a name", "China sentenced one of three, Alexei Navalny, to eight years in prison.",
		rels(rel("CHN", Coerce, "person/alexei-navalny"))},
	{"description object set off by a name", "China sentenced a prominent critic, Alexei Navalny, to eight years in prison.",
		rels(rel("CHN", Coerce, "person/alexei-navalny"))},
	{"partitive object set off by a list of names", "China arrested two of them, Alexei Navalny and Boris Nemtsov, in a raid.",
		rels(rel("CHN", Coerce, "person/alexei-navalny"), rel("CHN", Coerce, ""))},
	{"no relation: a name after the comma that a verb follows is a subject", "China arrested the protesters, Alexei Navalny said.", nil},
	{"a state acts on its own citizen through the apposed name", "Russia sentenced one of three, Alexei Navalny, to eight years in prison.",
		rels(rel("RUS", Coerce, "person/alexei-navalny"))},
	// Subjects across a copula (nominal.go copulaArgs).
	{"copula of place: the subject's talks, hosted by the place", "Iran's top nuclear negotiator is in India for talks with senior government officials.",
		rels(rel("IRN", Consult, "IND"))},
	{"copula of place: the talks' own partner", "Ali Larijani is in India for talks with Manmohan Singh.",
		rels(rel("person/ali-larijani", Consult, "person/manmohan-singh"))},
	{"no relation: a copula of attitude", "Iran is ready for talks with India.", nil},
	{"no relation: a city is a venue, no host", "Ali Larijani is in Geneva for talks.", nil},
	// Members of the group a participle modifies (nounevents.go
	// participleMembers, namedMembers).
	{"members of the group a participle modifies", "The senator joined a delegation traveling to Vietnam this week, including Tom Harkin of Iowa and Bernie Sanders of Vermont.",
		rels(rel("", Consult, "VNM").on("2022-06"), rel("person/bernie-sanders", Consult, "VNM").on("2022-06"))},
	{"members over a person's phrase of origin", "Iran detained ten people, including Bernie Sanders of Vermont and Angela Merkel of Germany.",
		rels(rel("IRN", Coerce, "person/bernie-sanders"), rel("IRN", Coerce, "person/angela-merkel"))},
	{"no relation: members after the participle's clause has ended", "A delegation visiting China met Xi Jinping, including Bernie Sanders.", nil},
	// An act asked for that the appealer joins (nominal.go joiningAppeal).
	{"pressure urged with no addressee is the appealer's own", "Japan urged more pressure on North Korea.",
		rels(rel("JPN", Demand, "PRK"))},
	{"pressure called for, the preposition inside the trigger", "Japan called for more pressure on North Korea.",
		rels(rel("JPN", Demand, "PRK"))},
	{"no relation: pressure asked of an addressee is the addressee's", "Japan urged China to increase pressure on North Korea.",
		rels(rel("JPN", Appeal, "CHN"))},
	{"no relation: an act the appealer does not join", "Japan called for dialogue between Israel and Hamas.",
		rels(rel("JPN", Appeal, "ISR"), rel("JPN", Appeal, "org/hamas"))},
	// The phrase a participle with an agent modifies is its patient
	// (participants_eventargs.go participleOfPhrase, describedPatient).
	{"actor phrase a participle modifies", "Israeli soldiers captured by Hamas were freed.",
		rels(rel("org/hamas", Assault, "ISR"))},
	{"actor phrase with a person noun a participle modifies", "Ten Kenyan soldiers killed by al-Shabaab were buried.",
		rels(rel("org/al-shabaab", Fight, "KEN"))},
	{"nationality of a person noun a phrase participle modifies", "An Italian reporter held hostage by the Taleban has appeared in a video.",
		rels(rel("org/taliban", Assault, "ITA"))},
	{"no relation: a nationality of a thing", "Chinese textiles seized by Kenya were burned.", nil},
	{"no relation: a participle after a noun that names no actor", "A truce brokered by Egypt held.", nil},
	// The subject of a relative clause on a predicate noun (frame.go
	// antecedent, copulaSubjectWord).
	{"relative clause on a predicate noun: the copula's subject", "Kenya is a country that attacked Somalia.",
		rels(rel("KEN", Fight, "SOM"))},
	{"relative clause on a predicate noun, with a phrase trigger", "The National Democratic Institute is a non-profit organization that is providing training to Iraqi political parties.",
		rels(rel("", ProvideAid, "IRQ"))},
	{"no relation: a predicate noun with no actor subject", "It was an attack that killed Somali soldiers.", nil},
	// The possessor inside a verb phrase trigger (gapPossessor).
	{"possessive pronoun inside a phrase trigger", "Alexei Navalny was jailed in China. China later reduced his sentence.",
		rels(rel("CHN", Yield, "person/alexei-navalny"))},
	{"no relation: a possessive pronoun of the subject itself", "Russia restricted its exports.", nil},
	// A light verb's subject across a relative clause (frames.yaml
	// light_verbs: give).
	{"light verb give: the subject before the relative clause", "The United States, which led the talks, is expected to give an initial contribution of $900 million to Sudan.",
		rels(rel("USA", ProvideAid, "SDN").mod(Intended))},
	// The object of a complement noun (frames.yaml complement_object).
	{"object inside a demanded investigation, the phrase hung from the verb", "Egypt demanded a formal inquiry into Israel's conduct.",
		rels(rel("EGY", Demand, "ISR"))},
	{"no relation: what an attack acts on is not what the demand is against", "Egypt demanded a formal inquiry into the attack on Gaza.", nil},
	{"no relation: a supporter of sanctions cooperates with no target", "Japan supports sanctions against North Korea.",
		rels(rel("JPN", ReduceRelations, "PRK"))},
	// An act done once addressed, rejected (frames.yaml rejected_verbs).
	{"a rejected apology was made to the rejecting party", "South Korea rejected Japan's apology.",
		rels(rel("KOR", Reject, "JPN"), rel("JPN", DiplomaticCooperation, "KOR"))},
	{"no relation: a rejected proposal is the rejection alone", "Ukraine rejected Russia's proposal.",
		rels(rel("UKR", Reject, "RUS"))},
}

func TestEventArgs(t *testing.T) { runDatedCases(t, eventArgCases) }
