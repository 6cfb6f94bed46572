package postag

import (
	"math"

	"github.com/geoextract/geoextract/internal/hashtab"
	"github.com/geoextract/geoextract/internal/modelio"
)

// The model file (see package modelio) holds, after the magic line:
//
//	uvarint C, then C times: string XPOS, string UPOS
//	uvarint directions: 1 (left to right) or 2 (and right to left); in
//	    version 2 only (a version 1 file has one direction)
//	uvarint D, then D times by increasing hash: uint64 word hash, uvarint class
//	uvarint A, then A times by increasing hash: uint64 word hash, uint64 ambiguity class
//	float32 scale
//	per direction: uvarint R, then R times by increasing hash: uint64
//	    feature hash, uvarint n, then n times: uvarint class gap,
//	    varint weight/scale
//
// Weights are multiples of scale (the largest weight / 32767) already in
// memory, so a model written and read back tags exactly as before.
const (
	magic1 = "geoextract postag 1\n"
	magic2 = "geoextract postag 2\n"
)

// quantSteps is the number of quantisation steps of the largest weight.
const quantSteps = 32767

// MarshalBinary encodes the model; Load decodes it. A left-to-right
// model is written in version 1, as before the right-to-left model was
// added, a bidirectional one in version 2.
func (m *Model) MarshalBinary() ([]byte, error) {
	var e modelio.Encoder
	dirs := 1
	if m.backward {
		dirs = 2
	}
	if dirs == 1 {
		e.Raw(magic1)
	} else {
		e.Raw(magic2)
	}
	e.Uvarint(uint64(len(m.classes)))
	for _, c := range m.classes {
		e.String(c.XPOS)
		e.String(c.UPOS)
	}
	if dirs == 2 {
		e.Uvarint(uint64(dirs))
	}
	keys, vals := m.dict.Sorted()
	e.Uvarint(uint64(len(keys)))
	for i, k := range keys {
		e.Uint64(k)
		e.Uvarint(vals[i])
	}
	keys, vals = m.amb.Sorted()
	e.Uvarint(uint64(len(keys)))
	for i, k := range keys {
		e.Uint64(k)
		e.Uint64(vals[i])
	}
	scale := m.step
	if scale == 0 {
		scale = 1
	}
	e.Float32(scale)
	for d := range dirs {
		keys, vals = m.feats[d].Sorted()
		e.Uvarint(uint64(len(keys)))
		for i, k := range keys {
			e.Uint64(k)
			a, b := m.rowStart[vals[i]], m.rowStart[vals[i]+1]
			e.Uvarint(uint64(b - a))
			last := 0
			for j := a; j < b; j++ {
				c := int(m.cls[j])
				e.Uvarint(uint64(c - last))
				e.Varint(int64(math.Round(float64(m.w[j] / scale))))
				last = c
			}
		}
	}
	return e.Bytes()
}

// quantize rounds dense weights to multiples of a step (the largest
// weight / quantSteps) and returns the step.
func quantize(weights []float32) float32 {
	var maxAbs float32
	for _, v := range weights {
		maxAbs = max(maxAbs, v, -v)
	}
	if maxAbs == 0 {
		return 1
	}
	s := maxAbs / quantSteps
	for i, v := range weights {
		weights[i] = float32(math.Round(float64(v/s))) * s
	}
	return s
}

// sparse compresses dense rows of C weights into the Model's row form.
func (m *Model) sparse(dense []float32, C int) {
	m.rowStart = make([]int32, 0, len(dense)/max(C, 1)+1)
	m.cls, m.w = nil, nil
	for r := 0; r*C < len(dense); r++ {
		m.rowStart = append(m.rowStart, int32(len(m.w)))
		for c, v := range dense[r*C : r*C+C] {
			if v != 0 {
				m.cls = append(m.cls, uint16(c))
				m.w = append(m.w, v)
			}
		}
	}
	m.rowStart = append(m.rowStart, int32(len(m.w)))
}

