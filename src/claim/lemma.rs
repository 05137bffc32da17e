//! Base forms of words: verbs from a table of inflections ("killed",
//! "slain" → "kill", "slay"), nouns by English plural rules ("allies" →
//! "ally"), and classes of verbs and nouns that state the same thing in news
//! ("killed", "died", "dead" and "deaths" all count the dead), widened by
//! WordNet's verbs of one meaning under their guard
//! ([`crate::lex::wordnet`]).
//!
//! Consumes single lower-case words; produces their base form. The verb
//! table (`data/pos/en-verbs.txt`) is parsed once per process.

use crate::lex::wordnet;
use std::collections::HashMap;
use std::sync::OnceLock;

const VERBS: &str = include_str!("../../data/pos/en-verbs.txt");

fn verb_table() -> &'static HashMap<String, String> {
    static T: OnceLock<HashMap<String, String>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::with_capacity(40_000);
        // A form alone on its line ("shot", "fed") is an irregular past:
        // the line that lists it under its lemma ("shoot") comes first.
        let lines = VERBS.lines().filter(|l| !l.starts_with(";;;"));
        let (alone, full): (Vec<&str>, Vec<&str>) = lines.partition(|l| !l.contains(','));
        for line in full.into_iter().chain(alone) {
            let mut forms = line.split(',').map(str::trim).filter(|f| !f.is_empty());
            let Some(lemma) = forms.next() else { continue };
            m.entry(lemma.to_string())
                .or_insert_with(|| lemma.to_string());
            for f in forms {
                m.entry(f.to_string()).or_insert_with(|| lemma.to_string());
            }
        }
        m
    })
}

/// The base form of a verb ("killed" → "kill"); unknown forms lose a
/// regular ending ("glorbed" → "glorb"). The verb of a contraction split
/// off its pronoun (normalised to a straight apostrophe) is its auxiliary
/// ("'re" → "be", "'ll" → "will").
pub fn verb(w: &str) -> String {
    let clitic = match w {
        "'re" | "'m" => Some("be"),
        "'ve" => Some("have"),
        "'ll" => Some("will"),
        "'d" => Some("would"),
        _ => None,
    };
    if let Some(c) = clitic {
        return c.to_string();
    }
    if let Some(l) = verb_table().get(w) {
        return l.clone();
    }
    for (suffix, keep) in [
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.chars().count() >= 3 {
                return format!("{}{keep}", undouble(stem, suffix));
            }
        }
    }
    w.to_string()
}

/// A stem whose final consonant was doubled before "-ed" or "-ing"
/// ("tabbed" → "tab", "slotted" → "slot"), undoubled; other stems as they
/// are ("fill" of "filled", "press" of "pressed" keep theirs).
fn undouble<'a>(stem: &'a str, suffix: &str) -> &'a str {
    let b = stem.as_bytes();
    let n = b.len();
    let doubled = matches!(suffix, "ed" | "ing")
        && n >= 3
        && b[n - 1] == b[n - 2]
        && b[n - 1].is_ascii_lowercase()
        && !b"aeiouylsfz".contains(&b[n - 1]);
    if doubled {
        &stem[..n - 1]
    } else {
        stem
    }
}

/// Whether `w` is a known verb form.
pub fn is_verb_form(w: &str) -> bool {
    verb_table().contains_key(w)
}

