package main

import "testing"

// TestRulesFlags checks that -roots and -accusals merge a user file over
// the embedded one: a behaviour or code the file changes changes the
// relations of -jsonl, and a bad file is reported at its file:line:col.
func TestRulesFlags(t *testing.T) {
	keep := writeFile(t, "keep.yaml", "# keep every event\nsubsumed_by_force: []\n")
	wanting := writeFile(t, "wanting.yaml", "wanting: [\"02\"]\n")
	badRoots := writeFile(t, "badroots.yaml", "subsumed_by_force: []\nsubsumed_by_forces: []\nuses_force: [\"21\"]\n")
	badAccusals := writeFile(t, "badaccusals.yaml", "speakr: [nsubj]\nobligation: [\"10\", \"11\"]\n")
	in := `{"id":1,"text":"Sudan crossed into Chad and clashed with Chadian troops. France wants Iran to return to the talks.","date":"2022-06-13"}` + "\n"
	for _, tc := range []flagCase{
		{
			name:   "embedded files",
			want:   []string{"SDN FIGHT TCD", "FRA DEMAND IRN"},
			reason: "the clash subsumes the incursion; 'wants Iran to' is a demand",
		},
		{
			name:   "roots file",
			args:   []string{"-roots", keep},
			want:   []string{"SDN EXHIBIT_FORCE_POSTURE TCD", "SDN FIGHT TCD", "FRA DEMAND IRN"},
			reason: "subsumed_by_force [] keeps the incursion; the accusals stay embedded",
		},
		{
			name:   "accusals file",
			args:   []string{"-accusals", wanting},
			want:   []string{"SDN FIGHT TCD", "FRA APPEAL IRN"},
			reason: "the file's wanting code replaces the embedded 10; the roots stay embedded",
		},
		{
			name:     "bad files",
			args:     []string{"-roots", badRoots, "-accusals", badAccusals},
			wantCode: 1,
			wantStderr: []string{
				badRoots + `:2:1: roots: unknown behaviour "subsumed_by_forces"`,
				badRoots + `:3:14: roots: uses_force: code "21": root must be 01 to 20`,
				badAccusals + `:1:1: accusals: unknown key "speakr"`,
				badAccusals + `:2:20: accusals: obligation: want one code`,
			},
			reason: "every problem of both files at its file:line:col, one per line",
		},
		{
			name:       "missing file",
			args:       []string{"-roots", "no-such-roots.yaml"},
			wantCode:   1,
			wantStderr: []string{"-roots no-such-roots.yaml: cannot read the roots file: no such file"},
			reason:     "the error says it is the roots file that cannot be read",
		},
	} {
		checkFlagCase(t, in, tc)
	}
}
