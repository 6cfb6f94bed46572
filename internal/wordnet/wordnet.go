package wordnet

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// POS is a WordNet part of speech: Noun, Verb, Adj or Adverb. It is a
// plain value; the zero POS is none of them.
type POS byte

// The four parts of speech, as WordNet spells them in its files.
const (
	Noun   POS = 'n'
	Verb   POS = 'v'
	Adj    POS = 'a'
	Adverb POS = 'r'
)

var posFiles = map[POS]string{Noun: "noun", Verb: "verb", Adj: "adj", Adverb: "adv"}

// String returns the file suffix of the part of speech ("noun", "verb", ...).
func (p POS) String() string {
	if s, ok := posFiles[p]; ok {
		return s
	}
	return fmt.Sprintf("POS(%q)", byte(p))
}

// ID identifies a synset: its part of speech and its byte offset in the
// data file. It is a plain value; the zero ID names no synset.
type ID struct {
	POS    POS
	Offset int64
}

// Pointer is one relation of a synset (or of one of its words) to another
// synset: Symbol is WordNet's pointer symbol ("@" hypernym, "~" hyponym,
// "+" derivationally related form, "!" antonym, ...). Source and Target are
// 1-based word numbers, 0 when the pointer relates whole synsets. It is
// a plain value.
type Pointer struct {
	Symbol             string
	Target             ID
	Source, TargetWord int
}

// Synset is one synonym set. Those a DB returns are shared: read them,
// never change them, and they are safe for concurrent reading.
type Synset struct {
	ID ID
	// LexFile is the lexicographer file's number; LexName gives its name
	// ("noun.person", "verb.communication").
	LexFile int
	// Words are the synset's lemmas, lower case, with spaces for WordNet's
	// underscores, in the file's order.
	Words    []string
	Pointers []Pointer
	Gloss    string
}

// LexName returns the name of the synset's lexicographer file.
func (s *Synset) LexName() string { return LexName(s.LexFile) }

//go:embed lexnames.txt
var lexnamesText string

var lexnames = strings.Fields(lexnamesText)

// LexName returns the name of lexicographer file n, or "" for an unknown
// number.
func LexName(n int) string {
	if n < 0 || n >= len(lexnames) {
		return ""
	}
	return lexnames[n]
}

// DB is a loaded WordNet database. It is immutable after Open and safe for
// concurrent use; the zero value holds no synsets.
type DB struct {
	synsets map[ID]*Synset
	index   map[POS]map[string][]ID
	// exc maps an irregular form to its lemmas (noun.exc, verb.exc...);
	// forms the reverse: a lemma to its irregular forms.
	exc   map[POS]map[string][]string
	forms map[POS]map[string][]string
}

// Open reads the index and data files of the four parts of speech from dir.
// A malformed line is an error naming file:line:col.
func Open(dir string) (*DB, error) {
	if _, err := morphyRules(); err != nil {
		return nil, err
	}
	db := newDB()
	for _, pos := range []POS{Noun, Verb, Adj, Adverb} {
		err := db.readFile(filepath.Join(dir, pos.String()+".exc"), func(f *fields) error { return db.readExc(pos, f) })
		if err != nil && !errors.Is(err, fs.ErrNotExist) { // the exception lists are optional
			return nil, err
		}
		if err := db.readFile(filepath.Join(dir, "data."+pos.String()), db.readData); err != nil {
			return nil, err
		}
		if err := db.readFile(filepath.Join(dir, "index."+pos.String()), db.readIndex); err != nil {
			return nil, err
		}
	}
	return db, nil
}

// newDB returns an empty database with the maps of every part of speech
// made, so that a line of one file naming another part of speech (an
// index.noun line of a verb) is stored, not a write to a nil map.
func newDB() *DB {
	db := &DB{synsets: map[ID]*Synset{}, index: map[POS]map[string][]ID{},
		exc: map[POS]map[string][]string{}, forms: map[POS]map[string][]string{}}
	for pos := range posFiles {
		db.index[pos] = map[string][]ID{}
		db.exc[pos], db.forms[pos] = map[string][]string{}, map[string][]string{}
	}
	return db
}

// Synset returns the synset with the given id, or nil.
func (db *DB) Synset(id ID) *Synset { return db.synsets[id] }

// Senses returns the synsets of a lemma (lower case, spaces or underscores
// between words) in WordNet's sense order, most frequent first.
func (db *DB) Senses(lemma string, pos POS) []*Synset {
	ids := db.index[pos][strings.ReplaceAll(strings.ToLower(lemma), " ", "_")]
	out := make([]*Synset, 0, len(ids))
	for _, id := range ids {
		if s := db.synsets[id]; s != nil {
			out = append(out, s)
		}
	}
	return out
}

