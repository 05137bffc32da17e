//! Numeric dates: `2024-08-31`, `2015-3`, `2014/10`, `12/06/2023`,
//! `31.10.1974`, `05-Aug-2016`, `2019-aug-1`, `11/2016`, `10/10`, `15/2`,
//! `31 10 1974`, the two-year span of "the 2011-12 season", and "9/11".

use super::super::grammar::*;
use super::super::value::{DateValue, Period};
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::words;
use crate::lex::{Kind, Token};

impl P<'_> {
    /// Numeric dates: 2024-08-31, 2015-3, 2014/10, 12/06/2023, 31.10.1974,
    /// 05-Aug-2016, 2019-aug-1, 10/10, 15/2.
    ///
    /// Locale rule for a/b/c: month/day (US) unless the first number is
    /// above 12 and the second is not, then day/month. Two-digit years use
    /// a window of 20 years after publication.
    pub(crate) fn numeric(&self, i: usize) -> Option<M> {
        let a = self.numtok(i)?;
        if i > 0 && !a.space_before() {
            // glued to a number or separator before it: part of a longer code
            let prev = &self.t[i - 1];
            if prev.kind == Kind::Num
                || matches!(
                    self.t.low_of(prev),
                    "." | "/" | ":" | "$" | "#" | "€" | "£" | ","
                )
            {
                return None;
            }
        }
        let sep = self
            .t
            .get(i + 1)
            .filter(|t| t.kind == Kind::Sym && matches!(self.t.low_of(t), "-" | "/" | "."));
        let Some(sep) = sep else {
            return self.numeric_spaced(i);
        };
        let sepc = self.t.low_of(sep);
        let tight = !sep.space_before() && self.adj(i + 2);
        let spaced_slash = sepc == "/"; // "15 / 2"
        if sepc == "-" && !tight {
            return self.year_month_spaced(i);
        }
        if !tight && !spaced_slash {
            return None;
        }
        // Y-M-D / Y-M / Y/M / Y-mon-D
        if a.ndig == 4 {
            let y = a.num as i32;
            if let Some(mon) = words::month(self.w(i + 2)).map(|x| x.0) {
                if self.p(i + 3, sepc) {
                    if let Some(t) = self.numtok(i + 4) {
                        if t.ndig <= 2 {
                            return m(
                                i + 5,
                                Cal::Ymd {
                                    y: Some(y),
                                    m: mon,
                                    d: t.num as u32,
                                    wd: None,
                                },
                            );
                        }
                    }
                }
                return None;
            }
            let b = self.numtok(i + 2)?;
            if b.ndig > 2 || !(1..=12).contains(&b.num) {
                return None;
            }
            if self.p(i + 3, sepc) && self.adj(i + 3) {
                let c = self.numtok(i + 4)?;
                if c.ndig > 2 || self.trailing_code(i + 5) {
                    return None;
                }
                return m(
                    i + 5,
                    Cal::Ymd {
                        y: Some(y),
                        m: b.num as u32,
                        d: c.num as u32,
                        wd: None,
                    },
                );
            }
            if sepc == "." || self.trailing_code(i + 3) {
                return None;
            }
            // "the 2011-12 season": a span of two years, not a month
            if sepc == "-"
                && b.num == u64::from((y + 1).rem_euclid(100).unsigned_abs())
                && two_year_noun(self.w(i + 3))
            {
                return m(
                    i + 3,
                    Cal::V(DateValue::Interval(
                        Some(Period::year(y)),
                        Some(Period::year(y + 1)),
                    )),
                );
            }
            return m(
                i + 3,
                Cal::Ym {
                    y: Some(y),
                    m: b.num as u32,
                },
            );
        }
        if a.ndig > 2 {
            return None;
        }
        // d-mon-yyyy
        if let Some(mon) = words::month(self.w(i + 2)).map(|x| x.0) {
            if self.p(i + 3, sepc) {
                if let Some(t) = self.numtok(i + 4) {
                    let y = match t.ndig {
                        4 => t.num as i32,
                        2 => self.expand_yy(t.num as i32),
                        _ => return None,
                    };
                    return m(
                        i + 5,
                        Cal::Ymd {
                            y: Some(y),
                            m: mon,
                            d: a.num as u32,
                            wd: None,
                        },
                    );
                }
            }
            if sepc == "/" || sepc == "-" {
                return None;
            }
            return None;
        }
        let b = self.numtok(i + 2)?;
        if b.ndig == 4
            && (sepc == "/" || sepc == "-")
            && tight
            && (1..=12).contains(&a.num)
            && !self.trailing_code(i + 3)
        {
            // "11/2016", "11-2016" (a dash only with a plausible modern year)
            let y = b.num as i32;
            let span = if sepc == "-" {
                1900..=2099
            } else {
                1800..=2199
            };
            if span.contains(&y) {
                return m(
                    i + 3,
                    Cal::Ym {
                        y: Some(y),
                        m: a.num as u32,
                    },
                );
            }
        }
        if b.ndig > 2 {
            return None;
        }
        let (x, yv) = (a.num as u32, b.num as u32);
        let (mo, d) = self.month_day_order(x, yv);
        if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
            return None;
        }
        // with a year
        if self.p(i + 3, sepc) && self.adj(i + 3) && self.adj(i + 4) {
            let c = self.numtok(i + 4)?;
            if self.trailing_code(i + 5) {
                return None;
            }
            let y = match c.ndig {
                4 => c.num as i32,
                2 => self.expand_yy(c.num as i32),
                _ => return None,
            };
            return m(
                i + 5,
                Cal::Ymd {
                    y: Some(y),
                    m: mo,
                    d,
                    wd: None,
                },
            );
        }
        // month/day without a year: slashes only, not a fraction
        if sepc != "/" || self.trailing_code(i + 3) {
            return None;
        }
        if self.p(i + 3, "/") || self.is(i + 3, "of") || self.is(i + 3, "th") {
            return None;
        }
        // 1/2, 3/4, 2/3 … are fractions, but not after "on", "since",
        // "until": "the vote on 3/5" is a day
        let day_word = i > 0 && matches!(self.w(i - 1), "on" | "since" | "until" | "till");
        if x < yv && yv <= 10 && !day_word {
            return None;
        }
        // "21/2 years", "3/4 mile": a fraction (maybe a mixed number that
        // lost its space) counts a unit; no date is followed by one
        if let Some(u) = self.t.get(i + 3).filter(|t| t.kind == Kind::Word) {
            let low = self.t.low_of(u);
            if !words::is_function_word(low)
                && crate::lex::units::unit_of(low, low, false).is_some()
            {
                return None;
            }
        }
        if x == 24 && yv == 7 && self.numtok(i + 2).is_some_and(|t| t.ndig == 1) {
            return None; // "open 24/7": round the clock ("24/07" stays a date)
        }
        if i > 0 && self.numtok(i - 1).is_some() {
            return None; // "1 1/2"
        }
        if (x, yv) == (9, 11) && a.ndig == 1 {
            // "9/11", "post-9/11": in news the attacks of 11 September
            // 2001, a named day (a date of this year is written "Sept. 11")
            return m(
                i + 3,
                Cal::V(DateValue::Unit(Period::day(days_from_civil(2001, 9, 11)))),
            );
        }
        m(
            i + 3,
            Cal::Ymd {
                y: None,
                m: mo,
                d,
                wd: None,
            },
        )
    }

    /// The token continues a code or number ("1.2.3", "10/10/2013/4", "5-3-1").
    /// The (month, day) of two numbers written `a/b`: month first where
    /// the locale writes so (US, Canada, the Philippines), else day first;
    /// either way the reading that is no date gives way ("25/12" is
    /// December 25 in New York, "12/25" in London).
    pub(crate) fn month_day_order(&self, a: u32, b: u32) -> (u32, u32) {
        if self.locale.day_first() {
            if b > 12 && a <= 12 {
                (a, b)
            } else {
                (b, a)
            }
        } else if a > 12 && b <= 12 {
            (b, a)
        } else {
            (a, b)
        }
    }

    pub(crate) fn trailing_code(&self, j: usize) -> bool {
        if self.p(j, "-") && self.p(j + 2, "/") {
            return false; // "10/1-11/7": a range of dates
        }
        matches!(self.t.get(j), Some(t) if !t.space_before() && t.kind == Kind::Sym && matches!(self.t.low_of(t), "." | "/" | "-" | ":") && self.numtok(j + 1).is_some() && self.adj(j + 1))
            || matches!(self.t.get(j), Some(t) if !t.space_before() && t.kind != Kind::Sym)
    }

    /// A year and a month around a dash with a space on either side
    /// ("2016 - 11", "2016- 11", "11 -2016"): a four-digit year 1900–2099
    /// and a month 1–12, in either order. Not inside a longer run of
    /// dashes, and not before a noun ("2010 - 12 players", "the 2010 - 11
    /// season").
    fn year_month_spaced(&self, i: usize) -> Option<M> {
        let (a, b) = (self.numtok(i)?, self.numtok(i + 2)?);
        let year = |t: &Token| t.ndig == 4 && (1900..=2099).contains(&t.num);
        let month = |t: &Token| t.ndig <= 2 && (1..=12).contains(&t.num);
        let (y, mo) = if year(a) && month(b) {
            (a.num, b.num)
        } else if month(a) && year(b) {
            (b.num, a.num)
        } else {
            return None;
        };
        let dashes_around = (i > 0 && self.p(i - 1, "-")) || self.p(i + 3, "-");
        if dashes_around || self.noun_follows(i + 3) {
            return None;
        }
        m(
            i + 3,
            Cal::Ym {
                y: Some(y as i32),
                m: mo as u32,
            },
        )
    }

    /// "31 10 1974": day, month and a four-digit year separated by spaces.
    pub(crate) fn numeric_spaced(&self, i: usize) -> Option<M> {
        let a = self.numtok(i)?;
        let b = self.numtok(i + 1)?;
        let c = self.numtok(i + 2)?;
        if a.ndig > 2 || b.ndig > 2 || c.ndig != 4 || !self.num_ok(i + 2) {
            return None;
        }
        let (x, y) = (a.num as u32, b.num as u32);
        let (mo, d) = self.month_day_order(x, y);
        let yy = c.num as i32;
        valid(yy, mo, d).then_some(())?;
        m(
            i + 3,
            Cal::Ymd {
                y: Some(yy),
                m: mo,
                d,
                wd: None,
            },
        )
    }
}

