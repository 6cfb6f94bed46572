// Package pairs is the relation model's classifier: a multiclass averaged
// perceptron over hashed features that reads an ordered pair of actors of
// one sentence as NONE or as one of the twenty CAMEO roots, its trainer,
// and its file format (package modelio).
//
// Package relation builds the candidates and their features; this package
// knows only feature hashes and class numbers, no word of English.
package pairs

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/geoextract/geoextract/internal/hashtab"
	"github.com/geoextract/geoextract/internal/modelio"
	"github.com/geoextract/geoextract/internal/perceptron"
)

// Classes is the number of classes: 0 is NONE, 1 to 20 the CAMEO roots.
const Classes = 21

// None is the class of a pair that is no relation.
const None = 0

// Model is a trained pair classifier: sparse rows of (class, weight) per
// feature hash, and the margin by which a root must beat NONE. It is
// immutable and safe for concurrent use; the zero Model has no weights and
// scores every pair 0 (NONE by any margin ≥ 0).
type Model struct {
	table    hashtab.Table // feature hash → row
	rowStart []uint32      // row r is cls/w[rowStart[r]:rowStart[r+1]]
	cls      []uint8
	w        []float32
	// Margin is how much the best root's score must exceed NONE's for
	// the pair to be read as that root.
	margin float32
}

// removedFlags name the flags a model file of version 2 could hold: the
// settings that were measured, not kept and removed (session 15;
// relation/internal/pairtrain's doc). A model file trained with one is
// rejected by name, not read without the setting.
var removedFlags = []struct {
	flag uint64
	name string
}{
	{1, "reference pairs (pairtrain -refs)"},
	{1 << 1, "the root relabeler (roottrain; a root model file)"},
	{1 << 3, "structure features (pairtrain -struct)"},
	{1 << 4, "lexical classes (pairtrain -classes)"},
	{1 << 5, "the class scope (pairtrain -scope class)"},
	{1 << 8, "the factored learner (pairtrain -factored)"},
	{1 << 9, "the roots of the cues (pairtrain -cue-roots)"},
	{1 << 10, "word clusters (pairtrain -clusters)"},
}

// flagsError returns why a model file's flags cannot be read, "" when
// there are none: a removed setting by name, else unknown bits.
func flagsError(flags uint64) string {
	for _, r := range removedFlags {
		if flags&r.flag != 0 {
			return fmt.Sprintf("flags %#x: a model trained with %s, a setting since removed; train the model without it", flags, r.name)
		}
	}
	if flags != 0 {
		return fmt.Sprintf("unknown flags %#x (a model of a later version?)", flags)
	}
	return ""
}

// Margin returns the decision margin.
func (m *Model) Margin() float32 { return m.margin }

// WithMargin returns a copy of m that decides with margin d.
func (m *Model) WithMargin(d float32) *Model {
	c := *m
	c.margin = d
	return &c
}

// Scores adds the weights of keys into scores (Classes long, zeroed
// first).
func (m *Model) Scores(keys []uint64, scores *[Classes]float32) {
	*scores = [Classes]float32{}
	for _, k := range keys {
		r, ok := m.table.Get(k)
		if !ok {
			continue
		}
		for j := m.rowStart[r]; j < m.rowStart[r+1]; j++ {
			scores[m.cls[j]] += m.w[j]
		}
	}
}

// Decide returns the class of a pair with features keys and by how much
// its score exceeds NONE's: the best root when it beats NONE by more than
// the margin, else None.
func (m *Model) Decide(keys []uint64) (int, float32) {
	var sc [Classes]float32
	m.Scores(keys, &sc)
	best := bestRoot(&sc)
	d := sc[best] - sc[None]
	if d > m.margin {
		return best, d
	}
	return None, d
}

// bestRoot returns the root (1 to 20) of highest score, the first on a
// tie.
func bestRoot(sc *[Classes]float32) int {
	best := 1
	for c := 2; c < Classes; c++ {
		if sc[c] > sc[best] {
			best = c
		}
	}
	return best
}

// Size returns the number of feature rows and of weights.
func (m *Model) Size() (rows, weights int) { return len(m.rowStart) - 1, len(m.w) }

// The model file (see package modelio) holds, after the magic line:
//
//	uvarint flags (only after magic2, the magic of a model with flags,
//	    which sessions 13 and 14 wrote for settings since removed: a
//	    removed setting's bit (removedFlags) or another bit is an error)
//	float32 margin
//	uvarint R, then R times by increasing hash: uint64 feature hash,
//	    uvarint n (1 to Classes), then n times: uvarint class (increasing,
//	    below Classes), float32 weight
const magic = "geoextract pairs 1\n"

