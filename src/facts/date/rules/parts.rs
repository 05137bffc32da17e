//! Parts of a period: "the end of 2023", "mid-2024", "early December",
//! "the beginning of next week", "late last month", "the first half of
//! 2020", "the end of the month", the BOM / EOM / BOY / EOY shorthand, and
//! the opening or closing stretch of a period ("the first nine months of
//! 2008").

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
        if let Some(r) = self.year_end_word(i, k) {
            return Some(r);
        }
        let (part, j) = match (self.w(k), self.w(k + 1)) {
            ("beginning" | "start", "of") if self.is(k + 2, "around") => (Part::Begin, k + 3),
            ("beginning" | "start", "of") => (Part::Begin, k + 2),
            ("end" | "close", "of") => (Part::End, k + 2),
            // "the tail end of 2021"
            ("tail", "end") if self.is(k + 2, "of") => (Part::End, k + 3),
            ("middle", "of") => (Part::Mid, k + 2),
            // "the back half of the year" (business and sports), "the
            // front half of the season"
            ("front", "half") if self.is(k + 2, "of") => (Part::H1, k + 3),
            ("back", "half") if self.is(k + 2, "of") => (Part::H2, k + 3),
            // "the latter part of last year", "the early part of the
            // decade": the early or late stretch, as "late last year"
            ("early" | "earlier" | "first", "part") if self.is(k + 2, "of") => (Part::Early, k + 3),
            ("latter" | "later" | "last" | "final", "part") if self.is(k + 2, "of") => {
                (Part::Late, k + 3)
            }
            ("first" | "1st", "half") if self.is(k + 2, "of") => (Part::H1, k + 3),
            ("second" | "2nd" | "last" | "latter" | "final", "half") if self.is(k + 2, "of") => {
                (Part::H2, k + 3)
            }
            // "late in the year", "early in the month": the part of the
            // current unit, as "the end of the year" is
            ("early" | "late", "in")
                if self.is(k + 2, "the") && matches!(self.w(k + 3), "year" | "month" | "week") =>
            {
                let part = if self.is(k, "early") {
                    Part::Early
                } else {
                    Part::Late
                };
                (part, k + 2)
            }
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
        let (p, end, rel) = match self.period_of(j, i)? {
            Ok(x) => x,
            Err(m) => return Some(m),
        };
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
            // "the early 20th century", "the late 1800s": thirds, halves
            Grain::Century => {
                let (a, b) = match part {
                    Part::Begin | Part::Early => (0, 32),
                    Part::Mid => (33, 66),
                    Part::End | Part::Late => (67, 99),
                    Part::H1 => (0, 49),
                    Part::H2 => (50, 99),
                };
                DateValue::Interval(Some(Period::year(y + a)), Some(Period::year(y + b)))
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

    /// Rule "the turn of the year|decade|century|millennium", "the turn of
    /// the 20th century": the stretch either side of a boundary. A year's
    /// turn is its December and the January after; a longer unit's is the
    /// year before and after its first year. Which boundary is the
    /// tense's: the last one passed, or the next one in a future clause
    /// ("by the turn of the century" in a forecast); a numbered century
    /// names its own ("the turn of the 20th century" is about 1900).
    pub(crate) fn turn_of(&self, i: usize) -> Option<M> {
        if !(self.is(i, "the") && self.is(i + 1, "turn") && self.is(i + 2, "of")) {
            return None;
        }
        let k = i + 3;
        let years =
            |a: i32, b: i32| DateValue::Interval(Some(Period::year(a)), Some(Period::year(b)));
        if let Some(c) = self.decade(k) {
            return match c.cal {
                Cal::V(DateValue::Unit(p)) if p.g == Grain::Century => {
                    let y = civil_from_days(p.d).0;
                    m(c.end, Cal::V(years(y - 1, y + 1)))
                }
                _ => None,
            };
        }
        if !self.is(k, "the") {
            return None;
        }
        let span = match self.w(k + 1) {
            "year" => 1,
            "decade" => 10,
            "century" => 100,
            "millennium" => 1000,
            _ => return None,
        };
        let end = k + 2;
        let Some(z) = self.pub_day else {
            return mr(end, Cal::V(DateValue::Unresolved));
        };
        let py = civil_from_days(z).0;
        let ahead = self.tense(i, end) == super::super::tense::Tense::Future;
        if span == 1 {
            let turn = |y: i32| (days_from_civil(y - 1, 12, 1), days_from_civil(y, 1, 31));
            let cands = [turn(py), turn(py + 1)];
            let y = if ahead && cands[0].1 < z { py + 1 } else { py };
            return mr(
                end,
                Cal::V(DateValue::Interval(
                    Some(Period::month(y - 1, 12)),
                    Some(Period::month(y, 1)),
                )),
            );
        }
        let last = py - py.rem_euclid(span);
        let y = if ahead { last + span } else { last };
        mr(end, Cal::V(years(y - 1, y + 1)))
    }

    /// Business words for a part of the year: "year-end", "yearend" (as
    /// "the end of the year", September to December) and "midyear",
    /// "mid-year" (as "the middle of the year", May to August). Without
    /// a year after them ("year-end 2023") the year is chosen by the
    /// tense, as a year-less date is: "debt stood at $5 billion at
    /// year-end" in March is last year's, "a deal by year-end" this
    /// year's. `k` is the word, `i` where the expression opens.
    fn year_end_word(&self, i: usize, k: usize) -> Option<M> {
        let (months, mut end) = match self.w(k) {
            "yearend" => ((9, 12), k + 1),
            "midyear" => ((5, 8), k + 1),
            "year" if self.p(k + 1, "-") && self.adj(k + 1) && self.is(k + 2, "end") => {
                ((9, 12), k + 3)
            }
            // "at year end", "by year end": unhyphenated after a word
            // that sets a point in time
            "year"
                if self.is(k + 1, "end")
                    && k > 0
                    && matches!(
                        self.w(k - 1),
                        "at" | "by" | "before" | "until" | "till" | "after" | "since" | "the"
                    ) =>
            {
                ((9, 12), k + 2)
            }
            // "before year's end"
            "year"
                if (self.p(k + 1, "'") || self.p(k + 1, "’"))
                    && self.is(k + 2, "s")
                    && self.is(k + 3, "end") =>
            {
                ((9, 12), k + 4)
            }
            "mid" if self.p(k + 1, "-") && self.adj(k + 1) && self.is(k + 2, "year") => {
                ((5, 8), k + 3)
            }
            _ => return None,
        };
        let part = |y: i32| {
            DateValue::Interval(
                Some(Period::month(y, months.0)),
                Some(Period::month(y, months.1)),
            )
        };
        if let Some((y, ye)) = self.year(end, false) {
            return m(ye, Cal::V(part(y)));
        }
        if self.p(end, "-") && self.adj(end) {
            end += 1; // "year-end-" glued to a longer compound
            if self.t.get(end).is_some_and(|t| t.kind == Kind::Word) {
                return None;
            }
        }
        let Some(z) = self.pub_day else {
            return mr(end, Cal::V(DateValue::Unresolved));
        };
        let py = civil_from_days(z).0;
        let bounds = |y: i32| {
            (
                days_from_civil(y, months.0, 1),
                days_from_civil(y, months.1, month_len(y, months.1)),
            )
        };
        let cands: Vec<(i64, i64)> = (py - 1..=py + 1).map(bounds).collect();
        let idx = self.pick(&cands, Mode::Plain, self.tense(i, end), false)?;
        mr(end, Cal::V(part(py - 1 + idx as i32)))
    }

    /// The opening or closing stretch of a period in whole units: "the
    /// first nine months of 2008", "the last three months of the year",
    /// "the first 10 days of March", "the final two weeks of December",
    /// "the first two quarters of 2011".
    pub(crate) fn stretch_of(&self, i: usize, depth: u32) -> Option<M> {
        let k = if self.is(i, "the") { i + 1 } else { i };
        let first = match self.w(k) {
            "first" | "opening" | "early" | "earliest" => true,
            "last" | "final" | "closing" | "dying" | "waning" => false,
            _ => return None,
        };
        // "the last days of 2019", "the closing weeks of the year", "the
        // early months of 2020": a stretch with no count
        if let Some(u) = words::unit(self.w(k + 1)) {
            if self.w(k + 1).ends_with('s') && self.is(k + 2, "of") && depth < MAX_DEPTH {
                return self.vague_stretch(i, k + 3, u, first);
            }
        }
        if matches!(self.w(k), "early" | "earliest" | "dying" | "waning") {
            return None;
        }
        let t = self.t.get(k + 1)?;
        if !(t.kind == Kind::Num || t.kind == Kind::Word) || matches!(self.w(k + 1), "a" | "an") {
            return None;
        }
        let (n, e) = self.qty(k + 1)?;
        let u = words::unit(self.w(e))?;
        if n < 2 || !self.w(e).ends_with('s') || !self.is(e + 1, "of") || depth >= MAX_DEPTH {
            return None;
        }
        let (p, end, rel) = match self.period_of(e + 2, i)? {
            Ok(x) => x,
            Err(m) => {
                return matches!(m.cal, Cal::V(DateValue::Unresolved)).then_some(m);
            }
        };
        let n = i64::from(n);
        let (y, mo, _) = civil_from_days(p.d);
        let days = |len: i64| -> Option<DateValue> {
            let span = p.last() - p.d + 1;
            (len < span).then(|| {
                if first {
                    day_range(p.d, p.d + len - 1)
                } else {
                    day_range(p.last() - len + 1, p.last())
                }
            })
        };
        let v = match (p.g, u) {
            (_, Unit::Day) => days(n)?,
            (_, Unit::Week) => days(7 * n)?,
            (Grain::Year | Grain::Quarter, Unit::Month) => {
                let len = if p.g == Grain::Year { 12 } else { 3 };
                if n >= len {
                    return None;
                }
                let n = n as u32;
                let (a, b) = if first {
                    (mo, mo + n - 1)
                } else {
                    (mo + len as u32 - n, mo + len as u32 - 1)
                };
                DateValue::Interval(Some(Period::month(y, a)), Some(Period::month(y, b)))
            }
            (Grain::Year, Unit::Quarter) if n < 4 => {
                let n = n as u32;
                let (a, b) = if first { (1, n) } else { (5 - n, 4) };
                DateValue::Interval(Some(Period::quarter(y, a)), Some(Period::quarter(y, b)))
            }
            _ => return None,
        };
        if rel {
            mr(end, Cal::V(v))
        } else {
            m(end, Cal::V(v))
        }
    }

    /// A stretch of a period in units with no count, from token `j` where
    /// the period opens: "the last days of 2019" (its last ten days), "the
    /// closing weeks of the year" (three weeks), "the early months of 2020"
    /// (three months), "the final days of the week" (three days). The
    /// stretch is as long as a few units, always shorter than the period.
    fn vague_stretch(&self, i: usize, j: usize, u: Unit, first: bool) -> Option<M> {
        let (p, end, rel) = match self.period_of(j, i)? {
            Ok(x) => x,
            Err(m) => {
                return matches!(m.cal, Cal::V(DateValue::Unresolved)).then_some(m);
            }
        };
        let span = p.last() - p.d + 1;
        let (y, mo, _) = civil_from_days(p.d);
        let v = match (p.g, u) {
            (Grain::Week, Unit::Day) => 3,
            (Grain::Month | Grain::Quarter | Grain::Year, Unit::Day) => 10,
            (Grain::Month | Grain::Quarter | Grain::Year, Unit::Week) => 21,
            (Grain::Year, Unit::Month) => {
                let (a, b) = if first {
                    (mo, mo + 2)
                } else {
                    (mo + 9, mo + 11)
                };
                let v = DateValue::Interval(Some(Period::month(y, a)), Some(Period::month(y, b)));
                return Some(M {
                    end,
                    cal: Cal::V(v),
                    rel,
                    mode: Mode::Plain,
                });
            }
            _ => return None,
        };
        if v >= span {
            return None;
        }
        let v = if first {
            day_range(p.d, p.d + v - 1)
        } else {
            day_range(p.last() - v + 1, p.last())
        };
        Some(M {
            end,
            cal: Cal::V(v),
            rel,
            mode: Mode::Plain,
        })
    }

    /// The period after "of" in "the end of <period>", "the first nine
    /// months of <period>": "the month", "this week", "next year", a month
    /// with or without its year, a year, a decade, a quarter. `Ok((period, end,
    /// relative))`, or `Err(m)` when the expression is already complete (an
    /// unresolved relative unit, a month without a year). A year-less
    /// month is resolved with the tense around `s`, where the whole
    /// expression opens: "resumes in mid-September, the band said" is
    /// told by "resumes", not by the attribution after the comma.
    pub(crate) fn period_of(&self, j: usize, s: usize) -> Option<Result<(Period, usize, bool), M>> {
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
                        None => return Some(Err(mr(q2 + 1, Cal::V(DateValue::Unresolved))?)),
                    }
                }
            }
        }
        if unit_pt.is_none() {
            let inner = better(
                better(self.month_first(j), self.year_expr_loose(j)),
                better(self.decade(j), self.quarter(j)),
            )?;
            match inner.cal {
                Cal::Ym { .. }
                | Cal::Y(_)
                | Cal::V(DateValue::Unit(Period {
                    g: Grain::Decade | Grain::Century | Grain::Quarter,
                    ..
                })) => {}
                _ => return None,
            }
            let v = self.resolve(&inner, s);
            match v {
                DateValue::Unit(p) => unit_pt = Some((p, inner.end, inner.rel)),
                DateValue::Month(mo) => {
                    return Some(Err(m(inner.end, Cal::V(DateValue::Month(mo)))?))
                }
                _ => return None,
            }
        }
        unit_pt.map(Ok)
    }
}

