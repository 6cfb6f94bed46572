package entity_test

import "testing"

// TestTitleDescriptions resolves descriptions of people by an office
// (class title_roles) and by an organization ("the UN chief": the person
// the text named with the organization), with the cases that stay
// unresolved. Our own sentences over the world gazetteer.
func TestTitleDescriptions(t *testing.T) {
	checkNamedRefs(t, true, []refCase{{
		name:   "organization-chief",
		in:     "UN Secretary-General Kofi Annan met President George W. Bush. The UN chief praised the United States.",
		want:   []namedRef{{"The UN chief", "Kofi Annan"}},
		reason: "the person named with the UN, whose title a chief accepts",
	}, {
		name:   "organization-leader",
		in:     "Hamas leader Ana Ruiz met Egyptian President Hosni Mubarak in Cairo. The Hamas leader praised Egypt.",
		want:   []namedRef{{"The Hamas leader", "Ana Ruiz"}},
		reason: "the Egyptian president is a leader, but not named with Hamas",
	}, {
		name:   "organization-nobody-unresolved",
		in:     "President George W. Bush met Prime Minister Tony Blair. The UN chief criticized Iran.",
		want:   nil,
		reason: "nobody was named with the UN",
	}, {
		name:   "defense-chief",
		in:     "Defense Secretary Robert Gates met President Hu Jintao in Beijing. The defense chief praised China.",
		want:   []namedRef{{"The defense chief", "Robert Gates"}},
		reason: "a chief may be a secretary, and 'defense' is in his title; a president holds no defense title",
	}, {
		name:   "two-senators-unresolved",
		in:     "Senator John Kerry met Senator John McCain in Baghdad. The senator criticized Iran.",
		want:   nil,
		reason: "two senators in the sentence before: the description does not say which",
	}, {
		name:   "nationality-picks-one",
		in:     "British Prime Minister Tony Blair met French President Jacques Chirac. The French leader praised Britain.",
		want:   []namedRef{{"The French leader", "Jacques Chirac"}},
		reason: "both are leaders; the nationality tells them apart",
	}})
}
