package relation

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestLoadFrames checks that a user frames, roots or accusals file
// changes predictions on our own sentences through LoadFrames/WithFrames,
// LoadRoots/WithRoots and LoadAccusals/WithAccusals alone: the keys it
// gives replace the embedded ones, the others stay.
func TestLoadFrames(t *testing.T) {
	tg := freshTaggerT(t)
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	const counterparts = "The Kenyan envoy met her counterparts from Ghana and Togo."
	const bailed = "The IMF bailed Greece out in 2010."
	const accused = "France accused Russia of attacking Ukraine."
	const crossed = "Sudan crossed into Chad and clashed with Chadian troops."
	const wants = "France wants Iran to return to the talks."
	const says = "Germany says Russia attacked Ukraine."
	tests := []struct {
		name                    string
		frames, roots, accusals string // "": no WithFrames, WithRoots, WithAccusals
		text                    string
		want                    []phrasingRel
		reason                  string
	}{
		{
			name:   "origin-off-by-default",
			text:   counterparts,
			reason: "the embedded frames leave origin off: 'counterparts' is no actor",
		},
		{
			name:   "origin-switched-on",
			frames: "origin: [obl]\n",
			text:   counterparts,
			want:   rels(rel("KEN", Consult, "GHA"), rel("KEN", Consult, "TGO")),
			reason: "origin [obl] with the embedded origin_markers [from]: the counterparts are Ghana's and Togo's; subject and object roles stay embedded",
		},
		{
			name:   "particle-on-by-default",
			text:   bailed,
			want:   rels(rel("org/imf", ProvideAid, "GRC").on("2010")),
			reason: "the embedded particle role reads the split 'bailed ... out'",
		},
		{
			name:   "particle-switched-off",
			frames: "# no split particle verbs\nparticle: []\n",
			text:   bailed,
			reason: "an empty list switches the role off",
		},
		{
			name:   "empty-file",
			frames: "\n",
			text:   bailed,
			want:   rels(rel("org/imf", ProvideAid, "GRC").on("2010")),
			reason: "a file with no keys is the embedded frames",
		},
		{
			name:   "accusation-governs-by-default",
			text:   accused,
			want:   rels(rel("FRA", Disapprove, "RUS")),
			reason: "the embedded governs_complement has 11: the alleged attack is absorbed by the accusation",
		},
		{
			name:   "accusation-governs-nothing",
			roots:  "governs_complement: [\"02\", \"10\", \"12\", \"13\"]\n",
			text:   accused,
			want:   rels(rel("FRA", Disapprove, "RUS"), rel("FRA", Fight, "UKR")),
			reason: "without 11 the attack in the complement is an event of its own (with the clause's subject: why the embedded file keeps 11)",
		},
		{
			name:   "posture-subsumed-by-default",
			text:   crossed,
			want:   rels(rel("SDN", Fight, "TCD")),
			reason: "the embedded subsumed_by_force has 15: the clash subsumes the incursion",
		},
		{
			name:   "posture-kept",
			roots:  "# keep every event\nsubsumed_by_force: []\n",
			text:   crossed,
			want:   rels(rel("SDN", ExhibitForcePosture, "TCD"), rel("SDN", Fight, "TCD")),
			reason: "an empty list gives the behaviour to no root; uses_force stays embedded",
		},
		{
			name:   "empty-roots-file",
			roots:  "\n",
			text:   crossed,
			want:   rels(rel("SDN", Fight, "TCD")),
			reason: "a file with no keys is the embedded roots",
		},
		{
			name:   "wanting-by-default",
			text:   wants,
			want:   rels(rel("FRA", Demand, "IRN")),
			reason: "the embedded wanting code is 10",
		},
		{
			name:     "wanting-switched-off",
			accusals: "wanting: []\n",
			text:     wants,
			reason:   "a one-code key given no code switches its reading off",
		},
		{
			name:     "wanting-recoded",
			accusals: "wanting: [\"02\"]\n",
			text:     wants,
			want:     rels(rel("FRA", Appeal, "IRN")),
			reason:   "the file's code replaces the embedded one",
		},
		{
			name:   "report-of-attack-by-default",
			text:   says,
			want:   rels(rel("RUS", Fight, "UKR")),
			reason: "the embedded hostile list is empty: a report of an attack is no charge",
		},
		{
			name:     "report-of-attack-hostile",
			accusals: "hostile: [\"18\", \"19\"]\n",
			text:     says,
			want:     rels(rel("DEU", Disapprove, "RUS"), rel("RUS", Fight, "UKR")),
			reason:   "with fights hostile, Germany's report charges Russia; the other roles stay embedded",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := []Option{WithModel(nil)}
			if tc.frames != "" {
				opts = append(opts, WithFrames(userFileT(t, LoadFrames, tc.frames)))
			}
			if tc.roots != "" {
				opts = append(opts, WithRoots(userFileT(t, LoadRoots, tc.roots)))
			}
			if tc.accusals != "" {
				opts = append(opts, WithAccusals(userFileT(t, LoadAccusals, tc.accusals)))
			}
			doc := tg.Tag(entity.Input{Text: tc.text})
			var got []phrasingRel
			for _, r := range extractOn(NewExtractor(lex, opts...), doc, entity.Date{Year: 2022, Month: 6, Day: 13}) {
				got = append(got, projectRelation(r))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q with frames %q, roots %q, accusals %q: relations mismatch (-want +got):\n%s\n(%s)", tc.text, tc.frames, tc.roots, tc.accusals, diff, tc.reason)
			}
		})
	}
}

