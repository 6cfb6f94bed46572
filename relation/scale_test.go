package relation

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/cputime"
	"github.com/geoextract/geoextract/internal/nlp"
	"github.com/geoextract/geoextract/internal/text"
)

// repeatedArticle is the example article repeated, blank line between the
// copies, up to at least size bytes.
func repeatedArticle(tb testing.TB, size int) string {
	tb.Helper()
	buf, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	n := size/(len(buf)+2) + 1
	var sb strings.Builder
	sb.Grow(n * (len(buf) + 2))
	for range n {
		sb.Write(buf)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkPipelineScale measures the whole pipeline (entity.Tagger.Tag,
// then Extractor.Extract) on one document of 1, 4 and 16 MB built by
// repeating the example article, and prose's NER (its tagger and entity
// model through internal/nlp, tokenizing and sentence splitting included)
// on the 1 MB one as the reference. Run it with
//
//	go test ./relation -run '^$' -bench PipelineScale -benchtime 1x
//
// Besides time per run it reports:
//   - KB/s: input kilobytes per second of wall time;
//   - cpu-s/op: CPU seconds of the process per run (GC included), steadier
//     than wall time on a shared machine;
//   - x1MB and cpu-x1MB: wall and CPU time over the 1 MB document's. Cost
//     is linear in length when the 4 MB run takes about 4 times the 1 MB
//     one (the bar is 4.5);
//   - alloc-B/byte: bytes allocated per input byte;
//   - peak-live-B/byte: the highest live heap (as each collection marks
//     it) above the heap before the run, per input byte: the memory the
//     pipeline holds at its peak (the bar is 40);
//   - peak-heap-B/byte: the same for all heap objects, garbage not yet
//     collected included, which the collector lets grow to about twice
//     the live heap (GOGC=100), the tagger's models and gazetteer included.
func BenchmarkPipelineScale(b *testing.B) {
	tg, err := freshTagger()
	if err != nil {
		b.Fatal(err)
	}
	x := defaultExtractor(b)
	// Warm-up outside the measurements: the models load once, the parser
	// with the first sentence that needs it (the example article has some).
	x.Extract(tg.Tag(entity.Input{Text: repeatedArticle(b, 1), Date: entity.Date{Year: 2022, Month: 6, Day: 13}}))
	var wall1, cpu1 float64 // the 1 MB run's
	for _, mb := range []int{1, 4, 16} {
		src := repeatedArticle(b, mb<<20)
		b.Run(fmt.Sprintf("pipeline/%dMB", mb), func(b *testing.B) {
			wall, cpu := measure(b, len(src), func() {
				doc := tg.Tag(entity.Input{Text: src, Date: entity.Date{Year: 2022, Month: 6, Day: 13}})
				x.Extract(doc)
			})
			if mb == 1 {
				wall1, cpu1 = wall, cpu
			} else if wall1 > 0 {
				b.ReportMetric(wall/wall1, "x1MB")
				if cpu1 > 0 {
					b.ReportMetric(cpu/cpu1, "cpu-x1MB")
				}
			}
		})
		if mb == 1 {
			b.Run("prose-ner/1MB", func(b *testing.B) {
				ner := nlp.Default()
				measure(b, len(src), func() {
					toks := text.Tokenize(src)
					ner.Tag(src, toks, text.Sentences(src, toks), true)
				})
			})
		}
	}
}

// measure runs f b.N times and reports the metrics of
// BenchmarkPipelineScale; it returns the wall and CPU seconds per run.
func measure(b *testing.B, inputBytes int, f func()) (wall, cpu float64) {
	b.SetBytes(int64(inputBytes))
	b.ReportAllocs()
	allocs := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(allocs)
	allocated := allocs[0].Value.Uint64()
	w := watchHeap()
	cpu0 := cputime.Seconds()
	n := 0
	for b.Loop() {
		f()
		n++
	}
	cpu = (cputime.Seconds() - cpu0) / float64(n)
	w.report(b, inputBytes)
	metrics.Read(allocs)
	b.ReportMetric(float64(allocs[0].Value.Uint64()-allocated)/float64(n)/float64(inputBytes), "alloc-B/byte")
	wall = b.Elapsed().Seconds() / float64(n)
	b.ReportMetric(float64(inputBytes)/1024/wall, "KB/s")
	if cpu > 0 {
		b.ReportMetric(cpu, "cpu-s/op")
	}
	return wall, cpu
}

// heapWatch samples the heap every millisecond while the work it
// watches runs.
type heapWatch struct {
	stop, done chan struct{}
	base       [2]uint64 // live heap and heap objects at the start
	peak       [2]uint64 // their highest values above base
}

// heapMetrics are the live heap as the last collection marked it, and all
// heap objects, including garbage not yet swept.
var heapMetrics = []string{"/gc/heap/live:bytes", "/memory/classes/heap/objects:bytes"}

func readHeap() [2]uint64 {
	s := []metrics.Sample{{Name: heapMetrics[0]}, {Name: heapMetrics[1]}}
	metrics.Read(s)
	return [2]uint64{s[0].Value.Uint64(), s[1].Value.Uint64()}
}

// watchHeap collects garbage, then samples the heap until stop.
func watchHeap() *heapWatch {
	runtime.GC()
	w := &heapWatch{stop: make(chan struct{}), done: make(chan struct{}), base: readHeap()}
	go func() {
		defer close(w.done)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-w.stop:
				return
			case <-tick.C:
				h := readHeap()
				for k := range h {
					if h[k] > w.base[k] {
						w.peak[k] = max(w.peak[k], h[k]-w.base[k])
					}
				}
			}
		}
	}()
	return w
}

// report stops the watch and reports the peaks per input byte.
func (w *heapWatch) report(b *testing.B, inputBytes int) {
	close(w.stop)
	<-w.done
	b.ReportMetric(float64(w.peak[0])/float64(inputBytes), "peak-live-B/byte")
	b.ReportMetric(float64(w.peak[1])/float64(inputBytes), "peak-heap-B/byte")
}