/// The numeric date rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "numeric date (y-m-d, m/d/y, d.m.y, m/y, m/d)",
    run: |p, i, _| p.numeric(i),
    starts: Starts {
        classes: super::NUM,
        words: &[],
    },
    examples: &[
        (
            "The filing is dated [2018-11-30] in the archive.",
            "-",
            "2018-11-30",
        ),
        (
            "The form was stamped [04/07/2020] at noon.",
            "-",
            "2020-04-07",
        ),
        (
            "A day-first form, [25/07/2020], is read day first.",
            "-",
            "2020-07-25",
        ),
        ("Records from [31.10.1974] were lost.", "-", "1974-10-31"),
        (
            "The invoice dated [05-Aug-2016] was paid.",
            "-",
            "2016-08-05",
        ),
        ("Sales rose in [11/2016] after the launch.", "-", "2016-11"),
        ("He scored often in the [2011-12] season.", "-", "2011/2012"),
        (
            "The [9/11] attacks changed air travel.",
            "2024-03-20",
            "2001-09-11",
        ),
        (
            "Ballots are due [10/15], officials said.",
            "2024-03-20",
            "2024-10-15",
        ),
        ("A ledger from [7/4/98] was found.", "-", "1998-07-04"),
    ],
}];

/// A noun after "2011-12" that makes it a span of two years ("the
/// 2011-12 season", "the 2019-20 school year").
fn two_year_noun(w: &str) -> bool {
    matches!(
        w,
        "season"
            | "seasons"
            | "campaign"
            | "school"
            | "academic"
            | "fiscal"
            | "financial"
            | "budget"
            | "tax"
            | "term"
            | "winter"
            | "crop"
    )
}