// Forms returns the irregular inflected forms of a lemma that WordNet's
// exception list of the part of speech gives ("forsake" → "forsaken",
// "forsook"), in the file's order; nil for a regular word.
func (db *DB) Forms(lemma string, pos POS) []string {
	return db.forms[pos][strings.ReplaceAll(strings.ToLower(lemma), " ", "_")]
}

// Base returns the lemmas of the part of speech that an inflected word may
// have, as WordNet's morphy finds them: the exception list's lemmas, the
// word itself when it is a lemma, then the lemmas that its detachment
// rules (morphy.txt) give, each once, in that order.
func (db *DB) Base(word string, pos POS) []string {
	w := strings.ReplaceAll(strings.ToLower(word), " ", "_")
	var out []string
	add := func(l string) {
		l = strings.ReplaceAll(l, "_", " ")
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	for _, l := range db.exc[pos][w] {
		add(l)
	}
	if _, ok := db.index[pos][w]; ok {
		add(w)
	}
	rules, _ := morphyRules() // checked by Open
	for _, r := range rules {
		if r.pos != pos || !strings.HasSuffix(w, r.suffix) || len(w) <= len(r.suffix) {
			continue
		}
		if l := w[:len(w)-len(r.suffix)] + r.ending; db.index[pos][l] != nil {
			add(l)
		}
	}
	return out
}

// morphyRule is one of morphy's detachment rules: a word of the part of
// speech ending in suffix may be the lemma ending in ending instead.
type morphyRule struct {
	pos            POS
	suffix, ending string
}

//go:embed morphy.txt
var morphyText string

// morphyRules are the rules of morphy.txt, in its order, read once; a
// malformed line is an error at its line, reported by Open.
var morphyRules = sync.OnceValues(func() ([]morphyRule, error) {
	var out []morphyRule
	for n, line := range strings.Split(morphyText, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		pos, ok := parsePOS(f[0])
		if len(f) < 2 || !ok {
			return nil, &ParseError{File: "morphy.txt", Line: n + 1, Col: 1, Msg: "want a part of speech and a suffix"}
		}
		ending := ""
		if len(f) > 2 && f[2] != "-" {
			ending = f[2]
		}
		out = append(out, morphyRule{pos, f[1], ending})
	}
	return out, nil
})

// Related returns the synsets that s points to with the pointer symbol, in
// the file's order.
func (db *DB) Related(s *Synset, symbol string) []*Synset {
	var out []*Synset
	for _, p := range s.Pointers {
		if p.Symbol == symbol {
			if t := db.synsets[p.Target]; t != nil {
				out = append(out, t)
			}
		}
	}
	return out
}

// Each calls f for every synset of the part of speech, in no fixed order.
func (db *DB) Each(pos POS, f func(*Synset)) {
	for id, s := range db.synsets {
		if id.POS == pos {
			f(s)
		}
	}
}

// ParseError is a malformed line of a WordNet file. It is a plain value.
type ParseError struct {
	File      string
	Line, Col int
	Msg       string
}

// Error formats the error as "file:line:col: message".
func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

func (db *DB) readFile(path string, read func(*fields) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return readLines(f, path, read)
}

func readLines(r io.Reader, name string, read func(*fields) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "  ") {
			continue // the licence header
		}
		if err := read(&fields{line: line, file: name, n: n}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		// The line that could not be read is the one after the last read.
		return &ParseError{File: name, Line: n + 1, Col: 1, Msg: err.Error()}
	}
	return nil
}

// fields walks the space-separated fields of one line, keeping columns for
// errors.
type fields struct {
	line string
	pos  int
	file string
	n    int
	last int // start of the last field read
}

var errEnd = errors.New("line ends early")

// errf reports an error at the end of the line (when it ends early) or at
// the start of the last field read.
func (f *fields) errf(format string, args ...any) error {
	return &ParseError{File: f.file, Line: f.n, Col: f.pos + 1, Msg: fmt.Sprintf(format, args...)}
}

func (f *fields) fieldErr(format string, args ...any) error {
	f.pos = f.last
	return f.errf(format, args...)
}