/// The parts-of-a-period rules.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "the turn of the year|decade|century|millennium",
        run: |p, i, _| p.turn_of(i),
        starts: Starts {
            classes: 0,
            words: &["the"],
        },
        examples: &[
            (
                "Fuel prices spiked around [the turn of the year].",
                "2024-04-02",
                "2023-12/2024-01",
            ),
            (
                "The tram line was built at [the turn of the 20th century].",
                "-",
                "1899/1901",
            ),
            (
                "Dot-com shares crashed at [the turn of the millennium].",
                "2015-06-01",
                "1999/2001",
            ),
            (
                "Half the coast will be under water at [the turn of the century], the study warns.",
                "2024-04-02",
                "2099/2101",
            ),
        ],
    },
    Rule {
        name: "the first|last [N] <units> of <period>",
        run: |p, i, d| p.stretch_of(i, d),
        starts: Starts {
            classes: 0,
            words: &[
                "the", "first", "opening", "last", "final", "closing", "early", "earliest",
                "dying", "waning",
            ],
        },
        examples: &[
            (
                "Profit rose 8 percent in [the first nine months of 2008].",
                "-",
                "2008-01/2008-09",
            ),
            (
                "Sales should pick up in [the last three months of the year], it said.",
                "2012-07-15",
                "2012-10/2012-12",
            ),
            (
                "Snow closed the pass for [the first ten days of March].",
                "2015-04-02",
                "2015-03-01/2015-03-10",
            ),
            (
                "The firm lost money in [the first two quarters of 2019].",
                "-",
                "2019-Q1/2019-Q2",
            ),
            (
                "Crews finished the bridge in [the last days of 2017].",
                "-",
                "2017-12-22/2017-12-31",
            ),
            (
                "Shares could slide in [the closing weeks of the year].",
                "2021-06-01",
                "2021-12-11/2021-12-31",
            ),
            (
                "The firm hired heavily in [the early months of 2020].",
                "-",
                "2020-01/2020-03",
            ),
        ],
    },
    Rule {
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
                "latter",
                "final",
                "year",
                "yearend",
                "midyear",
                "close",
                "tail",
                "front",
                "back",
                "earlier",
                "later",
            ],
        },
        examples: &[
            (
                "The firm was founded in [the early 20th century].",
                "-",
                "1900/1932",
            ),
            (
                "The city was laid out in [the late 1800s].",
                "-",
                "1867/1899",
            ),
            (
                "Output recovered at [the end of 2023].",
                "-",
                "2023-09/2023-12",
            ),
            ("A vote is expected [mid-2024].", "-", "2024-05/2024-08"),
            (
                "Refiners usually raise prices [late in the year].",
                "1989-11-02",
                "1989-07/1989-12",
            ),
            (
                "Debt stood at $4 billion at [year end].",
                "2003-04-16",
                "2002-09/2002-12",
            ),
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
            (
                "The plant should reopen at [the end of the third quarter].",
                "2021-05-11",
                "2021-09",
            ),
            (
                "The two banks merged at [the tail end of 2019].",
                "-",
                "2019-09/2019-12",
            ),
            (
                "Bond yields climbed at [the close of 2021].",
                "-",
                "2021-09/2021-12",
            ),
            (
                "Hiring should pick up in [the back half of the year].",
                "2024-03-20",
                "2024-07/2024-12",
            ),
            (
                "The depot was sold in [the latter part of last year].",
                "2024-03-20",
                "2023-07/2023-12",
            ),
            (
                "Tourism recovered in [the early part of the decade].",
                "2025-03-20",
                "2020/2023",
            ),
            (
                "Orders picked up at [the start of the fourth quarter of 2019].",
                "-",
                "2019-10",
            ),
        ],
    },
];
