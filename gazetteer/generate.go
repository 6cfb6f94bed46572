package gazetteer

//go:generate go run ./internal/gen -factbook ../../shared/data/factbook -petrarch ../../shared/eval/petrarch/dictionaries -curated internal/gen/curated -words ../entity/data/words.txt -o data/world.yaml
