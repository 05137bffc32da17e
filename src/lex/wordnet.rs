//! Words of one meaning from WordNet 3.0 (Princeton University; licence in
//! `data/wordnet/LICENSE`), as two compact tables that
//! `scripts/wordnet_table.py` derives and this module reads with
//! `include_str!` (no file at run time).
//!
//! - **Verbs** ([`related_verbs`]): each verb lemma
//!   with the synsets of its frequent senses (the first, and the next two
//!   only when the sense corpus tags them at least a quarter as often:
//!   "kill" is "cause to die", never "drink down" or "thwart a bill") and
//!   their direct hypernyms of at most ten kinds. Two verbs are related
//!   when a sense of one is a sense of the other ("raise" and "lift",
//!   "postpone" and "delay") or its narrow direct hypernym ("scorch"
//!   under "burn"; "slaughter" under "kill", a class of 36 kinds, is not),
//!   never when WordNet calls them antonyms.
//! - **People** ([`people_group`]): nouns of people whose first sense
//!   names one group with a wider word: one synset ("pupil" and
//!   "student", "kid" and "child"), or under a hypernym so narrow that
//!   it holds at most three kinds ("lawmaker" and "legislator" under
//!   "lawgiver"). Groups never chain: "patient" and "staff", "victim"
//!   and "survivor" stay apart.
//!
//! Lexical data only: the hand tables of the claim reader
//! (`claim::lemma`, [`super::kinds`], [`super::verb_families`]) decide
//! first and guard these relations. Lookups are hash lookups into tables
//! parsed once; nothing here panics on any input.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The verb table: `lemma<TAB>senses<TAB>hypernyms<TAB>antonyms`.
const VERBS: &str = include_str!("../../data/wordnet/verbs.txt");

/// The people table: `noun<TAB>group head`.
const PEOPLE: &str = include_str!("../../data/wordnet/people.txt");

/// What the table holds of one verb: its sense synsets, their direct
/// hypernyms (dense ids) and its antonyms.
#[derive(Debug, Default)]
struct Verb {
    senses: Vec<u32>,
    hypernyms: Vec<u32>,
    antonyms: Vec<&'static str>,
}

/// Parses a list of base-36 ids, skipping anything malformed.
fn ids(field: &str) -> Vec<u32> {
    field
        .split(' ')
        .filter_map(|s| u32::from_str_radix(s, 36).ok())
        .collect()
}

/// The verb table, parsed once.
fn verbs() -> &'static HashMap<&'static str, Verb> {
    static TABLE: OnceLock<HashMap<&'static str, Verb>> = OnceLock::new();
    TABLE.get_or_init(|| {
        VERBS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let lemma = f.next()?;
                let senses = ids(f.next()?);
                let hypernyms = ids(f.next().unwrap_or(""));
                let antonyms = f
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .filter(|w| !w.is_empty())
                    .collect();
                Some((
                    lemma,
                    Verb {
                        senses,
                        hypernyms,
                        antonyms,
                    },
                ))
            })
            .collect()
    })
}

/// The people table, parsed once.
fn people() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        PEOPLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// Whether two lists share an id.
fn meet(x: &[u32], y: &[u32]) -> bool {
    x.iter().any(|i| y.contains(i))
}

/// Whether WordNet relates two verb lemmas (base forms, "lay off" for a
/// verb with its particle): distinct, a frequent sense of one is a
/// frequent sense of the other or that sense's direct hypernym, and
/// neither is the other's antonym. `false` for a word WordNet relates to
/// no other verb.
pub fn related_verbs(a: &str, b: &str) -> bool {
    pair(a, b).is_some_and(|(x, y)| {
        meet(&x.senses, &y.senses) || meet(&x.senses, &y.hypernyms) || meet(&x.hypernyms, &y.senses)
    })
}

/// The table entries of two distinct verbs that are not antonyms.
fn pair(a: &str, b: &str) -> Option<(&'static Verb, &'static Verb)> {
    if a == b {
        return None;
    }
    let t = verbs();
    let (x, y) = (t.get(a)?, t.get(b)?);
    (!x.antonyms.contains(&b) && !y.antonyms.contains(&a)).then_some((x, y))
}

/// The group of people a noun (base form) names with another word: the
/// group's head word ("student" → "pupil"'s group "enrollee"; a group's
/// own head gives `None`), or `None` for a noun of no group.
pub fn people_group(noun: &str) -> Option<&'static str> {
    people().get(noun).copied()
}

/// Whether a noun (base form) is in one of WordNet's groups of people,
/// as a member or as the group's head word ("protester", "youth").
pub fn in_people_group(noun: &str) -> bool {
    static HEADS: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    people_group(noun).is_some()
        || HEADS
            .get_or_init(|| people().values().copied().collect())
            .contains(noun)
}

/// Whether two nouns of people (base forms) name one group: one noun, or
/// one group of [`people_group`] (a group's head is in its group).
pub fn same_people(a: &str, b: &str) -> bool {
    let group = |w: &str| people_group(w).unwrap_or(w).to_string();
    a == b || ((people_group(a).is_some() || people_group(b).is_some()) && group(a) == group(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_of_one_meaning() {
        for (a, b) in [
            ("raise", "lift"),
            ("scorch", "burn"),
            ("flood", "inundate"),
            ("postpone", "delay"),
            ("travel", "go"),
            ("rise", "go up"),
            ("erupt", "break out"),
        ] {
            assert!(related_verbs(a, b) && related_verbs(b, a), "{a} {b}");
        }
        for (a, b) in [
            ("kill", "drink down"),
            ("kill", "veto"),
            ("slaughter", "kill"),
            ("burn", "destroy"),
            ("kill", "injure"),
            ("rise", "fall"),
            ("raise", "lower"),
            ("buy", "sell"),
            ("fire", "dismiss"),
            ("kill", "kill"),
            ("glorb", "kill"),
        ] {
            assert!(!related_verbs(a, b), "{a} {b}");
        }
    }

    #[test]
    fn groups_of_people() {
        assert!(same_people("pupil", "student"));
        assert!(same_people("kid", "child"));
        assert!(same_people("lawmaker", "legislator"));
        assert!(same_people("glorb", "glorb"));
        assert!(!same_people("patient", "staff"));
        assert!(!same_people("patient", "nurse"));
        assert!(!same_people("victim", "survivor"));
        assert!(!same_people("prisoner", "guard"));
        assert!(!same_people("glorb", "blorf"));
    }
}
