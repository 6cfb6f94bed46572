package relation

// Phrasing cases for the triggers generated from the CAMEO 2.0 dictionary
// (relation/data/petrarch.yaml): the event nouns of relation/internal/gen
// rules.yaml with their frames ("X's tour of Y", "a tour of Y by X",
// "pressure on Y") and a sample of the imported verbs of roots 08 and 19.
// Our own sentences; they join the phrasing table.
var cameoPhrasingCases = []phrasingCase{
	// ---- nouns
	{Consult, phActive, "possessive-tour-of", "Indian Prime Minister Narendra Modi's tour of France ended on Friday.",
		rels(rel("person/narendra-modi", Consult, "FRA").on("2022-06-10"))},
	{Consult, phActive, "tour-of-by", "A tour of Greece by Modi began on Monday.",
		rels(rel("person/narendra-modi", Consult, "GRC").on("2022-06-13"))},
	{Consult, phCoordinated, "began-a-tour-of-two", "Chinese President Xi Jinping began a tour of Kazakhstan and Uzbekistan.",
		rels(rel("person/xi-jinping", Consult, "KAZ"), rel("person/xi-jinping", Consult, "UZB"))},
	{Demand, phActive, "pressure-on", "Washington increased pressure on Pyongyang.",
		rels(rel("USA", Demand, "PRK"))},
	{Disapprove, phActive, "charges-against", "Prosecutors in Kyiv filed charges against Russia.",
		rels(rel("UKR", Disapprove, "RUS"))},
	{Disapprove, phActive, "possessive-objection-to", "Turkey's objection to Sweden's membership delayed the vote.",
		rels(rel("TUR", Disapprove, "SWE"))},
	{Disapprove, phActive, "censure-of", "The United Nations issued a censure of Myanmar.",
		rels(rel("org/un", Disapprove, "MMR"))},
	{ReduceRelations, phActive, "travel-ban-on", "The European Union imposed a travel ban on Belarus.",
		rels(rel("org/eu", ReduceRelations, "BLR"))},
	{Fight, phActive, "siege-of-by", "The siege of Mariupol by Russian forces lasted months.",
		rels(rel("RUS", Fight, "city/mariupol"))},
	{Fight, phActive, "assault-on", "The Russian assault on Kharkiv killed dozens.",
		rels(rel("RUS", Fight, "city/kharkiv"))},
	{ProvideAid, phActive, "contribution-to", "Germany made a contribution of 10 million euros to the United Nations.",
		rels(rel("DEU", ProvideAid, "org/un"))},
	{Appeal, phActive, "plea-to", "Zelensky made a plea to NATO for more weapons.",
		rels(rel("person/volodymyr-zelensky", Appeal, "org/nato"))},
	{IntentToCooperate, phActive, "possessive-commitment-to", "India welcomed Japan's commitment to Sri Lanka.",
		rels(rel("IND", DiplomaticCooperation, "JPN"), rel("JPN", IntentToCooperate, "LKA"))},
	{DiplomaticCooperation, phActive, "congratulations-to", "Biden sent congratulations to Israeli Prime Minister Naftali Bennett.",
		rels(rel("person/joe-biden", DiplomaticCooperation, "person/naftali-bennett"))},
	{Coerce, phActive, "arrest-warrant-for", "The International Criminal Court issued an arrest warrant for Putin.",
		rels(rel("org/icc", Coerce, "person/vladimir-putin"))},

	// ---- verbs
	{Yield, phActive, "set-free", "Iran set free two French citizens.",
		rels(rel("IRN", Yield, "FRA"))},
	{Yield, phActive, "ceded-to", "Serbia ceded control of the border crossing to Kosovo.",
		rels(rel("SRB", Yield, "XKX"))},
	{Yield, phNegated, "did-not-free", "Russia did not free the American journalist.",
		rels(rel("RUS", Yield, "USA").neg())},
	{Yield, phModal, "may-free", "Iran may free the French citizens.",
		rels(rel("IRN", Yield, "FRA").mod(Possible))},
	{Yield, phModal, "will-free", "The United States will free Iranian prisoners.",
		rels(rel("USA", Yield, "IRN").mod(Intended))},
	{Fight, phActive, "wounded", "Russian troops wounded three Ukrainian soldiers.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phPassive, "were-wounded-by", "Ukrainian soldiers were wounded by Russian troops.",
		rels(rel("RUS", Fight, "UKR"))},
	{Fight, phActive, "stormed", "Ukrainian forces stormed Russia's positions near Kherson.",
		rels(rel("UKR", Fight, "RUS"))},
	{Fight, phActive, "gunned-down", "Taliban fighters gunned down two Pakistani soldiers.",
		rels(rel("org/taliban", Fight, "PAK"))},
	{Fight, phActive, "skirmished-with", "Armenian troops skirmished with Azerbaijan on Monday.",
		rels(rel("ARM", Fight, "AZE").on("2022-06-13"))},
	{Fight, phCoordinated, "two-skirmished", "Armenian and Azerbaijani troops skirmished on the border.",
		rels(rel("ARM", Fight, "AZE"))},
}

func init() { phrasingCases = append(phrasingCases, cameoPhrasingCases...) }
