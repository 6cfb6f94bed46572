package main

// # HTML page
//
// geoextract -html FILE writes one self-contained HTML page per input: the
// text with each mention highlighted by type (with a legend), the actor's
// name, id, country and role on hover, the pronouns and descriptions that
// refer to an actor marked with it, and the relations as a list, coloured
// by CAMEO QuadClass, with modality, negation and date badges, each linked
// to its sentence. The page needs nothing outside itself: its CSS and its
// small script are inline, so it works offline and can be mailed.
//
// With one input the page goes to standard output. With several, -o DIR
// is required and each input NAME.ext is written to DIR/NAME.html (stdin
// to DIR/stdin.html); two inputs with the same NAME are a usage error, as
// are -html with -json or -jsonl and -o without -html (exit status 2).
//
// The page is also well-formed XML (every element closed, attributes
// quoted, no named entities), so that tests read it with encoding/xml.
// Every highlighted span carries its byte offsets in the input as
// data-start and data-end; a span cut in pieces to nest with its
// neighbours (see layoutPage) carries them on every piece, with data-part.

import (
	"bytes"
	"embed"
	"flag"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/export"
	"github.com/geoextract/geoextract/relation"
)

//go:embed htmlpage/page.html
var htmlPageFS embed.FS

// pageTemplate is the page's template, parsed once.
var pageTemplate = sync.OnceValues(func() (*template.Template, error) {
	return template.ParseFS(htmlPageFS, "htmlpage/page.html")
})

// htmlFlags holds the -html and -o flags.
type htmlFlags struct {
	on  bool
	dir string
}

// register defines the flags on fs.
func (h *htmlFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&h.on, "html", false, "write each input as a self-contained HTML page: to standard output for one input, to -o DIR for several")
	fs.StringVar(&h.dir, "o", "", "with -html, the `directory` to write the pages to, one NAME.html per input (created when missing)")
}

// usageError returns what is wrong with the -html flags given the other
// flags and the inputs, or "" when nothing is.
func (h *htmlFlags) usageError(c config, inputs []string) string {
	switch {
	case !h.on && h.dir != "":
		return "-o is the output directory of -html; give -html too"
	case !h.on:
		return ""
	case c.jsonl:
		return "-html and -jsonl cannot be used together"
	case c.asJSON:
		return "-html and -json cannot be used together"
	case c.format != "":
		return "-html and -format cannot be used together: choose one output"
	case len(inputs) > 1 && h.dir == "":
		return "-html with several inputs writes one page each: give -o DIR"
	}
	if h.dir == "" {
		return ""
	}
	seen := make(map[string]string)
	for _, in := range inputs {
		out := filepath.Join(h.dir, pageFile(in))
		if prev, ok := seen[out]; ok {
			return fmt.Sprintf("-html: %s and %s would both be written to %s", prev, in, out)
		}
		seen[out] = in
		if in != "-" && filepath.Clean(in) == out {
			return fmt.Sprintf("-html: the page of %s would overwrite it; choose another -o", in)
		}
	}
	return ""
}

// pageFile is the name of the page written for input name with -o.
func pageFile(name string) string {
	if name == "-" {
		return "stdin.html"
	}
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base)) + ".html"
}

// runHTML writes the page of each input, as described above, and returns
// the exit status: 1 when an input cannot be read (the others are still
// written) or a page cannot be written.
func (p *pipeline) runHTML(h htmlFlags, inputs []string, published entity.Date, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if h.dir != "" {
		if err := os.MkdirAll(h.dir, 0o755); err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			return 1
		}
	}
	status := 0
	for _, name := range inputs {
		b, err := readInput(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			status = 1
			continue
		}
		var page bytes.Buffer
		date := p.dateOf(string(b), published)
		if err := writePage(&page, name, date, p.analyze(string(b), date)); err != nil {
			fmt.Fprintf(stderr, "geoextract: %s: %v\n", name, err)
			return 1
		}
		if h.dir == "" {
			_, err = stdout.Write(page.Bytes())
		} else {
			err = os.WriteFile(filepath.Join(h.dir, pageFile(name)), page.Bytes(), 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "geoextract: %v\n", err)
			return 1
		}
	}
	return status
}

// readInput reads the input named name: standard input for "-", else the
// file.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}

