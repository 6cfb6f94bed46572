package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// runCLI runs the command as main does and returns its exit code, standard
// output and standard error.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// writeFile writes content to a new file in a test directory.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFlags(t *testing.T) {
	badGaz := writeFile(t, "bad.yaml", "version: 1\nentities:\n  - id: x\n    type: PLANET\n    name: Mars\n  - id: y\n    name: Venus\n")
	badLex := writeFile(t, "bad-lexicon.yaml", "triggers:\n  - verb: annex\n    cameo: \"99\"\n")
	badModel := writeFile(t, "bad.model", "not a model")
	for _, tc := range []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr []string // substrings
		notStderr  []string // substrings that must not be there
		reason     string
	}{{
		name:       "help",
		args:       []string{"-h"},
		wantCode:   0,
		wantStderr: []string{"usage: geoextract", "-jsonl", "-json", "-gazetteer", "-no-default", "-date", "-lexicon"},
		notStderr:  []string{"-no-world"},
		reason:     "asking for help is not an error; the deprecated -no-world is not advertised",
	}, {
		name:       "unknown flag",
		args:       []string{"-frobnicate"},
		wantCode:   2,
		wantStderr: []string{"flag provided but not defined: -frobnicate", "usage: geoextract"},
		reason:     "usage errors exit 2, as the flag package does",
	}, {
		name:       "jsonl with file arguments",
		args:       []string{"-jsonl", "article.txt"},
		wantCode:   2,
		wantStderr: []string{"-jsonl reads standard input"},
		reason:     "-jsonl reads only standard input; silently ignoring files would lose data",
	}, {
		name:       "bad -date",
		args:       []string{"-date", "June 13", "x.txt"},
		wantCode:   2,
		wantStderr: []string{`-date: want YYYY-MM-DD, got "June 13"`},
		reason:     "a bad date is a usage error",
	}, {
		name:       "missing gazetteer file",
		args:       []string{"-gazetteer", "no-such-actors.yaml", "x.txt"},
		wantCode:   1,
		wantStderr: []string{"no-such-actors.yaml", "no such file"},
		reason:     "the error names the file that is missing",
	}, {
		name:     "invalid gazetteer file",
		args:     []string{"-gazetteer", badGaz, "-jsonl"},
		wantCode: 1,
		wantStderr: []string{
			badGaz + ":4:", // the bad type, with its line
			badGaz + ":6:", // the entry without a type: every error is reported
		},
		reason: "gazetteer errors are positioned file:line:col, all of them",
	}, {
		name:     "invalid gazetteer and lexicon files",
		args:     []string{"-gazetteer", badGaz, "-gazetteer", "no-such-actors.yaml", "-lexicon", badLex, "-jsonl"},
		wantCode: 1,
		wantStderr: []string{
			"\n" + badGaz + ":6:",
			"no-such-actors.yaml",
			"\n" + badLex + ":3:",
		},
		reason: "one run reports the problems of every data file, each positioned line on its own line",
	}, {
		name:       "deprecated -no-world",
		args:       []string{"-no-world", "-gazetteer", "no-such-actors.yaml", "x.txt"},
		wantCode:   1,
		wantStderr: []string{"-no-world is deprecated; use -no-default", "no-such-actors.yaml"},
		reason:     "the old name of -no-default still works, with a warning",
	}, {
		name:       "missing lexicon file",
		args:       []string{"-lexicon", "no-such-lexicon.yaml", "-jsonl"},
		wantCode:   1,
		wantStderr: []string{"-lexicon no-such-lexicon.yaml: cannot read the relation lexicon: no such file"},
		reason:     "the error says it is the lexicon that cannot be read (issue #12)",
	}, {
		name:       "missing coref model file",
		args:       []string{"-coref-model", "no-such.model", "-jsonl"},
		wantCode:   1,
		wantStderr: []string{"-coref-model no-such.model: cannot read the model: no such file"},
		reason:     "the error names the flag and the kind of file",
	}, {
		name:       "bad coref model file",
		args:       []string{"-coref-model", badLex, "-jsonl"},
		wantCode:   1,
		wantStderr: []string{"-coref-model " + badLex + ": entity: corefrank: model"},
		reason:     "a file that is no model says so, and which flag read it",
	}, {
		name:       "-coref-model with -no-coref-model",
		args:       []string{"-coref-model", "x.model", "-no-coref-model", "-jsonl"},
		wantCode:   2,
		wantStderr: []string{"-no-coref-model and -coref-model cannot be used together"},
		reason:     "the two flags contradict each other",
	}, {
		name:       "-relation-model with -no-relation-model",
		args:       []string{"-relation-model", "x.model", "-no-relation-model", "-jsonl"},
		wantCode:   2,
		wantStderr: []string{"-no-relation-model and -relation-model cannot be used together"},
		reason:     "the two flags contradict each other",
	}, {
		name:       "missing relation model file",
		args:       []string{"-relation-model", "no-such.model", "-jsonl"},
		wantCode:   1,
		wantStderr: []string{"-relation-model no-such.model: cannot read the relation model: no such file"},
		reason:     "the error names the flag and the kind of file",
	}, {
		name:       "corrupt relation model file",
		args:       []string{"-relation-model", badModel, "-jsonl"},
		wantCode:   1,
		wantStderr: []string{"-relation-model " + badModel + ": relation: pairs: model:"},
		reason:     "a file that is no model is an error that names it, not a panic",
	}, {
		name:       "missing gazetteer file says it is the gazetteer",
		args:       []string{"-gazetteer", "no-such-actors.yaml", "-jsonl"},
		wantCode:   1,
		wantStderr: []string{"-gazetteer no-such-actors.yaml: cannot read the gazetteer: no such file"},
		reason:     "the error names the flag and the kind of file",
	}, {
		name:       "-json with -jsonl",
		args:       []string{"-json", "-jsonl"},
		wantCode:   2,
		wantStderr: []string{"-json and -jsonl cannot be used together"},
		reason:     "two output modes at once is a mistake, not a silent choice (issue #11)",
	}, {
		name:       "-workers 0",
		args:       []string{"-jsonl", "-workers", "0"},
		wantCode:   2,
		wantStderr: []string{"-workers 0: want at least 1"},
		reason:     "no worker would process nothing",
	}, {
		name:       "-workers negative",
		args:       []string{"-jsonl", "-workers", "-3"},
		wantCode:   2,
		wantStderr: []string{"-workers -3: want at least 1"},
		reason:     "issue #11: -workers -3 was silently taken as 1",
	}, {
		name:       "-workers absurd",
		args:       []string{"-jsonl", "-workers", "1000000"},
		wantCode:   0,
		wantStderr: []string{"-workers 1000000 clamped to " + strconv.Itoa(maxWorkers())},
		reason:     "issue #12: -workers 1000000 took 2.7 GB; it is clamped to 4 × the CPUs, with a note",
	}, {
		name:       "-no-default without -gazetteer",
		args:       []string{"-no-default", "-jsonl"},
		wantCode:   2,
		wantStderr: []string{"-no-default leaves no gazetteer: give one with -gazetteer FILE"},
		reason:     "no gazetteer at all would tag with nothing to link (issue #11)",
	}, {
		name:       "-format unknown",
		args:       []string{"-format", "xml", "x.txt"},
		wantCode:   2,
		wantStderr: []string{`-format "xml": want tsv or csv`},
		reason:     "an unknown format is a usage error",
	}, {
		name:       "-format with -json",
		args:       []string{"-format", "tsv", "-json", "x.txt"},
		wantCode:   2,
		wantStderr: []string{"-json and -format tsv cannot be used together"},
		reason:     "two output formats at once",
	}, {
		name:       "missing input file",
		args:       []string{"no-such-article.txt"},
		wantCode:   1,
		wantStderr: []string{"no-such-article.txt"},
		reason:     "an unreadable input is reported by name",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tc.args...)
			if code != tc.wantCode {
				t.Errorf("%s\nrun(%q) = %d, want %d; stderr:\n%s", tc.reason, tc.args, code, tc.wantCode, stderr)
			}
			for _, s := range tc.wantStderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("%s\nrun(%q): stderr does not contain %q:\n%s", tc.reason, tc.args, s, stderr)
				}
			}
			for _, s := range tc.notStderr {
				if strings.Contains(stderr, s) {
					t.Errorf("%s\nrun(%q): stderr contains %q:\n%s", tc.reason, tc.args, s, stderr)
				}
			}
		})
	}
}

