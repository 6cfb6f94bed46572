package english

import (
	"bytes"
	"errors"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/geoextract/geoextract/dataerr"
)

// ClassList is a list of word class names in a YAML settings file (a
// generator's or a measurement's config.yaml), decoded to the classes: an
// unknown name is a *dataerr.Error at its line and column. It is a plain
// value; the zero ClassList names no class.
type ClassList []Class

// UnmarshalYAML decodes a sequence of class names.
func (l *ClassList) UnmarshalYAML(n *yaml.Node) error {
	var names []string
	if err := n.Decode(&names); err != nil {
		return err
	}
	out := make(ClassList, 0, len(names))
	for i, name := range names {
		c, ok := ClassNamed(name)
		if !ok {
			at := n
			if i < len(n.Content) {
				at = n.Content[i]
			}
			return &dataerr.Error{Pos: dataerr.Position{Line: at.Line, Column: at.Column}, Msg: fmt.Sprintf("unknown word class %q", name)}
		}
		out = append(out, c)
	}
	*l = out
	return nil
}

// DecodeSettings decodes the YAML settings file data, named file in
// errors, into v, a field v does not have being an error. Every error is
// a *dataerr.Error of file, at the line (and column) known.
func DecodeSettings(data []byte, file string, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(v)
	if err == nil {
		return nil
	}
	var de *dataerr.Error
	if errors.As(err, &de) {
		e := *de
		e.Pos.File = file
		return &e
	}
	return YAMLError(err, file)
}
