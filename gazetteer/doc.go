// Package gazetteer holds the actors geoextract knows by name: countries,
// cities, people, organizations and events, each with a stable id, its
// country affiliation and every surface form that names it. It loads them
// from YAML, validates them with positioned errors, merges several files
// in order, and compiles their names into an immutable matcher.
//
// # Format (version 1)
//
// A gazetteer file is a YAML mapping with up to three keys: version,
// entities and ambiguous. testdata/example.yaml in this package is an
// annotated example; in short:
//
//	version: 1
//	entities:
//	  - id: KOR                     # countries: ISO 3166-1 alpha-3
//	    type: GPE
//	    kind: country
//	    name: South Korea
//	    aliases: [Republic of Korea, ROK, S. Korea, Korea]
//	    demonyms: [South Korean, South Koreans]   # tagged NORP, linked to KOR
//	    capital: Seoul              # a string, or a list for several seats
//	    capital_aliases: [Seoul Special City]
//	    government: [republic, presidential-republic]
//	    attributes: {iso2: KR, numeric: "410"}
//	  - id: person/lee-jong-sup
//	    type: PERSON
//	    name: Lee Jong-sup
//	    country: KOR
//	    roles:
//	      - {title: Defense Minister, from: 2022-05-10, to: 2023-10-06}
//	      - {title: Ambassador, of: AUS, from: 2024-03-04, to: 2024-03-29}
//	  - id: org/united-nations
//	    type: ORG
//	    kind: igo
//	    name: United Nations
//	    aliases: [UN, U.N.]
//	    epithets: [the world body]  # a description, not a name
//	  - {id: PRK, type: GPE, kind: country, name: North Korea, aliases: [DPRK, Korea]}
//	ambiguous:
//	  - form: Korea
//	    ids: [KOR, PRK]
//
// Top-level keys:
//   - version: optional; when present it must be 1.
//   - entities: the list of entities (format v0 called it entries; that
//     key is now an error that says so).
//   - ambiguous: forms that several entities share on purpose, each with
//     the form and the ids of at least two entities of the same file.
//
// Entity fields:
//   - id (required): unique in the file. Countries and territories use
//     their ISO 3166-1 alpha-3 code; other entities a stable "kind/slug"
//     ("person/ned-price", "org/united-nations", "city/andong",
//     "event/korean-war"). In the default data, when two sources turn
//     out to name one person, the entries are merged and one id stays;
//     data/merged-people.tsv lists each id so removed with the id that
//     took its place.
//   - type (required): PERSON, GPE, ORG, LOC, NORP or EVENT ([Type]).
//   - kind: a finer class, a lower-case slug ([Kind]): country,
//     territory, state, city, capital, region, place, igo, ngo,
//     government-body, military, armed-group, party, company, media,
//     forum, person, group, event, or any other well-formed slug. Left
//     out, it is derived: from the id's prefix when that names a known
//     kind ("city/..." is a city, "person/..." a person, "state/..." a
//     state, "gpe/..." a region, "loc/..." a place, "norp/..." a group,
//     "event/..." an event); else a GPE whose id is a country code is a
//     country, a PERSON a person and an EVENT an event; anything else
//     (an "org/..." may be many things) stays of unknown kind ("").
//   - name (required): the canonical name; it is also matched in text.
//   - country: ISO alpha-3 code of the country the actor belongs to; a
//     territory's sovereign state. Empty for international bodies and
//     their officials. A GPE whose id is a country code defaults to
//     itself.
//   - aliases: other names of the same type.
//   - demonyms: nationality adjectives and nouns; matched as NORP and
//     linked to the entity.
//   - capital: the seat or seats of government (a string or a list), and
//     capital_aliases their other names. Both are metonyms of the entity
//     in news ("Seoul said" is South Korea): matched as GPE, linked to it.
//   - epithets: stock descriptions news uses for the actor, each with
//     its determiner ("the Western alliance", "the Hermit Kingdom", "the
//     U.N. nuclear watchdog"). They are no names and are not matched as
//     mentions; package entity reads a definite description equal to one
//     as a reference to the actor named before it, or to the only actor
//     of the gazetteer with that epithet. An epithet has two words or
//     more, and an entity lists none twice; several entities may share
//     one ("the bloc").
//   - government: a GPE's forms of state, lower-case slugs, none twice
//     (see Government below).
//   - roles: offices held, each with a title, optional of (the id of the
//     entity the office belongs to, a country code or an id such as
//     org/united-nations; empty means the entity's own country) and
//     optional from and to dates (YYYY, YYYY-MM or YYYY-MM-DD; an open end
//     means still held). A role holds only for documents dated inside it
//     ([Role.Holds]).
//   - attributes: free facts as a mapping of names to plain strings
//     ({iso2: KR}); nested values are errors. One is read: a person's
//     gender ([GenderAttribute]: male or female, m or f; any other value,
//     or a gender on another type, is an error), which the entity package
//     uses to resolve he and she. The world data states no gender.
//   - merge: replace (the default), extend or remove; see Merging below.
//
// # Government
//
// The government field says what form of state a country is, so that a
// description naming a form ("the kingdom", "the emirate", "the Islamic
// republic") is read only as a country of that form (package entity; its
// table is the state_form_nouns class of internal/english). A form is any
// lower-case slug; the world data uses, from the CIA World Factbook's
// government type, conventional long name and chief of state's title:
//
//   - monarchy, absolute-monarchy, constitutional-monarchy: the government
//     type says monarchy (a Commonwealth realm's too);
//   - kingdom, emirate, sultanate, principality, grand-duchy: the long
//     name says so ("Kingdom of Bahrain", "United Arab Emirates", "Sultanate
//     of Oman") or the chief of state is a King, Queen, Amir, Emir,
//     Sultan, Prince or Grand Duke in person (not represented by a
//     governor general);
//   - republic: the government type or the long name says republic;
//     islamic-republic: the long name says Islamic Republic;
//   - theocracy: the government type says theocratic;
//   - communist-state: the government type says communist.
//
// An entry without the field is of unknown form: no description excludes
// it. A user's file may set or extend the list.
//
// # Errors
//
// Load, LoadFile and Build report every problem of a file at once, as an
// [ErrorList] sorted by position, each error formatted file:line:col:
// message. Checked: YAML syntax; unknown fields (with a hint for renamed
// ones); missing or duplicate ids; missing names and types; unknown
// types; malformed kinds, countries, role ofs and attributes; dates that
// do not exist and roles that end before they start; empty names,
// aliases, demonyms and capitals; and every form (name, alias, capital or
// capital alias, compared as [Fold] does, so case and accents do not
// count) that two entities claim without an ambiguous entry listing them
// both. Ambiguous entries must name existing ids. Bad input never panics.
//
// # Ambiguity
//
// A declared form stays in every entity that claims it. The matcher lists
// every candidate for it ([Match.Candidates]), and [Gazetteer.Ambiguous]
// says which ids share it; the tagger (package entity) resolves such a
// mention by context or leaves it unlinked, never guessing silently.
// Demonyms are not compared: a nationality word is the data's judgement.
//
// # Merging
//
// Several gazetteers combine with [Merge], in order, so that a user's file
// corrects and extends the embedded world data. An entity of a later
// gazetteer acts on the entity with its id in the earlier ones by its
// merge field:
//
//   - replace (the default): it replaces the earlier entity wholesale
//     (nothing of the earlier one is kept), or is added when the id is
//     new;
//   - extend: its aliases, demonyms, capitals, capital aliases, epithets,
//     government forms, roles and attributes are added to the earlier entity's, without repeats; the
//     scalars it gives (type, kind, name, country) override, and a changed
//     name keeps the old one as an alias. Only the id is required;
//   - remove: the earlier entity is deleted. Only the id is given.
//
// A patch (extend without a type and a name, or remove) is not an entity
// of its own file; Merge reports one whose id no earlier gazetteer
// defines. Entities keep the position of the first gazetteer that defines
// their id; new ids follow in order. Ambiguous declarations are combined.
// Forms shared across files are not checked: the matcher lists both. An
// entity that replaces an earlier one under a different name, dropping
// the earlier names (FRA as "Frankreich" alone), is allowed but recorded
// as a warning ([Gazetteer.Warnings]) that suggests merge: extend.
//
// # The world gazetteer and your own
//
// [Default] returns the world gazetteer embedded in the package
// (data/world.yaml, compiled to data/world.bin so that it loads without
// parsing YAML): every ISO 3166-1 country and territory, their
// subdivisions and cities, people with dated roles, international
// organizations, parties, forces and events, generated by internal/gen
// from ISO 3166-1 (Debian's iso-codes), the CIA World Factbook, the
// PETRARCH/Phoenix dictionaries and the project's curated files (see
// data/NOTICE.md). Files of your own, loaded with [LoadFile], are merged
// over it with [Merge]. A file holds at most [MaxFileSize] bytes (64 MB,
// about two million aliases); files in the block style of the world data
// are read by a fast parser, others by yaml.v3, up to 16 MB.
//
// # Matching
//
// [Gazetteer.MatchWords] and [Gazetteer.Match] find names in text. Every
// name, alias, demonym, capital and capital alias is split into tokens by
// the project tokenizer (internal/text), and matched token by token
// against the words of the text:
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
// A match lists every entity it may refer to as a [Candidate]: names and
// aliases with their entity's type, demonyms as NORP and capitals as GPE.
// Candidates come in entity definition order, and within one entity as
// name, alias, capital, demonym.
//
// # Concurrency
//
// A Gazetteer is immutable once built and safe for concurrent use; its
// matcher is compiled on first use. The entries it hands out are shared
// and must not be modified.
package gazetteer
