//! Relative days and periods told from publication's own day: "today",
//! "yesterday", "the day after tomorrow", "this morning", "last night",
//! "this time last year"; "earlier this week", "the rest of the month";
//! "the weekend"; "this/next/last week, month, year". Counted spans ("the
//! past 2 weeks") are in `counted`, offsets ("two days ago", "in three
//! weeks") in `ago`.

use super::super::grammar::*;
use super::super::tense::Tense;
use super::super::value::{day_range, DateValue, Period};
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::words::{self, Unit};
use crate::lex::Kind;

impl P<'_> {
    /// today, tonight, yesterday, tomorrow, the day after tomorrow, this
    /// morning, last night.
    pub(crate) fn relword(&self, i: usize) -> Option<M> {
        let w = self.w(i);
        if matches!(w, "today" | "tonight" | "tomorrow" | "yesterday")
            && self.cap(i)
            && !self.sentence_start(i)
            && !self.p(i - 1, ",")
            && !self.p(i - 1, "(")
            && !self.p(i - 1, "-")
        {
            // "USA TODAY", "NBC's Today show", "World News Tonight": a
            // capitalised day word inside a sentence is part of a name
            return None;
        }
        if let Some(m) = self.this_time_last(i) {
            return Some(m);
        }
        let (off, e) = match w {
            "today" | "tonight" | "tonite" => (0, i + 1),
            "yesterday" => (-1, i + 1),
            "tomorrow" | "tomorrows" | "tmrw" | "tmr" => (1, i + 1),
            "this" if matches!(self.w(i + 1), "morning" | "afternoon" | "evening") => (0, i + 2),
            "last" if self.is(i + 1, "night") => (-1, i + 2),
            "at" if self.is(i + 1, "this") && self.is(i + 2, "time") => (0, i + 3),
            "the" | "day" => {
                let k = if w == "the" { i + 1 } else { i };
                if !self.is(k, "day") {
                    return None;
                }
                match (self.w(k + 1), self.w(k + 2)) {
                    ("after", "tomorrow" | "tmrw" | "tmr") => (2, k + 3),
                    ("before", "yesterday") => (-2, k + 3),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let cal = match self.pub_day {
            Some(z) => Cal::V(DateValue::Unit(Period::day(z + off))),
            None => Cal::V(DateValue::Unresolved),
        };
        mr(e, cal)
    }

    /// "(at) this time last year", "this time next week": the publication
    /// day a week, month or year away.
    fn this_time_last(&self, i: usize) -> Option<M> {
        let k = if self.is(i, "at") { i + 1 } else { i };
        if !(self.is(k, "this") && self.is(k + 1, "time")) {
            return None;
        }
        let sign = match self.w(k + 2) {
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        let u = words::unit(self.w(k + 3))
            .filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))?;
        let end = k + 4;
        let Some(z) = self.pub_day else {
            return mr(end, Cal::V(DateValue::Unresolved));
        };
        let d = self.shift_all(z, (u, 1), &[], sign);
        mr(end, Cal::V(DateValue::Unit(Period::day(d))))
    }

    /// Any relative period or offset: the two rules below, then
    /// [`P::counted_span`] and [`P::offset`], in order.
    pub(crate) fn unit_rel(&self, i: usize, depth: u32) -> Option<M> {
        self.rest_of_unit(i, depth)
            .or_else(|| self.this_unit(i, depth))
            .or_else(|| self.counted_span(i, depth))
            .or_else(|| self.offset(i, depth))
    }
    /// Part of the current week, month or year: "earlier this week", "later
    /// in the year", "the rest of the month".
    pub(crate) fn rest_of_unit(&self, i: usize, _depth: u32) -> Option<M> {
        let z = self.pub_day;
        let null = || Cal::V(DateValue::Unresolved);
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        // earlier/later this week; the rest of the month
        if matches!(self.w(k), "earlier" | "later" | "rest") {
            let j = if self.is(k, "rest")
                && self.is(k + 1, "of")
                && matches!(self.w(k + 2), "the" | "this")
            {
                k + 3
            } else if self.is(k, "rest") {
                return None;
            } else if self.is(k + 1, "in") && self.is(k + 2, "the") {
                k + 3
            } else if self.is(k + 1, "this") {
                k + 2
            } else {
                return None;
            };
            let u = words::unit(self.w(j))?;
            if !matches!(u, Unit::Week | Unit::Month | Unit::Year) {
                return None;
            }
            let Some(z) = z else { return mr(j + 1, null()) };
            let p = self.unit_at(u, z);
            let v = if self.is(k, "earlier") {
                day_range(p.d, (z - 1).max(p.d))
            } else {
                day_range(z, p.last())
            };
            return mr(j + 1, Cal::V(v));
        }
        None
    }

    /// The weekend and whole units around publication: "the weekend",
    /// "this weekend", "weekend after next", "next business week", "last
    /// month", "this year", "next week Wednesday".
    pub(crate) fn this_unit(&self, i: usize, _depth: u32) -> Option<M> {
        let z = self.pub_day;
        let null = || Cal::V(DateValue::Unresolved);
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        // "weekend", "the weekend", "this weekend", "weekend after next"
        let (wmode, kw) = match self.w(k) {
            // "this past weekend", "this past week": the one just gone
            "this" if self.is(k + 1, "past") => (Some(-1), k + 2),
            // "this coming weekend", "this upcoming week": the coming one
            "this" if matches!(self.w(k + 1), "coming" | "upcoming") => (Some(1), k + 2),
            "this" | "current" => (Some(0i64), k + 1),
            "all" if k == i => (Some(0i64), k + 1),
            "next" | "following" | "coming" | "upcoming" => (Some(1), k + 1),
            "last" | "previous" | "past" | "prior" => (Some(-1), k + 1),
            "same" => (Some(0), k + 1),
            _ => (None, k),
        };
        // "this working week", "next business week": Monday to Friday
        if wmode.is_some()
            && matches!(self.w(kw), "working" | "work" | "business")
            && self.is(kw + 1, "week")
        {
            let end = kw + 2;
            let Some(z) = z else { return mr(end, null()) };
            let mon = monday_of(z) + 7 * wmode.unwrap_or(0);
            return mr(end, Cal::V(day_range(mon, mon + 4)));
        }
        if self.is(kw, "weekend") {
            let mut end = kw + 1;
            let mut off = wmode;
            if self.is(end, "after")
                && (self.is(end + 1, "next") || self.is(end + 1, "the") && self.is(end + 2, "next"))
            {
                end += if self.is(end + 1, "next") { 2 } else { 3 };
                off = Some(2);
            }
            if wmode.is_none() && k == i && !(i > 0 && date_context(self.w(i - 1))) {
                // a bare "weekend" only after a date word or "the"
                return None;
            }
            // "the weekend before the election": told from a happening
            // (a date there is `P::weekend_beside`'s longer match), not
            // from publication
            if wmode.is_none() && self.beside_a_happening(end) {
                return mr(end, null());
            }
            let Some(z) = z else { return mr(end, null()) };
            let sat = |mon: i64| (mon + 5, mon + 6);
            let mon = monday_of(z);
            // "the coming weekend", "this upcoming weekend": the first
            // one after publication, as "this coming Saturday" is (not the
            // weekend of next week, as "next weekend" is)
            let coming = matches!(self.w(kw - 1), "coming" | "upcoming") && off == Some(1);
            let (a, b) = match off {
                Some(1) if coming && weekday(z) < 5 => sat(mon),
                // "protesters gathered this weekend" in a weekday's paper:
                // the weekend just past
                Some(0)
                    if self.is(kw - 1, "this")
                        && weekday(z) < 5
                        && self.tense(i, end) == Tense::Past =>
                {
                    sat(mon - 7)
                }
                Some(0) => sat(mon),
                Some(n) => sat(mon + 7 * n),
                _ => {
                    // "the weekend": by tense
                    match self.tense(i, end) {
                        Tense::Past if weekday(z) < 5 => sat(mon - 7),
                        _ => sat(mon),
                    }
                }
            };
            return mr(end, Cal::V(day_range(a, b)));
        }
        // "the year before", "the week before": the unit before
        // publication's, when nothing follows that "before" could count from
        let before_unit = wmode.is_none()
            && k > i
            && words::unit(self.w(k)).is_some()
            && !self.w(k).ends_with('s')
            && matches!(self.w(k + 1), "before" | "earlier")
            && (self
                .t
                .get(k + 2)
                .is_none_or(|t| t.kind == Kind::Sym && (!t.dash() || t.space_before()))
                // "started the week before and kept going": the clause
                // goes on with another verb
                || matches!(self.w(k + 2), "and" | "but"));
        let (wmode, kw) = if before_unit {
            (Some(-1), k)
        } else {
            (wmode, kw)
        };
        // this/next/last + unit (+ optional weekday for weeks)
        if let Some(off) = wmode {
            if let Some(u) = words::unit(self.w(kw)) {
                if self.w(kw).ends_with('s') && !matches!(u, Unit::Day) || u == Unit::Day {
                    // "next days" etc. handled below with a count
                } else {
                    let mut end = kw + 1 + usize::from(before_unit);
                    // "the following month", "the week before": from a
                    // period the story told, when one is in reach
                    let narrated = k > i
                        && (before_unit || matches!(self.w(k), "following" | "previous" | "prior"));
                    if let Some(v) = narrated
                        .then(|| self.unit_from_narrated(i, u, off))
                        .flatten()
                    {
                        return mr(end, v);
                    }
                    // "next week's Friday", "last year's Christmas": the
                    // date inside that unit
                    let single = k == i && kw == k + 1;
                    if let Some(inner) = single.then(|| self.possessive_inner(end, u)).flatten() {
                        let Some(z) = z else {
                            return mr(inner.end, null());
                        };
                        let p = self.unit_at(u, z).shift(off);
                        if let Some(cal) = inside_unit(inner.cal, u, p) {
                            return mr(inner.end, cal);
                        }
                    }
                    let Some(z) = z else { return mr(end, null()) };
                    let mut off = off;
                    if u == Unit::Week && self.is(end, "after") && self.is(end + 1, "next") {
                        off = 2;
                        end += 2;
                    }
                    let v = match u {
                        // "over the past decade", "in the last decade": the
                        // ten years up to publication, not the calendar
                        // decade before this one ("last decade" alone is)
                        Unit::Decade
                            if off == -1 && (self.is(kw - 1, "past") || k > i && end == kw + 1) =>
                        {
                            day_range(self.shift_all(z, (Unit::Year, 10), &[], -1), z - 1)
                        }
                        // "over the past year", "in the last month": likewise
                        // the stretch up to publication ("last year" alone,
                        // "the last week of July" are calendar units)
                        Unit::Year | Unit::Month | Unit::Week
                            if off == -1
                                && k > i
                                && end == kw + 1
                                && matches!(self.w(kw - 1), "past" | "last")
                                && !self.is(end, "of") =>
                        {
                            day_range(self.shift_all(z, (u, 1), &[], -1), z - 1)
                        }
                        Unit::Fortnight => {
                            let mon = monday_of(z);
                            let a = match off {
                                0 => mon,
                                1 => mon + 14,
                                _ => mon - 14,
                            };
                            day_range(a, a + 13)
                        }
                        _ => {
                            let p = self.unit_at(u, z).shift(off);
                            // "next week Wednesday", "this week on Monday", "previous week - monday"
                            if u == Unit::Week {
                                let mut j = end;
                                if self.p(j, ",") || self.p(j, "-") || self.is(j, "on") {
                                    j += 1;
                                }
                                if let Some((wd, _)) = words::weekday(self.w(j)) {
                                    let abbr = self.w(j).len() <= 5 && !self.w(j).ends_with("day");
                                    let e2 = if abbr && self.p(j + 1, ".") {
                                        j + 2
                                    } else {
                                        j + 1
                                    };
                                    return mr(
                                        e2,
                                        Cal::V(DateValue::Unit(Period::day(p.d + i64::from(wd)))),
                                    );
                                }
                            }
                            DateValue::Unit(p)
                        }
                    };
                    return mr(end, Cal::V(v));
                }
            }
        }
        None
    }
}

impl P<'_> {
    /// Rule `possessive_unit`: the date a unit said in the possessive
    /// holds, after the unit ending at `e` ("next week's Friday", "last
    /// year's Thanksgiving", "this year's March 3"): a weekday after a
    /// week; a month, a month-day or a holiday without a year after a year.
    /// `None` when no such date follows the possessive.
    fn possessive_inner(&self, e: usize, u: Unit) -> Option<M> {
        if !((self.p(e, "'") || self.p(e, "’")) && self.is(e + 1, "s")) {
            return None;
        }
        let j = e + 2;
        let inner = match u {
            Unit::Week => self.weekday_expr(j),
            Unit::Year => better(
                better(self.month_first(j), self.day_first(j, MAX_DEPTH)),
                self.holiday(j),
            ),
            _ => None,
        }?;
        // "last week's Sunday Times", "last year's Christmas Day Parade": a
        // capitalised word going on makes a name of the day's
        let name_goes_on = self.cap(inner.end)
            && self
                .t
                .get(inner.end)
                .is_some_and(|t| t.kind == Kind::Word && t.space_before())
            && !words::is_calendar_word(self.w(inner.end));
        if name_goes_on {
            return None;
        }
        inside_unit(inner.cal, u, Period::year(2000)).map(|_| inner)
    }
}

