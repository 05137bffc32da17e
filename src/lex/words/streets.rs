//! Street words ("Road", "Avenue") and the compass points written after
//! a street name.

/// Last words of a place name that make it a street, road or square
/// ("Joliet Avenue", "Orchard Row", "Wexford St", "Union Square"): lower
/// case, abbreviations without their period, sorted. Where in a town
/// something happened, not the town. ("Court" is left to its users: a
/// street, or a court of law.)
pub const STREET_WORDS: &[&str] = &[
    "alley",
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "crescent",
    "drive",
    "highway",
    "hwy",
    "lane",
    "ln",
    "parkway",
    "pkwy",
    "plaza",
    "rd",
    "road",
    "row",
    "square",
    "st",
    "street",
    "terrace",
    "turnpike",
    "way",
];

/// Whether `low` (lower case) ends a street's name ([`STREET_WORDS`]).
pub fn is_street_word(low: &str) -> bool {
    STREET_WORDS.binary_search(&low).is_ok()
}

/// Compass points an American address writes after a street's type word
/// ("Corliss Avenue SE", "Tamber Road NE"), lower case, sorted: the
/// quadrant of the city, part of the street's name.
pub const STREET_COMPASS: &[&str] = &["e", "n", "ne", "nw", "s", "se", "sw", "w"];

/// Whether `low` (lower case) is a compass point written after a street's
/// type word ([`STREET_COMPASS`]).
pub fn is_street_compass(low: &str) -> bool {
    STREET_COMPASS.binary_search(&low).is_ok()
}

/// A street's name (lower case, words joined by single spaces) without the
/// compass point after its type word: "corliss avenue se" gives "corliss
/// avenue"; any other name is returned as it is ("avenue e", a street
/// named by a letter, keeps its letter).
pub fn without_street_compass(key: &str) -> &str {
    match key.rsplit_once(' ') {
        Some((head, last))
            if is_street_compass(last)
                && head.contains(' ')
                && head.rsplit(' ').next().is_some_and(is_street_word) =>
        {
            head
        }
        _ => key,
    }
}
