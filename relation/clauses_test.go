package relation

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// clauseCase is one of our own sentences for clause-level attachment:
// relative clauses, verb phrases sharing a subject, shared acts.
type clauseCase struct {
	name   string
	text   string
	want   []phrasingRel
	reason string
}

// runClauseCases extracts each case's relations with the default
// extractor and compares them with want.
func runClauseCases(t *testing.T, tests []clauseCase) {
	t.Helper()
	tg := freshTaggerT(t)
	x := defaultExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []phrasingRel
			for _, r := range extractOn(caseExtractor(t, x, tc.name), tg.Tag(entity.Input{Text: tc.text}), entity.Date{}) {
				got = append(got, projectRelation(r))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q: relations mismatch (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
		})
	}
}

// TestRelativeClauseSubject: a relative clause after coordinated actors
// is about the nearest, unless its verb is plural or its event needs two
// parties.
func TestRelativeClauseSubject(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "nearest-conjunct",
			text:   "The talks were held between Ethiopia and Eritrea, which later accused Sudan of arming rebels.",
			want:   rels(rel("ETH", Consult, "ERI"), rel("ERI", Disapprove, "SDN")),
			reason: "'which accused' (past, no number) hangs from the nearest actor, not the pair",
		},
		{
			name:   "nearest-conjunct-no-object",
			text:   "The dispute between India and Pakistan, which tested a missile on Monday, worsened.",
			want:   rels(rel("PAK", ExhibitForcePosture, "")),
			reason: "the test is Pakistan's alone",
		},
		{
			name:   "plural-verb-takes-all",
			text:   "The remark was aimed at Georgia and Ukraine, which were seeking to join NATO.",
			want:   rels(rel("GEO", MaterialCooperation, "org/nato").mod(Intended), rel("UKR", MaterialCooperation, "org/nato").mod(Intended)),
			reason: "'were' agrees only with the pair",
		},
		{
			name:   "floating-quantifier-takes-all",
			text:   "Russia and China, which both criticized the United States, blocked the resolution.",
			want:   rels(rel("RUS", Disapprove, "USA"), rel("CHN", Disapprove, "USA")),
			reason: "'both' after the relative pronoun marks a plural antecedent",
		},
		{
			name:   "symmetric-takes-all",
			text:   "Presidents Emmanuel Macron and Olaf Scholz, who met in Paris on Monday, criticized Russia.",
			want:   rels(rel("person/emmanuel-macron", Consult, "person/olaf-scholz"), rel("person/emmanuel-macron", Disapprove, "RUS"), rel("person/olaf-scholz", Disapprove, "RUS")),
			reason: "a meeting needs both parties of the antecedent",
		},
		{
			name:   "possessive-relative",
			text:   "Kenya condemned Ethiopia, whose troops attacked Somalia on Monday.",
			want:   rels(rel("KEN", Disapprove, "ETH"), rel("ETH", Fight, "SOM")),
			reason: "'whose troops' act for the antecedent",
		},
		{
			name:   "possessive-relative-nearest-conjunct",
			text:   "The talks between Kenya and Ethiopia, whose troops attacked Somalia, failed.",
			want:   rels(rel("KEN", Consult, "ETH"), rel("ETH", Fight, "SOM")),
			reason: "as with 'which': the nearest conjunct",
		},
		{
			name:   "reported-relative",
			text:   "Kenya condemned Ethiopia, which officials say attacked Somalia.",
			want:   rels(rel("KEN", Disapprove, "ETH"), rel("ETH", Fight, "SOM")),
			reason: "'which officials say attacked': the pronoun is the subject of the reported clause",
		},
		{
			name:   "reported-relative-actor-reporter",
			text:   "Kenya condemned Ethiopia, which Somalia says attacked Eritrea.",
			want:   rels(rel("KEN", Disapprove, "ETH"), rel("ETH", Fight, "ERI")),
			reason: "the reporter (Somalia) is not the attacker",
		},
		{
			name:   "relative-reporter-own-clause",
			text:   "Kenya condemned Ethiopia, which said Eritrea attacked Somalia.",
			want:   rels(rel("KEN", Disapprove, "ETH"), rel("ERI", Fight, "SOM")),
			reason: "'which said': the reported clause has its own subject",
		},
		{
			name:   "main-verbs-after-relative",
			text:   "Chancellor Olaf Scholz, who arrived in Kyiv on Monday, has promised to help Ukraine and pledged aid to Moldova.",
			want:   rels(rel("person/olaf-scholz", Consult, "UKR"), rel("person/olaf-scholz", IntentToCooperate, "UKR"), rel("person/olaf-scholz", IntentToCooperate, "MDA")),
			reason: "the relative clause is skipped: both conjoined verbs after it are the antecedent's",
		},
	})
}

