package pairs

import (
	"bytes"
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/modelio"
)

// toyExamples is a separable problem: key 11 marks class 4, key 13 class
// 19, key 17 NONE; key 5 is in every pair.
func toyExamples() []Example {
	var ex []Example
	for range 20 {
		ex = append(ex,
			Example{Keys: []uint64{5, 11}, Class: 4},
			Example{Keys: []uint64{5, 13}, Class: 19},
			Example{Keys: []uint64{5, 17}, Class: None},
			Example{Keys: []uint64{5, 17, 11}, Class: None},
			Example{Keys: []uint64{5, 11, 13}, Class: -1}, // not trained on
		)
	}
	return ex
}

func decisions(m *Model) []int {
	var out []int
	for _, keys := range [][]uint64{{5, 11}, {5, 13}, {5, 17}, {5, 17, 11}, {99}} {
		c, _ := m.Decide(keys)
		out = append(out, c)
	}
	return out
}

func TestTrainDecide(t *testing.T) {
	m := Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1})
	if diff := cmp.Diff([]int{4, 19, None, None, None}, decisions(m)); diff != "" {
		t.Errorf("decisions (-want +got):\n%s", diff)
	}
}

// TestMargin checks that a margin above the best root's lead over NONE
// turns the decision to NONE.
func TestMargin(t *testing.T) {
	m := Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1})
	_, lead := m.Decide([]uint64{5, 11})
	if got, _ := m.WithMargin(lead + 1).Decide([]uint64{5, 11}); got != None {
		t.Errorf("margin %g above the lead %g: class %d, want NONE", lead+1, lead, got)
	}
}

// TestRoundTrip writes a model of each learner and reads it back: the
// same margin, decisions and bytes, a description that names the margin;
// training twice gives the same file.
func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name   string
		train  func() *Model
		suffix string // of String()
	}{
		{"multiclass", func() *Model { return Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1, Margin: 0.5}) }, "margin 0.5"},
		{"bagged: an ordinary model", func() *Model { return Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1, Margin: 0.5, Bag: 3}) }, "margin 0.5"},
	} {
		m := tc.train()
		data, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if back.Margin() != 0.5 {
			t.Errorf("%s: margin %g after a round trip, want 0.5", tc.name, back.Margin())
		}
		if diff := cmp.Diff(decisions(m), decisions(back)); diff != "" {
			t.Errorf("%s: decisions after a round trip (-want +got):\n%s", tc.name, diff)
		}
		again, err := back.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		twice, err := tc.train().MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, again) || !bytes.Equal(data, twice) {
			t.Errorf("%s: the file changed after a round trip or a second training", tc.name)
		}
		if s := back.String(); !strings.HasSuffix(s, tc.suffix) {
			t.Errorf("%s: String() = %q, want it to end %q", tc.name, s, tc.suffix)
		}
	}
}

// TestVersions checks that a model is written as a version 1 file, and
// that a version 2 file (with flags) whose flags are none reads as the
// same model.
func TestVersions(t *testing.T) {
	m := Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1, Margin: 0.5})
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := modelio.Inflate(data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		t.Errorf("file starts %q, want %q", raw[:min(len(raw), 20)], magic)
	}
	v2 := append(binary.AppendUvarint([]byte(magic2), 0), raw[len(magic):]...)
	back, err := Decode(mustDeflate(t, v2))
	if err != nil {
		t.Fatalf("version 2 without flags: %v", err)
	}
	if back.Margin() != 0.5 {
		t.Errorf("version 2 without flags: margin %g, want 0.5", back.Margin())
	}
	if diff := cmp.Diff(decisions(m), decisions(back)); diff != "" {
		t.Errorf("version 2 without flags: decisions (-want +got):\n%s", diff)
	}
}

// rawModel builds an uncompressed model body after the magic line.
func rawModel(margin float32, rows ...func(*[]byte)) []byte {
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(margin))
	b = binary.AppendUvarint(b, uint64(len(rows)))
	for _, r := range rows {
		r(&b)
	}
	return b
}

