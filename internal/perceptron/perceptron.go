// Package perceptron is the bookkeeping of an averaged perceptron
// (Collins 2002) shared by geoextract's trainers: the tagger of
// internal/postag, the parser of internal/syntax, the relation pair model
// of relation/internal/pairs and the coreference ranker of
// entity/internal/corefrank. Each keeps its features and classes its own
// way (dense rows, sparse rows, maps) and holds one of these per weight:
// the weight being learnt, changed by Add, and what Average returns, its
// mean over the training steps, which is what the trained model keeps:
// Average(now) is the mean over steps 0 to now-1 of the weight in force,
// a change made at step s being in force from step s on.
//
// The average is kept in one of two ways, because the embedded models
// were trained with each and the two round differently in the last bits:
//
//   - Lazy keeps the weight summed over the steps up to its last change,
//     and brings the sum up to date when the weight changes again;
//   - Sum keeps the running sum of step × change; the average is then the
//     weight less that sum over the number of steps.
//
// Both are the same mean; a trainer keeps the one its model was trained
// with, so that retraining gives the same model file.
//
// The types are plain values with no internal locking: not safe for
// concurrent use. Their zero value is a weight of 0 that has never
// changed.
package perceptron

// Float is the precision a running sum is kept in.
type Float interface{ ~float32 | ~float64 }

// Lazy is an averaged weight kept by lazy update: Total is W summed over
// the steps before Stamp.
type Lazy[F Float] struct {
	Total F       // the weight summed over the steps before Stamp
	W     float32 // the current weight
	Stamp int32   // the step of the last change
}

// Add adds delta to the weight at step now (steps never go back).
func (c *Lazy[F]) Add(now int32, delta float32) {
	c.Total += F(now-c.Stamp) * F(c.W)
	c.Stamp = now
	c.W += delta
}

// Average returns the weight's mean over steps 0 to now-1 (its sum
// alone when now is 0).
func (c *Lazy[F]) Average(now int32) F {
	return (c.Total + F(now-c.Stamp)*F(c.W)) / F(max(now, 1))
}

// Sum is an averaged weight kept by the running sum: U is the sum of
// step × delta over the changes.
type Sum[F Float] struct {
	W float32 // the current weight
	U F       // the sum of step × delta over the changes
}

// Add adds delta to the weight at step (steps never go back).
func (c *Sum[F]) Add(step F, delta float32) {
	c.W += delta
	c.U += step * F(delta)
}

// Average returns the weight's mean over steps 0 to step-1 (as if over
// one step when step is below 1).
func (c *Sum[F]) Average(step F) F {
	return F(c.W) - c.U/max(step, 1)
}

// Dense is a table of weights kept by the running sum (as Sum), in rows
// of C classes, with the weights apart from their sums so that scoring
// reads the weights alone. The zero Dense has no rows and C 0: set C
// before adding rows.
type Dense[F Float] struct {
	C int // classes: the length of a row
	w []float32
	u []F
}

// AddRow appends a row of zero weights and returns its number.
func (d *Dense[F]) AddRow() int {
	d.w = append(d.w, make([]float32, d.C)...)
	d.u = append(d.u, make([]F, d.C)...)
	return len(d.w)/d.C - 1
}

// Row returns the current weights of row r, by class; the slice is the
// table's, valid until the next AddRow.
func (d *Dense[F]) Row(r int) []float32 { return d.w[r*d.C : (r+1)*d.C] }

// Add adds delta to the weight of class k in row r at step.
func (d *Dense[F]) Add(r, k int, step F, delta float32) {
	i := r*d.C + k
	s := Sum[F]{W: d.w[i], U: d.u[i]}
	s.Add(step, delta)
	d.w[i], d.u[i] = s.W, s.U
}

// Average returns the mean of the weight of class k in row r over step
// steps, as Sum.Average.
func (d *Dense[F]) Average(r, k int, step F) F {
	i := r*d.C + k
	s := Sum[F]{W: d.w[i], U: d.u[i]}
	return s.Average(step)
}