// TestConjoinedAfterReport: a verb with no subject that the parser
// conjoins with the verb of a reported clause is the reporting verb's
// conjunct when its form agrees better with it (frames.yaml
// report_clause, with replace_subject other_clause).
func TestConjoinedAfterReport(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "cannot-share-auxiliary",
			text:   "Chancellor Olaf Scholz says Iran is planning attacks and urged Japan to act.",
			want:   rels(rel("person/olaf-scholz", Appeal, "JPN")),
			reason: "'urged' cannot share 'is' of 'is planning': it is conjoined with 'says', whose subject is Scholz",
		},
		{
			name:   "cannot-share-auxiliary-warn",
			text:   "The Kremlin says Ukraine is preparing an offensive and warned NATO against sending weapons.",
			want:   rels(rel("org/kremlin", Threaten, "org/nato")),
			reason: "'warned' cannot share 'is' of 'is preparing': the Kremlin warned, not Ukraine",
		},
		{
			name:   "cannot-share-modal",
			text:   "Chancellor Olaf Scholz said Russia must withdraw its troops and promised more weapons to Ukraine.",
			want:   rels(rel("person/olaf-scholz", Demand, "RUS"), rel("person/olaf-scholz", IntentToCooperate, "UKR")),
			reason: "'promised' (tagged VBN with no auxiliary: read as finite) cannot share 'must': Scholz promised",
		},
		{
			name:   "same-form-stays-inner",
			text:   "Russia said Ukraine shelled the city and accused the United States of supplying the rockets.",
			want:   rels(rel("UKR", Disapprove, "USA")),
			reason: "'accused' has the form of 'shelled' (both past): the parser's reading stands",
		},
		{
			name:   "shared-auxiliary-stays-inner",
			text:   "Japan says China has built new bases and called on South Korea to protest.",
			want:   rels(rel("CHN", Appeal, "KOR")),
			reason: "the parser reads 'called' as a participle sharing 'has' with 'built'",
		},
	})
}

// TestSharedAct: "X joined Y in V-ing Z" and "X, along with Y, V Z" make
// both X and Y subjects of V; joining in a material act is a cooperation
// with the partner (joint_act_roots), joining in a verbal one is not.
func TestSharedAct(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "joined-in-material-act",
			text:   "Germany joined France in imposing sanctions on Russia.",
			want:   rels(rel("DEU", MaterialCooperation, "FRA"), rel("DEU", ReduceRelations, "RUS"), rel("FRA", ReduceRelations, "RUS")),
			reason: "both impose the sanctions; a material act done together is cooperation (06)",
		},
		{
			name:   "joined-list-in-material-act",
			text:   "Canada joined Britain and Australia in expelling Russian diplomats.",
			want:   rels(rel("CAN", MaterialCooperation, "GBR"), rel("CAN", MaterialCooperation, "AUS"), rel("CAN", ReduceRelations, "RUS"), rel("GBR", ReduceRelations, "RUS"), rel("AUS", ReduceRelations, "RUS")),
			reason: "every partner of the list expels too",
		},
		{
			name:   "joined-in-event-noun",
			text:   "The European Union joined the United States in imposing a travel ban on Belarusian officials.",
			want:   rels(rel("org/eu", MaterialCooperation, "USA"), rel("org/eu", ReduceRelations, "BLR"), rel("USA", ReduceRelations, "BLR")),
			reason: "the act is the event noun the participle governs ('a travel ban')",
		},
		{
			name:   "joined-in-verbal-act",
			text:   "Poland joined Lithuania in criticizing Belarus.",
			want:   rels(rel("POL", Disapprove, "BLR"), rel("LTU", Disapprove, "BLR")),
			reason: "criticism done together is no cooperation between the critics",
		},
		{
			name:   "along-with",
			text:   "Germany, along with France and Italy, imposed sanctions on Russia.",
			want:   rels(rel("DEU", ReduceRelations, "RUS"), rel("FRA", ReduceRelations, "RUS"), rel("ITA", ReduceRelations, "RUS")),
			reason: "the actors set off by 'along with' act with the subject",
		},
		{
			name:   "together-with",
			text:   "Japan, together with South Korea, condemned North Korea.",
			want:   rels(rel("JPN", Disapprove, "PRK"), rel("KOR", Disapprove, "PRK")),
			reason: "as 'along with'",
		},
		{
			name:   "apposition-is-no-partner",
			text:   "Olaf Scholz, the Chancellor of Germany, criticized Russia.",
			want:   rels(rel("person/olaf-scholz", Disapprove, "RUS")),
			reason: "a plain apposition adds no actor",
		},
		{
			name:   "joined-organization-unchanged",
			text:   "Finland joined NATO in April.",
			want:   rels(rel("FIN", MaterialCooperation, "org/nato")),
			reason: "no participle after 'in': joining an organization as before",
		},
	})
}