// TestGazetteerErrors checks that a user gazetteer with a duplicate id, an
// unknown type and an unknown field is refused with all three problems,
// each on its own line as file:line:col: message, and a non-zero exit.
func TestGazetteerErrors(t *testing.T) {
	path := writeFile(t, "mine.yaml", `version: 1
entities:
  - id: country/freedonia
    type: GPE
    name: Freedonia
  - id: country/freedonia
    type: GPE
    name: Freedonia Again
  - id: person/rufus-firefly
    type: LEADER
    name: Rufus T. Firefly
  - id: city/fredville
    type: GPE
    name: Fredville
    population: 12000
`)
	for _, mode := range [][]string{{"-jsonl"}, {"-json", "x.txt"}, {"x.txt"}} {
		args := append([]string{"-gazetteer", path}, mode...)
		code, stdout, stderr := runCLI(t, "", args...)
		if code != 1 {
			t.Errorf("run(%q) = %d, want 1", args, code)
		}
		if stdout != "" {
			t.Errorf("run(%q) wrote to stdout: %s", args, stdout)
		}
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		var got []string
		for _, l := range lines {
			rest, ok := strings.CutPrefix(l, path+":")
			if !ok {
				t.Errorf("run(%q): stderr line %q does not start with %s:", args, l, path)
				continue
			}
			line, rest, _ := strings.Cut(rest, ":")
			col, msg, _ := strings.Cut(rest, ": ")
			if col == "" || strings.Trim(col, "0123456789") != "" {
				t.Errorf("run(%q): stderr line %q has no column", args, l)
			}
			// The wording is the loader's; each message names its problem.
			for _, key := range []string{"duplicate", "type", "population"} {
				if strings.Contains(strings.ToLower(msg), key) {
					msg = key
					break
				}
			}
			got = append(got, line+": "+msg)
		}
		want := []string{
			"6: duplicate",   // the second country/freedonia
			"10: type",       // LEADER
			"15: population", // a field the format does not have
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("run(%q): errors (-want +got):\n%s\nstderr:\n%s", args, diff, stderr)
		}
	}
}