// TestLoadFramesMerge checks the merge itself: given keys replace,
// others keep the embedded lists, and the embedded frames do not change.
func TestLoadFramesMerge(t *testing.T) {
	base, err := defaultFrames()
	if err != nil {
		t.Fatal(err)
	}
	before := len(base.origin)
	f, err := LoadFrames(strings.NewReader("origin: [obl]\nlight_verbs: [pay, make]\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		Origin, Subject   []string
		LightVerbs        []string
		Pay, Make, Launch bool
	}
	rels := func(fr *frames) view {
		v := view{LightVerbs: fr.lightVerbs, Pay: fr.lightSet["paid"], Make: fr.lightSet["made"], Launch: fr.lightSet["launched"]}
		for _, r := range fr.origin {
			v.Origin = append(v.Origin, r.String())
		}
		for _, r := range fr.subject {
			v.Subject = append(v.Subject, r.String())
		}
		return v
	}
	want := view{Origin: []string{"obl"}, Subject: rels(base).Subject, LightVerbs: []string{"pay", "make"}, Pay: true, Make: true}
	if diff := cmp.Diff(want, rels(f.fr)); diff != "" {
		t.Errorf("merged frames mismatch (-want +got):\n%s", diff)
	}
	if len(base.origin) != before {
		t.Errorf("the embedded origin changed: %v", base.origin)
	}
	if f, err := DefaultFrames(); err != nil || f.fr != base {
		t.Errorf("DefaultFrames() = %v, %v; want the embedded frames", f, err)
	}
}

func TestLoadFramesErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"unknown-role", "origin: [obl]\ndirekt: [obj]\n", []string{`user.yaml:2:1: frames: unknown role "direkt"`}},
		{"unknown-relation", "agent: [obl:agentt]\n", []string{`user.yaml:1:9: frames: role "agent": unknown dependency relation "obl:agentt"`}},
		{"not-a-list", "particle: compound:prt\n", []string{`user.yaml:1:11: frames: role "particle": want a list`}},
		{"twice", "particle: []\nparticle: [advmod]\n", []string{`user.yaml:2:1: frames: role "particle" given twice`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadFrames(strings.NewReader(tc.in), "user.yaml")
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("LoadFrames(%q) = %v, want an ErrorList", tc.in, err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("LoadFrames(%q) errors mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// FuzzLoadFrames checks that LoadFrames never panics and returns either
// frames or an error.
func FuzzLoadFrames(f *testing.F) {
	for _, s := range []string{"", "origin: [obl]\n", "particle: []\n", "direkt: [obj]\n", "agent: [obl:agentt]\n", "[a, b]\n", "x: {y: z}\n", "light_verbs: [pay]\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fr, err := LoadFrames(strings.NewReader(in), "fuzz.yaml")
		if (fr == nil) == (err == nil) {
			t.Fatalf("LoadFrames(%q) = %v, %v: want frames or an error", in, fr, err)
		}
	})
}
