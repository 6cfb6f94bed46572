package relation

import (
	"fmt"
	"io"
)

// Frames are the dependency roles of the parse fallback: which relations
// of a sentence's UD graph hold a trigger's subject, object and the
// other roles, and the word lists that go with them (the keys of
// relation/data/frames/frames.yaml). The English word lists (markers,
// light and recipient verbs, document nouns, event noun endings …) are
// classes of the one English lexicon, internal/english's words.yaml,
// which frames.yaml names at their keys: an extractor reads them from
// its lexicon's classes, so words a user lexicon adds to a class (under
// words:) reach the parse fallback too. A frames file may still give
// such a key, and its words then replace the class's for these frames
// alone (the lexicon's classes, which the scanner reads, are unchanged).
// A Frames is immutable and safe for concurrent use. The zero Frames,
// like a nil *Frames, stands for the embedded frames; load a file with
// LoadFrames.
type Frames struct {
	fr *frames // nil: the embedded frames
}

// DefaultFrames returns the embedded frames (relation/data/frames/
// frames.yaml), loaded once.
func DefaultFrames() (*Frames, error) {
	fr, err := defaultFrames()
	if err != nil {
		return nil, err
	}
	return &Frames{fr: fr}, nil
}

// LoadFrames reads a frames file in YAML, a mapping of the keys of the
// embedded frames.yaml to lists, and merges it over the embedded frames:
// each key the file gives replaces that key's list wholesale, and the
// keys it leaves out keep the embedded lists (for a word list: its class
// of words.yaml, with the additions of the extractor's lexicon). So "agent: [obl:agent]" switches the passive agent role
// on, "particle: []" switches split particle verbs off and "cancel_verbs:
// [cancel]" reads only "cancel" as calling off an event noun. name is used in error positions: when the input is
// invalid (an unknown key, an unknown dependency relation or policy) the
// error is an [ErrorList] with every problem found, each at its
// file:line:col.
func LoadFrames(r io.Reader, name string) (*Frames, error) {
	fr, err := loadOver(r, name, defaultFrames, mergeFrames)
	if err != nil {
		return nil, err
	}
	return &Frames{fr: fr}, nil
}

// loadOver reads the user file name from r and merges it over the
// embedded data that base returns: LoadFrames, LoadAccusals and
// LoadRoots. base's data is not changed.
func loadOver[T any](r io.Reader, name string, base func() (*T, error), merge func(base *T, data []byte, name string) (*T, error)) (*T, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("relation: reading %s: %w", name, err)
	}
	b, err := base()
	if err != nil {
		return nil, err
	}
	return merge(b, data, name)
}

// mergeFrames returns base with the keys of the frames file data
// replaced by the file's lists; base is not changed.
func mergeFrames(base *frames, data []byte, name string) (*frames, error) {
	user, given, err := readFrames(data, name)
	if err != nil {
		return nil, err
	}
	out := *base
	roles, words := out.lists()
	userRoles, userWords := user.lists()
	for _, key := range given {
		if dst, ok := roles[key]; ok {
			*dst = *userRoles[key]
		} else if dst, ok := words[key]; ok {
			*dst = *userWords[key]
		}
	}
	for i, given := range user.givenWords {
		out.givenWords[i] = out.givenWords[i] || given
	}
	out.compileVerbSets()
	return &out, nil
}