// TestReport checks the readable report of a file and of standard input,
// and that a missing file does not stop the others.
func TestReport(t *testing.T) {
	path := writeFile(t, "talks.txt", talks+"\n")
	code, stdout, stderr := runCLI(t, "Chad.", path, "no-such-file.txt", "-")
	if code != 1 {
		t.Errorf("exit code %d, want 1 (one file is missing); stderr:\n%s", code, stderr)
	}
	wantTable := "\n" +
		"MENTION      TYPE  ENTITY  COUNTRY  ROLE\n" +
		"Japan        GPE   JPN     JPN\n" +
		"South Korea  GPE   KOR     KOR\n" +
		"Tokyo        GPE   JPN     JPN\n" +
		"\n" +
		"RELATIONS\n" +
		"JPN —CONSULT(04)→ KOR: Japan and South Korea held talks\n"
	header, table, ok := strings.Cut(stdout, "\n")
	if !ok || !strings.HasPrefix(header, "== "+path+": 3 mentions") || !strings.HasSuffix(header, ", 1 relation") {
		t.Errorf("report header %q, want \"== %s: 3 mentions ..., 1 relation\"", header, path)
	}
	if !strings.HasPrefix(table, wantTable) {
		t.Errorf("report table (-want +got):\n%s", cmp.Diff(wantTable, table[:min(len(table), len(wantTable))]))
	}
	if !strings.Contains(stdout, "\n\n== -: 1 mention") || !strings.HasSuffix(stdout, "\nChad     GPE   TCD     TCD\n") {
		t.Errorf("report of standard input (-) missing or not separated by a blank line:\n%s", stdout)
	}
	if !strings.Contains(stderr, "no-such-file.txt") {
		t.Errorf("stderr does not name the missing file:\n%s", stderr)
	}
}

