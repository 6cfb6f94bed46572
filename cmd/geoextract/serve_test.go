package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// startServer runs the HTTP server on a loopback port with a small body
// limit and returns its base URL; the server is shut down when the test
// ends, and must then stop cleanly.
func startServer(t *testing.T, maxBody int64) string {
	t.Helper()
	p := mustPipeline(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	c := serveConfig{maxBody: maxBody, readTimeout: time.Minute, writeTimeout: time.Minute}
	c.workers = 2
	go func() { done <- serve(ctx, ln, newServer(p, c), time.Minute) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("graceful shutdown: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

type httpResult struct {
	Status int
	Type   string
	Body   string
}

func call(t *testing.T, method, url, body string) httpResult {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return httpResult{Status: resp.StatusCode, Type: resp.Header.Get("Content-Type"), Body: string(b)}
}

// TestServe calls every endpoint, with good and bad requests, and checks
// that the server keeps serving after each bad one.
func TestServe(t *testing.T) {
	const maxBody = 4096
	base := startServer(t, maxBody)
	p := mustPipeline(t)
	good := `{"id":"a","text":"` + talks + `"}`
	batchIn := good + "\n\n[1]\n" + `{"id":2,"text":"Chad.","date":"2022-06-13"}` + "\n"
	wantBatch := string(runLines(t, p, batchIn, 1, maxBody))
	wantExtract := string(runLines(t, p, good+"\n", 1, maxBody))
	big := `{"id":"big","text":"` + strings.Repeat("Chad. ", maxBody/6+1) + `"}`
	for _, tc := range []struct {
		name     string
		method   string
		path     string
		body     string
		want     httpResult
		wantBody string // substring, when want.Body is ""
		reason   string
	}{{
		name: "health", method: "GET", path: "/healthz",
		want:   httpResult{Status: 200, Type: "text/plain; charset=utf-8", Body: "ok\n"},
		reason: "a load balancer's probe",
	}, {
		name: "extract", method: "POST", path: "/v1/extract", body: good,
		want:   httpResult{Status: 200, Type: "application/json", Body: wantExtract},
		reason: "one record in, exactly its -jsonl result line out",
	}, {
		name: "extract malformed JSON", method: "POST", path: "/v1/extract", body: `{"id":"x", "text": Japan}`,
		want:     httpResult{Status: 400, Type: "application/json"},
		wantBody: `{"id":null,"error":"invalid JSON: `,
		reason:   "a clear 400 saying what is wrong",
	}, {
		name: "extract array", method: "POST", path: "/v1/extract", body: `[1]`,
		want:   httpResult{Status: 400, Type: "application/json", Body: `{"id":null,"error":"expected a JSON object with a \"text\" field, got an array"}` + "\n"},
		reason: "the message is in the user's words",
	}, {
		name: "extract without text", method: "POST", path: "/v1/extract", body: `{"id":"d"}`,
		want:   httpResult{Status: 400, Type: "application/json", Body: `{"id":"d","error":"record has no \"text\" field"}` + "\n"},
		reason: "the id is echoed with the error",
	}, {
		name: "extract too large", method: "POST", path: "/v1/extract", body: big,
		want:   httpResult{Status: 413, Type: "application/json", Body: `{"id":null,"error":"request body larger than 4096 bytes (geoextract serve -max-body)"}` + "\n"},
		reason: "a body past -max-body gets 413",
	}, {
		name: "extract with GET", method: "GET", path: "/v1/extract",
		want:   httpResult{Status: 405, Type: "application/json", Body: `{"id":null,"error":"GET /v1/extract: use POST"}` + "\n"},
		reason: "a wrong method gets 405",
	}, {
		name: "batch", method: "POST", path: "/v1/batch", body: batchIn,
		want:   httpResult{Status: 200, Type: "application/x-ndjson", Body: wantBatch},
		reason: "JSONL in and out, the -jsonl contract with its error lines",
	}, {
		name: "batch too large", method: "POST", path: "/v1/batch", body: big + "\n" + good,
		want:   httpResult{Status: 413, Type: "application/json", Body: `{"id":null,"error":"request body larger than 4096 bytes (geoextract serve -max-body)"}` + "\n"},
		reason: "a batch past -max-body gets 413 before any output",
	}, {
		name: "unknown path", method: "GET", path: "/v2/extract",
		want:     httpResult{Status: 404, Type: "application/json"},
		wantBody: "no endpoint /v2/extract",
		reason:   "a wrong path says which endpoints there are",
	}, {
		name: "still serving", method: "GET", path: "/healthz",
		want:   httpResult{Status: 200, Type: "text/plain; charset=utf-8", Body: "ok\n"},
		reason: "the bad requests above left the server serving",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got := call(t, tc.method, base+tc.path, tc.body)
			if tc.wantBody != "" {
				if !strings.Contains(got.Body, tc.wantBody) {
					t.Errorf("%s\nbody %q does not contain %q", tc.reason, got.Body, tc.wantBody)
				}
				got.Body = ""
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%s %s mismatch (-want +got):\n%s", tc.reason, tc.method, tc.path, diff)
			}
		})
	}
}

// TestServeConcurrent sends requests at once to the shared tagger and
// extractor (run with -race): every answer is the one a lone request gets.
func TestServeConcurrent(t *testing.T) {
	base := startServer(t, 8<<20)
	texts := []string{talks, "Chad and Niger signed a border deal.", "Russia condemned the missile test by North Korea."}
	want := make([]string, len(texts))
	for i, text := range texts {
		b, _ := json.Marshal(map[string]string{"id": "x", "text": text})
		want[i] = call(t, "POST", base+"/v1/extract", string(b)).Body
	}
	var wg sync.WaitGroup
	for k := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			i := k % len(texts)
			b, _ := json.Marshal(map[string]string{"id": "x", "text": texts[i]})
			if got := call(t, "POST", base+"/v1/extract", string(b)); got.Body != want[i] {
				t.Errorf("concurrent request %d: got %q, want %q", k, got.Body, want[i])
			}
		}()
	}
	wg.Wait()
}

// TestServeFlags checks serve's usage errors.
func TestServeFlags(t *testing.T) {
	for _, tc := range []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"help", []string{"serve", "-h"}, 0, "POST /v1/extract"},
		{"max-body", []string{"serve", "-max-body", "0"}, 2, "-max-body 0: want at least 1"},
		{"workers", []string{"serve", "-workers", "-1"}, 2, "-workers -1: want at least 1"},
		{"no gazetteer", []string{"serve", "-no-default"}, 2, "-no-default leaves no gazetteer"},
		{"arguments", []string{"serve", "x.txt"}, 2, `unexpected arguments ["x.txt"]`},
		{"bad address", []string{"serve", "-addr", "127.0.0.1:notaport"}, 1, "geoextract serve:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tc.args...)
			if code != tc.wantCode || !strings.Contains(stderr, tc.wantStderr) {
				t.Errorf("run(%q) = %d, stderr %q; want %d and %q", tc.args, code, stderr, tc.wantCode, tc.wantStderr)
			}
		})
	}
}
