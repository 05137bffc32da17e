//! Follow-up reports that name the story's happening by its month or year:
//! "convicted of the 2005 murder of a deputy", "charged in an April 2007
//! shooting", "murdering the deputy in June 2005", against the first
//! reports' day ("was killed Friday", "the Monday morning attack").
//!
//! Consumes two date mentions prepared for alignment ([`super::align::M`]);
//! produces whether the coarser one is a later report's written month or
//! year of the happening the other dates to the day.
//!
//! A trial, a sentencing or an anniversary report dates the story's
//! happening at a coarse grain, long after it; the first reports give its
//! day, near their own time. Such a pair is one claim (an approximation,
//! never a conflict: the day lies within the month or year) when:
//!
//! - the coarse date writes its month or year ("in June 2005", "the 2005
//!   murder"; never "last year", counted from the article), and lies far
//!   before its own article (background, [`M::background`]);
//! - the day is near its own article (the time of the first reports) and
//!   lies within the coarse date;
//! - both clauses date one kind of happening: a verb or a happening's noun
//!   of one class ("murder", "killed"; "shooting", "attack"), or, for
//!   violence against people, any of killing, wounding, shooting and
//!   attacking ("an April 2007 shooting", "shot three people Monday");
//! - the sentences share a word, a name or their subject.
//!
//! Guarantees: pure functions of the two mentions, symmetric, never panic.

use super::align::M;
use crate::claim::lemma;
use crate::facts::{DateValue, FactKind, FactValue, Grain};

/// Words of violence against people, verbs and nouns (base forms): any two
/// tell one happening of a story of violence ("shot", "killed", "the
/// shooting", "the attack").
const VIOLENCE: &[&str] = &[
    "shoot", "stab", "attack", "assault", "shooting", "stabbing", "rampage", "massacre", "ambush",
    "gun",
];

/// What a date's clause dates: the noun of a happening it premodifies
/// ("the 2005 murder"), else its verb.
pub(crate) fn happening<'a>(m: &'a M<'_>) -> Option<&'a str> {
    let f = m.frame;
    if f.dates_head {
        f.head.as_ref().map(|h| h.base.as_str())
    } else {
        f.predicate.as_ref().map(|p| p.base.as_str())
    }
}

/// Whether a word tells violence against people: a word of [`VIOLENCE`],
/// or of the classes of killing and wounding.
pub(crate) fn violent(w: &str) -> bool {
    VIOLENCE.contains(&w) || matches!(lemma::predicate_class(w), "kill" | "injure")
}

/// Whether two words date one kind of happening.
pub(crate) fn one_happening(x: &str, y: &str) -> bool {
    lemma::same_happening(x, y) || lemma::same_predicate(x, y) || (violent(x) && violent(y))
}

/// The grain and day range of a single-period date.
fn period(m: &M<'_>) -> Option<(Grain, i64, i64)> {
    match &m.fact.value {
        FactValue::Date(DateValue::Unit(p)) => Some((p.grain(), p.first(), p.last())),
        _ => None,
    }
}

/// Whether `coarse` is a written month or year far before its article
/// holding `day`, a day near its own (see the module docs), whatever each
/// clause dates.
fn nests(coarse: &M<'_>, day: &M<'_>) -> bool {
    let (Some((g, lo, hi)), Some((h, d, _))) = (period(coarse), period(day)) else {
        return false;
    };
    coarse.fact.kind == FactKind::Date
        && day.fact.kind == FactKind::Date
        && matches!(g, Grain::Month | Grain::Year)
        && h == Grain::Day
        && coarse.fact.relative.is_none()
        && coarse.fact.qualifier.is_none()
        && coarse.background()
        && day.published.is_some()
        && !day.background()
        && lo <= d
        && d <= hi
}

/// Whether one of the two mentions is a written month or year far before
/// its article holding the other, a day near its own: once a direct tie
/// ([`ties`]) has joined the coarse date to the day's claim, the other
/// mentions of that claim are weighed against it as the day itself is.
pub(crate) fn nested(a: &M<'_>, b: &M<'_>) -> bool {
    nests(a, b) || nests(b, a)
}

/// Whether the two clauses date one kind of happening ("murder",
/// "killed"; "shooting", "attack").
fn same_happening(a: &M<'_>, b: &M<'_>) -> bool {
    matches!((happening(a), happening(b)), (Some(x), Some(y)) if one_happening(x, y))
}

/// Whether one mention is a later report's written month or year of the
/// happening the other dates to the day, and the sentences share something
/// (`shared`: a word, a name or their subject, as the alignment weighs
/// them): enough to tie the two as one claim.
pub(crate) fn ties(a: &M<'_>, b: &M<'_>, shared: bool) -> bool {
    shared && dates_one_happening(a, b)
}

/// Whether one mention is a later report's written month or year of the
/// happening the other dates to the day: then the verb of a clause whose
/// date is said of a noun ("convicted ... in the March 2024 shooting") is
/// not the happening dated, and two such verbs do not hold the two apart.
pub(crate) fn dates_one_happening(a: &M<'_>, b: &M<'_>) -> bool {
    nested(a, b) && same_happening(a, b)
}
