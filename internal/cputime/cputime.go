// Package cputime reads the CPU time of the process, for benchmarks that
// report it beside wall time: on a machine shared with other work, CPU
// seconds (the collector's included) are steadier than elapsed time.
package cputime

// Seconds returns the user and system CPU time of the process so far, or
// 0 where the system does not tell (see cputime_unix.go).
func Seconds() float64 { return seconds() }
