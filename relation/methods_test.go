package relation

import (
	"testing"

	"github.com/geoextract/geoextract/internal/methods"
)

// maxMethods bounds the methods declared on any one type of the package
// (issue 9): a stage's methods live on a view of the sentence of its own
// (scanReader, triggerReader, graphReader, …), not on sentence.
const maxMethods = 30

// TestMethodSetSize counts the methods declared on each type of the
// package's non-test files and fails when one has more than maxMethods.
func TestMethodSetSize(t *testing.T) { methods.Check(t, ".", "sentence", maxMethods) }
