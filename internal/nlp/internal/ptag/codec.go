package ptag

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/geoextract/geoextract/internal/hashtab"
	"github.com/geoextract/geoextract/internal/modelio"
	"github.com/geoextract/geoextract/internal/offheap"
)

// Compile builds a Model from prose's tagger data: weights (feature →
// class → weight), the tag dictionary (word → tag), the classes in
// prose's order, and prose's emoticons. It fails if a weight is not a
// whole number of thousandths or if two strings share a hash.
func Compile(weights map[string]map[string]float64, tagMap map[string]string, classes, emoticons []string) (*Model, error) {
	m := &Model{}
	index := map[string]int{}
	addTag := func(t string) int {
		if i, ok := index[t]; ok {
			return i
		}
		index[t] = len(m.tags)
		m.tags = append(m.tags, t)
		return len(m.tags) - 1
	}
	for _, c := range classes {
		addTag(c)
	}
	feats := make([]string, 0, len(weights))
	var extra []string
	for f, row := range weights {
		feats = append(feats, f)
		for c := range row {
			if _, ok := index[c]; !ok && !slices.Contains(extra, c) {
				extra = append(extra, c)
			}
		}
	}
	slices.Sort(extra)
	for _, c := range extra {
		addTag(c)
	}
	m.nClasses = len(m.tags)
	n, pw := m.nClasses, (m.nClasses+63)/64
	slices.Sort(feats)
	seen := map[uint64]string{}
	check := func(s string) (uint64, error) {
		h := hashString(s)
		if prev, ok := seen[h]; ok && prev != s {
			return 0, fmt.Errorf("ptag: %q and %q share a hash", prev, s)
		}
		seen[h] = s
		return h, nil
	}
	keys := make([]uint64, len(feats))
	rows := make([]uint64, len(feats))
	m.weights = make([]int32, len(feats)*n)
	m.present = make([]uint64, len(feats)*pw)
	for r, f := range feats {
		h, err := check(f)
		if err != nil {
			return nil, err
		}
		keys[r], rows[r] = h, uint64(r)
		for c, w := range weights[f] {
			k := index[c]
			q := math.Round(w * 1000)
			if math.Abs(q-w*1000) > 1e-6 || math.Abs(q) > math.MaxInt32 {
				return nil, fmt.Errorf("ptag: weight %v of %q for %s is not a whole number of thousandths", w, f, c)
			}
			m.weights[r*n+k] = int32(q)
			m.present[r*pw+k/64] |= 1 << (k % 64)
		}
	}
	m.feats = hashtab.New(keys, rows)
	seen = map[uint64]string{}
	words := make([]string, 0, len(tagMap))
	for w := range tagMap {
		words = append(words, w)
	}
	slices.Sort(words)
	keys, vals := make([]uint64, len(words)), make([]uint64, len(words))
	for i, w := range words {
		h, err := check(w)
		if err != nil {
			return nil, err
		}
		keys[i], vals[i] = h, uint64(addTag(tagMap[w]))
	}
	m.words = hashtab.New(keys, vals)
	seen = map[uint64]string{}
	keys = keys[:0]
	for _, e := range emoticons {
		h, err := check(e)
		if err != nil {
			return nil, err
		}
		keys = append(keys, h)
	}
	m.emoticons = hashtab.New(keys, make([]uint64, len(keys)))
	return m, nil
}

// The model file (see package modelio) holds, after the magic line:
//
//	uvarint T, then T strings: the tags; uvarint C: the first C are classes
//	uvarint W, then W times by increasing hash: uint64 word hash, uvarint tag
//	uvarint E, then E times by increasing hash: uint64 emoticon hash
//	uvarint R, then R times by increasing hash: uint64 feature hash,
//	    uvarint n, then n times: uvarint class gap, varint weight (thousandths)
const magic = "geoextract ptag 1\n"

// maxCells bounds the dense weight table a file may ask for (prose's
// model needs 3.4 million cells).
const maxCells = 1 << 26

