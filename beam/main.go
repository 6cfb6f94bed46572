// Command beam runs geoextract as an Apache Beam pipeline, so that a corpus
// too large for one machine is tagged on a cluster: the direct or prism
// runner on one machine, Flink, Spark or Google Cloud Dataflow on many.
//
// Usage:
//
//	go run . --input='GLOB' --output=DIR [--shards=N] [--date=YYYY-MM-DD] [--runner=direct|prism|flink|spark|dataflow|universal] [runner flags]
//
// # Input
//
// --input is a glob of files on a Beam filesystem (local paths or gs://).
// Each file is one of:
//
//   - JSONL (a name ending in .jsonl or .ndjson): one record per line in the
//     JSONL contract of the geoextract command, {"id", "text", "date"?};
//     blank lines are skipped;
//   - anything else: a text file, one document whose id is the file name
//     (without its directory).
//
// A further .gz ending means the file is gzip-compressed ("a.jsonl.gz").
//
// # Output
//
// Under --output:
//
//   - records-SSSSS-of-NNNNN.jsonl: exactly one JSON line per input document
//     (per non-blank JSONL line, per text file), the geoextract command's
//     -jsonl output for it. A line that cannot be processed gets the
//     contract's error record, {"id": ..., "error": "FILE: line N: ..."}:
//     bad input never fails the pipeline. Lines are in no particular order
//     (sort them by id to compare runs).
//   - events-SSSSS-of-NNNNN.tsv: a header row, then one row per relation,
//     the columns of the geoextract command's -format tsv (package export).
//   - counts.tsv: the number of events per date, source country, target
//     country and CAMEO root, after a header row
//     "date source_country target_country root events", sorted. The date is
//     the event's own date, else its document's date; a country is "" when
//     unknown or when the event has no target. Its events column adds up
//     to the number of event rows.
//
// --shards (default 4) sets the number of records-* and events-* files;
// every one is written, empty or not. --log_level (default warn) sets how
// much Beam itself logs on standard error.
//
// # Runners
//
// --runner=direct (the default) runs the pipeline in this process, with no
// servers; prism runs it on a local Beam runner started in this process.
// flink, spark and universal submit it to a job server (--endpoint), and
// dataflow to Google Cloud Dataflow (--project, --region, ...). Runner
// flags are Beam's own (see the README's "Scale out" section).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"

	"github.com/geoextract/geoextract/entity"

	// The filesystems (local paths, gs://), the reflection-free runtime and
	// the runners, as beamx links them. The portable runners already bring
	// in the Google Cloud libraries, so Dataflow and gs:// cost little more.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/core/runtime/exec/optimized"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"
)

var (
	inputFlag  = flag.String("input", "", "glob of the input files: *.jsonl (or .ndjson) hold JSONL records {\"id\",\"text\",\"date\"}, any other file is one text document (required)")
	outputFlag = flag.String("output", "", "output `directory`: records-*.jsonl, events-*.tsv and counts.tsv are written there (required)")
	shardsFlag = flag.Int("shards", 4, "number of records-* and events-* files")
	dateFlag   = flag.String("date", "", "publication date (`YYYY-MM-DD`) of text files and of JSONL records without a \"date\"")
	logFlag    = flag.String("log_level", "warn", "Beam's logging `level`: debug, info (the runners' progress and the pipeline graph), warn or error")
)

func main() {
	flag.Parse()
	switch *logFlag {
	case "debug", "info", "warn", "error":
		log.LogLevel = *logFlag
	default:
		fmt.Fprintf(os.Stderr, "beam: --log_level %q: want debug, info, warn or error\n", *logFlag)
		os.Exit(2)
	}
	beam.Init() // a remote worker runs as this binary and never returns from Init
	os.Exit(run(context.Background(), os.Stderr))
}

// run checks the flags, then builds and runs the pipeline; it returns the
// exit status: 0 done, 1 failed, 2 bad usage.
func run(ctx context.Context, stderr io.Writer) int {
	o := options{input: *inputFlag, output: *outputFlag, shards: *shardsFlag, date: *dateFlag}
	if err := check(ctx, o); err != nil {
		fmt.Fprintf(stderr, "beam: %v\nrun go run . -h for usage\n", err)
		return 2
	}
	runner := *runners.Runner
	if runner == "" {
		runner = "direct"
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, o)
	if _, err := beam.Run(ctx, runner, p); err != nil {
		fmt.Fprintf(stderr, "beam: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "beam: wrote %s\n", o.output)
	return 0
}

// check reports a usage error in o, or an input glob that matches no file
// (a pipeline over nothing is almost always a typo).
func check(ctx context.Context, o options) error {
	switch {
	case o.input == "":
		return errors.New("--input GLOB is required")
	case o.output == "":
		return errors.New("--output DIR is required")
	case o.shards < 1:
		return fmt.Errorf("--shards %d: want at least 1", o.shards)
	}
	if _, err := entity.ParseDate(o.date); err != nil {
		return fmt.Errorf("--date: %v", err)
	}
	fs, err := filesystem.New(ctx, o.input)
	if err != nil {
		return fmt.Errorf("--input %s: %v", o.input, err)
	}
	defer fs.Close()
	files, err := fs.List(ctx, o.input)
	if err != nil {
		return fmt.Errorf("--input %s: %v", o.input, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("--input %s: no file matches", o.input)
	}
	return nil
}
