package ptag

import "runtime"

// predict scores word i with the weights of its features and returns the
// best class among those some feature scored, as prose's predict and max
// do; an exact tie goes to the first class in prose's order and is
// reported. With no scored class prose returns "".
func (m *Model) predict(s *scratch, i int, w, p1, p2 string) (string, bool) {
	var fa [maxFeatures]uint64
	feats := s.features(fa[:0], i, w, p1, p2)
	n := m.nClasses
	sc := s.scores[:n]
	clear(sc)
	seen := s.seen
	clear(seen)
	for _, f := range feats {
		r64, ok := m.feats.Get(f)
		if !ok {
			continue
		}
		r := int(r64)
		row := m.weights[r*n : r*n+n]
		for k, v := range row {
			sc[k] += int64(v)
		}
		pw := len(seen)
		for j, b := range m.present[r*pw : r*pw+pw] {
			seen[j] |= b
		}
	}
	// The rows live outside the collected heap and are released with m
	// (package offheap): m must stay reachable until they are read.
	runtime.KeepAlive(m)
	best, tie := -1, false
	for k := range n {
		if seen[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		switch {
		case best < 0 || sc[k] > sc[best]:
			best, tie = k, false
		case sc[k] == sc[best]:
			tie = true
		}
	}
	if best < 0 {
		return "", false
	}
	return m.tags[best], tie
}
