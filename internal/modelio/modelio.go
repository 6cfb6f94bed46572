// Package modelio writes and reads the compact binary files of
// geoextract's trained models (the tagger, the lemmatizer): a magic line
// and a sequence of varints, fixed-width numbers and strings, compressed
// with flate. A Decoder checks every length against the bytes left, so a
// corrupt file gives an error that names the byte offset, never a panic
// or a huge allocation.
package modelio

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

// MaxDecoded bounds the decompressed size of a model file.
const MaxDecoded = 1 << 28

// Encoder builds a model file. The zero Encoder is ready to use; it is
// not safe for concurrent use.
type Encoder struct{ b []byte }

// Uvarint appends an unsigned varint.
func (e *Encoder) Uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }

// Varint appends a signed varint.
func (e *Encoder) Varint(v int64) { e.b = binary.AppendVarint(e.b, v) }

// Uint64 appends v as 8 little-endian bytes.
func (e *Encoder) Uint64(v uint64) { e.b = binary.LittleEndian.AppendUint64(e.b, v) }

// Float32 appends v's bits as 4 little-endian bytes.
func (e *Encoder) Float32(v float32) {
	e.b = binary.LittleEndian.AppendUint32(e.b, math.Float32bits(v))
}

// String appends a length and the bytes of s.
func (e *Encoder) String(s string) {
	e.Uvarint(uint64(len(s)))
	e.b = append(e.b, s...)
}

// Raw appends b as it is (a magic line).
func (e *Encoder) Raw(b string) { e.b = append(e.b, b...) }

// Bytes returns the compressed file.
func (e *Encoder) Bytes() ([]byte, error) { return Deflate(e.b) }

// Deflate compresses raw as a model file is compressed (tests use it to
// build corrupt files).
func Deflate(raw []byte) ([]byte, error) {
	var out bytes.Buffer
	zw, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Decoder reads a model file. The first error sticks: after it every
// read returns a zero value, and Err reports it. It is not safe for
// concurrent use; build one with NewDecoder.
type Decoder struct {
	what string
	b    []byte
	off  int
	err  error
}

// Inflate decompresses a model file, reading at most MaxDecoded bytes.
func Inflate(data []byte) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(data)), MaxDecoded+1))
	if err == nil && len(raw) > MaxDecoded {
		err = fmt.Errorf("larger than %d bytes decoded", MaxDecoded)
	}
	return raw, err
}

// NewDecoder decompresses data and checks that it starts with magic;
// what names the model in errors ("postag").
func NewDecoder(data []byte, what, magic string) *Decoder {
	d := &Decoder{what: what}
	raw, err := Inflate(data)
	if err != nil {
		d.err = fmt.Errorf("%s: model: %w", what, err)
	}
	d.b = raw
	if d.err == nil && string(d.fixed(len(magic))) != magic {
		d.err = fmt.Errorf("%s: model: bad magic (not a %s model, or another version)", what, what)
	}
	return d
}

// Fail records an error at the current offset, unless one is recorded.
func (d *Decoder) Fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%s: model byte %d: %s", d.what, d.off, fmt.Sprintf(format, args...))
	}
}

// Err returns the first error, or, at the end, an error if bytes are left.
func (d *Decoder) Err() error {
	if d.err == nil && d.off != len(d.b) {
		d.Fail("%d bytes after the end", len(d.b)-d.off)
	}
	return d.err
}

// OK reports whether no error has occurred yet.
func (d *Decoder) OK() bool { return d.err == nil }

// Uvarint reads an unsigned varint.
func (d *Decoder) Uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.Fail("bad varint")
		return 0
	}
	d.off += n
	return v
}

// Varint reads a signed varint.
func (d *Decoder) Varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b[d.off:])
	if n <= 0 {
		d.Fail("bad varint")
		return 0
	}
	d.off += n
	return v
}

func (d *Decoder) fixed(n int) []byte {
	if d.err != nil {
		return nil
	}
	if len(d.b)-d.off < n {
		d.Fail("truncated")
		return nil
	}
	v := d.b[d.off : d.off+n]
	d.off += n
	return v
}

// Uint64 reads 8 little-endian bytes.
func (d *Decoder) Uint64() uint64 {
	b := d.fixed(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// Float32 reads a float32; NaN and infinities are errors.
func (d *Decoder) Float32() float32 {
	b := d.fixed(4)
	if b == nil {
		return 0
	}
	v := math.Float32frombits(binary.LittleEndian.Uint32(b))
	if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
		d.Fail("not a finite number")
		return 0
	}
	return v
}

// Count reads a number of items and checks that the bytes left can hold
// that many items of at least minSize bytes each.
func (d *Decoder) Count(what string, minSize int) int {
	v := d.Uvarint()
	if d.err == nil && v > uint64(len(d.b)-d.off)/uint64(max(minSize, 1)) {
		d.Fail("%s count %d is more than the data holds", what, v)
		return 0
	}
	return int(v)
}

// String reads a length and that many bytes.
func (d *Decoder) String() string {
	n := d.Count("string byte", 1)
	return string(d.fixed(n))
}
