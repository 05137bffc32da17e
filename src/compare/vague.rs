//! Vague times against exact days: when "next year", "this week" or
//! "earlier this month" may be set against "March 2" or "Tuesday".
//!
//! Consumes two date mentions prepared for alignment ([`super::align::M`]);
//! produces whether the pair is a vague relative time against one day and,
//! if so, whether the two clauses date one act.
//!
//! A time counted from the article at a coarse grain ("next year", "this
//! week", "in recent days") is how a writer places a story's act without
//! the day; an exact day in another report is often the day of some other
//! part of the story ("will host the awards next year" against "the March 2
//! broadcast"; "reopened the road this week" against "crews finished the
//! repairs on Tuesday"). Such a pair is one claim (an approximation) only
//! when the two clauses date one act: one verb of one meaning, each clause
//! dating that verb ("will host the show next year", "will host the show
//! on March 2"), or one happening named by a noun in both ("this week's
//! storm", "Tuesday's storm"). A date of a noun against a date of a verb
//! dates two things (the broadcast, the hosting), whatever the subject.
//! Dates that write their own month or year ("in March", "in 2014") are not
//! vague in this sense and keep the ordinary rules.
//!
//! Guarantees: pure functions of the two mentions, symmetric, never panic.

use super::align::M;
use crate::claim::lemma;
use crate::facts::{DateValue, FactKind, FactValue, Grain};

/// Whether `m` is a date counted from the article's time at a grain
/// coarser than a day ("next year", "this week", "earlier this week",
/// "in recent days", "later this month").
pub(crate) fn vague_relative(m: &M<'_>) -> bool {
    if m.fact.kind != FactKind::Date || m.fact.relative.is_none() {
        return false;
    }
    match &m.fact.value {
        FactValue::Date(DateValue::Unit(p)) => p.grain() != Grain::Day,
        FactValue::Date(v) => v.is_interval(),
        _ => false,
    }
}

/// Whether `m` names one day ("March 2", "Tuesday", "yesterday").
fn one_day(m: &M<'_>) -> bool {
    matches!(&m.fact.value, FactValue::Date(DateValue::Unit(p)) if p.grain() == Grain::Day)
}

/// Whether one of the two mentions is a vague relative time and the other
/// one day.
pub(crate) fn vague_against_day(a: &M<'_>, b: &M<'_>) -> bool {
    (vague_relative(a) && one_day(b)) || (vague_relative(b) && one_day(a))
}

/// Whether the two clauses date one act: each dates a verb, of one meaning
/// ([`lemma::same_predicate`]), or each dates a noun of one happening
/// (`same_head`: the alignment's own test of two heads).
pub(crate) fn one_act(a: &M<'_>, b: &M<'_>, same_head: bool) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    match (fa.dates_head, fb.dates_head) {
        (true, true) => same_head,
        (false, false) => matches!(
            (&fa.predicate, &fb.predicate),
            (Some(x), Some(y)) if lemma::same_predicate(&x.base, &y.base)
        ),
        _ => false,
    }
}

/// Whether a vague relative time and one day may be tied as one claim:
/// always when the pair is not such a pair, else only when the clauses
/// date one act ([`one_act`]).
pub(crate) fn may_tie(a: &M<'_>, b: &M<'_>, same_head: bool) -> bool {
    !vague_against_day(a, b) || one_act(a, b, same_head)
}
