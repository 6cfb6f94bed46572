package relation

import "strings"

// form is a bit set of the grammatical forms a surface word can have.
type form uint8

const (
	formBase     form = 1 << iota // VB, VBP: "meet"
	formThird                     // VBZ: "meets"
	formPast                      // VBD: "met"
	formPart                      // VBN: "met", "taken"
	formGerund                    // VBG: "meeting"
	formSingular                  // NN: "visit"
	formPlural                    // NNS: "visits"
	formOther                     // a literal word or a listed form of unknown kind
)

// irregularVerbs maps a base form to its past tense and past participle.
var irregularVerbs = map[string][2]string{
	"arise": {"arose", "arisen"}, "be": {"was", "been"}, "bear": {"bore", "borne"},
	"beat": {"beat", "beaten"}, "become": {"became", "become"}, "begin": {"began", "begun"},
	"bend": {"bent", "bent"}, "bet": {"bet", "bet"}, "bid": {"bid", "bid"},
	"bind": {"bound", "bound"}, "bite": {"bit", "bitten"}, "bleed": {"bled", "bled"},
	"blow": {"blew", "blown"}, "break": {"broke", "broken"}, "bring": {"brought", "brought"},
	"broadcast": {"broadcast", "broadcast"}, "build": {"built", "built"}, "burn": {"burnt", "burnt"},
	"burst": {"burst", "burst"}, "buy": {"bought", "bought"}, "cast": {"cast", "cast"},
	"catch": {"caught", "caught"}, "choose": {"chose", "chosen"}, "cling": {"clung", "clung"},
	"come": {"came", "come"}, "cost": {"cost", "cost"}, "creep": {"crept", "crept"},
	"cut": {"cut", "cut"}, "deal": {"dealt", "dealt"}, "dig": {"dug", "dug"},
	"do": {"did", "done"}, "draw": {"drew", "drawn"}, "drink": {"drank", "drunk"},
	"drive": {"drove", "driven"}, "eat": {"ate", "eaten"}, "fall": {"fell", "fallen"},
	"feed": {"fed", "fed"}, "feel": {"felt", "felt"}, "fight": {"fought", "fought"},
	"find": {"found", "found"}, "flee": {"fled", "fled"}, "fling": {"flung", "flung"},
	"fly": {"flew", "flown"}, "forbid": {"forbade", "forbidden"}, "forecast": {"forecast", "forecast"},
	"forget": {"forgot", "forgotten"}, "forgive": {"forgave", "forgiven"}, "freeze": {"froze", "frozen"},
	"get": {"got", "gotten"}, "give": {"gave", "given"}, "go": {"went", "gone"},
	"grind": {"ground", "ground"}, "grow": {"grew", "grown"}, "hang": {"hung", "hung"},
	"have": {"had", "had"}, "hear": {"heard", "heard"}, "hide": {"hid", "hidden"},
	"hit": {"hit", "hit"}, "hold": {"held", "held"}, "hurt": {"hurt", "hurt"},
	"keep": {"kept", "kept"}, "know": {"knew", "known"}, "lay": {"laid", "laid"},
	"lead": {"led", "led"}, "leave": {"left", "left"}, "lend": {"lent", "lent"},
	"let": {"let", "let"}, "lie": {"lay", "lain"}, "light": {"lit", "lit"},
	"lose": {"lost", "lost"}, "make": {"made", "made"}, "mean": {"meant", "meant"},
	"meet": {"met", "met"}, "pay": {"paid", "paid"}, "put": {"put", "put"},
	"quit": {"quit", "quit"}, "read": {"read", "read"}, "rid": {"rid", "rid"},
	"ride": {"rode", "ridden"}, "ring": {"rang", "rung"}, "rise": {"rose", "risen"},
	"run": {"ran", "run"}, "say": {"said", "said"}, "see": {"saw", "seen"},
	"seek": {"sought", "sought"}, "sell": {"sold", "sold"}, "send": {"sent", "sent"},
	"set": {"set", "set"}, "shake": {"shook", "shaken"}, "shed": {"shed", "shed"},
	"shoot": {"shot", "shot"}, "shut": {"shut", "shut"}, "sink": {"sank", "sunk"},
	"sit": {"sat", "sat"}, "slay": {"slew", "slain"}, "slide": {"slid", "slid"},
	"speak": {"spoke", "spoken"}, "spend": {"spent", "spent"}, "split": {"split", "split"},
	"spread": {"spread", "spread"}, "spring": {"sprang", "sprung"}, "stand": {"stood", "stood"},
	"steal": {"stole", "stolen"}, "stick": {"stuck", "stuck"}, "sting": {"stung", "stung"},
	"strike": {"struck", "struck"}, "strive": {"strove", "striven"}, "swear": {"swore", "sworn"},
	"sweep": {"swept", "swept"}, "swing": {"swung", "swung"}, "take": {"took", "taken"},
	"teach": {"taught", "taught"}, "tear": {"tore", "torn"}, "tell": {"told", "told"},
	"think": {"thought", "thought"}, "throw": {"threw", "thrown"}, "thrust": {"thrust", "thrust"},
	"understand": {"understood", "understood"}, "wake": {"woke", "woken"}, "wear": {"wore", "worn"},
	"win": {"won", "won"}, "wind": {"wound", "wound"}, "write": {"wrote", "written"},
	"shine": {"shone", "shone"}, "sling": {"slung", "slung"}, "spit": {"spat", "spat"},
	"upset": {"upset", "upset"}, "wed": {"wed", "wed"}, "weep": {"wept", "wept"},
}

// irregularPrefixes are prefixes under which a base keeps its irregular
// forms: withdraw, undertake, overthrow, uphold, rebuild, mislead.
var irregularPrefixes = []string{"with", "under", "over", "up", "re", "mis", "fore", "out", "by"}

