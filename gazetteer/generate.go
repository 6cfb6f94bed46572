package gazetteer

//go:generate go run ./internal/gen -factbook ../../shared/data/factbook -petrarch ../../shared/eval/petrarch/dictionaries -iso /usr/share/iso-codes/json/iso_3166-1.json -curated internal/gen/curated -words ../entity/data/words.txt -o data/world.yaml -merges data/merged-people.tsv
//go:generate go test -run ^TestWorldBinary$ -update .
