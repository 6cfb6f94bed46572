package entity

import (
	_ "embed"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/geoextract/geoextract/internal/fnvhash"
	"github.com/geoextract/geoextract/internal/modelio"
)

// CorefModel is a trained antecedent ranker for pronouns: a linear model
// over hashed features of a pronoun and each actor it may refer to (see
// corefrank.go and the trainer entity/internal/corefrank). The rules of
// Referent stay hard filters (gender, number, kind) and one of its
// features; the model chooses among the candidates they admit, and
// resolves a pronoun the rules leave unresolved only when its best
// candidate outscores leaving it so by the model's margin.
//
// A CorefModel is immutable and safe for concurrent use. The zero
// CorefModel has no weights: every candidate scores 0, so it keeps each
// choice of the rules and resolves nothing more.
type CorefModel struct {
	w map[uint64]float32
	// margins are, by class of reference (CorefDecision.Class), how much
	// the best candidate of a reference the rules leave unresolved must
	// outscore leaving it so; a class with none stays unresolved.
	margins map[string]float32
	// override is how much a candidate must outscore the rules' choice
	// to replace it.
	override float32
}

// NewCorefModel returns a model with the given feature weights (keyed by
// CorefFeature hashes), margins by class (see Margin) and override (see
// Override). It copies the maps. It is meant for the trainer; most
// callers use DefaultCorefModel or LoadCorefModel.
func NewCorefModel(weights map[uint64]float32, margins map[string]float32, override float32) *CorefModel {
	m := &CorefModel{w: make(map[uint64]float32, len(weights)), margins: maps.Clone(margins), override: override}
	for k, v := range weights {
		if v != 0 {
			m.w[k] = v
		}
	}
	return m
}

// Margin returns how much the best candidate of a reference of class
// (CorefDecision.Class) that the rules leave unresolved must outscore
// leaving it unresolved, and false when the model resolves none of that
// class.
func (m *CorefModel) Margin(class string) (float32, bool) {
	if m == nil {
		return 0, false
	}
	v, ok := m.margins[class]
	return v, ok
}

// Override is how much a candidate must outscore the rules' choice to
// replace it.
func (m *CorefModel) Override() float32 {
	if m == nil {
		return 0
	}
	return m.override
}

// Score returns the sum of the weights of the features (hashes as
// CorefFeature gives them). A nil model scores 0.
func (m *CorefModel) Score(features []uint64) float32 {
	if m == nil {
		return 0
	}
	var s float32
	for _, f := range features {
		s += m.w[f]
	}
	return s
}

// CorefFeature hashes a feature's name as the models key it (64-bit
// FNV-1a).
func CorefFeature(name string) uint64 { return fnvhash.Add(fnvhash.Offset, name) }

// The model file (see package internal/modelio) holds, after the magic
// line: float32 scale, float32 override, uvarint K, then K times by
// increasing class: string class, float32 margin; uvarint N, then N times by
// increasing hash: uint64 feature hash, varint weight/scale. Weights are
// rounded to multiples of scale (the largest weight / 32767).
const corefMagic = "geoextract corefrank 1\n"

const corefSteps = 32767

// maxClasses bounds the classes a model file may list.
const maxClasses = 64

// MarshalBinary encodes the model; LoadCorefModel reads it back. Weights
// are quantized, so a model read back may score a little differently
// from the one written, never by more than N*scale/2 for N features.
func (m *CorefModel) MarshalBinary() ([]byte, error) {
	var e modelio.Encoder
	e.Raw(corefMagic)
	var maxAbs float32
	keys := make([]uint64, 0, len(m.w))
	for k, v := range m.w {
		maxAbs = max(maxAbs, v, -v)
		keys = append(keys, k)
	}
	slices.Sort(keys)
	scale := maxAbs / corefSteps
	if scale == 0 {
		scale = 1
	}
	e.Float32(scale)
	e.Float32(m.override)
	classes := slices.Sorted(maps.Keys(m.margins))
	e.Uvarint(uint64(len(classes)))
	for _, c := range classes {
		e.String(c)
		e.Float32(m.margins[c])
	}
	var out []uint64
	var ws []int64
	for _, k := range keys {
		if q := int64(math.Round(float64(m.w[k] / scale))); q != 0 {
			out, ws = append(out, k), append(ws, q)
		}
	}
	e.Uvarint(uint64(len(out)))
	for j, k := range out {
		e.Uint64(k)
		e.Varint(ws[j])
	}
	return e.Bytes()
}

// decodeCorefModel decodes a model MarshalBinary wrote. A damaged or
// foreign file gives an error saying at which byte, never a panic.
func decodeCorefModel(data []byte) (*CorefModel, error) {
	d := modelio.NewDecoder(data, "corefrank", corefMagic)
	scale := d.Float32()
	override := d.Float32()
	k := d.Uvarint()
	if d.OK() && k > maxClasses {
		d.Fail("%d classes: more than %d", k, maxClasses)
	}
	var margins map[string]float32
	prevClass := ""
	for j := uint64(0); j < k && d.OK(); j++ {
		c := d.String()
		v := d.Float32()
		if !d.OK() {
			break
		}
		if j > 0 && c <= prevClass {
			d.Fail("classes out of order")
			break
		}
		if margins == nil {
			margins = map[string]float32{}
		}
		margins[c], prevClass = v, c
	}
	if d.OK() && scale <= 0 {
		d.Fail("scale %g is not positive", scale)
	}
	n := d.Uvarint()
	if d.OK() && n > uint64(modelio.MaxDecoded/9) {
		d.Fail("%d weights: more than the data holds", n)
	}
	m := &CorefModel{margins: margins, override: override}
	if d.OK() {
		// Not sized by n: a damaged count must not allocate ahead of the
		// bytes that hold the weights.
		m.w = map[uint64]float32{}
	}
	var prev uint64
	for j := uint64(0); j < n && d.OK(); j++ {
		k := d.Uint64()
		q := d.Varint()
		if !d.OK() {
			break
		}
		if j > 0 && k <= prev {
			d.Fail("feature hashes out of order")
			break
		}
		if q < -corefSteps || q > corefSteps {
			d.Fail("weight %d out of range", q)
			break
		}
		prev = k
		m.w[k] = float32(q) * scale
	}
	if err := d.Err(); err != nil {
		return nil, err
	}
	return m, nil
}

// LoadCorefModel reads a model file MarshalBinary wrote (the trainer's
// output) from r. A damaged or foreign file gives an error saying at
// which byte, never a panic.
func LoadCorefModel(r io.Reader) (*CorefModel, error) {
	data, err := io.ReadAll(io.LimitReader(r, modelio.MaxDecoded+1))
	if err != nil {
		return nil, fmt.Errorf("entity: coref model: %w", err)
	}
	m, err := decodeCorefModel(data)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err) // as relation.LoadModel says "relation:"
	}
	return m, nil
}

//go:embed data/coref.model
var corefEmbedded []byte

var defaultCorefModel = sync.OnceValues(func() (*CorefModel, error) {
	return decodeCorefModel(corefEmbedded)
})

// DefaultCorefModel returns the embedded model (see data/NOTICE.md for
// its training data and scores), decoded on first use and shared.
func DefaultCorefModel() (*CorefModel, error) { return defaultCorefModel() }
