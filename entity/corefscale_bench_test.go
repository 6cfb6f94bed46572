package entity_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// scaleCountries are countries the synthetic document of
// BenchmarkCorefScale names in turn.
var scaleCountries = []string{
	"Kenya", "Uganda", "Sudan", "Chad", "Niger", "Mali", "Nigeria", "Ghana",
	"Iran", "Iraq", "Syria", "Turkey", "Egypt", "Libya", "Tunisia", "Morocco",
	"Brazil", "Peru", "Chile", "Colombia", "Venezuela", "Bolivia", "Ecuador", "Argentina",
	"France", "Germany", "Poland", "Spain", "Italy", "Greece", "Norway", "Sweden",
	"Japan", "China", "India", "Pakistan", "Nepal", "Thailand", "Vietnam", "Indonesia",
}

// scaleSyllables make the family names of the synthetic document's
// people, a new one per paragraph, so that its entities grow with it.
var scaleSyllables = []string{"ka", "lo", "mi", "ren", "so", "ta", "vu", "zen", "bo", "da"}

// scaleDocument writes a news text of our own of n sentences (in
// paragraphs of five) that reaches the rules reading the whole document
// per reference: countries named in turn and described ("the country"),
// people with a country each and their pronouns, "the rebels" with one
// armed group named, and plural pronouns inside quotations.
func scaleDocument(n int) string {
	var b strings.Builder
	name := func(p int) string {
		s := ""
		for p > 0 || s == "" {
			s += scaleSyllables[p%len(scaleSyllables)]
			p /= len(scaleSyllables)
		}
		return strings.ToUpper(s[:1]) + s[1:] + "vic"
	}
	nc := len(scaleCountries)
	for s, p := 0, 0; s < n; p++ {
		a, c, e := scaleCountries[p%nc], scaleCountries[(p+7)%nc], scaleCountries[(p+13)%nc]
		who := name(p + 11)
		para := []string{
			fmt.Sprintf("%s Foreign Minister Adam %s said on Monday that %s had broken the truce.", a, who, c),
			fmt.Sprintf("\"If they attack our villages again, the soldiers will respond,\" %s said, adding that his country would not wait.", who),
			fmt.Sprintf("Government troops clashed with rebels near the border of %s, where rebels and insurgents closed the crossings.", e),
			"A spokesman for the FARC said the rebels had withdrawn and they would keep talking to the militants.",
			fmt.Sprintf("Officials from %s and %s said they would meet the rebels, and %s said their talks would go on.", c, e, who),
		}
		for _, sent := range para {
			if s == n {
				break
			}
			b.WriteString(sent)
			b.WriteByte(' ')
			s++
		}
	}
	return b.String()
}

// BenchmarkCorefScale tags the synthetic document at three sizes, each
// ten times the one before: with time linear in the document, ns/op grows
// about tenfold from one to the next (report the ratios, see STYLE.md). A
// rule that scans the whole document once per reference shows past the
// second size, where such scans overtake the rest.
func BenchmarkCorefScale(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	tg := entity.NewTagger(g)
	for _, n := range []int{200, 2000, 20000} {
		in := scaleDocument(n)
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				tg.Tag(entity.Input{Text: in})
			}
		})
	}
}