/// The singular of an English noun ("allies" → "ally", "people" stays,
/// "children" → "child").
pub fn noun(w: &str) -> String {
    const IRREGULAR: &[(&str, &str)] = &[
        ("children", "child"),
        ("men", "man"),
        ("women", "woman"),
        ("feet", "foot"),
        ("teeth", "tooth"),
        ("mice", "mouse"),
        ("geese", "goose"),
        ("lives", "life"),
        ("wives", "wife"),
        ("knives", "knife"),
        ("leaves", "leaf"),
        ("thieves", "thief"),
        ("halves", "half"),
        ("shelves", "shelf"),
        ("wolves", "wolf"),
        ("criteria", "criterion"),
        ("data", "data"),
        ("media", "media"),
        ("series", "series"),
        ("species", "species"),
        ("news", "news"),
        ("police", "police"),
        ("people", "people"),
        ("headquarters", "headquarters"),
    ];
    if let Some((_, s)) = IRREGULAR.iter().find(|(p, _)| *p == w) {
        return (*s).to_string();
    }
    // "firemen", "gunmen": the plural of a compound in "-man"
    if crate::lex::words::is_men_plural(w) {
        if let Some(stem) = w.strip_suffix("men") {
            return format!("{stem}man");
        }
    }
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.chars().count() >= 2 {
            return format!("{stem}y");
        }
    }
    for suffix in ["ches", "shes", "sses", "xes", "zzes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.chars().count() > 3
    {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// Classes of predicates that state one thing in news reports: a verb, its
/// adjective and its noun ("killed", "dead", "deaths"). A word in no class is
/// its own class.
const PREDICATE_CLASSES: &[(&str, &[&str])] = &[
    (
        "kill",
        &[
            "kill",
            "die",
            "dead",
            "death",
            "slay",
            "fatality",
            "fatal",
            "murder",
            "toll",
            "perish",
            "lose",
            "gun",
            "assassinate",
            // the toll word of "the number of bodies recovered rose to 19"
            "body",
        ],
    ),
    (
        "injure",
        &["injure", "wound", "hurt", "injury", "injured", "wounded"],
    ),
    (
        "arrest",
        &["arrest", "detain", "apprehend", "detention", "custody"],
    ),
    (
        "charge",
        // "charged with 47 offences", "faces 47 counts of fraud"
        &["charge", "indict", "accuse", "indictment", "face"],
    ),
    ("evacuate", &["evacuate", "evacuation", "flee", "displace"]),
    ("rescue", &["rescue", "save", "pull"]),
    ("miss", &["miss", "sit", "sideline"]),
    ("sentence", &["sentence", "jail", "imprison", "sentencing"]),
    ("pay", &["pay", "spend", "cost", "payment"]),
    ("offer", &["offer", "bid", "propose", "proposal"]),
    (
        "buy",
        &["buy", "acquire", "purchase", "acquisition", "takeover"],
    ),
    ("sell", &["sell", "sale"]),
    ("close", &["close", "shut", "shutter", "closure"]),
    (
        "release",
        &["release", "open", "premiere", "debut", "launch", "opening"],
    ),
    (
        "admit",
        &[
            "admit",
            "acknowledge",
            "confess",
            "disclose",
            "reveal",
            "unmask",
        ],
    ),
    (
        "announce",
        &[
            "announce", "unveil", "name", "reveal", "confirm", "pick", "choose", "select", "tap",
        ],
    ),
    ("host", &["host", "emcee", "present"]),
    (
        "gather",
        &[
            "attend",
            "meet",
            "gather",
            "join",
            "assemble",
            "convene",
            "rally",
            "march",
            "protest",
            "demonstrate",
            "turn",
        ],
    ),
    ("hold", &["hold", "stage", "host"]),
    ("win", &["win", "victory", "beat", "defeat"]),
    (
        "strike",
        &[
            "strike",
            "hit",
            "jolt",
            "rock",
            "shake",
            "quake",
            "earthquake",
        ],
    ),
    ("fire", &["fire", "dismiss", "sack", "oust"]),
    ("hire", &["hire", "appoint", "name", "tab"]),
    ("vote", &["vote", "ballot", "elect"]),
    (
        "raise",
        &[
            "raise", "increase", "rise", "grow", "climb", "jump", "soar", "surge", "gain",
        ],
    ),
    (
        "cut",
        &[
            "cut", "reduce", "fall", "drop", "decline", "plunge", "slip", "lose",
        ],
    ),
];

/// Verbs whose act the words after them name, as news writers tell an
/// arrest without its verb: the verb (base form), the words that follow
/// it (`*` one optional word of who holds them: "taken into police
/// custody"), and the act's word of [`PREDICATE_CLASSES`]. "Eleven were
/// taken into custody" is "eleven were arrested"; "taken to hospital",
/// "held hostage" and "rounded up to 5%" stay what they are.
const PHRASAL_ACTS: &[(&str, &[&str], &str)] = &[
    ("take", &["into", "*", "custody"], "arrest"),
    ("hold", &["in", "*", "custody"], "arrest"),
    ("round", &["up"], "arrest"),
];

/// Words that may stand for the `*` of [`PHRASAL_ACTS`]: who holds the
/// people in custody.
const CUSTODIANS: &[&str] = &["police", "federal", "military", "immigration"];

/// The act a verb (base form) and the words after it (lower case, as
/// written) name together, when its table of phrasal acts knows it:
/// "taken into police custody" → "arrest". `None` for any other verb or
/// sequel.
pub fn phrasal_act(verb: &str, after: &[&str]) -> Option<&'static str> {
    PHRASAL_ACTS.iter().find_map(|(v, words, act)| {
        if *v != verb {
            return None;
        }
        let mut k = 0;
        for w in *words {
            if *w == "*" {
                if after.get(k).is_some_and(|x| CUSTODIANS.contains(x)) {
                    k += 1;
                }
                continue;
            }
            if after.get(k) != Some(w) {
                return None;
            }
            k += 1;
        }
        Some(*act)
    })
}

/// The class of a predicate word given as a base form ("death" and "die" →
/// "kill"). A word in several classes takes the first.
pub fn predicate_class(base: &str) -> &str {
    PREDICATE_CLASSES
        .iter()
        .find(|(_, ws)| ws.contains(&base))
        .map_or(base, |(c, _)| c)
}

/// Whether a base form belongs to some class of predicates: a verb, or a
/// noun that names a happening one states ("release", "death", "closure").
pub fn is_class_word(base: &str) -> bool {
    PREDICATE_CLASSES.iter().any(|(_, ws)| ws.contains(&base))
}

/// Families of nouns that name one kind of happening, as reporters of one
/// event vary them ("Monday's shooting", "the Monday morning attack",
/// "Monday's violence"; "the fire", "the blaze"). Narrower than
/// [`PREDICATE_CLASSES`]: a noun here names the event itself, not a count
/// or a verb of it.
const HAPPENING_FAMILIES: &[&[&str]] = &[
    &[
        "attack", "assault", "shooting", "rampage", "violence", "massacre", "ambush", "bombing",
        "stabbing",
    ],
    &["fire", "blaze", "inferno"],
    &["crash", "collision", "accident", "wreck", "derailment"],
    &["earthquake", "quake", "tremor"],
    &["storm", "hurricane", "typhoon", "cyclone", "tornado"],
];

/// Whether two nouns (base forms) can name one happening: equal, or of one
/// family of happenings ("shooting" and "attack", "fire" and "blaze").
pub fn same_happening(a: &str, b: &str) -> bool {
    a == b
        || HAPPENING_FAMILIES
            .iter()
            .any(|f| f.contains(&a) && f.contains(&b))
}

/// Whether two predicate base forms can state the same thing: equal, or in
/// one class (both classes are checked for words in two classes, such as
/// "name": announced and hired).
///
/// Beyond the classes, two verbs of no class that WordNet gives one
/// meaning ([`wordnet::related_verbs`]: "burned" and "scorched",
/// "postponed" and "delayed", "vaccinated" and "immunized") state one
/// thing, unless WordNet relates them to two different classes between
/// them. A word of a class keeps to its class: a class pins one sense of
/// its words, and WordNet's synonyms of them read others ("fired" as
/// "discharged a gun", "declined" as "refused", "released" as "freed").
pub fn same_predicate(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // a noun of the act is the act's verb ("the derailment", "derailed";
    // "the seizure", "seized")
    if nominal_verb(a).is_some_and(|v| v == b) || nominal_verb(b).is_some_and(|v| v == a) {
        return true;
    }
    PREDICATE_CLASSES
        .iter()
        .any(|(_, ws)| ws.contains(&a) && ws.contains(&b))
        || wordnet_same(a, b)
}

/// The verb a noun of its act is made from, by the suffixes news writers
/// use ("derailment" → "derail", "seizure" → "seize", "evacuation" →
/// "evacuate", "collision" → "collide", "removal" → "remove",
/// "cancellation" → "cancel"), when the verb table holds that verb as a
/// lemma. `None` for a word that is itself a verb ("signal", "station",
/// "pressure": its own verb), for the nouns of large numbers ("million"
/// is no act of milling) and for stems too short to be sure of.
pub fn nominal_verb(noun: &str) -> Option<String> {
    if let Some((_, verb)) = IRREGULAR_ACT_NOUNS.iter().find(|(n, _)| *n == noun) {
        return Some((*verb).to_string());
    }
    const SUFFIXES: &[(&str, &[&str])] = &[
        ("ment", &[""]),
        ("ure", &["e", ""]),
        ("al", &["e", ""]),
        ("ation", &["ate", "e", ""]),
        ("ition", &["ite", "ish"]),
        ("ssion", &["t", "ss"]),
        ("sion", &["de", "d"]),
        ("ion", &["e", ""]),
    ];
    if noun.ends_with("llion") || is_verb_form(noun) {
        return None;
    }
    let table = verb_table();
    let lemma = |w: &str| table.get(w).is_some_and(|l| l == w);
    for (suffix, endings) in SUFFIXES {
        let Some(stem) = noun.strip_suffix(suffix) else {
            continue;
        };
        if stem.chars().count() < 3 {
            continue;
        }
        for end in *endings {
            let verb = format!("{stem}{end}");
            if lemma(&verb) {
                return Some(verb);
            }
            // a consonant doubled before the suffix ("cancellation")
            let mut last = stem.chars().rev();
            if let (Some(x), Some(y)) = (last.next(), last.next()) {
                let single = stem.strip_suffix(x).unwrap_or(stem);
                let verb = format!("{single}{end}");
                if x == y && x.is_ascii_lowercase() && lemma(&verb) {
                    return Some(verb);
                }
            }
        }
    }
    None
}

/// Nouns of acts no suffix rule of [`nominal_verb`] leads to their verb
/// ("the destruction of", "the theft of").
const IRREGULAR_ACT_NOUNS: &[(&str, &str)] = &[("destruction", "destroy"), ("theft", "steal")];

/// Whether two predicates (base forms) name two different known acts:
/// each is of a class of predicates or a family of
/// [`crate::lex::verb_families`] (a noun of the act read as its verb:
/// "the destruction of" is "destroy"), and no class, family, noun of the
/// act or WordNet relation makes them one ("seized" and "destroyed";
/// "recalled" and "arrested"). Two verbs of which one is of no known act
/// are not known to differ ("seized", "turned up").
pub fn other_acts(a: &str, b: &str) -> bool {
    let verb = |w: &str| nominal_verb(w).unwrap_or_else(|| w.to_string());
    let (va, vb) = (verb(a), verb(b));
    !same_predicate(a, b)
        && !same_predicate(&va, &vb)
        && !crate::lex::verb_families::one_family(&va, &vb)
        && known_act(a, false)
        && known_act(b, false)
}

/// Whether two predicates (base forms) tell one act in two words of one
/// family of [`crate::lex::verb_families`] ("burned" and "scorched" 18,000
/// acres; "detected" and "discovered" the intrusion; "the seizure of" and
/// "found"), a noun of the act read as its verb.
pub fn one_act(a: &str, b: &str) -> bool {
    let verb = |w: &str| nominal_verb(w).unwrap_or_else(|| w.to_string());
    crate::lex::verb_families::one_family(&verb(a), &verb(b))
}

/// Whether a predicate (base form) is of a known class of acts: one of the
/// classes of predicates ([`same_predicate`]) or a family of
/// [`crate::lex::verb_families`], its noun of the act read as its verb.
/// With `counted` (a count of things, "eleven coaches jumped the tracks"),
/// the classes of a figure's rise or fall ("raise", "cut") do not count:
/// they class the change of a measure, not an act done to things counted.
pub fn known_act(base: &str, counted: bool) -> bool {
    let verb = nominal_verb(base).unwrap_or_else(|| base.to_string());
    let classed = |w: &str| {
        PREDICATE_CLASSES
            .iter()
            .any(|(c, ws)| ws.contains(&w) && !(counted && matches!(*c, "raise" | "cut")))
    };
    classed(base)
        || classed(&verb)
        || !crate::lex::verb_families::families(base).is_empty()
        || !crate::lex::verb_families::families(&verb).is_empty()
}

/// Whether WordNet makes two predicates one where no class does: related
/// verbs of no class, which WordNet relates to at most one class between
/// them.
fn wordnet_same(a: &str, b: &str) -> bool {
    if is_class_word(a) || is_class_word(b) || !wordnet::related_verbs(a, b) {
        return false;
    }
    let mut seen: Option<&str> = None;
    for w in [a, b] {
        for (class, ws) in PREDICATE_CLASSES {
            if ws.iter().any(|m| wordnet::related_verbs(w, m)) {
                match seen {
                    Some(s) if s != *class => return false,
                    _ => seen = Some(class),
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs() {
        for (f, l) in [
            ("killed", "kill"),
            ("slain", "slay"),
            ("was", "be"),
            ("struck", "strike"),
            ("glorbed", "glorb"),
            ("hosted", "host"),
            ("tabbed", "tab"),
            ("glorbing", "glorb"),
            // Irregular pasts the table also lists alone on a line.
            ("shot", "shoot"),
            // The table had "leaved" for "leave"; "left" is corrected in it.
            ("left", "leave"),
        ] {
            assert_eq!(verb(f), l, "{f}");
        }
    }

    #[test]
    fn nouns() {
        for (p, s) in [
            ("allies", "ally"),
            ("people", "people"),
            ("senators", "senator"),
            ("churches", "church"),
            ("bus", "bus"),
            ("children", "child"),
            ("lives", "life"),
            ("analysis", "analysis"),
        ] {
            assert_eq!(noun(p), s, "{p}");
        }
    }

    #[test]
    fn predicate_classes() {
        assert!(same_predicate("kill", "death"));
        assert!(same_predicate("die", "dead"));
        assert!(same_predicate("die", "body"));
        assert!(!same_predicate("injure", "body"));
        assert!(!same_predicate("kill", "injure"));
        assert!(!same_predicate("host", "win"));
        assert_eq!(predicate_class("wound"), "injure");
        assert_eq!(predicate_class("glorb"), "glorb");
        assert_eq!(verb("'re"), "be");
        assert_eq!(verb("'ll"), "will");
        assert!(same_predicate("admit", "acknowledge"));
        assert!(same_predicate("reveal", "confess"));
        assert!(is_class_word("opening") && !is_class_word("glorb"));
        assert!(same_happening("shooting", "attack") && same_happening("blaze", "fire"));
        assert!(!same_happening("shooting", "fire") && !same_happening("arraignment", "attack"));
    }

    #[test]
    fn phrasal_acts() {
        assert_eq!(phrasal_act("take", &["into", "custody"]), Some("arrest"));
        assert_eq!(
            phrasal_act("take", &["into", "police", "custody", "on"]),
            Some("arrest")
        );
        assert_eq!(phrasal_act("hold", &["in", "custody"]), Some("arrest"));
        assert_eq!(phrasal_act("round", &["up", "the"]), Some("arrest"));
        assert_eq!(phrasal_act("take", &["to", "hospital"]), None);
        assert_eq!(phrasal_act("take", &["into", "protective", "care"]), None);
        assert_eq!(phrasal_act("hold", &["hostage"]), None);
        assert_eq!(phrasal_act("bring", &["up"]), None);
    }

    #[test]
    fn nouns_of_acts() {
        for (n, v) in [
            ("derailment", "derail"),
            ("seizure", "seize"),
            ("evacuation", "evacuate"),
            ("collision", "collide"),
            ("removal", "remove"),
            ("cancellation", "cancel"),
            ("explosion", "explode"),
            ("admission", "admit"),
        ] {
            assert_eq!(nominal_verb(n).as_deref(), Some(v), "{n}");
        }
        for n in [
            "million", "billion", "signal", "station", "nation", "animal", "hospital",
        ] {
            assert_eq!(nominal_verb(n), None, "{n}");
        }
        assert!(same_predicate("derailment", "derail"));
        assert!(same_predicate("seize", "seizure"));
        assert!(!same_predicate("derailment", "seize"));
        assert!(known_act("evacuation", true) && known_act("shut", true));
        assert!(known_act("jump", false) && !known_act("jump", true));
        assert!(!known_act("derail", true) && !known_act("glorb", false));
        assert_eq!(nominal_verb("destruction").as_deref(), Some("destroy"));
        assert!(other_acts("destruction", "seize") && other_acts("seizure", "destroy"));
        assert!(!other_acts("seizure", "find") && !other_acts("seize", "seizure"));
        assert!(!other_acts("seize", "glorb") && !other_acts("kill", "die"));
        assert!(other_acts("kill", "injure") && other_acts("recall", "arrest"));
    }

    #[test]
    fn wordnet_predicates_under_the_classes() {
        // one meaning in WordNet, no class between them
        assert!(same_predicate("inundate", "flood"));
        assert!(same_predicate("scorch", "burn"));
        assert!(same_predicate("postpone", "delay"));
        // a word of a class keeps to its class
        assert!(!same_predicate("lift", "raise"));
        assert!(!same_predicate("decline", "refuse"));
        assert!(!same_predicate("dismiss", "ignore"));
        assert!(!same_predicate("slaughter", "kill"));
        assert!(!same_predicate("lift", "lower"));
        // two classes are never joined, nor a word WordNet ties to two
        assert!(!same_predicate("gain", "win"));
        assert!(!same_predicate("kill", "injure"));
        assert!(!same_predicate("arrest", "charge"));
        assert!(!same_predicate("raise", "cut"));
        assert!(!same_predicate("shoot", "kill"));
        assert!(!same_predicate("shoot", "fire"));
        // antonyms never
        assert!(!same_predicate("rise", "fall") && !same_predicate("raise", "lower"));
    }
}
