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
// a file is reported, not just the first.
//
// # Matching
//
// Names are matched on whole tokens, case-insensitively and ignoring
// accents, with a case check: a name word written with an initial capital
// must be capitalized in the text (or the text must be all capitals, as in
// headlines), and an all-capitals name word such as "US" must appear in
// capitals. So "Chad" matches "Chad" and "CHAD" but not "chad".
package gazetteer