/// A year-less reference `cal` placed inside the unit `p` of kind `u`: a
/// weekday in a week, a month, month-day or holiday in a year; `None` for
/// any other pairing (a date that states its own year keeps it).
fn inside_unit(cal: Cal, u: Unit, p: Period) -> Option<Cal> {
    let y = Some(civil_from_days(p.d).0);
    match (u, cal) {
        (Unit::Week, Cal::Wd(wd)) => {
            Some(Cal::V(DateValue::Unit(Period::day(p.d + i64::from(wd)))))
        }
        (Unit::Year, Cal::Ymd { y: None, m, d, wd }) => Some(Cal::Ymd { y, m, d, wd }),
        (Unit::Year, Cal::Ym { y: None, m }) => Some(Cal::Ym { y, m }),
        (Unit::Year, Cal::Hol { h, y: None, wk }) => Some(Cal::Hol { h, y, wk }),
        _ => None,
    }
}

/// The relative-word and relative-period rules.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "today|tonight|yesterday|tomorrow|the day after tomorrow|this time last year",
        run: |p, i, _| p.relword(i),
        starts: Starts {
            classes: 0,
            words: &[
                "today",
                "tonight",
                "tonite",
                "yesterday",
                "tomorrow",
                "tomorrows",
                "tmrw",
                "tmr",
                "this",
                "last",
                "at",
                "the",
                "day",
            ],
        },
        examples: &[
            (
                "The minister resigned [yesterday].",
                "2024-03-20",
                "2024-03-19",
            ),
            ("Markets reopen [tomorrow].", "2024-03-20", "2024-03-21"),
            (
                "Talks continue [the day after tomorrow].",
                "2024-03-20",
                "2024-03-22",
            ),
            ("A storm hit [last night].", "2024-03-20", "2024-03-19"),
            ("He left [yesterday], aides said.", "-", "null"),
            (
                "[At this time last year] the reservoir was full.",
                "2024-03-20",
                "2023-03-20",
            ),
            (
                "Crews hope to finish [this time next month].",
                "2024-03-20",
                "2024-04-20",
            ),
        ],
    },
    Rule {
        name: "earlier|later this <unit>, the rest of the <unit>",
        run: |p, i, d| p.rest_of_unit(i, d),
        starts: Starts {
            classes: 0,
            words: &["the", "earlier", "later", "rest"],
        },
        examples: &[
            (
                "Prices fell [earlier this week].",
                "2024-03-20",
                "2024-03-18/2024-03-19",
            ),
            (
                "More rain is due [later this month].",
                "2024-03-20",
                "2024-03-20/2024-03-31",
            ),
            (
                "Shops stay shut for [the rest of the year].",
                "2024-11-20",
                "2024-11-20/2024-12-31",
            ),
        ],
    },
    Rule {
        name: "the weekend, this|next|last <unit>",
        run: |p, i, d| p.this_unit(i, d),
        starts: Starts {
            classes: super::SHIFT,
            words: &["the", "all", "same", "weekend"],
        },
        examples: &[
            (
                "Protesters gathered over [the weekend].",
                "2024-11-18",
                "2024-11-16/2024-11-17",
            ),
            ("Inflation eased [last month].", "2024-03-20", "2024-02"),
            (
                "The airline made a profit [the year before].",
                "2024-03-20",
                "2023",
            ),
            (
                "Rents doubled over [the past decade].",
                "2024-03-20",
                "2014-03-20/2024-03-19",
            ),
            ("Growth will pick up [next year].", "2024-03-20", "2025"),
            (
                "The summit opens [next week Wednesday].",
                "2024-03-20",
                "2024-03-27",
            ),
            (
                "Crews work through [next business week].",
                "2024-03-20",
                "2024-03-25/2024-03-29",
            ),
            (
                "Two boats capsized [this past weekend].",
                "2024-03-20",
                "2024-03-16/2024-03-17",
            ),
            (
                "Stalls open [this coming weekend].",
                "2024-03-20",
                "2024-03-23/2024-03-24",
            ),
            (
                "Forecasters expect frost over [the upcoming weekend].",
                "2024-03-18",
                "2024-03-23/2024-03-24",
            ),
            (
                "The mayor speaks at [next week's Thursday] briefing.",
                "2024-03-20",
                "2024-03-28",
            ),
            (
                "Hail fell on [last year's Thanksgiving], growers recall.",
                "2024-03-20",
                "2023-11-23",
            ),
            (
                "The parade route changes for [next year's July 4].",
                "2024-03-20",
                "2025-07-04",
            ),
            ("Turnout fell at [last week's Saturday] rally.", "-", "null"),
        ],
    },
];