// Load decodes a model written by MarshalBinary. A corrupt or truncated
// file gives an error, never a panic.
func Load(data []byte) (*Model, error) {
	version, d := 1, modelio.NewDecoder(data, "postag", magic1)
	if !d.OK() {
		// Not version 1 (or not a model): inflate again for version 2.
		version, d = 2, modelio.NewDecoder(data, "postag", magic2)
	}
	C := d.Count("class", 2)
	if d.OK() && (C == 0 || C > math.MaxUint16) {
		d.Fail("%d classes", C)
	}
	classes := make([]Tags, C)
	for i := range classes {
		classes[i] = Tags{XPOS: d.String(), UPOS: d.String()}
	}
	dirs := uint64(1)
	if version == 2 {
		dirs = d.Uvarint()
	}
	if d.OK() && dirs != 1 && dirs != 2 {
		d.Fail("%d directions", dirs)
	}
	D := d.Count("dictionary entry", 9)
	var dictKeys, dictClass []uint64
	for i := 0; i < D && d.OK(); i++ {
		k, c := d.Uint64(), d.Uvarint()
		if d.OK() && (c >= uint64(C) || k == 0 || i > 0 && k <= dictKeys[i-1]) {
			d.Fail("bad dictionary entry %d", i)
		}
		dictKeys, dictClass = append(dictKeys, k), append(dictClass, c)
	}
	A := d.Count("ambiguity class", 16)
	var ambKeys, ambVals []uint64
	for i := 0; i < A && d.OK(); i++ {
		k, v := d.Uint64(), d.Uint64()
		if d.OK() && (k == 0 || i > 0 && k <= ambKeys[i-1]) {
			d.Fail("bad ambiguity class entry %d", i)
		}
		ambKeys, ambVals = append(ambKeys, k), append(ambVals, v)
	}
	scale := d.Float32()
	var feats [2]hashtab.Table
	var rowStart []int32
	var cls []uint16
	var ws []float32
	for dir := 0; dir < int(dirs) && d.OK(); dir++ {
		R := d.Count("feature", 9)
		if d.OK() && uint64(len(rowStart)+R)*uint64(C) > modelio.MaxDecoded {
			d.Fail("%d features × %d classes is too large", len(rowStart)+R, C)
		}
		var keys, rows []uint64
		if d.OK() {
			keys = make([]uint64, R)
			rows = make([]uint64, R)
		}
		for r := 0; r < R && d.OK(); r++ {
			keys[r], rows[r] = d.Uint64(), uint64(len(rowStart))
			if d.OK() && (keys[r] == 0 || r > 0 && keys[r] <= keys[r-1]) {
				d.Fail("feature %d: hash out of order", r)
			}
			rowStart = append(rowStart, int32(len(ws)))
			n := d.Count("weight", 2)
			c := uint64(0)
			for j := 0; j < n && d.OK(); j++ {
				gap := d.Uvarint()
				q := d.Varint()
				if j > 0 && gap == 0 {
					d.Fail("feature %d: repeated class", r)
				}
				c += gap
				if d.OK() && (c >= uint64(C) || q < -quantSteps || q > quantSteps || q == 0) {
					d.Fail("feature %d: class %d or weight %d out of range", r, c, q)
				}
				if d.OK() {
					cls = append(cls, uint16(c))
					ws = append(ws, float32(q)*scale)
				}
			}
		}
		if d.OK() {
			feats[dir] = hashtab.New(keys, rows)
		}
	}
	rowStart = append(rowStart, int32(len(ws)))
	if err := d.Err(); err != nil {
		return nil, err
	}
	return &Model{
		classes:  classes,
		feats:    feats,
		rowStart: rowStart,
		cls:      cls,
		w:        ws,
		dict:     hashtab.New(dictKeys, dictClass),
		amb:      hashtab.New(ambKeys, ambVals),
		step:     scale,
		backward: dirs == 2,
	}, nil
}