// TestJSONMode checks -json: one result object per input file, whose id is
// the file name.
func TestJSONMode(t *testing.T) {
	a := writeFile(t, "a.txt", talks)
	b := writeFile(t, "b.txt", "Chad.")
	code, stdout, stderr := runCLI(t, "", "-json", "-date", "2022-06-13", a, b)
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	idA, _ := json.Marshal(a)
	idB, _ := json.Marshal(b)
	want := []outLine{
		{ID: string(idA), Entities: talksEntities, Predicates: []string{"CONSULT"}},
		{ID: string(idB), Entities: []string{"Chad/GPE/TCD"}},
	}
	lines := parseOutput(t, []byte(stdout))
	if diff := cmp.Diff(want, summarize(lines)); diff != "" {
		t.Errorf("-json output mismatch (-want +got):\n%s", diff)
	}
	if len(lines) > 0 {
		checkSpans(t, talks, lines[0])
	}
}

// TestJSONLMode runs -jsonl through run, with -workers and the -date default.
func TestJSONLMode(t *testing.T) {
	in := `{"id":"a","text":"` + talks + `"}` + "\n" + `{"id":"b"}` + "\n"
	code, stdout, stderr := runCLI(t, in, "-jsonl", "-workers", "3", "-date", "2022-06-13")
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	want := []outLine{
		{ID: `"a"`, Entities: talksEntities, Predicates: []string{"CONSULT"}},
		{ID: `"b"`, Error: `line 2: record has no "text" field`},
	}
	if diff := cmp.Diff(want, summarize(parseOutput(t, []byte(stdout)))); diff != "" {
		t.Errorf("-jsonl output mismatch (-want +got):\n%s", diff)
	}
	if stderr != "" {
		t.Errorf("stderr is not empty: %s", stderr)
	}
}

// TestGazetteerFlag checks that -gazetteer merges the user's entries over
// the embedded world data (testdata/actors.yaml holds fictional actors),
// and that -no-default leaves the world data out.
func TestGazetteerFlag(t *testing.T) {
	const text = "Foreign Minister Anneli Korhonen criticized the Nordic Grain Board in Helsinki. Korhonen met Japan's prime minister."
	in := `{"id":1,"text":"` + text + `"}` + "\n"
	for _, tc := range []struct {
		name string
		args []string
		want map[string]string // mention text -> linked id ("" unlinked)
	}{{
		name: "world only",
		args: nil,
		want: map[string]string{"Anneli Korhonen": "", "Nordic Grain Board": "", "Helsinki": "FIN", "Japan": "JPN"},
	}, {
		name: "world and actors.yaml",
		args: []string{"-gazetteer", "testdata/actors.yaml"},
		want: map[string]string{
			"Anneli Korhonen":    "person/anneli-korhonen",
			"Korhonen":           "person/anneli-korhonen",
			"Nordic Grain Board": "org/nordic-grain-board",
			"Helsinki":           "FIN",
			"Japan":              "JPN",
		},
	}, {
		name: "actors.yaml without the world",
		args: []string{"-no-default", "-gazetteer", "testdata/actors.yaml"},
		want: map[string]string{
			"Anneli Korhonen":    "person/anneli-korhonen",
			"Nordic Grain Board": "org/nordic-grain-board",
			"Helsinki":           "",
			"Japan":              "",
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, in, append(tc.args, "-jsonl")...)
			if code != 0 {
				t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
			}
			lines := parseOutput(t, []byte(stdout))
			if len(lines) != 1 {
				t.Fatalf("got %d lines, want 1", len(lines))
			}
			got := map[string]string{}
			for _, e := range lines[0].Entities {
				if _, ok := tc.want[e.Text]; ok {
					got[e.Text] = e.ID
				}
			}
			for k, v := range tc.want {
				if _, ok := got[k]; !ok && v == "" {
					got[k] = "" // an unlinked name may also be left untagged
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("links (-want +got):\n%s", diff)
			}
			checkSpans(t, text, lines[0])
		})
	}
}

