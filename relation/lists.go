package relation

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// listsFile names a data file that is one YAML mapping of keys to lists
// (data/frames/frames.yaml, data/accuse/accuse.yaml), for the messages of
// decodeLists: `frames: unknown role "x"`, `frames: role "x": want a
// list`. The zero listsFile gives messages with empty names.
type listsFile struct {
	name string // the file's kind, which prefixes every message: "frames"
	key  string // what a key of the mapping is: "role"
}

// listItem reads one item n of the list of key, adding its errors, at
// pos, to errs.
type listItem func(key string, n *yaml.Node, pos Position, errs *ErrorList)

// decodeLists decodes data, read from file, as a mapping of keys to lists,
// and calls item on every item of every list, in file order. known reports
// whether a key may be given. A key that is not known, a key given twice
// and a value that is no list are errors at their file:line:col; item adds
// the errors of the items. An empty document has no keys. It returns an
// ErrorList sorted by position, or a plain error when data is no YAML; it
// never panics. It also returns the keys the file gives, in file order (a
// key given an empty list too): those a user file merges over the
// embedded data (mergeFrames, mergeAccusals, readRoots).
func decodeLists(data []byte, file string, f listsFile, known func(key string) bool, item listItem) (keys []string, err error) {
	defer func() {
		if r := recover(); r != nil { // yaml.v3 should not panic; never let it escape
			keys, err = nil, fmt.Errorf("relation: %s: %v", file, r)
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("relation: %s: %w", file, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	at := func(n *yaml.Node) Position { return Position{File: file, Line: n.Line, Column: n.Column} }
	root := doc.Content[0]
	var errs ErrorList
	if root.Kind != yaml.MappingNode {
		errs.Add(at(root), "%s: want a mapping of %ss to lists", f.name, f.key)
		return nil, errs
	}
	seen := map[string]bool{}
	for k := 0; k+1 < len(root.Content); k += 2 {
		key, val := root.Content[k], root.Content[k+1]
		switch {
		case key.Kind != yaml.ScalarNode || !known(key.Value):
			errs.Add(at(key), "%s: unknown %s %q", f.name, f.key, key.Value)
			continue
		case seen[key.Value]:
			errs.Add(at(key), "%s: %s %q given twice", f.name, f.key, key.Value)
			continue
		case val.Kind != yaml.SequenceNode:
			errs.Add(at(val), "%s: %s %q: want a list", f.name, f.key, key.Value)
			continue
		}
		seen[key.Value] = true
		keys = append(keys, key.Value)
		for _, n := range val.Content {
			item(key.Value, n, at(n), &errs)
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return keys, nil
}
