package relation

import "testing"

// TestEnvoyOrderedOut checks the envoys ordered, told or asked to leave
// or go home, and ordered out (data/16-reduce.yaml, codes16),
// on sentences of our own: an expulsion or recall (16), not a demand or
// appeal; an envoy asked anything else keeps the appeal.
func TestEnvoyOrderedOut(t *testing.T) {
	checkCodeCases(t, []codeCase{
		{
			name:   "consul-ordered-to-return",
			text:   "Egypt ordered the Israeli consul general in Alexandria to return to Israel.",
			want:   []particleRel{{Subject: "EGY", CAMEO: "161", Trigger: "ordered the Israeli consul general in Alexandria to return", Object: "ISR"}},
			reason: "a consul sent home, words between the envoy and the infinitive: an expulsion, no demand",
		},
		{
			name:   "counterpart-asked-to-return-is-no-envoy",
			text:   "Ethiopia asked its Kenyan counterpart to return to Nairobi.",
			want:   []particleRel{{Subject: "ETH", CAMEO: "02", Trigger: "asked", Object: "KEN"}},
			reason: "a minister's counterpart is no envoy: an appeal, not a recall",
		},
		{
			name:   "ordered-out",
			text:   "Poland ordered out 12 Belarusian diplomats on Friday.",
			want:   []particleRel{{Subject: "POL", CAMEO: "161", Trigger: "ordered out 12 Belarusian diplomats", Object: "BLR"}},
			reason: "the particle before the envoys",
		},
		{
			name:   "asked-to-explain-keeps",
			text:   "India asked the Chinese ambassador to explain the incident.",
			want:   []particleRel{{Subject: "IND", CAMEO: "02", Trigger: "asked", Object: "CHN"}},
			reason: "an envoy asked to do something else: today's appeal",
		},
		{
			name:   "own-envoy-keeps",
			text:   "Japan asked its ambassador to return home for consultations.",
			reason: "its own envoy: no second party, no relation, as today",
		},
	})
}