// magic2 starts a model file with flags; every model is written with
// magic, as before flags existed, byte for byte.
const magic2 = "geoextract pairs 2\n"

// MarshalBinary encodes the model; Decode reads it back.
func (m *Model) MarshalBinary() ([]byte, error) {
	var e modelio.Encoder
	e.Raw(magic)
	e.Float32(m.margin)
	keys, rows := m.table.Sorted()
	e.Uvarint(uint64(len(keys)))
	for i, k := range keys {
		e.Uint64(k)
		a, b := m.rowStart[rows[i]], m.rowStart[rows[i]+1]
		e.Uvarint(uint64(b - a))
		for j := a; j < b; j++ {
			e.Uvarint(uint64(m.cls[j]))
			e.Float32(m.w[j])
		}
	}
	return e.Bytes()
}

// Decode reads a model file. A corrupt file gives an error naming the
// byte offset, never a panic.
func Decode(data []byte) (*Model, error) {
	mg := magic
	if raw, err := modelio.Inflate(data); err == nil && bytes.HasPrefix(raw, []byte(magic2)) {
		mg = magic2
	}
	d := modelio.NewDecoder(data, "pairs", mg)
	if mg == magic2 {
		flags := d.Uvarint()
		if msg := flagsError(flags); d.OK() && msg != "" {
			d.Fail("%s", msg)
		}
	}
	margin := d.Float32()
	n := d.Count("feature", 8+1)
	var b builder
	last := uint64(0)
	for i := 0; i < n && d.OK(); i++ {
		k := d.Uint64()
		if d.OK() && (k == 0 || i > 0 && k <= last) {
			d.Fail("feature hash %#x out of order", k)
			break
		}
		last = k
		c := d.Uvarint()
		if d.OK() && (c == 0 || c > Classes) {
			d.Fail("row of %d weights (want 1 to %d)", c, Classes)
			break
		}
		prev := -1
		var cs []uint8
		var ws []float32
		for range c {
			cl := d.Uvarint()
			w := d.Float32()
			if d.OK() && (cl >= Classes || int(cl) <= prev) {
				d.Fail("class %d out of order", cl)
			}
			if !d.OK() {
				break
			}
			prev = int(cl)
			cs, ws = append(cs, uint8(cl)), append(ws, w)
		}
		b.add(k, cs, ws)
	}
	if err := d.Err(); err != nil {
		return nil, err
	}
	m := b.build()
	m.margin = margin
	return m, nil
}

// builder collects rows by increasing key.
type builder struct {
	keys     []uint64
	rowStart []uint32
	cls      []uint8
	w        []float32
}

func (b *builder) add(k uint64, cls []uint8, w []float32) {
	if len(b.rowStart) == 0 {
		b.rowStart = []uint32{0}
	}
	b.keys = append(b.keys, k)
	b.cls = append(b.cls, cls...)
	b.w = append(b.w, w...)
	b.rowStart = append(b.rowStart, uint32(len(b.cls)))
}

func (b *builder) build() *Model {
	if len(b.rowStart) == 0 {
		b.rowStart = []uint32{0}
	}
	vals := make([]uint64, len(b.keys))
	for i := range vals {
		vals[i] = uint64(i)
	}
	return &Model{table: hashtab.New(b.keys, vals), rowStart: b.rowStart, cls: b.cls, w: b.w}
}

// Example is one training pair: its feature hashes and its class, or -1
// for a pair that is not trained on (the reverse of a symmetric relation).
type Example struct {
	Keys  []uint64
	Class int
}

// TrainConfig sets the trainer.
type TrainConfig struct {
	Epochs int
	Seed   uint64  // the shuffling of the examples between epochs
	Prune  float32 // averaged weights of at most this magnitude are dropped
	Margin float32
	// NoneCost scales the update when a NONE pair is read as a root (a
	// false positive), above 1 to favour precision.
	NoneCost float32
	// MinCount: features seen in fewer training pairs are left out.
	MinCount int
	// Bag: Train averages the weights of this many models, each of its
	// own shuffling (below 2: one model).
	Bag int
}

// epochs holds what a training runs over: the examples trained on in a
// shuffled order per epoch, the features kept, the cost of a NONE pair.
type epochs struct {
	examples []Example
	order    []int
	seen     map[uint64]int
	cfg      TrainConfig
	rng      uint64
	cost     float64
}

func newEpochs(examples []Example, cfg TrainConfig) *epochs {
	e := &epochs{examples: examples, seen: map[uint64]int{}, cfg: cfg, rng: cfg.Seed | 1, cost: float64(cfg.NoneCost)}
	if e.cost <= 0 {
		e.cost = 1
	}
	for i, ex := range examples {
		for _, k := range ex.Keys {
			e.seen[k]++
		}
		if ex.Class >= 0 && ex.Class < Classes {
			e.order = append(e.order, i)
		}
	}
	return e
}

