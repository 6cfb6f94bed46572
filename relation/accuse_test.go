package relation

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// Reported accusations over the real tagger and parser: our own
// sentences, each with the DISAPPROVE (11) and REJECT (12) relations it
// must give, written "SUBJECT CODE OBJECT" with the arguments' texts.
var accuseTests = []struct {
	name   string
	text   string
	want   []string
	reason string
}{
	{
		name:   "blame-adjective",
		text:   "Sweden said the Hungarian government is corrupt.",
		want:   []string{"Sweden 11 Hungarian"},
		reason: "a word of blame as the predicate of the reported clause",
	},
	{
		name:   "blame-phrase",
		text:   "Canada says Venezuela is responsible for the abuses.",
		want:   []string{"Canada 11 Venezuela"},
		reason: "a phrase of blame",
	},
	{
		name:   "blame-verb-two-speakers",
		text:   "Germany and France say Serbia is undermining stability in the region.",
		want:   []string{"Germany 11 Serbia", "France 11 Serbia"},
		reason: "a verb of blame; each speaker of a coordinated subject",
	},
	{
		name:   "reported-attack",
		text:   "Colombia said the Venezuelan army attacked a village.",
		want:   nil,
		reason: "a side reporting an attack reports the attack; hostile triggers are no charge (accuse.yaml: hostile)",
	},
	{
		name:   "owner-of-subject",
		text:   "Brazil says the Argentine move runs counter to free trade.",
		want:   []string{"Brazil 11 Argentine"},
		reason: "the accused is the owner of the clause's subject noun",
	},
	{
		name:   "failure",
		text:   "Peru said Bolivia failed to stop the smugglers.",
		want:   []string{"Peru 11 Bolivia"},
		reason: "a verb of failure",
	},
	{
		name:   "negated-cooperation",
		text:   "Kenya says Uganda has not cooperated with the inquiry.",
		want:   []string{"Kenya 11 Uganda"},
		reason: "a negated cooperative act in the reported clause",
	},
	{
		name:   "relayed-speaker",
		text:   "A Bolivian newspaper quoted Evo Morales as saying the United States has been using its embassy to spy on Bolivia.",
		want:   []string{"Evo Morales 11 United States"},
		reason: "the speaker of \"quoted X as saying\" is X",
	},
	{
		name:   "denied-charges",
		text:   "Russia denied Georgia's charges.",
		want:   []string{"Russia 12 Georgia", "Georgia 11 Russia"},
		reason: "the guideline: \"X denied Y's charges\" is X REJECT Y and Y DISAPPROVE X",
	},
	{
		name:   "characterization-possessor",
		text:   "Mr. Bush has called Lukashenko Europe's last dictator.",
		want:   []string{"Bush 11 Lukashenko"},
		reason: "a possessor before the characterizing noun",
	},
	{
		name:   "source-phrase",
		text:   "According to Georgia, Russia has violated the ceasefire.",
		want:   []string{"Georgia 11 Russia"},
		reason: "the source of \"according to X\" speaks the clause it hangs from",
	},
	{
		name:   "blame-adverb",
		text:   "Ecuador says Peru unfairly raised the tariffs.",
		want:   []string{"Ecuador 11 Peru"},
		reason: "an adverb of blame on the reported predicate",
	},
	{
		name:   "described-as-blame",
		text:   "Venezuela described the Colombian raid as illegal.",
		want:   []string{"Venezuela 11 Colombian"},
		reason: "a word of blame after \"described ... as\" (the characterization reader)",
	},
	{
		name:   "negated-future",
		text:   "Kenya says Uganda will not attend the summit in Nairobi.",
		want:   nil,
		reason: "a negated cooperative act announced for the future is no charge",
	},
	{
		name:   "rejection",
		text:   "Brussels says Ukraine's plan is out of the question.",
		want:   []string{"Brussels 12 Ukraine"},
		reason: "a word of rejection in the reported clause is a rejection of its subject's owner",
	},
	{
		name:   "negated-blame-phrase",
		text:   "Lithuania says Russia is not to blame.",
		want:   nil,
		reason: "a negated phrase of blame is no charge",
	},
	{
		name:   "speaker-owner",
		text:   "A Pakistani statement said India violated the ceasefire.",
		want:   []string{"Pakistani 11 India"},
		reason: "a speaking noun that is no actor speaks for its owner",
	},
	{
		name:   "inverted",
		text:   "Russia is undermining stability in the region, Germany said.",
		want:   []string{"Germany 11 Russia"},
		reason: "the assertion after the clause it reports",
	},
	{
		name:   "inverted-quote",
		text:   "\"Moscow has violated the agreement,\" the Polish foreign minister said on Monday.",
		want:   []string{"Polish 11 Moscow"},
		reason: "a quote before its speaker",
	},
	{
		name:   "coordinated-act",
		text:   "Russia violated the truce and said nothing.",
		want:   nil,
		reason: "a coordinated verb of saying is no inverted report of the first clause",
	},
	{
		name:   "controlled-speaker",
		text:   "France has tried to convince Iran that Syria is harmful.",
		want:   []string{"France 11 Syria"},
		reason: "an assertion verb under \"tried to\" speaks for the subject of \"tried\"",
	},
	{
		name:   "no-actor-speaker",
		text:   "Officials said Russia attacked the town.",
		want:   nil,
		reason: "a quote of a neutral source with no actor gives no charge",
	},
	{
		name:   "same-actor",
		text:   "Kenya said Kenya is ready to violate nothing.",
		want:   nil,
		reason: "the speaker charging itself gives nothing",
	},
	{
		name:   "positive",
		text:   "Japan says China is an important partner.",
		want:   nil,
		reason: "a positive characterization is no charge",
	},
	{
		name:   "negated-blame",
		text:   "Norway says Denmark did not violate the agreement.",
		want:   nil,
		reason: "a negated blame is no charge",
	},
	{
		name:   "evaluation-predicate",
		text:   "Japan says China's remarks are unhelpful.",
		want:   []string{"Japan 11 China"},
		reason: "a word of negative evaluation as the reported predicate, its subject's owner accused",
	},
	{
		name:   "evaluation-modifier",
		text:   "Japan says China could send the wrong signal.",
		want:   nil,
		reason: "a word of negative evaluation that only modifies a noun of the predicate",
	},
	{
		name:   "evaluation-no-actor",
		text:   "The Italian minister said the weather was terrible.",
		want:   nil,
		reason: "a negative evaluation of no actor",
	},
	{
		name:   "owner-of-failure",
		text:   "Amnesty International says the new cases highlight the Russian government's failure to punish the abuses.",
		want:   []string{"Amnesty International 11 Russian"},
		reason: "a clause subject that is no actor: the owner of the noun of failure is accused",
	},
	{
		name:   "failure-no-owner",
		text:   "Norway says the failure of the talks is regrettable.",
		want:   nil,
		reason: "a failure with no actor owning it",
	},
	{
		name:   "blame-verb-tagged-adjective",
		text:   "Poland says Russia undermines stability.",
		want:   []string{"Poland 11 Russia"},
		reason: "the tagger reads the blame verb as an adjective, the parse as the reported clause's verb: the parse decides",
	},
	{
		name:   "blame-verb-tagged-noun",
		text:   "Poland said Russia distorts history.",
		want:   []string{"Poland 11 Russia"},
		reason: "the tagger reads the blame verb as a plural noun, the parse as the reported clause's verb",
	},
	{
		name:   "blame-verb-subject-owner",
		text:   "Poland said Russia's army undermines stability.",
		want:   []string{"Poland 11 Russia"},
		reason: "a blame verb the tagger misreads, its subject no actor: the subject's owner is accused",
	},
	{
		name:   "blame-verb-no-actor",
		text:   "Poland said the report distorts the data.",
		want:   nil,
		reason: "a blame verb with no actor for subject or owner accuses no one",
	},
	{
		name:   "blame-verb-object-owner",
		text:   "Chile says the new law undermines Peru's sovereignty.",
		want:   nil,
		reason: "the owner of a blame verb's object is the wronged side, not the accused (accuse.yaml: no object-owner role)",
	},
	{
		name:   "blame-verb-whitewash",
		text:   "Beijing says Tokyo whitewashes its wartime past.",
		want:   []string{"Beijing 11 Tokyo"},
		reason: "a blame verb of blame_verbs with an actor subject",
	},
	{
		name:   "blame-noun",
		text:   "Sweden said Denmark's abuses of power were documented.",
		want:   nil,
		reason: "a blame verb's form the parse reads as a noun is no blame",
	},
	{
		name:   "belief",
		text:   "Chile believes Argentina is corrupt.",
		want:   nil,
		reason: "a belief is no assertion: the guideline annotates no beliefs",
	},
}

