package fnvhash

import (
	"hash/fnv"
	"testing"
)

// TestAgreesWithStdlib checks Add and AddByte against hash/fnv's 64-bit
// FNV-1a over the same bytes, hashed in parts.
func TestAgreesWithStdlib(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parts []string
	}{
		{"empty", nil},
		{"one part", []string{"path"}},
		{"several parts", []string{"lca", "meet", "VERB"}},
		{"non-ascii", []string{"Bùi Thanh Sơn"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			std := fnv.New64a()
			h := uint64(Offset)
			for _, p := range tc.parts {
				std.Write([]byte(p))
				std.Write([]byte{0xff})
				h = AddByte(Add(h, p), 0xff)
			}
			if got, want := h, std.Sum64(); got != want {
				t.Errorf("hash %#x, hash/fnv gives %#x", got, want)
			}
		})
	}
}
