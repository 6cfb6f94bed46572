package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/geoextract/geoextract/export"
)

// geoextract serve runs an HTTP server on the same pipeline:
//
//	POST /v1/extract  one JSON record {"id","text","date"} in, its JSONL result object out
//	POST /v1/batch    JSONL records in, one result line per record out (the -jsonl contract)
//	GET  /healthz     200 "ok"
//
// A request body larger than -max-body bytes gets 413; a body that is not
// a record gets 400 with {"id": ..., "error": "..."} saying what is wrong;
// a wrong method gets 405. The tagger and the extractor are loaded once and
// shared by all requests; at most -workers documents are analyzed at once
// across all of them. SIGINT or SIGTERM stops accepting connections and
// lets the requests in flight finish (for up to -shutdown-timeout).

// serveConfig is the configuration of geoextract serve.
type serveConfig struct {
	config
	addr            string
	maxBody         int64
	readTimeout     time.Duration
	writeTimeout    time.Duration
	shutdownTimeout time.Duration
}

func runServe(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("geoextract serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c serveConfig
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT` (a loopback address by default: the server has no authentication)")
	fs.Int64Var(&c.maxBody, "max-body", 8<<20, "largest request body in `bytes`; a larger one gets 413")
	fs.DurationVar(&c.readTimeout, "read-timeout", time.Minute, "time to read a whole request")
	fs.DurationVar(&c.writeTimeout, "write-timeout", 5*time.Minute, "time to process a request and write its response")
	fs.DurationVar(&c.shutdownTimeout, "shutdown-timeout", 30*time.Second, "on SIGINT or SIGTERM, time the requests in flight get to finish")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), fmt.Sprintf("documents analyzed at once, across all requests (1 to %d)", maxWorkers()))
	dataFlags(fs, &c.config)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: geoextract serve [-addr HOST:PORT] [-max-body BYTES] [flags]\n\n"+
			"POST /v1/extract  {\"id\",\"text\",\"date\"} in, the JSONL result object out\n"+
			"POST /v1/batch    JSONL records in, one result line per record out\n"+
			"GET  /healthz     ok\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usage := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "geoextract serve: "+format+"\n", args...)
		fmt.Fprintln(stderr, "run geoextract serve -h for usage")
		return 2
	}
	if fs.NArg() > 0 {
		return usage("unexpected arguments %q", fs.Args())
	}
	if c.maxBody < 1 {
		return usage("-max-body %d: want at least 1", c.maxBody)
	}
	published, err := checkConfig(&c.config, stderr, "geoextract serve")
	if err != nil {
		return usage("%v", err)
	}
	p, err := newPipeline(c.config)
	if err != nil {
		reportLoadError(stderr, err)
		return 1
	}
	p.date = published
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		fmt.Fprintf(stderr, "geoextract serve: %v\n", err)
		return 1
	}
	if ap, ok := ln.Addr().(*net.TCPAddr); ok && !ap.IP.IsLoopback() {
		fmt.Fprintf(stderr, "geoextract serve: note: listening on %s, which is not a loopback address: anyone who can reach it can use the server\n", ln.Addr())
	}
	fmt.Fprintf(stderr, "geoextract serve: listening on http://%s\n", ln.Addr())
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, ln, newServer(p, c), c.shutdownTimeout); err != nil {
		fmt.Fprintf(stderr, "geoextract serve: %v\n", err)
		return 1
	}
	fmt.Fprintln(stderr, "geoextract serve: stopped")
	return 0
}

// server answers the HTTP API with one shared pipeline. It is safe for
// concurrent use, as http.Server needs.
type server struct {
	p       *pipeline
	maxBody int64
	workers int
	slots   chan struct{} // one per document being analyzed, across requests
}

// newServer returns the HTTP server for c, not yet listening.
func newServer(p *pipeline, c serveConfig) *http.Server {
	s := &server{p: p, maxBody: c.maxBody, workers: max(c.workers, 1), slots: make(chan struct{}, max(c.workers, 1))}
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/extract", s.extract)
	mux.HandleFunc("/v1/batch", s.batch)
	mux.HandleFunc("/healthz", s.healthz)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no endpoint %s: use POST /v1/extract, POST /v1/batch or GET /healthz", r.URL.Path))
	})
	return &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: min(c.readTimeout, 10*time.Second),
		ReadTimeout:       c.readTimeout,
		WriteTimeout:      c.writeTimeout,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// serve runs srv on ln until ctx is done, then shuts it down gracefully:
// it stops accepting connections and waits up to grace for the requests in
// flight.
func serve(ctx context.Context, ln net.Listener, srv *http.Server, grace time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// allow answers 405 unless r uses method.
func allow(w http.ResponseWriter, r *http.Request, method string) bool {
	if r.Method == method {
		return true
	}
	w.Header().Set("Allow", method)
	writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: use %s", r.Method, r.URL.Path, method))
	return false
}

// postBody reads the body of a POST request up to s.maxBody bytes. It
// answers 405 to another method and 413 past the limit, and then returns
// false.
func (s *server) postBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if !allow(w, r, http.MethodPost) {
		return nil, false
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes (geoextract serve -max-body)", s.maxBody))
		return nil, false
	case err != nil:
		writeError(w, http.StatusBadRequest, fmt.Sprintf("cannot read the request body: %v", err))
		return nil, false
	}
	return b, true
}

// writeError answers with status and an error record {"id":null,"error":msg}.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, export.NewError(nil, msg))
}

func writeJSON(w http.ResponseWriter, status int, v interface{ AppendJSONL([]byte) ([]byte, error) }) {
	b, err := v.AppendJSONL(nil)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = export.NewError(nil, "internal error: "+err.Error()).AppendJSONL(nil)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(b)
}

func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodHead && !allow(w, r, http.MethodGet) {
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, "ok\n")
}

// extract analyzes one record: the body is a JSON object {"id","text","date"}.
func (s *server) extract(w http.ResponseWriter, r *http.Request) {
	body, ok := s.postBody(w, r)
	if !ok {
		return
	}
	in, problem := s.p.decodeRecord(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")))
	if problem != "" {
		writeJSON(w, http.StatusBadRequest, export.NewError(in.ID, problem))
		return
	}
	select {
	case s.slots <- struct{}{}:
	case <-r.Context().Done():
		return // the client is gone
	}
	a, fail := s.p.analyzeInput(in, 1)
	<-s.slots
	if fail != nil {
		writeJSON(w, http.StatusInternalServerError, *fail)
		return
	}
	writeJSON(w, http.StatusOK, a.record(in.ID))
}

// batch analyzes JSONL records as geoextract -jsonl does, streaming one
// result line per record.
func (s *server) batch(w http.ResponseWriter, r *http.Request) {
	body, ok := s.postBody(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	out := io.Writer(w)
	if f, ok := w.(http.Flusher); ok {
		out = flushWriter{w, f}
	}
	o := batchOptions{workers: s.workers, maxLine: int(s.maxBody), slots: s.slots}
	// The body was read whole, so an error here is the client going away
	// or the write timeout: the response is already under way.
	s.p.runBatch(r.Context(), bytes.NewReader(body), out, o)
}

// flushWriter sends each write to the client at once.
type flushWriter struct {
	w io.Writer
	f http.Flusher
}

func (fw flushWriter) Write(b []byte) (int, error) {
	n, err := fw.w.Write(b)
	fw.f.Flush()
	return n, err
}
