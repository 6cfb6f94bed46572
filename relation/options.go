package relation

// Option configures an Extractor; options are applied in order by
// NewExtractor, the last of a kind winning. An Option may be shared and reused.
type Option func(*options)

type options struct {
	maxParties int
	nominal    bool
	parse      bool
	frames     *frames         // the parse fallback's roles (with the lexicon's words, NewExtractor); nil for data/frames/frames.yaml
	accusals   *accusals       // the reported readings' roles and codes (WithAccusals); nil for data/accuse/accuse.yaml
	roots      *rootBehaviours // the behaviours of the CAMEO roots (WithRoots); nil for data/roots/roots.yaml
	unnamed    bool
	trace      func(TraceEvent) // WithTrace; nil records nothing
	model      *Model           // WithModel (default DefaultModel); nil: no relation model
	modelSet   bool             // WithModel was given
	collect    func(Candidate)  // Candidates; nil collects nothing
}

// WithMaxParties sets the largest number of listed parties of a symmetric
// event ("A, B, C and D met") that is expanded into one relation per pair
// (default 4; longer lists, such as six-party talks, give no relations).
func WithMaxParties(n int) Option { return func(o *options) { o.maxParties = n } }

// WithClauseSubjects turns on or off (default on) giving a nominal trigger
// with no actor of its own the subject of its clause ("Kenya raised the
// issue during talks with Uganda" → Kenya CONSULT Uganda).
func WithClauseSubjects(on bool) Option { return func(o *options) { o.nominal = on } }

// WithParse turns on or off (default on) the parse fallback: where the
// scanner finds no subject or no object for a verbal trigger, the sentence
// is parsed (package syntax's embedded UD parser, loaded once per process
// on first use) and the missing argument is read off the dependency graph
// along the roles of data/frames/frames.yaml, or those WithFrames sets
// ("Presidents William Ruto of Kenya and Yoweri Museveni of Uganda
// signed"). Each sentence is parsed at most once, and only when one of
// its triggers needs it.
func WithParse(on bool) Option { return func(o *options) { o.parse = on } }

// WithUnnamedActors turns on or off (default off) armed groups that are
// described rather than named as parties of the events of conflict
// reporting (CAMEO roots the lexicon's unnamed_actor_roots list: fighting,
// military cooperation, talks, praise, criticism), with another party:
// "Kurdish fighters" is the Kurds, "the rebels", "government troops" and
// "rebel positions" are unnamed organizations with no id, whose text is the
// description. Conflict reporting names its parties this way; news
// guidelines that count only named actors ("rebels" is no actor) want it
// off.
func WithUnnamedActors(on bool) Option { return func(o *options) { o.unnamed = on } }

// WithTrace calls f, from the goroutine that calls Extract, once for each
// lexicon match of each sentence with its fate, in text order, after
// Extract has made its relations and before it returns them. An extractor
// shared by goroutines calls f from each of them: f must then be safe for
// concurrent use. Without it (or with nil) the extractor records nothing.
func WithTrace(f func(TraceEvent)) Option { return func(o *options) { o.trace = f } }

// WithModel sets the relation model that proposes relations between
// actors of a sentence the rules relate in neither direction (default:
// the embedded model, DefaultModel); nil turns the model off, for the
// rules alone. It needs the parse (WithParse); without it the model
// proposes nothing.
func WithModel(m *Model) Option {
	return func(o *options) { o.model, o.modelSet = m, true }
}

// WithFrames sets the dependency roles of the parse fallback (default,
// and for a nil or zero Frames: the embedded frames). The word lists the
// frames file does not give are the classes of the extractor's lexicon,
// with its words: additions. It does not turn the fallback on or off:
// see WithParse.
func WithFrames(f *Frames) Option {
	return func(o *options) {
		o.frames = nil
		if f != nil {
			o.frames = f.fr
		}
	}
}

// WithAccusals sets the dependency roles and codes of the reported
// readings: accusations, demands and stances (default, and for a nil or
// zero Accusals: the embedded data/accuse/accuse.yaml). They read the
// parse: without it (WithParse(false)) they give nothing.
func WithAccusals(a *Accusals) Option {
	return func(o *options) {
		o.accusals = nil
		if a != nil {
			o.accusals = a.ac
		}
	}
}

// WithRoots sets which CAMEO roots' triggers have which behaviour
// (default, and for a nil or zero Roots: the embedded
// data/roots/roots.yaml).
func WithRoots(r *Roots) Option {
	return func(o *options) {
		o.roots = nil
		if r != nil {
			o.roots = r.rb
		}
	}
}
