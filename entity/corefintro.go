package entity

import "strings"

// introducedPerson resolves a description of a person whose head noun is
// token i ("the top diplomat", "the envoy", "the Chinese diplomat") to the
// person an earlier phrase with that head named, in its sentence before
// it or in the maxGroupSentences before: a name right after the noun
// ("China's top diplomat Wang Yi", "UN envoy Ana Ruiz", "the envoy, Ana
// Ruiz,") or one the phrase stands in apposition to ("Ana Ruiz, the UN
// envoy"; see agentName). The latest such phrase counts, even when
// another person who may hold the title stands closer ("China's top
// diplomat Wang Yi met Antony Blinken ... The top diplomat"). A
// nationality in the description must be the person's
// ("the Chinese diplomat" is no American named so). The earlier noun is
// in lower case: a capitalised one before a name is a title ("Chinese
// President Hu Jintao"), which the titles resolve (see personDescription).
func (d bodyReader) introducedPerson(sent, i int, country string) (Mention, bool) {
	lw := strings.ToLower(d.Tokens[i].Text)
	for s := sent; s >= 0 && s >= sent-maxGroupSentences; s-- {
		lo, hi := d.Sentences[s].First, d.Sentences[s].Last
		if s == sent {
			hi = i
		}
		for k := min(hi, len(d.Tokens)) - 1; k >= lo; k-- {
			if d.Tokens[k].Text != lw || d.MentionAt(k) >= 0 || k == i {
				continue
			}
			if p, ok := d.agentName(k, lo); ok && p.First > k-maxAgentName {
				if country != "" && p.CountryCode() != country {
					return Mention{}, false
				}
				return p, true
			}
		}
	}
	return Mention{}, false
}
