package cputime

import "testing"

// TestSecondsGrows checks that busy work shows as CPU time (on systems
// that report it) and that the clock never runs backwards.
func TestSecondsGrows(t *testing.T) {
	t0 := Seconds()
	x := 0
	for i := range 50_000_000 {
		x ^= i * i
	}
	t1 := Seconds()
	if t1 < t0 {
		t.Fatalf("Seconds went from %v to %v (x=%d)", t0, t1, x)
	}
}
