package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress reports how far a batch has come on standard error: records
// done, records per second and, when the input's size is known (a file
// on standard input), the share read and the time left:
//
//	geoextract: 1200 records, 41.3 records/s, 60%, ETA 19s
//
// On a terminal the line is redrawn in place; elsewhere (-progress with
// stderr redirected) a line is written per update. Updates come at most
// once per interval, and once more at the end. A nil *progress reports
// nothing. It is not safe for concurrent use: runBatch calls it from its
// writing loop only.
type progress struct {
	w        io.Writer
	now      func() time.Time
	total    int64 // input bytes, 0 when unknown
	inPlace  bool  // redraw one line ("\r") instead of writing lines
	interval time.Duration

	start, last time.Time
	records     int
	offset      int64
}

// newProgress returns a progress report on w for an input of total bytes
// (0 when unknown), reading the time from now.
func newProgress(w io.Writer, total int64, inPlace bool, now func() time.Time) *progress {
	interval := time.Second
	if inPlace {
		interval = 200 * time.Millisecond
	}
	t := now()
	return &progress{w: w, now: now, total: total, inPlace: inPlace, interval: interval, start: t, last: t}
}

// record counts one more record done, the input having been read up to
// offset bytes.
func (p *progress) record(offset int64) {
	if p == nil {
		return
	}
	p.records++
	p.offset = offset
	if t := p.now(); t.Sub(p.last) >= p.interval {
		p.last = t
		p.show(t, false)
	}
}

// finish writes the final count.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.show(p.now(), true)
}

func (p *progress) show(t time.Time, final bool) {
	elapsed := t.Sub(p.start)
	line := fmt.Sprintf("geoextract: %d records", p.records)
	if s := elapsed.Seconds(); s > 0 {
		line += fmt.Sprintf(", %.1f records/s", float64(p.records)/s)
	}
	if p.total > 0 && !final {
		frac := min(float64(p.offset)/float64(p.total), 1)
		line += fmt.Sprintf(", %.0f%%", 100*frac)
		if frac > 0 {
			left := time.Duration(float64(elapsed) * (1 - frac) / frac)
			line += ", ETA " + left.Round(time.Second).String()
		}
	}
	if final {
		line += fmt.Sprintf(" in %s", elapsed.Round(time.Millisecond))
	}
	switch {
	case p.inPlace && final:
		fmt.Fprintf(p.w, "\r%s\x1b[K\n", line)
	case p.inPlace:
		fmt.Fprintf(p.w, "\r%s\x1b[K", line)
	default:
		fmt.Fprintln(p.w, line)
	}
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// inputSize returns the size of r when it is a regular file, else 0.
func inputSize(r io.Reader) int64 {
	f, ok := r.(*os.File)
	if !ok {
		return 0
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return 0
	}
	return st.Size()
}
