// Package gazetteer holds the actors geoextract knows by name: countries,
// cities, people, organizations and events, each with a stable id, its
// country affiliation and every surface form that names it. It loads them
// from YAML, validates them with positioned errors, and compiles their
// names into an immutable matcher.
//
// # Format
//
// A gazetteer file is a YAML document with a list of entries:
//
//	entries:
//	  - id: KOR                 # countries: ISO 3166-1 alpha-3
//	    type: GPE
//	    name: South Korea
//	    country: KOR            # optional for countries (defaults to the id)
//	    aliases: [Republic of Korea, ROK, S. Korea]
//	    demonyms: [South Korean, South Koreans]   # tagged NORP, linked here
//	    capitals: [Seoul]       # tagged GPE, linked here (capital for government)
//	  - id: person/lee-jong-sup
//	    type: PERSON
//	    name: Lee Jong-sup
//	    country: KOR
//	    roles:
//	      - title: Defense Minister
//	        from: 2022-05-10
//	        to: 2023-10-06
//	  - id: org/nato
//	    type: ORG
//	    name: NATO
//	    aliases: [North Atlantic Treaty Organization]
//
// Fields:
//   - id (required): unique in the gazetteer. Countries use their ISO 3166-1
//     alpha-3 code; other entries use "kind/slug" ("person/ned-price",
//     "org/us-state-department", "city/andong", "event/korean-war").
//   - type (required): PERSON, GPE, ORG, LOC, NORP or EVENT.
//   - name (required): the canonical name; it is also matched in text.
//   - country: ISO alpha-3 code of the country the actor belongs to. Empty
//     for international organizations and their officials.
//   - aliases: other names of the same type.
//   - demonyms: nationality adjectives and nouns; matched as NORP.
//   - capitals: seats of government that stand for the entry in news
//     ("Seoul said"); matched as GPE.
//   - roles: offices held, each with a title, an optional country and
//     optional from/to dates (YYYY, YYYY-MM or YYYY-MM-DD).
//
// Unknown fields are errors. Errors carry file:line:col and every error in
// a file is reported, not just the first: Load and New return an
// [ErrorList]. Names, aliases, demonyms and capitals must contain a
// letter or digit; countries are three capital letters; dates must exist,
// and a role must not end before it starts (compared at the precision of
// the less precise date, so 2022-05 lies within 2022).
//
// # The world gazetteer and your own
//
// [Default] returns the world gazetteer embedded in the package: countries,
// their subdivisions and cities, people, organizations and events,
// generated from public sources by internal/gen. Files of your own,
// loaded with [LoadFile], extend or correct it through [Merge]: an entry
// of a later gazetteer replaces the entry with the same id, wholesale.
//
// # Matching
//
// [Gazetteer.MatchWords] and [Gazetteer.Match] find names in text. Every
// name, alias, demonym and capital is split into tokens by the project
// tokenizer (internal/text), and matched token by token against the words
// of the text:
//
//   - Words are compared folded: lower case, accents removed, curly
//     apostrophes made straight. "Côte d'Ivoire" matches "Cote d’Ivoire".
//     Punctuation tokens must be the same mark: "Lee Jong-sup" does not
//     match "Lee Jong–sup" with an en dash. Dots belong to their token, so
//     "U.S." and "US" are different names; list both.
//   - Each word then passes a case check against the name's spelling. A
//     name word in lower case matches any spelling ("the war in Korea"
//     matches "The war in Korea"). A name word starting with a capital
//     needs a capital first letter in the text, which includes all
//     capitals as in headlines: "Chad" matches "Chad" and "CHAD" but not
//     "chad". A name word of two or three capitals ("US", "UN", "EU") must
//     be in capitals in the text; one of four or more ("NATO") may also be
//     written with an initial capital ("Nato").
//   - The clitic 's is a token of its own, so "Japan's" contains a match
//     for "Japan".
//
// A match lists every entry it may refer to as a [Candidate]: names and
// aliases with their entry's type, demonyms as NORP and capitals as GPE.
// Candidates come in entry definition order, and within one entry as
// name, alias, capital, demonym.
//
// # Concurrency
//
// A Gazetteer is immutable once built and safe for concurrent use; its
// matcher is compiled on first use. The entries it hands out are shared
// and must not be modified.
package gazetteer
