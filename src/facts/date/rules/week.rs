//! Weeks: "week 49", "week 31 of 2018" (not the weeks of a schedule:
//! "Week 3" of a season, "week 12 of the trial"), "the first week of October
//! 2014", "the last week of July", "the week of October 6th", "w/c Feb
//! 4", "the week beginning February 4", "the week ending March 8", "the
//! third month of 2021".

use super::super::grammar::*;
use super::super::value::{day_range, DateValue, Grain, Period};
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::words::{self, Unit};

impl P<'_> {
    /// Weeks: "week 49", "week 31 of 2018", "the first week of October
    /// 2014", "the last week of July", "the third last week of 2018", "the
    /// week of October 6th", "w/c Feb 4", "the week beginning February 4".
    pub(crate) fn week_of(&self, i: usize, depth: u32) -> Option<M> {
        let z = self.pub_day;
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        // week N [of YEAR]
        if self.is(k, "week") || self.is(k, "wk") {
            if let Some(t) = self.numtok(k + 1) {
                if (1..=53).contains(&t.num) && t.ndig <= 2 && self.num_ok(k + 1) {
                    let w = t.num as u32;
                    let mut e = k + 2;
                    let mut y = None;
                    let mut j = e;
                    if self.is(j, "of") || self.is(j, "in") || self.p(j, ",") {
                        j += 1;
                    }
                    let mut rel_y = false;
                    if let Some((yy, ye)) = self.year(j, false) {
                        y = Some(yy);
                        e = ye;
                    } else if let Some((yy, ye)) = self.rel_year_after(e) {
                        y = Some(yy);
                        e = ye;
                        rel_y = true;
                    }
                    let (y, rel) = match (y, z) {
                        (Some(y), _) if rel_y => (y, true),
                        (Some(y), _) => (y, false),
                        // "week 12 of the trial": a week that counts a
                        // schedule, not the calendar
                        (None, _) if self.is(k + 2, "of") => return None,
                        // "Week 3" of a league's season: a time of the
                        // story whose calendar week the text does not give
                        (None, _)
                            if (self.cap(k) && !self.sentence_start(k))
                                || self.sports_clause(i, e) =>
                        {
                            return mr(e, Cal::V(DateValue::Unresolved))
                        }
                        (None, Some(z)) => (iso_week(z).0, true),
                        (None, None) => return mr(e, Cal::V(DateValue::Unresolved)),
                    };
                    if w > iso_weeks_in_year(y) {
                        return None;
                    }
                    return Some(M {
                        end: e,
                        cal: Cal::V(DateValue::Unit(Period::week(iso_week_start(y, w)))),
                        rel,
                        mode: Mode::Plain,
                    });
                }
            }
            // the week of DATE / week beginning DATE
            let mut j = k + 1;
            let of = self.is(j, "of");
            // rule `week_ending`: "the week ending March 8", "the week
            // ended Friday", "the week to 8 March": the seven days that
            // close on that day (weekly figures, jobless claims)
            let ending = matches!(self.w(j), "ending" | "ended" | "to");
            if ending || matches!(self.w(j), "beginning" | "starting" | "commencing") {
                j += 1;
                if self.is(j, "on") {
                    j += 1;
                }
            } else if of {
                j += 1;
            } else {
                return None;
            }
            if depth >= MAX_DEPTH {
                return None;
            }
            let inner = match (self.is(j, "the"), self.small(j + 1)) {
                (true, Some((d, de, true, _)))
                    if (1..=31).contains(&d)
                        && words::month(self.w(de)).is_none()
                        && !self.is(de, "of") =>
                {
                    M {
                        end: de,
                        cal: Cal::Dwd { d, wd: None },
                        rel: true,
                        mode: Mode::Plain,
                    }
                }
                _ => self.atom(j, depth + 1)?,
            };
            let weekday_ok = ending && matches!(inner.cal, Cal::Wd(_));
            if !weekday_ok
                && !matches!(
                    inner.cal,
                    Cal::Ymd { .. } | Cal::Dwd { .. } | Cal::Hol { .. }
                )
            {
                return None;
            }
            // the tense of the whole expression, from where it opens
            let v = self.resolve(&inner, i);
            let DateValue::Unit(p) = v else {
                return Some(M {
                    end: inner.end,
                    cal: Cal::V(DateValue::Unresolved),
                    rel: true,
                    mode: Mode::Plain,
                });
            };
            if ending {
                if p.g != Grain::Day {
                    return None;
                }
                return Some(M {
                    end: inner.end,
                    cal: Cal::V(day_range(p.d - 6, p.d)),
                    rel: inner.rel,
                    mode: Mode::Plain,
                });
            }
            // a week named by its Sunday ("the week of Sunday, October
            // 6th") is the one that Sunday opens in the US reckoning: the
            // Monday-to-Sunday week after it
            let d = if weekday(p.d) == 6 { p.d + 1 } else { p.d };
            return Some(M {
                end: inner.end,
                cal: Cal::V(DateValue::Unit(Period::week(d))),
                rel: inner.rel,
                mode: Mode::Plain,
            });
        }
        if self.is(k, "w") && self.p(k + 1, "/") && self.is(k + 2, "c") {
            let inner = self.atom(k + 3, depth + 1)?;
            let v = self.resolve(&inner, k + 3);
            let DateValue::Unit(p) = v else { return None };
            return Some(M {
                end: inner.end,
                cal: Cal::V(DateValue::Unit(Period::week(p.d))),
                rel: inner.rel,
                mode: Mode::Plain,
            });
        }
        // the Nth / last (final) month of YEAR
        let month_nth = if super::last_of_a_series(self.w(k)) {
            Some((12, k + 1))
        } else {
            self.small(k)
                .filter(|&(n, _, ord, _)| ord && (1..=12).contains(&n))
                .map(|(n, e, _, _)| (n, e))
        };
        if let Some((n, e1)) = month_nth {
            if self.is(e1, "month") && (self.is(e1 + 1, "of") || self.is(e1 + 1, "in")) {
                let j = e1 + 2;
                if let Some(inner) = self.year_expr_loose(j) {
                    if let DateValue::Unit(p) = self.resolve(&inner, j) {
                        if p.g == Grain::Year {
                            return Some(M {
                                end: inner.end,
                                cal: Cal::V(DateValue::Unit(Period::month(p.y(), n))),
                                rel: inner.rel,
                                mode: Mode::Plain,
                            });
                        }
                    }
                }
            }
        }
        // Nth / last (final) / second last week of PERIOD
        let (nth, e1): (i64, usize) = if super::last_of_a_series(self.w(k)) {
            (-1, k + 1)
        } else {
            // up to the 53rd of a year ("the 27th week of 2019"), the
            // 6th of a month
            let (n, e1, ord, _) = self.small(k)?;
            if !ord || n == 0 || n > 53 {
                return None;
            }
            if self.is(e1, "last") {
                (-(i64::from(n)), e1 + 1)
            } else {
                (i64::from(n), e1)
            }
        };
        if !(self.is(e1, "week") && (self.is(e1 + 1, "of") || self.is(e1 + 1, "in"))) {
            return None;
        }
        let j = e1 + 2;
        // the period: month [year], year, this/next month/year
        let mut q = j;
        if self.is(q, "the") {
            q += 1;
        }
        let off = match self.w(q) {
            "this" | "current" => Some(0i64),
            "next" | "following" => Some(1),
            "last" | "previous" => Some(-1),
            _ => None,
        };
        let period: Option<(Period, usize, bool)> =
            if let (Some(off), Some(u)) = (off, words::unit(self.w(q + 1))) {
                let Some(z) = z else {
                    return mr(q + 2, Cal::V(DateValue::Unresolved));
                };
                match u {
                    Unit::Month | Unit::Year => Some((self.unit_at(u, z).shift(off), q + 2, true)),
                    _ => None,
                }
            } else {
                let inner = better(self.month_first(j), self.year_expr_loose(j))?;
                match inner.cal {
                    Cal::Ym { .. } | Cal::Y(_) => {}
                    _ => return None,
                }
                match self.resolve(&inner, j) {
                    DateValue::Unit(p) => Some((p, inner.end, inner.rel)),
                    _ => return mr(inner.end, Cal::V(DateValue::Unresolved)),
                }
            };
        let (p, end, rel) = period?;
        let start = match p.g {
            Grain::Year => {
                let y = p.y();
                let n = iso_weeks_in_year(y) as i64;
                let w = if nth > 0 { nth } else { n + 1 + nth };
                if w < 1 || w > n {
                    return None;
                }
                iso_week_start(y, w as u32)
            }
            Grain::Month if nth.abs() > 6 => return None,
            Grain::Month => {
                if nth > 0 {
                    monday_of(p.d) + 7 * (nth - 1)
                } else {
                    monday_of(p.last() + 1) - 7 + 7 * (nth + 1)
                }
            }
            _ => return None,
        };
        Some(M {
            end,
            cal: Cal::V(DateValue::Unit(Period::week(start))),
            rel,
            mode: Mode::Plain,
        })
    }
}

