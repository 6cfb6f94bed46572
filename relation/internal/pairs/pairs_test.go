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
	for _, tc := range []struct {
		name  string
		train func([]Example, TrainConfig) *Model
	}{
		{"perceptron", Train},
		{"logistic", func(ex []Example, c TrainConfig) *Model { return TrainLogistic(ex, c, 0.5, 0) }},
	} {
		m := tc.train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1})
		if diff := cmp.Diff([]int{4, 19, None, None, None}, decisions(m)); diff != "" {
			t.Errorf("%s: decisions (-want +got):\n%s", tc.name, diff)
		}
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
// same flags, margin, decisions and bytes, a description that names its
// decision; training twice gives the same file.
func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name   string
		train  func() *Model
		flags  uint64
		suffix string // of String()
	}{
		{"multiclass", func() *Model { return Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1, Margin: 0.5}) }, 0, "margin 0.5"},
		{"bagged: an ordinary model", func() *Model { return Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1, Margin: 0.5, Bag: 3}) }, 0, "margin 0.5"},
		{"factored, roots of the cues", func() *Model {
			return TrainFactored(toyExamples(), TrainConfig{Epochs: 5, Seed: 1, Margin: 0.5, CueRoots: true})
		}, Factored | CueRoots, "margin 0.5, factored, roots of the cues"},
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
		if back.Flags() != tc.flags || back.Margin() != 0.5 {
			t.Errorf("%s: flags %#x margin %g after a round trip, want %#x and 0.5", tc.name, back.Flags(), back.Margin(), tc.flags)
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

// TestFlags checks that a model's flags survive a round trip, and that a
// model without flags is written as a version 1 file, as before flags
// existed.
func TestFlags(t *testing.T) {
	m := Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1, Margin: 0.5})
	for _, tc := range []struct {
		name  string
		flags uint64
		magic string
	}{
		{"no flags: version 1", 0, magic},
		{"flags: version 2", CueRoots, magic2},
	} {
		data, err := m.WithFlags(tc.flags).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		raw, err := modelio.Inflate(data)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(raw, []byte(tc.magic)) {
			t.Errorf("%s: file starts %q, want %q", tc.name, raw[:min(len(raw), 20)], tc.magic)
		}
		back, err := Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if back.Flags() != tc.flags || back.Margin() != 0.5 {
			t.Errorf("%s: flags %d margin %g after a round trip, want %d and 0.5", tc.name, back.Flags(), back.Margin(), tc.flags)
		}
		if diff := cmp.Diff(decisions(m), decisions(back)); diff != "" {
			t.Errorf("%s: decisions after a round trip (-want +got):\n%s", tc.name, diff)
		}
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

// TestTrainFactored checks the factored learners on the separable toy
// problem: each reads every pair as Train does, and records its flags.
func TestTrainFactored(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cfg   TrainConfig
		flags uint64
	}{
		{"root model of the related pairs", TrainConfig{Epochs: 5, Seed: 1}, Factored},
		{"more epochs for the roots", TrainConfig{Epochs: 5, Seed: 1, RootEpochs: 9}, Factored},
		{"roots of the multiclass model", TrainConfig{Epochs: 5, Seed: 1, JointRoots: true}, Factored},
		{"roots among the cues", TrainConfig{Epochs: 5, Seed: 1, CueRoots: true}, Factored | CueRoots},
	} {
		m := TrainFactored(toyExamples(), tc.cfg)
		if diff := cmp.Diff([]int{4, 19, None, None, None}, decisions(m)); diff != "" {
			t.Errorf("%s: decisions (-want +got):\n%s", tc.name, diff)
		}
		if m.Flags() != tc.flags {
			t.Errorf("%s: flags %#x, want %#x", tc.name, m.Flags(), tc.flags)
		}
	}
	b := TrainBlended(toyExamples(), TrainConfig{Epochs: 5, Seed: 1}, 1)
	if diff := cmp.Diff([]int{4, 19, None, None, None}, decisions(b)); diff != "" {
		t.Errorf("blended: decisions (-want +got):\n%s", diff)
	}
	if b.Flags() != 0 {
		t.Errorf("blended: flags %#x, want none (an ordinary model)", b.Flags())
	}
	// The binary model's weights lower NONE's: a pair reads as related
	// by a larger lead than in the multiclass model alone.
	_, joint := Train(toyExamples(), TrainConfig{Epochs: 5, Seed: 1}).Decide([]uint64{5, 11})
	if _, lead := b.Decide([]uint64{5, 11}); lead <= joint {
		t.Errorf("blended: lead %g over NONE, want more than the multiclass model's %g", lead, joint)
	}
}

// handModel decodes a hand-built model of flags: key 1 gives NONE (or,
// factored, the binary model) 3, root 4 weight 1 and root 9 weight 2;
// key 2 gives root 4 weight 5.
func handModel(t *testing.T, flags uint64) *Model {
	t.Helper()
	raw := []byte(magic)
	if flags != 0 {
		raw = binary.AppendUvarint([]byte(magic2), flags)
	}
	raw = append(raw, rawModel(0, weights(1, [][2]float32{{0, 3}, {4, 1}, {9, 2}}), weights(2, [][2]float32{{4, 5}}))[len(magic):]...)
	m, err := Decode(mustDeflate(t, raw))
	if err != nil {
		t.Fatalf("hand-built model of flags %#x: %v", flags, err)
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

// TestDecideCues checks how the model's flags read class 0 and the cues:
// a model of the old format as before, class 0 NONE and the cues unread.
func TestDecideCues(t *testing.T) {
	type decision struct {
		Class int
		Score float32
	}
	for _, tc := range []struct {
		name  string
		flags uint64
		keys  []uint64
		cues  []uint8
		want  decision
	}{
		{"version 1: the best root must beat NONE", 0, []uint64{1}, nil, decision{None, -1}},
		{"version 1: cues are not read", 0, []uint64{1, 2}, []uint8{9}, decision{4, 3}},
		{"factored: class 0 is the related score", Factored, []uint64{1}, nil, decision{9, 3}},
		{"factored: the score of a pair of no root weight", Factored, []uint64{2}, nil, decision{None, 0}},
		{"cue roots: the best of the cues", Factored | CueRoots, []uint64{1, 2}, []uint8{9}, decision{9, 3}},
		{"cue roots: of several cues the best", Factored | CueRoots, []uint64{1, 2}, []uint8{9, 4}, decision{4, 3}},
		{"cue roots: a cue that is no root is not read", Factored | CueRoots, []uint64{1, 2}, []uint8{0, 21}, decision{4, 3}},
		{"cue roots: no cue, the best root", Factored | CueRoots, []uint64{1}, nil, decision{9, 3}},
		{"cue roots in a multiclass model", CueRoots, []uint64{1}, []uint8{4}, decision{None, -2}},
	} {
		c, d := DecideCues(handModel(t, tc.flags), tc.keys, tc.cues)
		if diff := cmp.Diff(tc.want, decision{c, d}); diff != "" {
			t.Errorf("%s: DecideCues(%v, %v) (-want +got):\n%s", tc.name, tc.keys, tc.cues, diff)
		}
	}
}

// TestTrainOptions checks the multiclass learner's options on the toy
// problem: each still reads every pair right, deterministically, and a
// bag of one model, or an update margin of 0, is Train itself.
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
		{"update margin 0", TrainConfig{Epochs: 5, Seed: 1, UpdateMargin: 0}, true},
		{"bag of three", TrainConfig{Epochs: 5, Seed: 1, Bag: 3}, false},
		{"update margin", TrainConfig{Epochs: 5, Seed: 1, UpdateMargin: 2}, false},
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