// MarshalBinary encodes the model; Load decodes it.
func (m *Model) MarshalBinary() ([]byte, error) {
	var e modelio.Encoder
	e.Raw(magic)
	e.Uvarint(uint64(len(m.tags)))
	for _, t := range m.tags {
		e.String(t)
	}
	e.Uvarint(uint64(m.nClasses))
	keys, vals := m.words.Sorted()
	e.Uvarint(uint64(len(keys)))
	for i, k := range keys {
		e.Uint64(k)
		e.Uvarint(vals[i])
	}
	keys, _ = m.emoticons.Sorted()
	e.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.Uint64(k)
	}
	n, pw := m.nClasses, (m.nClasses+63)/64
	keys, vals = m.feats.Sorted()
	e.Uvarint(uint64(len(keys)))
	for i, k := range keys {
		e.Uint64(k)
		r := int(vals[i])
		var cs []int
		for c := range n {
			if m.present[r*pw+c/64]&(1<<(c%64)) != 0 {
				cs = append(cs, c)
			}
		}
		e.Uvarint(uint64(len(cs)))
		last := 0
		for _, c := range cs {
			e.Uvarint(uint64(c - last))
			e.Varint(int64(m.weights[r*n+c]))
			last = c
		}
	}
	return e.Bytes()
}

// Load decodes a model written by MarshalBinary. A corrupt file gives an
// error, never a panic.
func Load(data []byte) (*Model, error) {
	d := modelio.NewDecoder(data, "ptag", magic)
	T := d.Count("tag", 1)
	m := &Model{}
	for range T {
		m.tags = append(m.tags, d.String())
	}
	C := d.Uvarint()
	if d.OK() && C > uint64(T) {
		d.Fail("%d classes of %d tags", C, T)
	}
	m.nClasses = int(C)
	sortedEntries := func(what string, withVal bool, maxVal uint64) ([]uint64, []uint64) {
		N := d.Count(what, 9)
		keys, vals := make([]uint64, 0, N), make([]uint64, 0, N)
		for i := 0; i < N && d.OK(); i++ {
			k, v := d.Uint64(), uint64(0)
			if withVal {
				v = d.Uvarint()
			}
			if d.OK() && (k == 0 || i > 0 && k <= keys[i-1] || v >= max(maxVal, 1)) {
				d.Fail("bad %s entry %d", what, i)
			}
			keys, vals = append(keys, k), append(vals, v)
		}
		return keys, vals
	}
	keys, vals := sortedEntries("word", true, uint64(len(m.tags)))
	m.words = hashtab.New(keys, vals)
	keys, vals = sortedEntries("emoticon", false, 0)
	m.emoticons = hashtab.New(keys, vals)
	n, pw := m.nClasses, (m.nClasses+63)/64
	R := d.Count("feature", 9)
	if d.OK() && uint64(R)*uint64(n+pw) > maxCells {
		d.Fail("%d features × %d classes is too large", R, n)
	}
	if d.OK() {
		keys, vals = make([]uint64, R), make([]uint64, R)
		// Outside the collected heap: see package offheap.
		m.weights = offheap.Make[int32](m, R*n)
		m.present = offheap.Make[uint64](m, R*pw)
	}
	for r := 0; r < R && d.OK(); r++ {
		keys[r], vals[r] = d.Uint64(), uint64(r)
		if d.OK() && (keys[r] == 0 || r > 0 && keys[r] <= keys[r-1]) {
			d.Fail("feature %d: hash out of order", r)
		}
		cnt := d.Count("weight", 2)
		c := uint64(0)
		for j := 0; j < cnt && d.OK(); j++ {
			gap, q := d.Uvarint(), d.Varint()
			if j > 0 && gap == 0 {
				d.Fail("feature %d: repeated class", r)
			}
			c += gap
			if d.OK() && (c >= uint64(n) || q < math.MinInt32 || q > math.MaxInt32) {
				d.Fail("feature %d: class %d or weight %d out of range", r, c, q)
			}
			if d.OK() {
				m.weights[r*n+int(c)] = int32(q)
				m.present[r*pw+int(c/64)] |= 1 << (c % 64)
			}
		}
	}
	if err := d.Err(); err != nil {
		return nil, err
	}
	m.feats = hashtab.New(keys, vals)
	return m, nil
}

//go:generate go run ../gen -out model.bin

//go:embed model.bin
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) { return Load(embedded) })

// Default returns the embedded model (prose's tagger, compiled), decoded
// on first use and shared.
func Default() (*Model, error) { return defaultModel() }
