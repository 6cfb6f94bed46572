package postag_test

import (
	"fmt"

	"github.com/geoextract/geoextract/internal/postag"
)

func ExampleModel_Tag() {
	m, err := postag.Default()
	if err != nil {
		panic(err)
	}
	words := []string{"Kenya", "signed", "the", "accord", "."}
	for i, t := range m.Tag(words, nil) {
		fmt.Println(words[i], t.XPOS, t.UPOS)
	}
	// Output:
	// Kenya NNP PROPN
	// signed VBD VERB
	// the DT DET
	// accord NN NOUN
	// . . PUNCT
}
