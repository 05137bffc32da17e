//! Function words, abbreviations, plurals, adjectives and words of
//! change: what the readers ask of a word's grammar.

/// Abbreviations whose full stop belongs to the word ("Sept.", "Mr.",
/// "Inc."): after them a full stop does not end a sentence. Lower case,
/// without the stop.
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "lt", "col", "capt", "sgt", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
    "inc", "corp", "co", "jr", "sr", "prof", "rev", "ft", "mt", "ltd", "maj", "cpl", "pvt", "adm",
    "supt", "det", "insp", "const", "cmdr", "gens", "sens", "reps", "govs", "est", "approx",
    "dept", "univ", "ave", "blvd", "rd", "nos", "fig", "pp", "brig", "hon", "messrs", "jnr", "snr",
    "lt-gen", "maj-gen",
];

/// Whether a full stop after `low` belongs to it ([`ABBREVIATIONS`]).
pub fn is_abbreviation(low: &str) -> bool {
    ABBREVIATIONS.contains(&low)
}

/// Function words that end a counted noun phrase.
pub fn is_function_word(low: &str) -> bool {
    matches!(
        low,
        "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "with"
            | "without"
            | "by"
            | "as"
            | "than"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "when"
            | "while"
            | "if"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that's"
            | "these"
            | "those"
            | "its"
            | "it"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "there"
            | "here"
            | "not"
            | "no"
            | "so"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "after"
            | "before"
            | "since"
            | "until"
            | "per"
            | "each"
            | "every"
            | "all"
            | "both"
            | "more"
            | "less"
            | "most"
            | "than."
            | "also"
            | "said"
            | "says"
            | "say"
            | "told"
            | "ago"
            | "later"
            | "earlier"
            | "out"
            | "up"
            | "down"
            | "off"
            | "through"
            | "across"
            | "against"
            | "between"
            | "among"
            | "amid"
            | "during"
            | "including"
            | "like"
            | "just"
            | "only"
            | "even"
            | "still"
            | "already"
            | "now"
            | "then"
            | "again"
            | "too"
            | "very"
            | "other"
            | "others"
            | "another"
            | "such"
            | "own"
            | "same"
            | "what"
            | "how"
            | "why"
            | "whether"
            | "because"
            | "although"
            | "though"
            | "unless"
            | "via"
            | "within"
            | "toward"
            | "towards"
            | "upon"
            | "among."
            | "respectively"
            | "percent"
            | "times"
            | "time"
    )
}

/// Plural nouns without a plural ending, and mass nouns counted in news.
pub fn is_irregular_plural(low: &str) -> bool {
    matches!(
        low,
        "people"
            | "personnel"
            | "children"
            | "men"
            | "women"
            | "police"
            | "staff"
            | "aircraft"
            | "cattle"
            | "sheep"
            | "fish"
            | "deer"
            | "livestock"
            | "infantry"
            | "militia"
            | "crew"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "spacecraft"
            | "watercraft"
            | "hovercraft"
            | "offspring"
            | "series"
            | "species"
            | "clergy"
            | "faculty"
            | "youth"
            | "swine"
            | "poultry"
    ) || is_men_plural(low)
}

/// Whether a lower-cased word looks like a plural noun.
pub fn looks_plural(w: &str) -> bool {
    let n = w.chars().count();
    n > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("ous")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !matches!(
            w,
            "this"
                | "thus"
                | "always"
                | "perhaps"
                | "besides"
                | "whereas"
                | "sometimes"
                | "afterwards"
                | "overseas"
                | "news"
                | "its"
        )
        || matches!(w, "men" | "women")
        || is_men_plural(w)
}

/// Words ending in "men" that are no plural of a "-man" noun ("abdomen",
/// "specimen", "regimen").
const NOT_MEN_PLURALS: &[&str] = &[
    "abdomen", "specimen", "regimen", "stamen", "hymen", "cyclamen", "acumen", "albumen",
    "bitumen", "dolmen", "gravamen", "foramen", "semen", "omen", "amen", "yemen", "lumen",
    "germen", "rumen", "tegmen", "cerumen",
];

/// Whether a lower-cased word is the plural of a compound in "-man" or
/// "-woman" ("firemen", "gunmen", "fishermen", "policewomen"): counted
/// people, as "men" is.
pub fn is_men_plural(w: &str) -> bool {
    w.chars().count() >= 6 && w.ends_with("men") && !NOT_MEN_PLURALS.contains(&w)
}

/// Whether a lower-cased word looks like an adjective or participle.
pub fn looks_adjective(w: &str) -> bool {
    [
        "al", "ic", "ive", "ous", "ful", "ed", "ing", "ish", "ian", "ese", "less", "ary", "ern",
        "able", "ible", "ent", "ant",
    ]
    .iter()
    .any(|s| w.ends_with(s) && w.len() > s.len() + 2)
}

