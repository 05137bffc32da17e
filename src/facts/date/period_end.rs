//! The last day of a reporting period: "the quarter ended March 31", "the
//! fiscal year ending June 30", "the six months to September 30". Company
//! results name a quarter, half or year by its closing day, and the day
//! is that period's, whatever the tense of the clause: a quarter "ended
//! March 31" in a report of early March is the current quarter (its close
//! a few weeks ahead), a year "ending March 31" in October the nearer one,
//! unless the clause is in the past tense ("sales in the week ending May 3
//! rose"): then, as for "ended", the period has closed.
//!
//! Consumes the grammar's tokens and a year-less match; produces a
//! [`DateValue`] or leaves the match to the ordinary resolution.

use super::grammar::{better, Cal, Grain, M, MAX_DEPTH, P};
use super::resolve::Mode;
use super::tense::Tense;
use super::value::{day_range, DateValue, Period};
use crate::lex::calendar::*;
use crate::lex::words::{self, Unit};

/// How many days ahead of publication the closing day of a period told as
/// "ended" may lie (the writer names the running quarter by its close).
const ENDED_AHEAD: i64 = 62;

/// The `n` months that end with month `m` of year `y`: a calendar quarter
/// or half when they make one ("three months ending in September" is the
/// third quarter), else the interval of months ("the quarter ended
/// November 30" of a retailer is September to November).
pub(crate) fn months_ending(y: i32, m: u32, n: u32) -> DateValue {
    match n {
        3 if m % 3 == 0 => DateValue::Unit(Period::quarter(y, m / 3)),
        6 if m % 6 == 0 => DateValue::Unit(Period::half(y, m / 6)),
        12 if m == 12 => DateValue::Unit(Period::year(y)),
        _ => {
            let (y0, m0) = add_months(y, m, 1 - i64::from(n));
            DateValue::Interval(Some(Period::month(y0, m0)), Some(Period::month(y, m)))
        }
    }
}

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
        "quarter"
            | "quarters"
            | "year"
            | "half"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "period"
            | "periods"
    )
}

impl P<'_> {
    /// The value of a year-less day or month starting at token `s` that
    /// closes a reporting period, or `None` when it does not follow one.
    pub(crate) fn period_close(&self, mt: &M, s: usize) -> Option<DateValue> {
        if mt.mode != Mode::Plain {
            return None;
        }
        let close = match self.close_cue(s)? {
            // "sales in the week ending May 3 rose": a period told in the
            // past tense has closed (or closes within weeks: a quarter
            // named by its close while it runs)
            Close::Ending if self.tense(s, mt.end) == Tense::Past => Close::Ended,
            c => c,
        };
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

    /// Rule `trailing_period`: a stretch of whole units named by its close,
    /// "the three months to June", "the 12 months through September", "the
    /// year to March", "the six months ended June 30", "the four weeks
    /// ending Feb. 3", "the financial year ended 30 June": the units that end with the closing month (or day,
    /// for weeks and days). The expression is the period up to its noun;
    /// the closing day or month stays a date of its own, resolved as
    /// [`P::period_close`] reads it (a past clause's period has closed).
    pub(crate) fn trailing_period(&self, i: usize) -> Option<M> {
        if !self.is(i, "the") {
            return None;
        }
        let mut k = i + 1;
        if matches!(self.w(k), "past" | "last" | "previous") {
            k += 1;
        }
        // "the financial year ended 30 June", "the fiscal half to
        // December": a company's or a state's year named by its close
        if matches!(self.w(k), "financial" | "fiscal")
            && matches!(self.w(k + 1), "year" | "half" | "quarter")
        {
            k += 1;
        }
        let (n, e) = match words::unit(self.w(k)) {
            // "the year to March": one unit, singular
            Some(_) if !self.w(k).ends_with('s') => (1, k),
            Some(_) => return None,
            None => {
                let (n, e) = self.qty(k)?;
                (n, e)
            }
        };
        let u = words::unit(self.w(e))?;
        if n == 0 || n > 60 || (n > 1) != self.w(e).ends_with('s') {
            return None;
        }
        let mut j = e + 1;
        match self.w(j) {
            "to" | "through" | "ended" | "ending" => j += 1,
            _ => return None,
        }
        if matches!(self.w(j), "in" | "on") {
            j += 1;
        }
        let a = better(self.month_first(j), self.day_first(j, MAX_DEPTH))?;
        if !matches!(a.cal, Cal::Ymd { wd: None, .. } | Cal::Ym { .. }) {
            return None;
        }
        let rel = a.cal.yearless();
        let DateValue::Unit(close) = self.resolve(&a, j) else {
            return None;
        };
        let n = i64::from(n);
        let (y, m, _) = civil_from_days(close.last());
        let months = |count: i64| {
            let count = u32::try_from(count).ok()?;
            Some(months_ending(y, m, count))
        };
        let v = match (u, close.grain()) {
            (Unit::Month, _) => months(n)?,
            (Unit::Quarter, _) => months(3 * n)?,
            (Unit::Year, _) => months(12 * n)?,
            (Unit::Week, Grain::Day) => day_range(close.d - 7 * n + 1, close.d),
            (Unit::Day, Grain::Day) => day_range(close.d - n + 1, close.d),
            _ => return None,
        };
        Some(M {
            end: e + 1,
            cal: Cal::V(v),
            rel,
            mode: Mode::Plain,
        })
    }

    /// The month a reporting period that ends at token `e` closes in,
    /// when its closing day or month is written right after it: "the
    /// fiscal first quarter ended Sept. 30", "the first half, which ended
    /// June 30", "the quarter ending in March" (the day resolved as
    /// [`P::period_close`] reads it). A company's quarter is the three
    /// months up to that day whatever its number: the fiscal first quarter
    /// that ended September 30 is July to September.
    pub(crate) fn closing_month_after(&self, e: usize) -> Option<(i32, u32)> {
        let mut j = e;
        if self.p(j, ",") && matches!(self.w(j + 1), "which" | "that") {
            j += 2;
        } else if matches!(self.w(j), "which" | "that") {
            j += 1;
        }
        match self.w(j) {
            "ended" | "ending" | "ends" => {}
            "to" | "through" if j == e => {}
            _ => return None,
        }
        j += 1;
        if matches!(self.w(j), "in" | "on") {
            j += 1;
        }
        let a = better(self.month_first(j), self.day_first(j, MAX_DEPTH))?;
        if !matches!(a.cal, Cal::Ymd { .. } | Cal::Ym { .. }) {
            return None;
        }
        let DateValue::Unit(p) = self.resolve(&a, j) else {
            return None;
        };
        if !matches!(p.grain(), Grain::Day | Grain::Month) {
            return None;
        }
        let (y, m, _) = civil_from_days(p.last());
        Some((y, m))
    }
}
