package english

// Class names one class of data/words.yaml: a closed class of English
// (determiners, prepositions), a cue (negations, catenatives), a small
// open list (actor nouns, organization heads) or a one-word class for a
// structural role (the infinitive marker). Go code asks whether a word is
// in a class; it knows no English word by itself.
type Class uint16

// The classes, in the order of their names in [Class.String].
const (
	Determiners Class = iota
	PossessivePronouns
	SubjectPronouns
	Referring
	DescriptionHeads
	Prepositions
	Auxiliaries
	BeForms
	ModalIntended
	ModalPossible
	Negations
	Adverbs
	ReportVerbs
	Subordinators
	RelativePronouns
	ClauseStops
	ActorNouns
	StateNouns
	TitleWords
	TimeWords
	PassiveBe
	PassiveAux
	Skippable
	TargetVerbs
	ReactionVerbs
	ClauseNominalPreps
	ExecutiveVerbs
	AboutPreps
	NamingVerbs
	Copulas
	ReasonWords
	PlanNouns
	FailVerbs
	Catenatives
	HelpVerbs
	LightVerbs
	EventLightVerbs
	RecipientVerbs
	CancelVerbs
	AddressedVerbs
	RejectedVerbs
	UndergoVerbs
	LightNouns
	IntentNouns
	InstrumentNouns
	DocumentNouns
	PatientPossessorNouns
	ClauseSubordinators
	OwnerWords
	MilitaryTargets
	HeldParticiples
	AuthoredNouns
	TopicPreps
	HyphenModifiers
	LeaderHyphenModifiers
	Weekdays
	Months
	ObligationModals
	CharacterNouns
	Reciprocals
	WeekdayPrepositions
	CapitalMonths
	DateBlockers
	DateModifiers
	YearPrepositions
	OrdinalSuffixes
	DayOffsets
	PeriodUnits
	PeriodShifts
	InfinitiveMarker
	PossessiveClitic
	AgentMarker
	GenitiveMarker
	OfObjectVerbs
	MembershipNouns
	JointEvents
	Complementizer
	RoleMarker
	NegativeDeterminer
	DefiniteArticle
	PairPreposition
	LocationPreposition
	SourcePreposition
	PurposePreposition
	AddresseePreposition
	DisputePreposition
	HostPrepositions
	SpeakerPrepositions
	TopicPreposition
	CompanionPreposition
	Conjunction
	NegativeCorrelative
	PerfectAuxiliary
	RightNoun
	FreeRelative
	Contrast
	Instigator
	Coordinators
	ComplementOpeners
	SubjunctiveMarkers
	CauseSubordinators
	PartyPrepositions
	CollectivePossessives
	Exceptives
	TemporalLimits
	HaveForms
	RightModifiers
	ContrastPhrases
	TargetPrepositions
	PurposeBlockers
	RelativeSubjects
	NegationPhrases
	// AdditivePhrases open with a negation that adds instead of denying
	// ("not only condemned X but also ...").
	AdditivePhrases
	ArrangementBe
	Conditionals
	SanctionStems
	ClauseJoiners
	PlaceRelatives
	TemporalConjunctions
	CoordinatingJoins
	QuantifierPhrases
	CallingVerbs
	DescribingVerbs
	ClauseOpeners
	AttitudePrefixes
	ListJoins
	ObjectPronouns
	IndefiniteArticles
	GerundEndings
	PastEndings
	EventNounEndings
	ThirdPersonEndings
	UninflectedEndings
	PluralEndings
	SingularEndings
	AdverbEndings
	AssertionVerbs
	BlameWords
	DenialVerbs
	ChargeNouns
	SourcePhrases
	RejectionWords
	BlameVerbs
	OrgHeads
	OrgOfHeads
	EventHeads
	EventOfHeads
	LocHeads
	LocOfHeads
	GPEHeads
	GPEOfHeads
	NameConnectors
	NonNameCaps
	CurrencySymbols
	PersonCues
	PersonPronouns
	ThingPronouns
	PluralPronouns
	ClosedClass
	StateWords
	EventPrefixes
	ElectionNouns
	ElectionModifiers
	YearEventHeads
	PlaceNouns
	NotNames
	PlacePrepositions
	SpeakerPronouns
	SpeechVerbs
	ReferringPossessives
	CompassWords
	ExpletiveVerbs
	OfficeWords
	ComplementConnectors
	ComplementOpeningConnectors
	CoordinatingConnectors
	SplittingConnectors
	NameParticles
	ParticipleEndings
	HyphenParticiples
	StateUnions
	ModifiedOnlyEvents
	PlacelessEvents
	PeninsulaNouns
	TitleModifierHeads
	VersusWords
	TitleCore
	PersonTitleWords
	PersonTitleHeads
	CopulaCore
	DefiniteDeterminers
	PersonNouns
	CollectiveDeterminers
	StateDescriptionNouns
	CountryDescriptionNouns
	ForceNouns
	PartyNouns
	SpeechCore
	PluralHeads
	CountWords
	OrganizationNouns
	OfficeTitles
	LeadDeterminers
	ArmedNouns
	ArmedModifiers
	MilitaryObjects
	ArmedSides
	UnnamedActorRoots
	PersonRoleNouns
	ObligationVerbs
	QuestionMarks
	OppositionWords
	ConcernWords
	StancePrepositions
	NegativeEvaluations
	WantingVerbs
	ConcessiveWords
	EvaluatingVerbs
	FailureNouns
	ConditionWords
	ConditionPrepositions
	ConcernNouns
	AcceptanceVerbs
	DirectiveVerbs
	MalePronouns
	FemalePronouns
	MaleTitles
	FemaleTitles
	FormerModifiers
	DeputyModifiers
	OtherModifiers
	RelationalPersonNouns
	PeoplePlurals
	AdjectiveGerunds
	InclusionMarkers
	ProspectiveModifiers
	PluralMarkers
	JointActVerbs
	JointActRoots
	AccompanimentPhrases
	MemberNouns
	InteriorPrepositions
	PossessiveRelatives
	ObjectRelatives
	BodyNouns
	BodyMemberNouns
	GroupPlurals
	SpeakerNouns
	WieldedNouns
	TitleRoles
	SoleOffices
	PhaseParticiples
	PenaltyVerbs
	LocativePrepositions
	PerfectGerunds
	PairJoins
	// RankTitles are military and religious ranks a person holds
	// alongside an office ("General Musharraf" is also "President
	// Musharraf"): a rank never shows that two mentions of one name
	// are two people.
	RankTitles
	// KinRoles name a person by a tie to another person, not by an
	// office: "first lady Ana Halden" is no president, minister or
	// official.
	KinRoles
	// StateFormNouns name a form of state ("kingdom", "islamic republic")
	// with the gazetteer government forms a country described by them
	// must have (a class of tags).
	StateFormNouns
	// TimePlurals are plural nouns of spans of time ("days", "years"):
	// no plural pronoun refers to them.
	TimePlurals
	// ReporterKinds are the gazetteer kinds of organizations that report
	// events rather than take part in them ("told Reuters"): no side of
	// an event ("the two sides").
	ReporterKinds
	// ArmedGroupMembers are plural nouns of the members of an armed group
	// ("rebels", "insurgents") that, with no antecedent, stand for the one
	// armed group a document names.
	ArmedGroupMembers
	// CollectiveSpeakerPronouns are the first-person plural pronouns: a
	// spokesman's "we" is the body or country spoken for.
	CollectiveSpeakerPronouns
	// StateOrganKinds are the gazetteer kinds of a country's own organs
	// (ministries, armed forces): a speaker of that country speaks as one
	// of them ("we"), not of them ("they").
	StateOrganKinds
	// HeldPlurals are the group plurals of people held by another
	// ("hostages"): an organization or a possessive before them names
	// the holder, not their group.
	HeldPlurals
	// AgentSingulars are singular nouns of one who acts for an actor
	// ("official", "spokesman"): repeated after "the", one stands for
	// the actor that marked its last mention before.
	AgentSingulars
	// AgentPrepositions join an agent singular to its actor ("a
	// spokesman for NATO").
	AgentPrepositions
	// LeaderTitles mark the offices whose holders news names by surname
	// alone; a gazetteer title holding one of them (as a substring) is a
	// leader's, unless it also holds a DeputyWords word.
	LeaderTitles
	// DeputyWords make a title holding them (as a substring) a deputy's
	// ("vice president"), not a leader's.
	DeputyWords
	// Abbreviations take a period without ending a sentence ("Corp.",
	// "St."); each is written with its period.
	Abbreviations
	// TitleAbbreviations are abbreviations that precede a name ("Mr.
	// Ban", "St. Petersburg"): their period ends no sentence.
	TitleAbbreviations
	// SentenceStarters usually begin a new sentence after an initialism
	// ("... the U.S. The talks").
	SentenceStarters
	// Clitics are written joined to the word before them and are tokens
	// of their own ("Japan's", "don't"); each maps to the Penn Treebank
	// tag it takes when the tagger gives none (a class of words).
	Clitics
	// NegatingLemmas are the lemmas of the dependents (advmod, det, cc)
	// that negate their head in a dependency graph.
	NegatingLemmas
	// ResponseNouns name an act done in answer to another ("in
	// retaliation for X's expulsions", "in response to Y's refusal").
	ResponseNouns
	// CompanionClausePreps introduce a meeting, visit or talks in which a
	// clause's subject takes part ("said after a meeting with X").
	CompanionClausePreps
	// PossessiveMarks mark a possessive after a name or a noun: the
	// clitic ("Japan's") and the bare apostrophe of a plural ("the
	// allies' plan"), which the tokenizer writes alone.
	PossessiveMarks
	NumClasses
)

