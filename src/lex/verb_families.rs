//! Families of verbs that reporters of one event use for one act done to
//! a counted or paid thing: "close 25 clinics" and "see 31 clinics shut"; "has
//! wrecked 19 barns" and "flattened 23 barns"; "recall 9 pallets"
//! and "the notice covers 11 pallets"; "six inmates escaped" and "five
//! prisoners broke out"; or for a measure: "plunged 150 metres" and "fell
//! 220 m", "stranded for six hours" and "stuck for eight hours". Lexical
//! data for the rule `counted_figure` (`compare::counted`): two figures of
//! one head noun, or two measures of one dimension, are one claim only
//! when their verbs fall in one family here.
//!
//! A family names an act, not a topic: "kill" and "injure" are never one
//! family, nor "destroy" and "threaten", nor "pay" and "seek". Words are
//! base forms as the claim reader gives them (`claim::lemma`). A verb may
//! stand in two families ("burn": homes destroyed, land scorched; "cut":
//! jobs axed, a rate lowered); two verbs are of one family when some
//! family holds both.

/// The families, each named by its first act.
const FAMILIES: &[(&str, &[&str])] = &[
    // Places, beds, wards, branches or jobs taken out of use.
    (
        "close",
        &[
            "close",
            "shut",
            "shutter",
            "axe",
            "scrap",
            "eliminate",
            "cut",
            "slash",
            "shed",
            "lose",
            "mothball",
            "closure",
            "lay",
            "sack",
        ],
    ),
    // Buildings lost to a fire, storm or quake.
    (
        "destroy",
        &[
            "destroy", "raze", "level", "flatten", "gut", "burn", "consume", "wreck", "demolish",
        ],
    ),
    // Land burnt by a fire.
    ("scorch", &["scorch", "burn", "char", "blacken", "consume"]),
    // Goods taken off the market, and what an order or a recall spans.
    (
        "recall",
        &[
            "recall", "withdraw", "cover", "affect", "involve", "include", "span",
        ],
    ),
    // Records or people whose data a breach reached.
    (
        "breach",
        &[
            "steal",
            "expose",
            "compromise",
            "affect",
            "access",
            "leak",
            "hack",
            "impact",
            "breach",
        ],
    ),
    // Crews sent to a fire or a disaster.
    (
        "deploy",
        &[
            "deploy", "assign", "work", "battle", "fight", "tackle", "combat", "dispatch", "send",
        ],
    ),
    // Money taken from those it was given for.
    (
        "misuse",
        &[
            "misuse",
            "misappropriate",
            "embezzle",
            "steal",
            "divert",
            "siphon",
            "defraud",
            "blow",
            "squander",
            "funnel",
        ],
    ),
    // Things taken by thieves: "stole four works of art", "five pieces
    // were taken".
    ("steal", &["steal", "take", "loot", "snatch", "grab", "rob"]),
    // Money a court or a settlement makes someone pay.
    ("award", &["award", "pay", "owe", "compensate"]),
    // People who got out of custody ("escaped", "broke out", "fled").
    ("escape", &["escape", "flee", "abscond", "break"]),
    // People taken into custody.
    ("arrest", &["arrest", "detain", "apprehend"]),
    // People brought out of danger alive ("pulled from the water").
    (
        "rescue",
        &["rescue", "save", "pull", "airlift", "winch", "free"],
    ),
    // People sent from their homes ahead of or in a disaster.
    ("evacuate", &["evacuate", "flee", "displace", "relocate"]),
    // People held up where they were ("stranded for six hours").
    ("strand", &["strand", "stick", "trap", "delay"]),
    // Goods taken by the authorities ("seized 1.2 tonnes of cocaine",
    // "the drugs were found in a container", "intercepted 90kg"): finding
    // contraband and taking it are told of one haul.
    (
        "seize",
        &[
            "seize",
            "confiscate",
            "impound",
            "intercept",
            "find",
            "discover",
            "uncover",
            "recover",
        ],
    ),
    // Bodies, firms, events and charities brought into being ("was
    // founded in 2014", "established in 2014", "formed in 2014").
    (
        "found",
        &["found", "establish", "form", "create", "incorporate"],
    ),
    // Something wrong first noticed ("discovered suspicious activity on
    // May 9", "detected the intrusion on May 9", "identified during
    // routine testing").
    (
        "detect",
        &[
            "detect", "discover", "identify", "spot", "notice", "uncover", "find",
        ],
    ),
    // Stuff taken away from a place ("crews removed 46 tonnes of rubbish",
    // "volunteers cleared 52 tonnes"): against stuff put there, another act.
    (
        "remove",
        &[
            "remove", "clear", "collect", "haul", "extract", "dredge", "salvage",
        ],
    ),
    // Stuff put into a place or let out into it ("fly-tippers dumped 52
    // tonnes", "the plant discharged 800 litres of waste water").
    (
        "dump",
        &[
            "dump",
            "discharge",
            "spill",
            "tip",
            "release",
            "deposit",
            "pour",
            "leak",
        ],
    ),
    // Goods moved across a border or a country ("smuggled 2.9 tonnes",
    // "shipped through the port"): against goods seized, another act.
    ("smuggle", &["smuggle", "traffic", "ship", "transport"]),
    // Goods or stakes sold ("sold 340 kilograms of fish", "auctioned 12
    // paintings"): against goods seized or given, another act.
    ("sell", &["sell", "auction", "sale"]),
    // Places a search went through ("combed the woods").
    ("search", &["search", "comb", "scour"]),
    // Things or people that came down from a height ("plunged 150 metres").
    (
        "fall",
        &[
            "fall", "plunge", "drop", "tumble", "roll", "plummet", "topple", "slide",
        ],
    ),
];

