package entity

import (
	"os"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/gazetteer"
)

// indexTexts are texts of our own writing that reach the rules the Index
// serves: countries and their people, "rebels" with one armed group and
// with two, plural pronouns in quotations with plural nouns between.
var indexTexts = map[string]string{
	"one-group": "Government troops attacked rebels in the north on Monday. A spokesman for the Seleka coalition said its fighters had withdrawn. " +
		"Chadian rebels later said they had taken a town. \"If they attack our villages again, the soldiers will respond,\" the spokesman said.",
	"two-groups": "The Justice and Equality Movement accused the Janjaweed of raids. Troops later clashed with rebels near the border. " +
		"The FARC said the rebels had withdrawn.",
	"countries": "Kenyan Foreign Minister Adam Lolovic said Uganda had broken the truce. \"If they attack our villages again, the Kenyan soldiers " +
		"will respond,\" Lolovic said, adding that his country would not wait. Officials from Uganda and Sudan said they would meet, " +
		"and Lolovic said their talks would go on. \"Refugees are no threat. They need help,\" he said of the Sudanese authorities.",
}

// TestIndexAgreesWithScan checks that the rules read from Tag's Index
// what they find by scanning a Document without one, for every token,
// mention and view of the mentions before a token.
func TestIndexAgreesWithScan(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := NewTagger(g)
	texts := map[string]string{}
	for k, v := range indexTexts {
		texts[k] = v
	}
	if buf, err := os.ReadFile("../testdata/article.txt"); err == nil {
		texts["article"] = string(buf)
	}
	type found struct {
		M  Mention
		OK bool
	}
	for name, in := range texts {
		t.Run(name, func(t *testing.T) {
			doc := tg.Tag(Input{Text: in})
			if doc.Index == nil {
				t.Fatal("Tag made no Index")
			}
			plain := *doc
			plain.Index = nil
			check := func(what string, i int, got, want found) {
				t.Helper()
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s at token %d %q: indexed differs from scanned (-scan +index):\n%s", what, i, doc.Tokens[i].Text, diff)
				}
			}
			armed, plurals := 0, 0 // resolutions the index served
			defer func() {
				if name == "one-group" && armed == 0 || name == "countries" && plurals == 0 {
					t.Errorf("the index served no armed group (%d) or no plural noun (%d)", armed, plurals)
				}
			}()
			for i := range doc.Tokens {
				m, ok := groupReader{doc}.soleArmedGroup(i)
				pm, pok := groupReader{&plain}.soleArmedGroup(i)
				if ok {
					armed++
				}
				check("soleArmedGroup", i, found{m, ok}, found{pm, pok})
				m, ok = doc.Referent(i)
				pm, pok = plain.Referent(i)
				check("Referent", i, found{m, ok}, found{pm, pok})
				m, ok = quoteReader{doc}.quotedOther(i)
				pm, pok = quoteReader{&plain}.quotedOther(i)
				check("quotedOther", i, found{m, ok}, found{pm, pok})
				// A view of the mentions before token i, as frameView
				// makes one: the index covers it as a prefix.
				v, pv := *doc, plain
				v.Mentions = quoteReader{doc}.mentionsBefore(i)
				pv.Mentions = v.Mentions
				m, ok = groupReader{&v}.soleArmedGroup(i)
				pm, pok = groupReader{&pv}.soleArmedGroup(i)
				check("soleArmedGroup (view)", i, found{m, ok}, found{pm, pok})
				for k := range doc.Mentions {
					if lo := doc.Mentions[k].Last; lo <= i && i-lo < 40 {
						got, want := quoteReader{doc}.pluralNounBetween(k, i), quoteReader{&plain}.pluralNounBetween(k, i)
						if got != want {
							t.Errorf("pluralNounBetween(%d, %d) = %v, scanned %v", k, i, got, want)
						}
						if got {
							plurals++
						}
					}
				}
			}
			noEnts := plain
			noEnts.Entities = nil
			idxNoEnts := *doc
			idxNoEnts.Entities = nil
			for _, m := range doc.Mentions {
				check("countryMention", m.First, found{doc.countryMention(m), true}, found{plain.countryMention(m), true})
				check("countryMention (no entities)", m.First, found{idxNoEnts.countryMention(m), true}, found{noEnts.countryMention(m), true})
			}
			if diff := cmp.Diff(plain.References(), doc.References()); diff != "" {
				t.Errorf("References differ (-scan +index):\n%s", diff)
			}
		})
	}
}

// TestIndexConcurrentReads resolves every token of one Document from
// several goroutines at once (run with -race): the Index is only read.
func TestIndexConcurrentReads(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := NewTagger(g).Tag(Input{Text: indexTexts["one-group"] + " " + indexTexts["countries"]})
	want := doc.References()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := range doc.Tokens {
				doc.Referent(i)
				doc.Referents(i)
			}
			if diff := cmp.Diff(want, doc.References()); diff != "" {
				t.Errorf("References differ:\n%s", diff)
			}
		})
	}
	wg.Wait()
}
