//! Weekends named for the holiday the story tells of: "the long
//! weekend", "the holiday weekend", "the bank holiday weekend", "the
//! festive weekend". The holiday is the one the text names nearest
//! ("crowds over the holiday weekend … fireworks on the Fourth of July");
//! with none in reach the expression is a date of unknown value.

use super::super::grammar::*;
use super::super::holidays::{is_observance, HRule, Wk, HOLIDAYS};
use super::super::value::{day_range, DateValue};
use super::holiday::holidays_by_first_word;
use super::{Rule, Starts};
use crate::lex::calendar::civil_from_days;

/// How many tokens either side of a named weekend the holiday it belongs
/// to may be named: about five sentences.
const HOLIDAY_REACH: usize = 150;

/// The longest holiday, in days, a weekend is named for (a feast of
/// several days is kept whole).
const LONGEST_FEAST: i64 = 4;

impl P<'_> {
    /// Rule `weekend_of_the_told_holiday`: "the long weekend", "the
    /// holiday weekend", "the bank holiday weekend", "the festive
    /// weekend": the weekend of the holiday named nearest in the text,
    /// with its day off ([`Wk::Long`]) unless it is only "festive".
    pub(crate) fn named_weekend(&self, i: usize, depth: u32) -> Option<M> {
        if !matches!(self.w(i), "the" | "this") {
            return None;
        }
        let (wk, end) = match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            ("long" | "holiday", "weekend", _) => (Wk::Long, i + 3),
            ("bank", "holiday", "weekend") => (Wk::Long, i + 4),
            ("festive", "weekend", _) => (Wk::Weekend, i + 3),
            _ => return None,
        };
        let v = self
            .holiday_told_near(i, end, depth)
            .map_or(DateValue::Unresolved, |s| {
                let (a, b) = wk.apply(s, self.locale.region == crate::lex::Region::Us);
                day_range(a, b)
            });
        mr(end, Cal::V(v))
    }

    /// The days of the holiday named nearest to tokens `[s, e)`, within
    /// [`HOLIDAY_REACH`] tokens, as the text resolves it (a feast of at
    /// most [`LONGEST_FEAST`] days): by its name ("Easter Monday"), or by
    /// the day of a holiday of fixed date ("the Fourth of July", "on July
    /// 1" in Canada).
    fn holiday_told_near(&self, s: usize, e: usize, depth: u32) -> Option<(i64, i64)> {
        let index = holidays_by_first_word();
        let lo = s.saturating_sub(HOLIDAY_REACH);
        let hi = (e + HOLIDAY_REACH).min(self.t.len());
        let mut best: Option<(usize, (i64, i64))> = None;
        let mut k = lo;
        while k < hi {
            if (s..e).contains(&k) || !self.may_open(k) {
                k += 1;
                continue;
            }
            let named = index
                .contains_key(self.w(k))
                .then(|| self.holiday(k))
                .flatten();
            let Some(m) = named.or_else(|| self.atom(k, depth + 1)) else {
                k += 1;
                continue;
            };
            let days = self
                .resolve(&m, k)
                .days()
                .filter(|&(a, b)| named.is_some() || a == b && self.fixed_holiday_on(a));
            if let Some((a, b)) = days.filter(|(a, b)| b - a < LONGEST_FEAST) {
                let far = if k < s { s - k } else { k - e };
                if best.is_none_or(|(d, _)| far < d) {
                    best = Some((far, (a, b)));
                }
            }
            k = m.end.max(k + 1);
        }
        best.map(|(_, d)| d)
    }

    /// Whether day `z` is the day of a holiday of fixed date in this
    /// text's locale (Independence Day, Canada Day, Christmas Day).
    fn fixed_holiday_on(&self, z: i64) -> bool {
        let (_, m, d) = civil_from_days(z);
        (0..HOLIDAYS.len()).any(|h| {
            matches!(self.holiday_rule(h), Some(HRule::Fixed(hm, hd)) if hm == m && hd == d)
                && !is_observance(h)
        })
    }
}

/// The named-weekend rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "the long|holiday|bank holiday|festive weekend (of the told holiday)",
    run: |p, i, d| p.named_weekend(i, d),
    starts: Starts {
        classes: 0,
        words: &["the", "this"],
    },
    examples: &[
        (
            "Beaches filled over [the long weekend], and on Easter Monday the roads were jammed.",
            "2024-04-03",
            "2024-03-30/2024-04-01",
        ),
        (
            "Police logged 300 noise complaints over [the holiday weekend]; most came on Independence Day itself, a Saturday.",
            "2026-07-06",
            "2026-07-03/2026-07-05",
        ),
        (
            "Shops were quiet over [the long weekend], the council said.",
            "2024-04-03",
            "null",
        ),
    ],
}];
