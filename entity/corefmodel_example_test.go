package entity_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// WithCorefModel lets a trained antecedent ranker choose the actor of each
// pronoun and description among those the rules admit. It is off by
// default; DefaultCorefModel is the embedded ranker (see its package
// documentation for why it stays off).
func ExampleWithCorefModel() {
	g, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	m, err := entity.DefaultCorefModel()
	if err != nil {
		panic(err)
	}
	tagger := entity.NewTagger(g, entity.WithCorefModel(m)) // immutable: share it
	doc := tagger.Tag(entity.Input{Text: "Hamas fired rockets at Israel on Monday. The group said it would continue the attacks."})
	for _, r := range doc.References() {
		fmt.Printf("%-9s %-11s -> %s (%s)\n", r.Text, r.Kind, r.Name, r.ID)
	}
	// Output:
	// The group description -> Hamas (org/hamas)
	// it        pronoun     -> Hamas (org/hamas)
}

// LoadCorefModel reads a model that MarshalBinary wrote, as the trainer
// (go run ./entity/internal/corefrank -o FILE GOLD.jsonl...) does; a
// damaged file is an error, never a panic. The zero-weight model built
// here keeps every choice of the rules.
func ExampleLoadCorefModel() {
	data, err := entity.NewCorefModel(nil, map[string]float32{"dorg": 7.5}, 4.5).MarshalBinary()
	if err != nil {
		panic(err)
	}
	m, err := entity.LoadCorefModel(bytes.NewReader(data))
	if err != nil {
		panic(err)
	}
	margin, ok := m.Margin("dorg")
	fmt.Println(margin, ok, m.Override())

	_, err = entity.LoadCorefModel(strings.NewReader("not a model"))
	fmt.Println("error:", err != nil)
	// Output:
	// 7.5 true 4.5
	// error: true
}

// CorefDecisions records, for each pronoun and description the ranker
// would decide, the candidate actors the rules admit with their features
// and the rules' choice: the input of the trainer
// (entity/internal/corefrank), which labels each with the annotated actor.
func ExampleTagger_CorefDecisions() {
	g, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	doc, decisions := entity.NewTagger(g).CorefDecisions(entity.Input{Text: "Hamas fired rockets at Israel on Monday. The group said it would continue the attacks."})
	for _, d := range decisions {
		var names []string
		for _, c := range d.Candidates {
			names = append(names, doc.Entities[c.Entity].Name)
		}
		rule := "none"
		if d.Rule >= 0 {
			rule = names[d.Rule]
		}
		fmt.Printf("%q (%s): candidates %q, rules' choice %s\n", doc.Text[d.Start:d.End], d.Class, names, rule)
	}
	// Output:
	// "The group" (dorg): candidates ["Hamas"], rules' choice Hamas
	// "it" (thing): candidates ["Hamas" "Israel"], rules' choice Hamas
}
