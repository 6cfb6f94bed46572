package main

import (
	"os"
	"strings"
	"testing"
)

// TestRun runs the example with its embedded actors.yaml: the made-up
// country's name, capital and demonym are all linked to it, its president
// by full and short name, with country and role (the role held on the
// article's date, from actors.yaml); and the relations between these
// actors are extracted.
func TestRun(t *testing.T) {
	out := runMain(t)
	for _, want := range []string{
		`"Valdorian"          NORP   XVL                      XVL` + "\n",
		`"Mara Kestrel"       PERSON person/mara-kestrel      XVL President` + "\n",
		`"Port Anselm"        GPE    XVL                      XVL` + "\n",
		`"Kestrel"            PERSON person/mara-kestrel      XVL President` + "\n", // her dated role
		`"Valdoria"           GPE    XVL                      XVL` + "\n",
		`"Anneli Korhonen"    PERSON person/anneli-korhonen   FIN Foreign Minister` + "\n",
		`"Nordic Grain Board" ORG    org/nordic-grain-board   FIN` + "\n",
		`"Lakeport"           GPE    city/lakeport            FIN` + "\n",
		`person/mara-kestrel —CONSULT(04)→ person/anneli-korhonen: "met" 2025-03-03` + "\n",
		`XVL —REDUCE_RELATIONS(16)→ RUS: "sanction" negated intended` + "\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q:\n%s", want, out)
		}
	}
}

// TestWithoutActors runs the example with an empty gazetteer of one's own:
// the world data does not know Valdoria, so nothing of it is linked.
func TestWithoutActors(t *testing.T) {
	path := t.TempDir() + "/empty.yaml"
	if err := os.WriteFile(path, []byte("version: 1\nentities: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := runMain(t, path)
	for _, unwanted := range []string{"XVL", "person/mara-kestrel"} {
		if strings.Contains(out, unwanted) {
			t.Errorf("output links %s without actors.yaml:\n%s", unwanted, out)
		}
	}
	if !strings.Contains(out, `"Russia"             GPE    RUS`) {
		t.Errorf("the world data is not used:\n%s", out)
	}
}

// runMain runs main with the given arguments and returns what it printed.
func runMain(t *testing.T, args ...string) string {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout, argv := os.Stdout, os.Args
	os.Stdout, os.Args = f, append([]string{"custom"}, args...)
	defer func() { os.Stdout, os.Args = stdout, argv }()
	main()
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
