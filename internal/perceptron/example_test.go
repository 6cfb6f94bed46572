package perceptron_test

import (
	"fmt"

	"github.com/geoextract/geoextract/internal/perceptron"
)

// A weight raised at step 2 and lowered at step 6, averaged over 8 steps:
// 0 for steps 0-1, 1 for steps 2-5, 0 for steps 6-7. Both bookkeepings
// give the mean.
func Example() {
	var lazy perceptron.Lazy[float64]
	var sum perceptron.Sum[float64]
	lazy.Add(2, 1)
	sum.Add(2, 1)
	lazy.Add(6, -1)
	sum.Add(6, -1)
	fmt.Println(lazy.W, lazy.Average(8), sum.Average(8))
	// Output: 0 0.5 0.5
}
