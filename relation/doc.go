// Package relation extracts who-did-what-to-whom events between the actors
// that package entity finds, typed with CAMEO codes (the event taxonomy of
// GDELT, ICEWS and PETRARCH), with negation, modality and event dates.
//
//	lex, err := relation.DefaultLexicon() // embedded, loaded once
//	x := relation.NewExtractor(lex)       // immutable, share it
//	doc := tagger.Tag(entity.Input{       // package entity
//		Text: text,
//		Date: entity.Date{Year: 2022, Month: 6, Day: 13}, // publication date
//	})
//	for _, r := range x.Extract(doc) { // dates resolved against doc.Date
//		fmt.Println(r.Subject.Text, r.Predicate, r.Object)
//	}
//
// # How relations are found
//
// Each sentence is handled alone. Triggers from the lexicon are matched on
// its lower-cased tokens (leftmost, most specific first); a word that has
// both a verbal and a nominal entry ("visit", "attack") is read by its
// part-of-speech tag or, without tags, by the words around it. Small
// token-level state machines then find the participants:
//
//   - the subject of a verb is the actor phrase before its verb group
//     (auxiliaries, negation, adverbs, "plans to"), skipping appositives and
//     relative clauses ("Ortega, who landed in Havana late on Friday,
//     thanked"); a verb coordinated with an earlier one or a participle
//     after a comma takes the subject of its clause; "X said Y did Z" makes
//     Y the subject;
//   - the object is the actor phrase right after the verb (direct object) or
//     the one introduced by one of the trigger's prepositions ("met with",
//     "sanctions against"), or the subject of a "that" clause; a reaction
//     to an act targets the act's author ("condemned Russia's invasion",
//     "condemned the visit by X", "rejected a proposal from X"), a protest
//     the agent of its "after" clause, force against a thing its holder
//     ("captured a town held by X"); actors inside a pattern's gap are
//     objects ("suspended Mauritania's membership"); a time phrase may
//     stand before the object ("condemned on Thursday the attack"), and
//     a repeated preposition adds objects ("met with X and with Y");
//   - where the phrase after the trigger names no target, the clause
//     around it may (the roles, markers and roots in frames.yaml): the
//     party of a cause phrase ("severed ties over Qatar's support for
//     militants"), the author of what is supported, condemned or
//     rejected ("rejected the plan proposed by X"), the one a request is
//     made of ("called for a reaction from Brussels", "appealed for EU
//     support"), the one contacted ("met X, demanding a ceasefire"), the
//     one under pressure ("resigned under American pressure"); a
//     symmetric act pairs its subjects when its only object was a
//     document named inside it ("signed the New START treaty");
//   - passives swap them ("was attacked by X"); a passive whose subject
//     is no actor targets the subject's possessor ("Russia's proposal was
//     rejected by Ukraine") or its framed object ("was extradited to the
//     United States by Colombia"); a verb phrase of the lexicon is also
//     matched in the passive, noun first, when a "by" agent follows
//     ("sanctions on Iran were imposed by Canada", "relations with Taiwan
//     were severed by Nicaragua"); participles
//     after a noun ("a deal brokered by China" is China's, a consultation
//     with the parties of its clause); a nominal trigger takes its
//     subject from inside or before its phrase ("U.S. sanctions",
//     "Japan's occupation", "joint US-South Korea exercises"), from "by X",
//     "from X" ("criticism from France"), from "between X and Y", or else
//     from its clause, unless it is what talk is about ("discussed the
//     war") or what an appeal, demand or refusal asks for ("called for
//     dialogue between X and Y"); an event noun as a verb's subject stands
//     for its agent ("a U.S. drone strike killed ..."), and as the object
//     of a reaction its agent is the target ("condemned the attack on
//     Israel by Hamas");
//   - a participle or relative clause after another event's object noun is
//     not the subject's act ("vetoed a resolution condemning X"), unless
//     the noun is the subject's instrument ("signed a bill imposing
//     sanctions", "approved a resolution that imposes"); a purpose
//     infinitive shares the subject of the infinitive before it ("allowed
//     Russia to use its territory to launch"), a plan's infinitive is its
//     author's ("Moscow's plan to"), and the gerund of praise or blame the
//     object's ("congratulated Finland on joining NATO");
//   - coordinated actors ("and", "or", "nor", "as well as") give one
//     relation per pair ("neither X nor Y" negates); symmetric events
//     ("met", "clashed", "accused each other") between listed parties give
//     one relation per pair, the first-mentioned party as subject;
//   - a noun phrase of a nationality names an actor when it modifies an actor
//     noun ("Malian soldiers", "his Japanese counterpart"); within a phrase a
//     person or organization is preferred over a place or nationality
//     ("South Korean Defense Minister Lee Jong-sup" is Lee); a nationality
//     with no country ("Kurdish", "Arab") names a people, not an actor, and
//     a name before a common noun ("the Yasukuni shrine") a thing. An
//     actor phrase's opener, modifiers and head are read by entity's one
//     phrase reader ([entity.Document.Phrases]); what stands for the
//     actor is this package's policy on top of it. After a hyphen
//     modifier of class hyphen_modifiers a name is the phrase's actor
//     only when it leads, runs or owns the body (class
//     leader_hyphen_modifiers: "the Saudi-led coalition"); after a backer
//     or seat the names that follow are ("the UN-backed Libyan
//     government": Libya; with none, the backer stays). A name inside a
//     description that entity resolves to another organization stands
//     for that one ("the U.N. nuclear watchdog's board": the IAEA);
//   - pronouns and descriptions ("he", "its forces", "the country") stand
//     for the actor the document's references give them
//     ([entity.Document.References]), else [entity.Document.Referent],
//     wherever an argument is read: in the scanner's phrases, at the
//     parse's argument words and in its holder walks ("its decision");
//     the argument keeps the pronoun's or description's text and span and
//     takes the actor's id, name and country. Plural descriptions ("the
//     two presidents", "both leaders", "the two countries") and plural
//     references ("they" after two countries) give all their actors
//     ([entity.Document.Referents]), one coordinated argument (so "the two
//     presidents met" pairs them). A reference resolved to the other
//     argument's actor ("X praised him", him → X) gives no relation;
//
// A direct question (a sentence that opens with an auxiliary or a
// question word and ends in a question mark: "Will China attack Taiwan?")
// reports no event. Appeals, demands, refusals and threats absorb the events of their
// complements ("urged X to meet Y", "urged X to resume talks" are only
// appeals; "warned it could strike X" is a threat to X); the content of
// an accusation is no event ("accused Egypt of financing Sudanese
// rebels", "accused Moscow of air raids on Kharkiv" are one DISAPPROVE
// each), but what an actor is blamed for is one, done by it ("criticized
// China for selling weapons to Sudan"). A threat whose clause names only the threatener takes
// the target of the threatened act ("warned that Moscow could aim its
// missiles at Ukraine"); a vow to strike is a threat ("vowed to retaliate
// against X", lexicon field force). A condition set for another actor is a
// demand ("will boycott the talks unless Washington lifts ..."). Pure intent cues ("plans
// to", "is preparing to", "vowed to") give their complement's event the
// intended modality; intent triggers with a code of their own ("is ready
// to", "pledged to", "agreed to") are INTENT_TO_COOPERATE, asserted, when
// the complement is cooperation (roots 01-08) and give way to a hostile
// complement ("pledged to boycott" is REJECT, intended); an offer of troops
// is cooperation. Denials ("denied sending weapons") report nothing. "X says
// Y should/must ..." is an appeal or a demand by X, "X said Y has the right
// to ..." support, and "X said Y was the main enemy" or "X called Y a
// puppet" a verbal attack (a partner, an ally: praise). A report whose
// content blames another actor is a charge by its speaker, read off the
// parse: "X says Y is corrupt", "... undermines stability", "... has not
// cooperated", "... failed to stop", "according to X, Y violated" are X
// DISAPPROVE Y, "X says Y's plan is unacceptable" X REJECT Y; "X denied
// Y's charges" is X REJECT Y and Y DISAPPROVE X. Demands are read off the
// parse too: "X says Y needs to / has to / would have to ...", "X wants Y
// to ...", "X said talks could resume if Y changed ...", "X will resume
// deliveries if Y pays", "X said the aid is conditional on Y ending ..."
// are X DEMAND Y ("may need to": APPEAL), but not a permission ("need
// not"), a concession ("even if"), a hostile condition ("if Y attacks")
// or a question. So are stances: "X is opposed to Y's plan", "X considers
// Y's plan unacceptable", "X will not accept Y's proposal" are X REJECT Y;
// "X is concerned about / critical of Y", "X's concerns about Y's
// tests", "X called Y's decision irresponsible", "X describes Y's policy
// as dangerous" X DISAPPROVE Y. Their roles and codes are data
// (data/accuse/accuse.yaml), their words classes of the English word list.
// A user file merges over the embedded one as a frames file does
// ([LoadAccusals], [WithAccusals]): each key it gives replaces that key's
// list, and a one-code key given no code switches its reading off.
// Threats are always asserted; a conditional sanction ("may impose
// sanctions if ...") is a threat. "will", "would" make an event intended;
// "may", "might", "could" possible; an "if" clause hypothetical; "not",
// "never", "no longer", "has yet to", "failed to", "declined to",
// "stopped short of", "ruled out" negate it ("did not rule out" makes it
// possible). A refusal
// is a rejection and its refused act is reported too, negated ("refused
// to sign an accord with X": REJECT and DIPLOMATIC_COOPERATION negated).
//
// Within a sentence, one relation is kept per subject, predicate and
// object; an untargeted event yields to the same one with a target ("sent
// warships toward Taiwan in a show of force"), and a show of force to a use
// of force against the same party ("crossed into X and clashed with X's
// troops": force posture is an incursion without combat).
//
// Which roots behave in which of these ways (a complement absorbed by an
// appeal, demand, accusation, refusal or threat; a cooperative act
// absorbed by an intent; a show of force subsumed by force; a consult
// taking its counterpart from the clause ...) is data too:
// data/roots/roots.yaml maps each named behaviour to its two-digit CAMEO
// roots, read once and checked (an unknown behaviour or root is an error
// at its file:line:col); no Go code branches on a named root. A user
// file merges over the embedded one ([LoadRoots], [WithRoots]): each
// behaviour it gives applies to exactly its roots, the others stay. Some
// behaviours are built, tested and left empty by measurement (roots.yaml
// gives each one's scores): drops_source (a news organization is the
// source of a report, no party of its events), read_once (one record
// for a pair the relation model reads both ways) and co_agents_cooperate
// (the subjects of one act against a target cooperate with each other);
// a roots file switches them on.
//
// Dates: "on Sunday", "yesterday", "last week", "this year", "next
// month" are resolved against the publication date; "in August 2019",
// "on 3 March", "in 2018" are taken as written; a date after "since",
// "until" or "by" is not the event's. Each relation gets the date
// expression nearest its trigger, at the precision written. A weekday or
// a month without a year is the last one for a reported event and the
// coming one for an intended, hypothetical or possible one ("will meet
// on Friday", "could visit in March").
//
// # The parse fallback
//
// Where the scanner finds no subject or no object for a verbal trigger,
// the sentence is parsed into a Universal Dependencies graph (the embedded
// parser of internal/syntax, loaded once per process on first use; each
// sentence at most once, and only when a trigger lacks an argument and
// the sentence has an actor that is not yet one) and the missing argument
// is read off the graph along the roles of data/frames/frames.yaml: the
// subject along nsubj (or that of the verb it is coordinated with), the
// object along obj and iobj, a prepositional frame ("met with") along obl
// with a case child of that preposition, each expanded through conjuncts
// and appositions. A graph word stands for the mention on it, else for
// the mentions on its flat, compound or appos dependents (and an actor
// noun's nmod: "the President of the French Republic Mr. Emmanuel
// Macron", "Presidents William Ruto of Kenya and Yoweri Museveni of
// Uganda"), else for the actor its phrase was resolved to. A noun trigger
// that has a subject but no object and hangs along obl with "during" or
// "despite" from a verb takes that verb's subject as its object ("Kenya
// granted India landing rights during a visit by Narendra Modi": Modi 04
// Kenya), or along obl with "over" for a noun of disapproval, rejection
// or protest ("joined NATO over Moscow's objections"), and so does one
// that is the object of a verb of receiving or undergoing ("India
// accepted an invitation from Japan", "Syria suffered an Israeli air
// strike") or, for an act addressed to someone, of a verb of answering
// ("Seoul welcomed Tokyo's apology"). A noun trigger also takes
// its subject from a light verb whose object it is, up through the verbs
// that verb complements ("Chavez plans to make a trip to Moscow"), from
// the main clause after a subjectless clause that holds it ("Speaking on
// a trip to London, Chavez said"), from
// its possessor, from a genitive when it takes no "of" object ("the
// visit of the Chinese president to Kenya"), from a "from" phrase after
// its own phrases ("pressure on Iran from the United States"), from a
// light-verb participle after it ("the attack carried out by X on Y") or
// the passive light verb it is the subject of ("an air strike was
// carried out on Syria by Israel"), from the noun it modifies ("X's bombing
// campaign against Y") or the noun trigger it is coordinated with ("X's
// condemnation and boycott of Y"), or, for a meeting, visit or talks in
// a phrase of a verb marked by a word of companion_clause_preps, from
// that verb's subject ("X said after a meeting with Y", "In a visit to
// Tokyo, X promised"; companion_clause); one that is the object of a verb of
// cancelling is reported negated ("postponed talks with X"). An
// infinitive complementing an intent noun is done by the noun's holder
// ("Kenya praised the decision of the African Union to deploy troops":
// the AU deploys; noun_control_tags). Where the tagger reads a verb
// entry's word as a noun, the parse's VERB keeps the verb reading
// ("Washington rules out any talks"; verb_reading_tags). Which roles
// are followed is data; those that did not raise F1 on the tuning data
// (passive agent and patient, the "from" phrase of an actor noun, and a
// noun trigger's "by" agent and framed nmod object) are present but
// empty. A word that names no actor stands for the one it holds along the holder
// roles ("shelled areas of northern Iraq"; not from an event noun, "the
// burning of"). The subject walks from the trigger along conj (to the
// reporting verb instead when the conjunct's form cannot share the
// reported verb's: "says Y is planning attacks and urged Z"), relative
// clauses (the noun they modify, its conjunct nearest the clause unless
// the clause is plural) and, where switched on, xcomp (the head's object
// controls, else its subject). The parse also overrides the
// scanner where a policy of frames.yaml says so: held_theme gives a
// trigger with a prepositional frame that frame's party instead of an
// actor that only modifies its direct object ("bought French jets from
// India": India), reading a phrase the parser hangs from the object as
// the verb's; other_clause replaces a subject that lies in another
// clause than the trigger's ("X said Y was arming rebels and urged Z").
// Shared acts add subjects: "X joined Y in imposing sanctions" and "X,
// along with Y, imposed sanctions" are Y's act too (and the joining of a
// material act a cooperation with Y).
// WithParse(false) turns the fallback off; it costs about 2x the time of tagging and extracting the example article.
//
// # The relation model
//
// After the rules, a trained classifier (data/pairs.model; see
// data/NOTICE.md for its training data and scores) reads every ordered
// pair of distinct actors of a sentence with a lexicon trigger that the
// rules relate in neither direction (at most 8 actors a sentence), from
// the pair's parse (the path between the two, the word joining them, the
// words between), the actors' kinds and what the rules found in the
// sentence, and proposes a relation when a CAMEO root beats NONE by the
// model's margin: the root's code, the joining word as trigger, modality
// and negation read as for the rules, a symmetric root once per pair. A
// pair joined through a trigger the rules read as no event at all (a
// question, what is believed, feared or denied) is not read. It is on by
// default; WithModel(nil) turns it off, WithModel(m) with m from
// LoadModel uses one trained on one's own annotations
// (relation/internal/pairtrain). Cross-validated on 706 annotated news
// texts it adds one relation for every 12 the rules give, 45 % of them
// right (0.011 F1).
//
// # Limits and cost
//
// Extract takes time and memory linear in the document's length: it indexes
// the document's mentions once, and within a sentence the questions asked
// for every pair of triggers or every token (is there a clause boundary
// between them, where does this clause start) are answered from tables
// filled in one pass over the words. The work within one sentence still
// grows faster than its length, so a sentence longer than 200 tokens (a
// run-on text the sentence splitter could not cut: a list, a table, a
// transcript without punctuation; the longest sentence of the dev sets has
// 86) is read as consecutive windows of at most 200 tokens, each cut after
// the last comma, semicolon or colon of its second half when it has one.
// Each window is read as a sentence of its own; a relation found in one
// still gives the whole sentence as its Sentence.
//
// # Lexicon format
//
// A lexicon is a YAML mapping with two keys, both optional: triggers, a
// list of entries, and words, additions to the word classes (below):
//
//	triggers:
//	  - verb: meet                 # a verb lemma; all inflections are generated
//	    cameo: "04"                # CAMEO code, the root (01-20) or a finer one ("163")
//	    object: [direct, with]     # how the object is introduced
//	    symmetric: true            # "A and B met" gives A-B
//	  - verb: hold
//	    then: "... talks|meeting"  # words that must follow; "..." skips up to 5 tokens
//	    cameo: "04"
//	    object: [with]
//	  - noun: missile test         # a noun; its last word is inflected (tests)
//	    cameo: "15"
//	    nullable: true             # the event may have no object
//	    object: []
//	  - word: willing to           # literal words, not inflected
//	    cameo: "03"
//	    complement: intended       # the "to" complement carries the event
//	    object: [any]
//
// Fields:
//
//   - verb, noun, word: exactly one; the trigger's words. For a verb the
//     first word is inflected (meets, met, meeting; irregular verbs are
//     known), for a noun the last (test, tests); a word is taken literally.
//   - forms: extra spellings of the inflected word.
//   - then: words after the trigger's own: space-separated, "a|b"
//     alternatives of one word, "(a b|c d)" alternatives of several words
//     (a plain last word of four letters or more also matches its other
//     number: "agreement" matches "agreements", "(rescue team|medics)"
//     "rescue teams"); alternatives next to other words are written in
//     parentheses ("on (high|full) alert"): bare, "a b|c d" is an error, as
//     it could be read either way. "..." stands for a gap of
//     up to 5 tokens that does not cross punctuation, a verb or a
//     negation (class negations or negation_phrases, not
//     additive_phrases: "ordered the ambassador not to leave" is no
//     "order ... ambassador ... to leave"; "has not held talks" is the
//     negated "held talks"; "signed not only an agreement" holds). Time
//     words and a few adverbs may stand between the words of a phrase
//     anyway ("agreed on Monday to"). Actors inside a gap are the object
//     of a verb ("granted Ukraine candidate status") and the participants
//     of a noun ("joint US-South Korea exercises").
//   - cameo: the CAMEO code, two to four digits whose first two are 01-20.
//     Required unless complement is given (a pure modality cue such as
//     "plans to").
//   - object: the frames that introduce the object: "direct" (the phrase
//     right after the verb), "that" (the subject of a that-clause), "any"
//     (the first actor after the trigger in its clause, not a topic or a
//     place), "clause" (when no other frame finds one, the first such
//     actor of a that-clause or a clause with a modal after the trigger,
//     not the subject itself: "warned that oil prices would soar if X
//     attacked") or prepositions ("with", "against"; the class
//     prepositions, to which the file's words: may add); any other word is
//     an error. Default [direct] for verbs and words, none for nouns.
//   - person: the CAMEO code to use instead when the subject is a person
//     (a leader "attacking" a country does so in words: "11").
//   - by_kind: a mapping from gazetteer kinds of the subject to the CAMEO
//     code to use instead (after person:). CAMEO separates some acts by
//     who does them: a state, its forces or police that capture or detain
//     a person arrest them (17), a non-state armed group abducts them (18):
//     {verb: capture, cameo: "17", by_kind: {armed-group: "181"}}. The
//     subject's kind is its linked gazetteer entry's; an unnamed armed
//     actor ("the militants", WithUnnamedActors) is an armed-group; a
//     pronoun or description resolved to an entity takes that entity's;
//     a person named with the organization they serve, just before their
//     office ("Taliban commander Mullah Omar"), takes the organization's.
//     A subject of unknown or unlisted kind keeps the entry's code. The
//     keys are the kinds of package gazetteer (country, military,
//     armed-group, ...); another key or a bad code is an error.
//   - object_kind: the same mapping for the object's kind (after
//     by_kind): support for a non-state armed group is material, "06",
//     not verbal; killing or firing on one person is an assault, "18".
//     A person the gazetteer does not know is a person; an unnamed
//     object or one of unknown or unlisted kind keeps the code.
//   - by_prep: a mapping from the preposition before the object to the
//     CAMEO code to use instead: missiles fired or troops sent "into" an
//     actor are force used on it, "19"; "toward" it, a show of force.
//   - bare: the CAMEO code to use instead when no infinitive ("to" and
//     a verb) follows the trigger in its sentence: "called on the
//     minister" is a visit, "04"; "called on X to halt" keeps the
//     entry's code. A threat or a force: code wins over it.
//   - force: with complement, the CAMEO code to use instead when the
//     complement is coercion or violence (roots 17-20): "vowed to
//     retaliate against X" is a threat, "13", asserted.
//   - target: org: the object must be an organization ("joined NATO").
//   - target: state: an object that is a place must stand for a state (a
//     country, territory or governed region, or its capital); a town,
//     province or site, or a place the gazetteer does not know, is only
//     where the act happens ("toured Da Nang"). Persons and organizations
//     are kept.
//   - roles: the dependency roles along which the parse fallback reads
//     the entry's subject and object where the scanner finds none, a
//     mapping from subject or object to lists of UD relations, each
//     optionally with the preposition that marks the dependent after a
//     colon: {subject: ["nmod:poss", "nmod:from"], object: ["obl:against"]}.
//     A side given replaces the global roles of data/frames/frames.yaml
//     for that side, in both voices; a side left out keeps them. An
//     unknown side or relation is an error.
//   - nullable: the event may have no object (force posture, mass violence).
//   - symmetric: the participants are interchangeable (meet, clash).
//   - complement: intended or possible: the trigger takes a "to"
//     complement whose event gets that modality; denied: the events of the
//     complement are denied and not reported ("denied sending weapons");
//     negated: the first event of the complement is reported negated
//     ("refused to sign", and with no cameo a pure cue: "declined to");
//     believed: the complement is what the subject believes, suspects,
//     fears or doubts, or what nothing shows, and its events (a clause's,
//     or the one of a phrase or a noun object) are not reported
//     ("suspicions that X is developing weapons", "suspected of bombing",
//     "fears an attack on Y", "no evidence that X attacked Y").
//
// Unknown fields, bad values and duplicate entries are errors; every error
// is reported with its file:line:col (see [ErrorList]). Entries of a later
// lexicon given to [MergeLexicons] replace those of earlier ones with the
// same kind, words and then.
//
// # Word classes
//
// Everything else the extractor knows about English is data too:
// internal/english/data/words.yaml names the classes it asks about
// (determiners, prepositions, negations, negation_phrases, catenatives,
// fail_verbs, report_verbs, conditionals, coordinators, months, the
// one-word classes of structural roles such as infinitive_marker or
// agent_marker …), each a list of lower-cased words or phrases; a
// {verb: LEMMA} item stands for every form of the verb, a {class: NAME}
// item for every word of another class of the same file (the file is
// shared with package entity, whose classes it also holds), and a few
// classes map words to a value (months and weekdays to their number,
// character_nouns and obligation_modals to a CAMEO code). The exceptions
// to inflection (irregular verbs and plurals) are in
// internal/english/data/inflection.yaml. A lexicon adds words to the
// classes under words:, with no Go change:
//
//	words:
//	  negations: [hardly]                  # "Kenya hardly met Somalia" is negated
//	  negation_phrases: [far from]         # so is "is far from recognizing"
//	  catenatives: [{verb: neglect}]       # "neglected to" shares its subject
//	  fail_verbs: [{verb: neglect}]        # and negates the event after it
//	  months: {brumaire: 11}
//
// A class name the extractor does not know, a word given twice in a class,
// a word not in lower case or a bad value is an error at its
// file:line:col. Words are only added: a merged lexicon ([MergeLexicons])
// has the embedded classes and the additions of every lexicon merged.
//
// The embedded default lexicon (relation/data/*.yaml) covers every CAMEO
// root with the common news verbs and nouns for it; data/petrarch.yaml is
// generated by relation/internal/gen from the PETRARCH CAMEO dictionary,
// and data/nominal.yaml by the same command: the event nouns of the
// lexicon's verbs ("invasion" of invade, "a call on" of call on), from
// the derivation table internal/gen/nominalizations.yaml.
package relation
