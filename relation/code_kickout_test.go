package relation

import "testing"

// TestExpelledDiplomatsVsIndividuals checks, on sentences of our own,
// the code of an expulsion by whom it expels (data/16-reduce.yaml,
// data/17-coerce.yaml): diplomats and envoys,
// however the expulsion is worded, and aid workers are the guideline's
// 16 ("expelling diplomats or UN staff"); journalists, migrants and
// other people expelled are 17 (the guideline's "deport", the
// dictionary's 174).
func TestExpelledDiplomatsVsIndividuals(t *testing.T) {
	checkCodeCases(t, []codeCase{
		{
			name:   "expelled-diplomats",
			text:   "Russia expelled two British diplomats.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "16", Trigger: "expelled", Object: "GBR"}},
			reason: "the plain verb: an expulsion of diplomats is 16",
		},
		{
			name:   "kicked-out-diplomats",
			text:   "Russia kicked out two British diplomats.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "161", Trigger: "kicked out two British diplomats", Object: "GBR"}},
			reason: "the particle verb with envoys after it: 16, not the 174 of the bare 'kick out'",
		},
		{
			name:   "booted-out-ambassador",
			text:   "Venezuela booted out the American ambassador.",
			want:   []particleRel{{Subject: "VEN", CAMEO: "161", Trigger: "booted out the American ambassador", Object: "USA"}},
			reason: "the dictionary's other phrasal verb of the block",
		},
		{
			name:   "threw-out-diplomats",
			text:   "Sudan threw out three Norwegian diplomats on Monday.",
			want:   []particleRel{{Subject: "SDN", CAMEO: "161", Trigger: "threw out three Norwegian diplomats", Object: "NOR"}},
			reason: "'throw out' of envoys is an expulsion",
		},
		{
			name:   "ordered-consul-out",
			text:   "Poland ordered the Russian consul out.",
			want:   []particleRel{{Subject: "POL", CAMEO: "161", Trigger: "ordered the Russian consul out", Object: "RUS"}},
			reason: "a consul ordered out, the particle after him",
		},
		{
			name:   "persona-non-grata",
			text:   "Egypt declared the Turkish ambassador persona non grata.",
			want:   []particleRel{{Subject: "EGY", CAMEO: "161", Trigger: "declared the Turkish ambassador persona non grata", Object: "TUR"}},
			reason: "the diplomatic form of an expulsion",
		},
		{
			name:   "expelled-aid-workers",
			text:   "Sudan expelled British aid workers.",
			want:   []particleRel{{Subject: "SDN", CAMEO: "166", Trigger: "expelled British aid workers", Object: "GBR"}},
			reason: "aid workers are staff of an agency, like the guideline's UN staff: 16, not the 174 of 'workers'",
		},
		{
			name:   "expelled-journalists",
			text:   "Russia expelled two British journalists.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "174", Trigger: "expelled two British journalists", Object: "GBR"}},
			reason: "other individuals expelled: 17",
		},
		{
			name:   "kicked-out-journalists",
			text:   "Russia kicked out two British journalists.",
			want:   []particleRel{{Subject: "RUS", CAMEO: "174", Trigger: "kicked out", Object: "GBR"}},
			reason: "the bare 'kick out' keeps 174 for people who are not envoys",
		},
		{
			name:   "expelled-migrant-workers",
			text:   "Sudan expelled British migrant workers.",
			want:   []particleRel{{Subject: "SDN", CAMEO: "174", Trigger: "expelled British migrant workers", Object: "GBR"}},
			reason: "workers other than aid workers keep 174",
		},
		{
			name:   "threw-out-proposal",
			text:   "Britain threw out the French proposal.",
			reason: "'throw out' of anything but envoys is no expulsion: no relation",
		},
	})
}