func TestReportedAccusations(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full tagger and parser")
	}
	tg, err := freshTagger()
	if err != nil {
		t.Fatal(err)
	}
	x := defaultExtractor(t)
	for _, tc := range accuseTests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.text})
			var got []string
			for _, r := range caseExtractor(t, x, tc.name).Extract(doc) {
				if r.Predicate != Disapprove && r.Predicate != Reject || r.Object == nil {
					continue
				}
				got = append(got, fmt.Sprintf("%s %s %s", r.Subject.Text, r.CAMEO, r.Object.Text))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (%s) mismatch (-want +got):\n%s", tc.text, tc.reason, diff)
			}
		})
	}
}

func TestParseAccusals(t *testing.T) {
	if _, err := defaultAccusals(); err != nil {
		t.Fatalf("embedded %s: %v", accuseFile, err)
	}
	tests := []struct {
		name, in, want string
	}{
		{"unknown-key", "speakers: [nsubj]\n", "1:1"},
		{"unknown-rel", "content: [ccomp, nope]\n", "1:18"},
		{"bad-code", "hostile: [\"99\"]\n", "1:11"},
		{"twice", "content: [ccomp]\ncontent: [ccomp]\n", "2:1"},
		{"not-a-list", "content: ccomp\n", "1:10"},
		{"not-a-mapping", "- content\n", "1:1"},
		{"not-a-scalar", "content: [[ccomp]]\n", "1:11"},
		{"unknown-stance-key", "stance: [obl]\n", "1:1"},
		{"two-codes", "obligation: [\"10\", \"02\"]\n", "1:20"},
		{"bad-one-code", "conditional: [\"30\"]\n", "1:15"},
		{"unknown-marker-rel", "marker: [mark, kase]\n", "1:16"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseAccusals([]byte(tc.in), "x.yaml")
			if err == nil || !strings.Contains(err.Error(), "x.yaml:"+tc.want) {
				t.Errorf("parseAccusals(%q) = %v, want an error at x.yaml:%s", tc.in, err, tc.want)
			}
		})
	}
}

func FuzzParseAccusals(f *testing.F) {
	f.Add(accuseYAML)
	for _, s := range []string{"content: [ccomp]", "hostile: [\"11\"]", "- a", "{"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ac, err := parseAccusals(data, "fuzz.yaml")
		if err == nil && ac == nil {
			t.Fatal("nil accusals without an error")
		}
	})
}
