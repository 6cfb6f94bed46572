package main

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	// Registered so that every runner, including those that ship this
	// binary to remote workers, can find the functions and types.
	beam.RegisterType(reflect.TypeOf((*Document)(nil)).Elem())
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Document), error](&splitFn{})
	register.DoFn4x0[Document, func(string), func(string), func(string)](&extractFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeCountsFn{})
	register.Function1x2(emptyLine)
	register.Function2x1(countRow)
	register.Emitter1[Document]()
	register.Emitter1[string]()
	register.Iter1[string]()
}

// options are what the pipeline reads, writes and assumes.
type options struct {
	input  string // a file glob on a Beam filesystem
	output string // the output directory
	shards int    // the number of records-* and events-* files
	date   string // default publication date, "" for none
}

// build adds the pipeline to s: match the input files, split them into
// documents, spread the documents over the workers, tag and extract each,
// and write the records, the event rows and the counts.
func build(s beam.Scope, o options) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, o.input))
	docs := beam.ParDo(s.Scope("split"), &splitFn{}, files)
	// A JSONL shard is read by one worker; its records are then spread
	// over all of them.
	docs = beam.Reshuffle(s, docs)
	records, events, keys := beam.ParDo3(s.Scope("extract"), &extractFn{Date: o.date}, docs)
	writeShards(s.Scope("records"), records, o.output, "records", ".jsonl", o.shards, false)
	writeShards(s.Scope("events"), events, o.output, "events", ".tsv", o.shards, true)
	writeCounts(s.Scope("counts"), keys, o.output)
}
