//! Identifying figures: the numbers that tell one event of a kind from another.
//!
//! Decides which numeric facts identify an event ([`identifier_of`]): an
//! earthquake magnitude written before its noun, the ordinal of a noun that
//! numbers events of a series ("the 52nd drawdown"), and not ordinals that
//! number a part of one event or hedged figures. Two reports of one event
//! state these alike and two events of one kind rarely do, so the pair score
//! counts different ones against a pair. Also the small text windows
//! ([`tail`], [`head`], [`clause_words_before`]) the frame reads around a
//! fact.

use super::words::{feature_hash, is_stopword, stem_plural};
use super::Identifier;
use crate::facts::{FactKind, FactValue};

/// Words that may stand between an ordinal and the noun it numbers ("the
/// 81st annual Academy Awards").
pub(super) const ORDINAL_FILLERS: &[&str] = &["annual", "consecutive", "straight"];

/// Nouns whose ordinals number a part of one event or the progress of a
/// developing story, not an event: the 23rd minute and the 67th minute of
/// one match, the 17th and 18th holes of one round, the 12th day of a
/// strike (the next report says the 13th), the 21st century; and the
/// ordinals of addresses and districts ("East 52nd Street", "the 67th
/// Precinct"), which are places (several per report), not figures.
pub(super) const ORDINAL_PART_NOUNS: &[&str] = &[
    "ave",
    "avenue",
    "century",
    "day",
    "district",
    "floor",
    "hole",
    "hour",
    "inning",
    "lap",
    "minute",
    "month",
    "overall",
    "parallel",
    "percentile",
    "pick",
    "place",
    "precinct",
    "round",
    "second",
    "st",
    "street",
    "ward",
    "week",
    "year",
];

/// Nouns that name an earthquake, whose magnitude is written before them
/// ("a 4.6 quake", "a 5.6-magnitude earthquake").
pub(super) const QUAKE_NOUNS: &[&str] = &["earthquake", "magnitude", "quake", "temblor", "tremor"];

/// How far apart (in tenths) two magnitudes of one earthquake may be: a
/// preliminary magnitude is routinely revised by a tenth or two ("rated
/// 4.4 at first, 4.2 since"), so only values further apart cannot both
/// hold.
pub const MAGNITUDE_SLACK: u64 = 2;

/// Smallest ordinal that identifies an event. Smaller ones number the
/// parts of one event (the third quarter, the second round, the first
/// time, the fourth floor), which two reports of it pick differently.
pub const MIN_IDENTIFYING_ORDINAL: u64 = 10;

/// The lower-case alphabetic words of `s`, in order.
pub(super) fn alpha_words(s: &str) -> impl DoubleEndedIterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The lower-case words of the clause that ends `before`: the text after
/// the last of the `stops` characters (all of it when none occurs).
pub(in crate::events) fn clause_words_before(before: &str, stops: &[char]) -> Vec<String> {
    let from = before.rfind(stops).map_or(0, |i| i + 1);
    before
        .get(from..)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `text[..at]`, shortened to its last `max` bytes (on a char boundary).
pub(in crate::events) fn tail(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while from < at && !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at).unwrap_or("")
}

/// `text[at..]`, shortened to its first `max` bytes (on a char boundary).
pub(in crate::events) fn head(text: &str, at: usize, max: usize) -> &str {
    let mut to = at.saturating_add(max).min(text.len());
    while to > at && !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(at..to).unwrap_or("")
}

/// The identifying figure a numeric fact states, if any: a precise,
/// stable value that two reports of one event share and two events of the
/// same kind rarely do.
///
/// - An earthquake magnitude: a number from 1 to 10 written in digits
///   right after "magnitude" ("magnitude 4.4", "a preliminary magnitude of
///   4.4") or right before a quake noun ("a 4.2 magnitude earthquake",
///   "5.6-magnitude", "a 4.6 quake").
/// - An ordinal of a noun, at least [`MIN_IDENTIFYING_ORDINAL`]: "the 52nd
///   drawdown", "the 81st annual Academy Awards", "the 12th Doctor"; the
///   noun is the next word (plural folded), past "annual", "consecutive";
///   not a noun that numbers the parts of one event or the days of a
///   developing story ("the 67th minute", "the 12th day of the strike").
///
/// Hedged figures ("about 7") are not precise and never qualify; neither
/// do counts, money or quantities, which change as a story develops
/// (death tolls rise, totals are revised) or depend on the reference
/// point (distances).
pub fn identifier_of(text: &str, f: &crate::facts::Fact) -> Option<Identifier> {
    if f.qualifier.is_some() {
        return None;
    }
    let FactValue::Number(n) = &f.value else {
        return None;
    };
    let x = n.to_f64();
    let span = text.get(f.span.start..f.span.end)?;
    match f.kind {
        FactKind::Number | FactKind::Count => {
            if !(1.0..10.0).contains(&x) {
                return None;
            }
            // The number's own digits: a count's span goes on to its noun.
            let first = span.find(|c: char| c.is_ascii_digit())?;
            let len = span[first..]
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(span.len() - first);
            let start = f.span.start + first;
            let end = start + len;
            let mut before = alpha_words(tail(text, start, 32)).rev();
            let previous = before.next();
            let by_name = previous.as_deref() == Some("magnitude")
                || (previous.as_deref() == Some("of")
                    && before.next().as_deref() == Some("magnitude"));
            let after = head(text, end, 24);
            let touching = after.starts_with([' ', '-']) || after.is_empty();
            let by_noun = touching
                && alpha_words(after)
                    .next()
                    .is_some_and(|w| QUAKE_NOUNS.binary_search(&w.as_str()).is_ok());
            (by_name || by_noun).then(|| Identifier {
                key: feature_hash("ident", "mag"),
                value: (x * 10.0).round() as u64,
                slack: MAGNITUDE_SLACK,
            })
        }
        FactKind::Ordinal => {
            if !(x >= MIN_IDENTIFYING_ORDINAL as f64 && x < 1e9) {
                return None;
            }
            // The noun follows in the same phrase ("52nd drawdown", not
            // "the 52nd. Then").
            let after = head(text, f.span.end, 48);
            if !(after.starts_with([' ', '-'])) {
                return None;
            }
            let phrase = after
                .split(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-' || c == '\''))
                .next()
                .unwrap_or("");
            let noun = alpha_words(phrase)
                .find(|w| ORDINAL_FILLERS.binary_search(&w.as_str()).is_err())?;
            // A function word is no counted noun ("the 13th and 14th").
            if noun.chars().count() < 3 || is_stopword(&noun) {
                return None;
            }
            let noun = stem_plural(&noun);
            if ORDINAL_PART_NOUNS.iter().any(|p| stem_plural(p) == noun) {
                return None;
            }
            Some(Identifier {
                key: feature_hash("ident", &format!("ord:{noun}")),
                value: x as u64,
                slack: 0,
            })
        }
        _ => None,
    }
}
