package english

// PluralSpelling reports whether w is spelled as a plural noun: it ends
// with a word of class plural_endings and with none of class
// singular_endings ("Afghans", "maniacs"; not "Swiss", "Chinese"). It
// reads the spelling only: callers add what else they need (a tag, a
// length, a case). This is the one place entity (a plural common noun
// tagged NN) and relation (a nationality used as a plural noun, an
// actor of its own) decide what a plural looks like.
func (t *Table) PluralSpelling(w string) bool {
	return t.HasSuffixIn(PluralEndings, w) && !t.HasSuffixIn(SingularEndings, w)
}