// TestNationalityConjunct: a bare nationality coordinated with a phrase
// that names no actor but ends in an actor noun shares that noun.
func TestNationalityConjunct(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "nationality-and-unnamed-force",
			text:   "Afghan and coalition forces attacked Pakistan.",
			want:   rels(rel("AFG", Fight, "PAK")),
			reason: "'Afghan' shares 'forces' with 'coalition'; the coalition names no actor here",
		},
		{
			name:   "list-of-nationalities-and-unnamed-force",
			text:   "Pakistani, Afghan and international forces attacked the Taliban.",
			want:   rels(rel("PAK", Fight, "org/taliban"), rel("AFG", Fight, "org/taliban")),
			reason: "every nationality of the list shares the noun",
		},
		{
			name:   "two-nationalities",
			text:   "Kenyan and Ugandan troops attacked al-Shabab positions in Somalia.",
			want:   rels(rel("KEN", Fight, "org/al-shabaab"), rel("UGA", Fight, "org/al-shabaab")),
			reason: "both nationalities, as before",
		},
		{
			name:   "nationality-modifying-a-thing",
			text:   "Afghan and foreign films criticized Pakistan.",
			want:   nil,
			reason: "'films' is no actor noun: the nationality only modifies a thing",
		},
	})
}

// TestListedVerbPhrases: a finite verb right after a comma that closes a
// verb phrase takes the clause's subject, as after "and".
func TestListedVerbPhrases(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "comma-then",
			text:   "North Korea fired two missiles on Sunday, then warned South Korea against holding drills.",
			want:   rels(rel("PRK", ExhibitForcePosture, ""), rel("PRK", Threaten, "KOR")),
			reason: "', then warned' lists a second verb phrase of North Korea",
		},
		{
			name:   "comma-list-of-three",
			text:   "President Joe Biden met Prime Minister Narendra Modi in Washington on Monday, praised India and promised new aid to Nepal.",
			want:   rels(rel("person/joe-biden", Consult, "person/narendra-modi"), rel("person/joe-biden", DiplomaticCooperation, "IND"), rel("person/joe-biden", IntentToCooperate, "NPL")),
			reason: "three verb phrases of one subject",
		},
		{
			name:   "quotation-before-comma",
			text:   "\"Iran will pay for this,\" warned Israel.",
			want:   nil,
			reason: "the verb after a quotation has its speaker after it, not the quotation's subject",
		},
		{
			name:   "no-verb-before-comma",
			text:   "In a statement on Monday, criticized Russia.",
			want:   nil,
			reason: "no verb phrase before the comma: nothing to share",
		},
	})
}

// TestMemberNounList: the members of an organization ("European Union
// countries") stand for it in a list of subjects.
func TestMemberNounList(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "member-countries-in-list",
			text:   "Britain, European Union countries and Japan are pressing Iran to halt enrichment.",
			want:   rels(rel("GBR", Demand, "IRN"), rel("org/eu", Demand, "IRN"), rel("JPN", Demand, "IRN")),
			reason: "'countries' after the EU does not break the list",
		},
		{
			name:   "nationality-before-member-noun-stays-out",
			text:   "Britain, Western nations and Japan are pressing Iran to halt enrichment.",
			want:   rels(rel("JPN", Demand, "IRN")),
			reason: "only an organization's members stand for it: 'Western nations' (no actor) still breaks the list, and Britain is lost as before",
		},
	})
}

// TestPossessedName: a direct object "X's <noun phrase>, <Person>" is the
// person named, not the possessor, unless the person opens a clause.
func TestPossessedName(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "title-then-name",
			text:   "Olaf Scholz met Japan's prime minister, Fumio Kishida.",
			want:   rels(rel("person/olaf-scholz", Consult, "person/fumio-kishida")),
			reason: "the apposition names the person met",
		},
		{
			name:   "name-then-conjoined-verb",
			text:   "Olaf Scholz met Japan's prime minister, Fumio Kishida, on Monday and discussed trade.",
			want:   rels(rel("person/olaf-scholz", Consult, "person/fumio-kishida")),
			reason: "a verb after a conjunction belongs to another verb phrase",
		},
		{
			name:   "name-is-a-subject",
			text:   "Olaf Scholz criticized Russia's decision, Fumio Kishida said.",
			want:   rels(rel("person/olaf-scholz", Disapprove, "RUS")),
			reason: "a verb follows the name: it is the subject of a clause, not an apposition",
		},
		{
			name:   "name-with-apposition-is-a-subject",
			text:   "Olaf Scholz criticized Russia's decision, Fumio Kishida, the Japanese prime minister, said.",
			want:   rels(rel("person/olaf-scholz", Disapprove, "RUS")),
			reason: "as above, over the name's own apposition",
		},
	})
}

