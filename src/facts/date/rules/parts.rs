//! Parts of a period: "the end of 2023", "mid-2024", "early December",
//! "the beginning of next week", "late last month", "the first half of
//! 2020", "the end of the month", and the BOM / EOM / BOY / EOY shorthand.

use super::super::grammar::*;
use super::super::value::{day_range, DateValue, Grain, Period};
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::words::{self, Unit};
use crate::lex::Kind;

impl P<'_> {
    /// Parts of a period: "the end of 2023", "mid-2024", "early December",
    /// "the beginning of next week", "late last month", "the first half of
    /// 2020", "the end of the month".
    pub(crate) fn parts(&self, i: usize, depth: u32) -> Option<M> {
        #[derive(Clone, Copy)]
        enum Part {
            Begin,
            End,
            Early,
            Mid,
            Late,
            H1,
            H2,
        }
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        // business shorthand: BOM / EOM / BOY / EOY (upper case only)
        let abbr = self.t.get(k).filter(|t| t.kind == Kind::Word);
        if let Some(t) = abbr {
            let upper = self.is_upper(k);
            let part = match self.t.low_of(t) {
                "bom" | "boy" => Some(Part::Begin),
                "eom" | "eoy" => Some(Part::End),
                _ => None,
            };
            if let (Some(part), true) = (part, upper) {
                let Some(z) = self.pub_day else {
                    return mr(k + 1, Cal::V(DateValue::Unresolved));
                };
                let (y, mo, _) = civil_from_days(z);
                let v = match (part, self.t.low_of(t).ends_with('m')) {
                    (Part::Begin, true) => {
                        let a = days_from_civil(y, mo, 1);
                        day_range(a, a + 9)
                    }
                    (_, true) => day_range(
                        days_from_civil(y, mo, 21),
                        days_from_civil(y, mo, month_len(y, mo)),
                    ),
                    (Part::Begin, false) => {
                        DateValue::Interval(Some(Period::month(y, 1)), Some(Period::month(y, 4)))
                    }
                    (_, false) => {
                        DateValue::Interval(Some(Period::month(y, 9)), Some(Period::month(y, 12)))
                    }
                };
                return mr(k + 1, Cal::V(v));
            }
        }
        let (part, j) = match (self.w(k), self.w(k + 1)) {
            ("beginning" | "start", "of") if self.is(k + 2, "around") => (Part::Begin, k + 3),
            ("beginning" | "start", "of") => (Part::Begin, k + 2),
            ("end", "of") => (Part::End, k + 2),
            ("middle", "of") => (Part::Mid, k + 2),
            ("first" | "1st", "half") if self.is(k + 2, "of") => (Part::H1, k + 3),
            ("second" | "2nd" | "last", "half") if self.is(k + 2, "of") => (Part::H2, k + 3),
            ("early", _) => (Part::Early, if self.p(k + 1, "-") { k + 2 } else { k + 1 }),
            ("late", _) => (Part::Late, if self.p(k + 1, "-") { k + 2 } else { k + 1 }),
            ("mid", _) => (Part::Mid, if self.p(k + 1, "-") { k + 2 } else { k + 1 }),
            _ => {
                // "midyear", "mid-month" handled as words
                return None;
            }
        };
        if depth >= MAX_DEPTH {
            return None;
        }
        // the period
        let z = self.pub_day;
        let mut unit_pt: Option<(Period, usize, bool)> = None;
        // "the month", "month", "the year", "this week", "next year" …
        {
            let mut q = j;
            if self.is(q, "the") {
                q += 1;
            }
            let off = match self.w(q) {
                "this" | "current" => Some((0i64, q + 1)),
                "next" | "following" => Some((1, q + 1)),
                "last" | "previous" | "past" => Some((-1, q + 1)),
                _ => None,
            };
            let (off, q2) = off.unwrap_or((0, q));
            if let Some(u) = words::unit(self.w(q2)) {
                if matches!(
                    u,
                    Unit::Week | Unit::Month | Unit::Year | Unit::Quarter | Unit::Decade
                ) && !self.w(q2).ends_with('s')
                {
                    match z {
                        Some(z) => unit_pt = Some((self.unit_at(u, z).shift(off), q2 + 1, true)),
                        None => return mr(q2 + 1, Cal::V(DateValue::Unresolved)),
                    }
                }
            }
        }
        if unit_pt.is_none() {
            let inner = better(
                better(self.month_first(j), self.year_expr_loose(j)),
                self.decade(j),
            )?;
            match inner.cal {
                Cal::Ym { .. }
                | Cal::Y(_)
                | Cal::V(DateValue::Unit(Period {
                    g: Grain::Decade | Grain::Century,
                    ..
                })) => {}
                _ => return None,
            }
            let v = self.resolve(&inner, j);
            match v {
                DateValue::Unit(p) => unit_pt = Some((p, inner.end, inner.rel)),
                DateValue::Month(mo) => return m(inner.end, Cal::V(DateValue::Month(mo))),
                _ => return None,
            }
        }
        let (p, end, rel) = unit_pt?;
        let (y, mo, _) = civil_from_days(p.d);
        let months = |a: u32, b: u32| {
            DateValue::Interval(Some(Period::month(y, a)), Some(Period::month(y, b)))
        };
        let days = |a: i64, b: i64| day_range(p.d + a, (p.d + b).min(p.last()));
        let v = match p.g {
            Grain::Month => {
                let last = i64::from(month_len(y, mo)) - 1;
                match part {
                    Part::Begin => days(0, 9),
                    Part::End => days(20, last),
                    Part::Early | Part::H1 => days(0, 14),
                    Part::Late | Part::H2 => days(15, last),
                    Part::Mid => days(10, 19),
                }
            }
            Grain::Year => match part {
                Part::Begin => months(1, 4),
                Part::End => months(9, 12),
                Part::Early | Part::H1 => DateValue::Unit(Period::half(y, 1)),
                Part::Late | Part::H2 => DateValue::Unit(Period::half(y, 2)),
                Part::Mid => months(5, 8),
            },
            Grain::Week => match part {
                Part::Begin | Part::Early | Part::H1 => days(0, 2),
                Part::End => days(4, 6),
                Part::Late | Part::H2 => days(3, 6),
                Part::Mid => days(1, 3),
            },
            Grain::Decade => {
                let yr = |a: i32, b: i32| {
                    DateValue::Interval(Some(Period::year(y + a)), Some(Period::year(y + b)))
                };
                match part {
                    Part::Begin | Part::Early => yr(0, 3),
                    Part::Mid => yr(3, 6),
                    Part::End | Part::Late => yr(7, 9),
                    Part::H1 => yr(0, 4),
                    Part::H2 => yr(5, 9),
                }
            }
            Grain::Quarter => {
                let (a, b) = match part {
                    Part::Begin | Part::Early | Part::H1 => (0, 0),
                    Part::Mid => (1, 1),
                    _ => (2, 2),
                };
                DateValue::Interval(
                    Some(Period::month(y, mo + a)),
                    Some(Period::month(y, mo + b)),
                )
            }
            _ => return None,
        };
        Some(M {
            end,
            cal: Cal::V(v),
            rel,
            mode: Mode::Plain,
        })
    }
}

/// The parts-of-a-period rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "the beginning|middle|end of, early|mid|late, the first|second half of <period>",
    run: |p, i, d| p.parts(i, d),
    starts: Starts {
        classes: 0,
        words: &[
            "the",
            "bom",
            "boy",
            "eom",
            "eoy",
            "beginning",
            "start",
            "end",
            "middle",
            "first",
            "1st",
            "second",
            "2nd",
            "last",
            "early",
            "late",
            "mid",
        ],
    },
    examples: &[
        (
            "Output recovered at [the end of 2023].",
            "-",
            "2023-09/2023-12",
        ),
        ("A vote is expected [mid-2024].", "-", "2024-05/2024-08"),
        (
            "Snow fell in [early December].",
            "2023-12-20",
            "2023-12-01/2023-12-15",
        ),
        (
            "Work starts at [the beginning of next week].",
            "2024-03-20",
            "2024-03-25/2024-03-27",
        ),
        (
            "Sales slowed in [the first half of 2020].",
            "-",
            "2020-01/2020-06",
        ),
        (
            "Rent is due at [the end of the month].",
            "2024-03-20",
            "2024-03-21/2024-03-31",
        ),
    ],
}];