/// The week rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "week N [of year], the nth|last week of <month|year>, the week of <date>",
    run: |p, i, d| p.week_of(i, d),
    starts: Starts {
        classes: super::NUM | super::NUMBER_WORD,
        words: &["the", "week", "wk", "w", "last", "final"],
    },
    examples: &[
        ("Sales peaked in [week 49 of 2023].", "-", "2023-W49"),
        (
            "Flu cases peaked in [the 6th week of 2020].",
            "-",
            "2020-W06",
        ),
        (
            "The census closed in [the 40th week of 2018].",
            "-",
            "2018-W40",
        ),
        (
            "Mortgage applications fell in [the week ending Oct. 11].",
            "2024-10-16",
            "2024-10-05/2024-10-11",
        ),
        (
            "Footfall rose 3% in [the week to 6 April], the survey found.",
            "2024-04-10",
            "2024-03-31/2024-04-06",
        ),
        (
            "Jobless claims climbed in [the week ended Saturday].",
            "2024-04-11",
            "2024-03-31/2024-04-06",
        ),
        (
            "The Jets lost at home in [Week 14] on a late field goal.",
            "2015-12-20",
            "null",
        ),
        (
            "Exams run in [the first week of October 2014].",
            "-",
            "2014-W40",
        ),
        (
            "Crowds peak in [the last week of July 2024].",
            "-",
            "2024-W30",
        ),
        (
            "The festival runs [the last week of June].",
            "2024-03-13",
            "2024-W26",
        ),
        (
            "Ticket sales slumped in [the final week of March].",
            "2024-06-10",
            "2024-W13",
        ),
        (
            "The talks fill [the week of October 6th, 2025].",
            "-",
            "2025-W41",
        ),
        (
            "Growth slowed in [the third month of 2021].",
            "-",
            "2021-03",
        ),
    ],
}];
