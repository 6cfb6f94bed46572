package relation_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/relation"
)

// kenya is a sentence whose only relation the rules miss ("strike ...
// against" is not a frame of the lexicon's strike) and the embedded
// relation model finds.
const kenya = "Kenya and its allies will strike again against al-Shabaab, the minister said."

// tagWorld tags s with the embedded world gazetteer, as the command does.
func tagWorld(s string) *entity.Document {
	g, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	return entity.NewTagger(g).Tag(entity.Input{Text: s})
}

// printRelations prints each relation briefly.
func printRelations(rs []relation.Relation) {
	for _, r := range rs {
		obj := "-"
		if r.Object != nil {
			obj = r.Object.Text
		}
		fmt.Printf("  %s %s(%s) %s [%s] %s\n", r.Subject.Text, r.Predicate, r.CAMEO, obj, r.Trigger.Text, r.Modality)
	}
}

// The trained relation model (DefaultModel, on by default) proposes
// relations between actors of a sentence that the rules relate in neither
// direction; WithModel(nil) leaves the rules alone.
func ExampleWithModel() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	m, err := relation.DefaultModel() // the embedded model, decoded once
	if err != nil {
		panic(err)
	}
	doc := tagWorld(kenya)
	fmt.Println("rules alone:")
	printRelations(relation.NewExtractor(lex, relation.WithModel(nil)).Extract(doc))
	fmt.Println("rules and model:")
	printRelations(relation.NewExtractor(lex, relation.WithModel(m)).Extract(doc))
	// Output:
	// rules alone:
	// rules and model:
	//   Kenya FIGHT(19) al-Shabaab [strike] intended
}

// LoadModel reads a model file written by the trainer
// (go run ./relation/internal/pairtrain -o FILE GOLD.jsonl...), here the
// one the package embeds; a file that is not a model is an error, never a
// panic.
func ExampleLoadModel() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	f, err := os.Open("data/pairs.model")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	m, err := relation.LoadModel(f)
	if err != nil {
		panic(err)
	}
	printRelations(relation.NewExtractor(lex, relation.WithModel(m)).Extract(tagWorld(kenya)))

	_, err = relation.LoadModel(strings.NewReader("not a model"))
	fmt.Println(err)
	// Output:
	//   Kenya FIGHT(19) al-Shabaab [strike] intended
	// relation: pairs: model: flate: corrupt input before offset 1
}

// Candidates lists the pairs of actors the relation model reads, with
// their features, for training a model on one's own annotations (the
// trainer relation/internal/pairtrain labels each pair with the gold
// relation of its sentence, or NONE). A pair the rules already relate is
// marked Ruled: the model does not read it.
func ExampleExtractor_Candidates() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	x := relation.NewExtractor(lex)
	for _, c := range x.Candidates(tagWorld(kenya + " Kenya's president met Uganda's leader.")) {
		var joins []string
		for _, j := range c.Joins {
			joins = append(joins, j.Text)
		}
		fmt.Printf("%s -> %s ruled=%t triggered=%t joins=%q cues=%v features>0=%t\n",
			c.Subject.Text, c.Object.Text, c.Ruled, c.Triggered, joins, c.Cues, len(c.Features) > 0)
	}
	// Output:
	// Kenya -> al-Shabaab ruled=false triggered=true joins=["strike"] cues=[FIGHT] features>0=true
	// al-Shabaab -> Kenya ruled=false triggered=true joins=["strike"] cues=[FIGHT] features>0=true
	// Kenya -> Uganda ruled=true triggered=true joins=["met" "president" "leader"] cues=[CONSULT] features>0=true
	// Uganda -> Kenya ruled=true triggered=true joins=["met" "leader" "president"] cues=[CONSULT] features>0=true
}
