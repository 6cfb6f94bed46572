package entity

import (
	"testing"

	"github.com/geoextract/geoextract/internal/methods"
)

// maxMethods bounds the methods declared on any one type of the package
// (issue #9, as in relation): a stage's methods live on a view of the
// document of its own (pluralReader, bodyReader, quoteReader, ...), not on
// Document or analysis. At its start (branch words15) the most were
// pluralReader's 30 and Document's 28.
const maxMethods = 30

// TestMethodSetSize counts the methods declared on each type of the
// package's non-test files and fails when one has more than maxMethods.
func TestMethodSetSize(t *testing.T) { methods.Check(t, ".", "Document", maxMethods) }
