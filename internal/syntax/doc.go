// Package syntax is geoextract's syntax layer: it tags, lemmatizes and
// parses English sentences into Universal Dependencies (UD v2) trees, and
// gives rule writers the dependency graph: dependents by relation,
// conjuncts and appositions expanded, passive voice, negation, the verb
// chain, and the byte span of a subtree.
//
// # Parser
//
// A transition-based parser (arc-eager, Nivre 2003) with an averaged
// perceptron over the rich non-local features of Zhang & Nivre (2011),
// trained with the dynamic oracle of Goldberg & Nivre (2012) (greedy) or
// with beam search and early update (Zhang & Clark 2008). Non-projective
// training trees are made projective by lifting. The trained weights are
// compiled into a read-only hash table of feature keys and sparse rows of
// (class, weight): parsing writes no map and allocates only its output.
//
// Tags come from a Tagger (package postag's model trained on the same
// treebanks) and lemmas from a Lemmatizer (package lemma). Tokens come
// from package text; ParseTokens splits the few tokens that the treebanks
// write as two words ("cannot"), as listed in closed.yaml with the
// negation words that Graph.Negated reads.
//
// # Training
//
// The model is trained on UD English-EWT and the openly licensed part of
// GUM (../shared/data/treebank; see NOTICE.md for their licences):
//
//	go run ./internal/syntax/train -treebank ../shared/data/treebank -out internal/syntax/parser.model
//
// Training is deterministic for a given seed (the default, 1).
package syntax
