package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGovernmentForms(t *testing.T) {
	tests := []struct {
		name                 string
		govType, long, chief string
		want                 []string
		reason               string
	}{
		{"absolute kingdom", "absolute monarchy", "Kingdom of Ruritania", "King RUDOLF V (since 2001)",
			[]string{"monarchy", "absolute-monarchy", "kingdom"}, "type, long name and title agree"},
		{"emirate by title", "absolute monarchy", "State of Qumran", "Amir HAMID bin Ali (since 2013)",
			[]string{"monarchy", "absolute-monarchy", "emirate"}, "an Amir as chief of state makes an emirate though the name says State"},
		{"emirate in the type", "constitutional monarchy (emirate)", "State of Nadir", "",
			[]string{"monarchy", "constitutional-monarchy", "emirate"}, "the type may name the form"},
		{"sultan and prime minister", "absolute monarchy", "", "Sultan and Prime Minister OMAR bin Said",
			[]string{"monarchy", "absolute-monarchy", "sultanate"}, "the title's first word is the monarch's"},
		{"realm", "parliamentary democracy under a constitutional monarchy; a Commonwealth realm", "",
			"King EDMUND I (since 2020); represented by Governor General Ana RUIZ",
			[]string{"monarchy", "constitutional-monarchy"}, "a monarch represented by a governor general makes no kingdom"},
		{"islamic republic", "theocratic republic", "Islamic Republic of Zand", "Supreme Leader ALI",
			[]string{"republic", "islamic-republic", "theocracy"}, "the long name says Islamic Republic"},
		{"people's republic", "communist party-led state", "People's Republic of Hanland", "President LI",
			[]string{"republic", "communist-state"}, "a republic by name"},
		{"name no longer in use", "theocratic", "Islamic Republic of Zand (prior to 2021); current country name disputed", "",
			[]string{"theocracy"}, "a past name says nothing of the present state"},
		{"past government", "formerly, semi-presidential republic", "Republic of Tarn", "",
			[]string{"republic"}, "a past type says nothing; the name still does"},
		{"republican territory", "unincorporated territory; republican form of territorial government", "", "",
			nil, "republican is no republic"},
		{"note", "parliamentary democracy; note - the monarchy was abolished", "", "", nil, "notes are not the type"},
		{"markup", "<p>parliamentary democracy under a constitutional monarchy</p>", "", "",
			[]string{"monarchy", "constitutional-monarchy"}, "markup goes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := governmentForms(tc.govType, tc.long, tc.chief)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("governmentForms(%q, %q, %q) mismatch (-want +got) (%s):\n%s", tc.govType, tc.long, tc.chief, tc.reason, diff)
			}
		})
	}
}
