package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/geoextract/geoextract/export"
)

// writeShards writes the lines of col (a PCollection<string> of non-empty
// lines) under dir as prefix-SSSSS-of-NNNNN+ext, n files in all, each
// written by one worker. Every shard file is written, empty or not; with
// header, each starts with the event header row. Which shard holds a line
// depends only on the line; the order of lines within a shard is not
// defined.
func writeShards(s beam.Scope, col beam.PCollection, dir, prefix, ext string, n int, header bool) {
	keyed := beam.ParDo(s, &shardFn{N: n}, col)
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	// One empty line per shard, so that every shard file is written.
	empty := beam.ParDo(s, emptyLine, beam.CreateList(s, all))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
	beam.ParDo0(s, &writeShardFn{Dir: dir, Prefix: prefix, Ext: ext, N: n, Header: header}, grouped)
}

// shardFn keys each line by its shard, a hash of the line modulo N (at
// least 1). It is safe for concurrent use.
type shardFn struct{ N int }

// ProcessElement returns the shard of line, and line.
func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(fn.N)), line
}

// emptyLine keys an empty line (written as nothing) by shard.
func emptyLine(shard int) (int, string) { return shard, "" }

// writeShardFn writes one shard file. A retried bundle writes the whole
// file again. It is safe for concurrent use (each call writes its own
// file).
type writeShardFn struct {
	Dir, Prefix, Ext string
	N                int
	Header           bool // start with the event header row
}

// ProcessElement writes the lines of one shard.
func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := fmt.Sprintf("%s-%05d-of-%05d%s", fn.Prefix, shard, fn.N, fn.Ext)
	return writeFile(ctx, joinPath(fn.Dir, name), func(w *bufio.Writer) error {
		if fn.Header {
			ew := export.NewTSVWriter(w)
			ew.WriteHeader()
			if err := ew.Flush(); err != nil {
				return err
			}
		}
		var line string
		for lines(&line) {
			if line == "" {
				continue
			}
			w.WriteString(line)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeCounts counts the keys (countKey) in col and writes them to
// dir/counts.tsv, one row per key in key order after a header row, by one
// worker: the table has one row per date, country pair and CAMEO root,
// not per event.
func writeCounts(s beam.Scope, keys beam.PCollection, dir string) {
	rows := beam.ParDo(s, countRow, stats.Count(s, keys))
	rows = beam.Flatten(s, rows, beam.Create(s, "")) // so that an empty table is written too
	beam.ParDo0(s, &writeCountsFn{Dir: dir}, beam.GroupByKey(s, beam.AddFixedKey(s, rows)))
}

// countRow is the row of counts.tsv for a key and its count.
func countRow(key string, n int) string { return key + "\t" + strconv.Itoa(n) }

// writeCountsFn writes counts.tsv from all its rows. It is called once,
// with every row.
type writeCountsFn struct{ Dir string }

// ProcessElement sorts the rows and writes them after the header.
func (fn *writeCountsFn) ProcessElement(ctx context.Context, _ int, rows func(*string) bool) error {
	var all []string
	var row string
	for rows(&row) {
		if row != "" {
			all = append(all, row)
		}
	}
	slices.Sort(all)
	return writeFile(ctx, joinPath(fn.Dir, "counts.tsv"), func(w *bufio.Writer) error {
		w.WriteString(strings.Join(countColumns, "\t") + "\n")
		for _, r := range all {
			w.WriteString(r)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile creates (or replaces) the file at p on its Beam filesystem
// (local paths, or gs:// and others whose filesystem is linked in) and
// writes it with fill.
func writeFile(ctx context.Context, p string, fill func(*bufio.Writer) error) error {
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return err
	}
	defer fs.Close()
	wc, err := fs.OpenWrite(ctx, p)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(wc, 1<<16)
	err = fill(w)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if cerr := wc.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %v", p, err)
	}
	return nil
}

// joinPath joins a directory and a file name; unlike path.Join it keeps
// the "//" of a URL scheme ("gs://bucket/out").
func joinPath(dir, name string) string {
	if dir == "" {
		return name
	}
	return strings.TrimSuffix(dir, "/") + "/" + name
}
