package relation

import "strings"

// Closed word classes the extractor relies on when part-of-speech tags are
// missing, and the small open lists (actor nouns, titles) that tell an
// actor's noun phrase from a place or a thing.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	determiners = set(`a an the this these those that its their his her our my your some any each every
		both all several many few no another other such either neither`)

	possessivePronouns = set(`its their his her our my your`)

	subjectPronouns = set(`he she it they we i`)

	// referring are the words for which doc.Referent is asked.
	referring = set(`he she it they we him her them its his their our us`)

	// descriptionHeads are nouns that, after "the", may refer back to an
	// actor named earlier ("the country", "the enemy").
	descriptionHeads = set(`country nation government regime state kingdom republic military army
		enemy president leader minister administration island peninsula north south`)

	prepositions = set(`of in on at to from with by for against about over under into onto toward towards
		across through during after before since until between among amid amidst near along alongside
		without within upon via per despite like unlike including following regarding concerning
		behind beyond outside inside around throughout beside besides off out than as`)

	auxiliaries = set(`is are was were be been being am has have had having do does did will would shall
		should may might can could must 's 're 've 'd 'll ca wo`)

	beForms = set(`is are was were be been being am 's 're get gets got gotten getting`)

	modalIntended = set(`will would shall 'll wo`)
	modalPossible = set(`may might could`)

	negations = set(`not n't never`)

	adverbs = set(`also still already then now again just repeatedly reportedly further once soon later
		yet even jointly previously formally officially publicly recently routinely initially finally
		allegedly apparently subsequently eventually immediately currently earlier separately together
		first twice long often always usually successfully secretly effectively briefly quickly
		actually reluctantly duly equally`)

	// reportVerbs end a clause to their right: "X said Y did Z" makes Y
	// the subject of Z.
	reportVerbs = set(`say says said saying tell tells told telling add adds added adding state states
		stated note notes noted announce announces announced confirm confirms confirmed report reports
		reported claim claims claimed acknowledge acknowledges acknowledged believe believes believed
		think thinks thought explain explains explained quote quotes quoted quoting argue argues
		argued insist insists insisted suggest suggests suggested indicate indicates indicated
		stress stresses stressed write writes wrote according agree agrees agreed know knows knew
		hope hopes hoped deny denies denied admit admits admitted estimate estimates estimated
		reveal reveals revealed recall recalls recalled mention mentions mentioned remark remarks
		remarked declare declares declared`)

	subordinators = set(`because after before when while although though if unless since until whereas
		whether where so once as`)

	relativePronouns = set(`who which whom whose that where`)

	clauseStops = set(`; : but while whereas because although though unless`)

	// actorNouns head noun phrases that denote an actor, so that a
	// nationality before them names one ("Malian soldiers").
	actorNouns = set(`government governments troops troop forces force military militaries army armies
		navy navies officials official president presidents minister ministers counterpart counterparts
		leader leaders leadership spokesman spokeswoman spokesperson spokesmen police authorities
		authority administration embassy embassies ambassador ambassadors diplomat diplomats envoy envoys
		delegation delegations parliament lawmakers legislators soldiers soldier companies company firms
		firm negotiators chancellor secretary chief chiefs commander commanders regime ministry
		ministries court courts judge judges agency agencies side warplanes jets aircraft ships vessels
		warships submarine submarines guards guard coastguard intelligence cabinet premier king queen
		prince emperor monarch junta mediators rebels militants fighters insurgents separatists members member
		representatives representative delegates delegate mission missions consulate peacekeepers
		staff staffers head heads service services prosecutors prosecutor investigators investigator
		marines airmen sailors units unit battalion battalions brigade brigades division divisions
		planes aircrafts drones helicopters tanks artillery counterterrorism state-run media agency
		nationals national citizens citizen party parties coalition opposition speaker
		vessel ship warship plane jet drone helicopter tanker boat convoy boats gunboats speedboats
		balloon balloons missile missiles rocket rockets
		positions bases outposts posts`)

	// stateNouns name the organs of a state, which may be given by a place
	// after them: "police in Kenya", "officials in Lima".
	stateNouns = set(`police officials official authorities government troops forces military army navy
		leaders leader members president ministers minister diplomats ambassador envoy spokesman
		spokeswoman embassy delegation prosecutors courts court parliament lawmakers soldiers`)

	// titleWords may stand between a nationality and a name inside one noun
	// phrase ("South Korean Defense Minister Lee").
	titleWords = set(`foreign defense defence interior prime vice deputy first general secretary state
		minister president premier chancellor chief head senior top former acting newly elected
		ambassador envoy spokesman spokeswoman spokesperson army navy military security finance trade
		economy economic affairs justice home energy affairs external national special supreme
		commander lieutenant colonel major captain admiral marshal sergeant director secretary-general
		mr. mrs. ms. dr. gen. lt. col. maj. capt. adm. sen. rep. gov. pres. president-elect king queen
		prince sheikh emir ayatollah cardinal pope crown lord sir dame leader opposition party
		official officials representative delegate negotiator negotiators chief-of-staff staff
		joint chiefs visiting unnamed speaker`)

	// timeWords may stand between a verb and its subject or object.
	timeWords = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
		tomorrow week month year weekend morning afternoon evening night last this next earlier
		later recently`)

	weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
		"friday": 5, "saturday": 6}

	months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
		"sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12}

	// reciprocals make a symmetric event between the subject's parties.
	reciprocals = []string{"each other", "one another"}
)

func isPunct(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '\u201c' && r != '\u201d' && r != '\u2018' && r != '\u2019' && r != '\u2014' && r != '\u2013' {
			return false
		}
	}
	return true
}

func isQuote(w string) bool {
	switch w {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''":
		return true
	}
	return false
}

func isAdverb(w string) bool {
	return adverbs[w] || (len(w) > 4 && strings.HasSuffix(w, "ly") && !actorNouns[w])
}
