package entity_test

import (
	"testing"
	"unicode/utf8"

	"github.com/geoextract/geoextract/entity"
)

// FuzzReferences checks that resolving references never panics and that
// every reference is a piece of the input that names a real actor.
func FuzzReferences(f *testing.F) {
	for _, s := range []string{
		"Amnesty International criticized the arrests on Monday. The group said the detainees had no lawyers.",
		"Kenya's foreign ministry summoned the envoy on Monday. The ministry said the remarks were unacceptable.",
		"Brazil and Argentina signed a trade pact on Monday. They agreed to cut tariffs.",
		"Gustavo Petro and Gabriel Boric met in Bogota. The presidents signed a border accord.",
		"The the group group. , and they the Nigerian -based military it its",
		"Human Rights Watch said. The New York-based rights group said it would.",
		"Mrs. Ana Ruiz met Mr. Daniel Ortez. She said his country and her nation would talk.",
		"Georgia voted. The former Soviet republic and the Islamic republic and the other country met.",
		"Davutoglu met his Iranian counterpart. Tehran's envoy and Iran's foreign minister left.",
		"Japan met China. The two nuclear-armed neighbours, the countries' leaders and the presidents of two oil-producing countries met.",
		"Brown then started speaking. Both men and the two women left.",
		"Police said a Jordanian taxi driver was killed. He shot the Jordanian driver Omar Saleh. A Chinese oil company, CNOOC, bid.",
		"Gunmen seized two French reporters, Anne Morel and Paul Girard, in May. The two reporters and the UN chief left.",
		"Spanish police arrested men. Police said they found bombs. Rebels of the Northern Front said they would fight. The rebels left.",
		"The European Union's top official says no. Iran's Intelligence Minister, a, an official, the military leader.",
		"Paul Kagame met Paul Biya. Later, Paul said in Victoria, Australia, and in rural Victoria's capital, Paul, Minnesota,",
		"Senator Rand Paul, the governor of Virginia, and Michael Jordan. Mark said. In Melbourne, Queensland and Victoria, Victoria",
		"Foreign Minister Ana Ruiz arrived. The minister spoke. \"We act. We win.\" She left. \"\" the minister \" he",
		"Tomas Varga spoke. He said it. He added. It said they. They said he. His aides left. He he He. It it. \"He\" said",
	} {
		f.Add(s)
	}
	tg, err := worldTagger()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return
		}
		doc := tg.Tag(entity.Input{Text: in})
		for _, r := range doc.References() {
			if r.Start < 0 || r.End > len(in) || r.Start > r.End || in[r.Start:r.End] != r.Text {
				t.Fatalf("reference %+v is not text[Start:End] of %q", r, in)
			}
			if r.Entity < 0 || r.Entity >= len(doc.Entities) || doc.Entities[r.Entity].ID != r.ID {
				t.Fatalf("reference %+v names no entity of %q", r, in)
			}
			if r.Kind.String() == "unknown" {
				t.Fatalf("reference %+v has no kind", r)
			}
		}
		for i := range doc.Tokens {
			doc.Referent(i)
			doc.Referents(i)
			doc.Description(i)
		}
	})
}

// FuzzReferencesByHand checks that a document built by hand, with
// offsets, sentences and mentions out of order or out of range, never
// makes reference resolution panic.
func FuzzReferencesByHand(f *testing.F) {
	f.Add("the group said they", 0, 2, 5, -1, 9, uint8(3))
	f.Add("Kenya 's ministry . The ministry", 0, 1, 0, 40, 2, uint8(2))
	f.Fuzz(func(t *testing.T, in string, mFirst, mLast, sFirst, sLast, tokShift int, typ uint8) {
		words := splitWords(in)
		doc := &entity.Document{Text: in}
		pos := 0
		for _, w := range words {
			doc.Tokens = append(doc.Tokens, entity.Token{Start: pos + tokShift, End: pos + len(w), Text: w})
			pos += len(w) + 1
		}
		doc.Sentences = []entity.Sentence{{First: 0, Last: len(doc.Tokens)}, {First: sFirst, Last: sLast}}
		doc.Mentions = []entity.Mention{
			{First: mFirst, Last: mLast, Type: entity.Type(typ % 8), ID: "KEN", Country: "KEN", Sentence: 1, Entity: mLast},
			{First: mLast, Last: mFirst, Type: entity.Org, Kind: "ngo", Sentence: -1, Entity: -3},
		}
		doc.Entities = []entity.Entity{{ID: "KEN", Refs: []entity.Ref{{Start: -1, End: 99}}}}
		for i := -1; i <= len(doc.Tokens); i++ {
			doc.Referent(i)
			doc.Referents(i)
			doc.Description(i)
		}
		doc.References()
	})
}

func splitWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
