// Package english holds the English word classes that geoextract's
// entity tagger and relation extractor share: closed classes
// (determiners, prepositions, pronouns, auxiliaries), cue words (negations,
// report verbs, catenatives) and the small open lists (titles, organization
// and place heads) that their rules ask about. The classes are data, in
// data/words.yaml; Go code names a class by a [Class] constant and knows no
// English word by itself.
//
// The file maps each class name to a list of lower-cased words or phrases.
// A {verb: LEMMA} item stands for every form of a verb (generated with the
// exceptions of data/inflection.yaml), and a {class: NAME} item for every
// word of another class of the same file, so that a word both packages
// need is written once. A few classes map words to a value (a number or a
// CAMEO code). Unknown class names, words given twice, bad values and
// include cycles are errors at file:line:col.
//
// [Default] returns the embedded classes compiled into a [Table], loaded
// once: a map from each word to a bit set of its classes, so that asking
// about a word is one map access and a bit test.
package english
