package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// pageElement is an element of a rendered page, as the tests see it: its
// name, attributes and all the text inside it.
type pageElement struct {
	Name  string
	Attrs map[string]string
	Text  string
}

// parsePage reads a page as XML, strictly: the page is written to be
// well-formed. It returns every element in document order.
func parsePage(t *testing.T, page []byte) []*pageElement {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(page))
	d.Strict = true
	var all, open []*pageElement
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 1 + bytes.Count(page[:min(int(d.InputOffset()), len(page))], []byte("\n"))
			t.Fatalf("the page is not well-formed XML at line %d: %v", line, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &pageElement{Name: tok.Name.Local, Attrs: make(map[string]string)}
			for _, a := range tok.Attr {
				e.Attrs[a.Name.Local] = a.Value
			}
			all = append(all, e)
			open = append(open, e)
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			for _, e := range open {
				e.Text += string(tok)
			}
		}
	}
	if len(open) > 0 {
		t.Fatalf("the page leaves %d elements open", len(open))
	}
	return all
}

// onPage is text as the page shows it and an XML reader reads it back:
// made visible, with line endings normalized.
func onPage(text string) string {
	text = strings.ReplaceAll(visible(text), "\r\n", "\n")
	return strings.ReplaceAll(text, "\r", "\n")
}