// writePage renders the analysis of the input named name, published on
// published (zero when unknown), as an HTML page.
func writePage(w io.Writer, name string, published entity.Date, a analysis) error {
	t, err := pageTemplate()
	if err != nil {
		return err
	}
	return t.Execute(w, newPageData(name, published, a))
}

// The page's data. Keys name the page's highlighted spans for its script
// and its tests: "a3" is actor 3 (Document.Entities[3]), "m12" mention 12,
// "f4" reference 4 (in the order of the actors, then of their refs), "t2"
// trigger 2 (distinct trigger spans in text order), "r5" relation 5 and
// "s7" sentence 7 (also the sentence's element id).

type pageData struct {
	Name                          string
	Date                          string
	Mentions, Actors, Relations   int
	Types                         []pageTypeCount
	Body                          *pageElem
	Rels                          []*pageRelation
	ActorList                     []*pageActor
	HasRefs, HasRelations, HasAny bool
}

// pageTypeCount is one entry of the legend.
type pageTypeCount struct {
	Type  string
	Count int
}

// pageElem is a node of the text as the template renders it: a text leaf
// (Kind "text") or one piece of a highlighted span.
type pageElem struct {
	Kind       string // text, line, sent, trig, mention, ref
	Text       string // of a text leaf
	ID         string // element id (a sentence's first piece)
	Start, End int    // the whole span's byte offsets
	Part       int    // piece number of a cut span, else 0
	M          *pageMention
	R          *pageRef
	T          *pageTrigger
	Children   []*pageElem
}

type pageMention struct {
	Key, Actor                                  string
	Start, End                                  int
	Text, Type, ID, Name, Country, Role, Source string
}

// pageRef is one reference of the text: a span that refers to one actor
// or, like "their" after "Iran and Syria", to several, drawn once with a
// label naming all of them.
type pageRef struct {
	Key        string
	Actor      string // the keys of its actors, space-separated
	Start, End int
	Text       string
	Type       string // the first actor's, for the colour
	Name       string // the actors' names joined by refNameSep
	All        []pageRefActor
}

// pageRefActor is one actor a reference stands for.
type pageRefActor struct {
	Key, Type, Name, ID, Country, Role string
}

// refNameSep joins the names of a reference's actors in its label.
const refNameSep = " + "

// actorOf returns the key of the actor of r whose id is id, else all of
// r's actor keys.
func (r *pageRef) actorOf(id string) string {
	for _, a := range r.All {
		if id != "" && a.ID == id {
			return a.Key
		}
	}
	return r.Actor
}

type pageTrigger struct {
	Key        string
	Start, End int
	Text       string
	Quad       int
	Rels       []*pageRelation
}

type pageRelation struct {
	Key                        string
	Subject                    pageArg
	Object                     *pageArg
	Predicate, Label, CAMEO    string
	Quad                       int
	Negated                    bool
	Modality                   string // "" when asserted
	Date                       string
	Sentence                   string // the sentence's element id, "" when unknown
	SentenceStart, SentenceEnd int
	Trigger                    relation.Span
	TriggerKey                 string
	Excerpt                    string
	Keys                       string // keys of its spans in the text
}

type pageArg struct {
	Start, End                    int
	Text, Name, ID, Type, Country string
	Key, Actor                    string
}

type pageActor struct {
	Key                           string
	Name, Type, ID, Country, Role string
	Mentions                      int
	Refs                          []string
}

