//! Vague stretches of time, given the grain their words have and no
//! sharper: "a few months ago", "several weeks ago", "some years back"
//! (an uncounted number of units back), "in recent weeks", "in the
//! coming months" (the last or next few units of publication). News
//! writes them where the day is unknown or beside the point; reading "a
//! few months ago" as one exact day would make two sources disagree over
//! a day neither stated.

use super::super::grammar::*;
use super::super::value::DateValue;
use super::{Rule, Starts};
use crate::lex::words::{self, Unit};

/// How many units back or ahead an uncounted number reaches, at most and
/// at least: "a few" is two to five, "several" and "some" three to nine.
fn reach(word: &str) -> Option<(i64, i64)> {
    match word {
        "few" => Some((2, 5)),
        "several" | "some" => Some((3, 9)),
        _ => None,
    }
}

/// The units of "recent weeks", "the coming months" reach this many back
/// or ahead of publication.
const RECENT_REACH: i64 = 5;

impl P<'_> {
    /// "a few months ago", "several weeks ago", "some years back", "recent
    /// weeks", "the coming months".
    pub(crate) fn vague_span(&self, i: usize) -> Option<M> {
        better(self.vague_ago(i), self.recent_or_coming(i))
    }

    /// "a few | few | several | some <units> ago | back": from the farthest
    /// unit the words reach to the nearest, at the unit's grain.
    fn vague_ago(&self, i: usize) -> Option<M> {
        let k = if self.is(i, "a") && self.is(i + 1, "few") {
            i + 1
        } else {
            i
        };
        let (near, far) = reach(self.w(k))?;
        let u = self.plural_unit(k + 1)?;
        if !matches!(self.w(k + 2), "ago" | "back") {
            return None;
        }
        let end = k + 3;
        let Some(z) = self.pub_day else {
            return mr(end, Cal::V(DateValue::Unresolved));
        };
        let from = self.unit_at(u, self.shift_day(z, u, -far));
        let to = self.unit_at(u, self.shift_day(z, u, -near));
        mr(end, Cal::V(DateValue::Interval(Some(from), Some(to))))
    }

    /// "recent weeks", "the most recent months", "the coming months",
    /// "upcoming years" (no count): the last [`RECENT_REACH`] units up to
    /// publication's, or publication's unit and the next ones.
    fn recent_or_coming(&self, i: usize) -> Option<M> {
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        if self.is(k, "most") && self.is(k + 1, "recent") {
            k += 1;
        }
        let back = match self.w(k) {
            "recent" => true,
            "coming" | "upcoming" => false,
            _ => return None,
        };
        let u = self.plural_unit(k + 1)?;
        let end = k + 2;
        let Some(z) = self.pub_day else {
            return mr(end, Cal::V(DateValue::Unresolved));
        };
        let sign = if back { -1 } else { 1 };
        let far = self.unit_at(u, self.shift_day(z, u, sign * RECENT_REACH));
        let now = self.unit_at(u, z);
        let (from, to) = if back { (far, now) } else { (now, far) };
        mr(end, Cal::V(DateValue::Interval(Some(from), Some(to))))
    }

    /// A unit in the plural at token `k` ("days", "weeks", "months",
    /// "years", "decades"), not a fortnight.
    fn plural_unit(&self, k: usize) -> Option<Unit> {
        let w = self.w(k);
        let u = words::unit(w)?;
        (w.ends_with('s') && u != Unit::Fortnight).then_some(u)
    }
}

/// The vague-span rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "a few|several|some <units> ago, recent <units>, the coming <units>",
    run: |p, i, _| p.vague_span(i),
    starts: Starts {
        classes: 0,
        words: &[
            "a", "few", "several", "some", "the", "recent", "most", "coming", "upcoming",
        ],
    },
    examples: &[
        (
            "The singer quit the band [a few months ago].",
            "2013-08-20",
            "2013-03/2013-06",
        ),
        (
            "Regulators fined the lender [several weeks ago].",
            "2024-03-20",
            "2024-W03/2024-W09",
        ),
        (
            "The mill changed hands [some years back].",
            "2005-06-01",
            "1996/2002",
        ),
        (
            "Bond yields have climbed in [recent weeks].",
            "1989-10-25",
            "1989-W38/1989-W43",
        ),
        (
            "More layoffs are likely in [the coming months], analysts said.",
            "1989-10-25",
            "1989-10/1990-03",
        ),
    ],
}];