// names are the classes' keys in the YAML.
var names = [NumClasses]string{
	Determiners:                 "determiners",
	PossessivePronouns:          "possessive_pronouns",
	SubjectPronouns:             "subject_pronouns",
	Referring:                   "referring",
	DescriptionHeads:            "description_heads",
	Prepositions:                "prepositions",
	Auxiliaries:                 "auxiliaries",
	BeForms:                     "be_forms",
	ModalIntended:               "modal_intended",
	ModalPossible:               "modal_possible",
	Negations:                   "negations",
	Adverbs:                     "adverbs",
	ReportVerbs:                 "report_verbs",
	Subordinators:               "subordinators",
	RelativePronouns:            "relative_pronouns",
	ClauseStops:                 "clause_stops",
	ActorNouns:                  "actor_nouns",
	StateNouns:                  "state_nouns",
	TitleWords:                  "title_words",
	TimeWords:                   "time_words",
	PassiveBe:                   "passive_be",
	PassiveAux:                  "passive_aux",
	Skippable:                   "skippable",
	TargetVerbs:                 "target_verbs",
	ReactionVerbs:               "reaction_verbs",
	ClauseNominalPreps:          "clause_nominal_preps",
	ExecutiveVerbs:              "executive_verbs",
	AboutPreps:                  "about_preps",
	NamingVerbs:                 "naming_verbs",
	Copulas:                     "copulas",
	ReasonWords:                 "reason_words",
	PlanNouns:                   "plan_nouns",
	FailVerbs:                   "fail_verbs",
	Catenatives:                 "catenatives",
	HelpVerbs:                   "help_verbs",
	LightVerbs:                  "light_verbs",
	EventLightVerbs:             "event_light_verbs",
	RecipientVerbs:              "recipient_verbs",
	CancelVerbs:                 "cancel_verbs",
	AddressedVerbs:              "addressed_verbs",
	RejectedVerbs:               "rejected_verbs",
	UndergoVerbs:                "undergo_verbs",
	LightNouns:                  "light_nouns",
	IntentNouns:                 "intent_nouns",
	InstrumentNouns:             "instrument_nouns",
	DocumentNouns:               "document_nouns",
	PatientPossessorNouns:       "patient_possessor_nouns",
	ClauseSubordinators:         "clause_subordinators",
	OwnerWords:                  "owner_words",
	MilitaryTargets:             "military_targets",
	HeldParticiples:             "held_participles",
	AuthoredNouns:               "authored_nouns",
	TopicPreps:                  "topic_preps",
	HyphenModifiers:             "hyphen_modifiers",
	LeaderHyphenModifiers:       "leader_hyphen_modifiers",
	Weekdays:                    "weekdays",
	Months:                      "months",
	ObligationModals:            "obligation_modals",
	CharacterNouns:              "character_nouns",
	Reciprocals:                 "reciprocals",
	WeekdayPrepositions:         "weekday_prepositions",
	CapitalMonths:               "capital_months",
	DateBlockers:                "date_blockers",
	DateModifiers:               "date_modifiers",
	YearPrepositions:            "year_prepositions",
	OrdinalSuffixes:             "ordinal_suffixes",
	DayOffsets:                  "day_offsets",
	PeriodUnits:                 "period_units",
	PeriodShifts:                "period_shifts",
	InfinitiveMarker:            "infinitive_marker",
	PossessiveClitic:            "possessive_clitic",
	AgentMarker:                 "agent_marker",
	GenitiveMarker:              "genitive_marker",
	OfObjectVerbs:               "of_object_verbs",
	MembershipNouns:             "membership_nouns",
	JointEvents:                 "joint_events",
	Complementizer:              "complementizer",
	RoleMarker:                  "role_marker",
	NegativeDeterminer:          "negative_determiner",
	DefiniteArticle:             "definite_article",
	PairPreposition:             "pair_preposition",
	LocationPreposition:         "location_preposition",
	SourcePreposition:           "source_preposition",
	PurposePreposition:          "purpose_preposition",
	AddresseePreposition:        "addressee_preposition",
	DisputePreposition:          "dispute_preposition",
	HostPrepositions:            "host_prepositions",
	SpeakerPrepositions:         "speaker_prepositions",
	TopicPreposition:            "topic_preposition",
	CompanionPreposition:        "companion_preposition",
	Conjunction:                 "conjunction",
	NegativeCorrelative:         "negative_correlative",
	PerfectAuxiliary:            "perfect_auxiliary",
	RightNoun:                   "right_noun",
	FreeRelative:                "free_relative",
	Contrast:                    "contrast",
	Instigator:                  "instigator",
	Coordinators:                "coordinators",
	ComplementOpeners:           "complement_openers",
	SubjunctiveMarkers:          "subjunctive_markers",
	CauseSubordinators:          "cause_subordinators",
	PartyPrepositions:           "party_prepositions",
	CollectivePossessives:       "collective_possessives",
	Exceptives:                  "exceptives",
	TemporalLimits:              "temporal_limits",
	HaveForms:                   "have_forms",
	RightModifiers:              "right_modifiers",
	ContrastPhrases:             "contrast_phrases",
	TargetPrepositions:          "target_prepositions",
	PurposeBlockers:             "purpose_blockers",
	RelativeSubjects:            "relative_subjects",
	NegationPhrases:             "negation_phrases",
	AdditivePhrases:             "additive_phrases",
	ArrangementBe:               "arrangement_be",
	Conditionals:                "conditionals",
	SanctionStems:               "sanction_stems",
	ClauseJoiners:               "clause_joiners",
	PlaceRelatives:              "place_relatives",
	TemporalConjunctions:        "temporal_conjunctions",
	CoordinatingJoins:           "coordinating_joins",
	QuantifierPhrases:           "quantifier_phrases",
	CallingVerbs:                "calling_verbs",
	DescribingVerbs:             "describing_verbs",
	ClauseOpeners:               "clause_openers",
	AttitudePrefixes:            "attitude_prefixes",
	ListJoins:                   "list_joins",
	ObjectPronouns:              "object_pronouns",
	IndefiniteArticles:          "indefinite_articles",
	GerundEndings:               "gerund_endings",
	PastEndings:                 "past_endings",
	EventNounEndings:            "event_noun_endings",
	ThirdPersonEndings:          "third_person_endings",
	UninflectedEndings:          "uninflected_endings",
	PluralEndings:               "plural_endings",
	SingularEndings:             "singular_endings",
	AdverbEndings:               "adverb_endings",
	AssertionVerbs:              "assertion_verbs",
	BlameWords:                  "blame_words",
	DenialVerbs:                 "denial_verbs",
	ChargeNouns:                 "charge_nouns",
	SourcePhrases:               "source_phrases",
	RejectionWords:              "rejection_words",
	BlameVerbs:                  "blame_verbs",
	OrgHeads:                    "org_heads",
	OrgOfHeads:                  "org_of_heads",
	EventHeads:                  "event_heads",
	EventOfHeads:                "event_of_heads",
	LocHeads:                    "loc_heads",
	LocOfHeads:                  "loc_of_heads",
	GPEHeads:                    "gpe_heads",
	GPEOfHeads:                  "gpe_of_heads",
	NameConnectors:              "name_connectors",
	NonNameCaps:                 "non_name_caps",
	CurrencySymbols:             "currency_symbols",
	PersonCues:                  "person_cues",
	PersonPronouns:              "person_pronouns",
	ThingPronouns:               "thing_pronouns",
	PluralPronouns:              "plural_pronouns",
	ClosedClass:                 "closed_class",
	StateWords:                  "state_words",
	EventPrefixes:               "event_prefixes",
	ElectionNouns:               "election_nouns",
	ElectionModifiers:           "election_modifiers",
	YearEventHeads:              "year_event_heads",
	PlaceNouns:                  "place_nouns",
	NotNames:                    "not_names",
	PlacePrepositions:           "place_prepositions",
	SpeakerPronouns:             "speaker_pronouns",
	SpeechVerbs:                 "speech_verbs",
	ReferringPossessives:        "referring_possessives",
	CompassWords:                "compass_words",
	ExpletiveVerbs:              "expletive_verbs",
	OfficeWords:                 "office_words",
	ComplementConnectors:        "complement_connectors",
	ComplementOpeningConnectors: "complement_opening_connectors",
	CoordinatingConnectors:      "coordinating_connectors",
	SplittingConnectors:         "splitting_connectors",
	NameParticles:               "name_particles",
	ParticipleEndings:           "participle_endings",
	HyphenParticiples:           "hyphen_participles",
	StateUnions:                 "state_unions",
	ModifiedOnlyEvents:          "modified_only_events",
	PlacelessEvents:             "placeless_events",
	PeninsulaNouns:              "peninsula_nouns",
	TitleModifierHeads:          "title_modifier_heads",
	VersusWords:                 "versus_words",
	TitleCore:                   "title_core",
	PersonTitleWords:            "person_title_words",
	PersonTitleHeads:            "person_title_heads",
	CopulaCore:                  "copula_core",
	DefiniteDeterminers:         "definite_determiners",
	PersonNouns:                 "person_nouns",
	CollectiveDeterminers:       "collective_determiners",
	StateDescriptionNouns:       "state_description_nouns",
	CountryDescriptionNouns:     "country_description_nouns",
	ForceNouns:                  "force_nouns",
	PartyNouns:                  "party_nouns",
	SpeechCore:                  "speech_core",
	PluralHeads:                 "plural_heads",
	CountWords:                  "count_words",
	OrganizationNouns:           "organization_nouns",
	OfficeTitles:                "office_titles",
	LeadDeterminers:             "lead_determiners",
	ArmedNouns:                  "armed_nouns",
	ArmedModifiers:              "armed_modifiers",
	MilitaryObjects:             "military_objects",
	ArmedSides:                  "armed_sides",
	UnnamedActorRoots:           "unnamed_actor_roots",
	PersonRoleNouns:             "person_role_nouns",
	ObligationVerbs:             "obligation_verbs",
	QuestionMarks:               "question_marks",
	OppositionWords:             "opposition_words",
	ConcernWords:                "concern_words",
	StancePrepositions:          "stance_prepositions",
	NegativeEvaluations:         "negative_evaluations",
	WantingVerbs:                "wanting_verbs",
	ConcessiveWords:             "concessive_words",
	EvaluatingVerbs:             "evaluating_verbs",
	FailureNouns:                "failure_nouns",
	ConditionWords:              "condition_words",
	ConditionPrepositions:       "condition_prepositions",
	ConcernNouns:                "concern_nouns",
	AcceptanceVerbs:             "acceptance_verbs",
	DirectiveVerbs:              "directive_verbs",
	MalePronouns:                "male_pronouns",
	FemalePronouns:              "female_pronouns",
	MaleTitles:                  "male_titles",
	FemaleTitles:                "female_titles",
	FormerModifiers:             "former_modifiers",
	DeputyModifiers:             "deputy_modifiers",
	OtherModifiers:              "other_modifiers",
	RelationalPersonNouns:       "relational_person_nouns",
	PeoplePlurals:               "people_plurals",
	AdjectiveGerunds:            "adjective_gerunds",
	InclusionMarkers:            "inclusion_markers",
	ProspectiveModifiers:        "prospective_modifiers",
	PluralMarkers:               "plural_markers",
	JointActVerbs:               "joint_act_verbs",
	JointActRoots:               "joint_act_roots",
	AccompanimentPhrases:        "accompaniment_phrases",
	MemberNouns:                 "member_nouns",
	InteriorPrepositions:        "interior_prepositions",
	PossessiveRelatives:         "possessive_relatives",
	ObjectRelatives:             "object_relatives",
	BodyNouns:                   "body_nouns",
	BodyMemberNouns:             "body_member_nouns",
	GroupPlurals:                "group_plurals",
	SpeakerNouns:                "speaker_nouns",
	WieldedNouns:                "wielded_nouns",
	TitleRoles:                  "title_roles",
	SoleOffices:                 "sole_offices",
	PhaseParticiples:            "phase_participles",
	PenaltyVerbs:                "penalty_verbs",
	LocativePrepositions:        "locative_prepositions",
	PerfectGerunds:              "perfect_gerunds",
	PairJoins:                   "pair_joins",
	RankTitles:                  "rank_titles",
	KinRoles:                    "kin_roles",
	StateFormNouns:              "state_form_nouns",
	TimePlurals:                 "time_plurals",
	ReporterKinds:               "reporter_kinds",
	ArmedGroupMembers:           "armed_group_members",
	CollectiveSpeakerPronouns:   "collective_speaker_pronouns",
	StateOrganKinds:             "state_organ_kinds",
	HeldPlurals:                 "held_plurals",
	AgentSingulars:              "agent_singulars",
	AgentPrepositions:           "agent_prepositions",
	LeaderTitles:                "leader_titles",
	DeputyWords:                 "deputy_words",
	Abbreviations:               "abbreviations",
	TitleAbbreviations:          "title_abbreviations",
	SentenceStarters:            "sentence_starters",
	Clitics:                     "clitics",
	NegatingLemmas:              "negating_lemmas",
	ResponseNouns:               "response_nouns",
	CompanionClausePreps:        "companion_clause_preps",
	PossessiveMarks:             "possessive_marks",
}