// row appends a row of key k with classes cs, each of weight 1.
func row(k uint64, cs ...uint64) func(*[]byte) {
	return func(b *[]byte) {
		*b = binary.LittleEndian.AppendUint64(*b, k)
		*b = binary.AppendUvarint(*b, uint64(len(cs)))
		for _, c := range cs {
			*b = binary.AppendUvarint(*b, c)
			*b = binary.LittleEndian.AppendUint32(*b, math.Float32bits(1))
		}
	}
}

var decodeErrors = []struct {
	name string
	raw  []byte // deflated by the test; nil: data is used as it is
	data []byte
	want string
}{
	{"not compressed", nil, []byte("plain text"), "pairs: model:"},
	{"bad magic", []byte("geoextract postag 1\n"), nil, "bad magic"},
	{"truncated margin", []byte(magic + "\x00\x00"), nil, "byte 19: truncated"},
	{"truncated flags", []byte(magic2 + "\x80"), nil, "byte 19:"},
	{"unknown flags", append([]byte(magic2), 0x80, 0x80, 0x04), nil, "byte 22: unknown flags 0x10000 (a model of a later version?)"},
	{"removed: word clusters", append([]byte(magic2), 0x80, 0x08), nil, "byte 21: flags 0x400: a model trained with word clusters (pairtrain -clusters), a setting since removed"},
	{"a root model", append([]byte(magic2), 0x82, 0x02), nil, "byte 21: flags 0x102: a model trained with the root relabeler"},
	{"more rows than bytes", append(rawModel(0)[:len(magic)+4], 0x7f), nil, "feature count 127 is more than the data holds"},
	{"keys out of order", rawModel(0, row(9, 1), row(7, 1)), nil, "feature hash 0x7 out of order"},
	{"zero key", rawModel(0, row(0, 1)), nil, "feature hash 0x0 out of order"},
	{"empty row", rawModel(0, row(9)), nil, "row of 0 weights"},
	{"class out of range", rawModel(0, row(9, 21)), nil, "class 21 out of order"},
	{"classes out of order", rawModel(0, row(9, 4, 2)), nil, "class 2 out of order"},
	{"bytes after the end", append(rawModel(0, row(9, 1)), 0), nil, "1 bytes after the end"},
	{"infinite margin", rawModel(float32(math.Inf(1))), nil, "not a finite number"},
}

// TestRemovedFlags checks that a model file trained with a removed
// setting is rejected with an error that names it.
func TestRemovedFlags(t *testing.T) {
	for _, r := range removedFlags {
		raw := binary.AppendUvarint([]byte(magic2), r.flag)
		raw = append(raw, rawModel(0)[len(magic):]...)
		_, err := Decode(mustDeflate(t, raw))
		if err == nil || !strings.Contains(err.Error(), r.name) || !strings.Contains(err.Error(), "removed") {
			t.Errorf("flag %#x: error %v, want one naming %q as removed", r.flag, err, r.name)
		}
	}
}

