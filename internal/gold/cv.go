package gold

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/geoextract/geoextract/relation"
)

// What the trainer's cross-validation uses (pairtrain): the
// fold of a text, the lists of numbers tried, a census's total, the name
// of a gold file, the counts of a score and the fold's gold texts written
// for the real scorer.

// Fold returns the fold of the text with id among k folds by document
// (FNV-1a of the id modulo k; 0 when k is below 2), the same for every
// trainer, so that the models of two trainers for one fold never saw its
// texts.
func Fold(id string, k int) int {
	if k < 2 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(k))
}

// Numbers parses a trainer's comma-separated list of numbers ("0,1,2.5"),
// empty items skipped: the epochs, margins and the like that a
// cross-validation tries.
func Numbers(s string) ([]float64, error) {
	var out []float64
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Sum returns the total of xs: the training examples of every class in
// a trainer's census.
func Sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// Source names a gold file by its folder and name: "split/relations_voa.tune".
func Source(path string) string {
	dir := filepath.Base(filepath.Dir(path))
	return dir + "/" + strings.TrimSuffix(filepath.Base(path), ".jsonl")
}

// Counts are the matched gold relations, the predictions and the gold
// relations of a score, with the matched and all gold relations marked
// coreferent. The zero Counts is ready to use.
type Counts struct{ TP, Pred, Gold, CorefTP, Coref int }

// Add counts the relations rs extracted from d.
func (c *Counts) Add(d Doc, rs []relation.Relation) {
	for gi, ok := range Matched(d, rs) {
		if ok {
			c.TP++
		}
		if d.Relations[gi].Coref {
			c.Coref++
			if ok {
				c.CorefTP++
			}
		}
	}
	c.Pred += len(rs)
	c.Gold += len(d.Relations)
}

// PRF returns precision, recall and F1.
func (c Counts) PRF() (p, r, f float64) {
	p = float64(c.TP) / float64(max(c.Pred, 1))
	r = float64(c.TP) / float64(max(c.Gold, 1))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// F1 returns the F1 score.
func (c Counts) F1() float64 {
	_, _, f := c.PRF()
	return f
}

// String formats precision, recall and F1 as "0.750/0.333/0.462".
func (c Counts) String() string {
	p, r, f := c.PRF()
	return fmt.Sprintf("%.3f/%.3f/%.3f", p, r, f)
}

// FoldText is a gold text in a fold: its source (Source) and its record.
// It is a plain value.
type FoldText struct {
	Source string
	Line   []byte
}

// WriteFoldTexts writes the texts of fold f to dir, one file per source
// (dir/foldF.SOURCE.jsonl, the slash of the source an underscore), in the
// order given.
func WriteFoldTexts(dir string, f int, texts []FoldText) error {
	files := map[string]*bufio.Writer{}
	var closers []*os.File
	defer func() {
		for _, fh := range closers {
			fh.Close()
		}
	}()
	for _, t := range texts {
		bw := files[t.Source]
		if bw == nil {
			name := fmt.Sprintf("fold%d.%s.jsonl", f, strings.ReplaceAll(t.Source, "/", "_"))
			fh, err := os.Create(filepath.Join(dir, name))
			if err != nil {
				return err
			}
			closers = append(closers, fh)
			bw = bufio.NewWriter(fh)
			files[t.Source] = bw
		}
		bw.Write(t.Line)
		bw.WriteByte('\n')
	}
	for _, bw := range files {
		if err := bw.Flush(); err != nil {
			return err
		}
	}
	for _, fh := range closers {
		if err := fh.Close(); err != nil {
			return err
		}
	}
	closers = nil
	return nil
}
