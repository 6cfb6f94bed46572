//go:build dataflow

package main

// Google Cloud Dataflow and the gs:// filesystem pull in the Google Cloud
// client libraries, about as much code again as the rest of the program;
// they are linked in only with -tags dataflow.
import (
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
)