// TestDecodeErrors checks that corrupt files give an error that says what
// is wrong and, past the magic line, at which byte.
func TestDecodeErrors(t *testing.T) {
	for _, tc := range decodeErrors {
		data := tc.data
		if tc.raw != nil {
			var err error
			if data, err = modelio.Deflate(tc.raw); err != nil {
				t.Fatal(err)
			}
		}
		_, err := Decode(data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Decode error = %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	m, err := Decode(mustDeflate(t, rawModel(1.5, row(7, 0, 4), row(9, 19))))
	if err != nil {
		t.Fatalf("a valid hand-built model: %v", err)
	}
	if rows, weights := m.Size(); rows != 2 || weights != 3 {
		t.Errorf("hand-built model: %d rows, %d weights, want 2 and 3", rows, weights)
	}
}

func mustDeflate(t testing.TB, raw []byte) []byte {
	t.Helper()
	data, err := modelio.Deflate(raw)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// FuzzDecode checks that Decode never panics, and that a model it accepts
// writes back to a file it reads the same way.
func FuzzDecode(f *testing.F) {
	for _, tc := range decodeErrors {
		if tc.raw != nil {
			f.Add(tc.raw)
		}
	}
	f.Add(rawModel(1.5, row(7, 0, 4), row(9, 19)))
	f.Add(append([]byte(magic2+"\x01"), rawModel(1.5, row(7, 0, 4))[len(magic):]...))
	f.Add(append([]byte(magic2+"\x80\x06"), rawModel(1.5, row(7, 0, 4), row(9, 19))[len(magic):]...))
	f.Fuzz(func(t *testing.T, raw []byte) {
		data, err := modelio.Deflate(raw)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Decode(data)
		if err != nil {
			return
		}
		again, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Decode(again)
		if err != nil {
			t.Fatalf("a model written back does not read: %v", err)
		}
		if diff := cmp.Diff(decisions(m), decisions(back)); diff != "" {
			t.Errorf("decisions after writing back (-want +got):\n%s", diff)
		}
	})
}

// handModel decodes a hand-built model: key 1 gives NONE 3, root 4
// weight 1 and root 9 weight 2; key 2 gives root 4 weight 5.
func handModel(t *testing.T) *Model {
	t.Helper()
	m, err := Decode(mustDeflate(t, rawModel(0, weights(1, [][2]float32{{0, 3}, {4, 1}, {9, 2}}), weights(2, [][2]float32{{4, 5}}))))
	if err != nil {
		t.Fatalf("hand-built model: %v", err)
	}
	return m
}

// weights appends a row of key k with (class, weight) pairs.
func weights(k uint64, cw [][2]float32) func(*[]byte) {
	return func(b *[]byte) {
		*b = binary.LittleEndian.AppendUint64(*b, k)
		*b = binary.AppendUvarint(*b, uint64(len(cw)))
		for _, x := range cw {
			*b = binary.AppendUvarint(*b, uint64(x[0]))
			*b = binary.LittleEndian.AppendUint32(*b, math.Float32bits(x[1]))
		}
	}
}

// TestDecide checks the decision on a hand-built model: the best root,
// by how much it beats NONE.
func TestDecide(t *testing.T) {
	type decision struct {
		Class int
		Score float32
	}
	for _, tc := range []struct {
		name string
		keys []uint64
		want decision
	}{
		{"the best root must beat NONE", []uint64{1}, decision{None, -1}},
		{"the best root of two keys", []uint64{1, 2}, decision{4, 3}},
	} {
		c, d := handModel(t).Decide(tc.keys)
		if diff := cmp.Diff(tc.want, decision{c, d}); diff != "" {
			t.Errorf("%s: Decide(%v) (-want +got):\n%s", tc.name, tc.keys, diff)
		}
	}
}

// TestTrainOptions checks the multiclass learner's options on the toy
// problem: each still reads every pair right, deterministically, and a
// bag of one model is Train itself.
func TestTrainOptions(t *testing.T) {
	plain, err := Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		cfg   TrainConfig
		plain bool // the same file as Train without the option
	}{
		{"bag of one", TrainConfig{Epochs: 5, Seed: 1, Bag: 1}, true},
		{"bag of three", TrainConfig{Epochs: 5, Seed: 1, Bag: 3}, false},
	} {
		m := Train(toyExamples(), tc.cfg)
		if diff := cmp.Diff([]int{4, 19, None, None, None}, decisions(m)); diff != "" {
			t.Errorf("%s: decisions (-want +got):\n%s", tc.name, diff)
		}
		a, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		b, err := Train(toyExamples(), tc.cfg).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two trainings wrote different files", tc.name)
		}
		if bytes.Equal(a, plain) != tc.plain {
			t.Errorf("%s: the same file as Train without the option: %v, want %v", tc.name, !tc.plain, tc.plain)
		}
	}
}