// renderArticle renders the example article's page, dated 13 June 2022.
func renderArticle(t *testing.T) ([]byte, analysis) {
	t.Helper()
	article, err := os.ReadFile(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	published := entity.Date{Year: 2022, Month: 6, Day: 13}
	a := mustPipeline(t).analyze(string(article), published)
	var page bytes.Buffer
	if err := writePage(&page, "testdata/article.txt", published, a); err != nil {
		t.Fatal(err)
	}
	return page.Bytes(), a
}

// TestHTMLArticle renders the example article and checks its page (see
// checkPage), then compares it with testdata/article.golden.html; rewrite
// that with
//
//	go test ./cmd/geoextract -run HTML -update
//
// and look at the page in a browser (or run .ci/html-check).
func TestHTMLArticle(t *testing.T) {
	page, a := renderArticle(t)
	checkPage(t, page, a)
	nrefs := 0
	for _, e := range a.doc.Entities {
		nrefs += len(e.Refs)
	}
	if len(a.doc.Mentions) < 50 || nrefs == 0 || len(a.relations) < 10 {
		t.Errorf("the article has %d mentions, %d references and %d relations; the test expects many of each", len(a.doc.Mentions), nrefs, len(a.relations))
	}

	path := filepath.Join("testdata", "article.golden.html")
	if *update {
		if err := os.WriteFile(path, page, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	golden, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.Equal(golden, page) {
		t.Errorf("%s differs from the page rendered now (-want +got); rerun with -update if the change is intended:\n%s",
			path, cmp.Diff(splitLines(golden), splitLines(page)))
	}
}

// htmlInputTests are odd inputs whose pages TestHTMLInputs checks.
var htmlInputTests = []struct {
	name, text, reason string
}{
	{"empty", "", "a page with no text, mentions or relations still renders"},
	{"markup", `<script>alert("Seoul")</script> & <b>Japan</b> criticized North Korea's <!-- --> ]]> tests.`, "the text's markup is escaped, never run"},
	{"control characters", "\x00Seoul\x01 met\x7f Japan\x1b on Monday.\fTokyo", "control characters XML forbids are shown as U+FFFD"},
	{"invalid UTF-8", "\xffSeoul \xfe\xfdmet Japan in Tokyo.", "invalid bytes are shown as U+FFFD; offsets stay those of the input"},
	{"line endings", "Seoul met Japan.\r\n\r\n\n\nTokyo thanked Seoul.\r\nNorth Korea fired a missile.", "CRLF and blank lines"},
	{"no sentence end", "Seoul and Japan and Tokyo and Pyongyang", "one sentence to the end of the text"},
}

// TestHTMLInputs checks the pages of odd inputs (see checkPage).
func TestHTMLInputs(t *testing.T) {
	p := mustPipeline(t)
	for _, tc := range htmlInputTests {
		t.Run(tc.name, func(t *testing.T) {
			checkPage(t, renderText(t, p, tc.text), p.analyze(tc.text, entity.Date{}))
		})
	}
}

// FuzzWritePage checks the page of any text as TestHTMLInputs does: well-
// formed, with every mention, reference and relation and its offsets, and
// no markup of the text's own.
//
//	go test ./cmd/geoextract -run '^$' -fuzz FuzzWritePage -fuzztime 1m
func FuzzWritePage(f *testing.F) {
	for _, tc := range htmlInputTests {
		f.Add(tc.text)
	}
	p := mustPipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkPage(t, renderText(t, p, text), p.analyze(text, entity.Date{}))
	})
}

// renderText renders the page of text, undated.
func renderText(t *testing.T, p *pipeline, text string) []byte {
	t.Helper()
	var page bytes.Buffer
	if err := writePage(&page, "input.txt", entity.Date{}, p.analyze(text, entity.Date{})); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(page.Bytes(), []byte("<script")); n != 1 {
		t.Errorf("the page has %d script elements, want only its own", n)
	}
	return page.Bytes()
}

// checkPage checks that a page holds every mention, reference and
// relation of the analysis, with their byte offsets, that each relation
// links to its sentence, and that nothing on the page points outside it.
func checkPage(t *testing.T, page []byte, a analysis) {
	t.Helper()
	doc := a.doc
	elems := parsePage(t, page)

	// Each highlighted span is one or more elements with its key; their
	// texts, in order, make the span's text.
	type spanOnPage struct {
		Start, End       int
		Text, Type, ID   string
		Class, ActorName string
	}
	got := make(map[string]*spanOnPage)
	ids := make(map[string]*pageElement)
	var rels []*pageElement
	for _, e := range elems {
		if id := e.Attrs["id"]; id != "" {
			if ids[id] != nil {
				t.Errorf("two elements have the id %q", id)
			}
			ids[id] = e
		}
		for _, name := range []string{"src", "href", "action", "poster", "srcset"} {
			if v, ok := e.Attrs[name]; ok && !strings.HasPrefix(v, "#") {
				t.Errorf("<%s %s=%q>: the page must not point outside itself", e.Name, name, v)
			}
		}
		if e.Name == "style" || e.Name == "script" {
			for _, bad := range []string{"http:", "https:", "url(", "@import", "fetch(", "XMLHttpRequest"} {
				if strings.Contains(e.Text, bad) {
					t.Errorf("<%s> contains %q: the page must not load anything", e.Name, bad)
				}
			}
		}
		if e.Name == "li" && e.Attrs["data-predicate"] != "" {
			rels = append(rels, e)
		}
		key := e.Attrs["data-key"]
		if key == "" || e.Name == "li" {
			continue
		}
		s := got[key]
		if s == nil {
			start, err1 := strconv.Atoi(e.Attrs["data-start"])
			end, err2 := strconv.Atoi(e.Attrs["data-end"])
			if err1 != nil || err2 != nil {
				t.Fatalf("element %s has bad offsets %q-%q", key, e.Attrs["data-start"], e.Attrs["data-end"])
			}
			s = &spanOnPage{Start: start, End: end, Type: e.Attrs["data-type"], ID: e.Attrs["data-id"], Class: e.Attrs["class"], ActorName: e.Attrs["data-actor-name"]}
			got[key] = s
		} else if e.Attrs["data-part"] == "" {
			t.Errorf("element %s appears twice without data-part", key)
		}
		s.Text += e.Text
	}

	want := make(map[string]*spanOnPage)
	for i, m := range doc.Mentions {
		want["m"+strconv.Itoa(i)] = &spanOnPage{Start: m.Start, End: m.End, Text: onPage(doc.Text[m.Start:m.End]), Type: m.Type.String(), ID: m.ID, Class: "m t-" + m.Type.String()}
	}
	// One mark per reference span, its label naming every actor the span
	// stands for.
	refAt := make(map[[2]int]*spanOnPage)
	for _, e := range doc.Entities {
		for _, r := range e.Refs {
			if s, ok := refAt[[2]int{r.Start, r.End}]; ok {
				s.ActorName += refNameSep + e.Name
				continue
			}
			s := &spanOnPage{Start: r.Start, End: r.End, Text: onPage(doc.Text[r.Start:r.End]), Class: "ref t-" + e.Type.String(), ActorName: e.Name}
			want["f"+strconv.Itoa(len(refAt))] = s
			refAt[[2]int{r.Start, r.End}] = s
		}
	}
	triggers := make(map[[2]int]bool)
	for _, r := range a.relations {
		triggers[[2]int{r.Trigger.Start, r.Trigger.End}] = true
	}
	gotMarks := make(map[string]*spanOnPage)
	ntrig := 0
	for k, s := range got {
		switch {
		case strings.HasPrefix(k, "t"):
			ntrig++
			if !triggers[[2]int{s.Start, s.End}] {
				t.Errorf("trigger %s at %d-%d is no relation's trigger", k, s.Start, s.End)
			}
			if s.Text != onPage(doc.Text[s.Start:s.End]) {
				t.Errorf("trigger %s: text %q, want %q", k, s.Text, onPage(doc.Text[s.Start:s.End]))
			}
		default:
			gotMarks[k] = s
		}
	}
	if ntrig != len(triggers) {
		t.Errorf("the page marks %d triggers, want %d", ntrig, len(triggers))
	}
	if diff := cmp.Diff(want, gotMarks); diff != "" {
		t.Errorf("mentions and references on the page (-want +got):\n%s", diff)
	}

	// Each relation is an item with its offsets, linked to its sentence.
	type relOnPage struct {
		Predicate, CAMEO, Modality, Negated string
		Subject, Object, Trigger, Sentence  string // "start-end"
	}
	var wantRels, gotRels []relOnPage
	for _, r := range a.relations {
		wr := relOnPage{
			Predicate: r.Predicate.String(), CAMEO: r.CAMEO, Modality: r.Modality.String(), Negated: strconv.FormatBool(r.Negated),
			Subject:  fmt.Sprintf("%d-%d", r.Subject.Start, r.Subject.End),
			Trigger:  fmt.Sprintf("%d-%d", r.Trigger.Start, r.Trigger.End),
			Sentence: fmt.Sprintf("%d-%d", r.Sentence.Start, r.Sentence.End),
		}
		if r.Object != nil {
			wr.Object = fmt.Sprintf("%d-%d", r.Object.Start, r.Object.End)
		}
		wantRels = append(wantRels, wr)
	}
	for _, e := range rels {
		at := func(name string) string {
			if e.Attrs[name+"-start"] == "" {
				return ""
			}
			return e.Attrs[name+"-start"] + "-" + e.Attrs[name+"-end"]
		}
		gotRels = append(gotRels, relOnPage{
			Predicate: e.Attrs["data-predicate"], CAMEO: e.Attrs["data-cameo"], Modality: e.Attrs["data-modality"], Negated: e.Attrs["data-negated"],
			Subject: at("data-subject"), Object: at("data-object"), Trigger: at("data-trigger"), Sentence: at("data-sentence"),
		})
	}
	if diff := cmp.Diff(wantRels, gotRels); diff != "" {
		t.Errorf("relations on the page (-want +got):\n%s", diff)
	}
	// The quote of each relation links to the sentence that holds it.
	i := 0
	for j, e := range elems {
		if e.Name != "a" || e.Attrs["class"] != "quote" {
			continue
		}
		r := a.relations[i]
		i++
		target := ids[strings.TrimPrefix(e.Attrs["href"], "#")]
		if target == nil || target.Attrs["class"] != "sent" {
			t.Errorf("relation %d (element %d) links to %q, which is no sentence of the page", i, j, e.Attrs["href"])
			continue
		}
		start, _ := strconv.Atoi(target.Attrs["data-start"])
		end, _ := strconv.Atoi(target.Attrs["data-end"])
		if r.Sentence.Start < start || r.Sentence.Start >= end {
			t.Errorf("relation %d links to the sentence at %d-%d, which does not hold its sentence at %d-%d", i, start, end, r.Sentence.Start, r.Sentence.End)
		}
	}
	if i != len(a.relations) {
		t.Errorf("the page has %d relation links, want %d", i, len(a.relations))
	}
}

// TestHTMLFlags checks the command line of -html: where pages go, and the
// usage errors of flags that conflict with it.
func TestHTMLFlags(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	sub := filepath.Join(dir, "sub")
	for _, f := range []string{a, b, filepath.Join(sub, "a.txt")} {
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte("Seoul scrapped an agreement with Japan."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "pages")
	for _, tc := range []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantStdout string // prefix
		wantStderr string // substring
		wantFiles  []string
		reason     string
	}{{
		name:       "one file to stdout",
		args:       []string{"-html", a},
		wantStdout: "<!DOCTYPE html>",
		reason:     "one input: the page goes to standard output",
	}, {
		name:       "stdin",
		args:       []string{"-html"},
		stdin:      "Seoul scrapped an agreement with Japan.",
		wantStdout: "<!DOCTYPE html>",
		reason:     "no file argument reads standard input, as without -html",
	}, {
		name:      "several files to -o",
		args:      []string{"-html", "-o", out, a, b},
		wantFiles: []string{"a.html", "b.html"},
		reason:    "each input NAME.ext becomes DIR/NAME.html; the directory is created",
	}, {
		name:       "several files without -o",
		args:       []string{"-html", a, b},
		wantCode:   2,
		wantStderr: "give -o DIR",
		reason:     "pages are not concatenated on standard output",
	}, {
		name:       "same name twice",
		args:       []string{"-html", "-o", out, a, filepath.Join(sub, "a.txt")},
		wantCode:   2,
		wantStderr: "would both be written to",
		reason:     "one page must not overwrite another",
	}, {
		name:       "with -json",
		args:       []string{"-html", "-json", a},
		wantCode:   2,
		wantStderr: "-html and -json cannot be used together",
		reason:     "one output format per run",
	}, {
		name:       "with -jsonl",
		args:       []string{"-html", "-jsonl"},
		wantCode:   2,
		wantStderr: "-html and -jsonl cannot be used together",
		reason:     "one output format per run",
	}, {
		name:       "-o alone",
		args:       []string{"-o", out, a},
		wantCode:   2,
		wantStderr: "give -html too",
		reason:     "-o is only the directory of -html's pages",
	}, {
		name:       "missing file",
		args:       []string{"-html", "-o", out, filepath.Join(dir, "nope.txt"), b},
		wantCode:   1,
		wantStderr: "nope.txt",
		wantFiles:  []string{"b.html"},
		reason:     "an input that cannot be read is reported; the others are still written",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			os.RemoveAll(out)
			code, stdout, stderr := runCLI(t, tc.stdin, tc.args...)
			if code != tc.wantCode {
				t.Fatalf("exit status %d, want %d (%s); stderr:\n%s", code, tc.wantCode, tc.reason, stderr)
			}
			if !strings.HasPrefix(stdout, tc.wantStdout) {
				t.Errorf("stdout starts %.40q, want %q (%s)", stdout, tc.wantStdout, tc.reason)
			}
			if !strings.Contains(stderr, tc.wantStderr) {
				t.Errorf("stderr %q does not contain %q (%s)", stderr, tc.wantStderr, tc.reason)
			}
			var files []string
			entries, _ := os.ReadDir(out)
			for _, e := range entries {
				files = append(files, e.Name())
			}
			if diff := cmp.Diff(tc.wantFiles, files); diff != "" {
				t.Errorf("files written to -o (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

// showLayout writes a laid-out tree compactly: a span piece as
// {KIND ITEM[.PART] children}, text as itself.
func showLayout(text string, n *pageNode) string {
	if n.Kind == kindText {
		return text[n.Start:n.End]
	}
	var b strings.Builder
	b.WriteString("{" + [...]string{"", "line", "s", "t", "m", "ref"}[n.Kind] + strconv.Itoa(n.Item))
	if n.Part > 0 {
		b.WriteString("." + strconv.Itoa(n.Part))
	}
	b.WriteString(" ")
	for _, c := range n.Children {
		b.WriteString(showLayout(text, c))
	}
	b.WriteString("}")
	return b.String()
}

func showRoot(text string, root *pageNode) string {
	var b strings.Builder
	for _, c := range root.Children {
		b.WriteString(showLayout(text, c))
	}
	return b.String()
}

var layoutTests = []struct {
	name   string
	text   string
	spans  []pageSpan
	want   string
	reason string
}{{
	name:   "disjoint",
	text:   "Seoul and Tokyo",
	spans:  []pageSpan{{0, 5, kindMention, 0}, {10, 15, kindMention, 1}},
	want:   "{m0 Seoul} and {m1 Tokyo}",
	reason: "spans apart stay apart, with the text between them",
}, {
	name:   "nested",
	text:   "joint US-South Korea exercises",
	spans:  []pageSpan{{6, 8, kindMention, 0}, {0, 30, kindTrigger, 0}, {9, 20, kindMention, 1}},
	want:   "{t0 joint {m0 US}-{m1 South Korea} exercises}",
	reason: "a span inside another becomes its child, whatever the order given",
}, {
	name:   "same offsets",
	text:   "invasion",
	spans:  []pageSpan{{0, 8, kindMention, 0}, {0, 8, kindTrigger, 0}, {0, 8, kindSentence, 0}},
	want:   "{s0 {t0 {m0 invasion}}}",
	reason: "equal spans nest by kind: sentence, trigger, mention",
}, {
	name:   "crossing",
	text:   "abcdefgh",
	spans:  []pageSpan{{0, 5, kindTrigger, 0}, {3, 8, kindMention, 0}},
	want:   "{t0 abc{m0.1 de}}{m0.2 fgh}",
	reason: "a span crossing the end of an outer one is cut there; both pieces keep its index",
}, {
	name:   "outer kind inside an inner one",
	text:   "abcdefgh",
	spans:  []pageSpan{{0, 5, kindMention, 0}, {3, 8, kindTrigger, 0}},
	want:   "{m0.1 abc}{t0 {m0.2 de}fgh}",
	reason: "a trigger stays whole: the mention it starts inside is cut where it starts",
}, {
	name:   "same kind crossing",
	text:   "abcdefgh",
	spans:  []pageSpan{{0, 5, kindMention, 0}, {3, 8, kindMention, 1}},
	want:   "{m0 abc{m1.1 de}}{m1.2 fgh}",
	reason: "of two crossing spans of one kind, the first stays whole",
}, {
	name:   "crossing a sentence end",
	text:   "One. Two",
	spans:  []pageSpan{{0, 4, kindSentence, 0}, {5, 8, kindSentence, 1}, {2, 7, kindMention, 0}},
	want:   "{s0 On{m0.1 e.}}{m0.2  }{s1 {m0.3 Tw}o}",
	reason: "a mention crossing two sentences is cut at their ends and starts; the sentences stay whole",
}, {
	name:   "cut twice",
	text:   "abcdefghij",
	spans:  []pageSpan{{0, 6, kindTrigger, 0}, {2, 4, kindMention, 0}, {3, 9, kindRef, 0}},
	want:   "{t0 ab{m0 c{ref0.1 d}}{ref0.2 ef}}{ref0.3 ghi}j",
	reason: "a span is cut at the end of each open span it crosses",
}, {
	name:   "lines",
	text:   "a\n\r\nb\n",
	spans:  pageLines("a\n\r\nb\n"),
	want:   "{line0 a}\n{line1 }\r\n{line2 b}\n",
	reason: "lines lose their endings; a blank line is an empty span; no line after the last ending",
}, {
	name:   "out of range",
	text:   "abc",
	spans:  []pageSpan{{2, 9, kindMention, 0}, {-1, 1, kindMention, 1}, {2, 1, kindMention, 2}},
	want:   "abc",
	reason: "spans outside the text or reversed are dropped, never a panic",
}}

func TestLayoutPage(t *testing.T) {
	for _, tc := range layoutTests {
		t.Run(tc.name, func(t *testing.T) {
			got := showRoot(tc.text, layoutPage(tc.text, tc.spans))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("layoutPage(%q) mismatch (-want +got) (%s):\n%s", tc.text, tc.reason, diff)
			}
		})
	}
}

// FuzzLayoutPage checks the layout of arbitrary spans: the leaves give
// back the text, every node lies inside its parent, and the pieces of each
// span give back the span's text, in order.
//
//	go test ./cmd/geoextract -run '^$' -fuzz FuzzLayoutPage -fuzztime 1m
func FuzzLayoutPage(f *testing.F) {
	for _, tc := range layoutTests {
		var b []byte
		for _, s := range tc.spans {
			b = append(b, byte(s.Start), byte(s.End), byte(s.Kind-1))
		}
		f.Add(tc.text, b)
	}
	f.Fuzz(func(t *testing.T, text string, b []byte) {
		var spans []pageSpan
		for i := 0; i+2 < min(len(b), 3*64); i += 3 { // pieces grow with spans × depth
			spans = append(spans, pageSpan{Start: int(b[i] % 64), End: int(b[i+1] % 64), Kind: pageKind(1 + b[i+2]%5), Item: i / 3})
		}
		root := layoutPage(text, spans)
		var leaves strings.Builder
		pieces := make(map[[2]int]string)
		parts := make(map[[2]int]int)
		var walk func(n *pageNode, lo, hi int)
		walk = func(n *pageNode, lo, hi int) {
			if n.Start < lo || n.End > hi || n.Start > n.End {
				t.Fatalf("node %+v lies outside its parent %d-%d", n.pageSpan, lo, hi)
			}
			if n.Kind == kindText {
				leaves.WriteString(text[n.Start:n.End])
				return
			}
			k := [2]int{int(n.Kind), n.Item}
			pieces[k] += text[n.Start:n.End]
			if n.Part > 0 {
				if n.Part != parts[k]+1 {
					t.Fatalf("piece %d of span %v follows piece %d", n.Part, k, parts[k])
				}
				parts[k] = n.Part
			}
			for _, c := range n.Children {
				walk(c, n.Start, n.End)
			}
		}
		for _, c := range root.Children {
			walk(c, 0, len(text))
		}
		if leaves.String() != text {
			t.Fatalf("the leaves give %q, want %q", leaves.String(), text)
		}
		for _, s := range spans {
			if s.Start < 0 || s.End > len(text) || s.End < s.Start {
				continue
			}
			if got := pieces[[2]int{int(s.Kind), s.Item}]; got != text[s.Start:s.End] {
				t.Fatalf("span %+v: its pieces give %q, want %q", s, got, text[s.Start:s.End])
			}
		}
	})
}

// BenchmarkWritePage measures the page of the example article apart from
// its analysis (BenchmarkAnalyzeForPage), to compare the two.
//
//	go test ./cmd/geoextract -run '^$' -bench 'Page' -benchmem
func BenchmarkWritePage(b *testing.B) {
	article, err := os.ReadFile(articlePath)
	if err != nil {
		b.Fatal(err)
	}
	published := entity.Date{Year: 2022, Month: 6, Day: 13}
	a := mustPipeline(b).analyze(string(article), published)
	var page bytes.Buffer
	if err := writePage(&page, "article.txt", published, a); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(article)))
	b.ResetTimer()
	for b.Loop() {
		page.Reset()
		if err := writePage(&page, "article.txt", published, a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeForPage is the analysis that BenchmarkWritePage leaves out.
func BenchmarkAnalyzeForPage(b *testing.B) {
	article, err := os.ReadFile(articlePath)
	if err != nil {
		b.Fatal(err)
	}
	published := entity.Date{Year: 2022, Month: 6, Day: 13}
	p := mustPipeline(b)
	p.analyze(string(article), published)
	b.SetBytes(int64(len(article)))
	b.ResetTimer()
	for b.Loop() {
		p.analyze(string(article), published)
	}
}
