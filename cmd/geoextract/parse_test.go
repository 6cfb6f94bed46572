package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/internal/conllu"
)

func TestParseText(t *testing.T) {
	in := "Seoul scrapped the agreement with Japan. The ambassador cannot attend.\n"
	var out, errb bytes.Buffer
	if code := run(t.Context(), []string{"-parse", "-"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	sents, err := conllu.ReadAll(&out, "out")
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out.String())
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	if got := sents[0].Text(); got != "Seoul scrapped the agreement with Japan." {
		t.Errorf("# text = %q", got)
	}
	// Every word has a head and a relation, exactly one root per sentence,
	// and "Japan" has no space before ".".
	for _, s := range sents {
		roots := 0
		for _, w := range s.Words {
			if w.Head < 0 || w.Deprel == "" || w.UPOS == "" || w.XPOS == "" || w.Lemma == "" {
				t.Errorf("%s: word %d %q incomplete: %+v", s.Text(), w.ID, w.Form, w)
			}
			if w.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("%s: %d roots", s.Text(), roots)
		}
	}
	if w := sents[0].Words[5]; w.Form != "Japan" || w.SpaceAfter() {
		t.Errorf("word 6 = %+v, want Japan with SpaceAfter=No", w)
	}
	// "cannot" is one token of two words.
	s := sents[1]
	if len(s.Ranges) != 1 || s.Ranges[0].Form != "cannot" || s.Words[2].Form != "can" || s.Words[3].Form != "not" {
		t.Errorf("cannot not split as a multiword token: %+v %q", s.Ranges, s.Forms())
	}
}

func TestParseCoNLLUInput(t *testing.T) {
	in := "# sent_id = a\n1\tTokyo\t_\t_\t_\t_\t_\t_\t_\t_\n2\tprotested\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n" +
		"1\tbad\n\n" +
		"1\tJapan\t_\t_\t_\t_\t_\t_\t_\t_\n2\tagreed\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	var out, errb bytes.Buffer
	code := run(t.Context(), []string{"-parse", "-input", "conllu", "-"}, strings.NewReader(in), &out, &errb)
	if code != 1 {
		t.Errorf("exit %d, want 1 for a malformed block", code)
	}
	if got, want := strings.TrimSpace(errb.String()), "<stdin>:6: want 10 tab-separated fields, got 2"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
	sents, err := conllu.ReadAll(&out, "out")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want the 2 good ones", len(sents))
	}
	if got := sents[0].Forms(); strings.Join(got, " ") != "Tokyo protested ." {
		t.Errorf("forms changed: %q", got)
	}
	if sents[0].Comments[0] != " sent_id = a" || sents[0].Words[1].Misc != "SpaceAfter=No" {
		t.Errorf("comments or MISC not kept: %+v", sents[0])
	}
	if w := sents[0].Words[1]; w.Head != 0 || w.Deprel != "root" || w.XPOS != "VBD" {
		t.Errorf("protested = %+v, want the root, VBD", w)
	}
}

func TestParseUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-input", "conllu", "x"},
		{"-parse", "-input", "xml", "x"},
		{"-parse", "-jsonl"},
	} {
		var out, errb bytes.Buffer
		if code := run(t.Context(), args, strings.NewReader(""), &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2 (%s)", args, code, errb.String())
		}
	}
}