// TestLexiconFlag checks that -lexicon merges the user's triggers over the
// embedded lexicon, in the readable report and in -jsonl.
func TestLexiconFlag(t *testing.T) {
	lex := writeFile(t, "mine.yaml", "triggers:\n  - verb: stonewall\n    cameo: \"125\"\n")
	const text = "Japan stonewalled South Korea."
	in := `{"id":1,"text":"` + text + `"}` + "\n"
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"default lexicon", nil, nil},
		{"with -lexicon", []string{"-lexicon", lex}, []string{"REJECT/125"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, in, append(tc.args, "-jsonl")...)
			if code != 0 {
				t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
			}
			lines := parseOutput(t, []byte(stdout))
			if len(lines) != 1 {
				t.Fatalf("got %d lines, want 1", len(lines))
			}
			var got []string
			for _, r := range lines[0].Relations {
				got = append(got, r.Predicate+"/"+r.CAMEO)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
		})
	}
	code, stdout, stderr := runCLI(t, text, "-lexicon", lex)
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	if want := "\nRELATIONS\nJPN —REJECT(125)→ KOR: Japan stonewalled South Korea\n"; !strings.HasSuffix(stdout, want) {
		t.Errorf("report does not end with %q:\n%s", want, stdout)
	}
}

// TestGazetteerOverride checks Merge's rule that a user entry replaces the
// world entry with the same id wholesale.
func TestGazetteerOverride(t *testing.T) {
	yaml := writeFile(t, "chad.yaml", `version: 1
entities:
  - id: TCD
    type: GPE
    name: Republic of Chad
    aliases: [Tchad]
`)
	in := `{"id":1,"text":"Tchad and Chad."}` + "\n"
	code, stdout, stderr := runCLI(t, in, "-jsonl", "-gazetteer", yaml)
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	lines := parseOutput(t, []byte(stdout))
	if len(lines) != 1 {
		t.Fatalf("got %d lines, want 1", len(lines))
	}
	var got []string
	for _, e := range lines[0].Entities {
		if e.ID != "" {
			got = append(got, e.Text+"/"+e.ID+"/"+e.Name)
		}
	}
	want := []string{"Tchad/TCD/Republic of Chad"} // "Chad" is no longer a name of TCD
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestCorefModelFlag checks that -coref-model reads a trained antecedent
// ranker (here the embedded one, written to a file) and that the
// command's references follow it, while -no-coref-model and the default
// keep the rules' choice.
func TestCorefModelFlag(t *testing.T) {
	m, err := entity.DefaultCorefModel()
	if err != nil {
		t.Fatal(err)
	}
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	model := writeFile(t, "coref.model", string(data))
	const text = "The head of the United Nations urged Iran on Monday to halt its nuclear program."
	in := `{"id":1,"text":"` + text + `"}` + "\n"
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"default", nil, []string{"its=United Nations"}},
		{"-no-coref-model", []string{"-no-coref-model"}, []string{"its=United Nations"}},
		{"-coref-model", []string{"-coref-model", model}, []string{"its=Iran"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, in, append(tc.args, "-jsonl")...)
			if code != 0 {
				t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
			}
			var line struct {
				References []struct{ Text, Name string }
			}
			if err := json.Unmarshal([]byte(stdout), &line); err != nil {
				t.Fatalf("output is not one JSON object: %v\n%s", err, stdout)
			}
			var got []string
			for _, r := range line.References {
				got = append(got, r.Text+"="+r.Name)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("references (-want +got):\n%s", diff)
			}
		})
	}
}

// TestModelFlag checks that the embedded relation model's relations are
// added by default and that with -no-relation-model the output is the
// rules' alone.
func TestModelFlag(t *testing.T) {
	in := `{"id":"m","text":"Ruto said on Monday that Kenya and its allies would strike again against al-Shabaab."}` + "\n"
	preds := func(args ...string) []string {
		code, out, stderr := runCLI(t, in, append([]string{"-jsonl", "-workers", "1"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var rec struct {
			Relations []struct {
				Predicate string `json:"predicate"`
			} `json:"relations"`
		}
		if err := json.Unmarshal([]byte(out), &rec); err != nil {
			t.Fatal(err)
		}
		got := []string{}
		for _, r := range rec.Relations {
			got = append(got, r.Predicate)
		}
		return got
	}
	if diff := cmp.Diff([]string{}, preds("-no-relation-model")); diff != "" {
		t.Errorf("with -no-relation-model (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"FIGHT"}, preds()); diff != "" {
		t.Errorf("by default (-want +got):\n%s", diff)
	}
}
