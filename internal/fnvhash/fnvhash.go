// Package fnvhash is 64-bit FNV-1a hashing continued over parts, without
// a hash.Hash and without allocation: the feature hashing of geoextract's
// trained models, which hash a feature's name and values piece by piece
// (relation's pair model, entity's coreference ranker, the taggers of
// internal/postag and internal/nlp/internal/ptag, the parser of
// internal/syntax). Changing it changes what every embedded model reads.
package fnvhash

// The 64-bit FNV-1a parameters.
const (
	Offset = 14695981039346656037 // the hash of no bytes
	Prime  = 1099511628211
)

// Add continues the hash h over the bytes of s.
func Add(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= Prime
	}
	return h
}

// AddByte continues the hash h over one byte b.
func AddByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * Prime
}