// keep reports whether feature k is seen often enough to be learnt.
func (e *epochs) keep(k uint64) bool { return e.seen[k] >= e.cfg.MinCount }

// run calls f on each example of each epoch, in an order shuffled per
// epoch (xorshift64 from the seed), with the update scale of its class.
func (e *epochs) run(f func(ex Example, scale float64)) {
	for range e.cfg.Epochs {
		for i := len(e.order) - 1; i > 0; i-- {
			e.rng ^= e.rng << 13
			e.rng ^= e.rng >> 7
			e.rng ^= e.rng << 17
			j := int(e.rng % uint64(i+1))
			e.order[i], e.order[j] = e.order[j], e.order[i]
		}
		for _, i := range e.order {
			ex := e.examples[i]
			scale := 1.0
			if ex.Class == None {
				scale = e.cost
			}
			f(ex, scale)
		}
	}
}

// build returns the model of the weights that weight(k, c) gives each
// feature k of keys and class c, without those of magnitude at most the
// prune threshold.
func (e *epochs) build(keys []uint64, weight func(k uint64, c int) float32) *Model {
	slices.SortFunc(keys, cmp.Compare)
	var b builder
	for _, k := range keys {
		var cs []uint8
		var ws []float32
		for c := range Classes {
			if v := weight(k, c); float32(math.Abs(float64(v))) > e.cfg.Prune {
				cs, ws = append(cs, uint8(c)), append(ws, v)
			}
		}
		if len(cs) > 0 {
			b.add(k, cs, ws)
		}
	}
	m := b.build()
	m.margin = e.cfg.Margin
	return m
}

// Train learns a model from examples with the averaged perceptron. It is
// deterministic: the same examples and config give the same model.
func Train(examples []Example, cfg TrainConfig) *Model {
	if cfg.Bag <= 1 {
		return trainOne(examples, cfg)
	}
	// Bagging: the mean of the weights of Bag models, each of its own
	// shuffling, unpruned (a weight of 0 adds nothing to the mean, and a
	// feature of none is left out of the model anyway: a prune of 0
	// rather than one below it keeps each model to its own weights, not
	// all Classes of every feature).
	sum := map[uint64]*[Classes]float32{}
	for i := range cfg.Bag {
		c := cfg
		c.Seed, c.Prune, c.Bag = cfg.Seed+uint64(i)*0x9e3779b97f4a7c15, min(cfg.Prune, 0), 1
		m := trainOne(examples, c)
		keys, rows := m.table.Sorted()
		for j, k := range keys {
			a := sum[k]
			if a == nil {
				a = &[Classes]float32{}
				sum[k] = a
			}
			for x := m.rowStart[rows[j]]; x < m.rowStart[rows[j]+1]; x++ {
				a[m.cls[x]] += m.w[x] / float32(cfg.Bag)
			}
		}
	}
	keys := make([]uint64, 0, len(sum))
	for k := range sum {
		keys = append(keys, k)
	}
	return newEpochs(nil, cfg).build(keys, func(k uint64, c int) float32 { return sum[k][c] })
}

// trainOne is Train of one model.
func trainOne(examples []Example, cfg TrainConfig) *Model {
	type acc [Classes]perceptron.Lazy[float32]
	weights := map[uint64]*acc{}
	e := newEpochs(examples, cfg)
	step := int32(1)
	update := func(k uint64, c int, v float32) {
		a := weights[k]
		if a == nil {
			a = &acc{}
			weights[k] = a
		}
		a[c].Add(step, v)
	}
	e.run(func(ex Example, scale float64) {
		var sc [Classes]float32
		for _, k := range ex.Keys {
			if a := weights[k]; a != nil && e.keep(k) {
				for c := range Classes {
					sc[c] += a[c].W
				}
			}
		}
		best := 0
		for c := 1; c < Classes; c++ {
			if sc[c] > sc[best] {
				best = c
			}
		}
		if best != ex.Class {
			for _, k := range ex.Keys {
				if e.keep(k) {
					update(k, ex.Class, float32(scale))
					update(k, best, -float32(scale))
				}
			}
		}
		step++
	})
	keys := make([]uint64, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	return e.build(keys, func(k uint64, c int) float32 { return weights[k][c].Average(step) })
}

// String describes the model's size.
func (m *Model) String() string {
	r, w := m.Size()
	return fmt.Sprintf("pairs model: %d features, %d weights, margin %g", r, w, m.margin)
}
