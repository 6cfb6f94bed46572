package relation

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// rolesLexicon states dependency roles per entry (roles.go): "inveigh"
// takes its object from an oblique marked "against" though its object
// frame is the default (direct); "berating" takes its object from a
// nominal modifier marked "toward", a role the global noun roles
// (noun_object, off) never read; "diatribe" takes its subject from a
// nominal modifier marked "from", where the global noun roles read only a
// possessor.
const rolesLexicon = `triggers:
  - {verb: inveigh, cameo: "111", roles: {object: ["obl:against"]}}
  - {noun: diatribe, cameo: "111", object: [toward], roles: {subject: ["nmod:from"]}}
  - {noun: berating, cameo: "111", object: [of], roles: {subject: ["nmod:poss"], object: ["nmod:of", "nmod:toward"]}}
`

// TestEntryRoles reads our own sentences with a lexicon whose entries
// state roles and with the same entries without the key: the roles give
// a reading the global roles do not, and without them today's reading
// stays.
func TestEntryRoles(t *testing.T) {
	tg := freshTaggerT(t)
	def, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	without := strings.NewReplacer(`, roles: {object: ["obl:against"]}`, "",
		`, roles: {subject: ["nmod:poss"], object: ["nmod:of", "nmod:toward"]}`, "",
		`, roles: {subject: ["nmod:from"]}`, "").Replace(rolesLexicon)
	if strings.Contains(without, "roles") {
		t.Fatal("the replacer left roles in")
	}
	extractor := func(src string) *Extractor {
		l, err := MergeLexicons(def, mustLexicon(t, src))
		if err != nil {
			t.Fatal(err)
		}
		return NewExtractor(l, WithModel(nil))
	}
	withX, withoutX := extractor(rolesLexicon), extractor(without)
	tests := []struct {
		name          string
		text          string
		with, without []particleRel
		reason        string
	}{
		{
			name:   "verb-oblique-marker",
			text:   "Kenya inveighed against Uganda.",
			with:   []particleRel{{Subject: "KEN", CAMEO: "111", Trigger: "inveighed", Object: "UGA"}},
			reason: "the object is the obl marked 'against' the entry names; with its default frame (direct) the verb has no object and is dropped",
		},
		{
			name:   "verb-oblique-after-adjunct",
			text:   "Kenya inveighed on Tuesday against Uganda over the border.",
			with:   []particleRel{{Subject: "KEN", CAMEO: "111", Trigger: "inveighed", Object: "UGA"}},
			reason: "the role is read on the parse, past the time adjunct",
		},
		{
			name:   "noun-nmod-marker",
			text:   "Kenya's harsh and public berating last week toward Uganda angered Ethiopia.",
			with:   []particleRel{{Subject: "KEN", CAMEO: "111", Trigger: "berating", Object: "UGA"}},
			reason: "the noun's object is its nmod marked 'toward', which no object frame and no global noun role reads",
		},
		{
			name:   "noun-subject-marker",
			text:   "There was a diatribe toward Uganda from Kenya.",
			with:   []particleRel{{Subject: "KEN", CAMEO: "111", Trigger: "diatribe", Object: "UGA"}},
			reason: "the noun's subject is its nmod marked 'from'; the global noun roles find none and the noun is dropped",
		},
		{
			name:    "noun-subject-marker-over-clause",
			text:    "Ethiopia noted a diatribe toward Uganda from Kenya.",
			with:    []particleRel{{Subject: "KEN", CAMEO: "111", Trigger: "diatribe", Object: "UGA"}},
			without: []particleRel{{Subject: "ETH", CAMEO: "111", Trigger: "diatribe", Object: "UGA"}},
			reason:  "the entry's role is read before the clause subject the noun would otherwise take",
		},
		{
			name:    "noun-possessor",
			text:    "Kenya's berating of Uganda angered Ethiopia.",
			with:    []particleRel{{Subject: "KEN", CAMEO: "111", Trigger: "berating", Object: "UGA"}},
			without: []particleRel{{Subject: "KEN", CAMEO: "111", Trigger: "berating", Object: "UGA"}},
			reason:  "what the scanner reads stays: roles fill only an argument it leaves empty",
		},
	}
	read := func(x *Extractor, text string) []particleRel {
		doc := tg.Tag(entity.Input{Text: text})
		var got []particleRel
		for _, r := range extractOn(x, doc, entity.Date{Year: 2024, Month: 3, Day: 5}) {
			p := particleRel{Subject: r.Subject.ID, CAMEO: r.CAMEO, Trigger: text[r.Trigger.Start:r.Trigger.End]}
			if r.Object != nil {
				p.Object = r.Object.ID
			}
			got = append(got, p)
		}
		return got
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.with, read(withX, tc.text)); diff != "" {
				t.Errorf("%q with roles (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
			if diff := cmp.Diff(tc.without, read(withoutX, tc.text)); diff != "" {
				t.Errorf("%q without roles (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
		})
	}
}

func TestLoadLexiconRoleErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   []string // error lines, without the "relation: " prefix
		reason string
	}{
		{
			name:   "unknown-role",
			in:     "triggers:\n  - {verb: rail, cameo: \"111\", roles: {subjekt: [nsubj]}}\n",
			want:   []string{`x.yaml:2:40: roles: unknown role "subjekt" (want subject or object)`},
			reason: "a role name is subject or object; a misspelt one is an error, not ignored",
		},
		{
			name: "unknown-relation",
			in:   "triggers:\n  - verb: rail\n    cameo: \"111\"\n    roles:\n      subject: [nsubj, nsbj]\n      object: [\"obl:agianst\", \"nmod:poss\", \"zz:against\"]\n",
			want: []string{
				`x.yaml:5:24: roles: subject "nsbj": unknown dependency relation (want a UD relation such as nsubj or nmod:poss, optionally with a preposition: obl:against)`,
				`x.yaml:6:16: roles: object "obl:agianst": unknown dependency relation (want a UD relation such as nsubj or nmod:poss, optionally with a preposition: obl:against)`,
				`x.yaml:6:44: roles: object "zz:against": unknown dependency relation (want a UD relation such as nsubj or nmod:poss, optionally with a preposition: obl:against)`,
			},
			reason: "every bad relation is reported at its position; the marker must be a preposition, the relation one the parser knows",
		},
		{
			name: "shapes",
			in: "triggers:\n  - {verb: rail, cameo: \"111\", roles: [nsubj]}\n" +
				"  - {verb: rant, cameo: \"111\", roles: {object: obj, subject: [[nsubj]]}}\n" +
				"  - {verb: rave, cameo: \"111\", roles: {object: [obj], object: [iobj]}}\n",
			want: []string{
				`x.yaml:2:39: "roles" must be a mapping from subject or object to lists of dependency relations`,
				`x.yaml:3:48: roles: object must be a list of dependency relations`,
				`x.yaml:3:63: roles: subject: want a dependency relation`,
				`x.yaml:4:55: roles: "object" given twice`,
			},
			reason: "roles is a mapping of lists of strings; a side given twice is an error",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadLexicon(strings.NewReader(tc.in), "x.yaml")
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("LoadLexicon: got %v, want an ErrorList (%s)", err, tc.reason)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("errors mismatch (-want +got):\n%s\n(%s)", diff, tc.reason)
			}
		})
	}
}

func TestParseRole(t *testing.T) {
	wd := defaultWords()
	tests := []struct {
		in     string
		want   string // the role as String gives it; "" for an error
		reason string
	}{
		{in: "nsubj", want: "nsubj", reason: "a UD relation"},
		{in: "nmod:poss", want: "nmod:poss", reason: "a subtyped relation the parser knows is that relation, not nmod marked 'poss'"},
		{in: "obl:agent", want: "obl:agent", reason: "the passive agent relation"},
		{in: "obl:Against", want: "obl:against", reason: "a relation and its marker, the marker lower-cased"},
		{in: " obl:by ", want: "obl:by", reason: "spaces around are trimmed"},
		{in: "obl:", want: "", reason: "an empty marker"},
		{in: ":against", want: "", reason: "no relation"},
		{in: "obl:poss", want: "", reason: "poss is no preposition and obl:poss no relation"},
		{in: "OBL", want: "", reason: "relations are lower case, as the parser writes them"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r, ok := parseRole(tc.in, wd)
			got := ""
			if ok {
				got = r.String()
			}
			if got != tc.want {
				t.Errorf("parseRole(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
			}
		})
	}
}
