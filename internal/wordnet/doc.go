// Package wordnet reads the database files of Princeton WordNet 3.0
// (data.noun, index.verb, ...; Debian's wordnet-base installs them in
// /usr/share/wordnet) for the generators that carry facts from WordNet into
// the library's embedded data: lemmas, synonym sets, hypernyms, derivations
// and lexicographer files, with the exception lists and morphy's
// detachment rules for irregular forms and the lemmas of inflected words.
// Nothing at run time reads WordNet, and no test reads the installed files:
// the tests use a few synsets of our own in testdata.
//
// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
// Its licence permits use, copy, modification and distribution with that
// notice; a data file generated from it carries the notice in its NOTICE.
package wordnet
