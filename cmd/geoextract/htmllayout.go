package main

import (
	"container/heap"
	"strings"
)

// The -html page shows the text with several kinds of spans over it: its
// lines, its sentences, relation triggers, mentions and references. HTML
// elements must nest, but spans may overlap (a trigger "joint US-South Korea
// exercises" holds mentions; a mention may cross a sentence's end).
// layoutPage turns the spans into one tree, deterministically:
//
//   - kinds nest in a fixed order: lines hold sentences, which hold
//     triggers, which hold mentions, which hold references;
//   - spans are taken in order of start, then kind, then the longer first,
//     then by index; a span inside the open one becomes its child;
//   - a span of an outer kind stays whole: open spans of inner kinds that
//     it starts inside are cut where it starts, and their rest is laid out
//     again from there (inside it);
//   - a span that crosses the end of an open span of its own or an outer
//     kind is cut there: its first piece becomes the open span's child and
//     its rest is laid out again from that offset.
//
// Every piece keeps the index of its whole span, so that the page can mark
// all of them with the whole span's offsets. A span is cut at most once per
// open span it crosses, so there are at most spans × nesting depth pieces,
// and time is O(p log p) in the number p of pieces. A document nests at most
// a few levels deep (line, sentence, trigger, mention, reference), so that
// is linear in its size.

// pageKind is a kind of span of the page's text, outermost first: for
// spans with the same offsets, the lower kind holds the higher.
type pageKind uint8

const (
	kindText     pageKind = iota // a piece of text between spans (tree leaves)
	kindLine                     // a line of the input
	kindSentence                 // a sentence of the document
	kindTrigger                  // the words of one or more relations' trigger
	kindMention                  // an entity mention
	kindRef                      // a pronoun or description that refers to an actor
)

// pageSpan is one span to lay out: Item is its index among the spans of its
// kind. Start == End is allowed (an empty line).
type pageSpan struct {
	Start, End int
	Kind       pageKind
	Item       int
}

// pageNode is a node of the laid-out tree: a text leaf (kindText) or a
// piece of a span. Part is 0 for a span laid out whole, else the 1-based
// number of the piece.
type pageNode struct {
	pageSpan
	Part     int
	Children []*pageNode
	whole    pageSpan // the span this node is a piece of
}

// layoutPage lays out spans over text[0:len(text)] as a tree whose root is a
// kindText node covering the whole text; the leaves are the text between
// spans. Spans out of range or with End < Start are dropped.
func layoutPage(text string, spans []pageSpan) *pageNode {
	root := &pageNode{pageSpan: pageSpan{Start: 0, End: len(text), Kind: kindText}}
	q := make(pageQueue, 0, len(spans))
	for _, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.End < s.Start || s.Kind == kindText {
			continue
		}
		q = append(q, pagePiece{pageSpan: s, whole: s})
	}
	heap.Init(&q)
	parts := make(map[pageSpan]int) // pieces numbered so far, per span that was cut
	stack := []*pageNode{root}
	cursor := 0
	addText := func(n *pageNode, end int) {
		if end > cursor {
			n.Children = append(n.Children, &pageNode{pageSpan: pageSpan{Start: cursor, End: end, Kind: kindText}})
			cursor = end
		}
	}
	number := func(n *pageNode) {
		if n.Part == 0 {
			parts[n.whole]++
			n.Part = parts[n.whole]
		}
	}
	for q.Len() > 0 {
		p := heap.Pop(&q).(pagePiece)
		for len(stack) > 1 {
			top := stack[len(stack)-1]
			switch {
			case top.End <= p.Start:
				addText(top, top.End)
			case top.Kind > p.Kind && top.Start < p.Start:
				// An outer kind starts inside an inner one: cut the inner.
				addText(top, p.Start)
				number(top)
				heap.Push(&q, pagePiece{pageSpan: pageSpan{Start: p.Start, End: top.End, Kind: top.Kind, Item: top.Item}, whole: top.whole, cut: true})
				top.End = p.Start
			default:
				goto place
			}
			stack = stack[:len(stack)-1]
		}
	place:
		top := stack[len(stack)-1]
		addText(top, p.Start)
		n := &pageNode{pageSpan: p.pageSpan, whole: p.whole}
		if p.cut {
			number(n)
		}
		if top != root && p.End > top.End {
			// Cut at the end of the open span; lay out the rest later.
			number(n)
			n.End = top.End
			heap.Push(&q, pagePiece{pageSpan: pageSpan{Start: top.End, End: p.End, Kind: p.Kind, Item: p.Item}, whole: p.whole, cut: true})
		}
		top.Children = append(top.Children, n)
		stack = append(stack, n)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		addText(top, top.End)
		stack = stack[:len(stack)-1]
	}
	return root
}

// pagePiece is a span waiting to be laid out: a whole span, or the rest of one
// that was cut; whole is the span it is a piece of.
type pagePiece struct {
	pageSpan
	whole pageSpan
	cut   bool
}

// pageQueue orders pieces by start, then kind, then the longer first, then
// index. It implements heap.Interface.
type pageQueue []pagePiece

func (q pageQueue) Len() int { return len(q) }
func (q pageQueue) Less(i, j int) bool {
	a, b := q[i], q[j]
	switch {
	case a.Start != b.Start:
		return a.Start < b.Start
	case a.Kind != b.Kind:
		return a.Kind < b.Kind
	case a.End != b.End:
		return a.End > b.End
	}
	return a.Item < b.Item
}
func (q pageQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pageQueue) Push(x any)   { *q = append(*q, x.(pagePiece)) }
func (q *pageQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// pageLines returns the lines of text as kindLine spans, without their
// line endings ("\n", "\r\n"); an empty line is an empty span.
func pageLines(text string) []pageSpan {
	var out []pageSpan
	start := 0
	for i := 0; ; i++ {
		nl := strings.IndexByte(text[start:], '\n')
		if nl < 0 {
			if start < len(text) || len(out) == 0 {
				out = append(out, pageSpan{Start: start, End: len(text), Kind: kindLine, Item: i})
			}
			return out
		}
		end := start + nl
		next := end + 1
		if end > start && text[end-1] == '\r' {
			end--
		}
		out = append(out, pageSpan{Start: start, End: end, Kind: kindLine, Item: i})
		start = next
	}
}
