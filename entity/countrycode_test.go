package entity_test

import (
	"fmt"
	"testing"

	"github.com/geoextract/geoextract/entity"
)

func TestMentionCountryCode(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    entity.Mention
		want string
	}{
		{"country named by its code", entity.Mention{Type: entity.GPE, ID: "JPN"}, "JPN"},
		{"nationality linked to its country", entity.Mention{Type: entity.NORP, ID: "JPN"}, "JPN"},
		{"city belongs to its country", entity.Mention{Type: entity.GPE, ID: "gpe/osaka", Country: "JPN"}, "JPN"},
		{"stated country wins over the id", entity.Mention{Type: entity.Org, ID: "org/self-defense-forces", Country: "JPN"}, "JPN"},
		{"id that is no country code", entity.Mention{Type: entity.NORP, ID: "norp/kurds"}, ""},
		{"lower-case id is no code", entity.Mention{Type: entity.GPE, ID: "jpn"}, ""},
		{"unlinked", entity.Mention{Type: entity.GPE}, ""},
		{"zero mention", entity.Mention{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.m.CountryCode(); got != tc.want {
				t.Errorf("%+v.CountryCode() = %q, want %q", tc.m, got, tc.want)
			}
		})
	}
}

// A nationality written in a phrase stands for its country; a city for
// the country it belongs to.
func ExampleMention_CountryCode() {
	for _, m := range []entity.Mention{
		{Text: "Japanese", Type: entity.NORP, ID: "JPN"},
		{Text: "Osaka", Type: entity.GPE, ID: "gpe/osaka", Country: "JPN"},
		{Text: "Kurdish", Type: entity.NORP, ID: "norp/kurds"},
	} {
		fmt.Printf("%s: %q\n", m.Text, m.CountryCode())
	}
	// Output:
	// Japanese: "JPN"
	// Osaka: "JPN"
	// Kurdish: ""
}
