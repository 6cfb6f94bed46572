package main

import (
	"bufio"
	"encoding/json"
	"os"

	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// dumpRecord is one cross-validated decision of -dump: a trained
// candidate pair whose gold label or whose fold model's reading is a
// root.
type dumpRecord struct {
	ID       string  `json:"id"`
	Source   string  `json:"source"`
	Fold     int     `json:"fold"`
	Sentence string  `json:"sentence"`
	Subject  string  `json:"subject"`
	Object   string  `json:"object"`
	Gold     int     `json:"gold"`
	Model    int     `json:"model"`
	Score    float32 `json:"score"`
}

// dumpDecisions writes to path, as JSONL, the decisions of each fold's
// model (models, at margin mg) on its fold's trained candidates that are
// a root by the gold or by the model: the misses and wrong additions to
// study (-dump).
func dumpDecisions(path string, texts []*text, models []*pairs.Model, mg float32) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	for _, t := range texts {
		m := models[t.fold].WithMargin(mg)
		for k, c := range t.cands {
			l := t.labels[k]
			if l < 0 {
				continue
			}
			cl, d := m.Decide(c.Features)
			if cl == pairs.None && l == pairs.None {
				continue
			}
			sent := ""
			if c.Sentence.Start >= 0 && c.Sentence.End <= len(t.doc.Text) && c.Sentence.Start <= c.Sentence.End {
				sent = t.doc.Text[c.Sentence.Start:c.Sentence.End]
			}
			if err := enc.Encode(dumpRecord{ID: t.doc.ID, Source: t.source, Fold: t.fold, Sentence: sent,
				Subject: c.Subject.Text, Object: c.Object.Text, Gold: l, Model: cl, Score: d}); err != nil {
				f.Close()
				return err
			}
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
