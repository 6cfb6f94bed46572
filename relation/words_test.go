package relation

import "testing"

func TestBaseWordsLoad(t *testing.T) {
	if _, err := baseWords(); err != nil {
		t.Fatal(err)
	}
}