/// Nouns of what a contestant gets in a poll: its count is said of the
/// getting, whatever verb tells it ([`contest_tally`]).
const POLLED_NOUNS: &[&str] = &["vote", "ballot", "delegate"];

/// Verbs of getting a poll's tally ("received 18,990 votes", "won 6,402
/// votes", "polled 4,100 votes"). Not "gain" or "lose": a change since
/// another poll, not the tally.
const GETTING: &[&str] = &[
    "receive", "win", "get", "garner", "secure", "poll", "collect", "obtain", "earn", "capture",
    "draw", "take",
];

/// Verbs that only report or value a figure ("results showed her with
/// 18,204 votes", "the count put him on 6,115 votes", "left her with",
/// "finished with"): no act of their own.
const VALUING: &[&str] = &[
    "show", "put", "leave", "give", "finish", "end", "have", "place",
];

/// The act of a count of a poll's tally: "poll" when its head noun
/// (base form) is what a contestant gets ("votes", "ballots",
/// "delegates") and its verb gets it or only values it ("received 18,990
/// votes", "results showed her with 18,204 votes"); `None` otherwise.
pub fn contest_tally(head: &str, verb: &str) -> Option<&'static str> {
    (POLLED_NOUNS.contains(&head) && (GETTING.contains(&verb) || VALUING.contains(&verb)))
        .then_some("poll")
}

/// The families a verb (base form) belongs to, by name; empty for a verb
/// of no family.
pub fn families(base: &str) -> Vec<&'static str> {
    FAMILIES
        .iter()
        .filter(|(_, ws)| ws.contains(&base))
        .map(|(name, _)| *name)
        .collect()
}

/// Whether some family holds both verbs (base forms).
pub fn one_family(a: &str, b: &str) -> bool {
    FAMILIES
        .iter()
        .any(|(_, ws)| ws.contains(&a) && ws.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_hold_one_act() {
        assert!(one_family("close", "shut"));
        assert!(one_family("axe", "close"));
        assert!(one_family("destroy", "burn"));
        assert!(one_family("recall", "cover"));
        assert!(one_family("steal", "expose"));
        assert!(one_family("assign", "work"));
        assert!(one_family("misuse", "misappropriate"));
        assert!(one_family("escape", "break"));
        assert!(one_family("arrest", "detain"));
        assert!(one_family("rescue", "pull"));
        assert!(one_family("plunge", "fall"));
        assert!(one_family("remove", "clear") && one_family("dump", "discharge"));
        assert!(!one_family("remove", "dump") && !one_family("smuggle", "seize"));
        assert!(!one_family("escape", "arrest"));
        assert!(!one_family("fall", "rise"));
        assert!(!one_family("destroy", "threaten"));
        assert!(!one_family("kill", "injure"));
        assert!(!one_family("pay", "seek"));
        assert!(!one_family("recall", "seize"));
        assert!(one_family("seize", "find") && one_family("intercept", "confiscate"));
        assert!(!one_family("seize", "destroy") && !one_family("seize", "sell"));
        assert!(one_family("found", "establish") && one_family("detect", "discover"));
        assert!(!one_family("found", "close") && !one_family("detect", "arrest"));
        assert_eq!(families("burn"), vec!["destroy", "scorch"]);
        assert!(families("glorb").is_empty());
        assert_eq!(contest_tally("vote", "receive"), Some("poll"));
        assert_eq!(contest_tally("vote", "show"), Some("poll"));
        assert_eq!(contest_tally("vote", "lose"), None);
        assert_eq!(contest_tally("home", "receive"), None);
    }
}
