package english

import "testing"

func TestParseInflection(t *testing.T) {
	if _, err := Inflection(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, want string
	}{
		{"unknown-table", "irregular_verb: {go: [went, gone]}\n", "english: x.yaml:1: field irregular_verb not found in type english.inflectionTables"},
		{"bad-pair", "irregular_verbs: {go: [went]}\nirregular_thirds: {go: goes}\nirregular_plurals: {man: men}\n", `english: x.yaml: irregular verb "go": want [past, participle]`},
		{"missing-tables", "doubled_finals: [commit]\n", "english: x.yaml: irregular_verbs, irregular_thirds and irregular_plurals must be given"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseInflection([]byte(tc.in), "x.yaml")
			if err == nil || err.Error() != tc.want {
				t.Errorf("err = %v, want %s", err, tc.want)
			}
		})
	}
}
