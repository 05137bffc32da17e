//! Quarters, halves and fiscal years: "Q3 2024", "2017-q1", "the third
//! quarter of 2020", "4th qtr 2018", "H2 2019", "fiscal 2025", "FY25",
//! "this fiscal year".

use super::super::grammar::*;
use super::super::period_end::months_ending;
use super::super::resolve::Mode;
use super::super::tense::Tense;
use super::super::value::{DateValue, Period};
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::words;

impl P<'_> {
    /// Quarters and halves: "Q3 2024", "2017-q1", "the third quarter of
    /// 2020", "4th qtr 2018", "the first quarter", "H2 2019", "2019 H2".
    pub(crate) fn quarter(&self, i: usize) -> Option<M> {
        if let Some(r) = self.month_quarter(i) {
            return Some(r);
        }
        if let Some(r) = self.quarter_compact(i) {
            return Some(r);
        }
        let z = self.pub_day;
        let mut k = i;
        let mut year_first = None;
        // "the 1999 first quarter", "2012's second half": the year before
        // an ordinal period
        let mut year_ord = false;
        // "the year-earlier first half": the same period a year before
        let mut year_back = false;
        // "fiscal 1988's fourth quarter", "the fiscal 2010 first half": the
        // company's year before its ordinal period (the quarter of that
        // number, as "fiscal 2025" is the year)
        if self.is(k, "fiscal") || self.is(k, "the") && self.is(k + 1, "fiscal") {
            let y = if self.is(k, "the") { k + 2 } else { k + 1 };
            let after = if self.p(y + 1, "'") && self.is(y + 2, "s") {
                y + 3
            } else {
                y + 1
            };
            if self.numtok(y).is_some_and(|t| t.ndig == 4) && self.ordinal_period(after) {
                k = y;
            }
        }
        // "this year's third quarter", "the year's first half": the year
        // of publication (or the one before or after) owning its period
        if let Some((yy, after)) = self
            .year_possessive(k)
            .filter(|&(_, a)| self.ordinal_period(a))
        {
            year_first = Some(yy);
            year_ord = true;
            k = after;
        }
        if let Some(t) = self.numtok(k).filter(|_| !year_ord) {
            if t.ndig == 4 && (1000..=2999).contains(&t.num) && self.num_ok(k) {
                let mut j = k + 1;
                if self.p(j, "-") {
                    j += 1;
                }
                if matches!(self.w(j), "q" | "h") {
                    year_first = Some(t.num as i32);
                    k = j;
                } else if (1900..=2099).contains(&t.num) {
                    let j = if self.p(k + 1, "'") && self.is(k + 2, "s") {
                        k + 3
                    } else {
                        k + 1
                    };
                    if self.ordinal_period(j) {
                        year_first = Some(t.num as i32);
                        year_ord = true;
                        k = j;
                    }
                }
            }
        }
        let (q, half, mut e) = if matches!(self.w(k), "q" | "h") && self.adj(k + 1) {
            let n = self.numtok(k + 1)?;
            let h = self.w(k) == "h";
            let max = if h { 2 } else { 4 };
            if !(1..=max).contains(&n.num)
                || n.ndig > 1
                || self.adj(k + 2)
                    && !self.p(k + 2, ",")
                    && !self.p(k + 2, ".")
                    && !self.p(k + 2, "-")
                    && !self.p(k + 2, ")")
            {
                return None;
            }
            (n.num as u32, h, k + 2)
        } else if let Some((n, h)) = self.number_first_period(k).filter(|_| year_first.is_none()) {
            (n, h, k + 2)
        } else if year_first.is_none() || year_ord {
            let mut j = k;
            if self.is(j, "the") {
                j += 1;
                if self.year_ago(j) {
                    year_back = true;
                    j += 3;
                }
            }
            // "the fiscal third quarter": a company's own count (its value
            // the quarter of that number, as "fiscal 2025" is the year,
            // unless a closing day says which months)
            if matches!(self.w(j), "fiscal" | "financial") && self.ordinal_period(j + 1) {
                j += 1;
            }
            let (n, e1, ord, _) = if matches!(self.w(j), "last" | "final") {
                (5, j + 1, true, false)
            } else {
                self.small(j)?
            };
            if !ord {
                return None;
            }
            // "third-quarter profit", "first-half sales": the period as an
            // adjective, hyphen-bound
            let e1 = if self.p(e1, "-") && self.adj(e1) && self.adj(e1 + 1) {
                e1 + 1
            } else {
                e1
            };
            let half = match self.w(e1) {
                "quarter" | "qtr" => false,
                "half" => true,
                // "third-period profit", "earnings in the third period": a
                // company's quarter, in a clause of accounts only (a
                // game's third period is a part of the match)
                "period" if self.accounts_clause(i, e1 + 1) => false,
                _ => return None,
            };
            let max = if half { 2 } else { 4 };
            let n = if n == 5 { max } else { n };
            if !(1..=max).contains(&n) {
                return None;
            }
            (n, half, e1 + 1)
        } else {
            return None;
        };
        // year
        let mut y = year_first;
        let mut rel = false;
        if y.is_none() && !year_back {
            let mut j = e;
            if self.is(j, "of") || self.is(j, "in") {
                j += 1;
            }
            if let Some((yy, ye)) = self.year(j, false) {
                y = Some(yy);
                e = ye;
            } else if let Some((yy, ye)) = self.year_after(e).filter(|_| self.p(e, "'")) {
                // "Q4 '09", "the third quarter '12": a two-figure year
                y = Some(yy);
                e = ye;
            } else if let Some((yy, ye)) = self.rel_year_after(e) {
                y = Some(yy);
                e = ye;
                rel = true;
            } else if (self.is(e, "of") || self.is(e, "in"))
                && self.is(e + 1, "the")
                && self.is(e + 2, "year")
            {
                e += 3;
            } else if self.is(e, "of") && matches!(self.w(e + 1), "fiscal" | "financial") {
                // "the third quarter of fiscal 1999": the company's own
                // count, the quarter of that number ("fiscal 1999's third
                // quarter"); "of fiscal year 2024" too
                let k = if self.is(e + 2, "year") { e + 3 } else { e + 2 };
                let (yy, ye) = self.year(k, false)?;
                y = Some(yy);
                e = ye;
            }
        }
        // "the fiscal first quarter ended Sept. 30": the months up to the
        // closing day, whatever the quarter's number
        if let Some((cy, cm)) = self.closing_month_after(e) {
            let v = months_ending(cy, cm, if half { 6 } else { 3 });
            return Some(M {
                end: e,
                cal: Cal::V(v),
                rel: rel || y.is_none(),
                mode: Mode::Plain,
            });
        }
        // "late in the fourth quarter", "the second half" of a game: a part
        // of a match, not of a year; in a game's report, also where the
        // clause names no game ("he hurt his knee in the second quarter"),
        // unless it tells of accounts ("ticket revenue rose in the quarter")
        if y.is_none() && (self.sports_clause(i, e) || self.game_period_in_sports_copy(i, e)) {
            return None;
        }
        let mk = |y: i32| {
            if half {
                Period::half(y, q)
            } else {
                Period::quarter(y, q)
            }
        };
        let cal = match (y, z) {
            (Some(y), _) => Cal::V(DateValue::Unit(mk(y))),
            (None, Some(z)) => {
                let py = civil_from_days(z).0;
                let cands: Vec<(i64, i64)> =
                    (py - 1..=py + 1).map(|y| (mk(y).d, mk(y).last())).collect();
                let t = if year_back {
                    Tense::Past
                } else {
                    self.tense(i, e)
                };
                let idx = self.pick(&cands, Mode::Plain, t, false).unwrap_or(1);
                rel = true;
                Cal::V(DateValue::Unit(mk(
                    py - 1 + idx as i32 - i32::from(year_back)
                )))
            }
            (None, None) => {
                rel = true;
                Cal::V(DateValue::Unresolved)
            }
        };
        Some(M {
            end: e,
            cal,
            rel,
            mode: Mode::Plain,
        })
    }

    /// Rule "nQ year", "nH year": the analysts' shorthand with the number
    /// first ("3Q 2022", "4Q", "1H 2023"), upper case only, whole tokens
    /// only ("3Q22" and "2Q-ish" are left). A half needs its year after
    /// it ("2H" alone reads as two hours). (number, half?).
    /// Rule `compact_quarter`: the analysts' "3Q19", "1H20", "4Q2018": the
    /// number, an upper-case Q or H and the year, written as one word.
    fn quarter_compact(&self, k: usize) -> Option<M> {
        let n = self.numtok(k)?;
        if n.ndig != 1 || !self.adj(k + 1) || !self.is_upper(k + 1) || !self.adj(k + 2) {
            return None;
        }
        if k > 0 && self.adj(k) && !self.p(k - 1, "(") {
            return None;
        }
        let half = match self.w(k + 1) {
            "q" => false,
            "h" => true,
            _ => return None,
        };
        let yt = self.numtok(k + 2)?;
        let ends = !self.adj(k + 3) || [",", ".", ")", ";"].iter().any(|c| self.p(k + 3, c));
        if !ends || !(1..=if half { 2 } else { 4 }).contains(&n.num) {
            return None;
        }
        let y = match (yt.ndig, yt.num) {
            (2, yy) if yy < 50 => 2000 + yy as i32,
            (2, yy) => 1900 + yy as i32,
            (4, yyyy) if (1900..=2099).contains(&yyyy) => yyyy as i32,
            _ => return None,
        };
        let p = if half {
            Period::half(y, n.num as u32)
        } else {
            Period::quarter(y, n.num as u32)
        };
        m(k + 3, Cal::V(DateValue::Unit(p)))
    }

    fn number_first_period(&self, k: usize) -> Option<(u32, bool)> {
        let n = self.numtok(k)?;
        if n.ndig != 1 || !self.adj(k + 1) || !self.is_upper(k + 1) || self.adj(k + 2) {
            return None;
        }
        if k > 0 && self.adj(k) && !self.p(k - 1, "(") {
            return None; // "A3Q", "1.3Q"
        }
        let half = match self.w(k + 1) {
            "q" => false,
            "h" => true,
            _ => return None,
        };
        let max = if half { 2 } else { 4 };
        if !(1..=max).contains(&n.num) || half && self.year(k + 2, false).is_none() {
            return None;
        }
        Some((n.num as u32, half))
    }

    /// "this year's", "the year's", "last year's", "next year's" at `k`:
    /// the year from publication and the token after the possessive.
    fn year_possessive(&self, k: usize) -> Option<(i32, usize)> {
        let off = match self.w(k) {
            "this" | "the" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        let owned = self.is(k + 1, "year")
            && (self.p(k + 2, "'") || self.p(k + 2, "’"))
            && self.is(k + 3, "s");
        let z = self.pub_day.filter(|_| owned)?;
        Some((civil_from_days(z).0 + off, k + 4))
    }

    /// Whether an ordinal quarter or half opens at `j` ("first quarter",
    /// "final quarter", "second-half", "last half").
    fn ordinal_period(&self, j: usize) -> bool {
        let e = if matches!(self.w(j), "last" | "final") {
            Some(j + 1)
        } else {
            self.small(j).filter(|s| s.2).map(|s| s.1)
        };
        let Some(mut e) = e else {
            return false;
        };
        if self.p(e, "-") && self.adj(e) {
            e += 1;
        }
        matches!(self.w(e), "quarter" | "qtr" | "half")
    }

    /// A quarter named by its last month, as Australian, Indian and
    /// company reports write it: "the September quarter", "the June 2019
    /// quarter", "the December-quarter"; a half so too ("the December
    /// half" of an Australian company is July to December). The three (six)
    /// months ending with the month: a calendar quarter (half) when it ends
    /// one, else the months ("the May quarter" of a retailer is March to
    /// May). Without a year it resolves by the clause's tense.
    fn month_quarter(&self, i: usize) -> Option<M> {
        if !self.is(i, "the") {
            return None;
        }
        let (mut mo, _) = words::month(self.w(i + 1))?;
        let mut e = i + 2;
        // "the January-March quarter", "the July-December half": the
        // months written out, its last month the one that names it
        let mut months = None;
        if (self.p(e, "-") || self.p(e, "–")) && self.adj(e) && self.adj(e + 1) {
            if let Some((last, _)) = words::month(self.w(e + 1)) {
                months = Some((i64::from(last) - i64::from(mo)).rem_euclid(12) + 1);
                mo = last;
                e += 2;
            }
        }
        let mut y = None;
        if let Some((yy, ye)) = self.year(e, false) {
            y = Some(yy);
            e = ye;
        }
        if self.p(e, "-") && self.adj(e) {
            e += 1;
        }
        let n: u32 = match self.w(e) {
            "quarter" | "qtr" => 3,
            "half" => 6,
            _ => return None,
        };
        if months.is_some_and(|k| k != i64::from(n)) {
            return None;
        }
        e += 1;
        // "the March quarter of last year", "the June half of 2019": the
        // year says which; it stays a date of its own, as the closing day
        // of "the year to March 31" does
        let mut rel_year = false;
        if y.is_none() {
            y = self
                .year(e + 1, false)
                .filter(|_| matches!(self.w(e), "of" | "in"))
                .map(|(yy, _)| yy);
            if y.is_none() {
                y = self
                    .rel_year_after(e)
                    .filter(|_| self.is(e, "of"))
                    .map(|(yy, _)| yy);
                rel_year = y.is_some();
            }
        }
        let span = |y: i32| -> (DateValue, i64, i64) {
            let (y0, m0) = add_months(y, mo, 1 - i64::from(n));
            (
                months_ending(y, mo, n),
                Period::month(y0, m0).d,
                Period::month(y, mo).last(),
            )
        };
        if let Some(y) = y {
            let v = Cal::V(span(y).0);
            return if rel_year { mr(e, v) } else { m(e, v) };
        }
        let Some(z) = self.pub_day else {
            return mr(e, Cal::V(DateValue::Unresolved));
        };
        let py = civil_from_days(z).0;
        let all: Vec<(DateValue, i64, i64)> = (py - 1..=py + 1).map(span).collect();
        let cands: Vec<(i64, i64)> = all.iter().map(|c| (c.1, c.2)).collect();
        let idx = self
            .pick(&cands, Mode::Plain, self.tense(i, e), false)
            .unwrap_or(1);
        mr(e, Cal::V(all[idx].0))
    }

    /// Whether "year-ago", "year-earlier", "year-before" or "prior-year"
    /// is written from token `j` (three tokens).
    pub(crate) fn year_ago(&self, j: usize) -> bool {
        let words = matches!(
            (self.w(j), self.w(j + 2)),
            ("year", "ago" | "earlier" | "before") | ("prior", "year")
        );
        words && self.p(j + 1, "-") && self.adj(j + 1) && self.adj(j + 2)
    }

    /// The quarter a company's report is about, named without its number:
    /// "the quarter", "the latest quarter", "the most recent quarter" (in a
    /// past clause the last quarter ended before publication, else the
    /// current one), "the year-ago quarter", "the year-earlier quarter" (the
    /// same quarter a year before). Only in a clause of accounts (profit,
    /// sales, a figure in dollars or per cent): elsewhere "the quarter" is a
    /// part of a town or of a game.
    fn quarter_unnumbered(&self, i: usize) -> Option<M> {
        if !self.is(i, "the") {
            return None;
        }
        let mut j = i + 1;
        let mut back = 0;
        if self.is(j, "latest") || self.is(j, "recent") {
            j += 1;
        } else if self.is(j, "most") && self.is(j + 1, "recent") {
            j += 2;
        } else if self.year_ago(j) {
            back = 4;
            j += 3;
        }
        if !matches!(self.w(j), "quarter" | "qtr") {
            return None;
        }
        let e = j + 1;
        // "the quarter of the city", "the quarter-final", "the quarter point"
        if self.is(e, "of") || self.p(e, "-") && self.adj(e) || self.is(e, "point") {
            return None;
        }
        // "the quarter ended March 31": the three months up to that day
        if back == 0 {
            if let Some((cy, cm)) = self.closing_month_after(e) {
                return mr(e, Cal::V(months_ending(cy, cm, 3)));
            }
        }
        let (sports, accounts) = self.clause_topics(i, e);
        if sports || !accounts {
            return None;
        }
        let Some(z) = self.pub_day else {
            return mr(e, Cal::V(DateValue::Unresolved));
        };
        let (py, pm, _) = civil_from_days(z);
        let current = py * 4 + (pm as i32 - 1) / 3;
        let q = if self.tense(i, e) == Tense::Past || back > 0 {
            current - 1 - back
        } else {
            current
        };
        mr(
            e,
            Cal::V(DateValue::Unit(Period::quarter(
                q.div_euclid(4),
                q.rem_euclid(4) as u32 + 1,
            ))),
        )
    }
}

