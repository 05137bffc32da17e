//! Dates written day first: "6 December 2023", "the first of March", "4
//! of july", "14th April 15", "the twenty third day of September", "13
//! to 15 July", "the ides of March", "the 20th of next month", "on the
//! 18th".

use super::super::grammar::*;
use super::super::value::DateValue;
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::Kind;

impl P<'_> {
    /// Day first: "6 December 2023", "the first of March", "4 of july",
    /// "14th April 15", "the twenty third day of September", "13 to 15
    /// July", "the ides of March", "20th of next month".
    pub(crate) fn day_first(&self, i: usize, _depth: u32) -> Option<M> {
        let mut k = i;
        let the = self.is(k, "the");
        if the {
            k += 1;
        }
        if self.is(k, "ides") && self.is(k + 1, "of") {
            let (mo, e, _) = self.month_at(k + 2)?;
            let d = if matches!(mo, 3 | 5 | 7 | 10) { 15 } else { 13 };
            return self.day_month_tail(d, mo, e, false);
        }
        let (d, de, ord, digits) = self.small(k)?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut j = de;
        // day range: "13 to 15 July", "1-8 september", "between 3 and 12 of sept"
        let conn = self.p(j, "-")
            || ["to", "and", "through", "thru", "till", "until"]
                .iter()
                .any(|w| self.is(j, w));
        if conn {
            let mut j2 = j + 1;
            if self.is(j2, "the") {
                j2 += 1;
            }
            if let Some((d2, de2, _, _)) = self.small(j2) {
                let mut j3 = de2;
                if self.is(j3, "day") && self.is(j3 + 1, "of") {
                    j3 += 2;
                } else if self.is(j3, "of") {
                    j3 += 1;
                }
                if let Some((mo, e, _)) = self.month_at(j3) {
                    if (1..=31).contains(&d2) && d2 > d && (digits || ord) {
                        let a = self.day_month_tail(d, mo, e, true)?;
                        if let Cal::Ymd { y, .. } = a.cal {
                            let b = Cal::Ymd {
                                y,
                                m: mo,
                                d: d2,
                                wd: None,
                            };
                            let first = Cal::Ymd {
                                y,
                                m: mo,
                                d,
                                wd: None,
                            };
                            return self.pack_range(first, b, a.end, i);
                        }
                    }
                }
                if let Some((ym, e)) = self.rel_month(j3) {
                    if (1..=31).contains(&d2) && d2 > d && (digits || ord || self.is(i, "the")) {
                        let Some((y, mo)) = ym else {
                            return mr(e, Cal::V(DateValue::Unresolved));
                        };
                        let first = Cal::Ymd {
                            y: Some(y),
                            m: mo,
                            d,
                            wd: None,
                        };
                        let b = Cal::Ymd {
                            y: Some(y),
                            m: mo,
                            d: d2,
                            wd: None,
                        };
                        let r = self.pack_range(first, b, e, i)?;
                        return Some(M { rel: true, ..r });
                    }
                }
            }
            // "from 4 to January 22, 1995"
            if let Some(b) = self.month_first(j + 1) {
                if let Cal::Ymd {
                    y, m: mo, d: d2, ..
                } = b.cal
                {
                    if d2 > d && (digits || ord) {
                        let first = Cal::Ymd {
                            y,
                            m: mo,
                            d,
                            wd: None,
                        };
                        return self.pack_range(first, b.cal, b.end, i);
                    }
                }
            }
        }
        let mut of = false;
        if self.is(j, "day") && self.is(j + 1, "of") {
            j += 2;
            of = true;
        } else if self.is(j, "of") {
            j += 1;
            of = true;
        }
        if !digits && !ord && !of {
            return None; // "four July" is not a date, "fourth of July" is
        }
        if let Some((mo, e, amb)) = self.month_at(j) {
            if amb && !(digits || ord || of) {
                return None;
            }
            // "5 may" with lower-case may and no year: only with context
            let context = of
                || ord
                || self.cap(j)
                || self.year_after(e).is_some()
                || i > 0 && date_context(self.w(i - 1));
            if amb && !context {
                return None;
            }
            return self.day_month_tail(d, mo, e, digits && ord);
        }
        // "the 20th of next month", "21st this month"
        if of || ord || the {
            if let Some((ym, e)) = self.rel_month(j) {
                let cal = match ym {
                    Some((y, mo)) => Cal::Ymd {
                        y: Some(y),
                        m: mo,
                        d,
                        wd: None,
                    },
                    None => Cal::V(DateValue::Unresolved),
                };
                return mr(e, cal);
            }
        }
        // "on the 18th", "for the 27th": a day of an unstated month
        // ("to" only with "the": "moved to the 18th", not "rode to First
        // Street"); an ordinal word in capitals inside a sentence is a name
        let prep = i > 0
            && (matches!(
                self.w(i - 1),
                "on" | "for" | "by" | "until" | "since" | "till"
            ) || the && self.ordinal_day_cue(i));
        let named = !digits && self.cap(k) && !self.sentence_start(k);
        if !of && prep && !named && (ord || the && digits) {
            let nxt = self.t.get(de);
            let ok = match nxt {
                None => true,
                Some(t) if t.glued() && t.kind != Kind::Sym => false,
                Some(t) if t.glued() && t.dash() => false, // "the 28-year-old"
                Some(t) => t.kind != Kind::Word || matches!(self.t.low_of(t), "and" | "or" | "at"),
            };
            if ok {
                return mr(de, Cal::Dwd { d, wd: None });
            }
        }
        None
    }

    /// Whether the word before "the <ordinal>" at `i` makes it a day of
    /// an unstated month: "moved to the 18th", "from the 5th", "the night
    /// of the 4th", "the afternoon of the 10th" (not "rode to First
    /// Street": "the" is required).
    fn ordinal_day_cue(&self, i: usize) -> bool {
        let Some(b) = i.checked_sub(1) else {
            return false;
        };
        match self.w(b) {
            "to" | "from" => true,
            "of" => b > 0 && matches!(self.w(b - 1), "morning" | "afternoon" | "evening" | "night"),
            _ => false,
        }
    }

    /// After "<day> [of] <month>": an optional year (also a two-digit one
    /// after an ordinal day: "14th April 15").
    pub(crate) fn day_month_tail(&self, d: u32, mo: u32, e: usize, short_year: bool) -> Option<M> {
        if let Some((y, ye)) = self.year_after(e) {
            return m(
                ye,
                Cal::Ymd {
                    y: Some(y),
                    m: mo,
                    d,
                    wd: None,
                },
            );
        }
        if let Some((y, ye)) = self.rel_year_after(e) {
            return mr(
                ye,
                Cal::Ymd {
                    y: Some(y),
                    m: mo,
                    d,
                    wd: None,
                },
            );
        }
        if short_year {
            if let Some(t) = self.numtok(e) {
                if t.ndig == 2
                    && self.num_ok(e)
                    && !self.p(e + 1, ":")
                    && !matches!(self.t.get(e + 1), Some(n) if n.kind == Kind::Word && !matches!(self.t.low_of(n), "and" | "or" | "to"))
                {
                    return m(
                        e + 1,
                        Cal::Ymd {
                            y: Some(self.expand_yy(t.num as i32)),
                            m: mo,
                            d,
                            wd: None,
                        },
                    );
                }
            }
        }
        m(
            e,
            Cal::Ymd {
                y: None,
                m: mo,
                d,
                wd: None,
            },
        )
    }

    /// "[of] [the] this/next/last/current month": the (year, month), or
    /// `None` inside when there is no publication date; and the end.
    pub(crate) fn rel_month(&self, j: usize) -> Option<(Option<(i32, u32)>, usize)> {
        let mut j = j;
        if self.is(j, "of") || self.is(j, "in") {
            j += 1;
        }
        if self.is(j, "the") && !self.is(j + 1, "month") {
            j += 1;
        }
        let off = match self.w(j) {
            "this" | "the" | "current" => 0,
            "next" | "following" => 1,
            "last" | "previous" | "past" => -1,
            _ => return None,
        };
        if !self.is(j + 1, "month") {
            return None;
        }
        let ym = self.pub_day.map(|z| {
            let (y, mo, _) = civil_from_days(z);
            add_months(y, mo, off)
        });
        Some((ym, j + 2))
    }
}

/// The day-first rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "day month [year] (\"6 December 2023\", \"the first of March\")",
    run: |p, i, d| p.day_first(i, d),
    starts: Starts {
        classes: super::NUM | super::NUMBER_WORD,
        words: &["the", "ides"],
    },
    examples: &[
        ("Results came in on [14 February 2022].", "-", "2022-02-14"),
        (
            "The market opens on [the first of March].",
            "2024-02-10",
            "2024-03-01",
        ),
        (
            "Fireworks are planned for [the 4th of July].",
            "2024-03-20",
            "2024-07-04",
        ),
        (
            "The strike ran from [13 to 15 July 2023].",
            "-",
            "2023-07-13/2023-07-15",
        ),
        (
            "Traders will watch [the ides of March] closely.",
            "2024-02-01",
            "2024-03-15",
        ),
        (
            "Rent is due on [the 20th of next month].",
            "2024-03-20",
            "2024-04-20",
        ),
        (
            "The hearing will resume on [the 18th].",
            "2024-03-10",
            "2024-03-18",
        ),
    ],
}];