// doubleFinal lists verbs of more than one syllable whose final consonant
// doubles: commit, committed, committing.
var doubleFinal = map[string]bool{
	"commit": true, "submit": true, "admit": true, "permit": true, "omit": true, "emit": true,
	"acquit": true, "refer": true, "confer": true, "defer": true, "deter": true, "prefer": true,
	"transfer": true, "occur": true, "incur": true, "recur": true, "expel": true, "compel": true,
	"propel": true, "repel": true, "rebel": true, "control": true, "patrol": true, "equip": true,
	"regret": true, "abet": true, "allot": true, "embed": true, "infer": true, "extol": true,
	"enrol": true, "instil": true, "annul": true, "outwit": true, "overrun": true, "kidnap": true,
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// endsCVC reports whether w ends consonant-vowel-consonant (not w, x, y)
// with a single vowel before the final consonant: stop, ban, plan.
func endsCVC(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c1, v, c2 := w[n-3], w[n-2], w[n-1]
	return !isVowel(c1) && isVowel(v) && !isVowel(c2) && strings.IndexByte("wxy", c2) < 0
}

// syllables roughly counts vowel groups in w.
func syllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || (w[i] == 'y' && i > 0)
		if v && !in {
			n++
		}
		in = v
	}
	if n > 1 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") {
		n--
	}
	return n
}

func shouldDouble(w string) bool {
	return endsCVC(w) && (syllables(w) == 1 || doubleFinal[w])
}

// verbForms returns the inflected forms of a single-word verb lemma, each
// with the set of forms it can stand for.
func verbForms(lemma string) map[string]form {
	w := strings.ToLower(lemma)
	out := map[string]form{}
	add := func(s string, f form) { out[s] |= f }
	add(w, formBase)
	// Third person singular.
	switch {
	case w == "be":
		add("is", formThird)
		add("are", formBase)
		add("am", formBase)
		add("were", formPast)
		add("being", formGerund)
	case w == "have":
		add("has", formThird)
	case w == "do":
		add("does", formThird)
	case w == "go":
		add("goes", formThird)
	case hasAnySuffix(w, "s", "x", "z", "ch", "sh"):
		add(w+"es", formThird)
	case len(w) > 1 && strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]):
		add(w[:len(w)-1]+"ies", formThird)
	case len(w) > 1 && strings.HasSuffix(w, "o") && !isVowel(w[len(w)-2]):
		add(w+"es", formThird)
	default:
		add(w+"s", formThird)
	}
	// Past and past participle.
	if pp, ok := irregular(w); ok {
		add(pp[0], formPast)
		add(pp[1], formPart)
	} else {
		for _, s := range regularPast(w) {
			add(s, formPast|formPart)
		}
	}
	// Gerund.
	for _, s := range gerunds(w) {
		add(s, formGerund)
	}
	return out
}

func irregular(w string) ([2]string, bool) {
	if pp, ok := irregularVerbs[w]; ok {
		return pp, true
	}
	for _, p := range irregularPrefixes {
		if base, ok := strings.CutPrefix(w, p); ok && len(base) >= 3 {
			if pp, ok := irregularVerbs[base]; ok {
				return [2]string{p + pp[0], p + pp[1]}, true
			}
		}
	}
	return [2]string{}, false
}

func regularPast(w string) []string {
	switch {
	case strings.HasSuffix(w, "e"):
		return []string{w + "d"}
	case len(w) > 1 && strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]):
		return []string{w[:len(w)-1] + "ied"}
	case strings.HasSuffix(w, "c"):
		return []string{w + "ked", w + "ed"}
	case shouldDouble(w):
		return []string{w + w[len(w)-1:] + "ed"}
	case endsCVC(w) && strings.HasSuffix(w, "l"):
		// British and American spellings: travelled, traveled.
		return []string{w + "led", w + "ed"}
	}
	return []string{w + "ed"}
}

func gerunds(w string) []string {
	switch {
	case strings.HasSuffix(w, "ie"):
		return []string{w[:len(w)-2] + "ying"}
	case strings.HasSuffix(w, "e") && !hasAnySuffix(w, "ee", "ye", "oe") && len(w) > 2:
		return []string{w[:len(w)-1] + "ing"}
	case strings.HasSuffix(w, "c"):
		return []string{w + "king", w + "ing"}
	case shouldDouble(w):
		return []string{w + w[len(w)-1:] + "ing"}
	case endsCVC(w) && strings.HasSuffix(w, "l"):
		return []string{w + "ling", w + "ing"}
	}
	return []string{w + "ing"}
}

// irregularPlurals maps singular nouns to plurals that do not add -s.
var irregularPlurals = map[string]string{
	"crisis": "crises", "man": "men", "woman": "women", "child": "children",
	"analysis": "analyses", "thesis": "theses", "basis": "bases", "person": "people",
}

// nounForms returns the singular and plural of a single-word noun. A
// lemma that already ends in a single s ("talks", "sanctions") is taken
// as a plural-only form.
func nounForms(lemma string) map[string]form {
	w := strings.ToLower(lemma)
	out := map[string]form{}
	if p, ok := irregularPlurals[w]; ok {
		out[w] = formSingular
		out[p] = formPlural
		return out
	}
	switch {
	case strings.HasSuffix(w, "s") && !hasAnySuffix(w, "ss", "us", "is"):
		out[w] = formPlural
	case hasAnySuffix(w, "s", "x", "z", "ch", "sh"):
		out[w] = formSingular
		out[w+"es"] = formPlural
	case len(w) > 1 && strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]):
		out[w] = formSingular
		out[w[:len(w)-1]+"ies"] = formPlural
	default:
		out[w] = formSingular
		out[w+"s"] = formPlural
	}
	return out
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
