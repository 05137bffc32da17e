//! Counted spans back or ahead of publication: "the past 2 weeks", "the
//! next 3 days", "within the next 10 months", "5 upcoming years", "the
//! next 4 business days"; and, with a singular unit, the one unit that
//! many away ("upcoming two week" is the second week ahead).

use super::super::grammar::*;
use super::super::tense::Tense;
use super::super::value::{day_range, DateValue};
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::words::{self, Unit};

impl P<'_> {
    /// Counted spans back or ahead of publication: "the past 2 weeks", "the
    /// next 3 days", "within the next 10 months", "5 upcoming years", "the next
    /// 4 business days".
    pub(crate) fn counted_span(&self, i: usize, _depth: u32) -> Option<M> {
        let z = self.pub_day;
        let null = || Cal::V(DateValue::Unresolved);
        // counted: "the past 2 weeks", "next 3 days", "within the next 10 months",
        // "3 next weeks", "5 upcoming years", "10 previous weeks"
        let mut within = false;
        let mut k2 = i;
        if self.is(k2, "within") {
            within = true;
            k2 += 1;
        }
        if self.is(k2, "the") {
            k2 += 1;
        }
        let dir = |w: &str| match w {
            "next" | "coming" | "upcoming" | "following" => Some(1i64),
            "last" | "past" | "previous" | "prior" => Some(-1),
            _ => None,
        };
        let counted = if let Some(d) = dir(self.w(k2)) {
            self.qty(k2 + 1).map(|(n, e)| (d, n, e))
        } else if let Some((n, e)) = self.qty(k2) {
            if within {
                Some((1, n, e))
            } else {
                dir(self.w(e)).map(|d| (d, n, e + 1))
            }
        } else {
            None
        };
        if !within {
            // the count first only before "upcoming" ("two upcoming day"):
            // "we will be 3 next week", "turns 40 next year" count people
            // and years of age
            let count_first = dir(self.w(k2)).is_none();
            let nth = counted.filter(|&(_, _, e)| !count_first || self.is(e - 1, "upcoming"));
            if let Some(hit) = nth.and_then(|(d, n, e)| self.nth_unit_away(d, n, e)) {
                return Some(hit);
            }
        }
        let counted = counted.filter(|&(_, n, e)| n == 1 || self.w(e).ends_with('s'));
        // "sold out within a week", "was rebuilt within two years": in a
        // past sentence, how long something took, not days from
        // publication
        if within && counted.is_some_and(|(_, _, e)| self.tense(i, e + 1) == Tense::Past) {
            return None;
        }
        // "is expected to last two weeks", "could last 10 days": the verb
        // "last" and a length of time, no period before publication
        let verb_last = self.is(k2, "last")
            && k2 == i
            && i > 0
            && (verb_lead(self.w(i - 1))
                || matches!(
                    self.w(i - 1),
                    "usually" | "typically" | "normally" | "often"
                ));
        if verb_last {
            return None;
        }
        if let Some((d, n, e)) = counted {
            // "the next 4 business days": weekdays only
            if matches!(self.w(e), "business" | "working" | "work")
                && matches!(self.w(e + 1), "days" | "day")
                && (1..=1000).contains(&n)
            {
                let end = e + 2;
                let Some(z) = z else { return mr(end, null()) };
                let (mut cur, mut first, mut left) = (z, None, n);
                while left > 0 {
                    cur += d;
                    if weekday(cur) < 5 {
                        left -= 1;
                        first.get_or_insert(cur);
                    }
                }
                let first = first.unwrap_or(cur);
                let (a, b) = if d > 0 { (first, cur) } else { (cur, first) };
                return mr(end, Cal::V(day_range(a, b)));
            }
            if let Some(u) = words::unit(self.w(e)) {
                if (1..=1000).contains(&n) {
                    let (more, end) = self.more_units(e + 1, true);
                    let Some(z) = z else { return mr(end, null()) };
                    let n = i64::from(n);
                    let v = match u {
                        Unit::Decade | Unit::Century | Unit::Quarter => {
                            let p = self.unit_at(u, z);
                            if d > 0 {
                                DateValue::Interval(Some(p.shift(1)), Some(p.shift(n)))
                            } else {
                                DateValue::Interval(Some(p.shift(-n)), Some(p.shift(-1)))
                            }
                        }
                        _ => {
                            if d > 0 {
                                // "within 5 days" is the publication day and the 4 after it
                                let (s, back) = if within { (z, 1) } else { (z + 1, 0) };
                                day_range(s, self.shift_all(z, (u, n), &more, 1) - back)
                            } else {
                                day_range(self.shift_all(z, (u, n), &more, -1), z - 1)
                            }
                        }
                    };
                    return mr(end, Cal::V(v));
                }
            }
        }
        None
    }

    /// A count before a singular unit names one unit, that many away:
    /// "upcoming two week" is the second week ahead, "two upcoming day"
    /// the day after tomorrow ("the next two weeks", plural, is the span).
    /// Not when a noun follows: "the next two year period" is a length.
    /// `d` is +1 ahead or -1 back, `n` the count, `e` the unit's token.
    fn nth_unit_away(&self, d: i64, n: u32, e: usize) -> Option<M> {
        let low = self.w(e);
        if !(2..=1000).contains(&n) || low.ends_with('s') {
            return None;
        }
        let u = words::unit(low)?;
        if !matches!(
            u,
            Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
        ) {
            return None;
        }
        if self.noun_follows(e + 1) {
            return None;
        }
        let Some(z) = self.pub_day else {
            return mr(e + 1, Cal::V(DateValue::Unresolved));
        };
        let p = self.unit_at(u, z).shift(d * i64::from(n));
        mr(e + 1, Cal::V(DateValue::Unit(p)))
    }
}

/// The counted-span rules.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "the past|next N <units>, within N <units>",
    run: |p, i, d| p.counted_span(i, d),
    starts: Starts {
        classes: super::NUM | super::NUMBER_WORD | super::SHIFT,
        words: &["within", "the", "a", "an", "couple", "few"],
    },
    examples: &[
        (
            "Cases doubled over [the past 2 weeks].",
            "2024-03-20",
            "2024-03-06/2024-03-19",
        ),
        (
            "Rain is forecast for [the next 3 days].",
            "2024-03-20",
            "2024-03-21/2024-03-23",
        ),
        (
            "A ruling is due [within 5 days].",
            "2024-03-20",
            "2024-03-20/2024-03-24",
        ),
        (
            "Deliveries take [the next 4 business days].",
            "2024-03-20",
            "2024-03-21/2024-03-26",
        ),
    ],
}];
