package relation

import "github.com/geoextract/geoextract/internal/english"

// markQuestion drops every trigger of a direct question: a sentence that
// ends in a question mark and opens with an auxiliary or a question word
// ("Will China attack Taiwan?", "Why did France criticize Germany?")
// asks about an event and reports none. A statement that quotes a
// question at its end ("Iran criticized Israel, asking why it had
// attacked") keeps its events.
func (s governReader) markQuestion() {
	if !s.question() {
		return
	}
	first := 0
	for first < s.n() && isPunct(s.words[first]) {
		first++ // an opening quote
	}
	if first >= s.n() || !s.at(first, english.Auxiliaries) && !s.at(first, english.ClauseOpeners) {
		return
	}
	for k := range s.matches {
		if m := &s.matches[k]; !m.suppressed {
			m.suppressed, m.unreal = true, true
			s.tr.dropTrig(m, StageGovern, ReasonQuestion)
		}
	}
}
