package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
)

// isWord reports whether the lower-case word w is in class c of the
// English word classes (internal/english/data/words.yaml), which entity
// and relation share. The classes are loaded once; should they fail to
// load, no word is in any class (english's tests load them).
func isWord(c english.Class, w string) bool { return english.Default().Has(c, w) }

// isMonthName reports whether w is the full name of a month: a word of
// class months that is no abbreviation ("sept.").
func isMonthName(w string) bool {
	_, ok := english.Default().Value(english.Months, w)
	return ok && !strings.HasSuffix(w, ".")
}

// classesOf returns the classes of the lower-case word w, so that a word
// asked about several classes is looked up once.
func classesOf(w string) english.Set { return english.Default().Classes(w) }
