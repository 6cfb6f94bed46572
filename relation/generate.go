package relation

// Regenerates data/petrarch.yaml from the PETRARCH CAMEO 2.0 verb
// dictionary by the rules in internal/gen/rules.yaml (needs ../shared).
//go:generate go run ./internal/gen -cameo ../../shared/eval/petrarch/dictionaries/CAMEO.2.0.txt -data data -o data/petrarch.yaml -nominal data/nominal.yaml