// newPageData shapes an analysis for the page template.
func newPageData(name string, published entity.Date, a analysis) *pageData {
	doc := a.doc
	text := doc.Text
	d := &pageData{Name: visible(name), Date: published.String(), Mentions: len(doc.Mentions), Actors: len(doc.Entities), Relations: len(a.relations)}
	d.HasRelations = len(a.relations) > 0
	d.HasAny = len(doc.Mentions) > 0 || d.HasRelations

	counts := make(map[entity.Type]int)
	for _, m := range doc.Mentions {
		counts[m.Type]++
	}
	for _, t := range []entity.Type{entity.Person, entity.GPE, entity.Org, entity.Loc, entity.NORP, entity.Event} {
		d.Types = append(d.Types, pageTypeCount{Type: t.String(), Count: counts[t]})
	}

	actorKey := func(e int) string {
		if e < 0 || e >= len(doc.Entities) {
			return ""
		}
		return "a" + strconv.Itoa(e)
	}
	for i, e := range doc.Entities {
		pa := &pageActor{Key: actorKey(i), Name: visible(e.Name), Type: e.Type.String(), ID: visible(e.ID), Country: e.Country, Role: visible(e.Role), Mentions: len(e.Mentions)}
		for _, r := range e.Refs {
			pa.Refs = append(pa.Refs, visible(oneLine(r.Text)))
		}
		d.ActorList = append(d.ActorList, pa)
	}

	var spans []pageSpan
	spans = append(spans, pageLines(text)...)
	for i, s := range doc.Sentences {
		spans = append(spans, pageSpan{Start: s.Start, End: s.End, Kind: kindSentence, Item: i})
	}
	mentions := make([]*pageMention, len(doc.Mentions))
	mentionAt := make(map[[2]int]*pageMention)
	for i, m := range doc.Mentions {
		pm := &pageMention{Key: "m" + strconv.Itoa(i), Actor: actorKey(m.Entity), Start: m.Start, End: m.End,
			Text: visible(m.Text), Type: m.Type.String(), ID: visible(m.ID), Name: visible(m.Name), Country: m.Country, Role: visible(m.Role), Source: m.Source.String()}
		if m.Entity >= 0 && m.Entity < len(doc.Entities) {
			e := doc.Entities[m.Entity]
			if pm.Name == "" {
				pm.Name = visible(e.Name)
			}
			if pm.Role == "" {
				pm.Role = visible(e.Role)
			}
			if pm.Country == "" {
				pm.Country = e.Country
			}
		}
		mentions[i] = pm
		if _, dup := mentionAt[[2]int{m.Start, m.End}]; !dup {
			mentionAt[[2]int{m.Start, m.End}] = pm
		}
		if m.End > m.Start {
			spans = append(spans, pageSpan{Start: m.Start, End: m.End, Kind: kindMention, Item: i})
		}
	}
	// One reference per span, in the order of the actors, then of their
	// refs: a span that stands for several actors ("their" after "Iran
	// and Syria") is one mark naming them all, not marks nested.
	var refs []*pageRef
	refAt := make(map[[2]int]*pageRef)
	for ei, e := range doc.Entities {
		for _, r := range e.Refs {
			a := pageRefActor{Key: actorKey(ei), Type: e.Type.String(), Name: visible(e.Name), ID: visible(e.ID), Country: e.Country, Role: visible(e.Role)}
			if pr, ok := refAt[[2]int{r.Start, r.End}]; ok {
				pr.All = append(pr.All, a)
				pr.Actor = strings.TrimSpace(pr.Actor + " " + a.Key)
				pr.Name += refNameSep + a.Name
				continue
			}
			pr := &pageRef{Key: "f" + strconv.Itoa(len(refs)), Actor: a.Key, Start: r.Start, End: r.End, Text: visible(r.Text),
				Type: a.Type, Name: a.Name, All: []pageRefActor{a}}
			if r.End > r.Start {
				spans = append(spans, pageSpan{Start: r.Start, End: r.End, Kind: kindRef, Item: len(refs)})
			}
			refAt[[2]int{r.Start, r.End}] = pr
			refs = append(refs, pr)
		}
	}
	d.HasRefs = len(refs) > 0

	var triggers []*pageTrigger
	triggerAt := make(map[[2]int]*pageTrigger)
	arg := func(a relation.Argument) pageArg {
		pa := pageArg{Start: a.Start, End: a.End, Text: visible(oneLine(a.Text)), Name: visible(a.Name), ID: visible(a.ID), Type: a.Type.String(), Country: a.Country}
		if m, ok := mentionAt[[2]int{a.Start, a.End}]; ok {
			pa.Key, pa.Actor = m.Key, m.Actor
		} else if r, ok := refAt[[2]int{a.Start, a.End}]; ok {
			pa.Key, pa.Actor = r.Key, r.actorOf(a.ID)
		}
		if pa.Name == "" {
			pa.Name = pa.Text
		}
		return pa
	}
	for i, r := range a.relations {
		pr := &pageRelation{
			Key:           "r" + strconv.Itoa(i),
			Subject:       arg(r.Subject),
			Predicate:     r.Predicate.String(),
			Label:         strings.ToLower(strings.ReplaceAll(r.Predicate.String(), "_", " ")),
			CAMEO:         r.CAMEO,
			Quad:          export.QuadClass(r.CAMEO),
			Negated:       r.Negated,
			Date:          r.Date.String(),
			SentenceStart: r.Sentence.Start,
			SentenceEnd:   r.Sentence.End,
			Trigger:       relation.Span{Start: r.Trigger.Start, End: r.Trigger.End, Text: visible(r.Trigger.Text)},
			Excerpt:       visible(excerpt(text, r)),
		}
		if r.Modality != relation.Asserted {
			pr.Modality = r.Modality.String()
		}
		if r.Object != nil {
			o := arg(*r.Object)
			pr.Object = &o
		}
		if s := sentenceAt(doc.Sentences, r.Sentence.Start); s >= 0 {
			pr.Sentence = "s" + strconv.Itoa(s)
		}
		keys := []string{pr.Subject.Key}
		if pr.Object != nil {
			keys = append(keys, pr.Object.Key)
		}
		if r.Trigger.End > r.Trigger.Start && r.Trigger.Start >= 0 && r.Trigger.End <= len(text) {
			k := [2]int{r.Trigger.Start, r.Trigger.End}
			t, ok := triggerAt[k]
			if !ok {
				t = &pageTrigger{Start: r.Trigger.Start, End: r.Trigger.End, Text: visible(r.Trigger.Text), Quad: pr.Quad}
				triggerAt[k] = t
				triggers = append(triggers, t)
			}
			t.Rels = append(t.Rels, pr)
			pr.TriggerKey = "" // set below, once triggers are numbered
		}
		pr.Keys = strings.Join(keys, " ")
		d.Rels = append(d.Rels, pr)
	}
	sort.SliceStable(triggers, func(i, j int) bool {
		if triggers[i].Start != triggers[j].Start {
			return triggers[i].Start < triggers[j].Start
		}
		return triggers[i].End > triggers[j].End
	})
	for i, t := range triggers {
		t.Key = "t" + strconv.Itoa(i)
		spans = append(spans, pageSpan{Start: t.Start, End: t.End, Kind: kindTrigger, Item: i})
		for _, r := range t.Rels {
			r.TriggerKey = t.Key
			r.Keys = strings.TrimSpace(r.Keys + " " + t.Key)
		}
	}

	var build func(n *pageNode) *pageElem
	build = func(n *pageNode) *pageElem {
		e := &pageElem{Start: n.Start, End: n.End, Part: n.Part}
		switch n.Kind {
		case kindText:
			e.Kind, e.Text = "text", visible(text[n.Start:n.End])
		case kindLine:
			e.Kind = "line"
		case kindSentence:
			e.Kind = "sent"
			s := doc.Sentences[n.Item]
			e.Start, e.End = s.Start, s.End
			if n.Part <= 1 {
				e.ID = "s" + strconv.Itoa(n.Item)
			}
		case kindTrigger:
			e.Kind, e.T = "trig", triggers[n.Item]
			e.Start, e.End = e.T.Start, e.T.End
		case kindMention:
			e.Kind, e.M = "mention", mentions[n.Item]
			e.Start, e.End = e.M.Start, e.M.End
		case kindRef:
			e.Kind, e.R = "ref", refs[n.Item]
			e.Start, e.End = e.R.Start, e.R.End
		}
		for _, c := range n.Children {
			e.Children = append(e.Children, build(c))
		}
		return e
	}
	d.Body = build(layoutPage(text, spans))
	return d
}

// sentenceAt returns the index of the sentence that holds byte offset
// off, or -1.
func sentenceAt(sents []entity.Sentence, off int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if i < len(sents) && sents[i].Start <= off {
		return i
	}
	return -1
}

// visible replaces the invalid UTF-8 bytes of s and its control characters
// other than tab, line feed and carriage return, which neither HTML nor XML
// may carry, with U+FFFD. The page shows text through it; its offsets stay
// those of the input.
func visible(s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, isHidden) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isHidden(r) {
			return unicode.ReplacementChar
		}
		return r
	}, s)
}

func isHidden(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
}
