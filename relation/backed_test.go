package relation

import "testing"

// TestHyphenBackers runs our own sentences through the real tagger and
// extractor: a name before a hyphen modifier that is no
// leader_hyphen_modifiers word ("-backed", "-based") backs the body or is
// its seat, and the names after it are the phrase's actor; a name before
// "-led" is. A backer with no name after it stays the phrase's actor
// (the reading before, kept by measurement).
func TestHyphenBackers(t *testing.T) {
	runCorefRels(t, []corefCase{
		{"backer-before-nationality", // the government is Libya's, backed by the UN
			"The UN-backed Libyan government condemned Russia on Monday.",
			[]corefRel{{"LBY", "Libyan", Disapprove, "RUS", "Russia"}}},
		{"backer-before-plural-nationality",
			"NATO-backed Afghan forces attacked Taliban fighters on Sunday.",
			[]corefRel{{"AFG", "Afghan", Fight, "org/taliban", "Taliban"}}},
		{"seat-before-nationality-kept", // the last place or nationality, as before
			"Washington-based Iraqi diplomats met Chinese officials on Friday.",
			[]corefRel{{"IRQ", "Iraqi", Consult, "CHN", "Chinese"}}},
		{"leader-before-nationality-kept", // the force is NATO's
			"The NATO-led Afghan force attacked Taliban fighters on Sunday.",
			[]corefRel{{"org/nato", "NATO", Fight, "org/taliban", "Taliban"}}},
		{"leader-alone-kept",
			"The Saudi-led coalition attacked the Houthis in Yemen.",
			[]corefRel{{"SAU", "Saudi", Fight, "org/houthis", "Houthis"}}},
		{"backer-before-organization-kept", // the organization was the actor already
			"Iran-backed Houthi rebels attacked Saudi Arabia on Monday.",
			[]corefRel{{"org/houthis", "Houthi", Fight, "SAU", "Saudi Arabia"}}},
		{"backer-alone-kept", // nothing after the backer: today's reading
			"The UN-backed government condemned Russia on Monday.",
			[]corefRel{{"org/un", "UN", Disapprove, "RUS", "Russia"}}},
	})
}

// TestEnclosingReference runs our own texts through the real tagger and
// extractor: an organization named inside a description that the
// document resolves to another organization stands for that one, as the
// phrase's possessor or head ("the UN nuclear watchdog's board"); names
// inside a reference to themselves, and persons after the possessor, keep
// their readings.
func TestEnclosingReference(t *testing.T) {
	const iaea = "org/iaea"
	runCorefRels(t, []corefCase{
		{"possessor-subject",
			"The International Atomic Energy Agency met in Vienna. The UN nuclear watchdog's board censured Iran on Monday.",
			[]corefRel{{iaea, "The UN nuclear watchdog", Disapprove, "IRN", "Iran"}}},
		{"possessor-object",
			"The International Atomic Energy Agency met in Vienna. Iran expelled the UN nuclear watchdog's inspectors on Monday.",
			[]corefRel{{"IRN", "Iran", ReduceRelations, iaea, "the UN nuclear watchdog"}}},
		{"head-subject-kept",
			"The International Atomic Energy Agency met in Vienna. The UN nuclear watchdog criticized Iran on Monday.",
			[]corefRel{{iaea, "The UN nuclear watchdog", Disapprove, "IRN", "Iran"}}},
		{"person-after-possessor-kept",
			"The UN nuclear watchdog's chief Rafael Grossi met Iranian officials on Monday.",
			[]corefRel{{"person/rafael-grossi", "Rafael Grossi", Consult, "IRN", "Iranian"}}},
		{"reference-to-the-name-kept",
			"The NATO alliance attacked Serbia on Monday.",
			[]corefRel{{"org/nato", "NATO", Fight, "SRB", "Serbia"}}},
	})
}
