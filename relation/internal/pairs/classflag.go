package pairs

// PairClasses is the flag of a model trained with the lexical-class
// features (relation.WithPairClasses): the CAMEO roots that
// relation/data/pairclasses.txt gives the lemmas joining a pair.
const PairClasses uint64 = 16

// ClassScope is the flag of a model that also reads the sentences with
// no trigger of the lexicon but a word of a lexical class
// (relation.WithPairClassScope).
const ClassScope uint64 = 32