func (f *fields) next() (string, error) {
	for f.pos < len(f.line) && f.line[f.pos] == ' ' {
		f.pos++
	}
	if f.pos >= len(f.line) {
		return "", f.errf("%v", errEnd)
	}
	start := f.pos
	f.last = start
	for f.pos < len(f.line) && f.line[f.pos] != ' ' {
		f.pos++
	}
	return f.line[start:f.pos], nil
}

func (f *fields) int(base int) (int64, error) {
	s, err := f.next()
	if err != nil {
		return 0, err
	}
	v, perr := strconv.ParseInt(s, base, 64)
	if perr != nil || v < 0 {
		return 0, f.fieldErr("want a base-%d number, got %q", base, s)
	}
	return v, nil
}

func parsePOS(s string) (POS, bool) {
	switch s {
	case "n", "v", "a", "r":
		return POS(s[0]), true
	case "s": // adjective satellite
		return Adj, true
	}
	return 0, false
}

func word(s string) string {
	if i := strings.IndexByte(s, '('); i > 0 { // adjective markers: "(p)", "(a)", "(ip)"
		s = s[:i]
	}
	return strings.ToLower(strings.ReplaceAll(s, "_", " "))
}

// readData reads one line of a data file:
// offset lex_filenum ss_type w_cnt [word lex_id]... p_cnt [ptr]... [frames] | gloss
func (db *DB) readData(f *fields) error {
	body, gloss, _ := strings.Cut(f.line, " | ")
	f.line = body
	off, err := f.int(10)
	if err != nil {
		return err
	}
	lex, err := f.int(10)
	if err != nil {
		return err
	}
	t, err := f.next()
	if err != nil {
		return err
	}
	pos, ok := parsePOS(t)
	if !ok {
		return f.fieldErr("unknown synset type %q", t)
	}
	wn, err := f.int(16)
	if err != nil {
		return err
	}
	s := &Synset{ID: ID{pos, off}, LexFile: int(lex), Gloss: strings.TrimSpace(gloss)}
	for range wn {
		w, err := f.next()
		if err != nil {
			return err
		}
		if _, err := f.int(16); err != nil {
			return err
		}
		s.Words = append(s.Words, word(w))
	}
	pn, err := f.int(10)
	if err != nil {
		return err
	}
	for range pn {
		sym, err := f.next()
		if err != nil {
			return err
		}
		toff, err := f.int(10)
		if err != nil {
			return err
		}
		pt, err := f.next()
		if err != nil {
			return err
		}
		tpos, ok := parsePOS(pt)
		if !ok {
			return f.fieldErr("unknown pointer part of speech %q", pt)
		}
		st, err := f.int(16)
		if err != nil {
			return err
		}
		s.Pointers = append(s.Pointers, Pointer{Symbol: sym, Target: ID{tpos, toff}, Source: int(st >> 8), TargetWord: int(st & 0xff)})
	}
	db.synsets[s.ID] = s
	return nil
}

// readExc reads one line of an exception list: an inflected form and its
// lemmas.
func (db *DB) readExc(pos POS, f *fields) error {
	form, err := f.next()
	if err != nil {
		return err
	}
	n := 0
	for {
		l, err := f.next()
		if err != nil {
			break
		}
		n++
		db.exc[pos][form] = append(db.exc[pos][form], l)
		db.forms[pos][l] = append(db.forms[pos][l], strings.ReplaceAll(form, "_", " "))
	}
	if n == 0 {
		return f.errf("an irregular form %q without its lemma", form)
	}
	return nil
}

// readIndex reads one line of an index file:
// lemma pos synset_cnt p_cnt [ptr_symbol]... sense_cnt tagsense_cnt synset_offset...
func (db *DB) readIndex(f *fields) error {
	lemma, err := f.next()
	if err != nil {
		return err
	}
	t, err := f.next()
	if err != nil {
		return err
	}
	pos, ok := parsePOS(t)
	if !ok {
		return f.fieldErr("unknown part of speech %q", t)
	}
	n, err := f.int(10)
	if err != nil {
		return err
	}
	pn, err := f.int(10)
	if err != nil {
		return err
	}
	for range pn {
		if _, err := f.next(); err != nil {
			return err
		}
	}
	for range 2 { // sense_cnt, tagsense_cnt
		if _, err := f.int(10); err != nil {
			return err
		}
	}
	// The count is the file's: allocate no more than the line can hold.
	ids := make([]ID, 0, min(n, int64(len(f.line)-f.pos)/2+1))
	for range n {
		off, err := f.int(10)
		if err != nil {
			return err
		}
		ids = append(ids, ID{pos, off})
	}
	db.index[pos][strings.ToLower(lemma)] = ids
	return nil
}
