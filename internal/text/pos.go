package text

// POS is a Penn Treebank part-of-speech tag. The zero POS is "unknown".
type POS uint8

// The Penn Treebank tags, plus Punct for punctuation marks that the
// treebank gives their own tags (, . : “ ” -LRB- -RRB- # $).
const (
	Unknown POS = iota
	CC          // coordinating conjunction
	CD          // cardinal number
	DT          // determiner
	EX          // existential there
	FW          // foreign word
	IN          // preposition or subordinating conjunction
	JJ          // adjective
	JJR         // adjective, comparative
	JJS         // adjective, superlative
	LS          // list item marker
	MD          // modal
	NN          // noun, singular or mass
	NNS         // noun, plural
	NNP         // proper noun, singular
	NNPS        // proper noun, plural
	PDT         // predeterminer
	POSS        // possessive ending ('s); "POS" in the treebank
	PRP         // personal pronoun
	PRPS        // possessive pronoun; "PRP$" in the treebank
	RB          // adverb
	RBR         // adverb, comparative
	RBS         // adverb, superlative
	RP          // particle
	SYM         // symbol
	TO          // to
	UH          // interjection
	VB          // verb, base form
	VBD         // verb, past tense
	VBG         // verb, gerund or present participle
	VBN         // verb, past participle
	VBP         // verb, non-3rd person singular present
	VBZ         // verb, 3rd person singular present
	WDT         // wh-determiner
	WP          // wh-pronoun
	WPS         // possessive wh-pronoun; "WP$" in the treebank
	WRB         // wh-adverb
	Punct       // punctuation
)

var posNames = [...]string{
	"", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
	"PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN",
	"VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ".",
}

var posByName = func() map[string]POS {
	m := make(map[string]POS, len(posNames))
	for i, n := range posNames {
		if i > 0 {
			m[n] = POS(i)
		}
	}
	for _, p := range []string{",", ":", "``", "''", "-LRB-", "-RRB-", "#", "$", "(", ")", "\"", "-", "-NONE-"} {
		m[p] = Punct
	}
	return m
}()

// ParsePOS converts a treebank tag to a POS; unknown tags give Unknown.
func ParsePOS(tag string) POS { return posByName[tag] }

// String returns the treebank spelling of the tag ("PRP$" for PRPS).
func (p POS) String() string {
	if int(p) < len(posNames) {
		return posNames[p]
	}
	return "?"
}

// IsNoun reports whether p is a common or proper noun tag.
func (p POS) IsNoun() bool { return p >= NN && p <= NNPS }

// IsProperNoun reports whether p is NNP or NNPS.
func (p POS) IsProperNoun() bool { return p == NNP || p == NNPS }

// IsVerb reports whether p is a verb tag (VB, VBD, VBG, VBN, VBP, VBZ).
func (p POS) IsVerb() bool { return p >= VB && p <= VBZ }

// IsAdjective reports whether p is JJ, JJR or JJS.
func (p POS) IsAdjective() bool { return p >= JJ && p <= JJS }
