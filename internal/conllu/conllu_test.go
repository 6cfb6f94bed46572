package conllu

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadWriteRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadAll(bytes.NewReader(data), "tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if got, want := s.Text(), "Seoul didn't sign it."; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
	if diff := cmp.Diff([]string{"Seoul", "did", "n't", "sign", "it", "."}, s.Forms()); diff != "" {
		t.Errorf("Forms mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Range{{First: 2, Last: 3, Form: "didn't"}}, s.Ranges); diff != "" {
		t.Errorf("Ranges mismatch (-want +got):\n%s", diff)
	}
	if s.Words[4].SpaceAfter() || !s.Words[3].SpaceAfter() {
		t.Errorf("SpaceAfter wrong: %v %v", s.Words[4].SpaceAfter(), s.Words[3].SpaceAfter())
	}
	if len(sents[1].Words) != 3 {
		t.Errorf("empty node not skipped: %d words", len(sents[1].Words))
	}
	var buf bytes.Buffer
	for i := range sents {
		if err := Write(&buf, &sents[i]); err != nil {
			t.Fatal(err)
		}
	}
	want := strings.Replace(string(data), "2.1\tx\tx\t_\t_\t_\t_\t_\t_\t_\n", "", 1)
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestReadErrors(t *testing.T) {
	good := "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n"
	for _, tc := range []struct {
		name, in, want string
		ok             int // sentences still read
	}{
		{"too few fields", "1\tA\ta\n", "f.conllu:1: want 10 tab-separated fields, got 3", 0},
		{"id out of order", good + "3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", `f.conllu:2: word ID "3": want 2`, 0},
		{"bad head", "1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n", `f.conllu:1: word 1: bad HEAD "x"`, 0},
		{"self head", "1\tA\ta\tX\tX\t_\t1\troot\t_\t_\n", `f.conllu:1: word 1: bad HEAD "1"`, 0},
		{"head past end", "1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n", "f.conllu:1: word 1: HEAD 5 is past the last word (1)", 0},
		{"bad range", "1-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n" + good, `f.conllu:1: bad multiword token ID "1-x"`, 0},
		{"comments only", "# text = x\n", "f.conllu:1: sentence has no words", 0},
		{"bad block then good block", "1\tA\n\n" + good, "f.conllu:1: want 10 tab-separated fields, got 2", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sents, err := ReadAll(strings.NewReader(tc.in), "f.conllu")
			if err == nil || err.Error() != tc.want {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Errorf("err %T is not an *Error", err)
			}
			if len(sents) != tc.ok {
				t.Errorf("read %d sentences, want %d", len(sents), tc.ok)
			}
		})
	}
}

func TestUnparsedInput(t *testing.T) {
	in := "1\tSeoul\t_\t_\t_\t_\t_\t_\t_\t_\n2\tprotested\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	sents, err := ReadAll(strings.NewReader(in), "")
	if err != nil {
		t.Fatal(err)
	}
	if h := sents[0].Words[1].Head; h != -1 {
		t.Errorf("Head of unparsed word = %d, want -1", h)
	}
}

func FuzzReader(f *testing.F) {
	data, _ := os.ReadFile("testdata/tiny.conllu")
	f.Add(string(data))
	f.Add("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n\n1-2\tx\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in), "fuzz")
		for range 10000 {
			s, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				continue
			}
			var buf bytes.Buffer
			if err := Write(&buf, &s); err != nil {
				t.Fatal(err)
			}
			again, err := ReadAll(&buf, "again")
			if err != nil || len(again) != 1 || len(again[0].Words) != len(s.Words) {
				t.Fatalf("written sentence does not read back: %v (%d)", err, len(again))
			}
		}
	})
}
