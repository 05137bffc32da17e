//! Days and periods told beside a named date: "the day after Christmas",
//! "the week before Easter", "the month after March 2020", "the Friday before
//! Thanksgiving", "the Sunday after Easter", and twice removed from
//! publication: "the week before last", "the Tuesday before last", "the
//! year after next" (duckling's `the <cycle> after|before <time>`,
//! `<day-of-week> after|before <time>` and `<time> before last|after
//! next`).
//!
//! News dates an event by a day everyone knows: "shoppers crowded the malls
//! the day after Thanksgiving", "the Friday before Christmas". Only a date
//! the grammar reads is an anchor: "the day after the election" counts
//! from an event no date names, and "the day after Sunday's vote" from a
//! happening, so neither is read here.

use super::super::grammar::*;
use super::super::value::{day_range, DateValue, Grain, Period};
use super::anchored::unit_grain;
use super::{Rule, Starts};
use crate::lex::calendar::{monday_of, weekday};
use crate::lex::words::{self, Unit};

impl P<'_> {
    /// The date read at `j` as the anchor of a day or period told beside
    /// it (the expression starts at `s`), with its first and last day and
    /// the match: `None` unless a date starts right there and is not the
    /// owner of a happening ("Sunday's vote").
    fn beside_anchor(&self, s: usize, j: usize, depth: u32) -> Option<(Period, Period, M)> {
        let a = self.atom(j, depth + 1)?;
        if self.p(a.end, "'") || self.p(a.end, "’") {
            return None;
        }
        // the tense of the whole expression's clause picks a year-less
        // anchor's occurrence ("the day after Christmas" last December)
        let v = self.resolve(&a, s);
        let (first, last) = self.bounds(&v)?;
        Some((first, last, a))
    }

    /// "before last" / "after next" ending at `k` ("last" or "next" at
    /// `k`, nothing more of a date after it): the publication day and
    /// the direction (-1 back, +1 ahead). With no publication date the
    /// day is `None`: "the week before last" is then a date left
    /// unresolved.
    fn twice_removed(&self, k: usize, after: bool) -> Option<(Option<i64>, i64)> {
        let sign = match (after, self.w(k)) {
            (false, "last") => -1,
            (true, "next") => 1,
            _ => return None,
        };
        // "the Tuesday before last year's vote": "last" opens a phrase
        if self.noun_follows(k + 1) || self.p(k + 1, "'") || self.p(k + 1, "’") {
            return None;
        }
        Some((self.pub_day, sign))
    }

    /// `the day|week|month after|before <date>`: the unit next to the one
    /// holding the anchor's last day (after) or first day (before). The
    /// anchor must be no coarser than the unit ("the day after 2015" names
    /// no day). And "the day|week|month|quarter|year before last|after
    /// next": two units from the one holding publication.
    pub(crate) fn unit_beside(&self, i: usize, depth: u32) -> Option<M> {
        if !self.is(i, "the") {
            return None;
        }
        let u = words::unit(self.w(i + 1))?;
        if !matches!(
            u,
            Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
        ) || self.w(i + 1).ends_with('s')
        {
            return None;
        }
        let after = match self.w(i + 2) {
            "after" => true,
            "before" => false,
            _ => return None,
        };
        if let Some((z, sign)) = self.twice_removed(i + 3, after) {
            // "the week before last", "the year after next"
            let v = z.map_or(DateValue::Unresolved, |z| {
                DateValue::Unit(self.unit_at(u, z).shift(2 * sign))
            });
            return mr(i + 4, Cal::V(v));
        }
        // "the year before 2015" is as often "the year" and "before
        // 2015": a year or quarter beside a date is left to those rules
        if !matches!(u, Unit::Day | Unit::Week | Unit::Month) {
            return None;
        }
        let (first, last, a) = self.beside_anchor(i, i + 3, depth)?;
        if first.g > unit_grain(u) || last.g > unit_grain(u) {
            return None;
        }
        let p = if after {
            self.unit_at(u, last.last()).shift(1)
        } else {
            self.unit_at(u, first.d).shift(-1)
        };
        Some(M {
            end: a.end,
            cal: Cal::V(DateValue::Unit(p)),
            rel: a.rel,
            mode: Mode::Plain,
        })
    }

    /// `the <weekday> after|before <date>`: the first such weekday after
    /// the anchor's last day or before its first day.
    pub(crate) fn weekday_beside(&self, i: usize, depth: u32) -> Option<M> {
        if !self.is(i, "the") {
            return None;
        }
        let low = self.w(i + 1);
        let (wd, _) = words::weekday(low)?;
        if low.ends_with('s') && low.len() > 4 {
            return None;
        }
        let after = match self.w(i + 2) {
            "after" => true,
            "before" => false,
            _ => return None,
        };
        let Some((first, last, a)) = self.beside_anchor(i, i + 3, depth) else {
            // "the Tuesday before last": the one before the last one
            let (z, sign) = self.twice_removed(i + 3, after)?;
            let v = z.map_or(DateValue::Unresolved, |z| {
                DateValue::Unit(Period::day(nth_weekday_beside(wd, 2, sign > 0, z, z)))
            });
            return mr(i + 4, Cal::V(v));
        };
        let day = nth_weekday_beside(wd, 1, after, first.d, last.last());
        Some(M {
            end: a.end,
            cal: Cal::V(DateValue::Unit(Period::day(day))),
            rel: a.rel,
            mode: Mode::Plain,
        })
    }
}

