//! The last day of a reporting period: "the quarter ended March 31", "the
//! fiscal year ending June 30", "the six months to September 30". Company
//! results name a quarter, half or year by its closing day, and the day
//! is that period's, whatever the tense of the clause: a quarter "ended
//! March 31" in a report of early March is the current quarter (its close
//! a few weeks ahead), a year "ending March 31" in October the nearer one.
//!
//! Consumes the grammar's tokens and a year-less match; produces a
//! [`DateValue`] or leaves the match to the ordinary resolution.

use super::grammar::{Cal, M, P};
use super::resolve::Mode;
use super::value::{DateValue, Period};
use crate::lex::calendar::*;

/// How many days ahead of publication the closing day of a period told as
/// "ended" may lie (the writer names the running quarter by its close).
const ENDED_AHEAD: i64 = 62;

/// The word that ties a period to its closing day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Close {
    /// "ended": the close is past, or a few weeks ahead.
    Ended,
    /// "ending", "ends", "to", "through": the nearest close.
    Ending,
}

/// Whether a word names a reporting period ("quarter", "year", "six
/// months", "the period").
fn period_noun(w: &str) -> bool {
    matches!(
        w,
        "quarter" | "quarters" | "year" | "half" | "months" | "weeks" | "period" | "periods"
    )
}

impl P<'_> {
    /// The value of a year-less day or month starting at token `s` that
    /// closes a reporting period, or `None` when it does not follow one.
    pub(crate) fn period_close(&self, mt: &M, s: usize) -> Option<DateValue> {
        if mt.mode != Mode::Plain {
            return None;
        }
        let close = self.close_cue(s)?;
        let z = self.pub_day?;
        let py = civil_from_days(z).0;
        let periods: Vec<Period> = match mt.cal {
            Cal::Ymd {
                y: None,
                m,
                d,
                wd: None,
            } => (py - 1..=py + 1)
                .filter(|&y| valid(y, m, d))
                .map(|y| Period::day(days_from_civil(y, m, d)))
                .collect(),
            Cal::Ym { y: None, m } if (1..=12).contains(&m) => {
                (py - 1..=py + 1).map(|y| Period::month(y, m)).collect()
            }
            _ => return None,
        };
        let gap = |p: &Period| (p.last() - z).abs();
        let chosen = match close {
            Close::Ended => periods
                .into_iter()
                .filter(|p| p.last() <= z + ENDED_AHEAD)
                .min_by_key(gap),
            Close::Ending => periods.into_iter().min_by_key(gap),
        };
        chosen.map(DateValue::Unit)
    }

    /// The closing word before token `s` ("ended", "ending in") right
    /// after a period noun, maybe with "that" or ", which" between ("the
    /// quarter that ended"); "to" and "through" only right after the noun
    /// ("the six months to June 30").
    fn close_cue(&self, s: usize) -> Option<Close> {
        let mut k = s.checked_sub(1)?;
        if matches!(self.w(k), "in" | "on") {
            k = k.checked_sub(1)?;
        }
        let close = match self.w(k) {
            "ended" => Close::Ended,
            "ending" | "ends" => Close::Ending,
            "to" | "through" if k > 0 && period_noun(self.w(k - 1)) => return Some(Close::Ending),
            _ => return None,
        };
        let mut j = k.checked_sub(1)?;
        while j > 0 && (matches!(self.w(j), "that" | "which") || self.p(j, ",")) {
            j -= 1;
        }
        period_noun(self.w(j)).then_some(close)
    }
}
