module github.com/geoextract/geoextract

go 1.26
