package syntax_test

import (
	"fmt"

	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
)

func ExampleParser_ParseTokens() {
	p, err := syntax.Default()
	if err != nil {
		panic(err)
	}
	s := "Tokyo summoned the ambassador."
	g := p.ParseTokens(s, text.Tokenize(s))
	for _, w := range g.Words {
		head := "ROOT"
		if w.Head >= 0 {
			head = g.Words[w.Head].Form
		}
		fmt.Printf("%s\t%s\t%s\t%s\n", w.Form, w.XPOS, w.Rel, head)
	}
	fmt.Println("passive:", g.Passive(g.Root()))
	// Output:
	// Tokyo	NNP	nsubj	summoned
	// summoned	VBD	root	ROOT
	// the	DT	det	ambassador
	// ambassador	NN	obj	summoned
	// .	.	punct	summoned
	// passive: false
}