// TestInteriorTarget: military force inside a country's territory is
// against that country; other acts there only name a place.
func TestInteriorTarget(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "strike-inside-territory",
			text:   "Tension rose between Kenya and Ethiopia, which carried out an air strike deep inside Somali territory.",
			want:   rels(rel("ETH", Fight, "SOM")),
			reason: "the relative clause's subject is the nearest conjunct; the strike inside Somali territory is against Somalia",
		},
		{
			name:   "raids-within",
			text:   "NATO launched raids within Serbia.",
			want:   rels(rel("org/nato", Fight, "SRB")),
			reason: "as 'inside'",
		},
		{
			name:   "meeting-inside-a-place",
			text:   "Olaf Scholz met Emmanuel Macron inside the Elysee Palace.",
			want:   rels(rel("person/olaf-scholz", Consult, "person/emmanuel-macron")),
			reason: "only force takes its place's state as target",
		},
	})
}

// TestOpeningParticipleClause: a participle clause that opens the
// sentence has the main clause's subject; a phrase that belongs to an
// event noun inside it is not the participle's object.
func TestOpeningParticipleClause(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "after-meeting",
			text:   "After meeting Emmanuel Macron in Paris, Olaf Scholz criticized Russia.",
			want:   rels(rel("person/emmanuel-macron", Consult, "person/olaf-scholz"), rel("person/olaf-scholz", Disapprove, "RUS")),
			reason: "Scholz met Macron (a meeting: the first-mentioned party first)",
		},
		{
			name:   "before-visiting",
			text:   "Before visiting Japan, Joe Biden met Yoon Suk-yeol in Seoul.",
			want:   rels(rel("person/joe-biden", Consult, "JPN"), rel("person/joe-biden", Consult, "person/yoon-suk-yeol")),
			reason: "the visitor is the main clause's subject",
		},
		{
			name:   "bare-participle",
			text:   "Meeting Emmanuel Macron in Paris on Monday, Olaf Scholz criticized Russia.",
			want:   rels(rel("person/emmanuel-macron", Consult, "person/olaf-scholz"), rel("person/olaf-scholz", Disapprove, "RUS")),
			reason: "as after a preposition",
		},
		{
			name:   "event-noun-keeps-its-phrase",
			text:   "Speaking on a trip to London, Hugo Chavez criticized the United States.",
			want:   rels(rel("person/hugo-chavez", Consult, "GBR"), rel("person/hugo-chavez", Disapprove, "USA")),
			reason: "'to London' is the trip's, not the speaking's: no 'spoke to London'",
		},
		{
			name:   "no-main-subject-after-comma",
			text:   "After meeting Emmanuel Macron in Paris, the talks ended.",
			want:   nil,
			reason: "no actor opens the main clause: no subject for the meeting",
		},
	})
}

// TestSharedObject: verbs coordinated before any object share the object
// after the last one.
func TestSharedObject(t *testing.T) {
	runClauseCases(t, []clauseCase{
		{
			name:   "and",
			text:   "France condemned and sanctioned Iran.",
			want:   rels(rel("FRA", Disapprove, "IRN"), rel("FRA", ReduceRelations, "IRN")),
			reason: "Iran is the object of both verbs",
		},
		{
			name:   "but-also",
			text:   "Germany praised but also criticized Turkey.",
			want:   rels(rel("DEU", DiplomaticCooperation, "TUR"), rel("DEU", Disapprove, "TUR")),
			reason: "over 'but' and an adverb",
		},
		{
			name:   "first-verb-has-its-own-object",
			text:   "France condemned the attack and sanctioned Iran.",
			want:   rels(rel("FRA", ReduceRelations, "IRN")),
			reason: "the attack is the condemnation's object: nothing shared",
		},
		{
			name:   "clauses-not-verbs",
			text:   "Russia attacked and Ukraine retreated.",
			want:   nil,
			reason: "'and' joins clauses here: no object to share",
		},
	})
}
