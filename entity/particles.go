package entity

import (
	"github.com/geoextract/geoextract/internal/english"
)

// Family names written with a particle (class name_particles: "al-Sudani",
// "von der Leyen", "da Silva") repeat the full name by the word after the
// particles: "Mohammed Shia al-Sudani ... al-Sudani" and "Ursula von der
// Leyen ... Von der Leyen" are short names of one word, "Sudani" and
// "Leyen", however the particle is capitalized.

// isParticleTok reports whether token k is a name particle (any case) or
// the hyphen that glues one to the name ("al-").
func (a *analysis) isParticleTok(k int) bool {
	return a.toks[k].Text == "-" || isWord(english.NameParticles, a.low(k))
}

// particleName returns the one word of mention c that follows the name
// particles opening it ("Al-Sudani", "Von der Leyen": the token of
// "Sudani", "Leyen"), or -1 when c is not so written.
func (a *analysis) particleName(c *cand) int {
	k := c.first
	for k < c.last-1 && a.isParticleTok(k) {
		k++
	}
	if k == c.first || k != c.last-1 || !isWordTok(a.toks[k].Text) || a.toks[c.first].Text == "-" {
		return -1
	}
	return k
}

// particleRoot returns the word that follows a particle glued to it by a
// hyphen at the end of the full name c ("Mohammed Shia al-Sudani":
// "sudani"), the family name a short name repeats; "" when c does not end
// so. last is the index of c's last word not after a hyphen (the
// particle).
func (a *analysis) particleRoot(c *cand, last int) string {
	if last+2 >= c.last || !isWord(english.NameParticles, a.low(last)) || a.toks[last+1].Text != "-" ||
		!isWordTok(a.toks[last+2].Text) {
		return ""
	}
	return a.low(last + 2)
}

// afterParticle reports whether token i follows a name particle glued to
// it by a hyphen ("al-Sudani"): the hyphen opens no clause there, and the
// capitalized word is a name's.
func (a *analysis) afterParticle(i int) bool {
	return i >= 2 && a.toks[i-1].Text == "-" && !a.spaceBetween(i-2, i-1) && !a.spaceBetween(i-1, i) &&
		isWord(english.NameParticles, a.low(i-2))
}

// particleRun returns the first token of the run of particles (and
// hyphens) that ends right before token k, no earlier than lo; k when
// there is none.
func (a *analysis) particleRun(k, lo int) int {
	j := k
	for j > lo && a.isParticleTok(j-1) {
		j--
	}
	return j
}

// withParticles widens the short name c (one word, already linked to the
// full name f) over the particles written before it when f writes the
// same ones before that word ("al-Sudani" after "Mohammed Shia
// al-Sudani": the mention is "al-Sudani", not "Sudani").
func (a nameResolver) withParticles(c, f *cand) {
	if c.last-c.first != 1 {
		return
	}
	low := a.low(c.first)
	rf := -1
	for k := f.last - 1; k >= f.first; k-- {
		if a.low(k) == low {
			rf = k
			break
		}
	}
	if rf < 0 {
		return
	}
	pf := a.particleRun(rf, f.first)
	n := rf - pf
	if n == 0 || c.first-n < a.sents[a.sentOf[c.first]].First {
		return
	}
	for j := 1; j <= n; j++ {
		if a.low(c.first-j) != a.low(rf-j) {
			return
		}
	}
	for k := c.first - n; k < c.first; k++ {
		if a.toks[k].Text != "-" && !isLowerStart(a.toks[k].Text) {
			return // a capitalized particle would have been chunked with the name
		}
	}
	c.first -= n
}
