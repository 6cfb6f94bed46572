package lemma

import (
	"cmp"
	"math"
	"slices"

	"github.com/geoextract/geoextract/internal/modelio"
)

// The model file (see package modelio) holds, after the magic line:
//
//	uvarint T, then T times: string tag, uvarint lower (0 or 1)
//	uvarint R, then R times: uvarint cut, string add
//	uvarint S, then S times: uvarint tag, string suffix, uvarint rule
//	uvarint E, then E times: uvarint tag, string form, string lemma
//
// Entries are sorted, so the same model gives the same bytes.
const magic = "geoextract lemma 1\n"

// MarshalBinary encodes the model; Load decodes it.
func (m *Model) MarshalBinary() ([]byte, error) {
	var e modelio.Encoder
	e.Raw(magic)
	e.Uvarint(uint64(len(m.tags)))
	for t, name := range m.tags {
		e.String(name)
		if m.lower[t] {
			e.Uvarint(1)
		} else {
			e.Uvarint(0)
		}
	}
	e.Uvarint(uint64(len(m.rules)))
	for _, r := range m.rules {
		e.Uvarint(uint64(r.cut))
		e.String(r.add)
	}
	e.Uvarint(uint64(len(m.suffixes)))
	for _, k := range sortedKeys(m.suffixes) {
		e.Uvarint(uint64(k.tag))
		e.String(k.form)
		e.Uvarint(uint64(m.suffixes[k]))
	}
	e.Uvarint(uint64(len(m.exceptions)))
	for _, k := range sortedKeys(m.exceptions) {
		e.Uvarint(uint64(k.tag))
		e.String(k.form)
		e.String(m.exceptions[k])
	}
	return e.Bytes()
}

func sortedKeys[V any](mp map[formKey]V) []formKey {
	keys := make([]formKey, 0, len(mp))
	for k := range mp {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b formKey) int { return cmp.Or(cmp.Compare(a.tag, b.tag), cmp.Compare(a.form, b.form)) })
	return keys
}

// Load decodes a model written by MarshalBinary. A corrupt or truncated
// file gives an error, never a panic.
func Load(data []byte) (*Model, error) {
	d := modelio.NewDecoder(data, "lemma", magic)
	T := d.Count("tag", 2)
	if d.OK() && T > math.MaxUint16 {
		d.Fail("%d tags", T)
	}
	m := &Model{tagIndex: map[string]uint16{}, suffixes: map[formKey]int32{}, exceptions: map[formKey]string{}}
	for t := 0; t < T && d.OK(); t++ {
		name := d.String()
		low := d.Uvarint()
		if _, dup := m.tagIndex[name]; d.OK() && (dup || low > 1) {
			d.Fail("tag %d: repeated or bad flag", t)
		}
		m.tagIndex[name] = uint16(t)
		m.tags = append(m.tags, name)
		m.lower = append(m.lower, low == 1)
	}
	R := d.Count("rule", 2)
	for i := 0; i < R && d.OK(); i++ {
		m.rules = append(m.rules, rule{cut: int(min(d.Uvarint(), math.MaxInt32)), add: d.String()})
	}
	tag := func() uint16 {
		t := d.Uvarint()
		if d.OK() && t >= uint64(len(m.tags)) {
			d.Fail("tag %d out of range", t)
		}
		return uint16(t)
	}
	S := d.Count("suffix", 3)
	for i := 0; i < S && d.OK(); i++ {
		k := formKey{tag(), d.String()}
		r := d.Uvarint()
		if d.OK() && r >= uint64(len(m.rules)) {
			d.Fail("suffix %d: rule %d out of range", i, r)
		}
		m.suffixes[k] = int32(r)
	}
	E := d.Count("exception", 3)
	for i := 0; i < E && d.OK(); i++ {
		k := formKey{tag(), d.String()}
		m.exceptions[k] = d.String()
	}
	if err := d.Err(); err != nil {
		return nil, err
	}
	return m, nil
}
