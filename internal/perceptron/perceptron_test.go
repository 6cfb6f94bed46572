package perceptron

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// change is one update: delta added at a step.
type change struct {
	step  int32
	delta float32
}

// mean is the average both bookkeepings give: the weight in force at
// each of the steps 0 to now-1, a change at step s being in force from
// step s on, summed and divided by now.
func mean(changes []change, now int32) float64 {
	var sum, w float64
	k := 0
	for s := int32(0); s < now; s++ {
		for k < len(changes) && changes[k].step <= s {
			w += float64(changes[k].delta)
			k++
		}
		sum += w
	}
	return sum / float64(now)
}

var cases = []struct {
	name    string
	changes []change
	now     int32
	reason  string
}{
	{"never changed", nil, 10, "a zero weight averages to zero"},
	{"one change", []change{{3, 1}}, 10, "a weight set at step 3 counts from then on"},
	{"up and down", []change{{2, 1}, {2, 1}, {5, -1}, {9, 0.5}}, 12, "several changes at one step add up"},
	{"at the end", []change{{4, -2}, {8, 2}}, 8, "a change at step now is in force at no step counted"},
}

func TestLazy(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var c Lazy[float64]
			for _, ch := range tc.changes {
				c.Add(ch.step, ch.delta)
			}
			if diff := cmp.Diff(mean(tc.changes, tc.now), c.Average(tc.now)); diff != "" {
				t.Errorf("%s: Average mismatch (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestSum(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var c Sum[float64]
			var d Dense[float64]
			d.C = 2
			d.AddRow()
			r := d.AddRow()
			for _, ch := range tc.changes {
				c.Add(float64(ch.step), ch.delta)
				d.Add(r, 1, float64(ch.step), ch.delta)
			}
			want := mean(tc.changes, tc.now)
			if diff := cmp.Diff(want, c.Average(float64(tc.now))); diff != "" {
				t.Errorf("%s: Sum.Average mismatch (-want +got):\n%s", tc.reason, diff)
			}
			if diff := cmp.Diff(want, d.Average(r, 1, float64(tc.now))); diff != "" {
				t.Errorf("%s: Dense.Average mismatch (-want +got):\n%s", tc.reason, diff)
			}
			if diff := cmp.Diff([]float32{0, c.W}, d.Row(r)); diff != "" {
				t.Errorf("Dense.Row mismatch (-want +got):\n%s", diff)
			}
			if got := d.Average(0, 0, float64(tc.now)); got != 0 {
				t.Errorf("an untouched row averages to %v", got)
			}
		})
	}
}

func TestZeroSteps(t *testing.T) {
	var l Lazy[float32]
	var s Sum[float32]
	if l.Average(0) != 0 || s.Average(0) != 0 {
		t.Errorf("zero weights at step 0: Lazy %v, Sum %v", l.Average(0), s.Average(0))
	}
}