/// The quarter and fiscal-year rules.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "Qn [year], the nth quarter|half [of year], Hn year",
        run: |p, i, _| p.quarter(i),
        starts: Starts {
            classes: super::NUM | super::NUMBER_WORD,
            words: &[
                "the",
                "this",
                "next",
                "last",
                "final",
                "q",
                "h",
                "fiscal",
                "financial",
            ],
        },
        examples: &[
            ("Deliveries start in [Q1 2025].", "-", "2025-Q1"),
            (
                "Chip sales slumped in [2Q23], the filing shows.",
                "-",
                "2023-Q2",
            ),
            (
                "The broker cut its [1H21] forecast.",
                "2021-03-01",
                "2021-01/2021-06",
            ),
            (
                "The software maker lost money in [the second quarter of fiscal 2003].",
                "-",
                "2003-Q2",
            ),
            (
                "Sales slipped in [this year's second quarter].",
                "2011-08-09",
                "2011-Q2",
            ),
            (
                "[Third-period] earnings climbed 20% to $12 million.",
                "1989-11-02",
                "1989-Q3",
            ),
            (
                "Output fell in [the third quarter of 2023].",
                "-",
                "2023-Q3",
            ),
            (
                "Profit rose in [the fourth quarter], the company said.",
                "2024-02-10",
                "2023-Q4",
            ),
            ("Hiring slowed in [H2 2019].", "-", "2019-07/2019-12"),
            ("Net income doubled in [3Q 2022].", "-", "2022-Q3"),
            ("Margins improved in [1H 2021].", "-", "2021-01/2021-06"),
            ("Handset sales peaked in [Q4 '09].", "2013-02-12", "2009-Q4"),
            (
                "The carrier lost money in [fiscal 1988's fourth quarter].",
                "1989-10-26",
                "1988-Q4",
            ),
            (
                "[Third-quarter] net income fell 12 percent.",
                "1989-10-26",
                "1989-Q3",
            ),
            (
                "The chain expects [fourth-quarter] sales to rise.",
                "1989-10-26",
                "1989-Q4",
            ),
            (
                "The miner posted a [first-half] loss, it said.",
                "2019-08-13",
                "2019-01/2019-06",
            ),
            (
                "Profit was $4 million in [the year-earlier first half].",
                "2001-10-10",
                "2000-01/2000-06",
            ),
            (
                "Miners exported more coal in [the September quarter].",
                "2019-11-20",
                "2019-Q3",
            ),
            (
                "Its profit doubled in [the December quarter], it said.",
                "2019-08-13",
                "2018-Q4",
            ),
            (
                "The retailer's sales fell in [the May 2018 quarter].",
                "-",
                "2018-03/2018-05",
            ),
            (
                "The chipmaker lost money in its [fiscal second quarter] ended Dec. 31.",
                "2010-01-20",
                "2009-Q4",
            ),
            (
                "Orders climbed in [the fiscal third quarter], the maker said.",
                "2011-11-15",
                "2011-Q3",
            ),
            (
                "Margins widened in [the fiscal first half] ended Dec. 31.",
                "2010-02-03",
                "2009-07/2009-12",
            ),
            (
                "Its [first quarter], which ended April 30, was its best.",
                "2016-05-25",
                "2016-02/2016-04",
            ),
        ],
    },
    Rule {
        name: "the [latest|most recent|year-ago] quarter, the N <units> to|ended <close>",
        run: |p, i, _| better(p.quarter_unnumbered(i), p.trailing_period(i)),
        starts: Starts {
            classes: 0,
            words: &["the"],
        },
        examples: &[
            (
                "Net income in [the quarter] rose to $3 million.",
                "1989-10-26",
                "1989-Q3",
            ),
            (
                "The chain earned $1 a share in [the latest quarter].",
                "1998-02-10",
                "1997-Q4",
            ),
            (
                "Sales rose 5% from [the year-ago quarter].",
                "1989-10-26",
                "1988-Q3",
            ),
            (
                "Margins were thinner than in [the prior-year quarter].",
                "2015-07-29",
                "2014-Q2",
            ),
            (
                "The bank expects profit to recover in [the quarter].",
                "1989-10-26",
                "1989-Q4",
            ),
            (
                "The grocer's sales rose in [the quarter] ended Feb. 28.",
                "2009-03-10",
                "2008-12/2009-02",
            ),
            (
                "Home prices climbed 6% in [the 12 months] to August.",
                "2019-10-02",
                "2018-09/2019-08",
            ),
            (
                "Car exports slipped in [the three months] to June.",
                "2024-03-13",
                "2023-Q2",
            ),
            (
                "Revenue grew in [the year] through February, filings showed.",
                "2016-05-20",
                "2015-03/2016-02",
            ),
            (
                "Output fell in [the four weeks] ended Jan. 20.",
                "2018-02-07",
                "2017-12-24/2018-01-20",
            ),
        ],
    },
    Rule {
        name: "fiscal [year] N, FYnn, this|next|last fiscal year, Qn FYnn",
        run: |p, i, _| p.part_of_fiscal_year(i).or_else(|| p.fiscal_year(i)),
        starts: Starts {
            classes: super::SHIFT | super::NUM,
            words: &["fiscal", "financial", "fy", "the", "q", "h"],
        },
        examples: &[
            ("The budget for [fiscal 2025] was passed.", "-", "2025"),
            (
                "The carrier forecast a profit for [fiscal '90].",
                "1989-11-02",
                "1990",
            ),
            (
                "Sales should grow [this fiscal year].",
                "2016-05-02",
                "2016",
            ),
            (
                "The agency overspent in [the previous financial year], auditors found.",
                "2021-11-19",
                "2020",
            ),
            ("Cuts are planned for [next fiscal year].", "-", "null"),
            ("Revenue guidance for [FY25] was cut.", "-", "2025"),
            ("Spending in [fiscal year 2024] rose.", "-", "2024"),
            (
                "The council set its budget for [FY2023-24].",
                "-",
                "2023/2024",
            ),
            (
                "Tax receipts for [fiscal 2021/2022] beat forecasts.",
                "-",
                "2021/2022",
            ),
        ],
    },
];
