package relation_test

import (
	"fmt"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/text"
	"github.com/geoextract/geoextract/relation"
)

// analyze stands in for entity.Tagger.Analyze: it tokenizes s and marks
// the given names as mentions.
func analyze(s string, names map[string]entity.Mention) *entity.Document {
	toks := text.Tokenize(s)
	doc := &entity.Document{Text: s}
	for _, tk := range toks {
		doc.Tokens = append(doc.Tokens, entity.Token{Start: tk.Start, End: tk.End, Text: tk.Text})
	}
	for _, se := range text.Sentences(s, toks) {
		doc.Sentences = append(doc.Sentences, entity.Sentence(se))
	}
	for i := 0; i < len(toks); i++ {
		for j := len(toks); j > i; j-- {
			m, ok := names[s[toks[i].Start:toks[j-1].End]]
			if !ok {
				continue
			}
			m.Start, m.End, m.First, m.Last = toks[i].Start, toks[j-1].End, i, j
			m.Text = s[m.Start:m.End]
			doc.Mentions = append(doc.Mentions, m)
			i = j - 1
			break
		}
	}
	return doc
}

func Example() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	x := relation.NewExtractor(lex)
	doc := analyze("Seoul scrapped an intelligence-sharing agreement with Japan in August 2019. "+
		"North Korea may conduct a nuclear test on Sunday.",
		map[string]entity.Mention{
			"Seoul":       {Type: entity.GPE, ID: "KOR", Name: "South Korea", Country: "KOR"},
			"Japan":       {Type: entity.GPE, ID: "JPN", Name: "Japan", Country: "JPN"},
			"North Korea": {Type: entity.GPE, ID: "PRK", Name: "North Korea", Country: "PRK"},
		})
	doc.Date = entity.Date{Year: 2022, Month: 6, Day: 13} // the publication date (entity.Input.Date)
	for _, r := range x.Extract(doc) {
		obj := "-"
		if r.Object != nil {
			obj = r.Object.Text
		}
		fmt.Printf("%s %s(%s) %s [%s] %s %s\n", r.Subject.Text, r.Predicate, r.CAMEO, obj, r.Trigger.Text, r.Modality, r.Date)
	}
	// Output:
	// Seoul REDUCE_RELATIONS(16) Japan [scrapped an intelligence-sharing agreement] asserted 2019-08
	// North Korea EXHIBIT_FORCE_POSTURE(15) - [conduct a nuclear test] possible 2022-06-19
}

func ExampleLoadLexicon() {
	src := `
triggers:
  - verb: snub               # snubs, snubbed, snubbing
    cameo: "12"
    object: [direct]
  - verb: hold
    then: "... summit"
    cameo: "04"
    object: [with]
    symmetric: true
`
	lex, err := relation.LoadLexicon(strings.NewReader(src), "mine.yaml")
	if err != nil {
		panic(err)
	}
	def, _ := relation.DefaultLexicon()
	merged, _ := relation.MergeLexicons(def, lex)
	x := relation.NewExtractor(merged)
	doc := analyze("Peru snubbed Chile.", map[string]entity.Mention{
		"Peru":  {Type: entity.GPE, ID: "PER", Country: "PER"},
		"Chile": {Type: entity.GPE, ID: "CHL", Country: "CHL"},
	})
	for _, r := range x.Extract(doc) {
		fmt.Println(r.Subject.Text, r.Predicate, r.Object.Text)
	}
	// Output:
	// Peru REJECT Chile
}

func ExampleLoadLexicon_errors() {
	_, err := relation.LoadLexicon(strings.NewReader("triggers:\n  - {verb: meet, cameo: \"40\"}\n  - {noun: talks, cameo: \"04\", colour: red}\n"), "bad.yaml")
	fmt.Println(err)
	// Output:
	// relation: bad.yaml:2:25: cameo "40": root must be 01 to 20
	// relation: bad.yaml:3:32: unknown field "colour"
}
