//! Relative dates counted in calendar units ("six months ago", "two weeks
//! later", "in three years"): the writer gives them at the grain of the
//! unit, not to the day. Resolved against a publication date they name one
//! day; this module widens that day to half a unit on each side, so two
//! reports' "six months ago" and "in mid-January" are one claim at the
//! precision the writer gave. "last week" reaches to the end of the
//! article's own week (the past seven days).

use crate::lex::words::{small_cardinal, unit, Unit};

/// Hedge words that may open a counted expression ("about six months ago").
const LEAD_HEDGES: &[&str] = &[
    "about", "around", "roughly", "nearly", "almost", "some", "just",
];

/// Words after the unit that count from the article's (or a named) time.
const COUNT_FROM: &[&str] = &["ago", "later", "earlier", "hence"];

/// A count of units as written: digits, a cardinal word, "a" or "an".
fn count(w: &str) -> Option<u32> {
    match w {
        "a" | "an" => Some(1),
        _ => w.parse().ok().or_else(|| small_cardinal(w)),
    }
}

/// Words that count units without saying how many ("a few weeks ago", "a
/// couple of months ago", "several years ago"): the writer gives a span of
/// counts, so the day the expression resolves to may lie a whole unit from
/// the day meant, either way.
const VAGUE_COUNTS: &[&[&str]] = &[
    &["a", "few"],
    &["few"],
    &["a", "couple", "of"],
    &["couple", "of"],
    &["a", "couple"],
    &["several"],
];

/// The expression's words with the leading hedges and a vague count
/// ([`VAGUE_COUNTS`]) taken off, and whether there was such a count.
fn strip_count_words(relative: &str) -> (Vec<&str>, bool) {
    let mut words: Vec<&str> = relative.split_whitespace().collect();
    while words.first().is_some_and(|w| LEAD_HEDGES.contains(w)) {
        words.remove(0);
    }
    let vague = VAGUE_COUNTS
        .iter()
        .find(|v| words.len() > v.len() && words.starts_with(v));
    match vague {
        Some(v) => (words.split_off(v.len()), true),
        None => (words, false),
    }
}

/// The days in one unit of a relative expression that counts whole units
/// from a time ("six months ago", "two weeks later", "in three years",
/// "about a year ago"), or `None` for any other expression.
pub(crate) fn counted_unit_days(relative: &str) -> Option<i64> {
    let (words, vague) = strip_count_words(relative);
    if vague {
        return None;
    }
    let (n, u) = match words.as_slice() {
        ["in", n, u] => (*n, *u),
        [n, u, end] if COUNT_FROM.contains(end) => (*n, *u),
        [n, u, "from", "now"] => (*n, *u),
        _ => return None,
    };
    count(n).filter(|&c| c >= 1)?;
    unit(u).map(Unit::days)
}

/// The days in one unit of a relative expression that counts units
/// vaguely from a time ("a few weeks ago", "a couple of months later",
/// "in a few days"), or `None` for any other expression.
fn vague_unit_days(relative: &str) -> Option<i64> {
    let (words, vague) = strip_count_words(relative);
    if !vague {
        return None;
    }
    let u = match words.as_slice() {
        [u, end] if COUNT_FROM.contains(end) => *u,
        [u, "from", "now"] => *u,
        _ => return None,
    };
    unit(u).map(Unit::days)
}

/// Days of a week.
const WEEK_DAYS: i64 = 7;

/// Whether a relative expression is "last week": resolved as the calendar
/// week before the article's, but written for the past seven days as well
/// (an escape on a Monday told as "last week" in a report of the
/// Saturday after): its days reach to the end of the article's own week.
fn past_week(relative: &str) -> bool {
    relative.trim().eq_ignore_ascii_case("last week")
}

/// The days a mention may stand for: its resolved days, widened to half a
/// unit on each side when it counts whole units ([`counted_unit_days`])
/// and resolves finer than one unit, and to a whole unit on each side when
/// it counts them vaguely ([`vague_unit_days`]: "a few weeks ago" is not
/// one day three weeks back).
pub(crate) fn loose_days(relative: Option<&str>, days: (i64, i64)) -> (i64, i64) {
    if relative.is_some_and(past_week) {
        return (days.0, days.1.saturating_add(WEEK_DAYS));
    }
    if let Some(unit) = relative.and_then(vague_unit_days) {
        return (days.0.saturating_sub(unit), days.1.saturating_add(unit));
    }
    let Some(unit) = relative.and_then(counted_unit_days) else {
        return days;
    };
    let (lo, hi) = days;
    if hi.saturating_sub(lo) + 1 >= unit {
        return days;
    }
    let half = unit / 2;
    (lo.saturating_sub(half), hi.saturating_add(half))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_expressions_and_their_units() {
        for (r, days) in [
            ("six months ago", Some(30)),
            ("about a year ago", Some(365)),
            ("two weeks later", Some(7)),
            ("in three months", Some(30)),
            ("10 days ago", Some(1)),
            ("two decades from now", Some(3652)),
            ("last month", None),
            ("a few months ago", None),
            ("a couple of weeks ago", None),
            ("in the coming weeks", None),
            ("yesterday", None),
        ] {
            assert_eq!(counted_unit_days(r), days, "{r}");
        }
    }

    #[test]
    fn a_day_read_from_months_widens_to_half_a_month() {
        assert_eq!(loose_days(Some("six months ago"), (100, 100)), (85, 115));
        // Already a month or coarser: as resolved.
        assert_eq!(loose_days(Some("six months ago"), (100, 130)), (100, 130));
        assert_eq!(loose_days(Some("on Monday"), (100, 100)), (100, 100));
        assert_eq!(loose_days(None, (100, 100)), (100, 100));
    }

    #[test]
    fn a_vague_count_widens_to_a_unit_each_way() {
        assert_eq!(loose_days(Some("a few weeks ago"), (100, 100)), (93, 107));
        assert_eq!(
            loose_days(Some("about a couple of months ago"), (100, 100)),
            (70, 130)
        );
        assert_eq!(
            loose_days(Some("several years later"), (0, 364)),
            (-365, 729)
        );
        // Not a vague count of units.
        assert_eq!(loose_days(Some("a few"), (100, 100)), (100, 100));
        assert_eq!(loose_days(Some("several days"), (100, 100)), (100, 100));
    }

    #[test]
    fn last_week_reaches_through_the_articles_week() {
        assert_eq!(loose_days(Some("last week"), (100, 106)), (100, 113));
        assert_eq!(loose_days(Some("next week"), (100, 106)), (100, 106));
    }
}
