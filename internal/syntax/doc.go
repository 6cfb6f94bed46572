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
// write as two words ("cannot"), as listed in closed.yaml; the negation
// words that Graph.Negated reads are the word class negating_lemmas of
// internal/english.
//
// # Training
//
// The model is trained on UD English-EWT and the openly licensed part of
// GUM (../shared/data/treebank; see NOTICE.md for their licences):
//
//	go run ./internal/syntax/train -treebank ../shared/data/treebank -gum-weight 2 -epochs 12 -out /tmp/full.model
//	go run ./internal/syntax/train -eval /tmp/full.model -prune 1 -out internal/syntax/parser.model -speed
//
// The trainer tags each training sentence with a tagger trained on the
// other three of four folds (jackknifing), so that the parser learns on
// the tags it will see; GUM sentences count twice (its news and interview
// genres are the closest to our input); 12 greedy epochs with the dynamic
// oracle (exploration from epoch 3) take about 5 minutes on one core.
// Pruning the averaged weights at 1.0 keeps 17 MB of the 40 MB model and
// doubles the speed. Training is deterministic for a given seed.
//
// Scores with gold tokenization and the tags of package postag,
// punctuation included (LAS on universal relations, as in the CoNLL 2018
// shared task; "full" counts subtypes too):
//
//	file             UAS     LAS     full LAS
//	ewt-dev          0.8530  0.8223  0.8206
//	ewt-test         0.8529  0.8237  0.8220
//	gum-dev          0.8423  0.8111  0.8090
//	gum-test         0.8387  0.8115  0.8097
//
// With gold tags the same parser reaches UAS 0.886 / LAS 0.872 on
// ewt-test: most of the remaining errors follow the tagger's (XPOS 0.946
// on ewt-test). A parser retrained on the tags of postag's bidirectional
// model (-tag-directions 2 with that model embedded; XPOS 0.9460 on
// ewt-test, 0.9587 on gum-test) scored
//
//	file             UAS     LAS     full LAS
//	ewt-dev          0.8520  0.8209  0.8193
//	ewt-test         0.8562  0.8272  0.8257
//	gum-dev          0.8439  0.8138  0.8115
//	gum-test         0.8415  0.8139  0.8112
//
// but it is not embedded: the relation scores on the tuning dev files
// dropped with it (see package postag). For comparison on EWT (gold tokenization, predicted
// tags): UDPipe 1.2 0.844 / 0.811, LIMA 0.879 / 0.847. A beam of 4
// (TrainOptions.Beam) adds about 0.5 UAS on GUM at a quarter of the
// speed.
//
// Tagging and parsing together run at about 70,000 tokens per CPU second
// on one core (trainer -speed over ewt-test and gum-test); the model loads
// in about 0.1 s (the file is not compressed: gzip saved a third of its
// bytes and doubled the load time).
package syntax
