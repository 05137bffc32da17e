//! Nouns that count people in a news report of what befell them: "31
//! miners were trapped", "196 people survived", "40 passengers were
//! rescued". Lexical data for the comparison of counts of one fate
//! (`compare::sole`): a count whose noun names people joins the class of
//! the fate its clause gives, whichever noun each reporter chose.
//!
//! - [`joins_fate`]: a noun of people that stands for all of those of a
//!   fate: a general word ("people", "workers") or a kind of people
//!   ([`super::kinds`]: "miners", "passengers", "residents"), never a noun
//!   of a part of any crowd by age or sex ("children", "women"): "five
//!   children were rescued" counts some of the rescued.
//! - [`general`]: a word for anyone there ("people", "persons", "workers"
//!   at a workplace): two counts of one fate, one in such a word and one
//!   naming a kind, may be one count; two kinds ("passengers", "crew")
//!   are two groups.
//!
//! Words are base forms as the claim reader gives them
//! (`claim::lemma::noun`). Lookups in short constant tables; never panics.

/// Words for anyone there, whoever they are.
const GENERAL: &[&str] = &[
    "person",
    "people",
    "life",
    "individual",
    "worker",
    "employee",
    "staff",
    "staffer",
];

/// Nouns of people of no kind in [`super::kinds`] that news counts by
/// what befell them.
const PEOPLE: &[&str] = &[
    "tourist",
    "visitor",
    "guest",
    "patient",
    "customer",
    "shopper",
    "hiker",
    "swimmer",
    "skier",
    "pilgrim",
    "civilian",
    "occupant",
    "motorist",
    "driver",
    "crew",
    "spectator",
    "fan",
    "worshipper",
    "migrant",
    "refugee",
    "victim",
    "citizen",
    "national",
    "survivor",
];

/// Nouns of a part of any crowd, by age or sex: counts of some of those of
/// a fate, never all of them.
const PARTS: &[&str] = &[
    "child",
    "kid",
    "adult",
    "man",
    "woman",
    "boy",
    "girl",
    "baby",
    "infant",
    "toddler",
    "teenager",
    "teen",
    "minor",
    "youngster",
    "elderly",
];

/// Kinds of [`super::kinds`] that are no people.
const THINGS: &[&str] = &["home", "charge", "item", "ship"];

/// Whether a noun (base form) is a word for anyone there (see the module
/// docs).
pub fn general(noun: &str) -> bool {
    GENERAL.contains(&noun)
}

/// Nouns of those carried aboard a vessel, train, bus or aircraft: a part
/// of all aboard when its crew were aboard too.
const CARRIED: &[&str] = &["passenger", "traveller", "traveler", "commuter", "rider"];

/// Whether a noun (base form) counts those carried aboard ("40
/// passengers"), a part of all aboard: crew were aboard too.
pub fn carried(noun: &str) -> bool {
    CARRIED.contains(&noun)
}

/// Whether a count in this noun (base form) joins the class of the fate
/// its clause gives (see the module docs).
pub fn joins_fate(noun: &str) -> bool {
    if PARTS.contains(&noun) {
        return false;
    }
    let kind = super::kinds::kind_of(&[], noun).map(|(k, _)| k);
    general(noun)
        || PEOPLE.contains(&noun)
        || kind.is_some_and(|k| !THINGS.contains(&k) && !PARTS.contains(&k))
}

/// Whether a noun (base form) names people as far as the tables here and
/// WordNet's groups of people know ([`joins_fate`], a part of a crowd,
/// [`super::wordnet::in_people_group`]): "protesters", "youths",
/// "pallbearers"; not "blocks" or "runs". A noun no table knows is not
/// said to name people.
pub fn names_people(noun: &str) -> bool {
    joins_fate(noun) || PARTS.contains(&noun) || super::wordnet::in_people_group(noun)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_join_parts_and_things_do_not() {
        for w in [
            "people",
            "worker",
            "miner",
            "mineworker",
            "passenger",
            "crewman",
        ] {
            assert!(joins_fate(w), "{w}");
        }
        for w in ["child", "woman", "kid", "home", "house", "vehicle", "dog"] {
            assert!(!joins_fate(w), "{w}");
        }
        assert!(general("worker") && !general("miner"));
        for w in ["protester", "youth", "child", "pallbearer", "passenger"] {
            assert!(names_people(w), "{w}");
        }
        for w in ["block", "run", "seat", "yard"] {
            assert!(!names_people(w), "{w}");
        }
    }
}
