package modelio

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRoundTrip writes every kind of value and reads it back.
func TestRoundTrip(t *testing.T) {
	var e Encoder
	e.Raw("magic\n")
	e.Uvarint(300)
	e.Varint(-5)
	e.Uint64(1 << 63)
	e.Float32(1.5)
	e.String("NNP")
	e.Uvarint(2)
	e.Raw("\x00\x00")
	data, err := e.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	d := NewDecoder(data, "test", "magic\n")
	got := []any{d.Uvarint(), d.Varint(), d.Uint64(), d.Float32(), d.String(), d.Count("item", 1), d.String(), d.String()}
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
	want := []any{uint64(300), int64(-5), uint64(1 << 63), float32(1.5), "NNP", 2, "", ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestErrors(t *testing.T) {
	deflate := func(raw string) []byte {
		b, err := Deflate([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		data []byte
		read func(d *Decoder)
		want string
	}{
		{"not flate", []byte("plain"), func(*Decoder) {}, "test: model:"},
		{"bad magic", deflate("other\n"), func(*Decoder) {}, "bad magic"},
		{"truncated uint64", deflate("m\n\x01\x02"), func(d *Decoder) { d.Uint64() }, "byte 2: truncated"},
		{"count larger than the data", deflate("m\n\x09"), func(d *Decoder) { d.Count("thing", 1) }, "thing count 9"},
		{"bad varint", deflate("m\n\xff"), func(d *Decoder) { d.Uvarint() }, "bad varint"},
		{"NaN", deflate("m\n\x00\x00\xc0\x7f"), func(d *Decoder) { d.Float32() }, "not a finite number"},
		{"bytes left", deflate("m\n\x01\x02"), func(d *Decoder) { d.Uvarint() }, "1 bytes after the end"},
		{"first error sticks", deflate("m\n"), func(d *Decoder) { d.Uvarint(); d.Fail("later") }, "bad varint"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDecoder(tc.data, "test", "m\n")
			tc.read(d)
			err := d.Err()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}