/// Verbs (and adverbs) of a change in level, as market and economic news
/// writes them before the change and then "to" the new level: "rose $12
/// to $2,010", "fell 3 cents to 97 cents", "up 2.1 points to 35.4". Two
/// amounts so joined are a change and a level, never a range.
pub fn is_change_word(low: &str) -> bool {
    let stem = low
        .strip_suffix("ed")
        .or_else(|| low.strip_suffix("ing"))
        .or_else(|| low.strip_suffix('s'))
        .unwrap_or(low);
    matches!(
        low,
        "rose"
            | "fell"
            | "grew"
            | "sank"
            | "slid"
            | "shed"
            | "lost"
            | "cut"
            | "up"
            | "down"
            | "higher"
            | "lower"
            | "soared"
            | "sunk"
            | "gained"
            | "rising"
            | "falling"
            | "growing"
    ) || matches!(
        stem,
        "climb"
            | "jump"
            | "drop"
            | "dropp"
            | "slipp"
            | "slip"
            | "declin"
            | "decline"
            | "increas"
            | "increase"
            | "decreas"
            | "decrease"
            | "add"
            | "gain"
            | "surg"
            | "surge"
            | "plung"
            | "plunge"
            | "tumbl"
            | "tumble"
            | "soar"
            | "eas"
            | "ease"
            | "edg"
            | "edge"
            | "advanc"
            | "advance"
            | "rais"
            | "raise"
            | "lower"
            | "boost"
            | "reduc"
            | "reduce"
            | "widen"
            | "narrow"
            | "trimm"
            | "trim"
            | "hik"
            | "hike"
            | "slump"
            | "rall"
            | "rallie"
            | "dipp"
            | "dip"
            | "retreat"
            | "rebound"
            | "spik"
            | "spike"
    )
}

/// Words of a hedge between a verb and its figure ("rose *about* 8%",
/// "by *more than* 10%", "*an estimated* 300", "*at least* 40").
pub const HEDGE_WORDS: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "just",
    "more",
    "less",
    "than",
    "over",
    "under",
    "least",
    "most",
    "an",
    "estimated",
];

/// Words that open or extend a vague or bounded count before a figure but
/// are not hedges of a verb's figure ("*up to* 10", "*as many as* 60",
/// "*at* least", "*fewer* than", "*only* 3", "*a few*", "*dozens of*").
pub const COUNT_OPENERS: &[&str] = &[
    "up",
    "to",
    "as",
    "many",
    "much",
    "at",
    "fewer",
    "only",
    "a",
    "the",
    "of",
    "few",
    "several",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
];

/// Whether `low` is a word of a hedge between a verb and its figure
/// ([`HEDGE_WORDS`]): walking from a figure back to its verb steps over
/// them.
pub fn is_hedge_word(low: &str) -> bool {
    HEDGE_WORDS.contains(&low)
}

/// Whether `low` is part of a figure as written before it, never a
/// modifier of what it counts: a hedge word ([`is_hedge_word`]) or a word
/// of a vague or bounded count ([`COUNT_OPENERS`]).
pub fn is_figure_word(low: &str) -> bool {
    is_hedge_word(low) || COUNT_OPENERS.contains(&low)
}

/// Whether a line is in title case ("Mayor Opens New Bridge to Traffic"):
/// every word of four letters or more starts with a capital, as headlines
/// of that style write them (true of a line with no such word).
pub fn title_case(line: &str) -> bool {
    line.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 3)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether a lower-case word is a superlative in "-est" ("coldest",
/// "busiest", "highest"): six letters or more, and not one of the nouns,
/// verbs and adjectives that end so ("interest", "protest", "honest",
/// "midwest"), nor "latest" (the latest of a series is not the
/// superlative of a period). "best" and the other short superlatives
/// are the caller's to list.
pub fn is_est_superlative(w: &str) -> bool {
    w.len() >= 6
        && w.ends_with("est")
        && !matches!(
            w,
            "interest"
                | "protest"
                | "request"
                | "forest"
                | "harvest"
                | "arrest"
                | "contest"
                | "latest"
                | "suggest"
                | "invest"
                | "digest"
                | "manifest"
                | "honest"
                | "modest"
                | "earnest"
                | "midwest"
                | "southwest"
                | "northwest"
                | "northeast"
                | "southeast"
                | "conquest"
                | "behest"
                | "unrest"
                | "inquest"
                | "bequest"
                | "pretest"
                | "retest"
        )
}