impl P<'_> {
    /// `the weekend of|before|after <date>`, "the weekend before last":
    /// a Saturday and Sunday. The weekend of a day is the one holding it
    /// (or the one starting the next day, for a Friday); of a day from
    /// Monday to Thursday the text does not say which: a date left
    /// unresolved (not "the weekend" of publication).
    pub(crate) fn weekend_beside(&self, i: usize, depth: u32) -> Option<M> {
        if !self.is(i, "the") || !self.is(i + 1, "weekend") {
            return None;
        }
        let rel = self.w(i + 2);
        if rel == "before" {
            if let Some((z, _)) = self.twice_removed(i + 3, false) {
                let v = z.map_or(DateValue::Unresolved, |z| {
                    let sat = monday_of(z) - 14 + i64::from(SATURDAY);
                    day_range(sat, sat + 1)
                });
                return mr(i + 4, Cal::V(v));
            }
        }
        if !matches!(rel, "of" | "before" | "after") {
            return None;
        }
        let (first, last, a) = self.beside_anchor(i, i + 3, depth)?;
        let sat = match rel {
            "of" => {
                if first.g != Grain::Day {
                    return None;
                }
                match weekday(first.d) {
                    4 => first.d + 1,
                    5 => first.d,
                    6 => first.d - 1,
                    // a weekend, but not one this day can name
                    _ => return mr(a.end, Cal::V(DateValue::Unresolved)),
                }
            }
            "before" => nth_weekday_beside(SUNDAY, 1, false, first.d, last.last()) - 1,
            _ => nth_weekday_beside(SATURDAY, 1, true, first.d, last.last()),
        };
        Some(M {
            end: a.end,
            cal: Cal::V(day_range(sat, sat + 1)),
            rel: a.rel,
            mode: Mode::Plain,
        })
    }
}

/// Saturday as [`weekday`] numbers it (0 = Monday).
pub(crate) const SATURDAY: u32 = 5;
/// Sunday as [`weekday`] numbers it.
const SUNDAY: u32 = 6;

/// The `n`th weekday `wd` (0 = Monday) after day `last` or before day
/// `first` (`n` ≥ 1).
pub(crate) fn nth_weekday_beside(wd: u32, n: i64, after: bool, first: i64, last: i64) -> i64 {
    let wd = i64::from(wd);
    if after {
        let from = last + 1;
        from + (wd - i64::from(weekday(from))).rem_euclid(7) + 7 * (n - 1)
    } else {
        let from = first - 1;
        from - (i64::from(weekday(from)) - wd).rem_euclid(7) - 7 * (n - 1)
    }
}

/// The rules of days and periods beside a named date.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "the day|week|month after|before <date>, the <unit> before last|after next",
        run: |p, i, d| p.unit_beside(i, d),
        starts: Starts {
            classes: 0,
            words: &["the"],
        },
        examples: &[
            (
                "Shops reopened [the day after Christmas], the chamber said.",
                "2023-01-09",
                "2022-12-26",
            ),
            (
                "Traffic peaks [the day before Thanksgiving].",
                "2024-03-20",
                "2024-11-27",
            ),
            (
                "Bookings doubled in [the week after Easter 2019].",
                "-",
                "2019-W17",
            ),
            (
                "Rents climbed in [the month after March 2020].",
                "-",
                "2020-04",
            ),
            (
                "The pipeline leaked [the week before last], the regulator said.",
                "2024-03-20",
                "2024-W10",
            ),
            (
                "The stadium is due to open [the year after next].",
                "2024-03-20",
                "2026",
            ),
        ],
    },
    Rule {
        name: "the <weekday> after|before <date>",
        run: |p, i, d| p.weekday_beside(i, d),
        starts: Starts {
            classes: 0,
            words: &["the"],
        },
        examples: &[
            (
                "The stores opened early on [the Friday before Christmas].",
                "2024-01-08",
                "2023-12-22",
            ),
            (
                "The band plays [the Sunday after Easter 2025].",
                "-",
                "2025-04-27",
            ),
            (
                "Polls opened [the Tuesday after November 1, 2022].",
                "-",
                "2022-11-08",
            ),
            (
                "The ferry last sailed [the Sunday before last].",
                "2024-03-20",
                "2024-03-10",
            ),
        ],
    },
    Rule {
        name: "the weekend of|before|after <date>, the weekend before last",
        run: |p, i, d| p.weekend_beside(i, d),
        starts: Starts {
            classes: 0,
            words: &["the"],
        },
        examples: &[
            (
                "Both teams rest [the weekend of June 8, 2024].",
                "-",
                "2024-06-08/2024-06-09",
            ),
            (
                "Roads were jammed [the weekend before Easter 2023].",
                "-",
                "2023-04-01/2023-04-02",
            ),
            (
                "Two shops were looted [the weekend before last].",
                "2024-03-20",
                "2024-03-09/2024-03-10",
            ),
        ],
    },
];
