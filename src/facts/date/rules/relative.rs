//! Relative days and periods: "today", "yesterday", "the day after
//! tomorrow", "this morning", "last night"; "earlier this week", "the
//! rest of the month"; "the weekend"; "this/next/last week, month,
//! year"; counted spans ("the past 2 weeks", "within the next 10
//! months"); offsets ("two days ago", "in three weeks", "3 fridays from
//! now", "16 days from 01/02/2018").

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

    /// Any relative period or offset: the four rules below, in order.
    pub(crate) fn unit_rel(&self, i: usize, depth: u32) -> Option<M> {
        self.rest_of_unit(i, depth)
            .or_else(|| self.this_unit(i, depth))
            .or_else(|| self.counted_span(i, depth))
            .or_else(|| self.offset(i, depth))
    }

    /// A whole number of units away from publication day `z` (with
    /// further parts `more`, `sign` -1 back, 1 ahead): the day, except that
    /// a count of years back alone is the year ("two years ago" in March
    /// 2013 is 2011, as a reader of news takes it, not 11 March 2011; "in
    /// two years" stays a day, the end of a term), unless it is
    /// the base of a comparison ("4% higher than a year ago": the same time
    /// of the year before).
    pub(crate) fn away_from_publication(
        &self,
        z: i64,
        first: (Unit, i64),
        more: &[(Unit, i64)],
        sign: i64,
        comparison: bool,
    ) -> DateValue {
        let d = self.shift_all(z, first, more, sign);
        if first.0 == Unit::Year && more.is_empty() && sign < 0 && !comparison {
            let (y, _, _) = civil_from_days(d);
            return DateValue::Unit(Period::year(y));
        }
        DateValue::Unit(Period::day(d))
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
            let (a, b) = match off {
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
            && self
                .t
                .get(k + 2)
                .is_none_or(|t| t.kind == Kind::Sym && (!t.dash() || t.space_before()));
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
                    let narrated = k > i && matches!(self.w(k), "following" | "previous" | "prior");
                    if let Some(v) = narrated
                        .then(|| self.unit_from_narrated(i, u, off))
                        .flatten()
                    {
                        return mr(end, v);
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

    /// Offsets from publication or from a date: "two days ago", "in three
    /// weeks", "3 fridays from now", "2 years 21 days later", "16 days from
    /// 01/02/2018", "a year from Christmas".
    pub(crate) fn offset(&self, i: usize, depth: u32) -> Option<M> {
        let z = self.pub_day;
        let null = || Cal::V(DateValue::Unresolved);
        // "in N units", "N units ago", "N units from now", "N units after X"
        let comparison = i > 0
            && matches!(
                self.w(i - 1),
                "than" | "from" | "since" | "with" | "to" | "versus" | "vs" | "over"
            );
        let (inn, k3) = if self.is(i, "in") {
            (true, i + 1)
        } else {
            (false, i)
        };
        let (n, e, half) = match self.count_with_half(k3) {
            Some((n, e)) => (n, e, true),
            None => {
                let (n, e) = self.qty(k3)?;
                (n, e, false)
            }
        };
        let n = i64::from(n);
        let wname = self.w(e);
        // "3 fridays from now", "2 thursdays ago"
        if let Some((wd, _)) = words::weekday(wname) {
            if inn || n < 1 {
                return None;
            }
            let (dirn, end) = match (self.w(e + 1), self.w(e + 2)) {
                ("from", "now" | "today") => (1, e + 3),
                ("ago" | "back", _) => (-1, e + 2),
                _ => return None,
            };
            let Some(z) = z else { return mr(end, null()) };
            let d = if dirn > 0 {
                z + 1 + (i64::from(wd) - i64::from(weekday(z + 1))).rem_euclid(7) + 7 * (n - 1)
            } else {
                z - 1 - (i64::from(weekday(z - 1)) - i64::from(wd)).rem_euclid(7) - 7 * (n - 1)
            };
            return mr(end, Cal::V(DateValue::Unit(Period::day(d))));
        }
        let u = words::unit(wname)?;
        if self.w(e).ends_with('s') == (n == 1)
            && self.numtok(k3).is_some()
            && n == 1
            && wname.ends_with('s')
        {
            // "1 weeks" still fine
        }
        let (mut more, mut end) = self.more_units(e + 1, false);
        // "a year and a half ago", "two and a half years ago": the half
        // in whole smaller units (none for a day or a week, whose half the
        // day grain cannot hold); not before "later"/"earlier", which
        // count from a day of the story in whole units
        let half_after = more.is_empty()
            && self.is(end, "and")
            && self.is(end + 1, "a")
            && self.is(end + 2, "half");
        if half || half_after {
            if half_after {
                end += 3;
            }
            if !more.is_empty() || matches!(self.w(end), "later" | "earlier") {
                return None;
            }
            more.extend_from_slice(half_of(u)?);
        }
        if inn {
            // "the worst drought in 500 years", "the first time in a
            // decade": a stretch back from now, no future day ("will hold
            // its first meeting in two weeks" is one)
            if self.after_superlative(i) && self.tense(i, end) != Tense::Future {
                return None;
            }
            // "sold a million copies in three days", "seven game-winning
            // drives in one year": in a past sentence, how long something
            // took, not a day ahead
            if self.tense(i, end) == Tense::Past {
                return None;
            }
            // "in 2 weeks", "in a fortnight('s time)"
            if self.is(end, "time") {
                end += 1;
            } else if self.p(end, "'") && self.is(end + 1, "s") && self.is(end + 2, "time") {
                end += 3;
            }
            let Some(z) = z else { return mr(end, null()) };
            return mr(
                end,
                Cal::V(self.away_from_publication(z, (u, n), &more, 1, comparison)),
            );
        }
        match (self.w(end), self.w(end + 1)) {
            // "earlier" counts from publication only in a comparison
            // ("up 5% from a year earlier", "than three months earlier");
            // elsewhere it counts from a day the story told before
            ("ago" | "back" | "earlier", _) if !self.is(end, "earlier") || comparison => {
                let Some(z) = z else {
                    return mr(end + 1, null());
                };
                mr(
                    end + 1,
                    Cal::V(self.away_from_publication(z, (u, n), &more, -1, comparison)),
                )
            }
            // "2 years 21 days later" with no anchor: after publication
            ("hence", _) | ("later", _) if self.is(end, "hence") || !more.is_empty() => {
                let Some(z) = z else {
                    return mr(end + 1, null());
                };
                mr(
                    end + 1,
                    Cal::V(self.away_from_publication(z, (u, n), &more, 1, comparison)),
                )
            }
            // "two days later", "a year earlier" in a story: from the
            // day it told last (narrated time); "earlier" with no day told
            // counts back from publication, the report's reference time
            // ("profit of $3 million a year earlier")
            ("later" | "earlier", w) if w != "than" => {
                let sign = sign_of(self.w(end));
                match z {
                    Some(z) if sign < 0 && !self.anchor_in_reach(i) => mr(
                        end + 1,
                        Cal::V(self.away_from_publication(z, (u, n), &more, -1, comparison)),
                    ),
                    _ => mr(end + 1, self.counted_from_narrated(i, u, sign * n)),
                }
            }
            ("from", "now" | "today") => {
                let Some(z) = z else {
                    return mr(end + 2, null());
                };
                mr(
                    end + 2,
                    Cal::V(self.away_from_publication(z, (u, n), &more, 1, comparison)),
                )
            }
            ("from" | "after" | "before" | "following", _) => {
                let sign = if self.is(end, "before") { -1 } else { 1 };
                let Some(anchor) = better(self.atom(end + 1, depth + 1), self.relword(end + 1))
                else {
                    return self.count_beside_happening(i, end);
                };
                // a year-less anchor ("a year from Christmas"): the shifted
                // day is what refers, so the occurrence rule picks among
                // the shifted days, not among the anchors
                if let Some(c) = self.shifted_occurrences(&anchor) {
                    let shifted: Vec<(i64, i64)> = c
                        .iter()
                        .map(|&a| {
                            let d = self.shift_all(a, (u, n), &more, sign);
                            (d, d)
                        })
                        .collect();
                    let tense = self.tense(i, anchor.end);
                    let k = self.pick(&shifted, Mode::Plain, tense, false)?;
                    let (d, _) = *shifted.get(k)?;
                    return mr(anchor.end, Cal::V(DateValue::Unit(Period::day(d))));
                }
                let v = self.resolve(&anchor, end + 1);
                let (s, en) = self.bounds(&v)?;
                let base = if s.g == Grain::Day {
                    s.d
                } else if sign > 0 {
                    en.last()
                } else {
                    s.d
                };
                mr(
                    anchor.end,
                    Cal::V(DateValue::Unit(Period::day(self.shift_all(
                        base,
                        (u, n),
                        &more,
                        sign,
                    )))),
                )
            }
            _ => {
                if matches!(self.w(end), "ago") {
                    let Some(z) = z else {
                        return mr(end + 1, null());
                    };
                    return mr(
                        end + 1,
                        Cal::V(self.away_from_publication(z, (u, n), &more, -1, comparison)),
                    );
                }
                None
            }
        }
    }
}

impl P<'_> {
    /// A count with a half in it before a unit, at `k`: "two and a half
    /// (years)", "2 and a half", "2½", "3.5", "half a(n)": the whole part
    /// and the token after the count.
    fn count_with_half(&self, k: usize) -> Option<(u32, usize)> {
        if self.is(k, "half") && matches!(self.w(k + 1), "a" | "an") {
            return Some((0, k + 2));
        }
        // digits set apart (not "$2½", "1.3.5")
        if let Some(t) = self.numtok(k).filter(|t| t.ndig <= 3 && t.space_before()) {
            let whole = t.num as u32;
            // "2½ years"
            if self.p(k + 1, "½") && self.adj(k + 1) && !self.adj(k + 2) {
                return Some((whole, k + 2));
            }
            // "3.5 years"
            let five = self
                .numtok(k + 2)
                .is_some_and(|f| f.ndig == 1 && f.num == 5);
            if self.p(k + 1, ".") && self.adj(k + 1) && five && self.adj(k + 2) && !self.adj(k + 3)
            {
                return Some((whole, k + 3));
            }
        }
        if matches!(self.w(k), "a" | "an") {
            return None;
        }
        let (n, e) = self.qty(k)?;
        (self.is(e, "and") && self.is(e + 1, "a") && self.is(e + 2, "half")).then_some((n, e + 3))
    }
}

/// Half of a unit in whole smaller units (half a year is six months), or
/// `None` where the day grain cannot hold it (half a day, half a week).
fn half_of(u: Unit) -> Option<&'static [(Unit, i64)]> {
    Some(match u {
        Unit::Fortnight => &[(Unit::Week, 1)],
        Unit::Month => &[(Unit::Day, 15)],
        Unit::Quarter => &[(Unit::Month, 1), (Unit::Day, 15)],
        Unit::Year => &[(Unit::Month, 6)],
        Unit::Decade => &[(Unit::Year, 5)],
        Unit::Century => &[(Unit::Decade, 5)],
        Unit::Day | Unit::Week => return None,
    })
}

/// +1 for "later", -1 for "earlier".
fn sign_of(w: &str) -> i64 {
    if w == "earlier" {
        -1
    } else {
        1
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
        ],
    },
    Rule {
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
    },
    Rule {
        name: "N <units> ago|from now|later, in N <units>, N <units> after <date | happening>",
        run: |p, i, d| p.offset(i, d),
        starts: Starts {
            classes: super::NUM | super::NUMBER_WORD,
            words: &["in", "a", "an", "couple", "few", "half"],
        },
        examples: &[
            (
                "The plant closed [two days ago].",
                "2024-03-20",
                "2024-03-18",
            ),
            (
                "Results are expected [in three weeks].",
                "2024-03-20",
                "2024-04-10",
            ),
            (
                "The mill shut [two and a half years ago].",
                "2024-03-20",
                "2021-09-20",
            ),
            (
                "The firm moved its offices [a year and a half ago].",
                "2024-03-20",
                "2022-09-20",
            ),
            (
                "Prices peaked [half a year ago], traders said.",
                "2024-03-20",
                "2023-09-20",
            ),
            (
                "The bridge was closed to trucks [3.5 years ago].",
                "2024-03-20",
                "2020-09-20",
            ),
            (
                "The trial resumes [3 fridays from now].",
                "2024-03-20",
                "2024-04-05",
            ),
            (
                "The deal lapses [30 days after March 1, 2024].",
                "-",
                "2024-03-31",
            ),
            (
                "The fair returns [a year from Christmas].",
                "2024-02-10",
                "2024-12-25",
            ),
            (
                "Crews arrived [two days after] the blast.",
                "2024-02-10",
                "null",
            ),
            (
                "Exports fell 4% from [three months earlier].",
                "2024-03-20",
                "2023-12-20",
            ),
            (
                "The levee failed on 12 May 2023; [two days later] the river crested.",
                "2023-06-01",
                "2023-05-14",
            ),
            (
                "The firm listed in 2015. [A year earlier] it had lost its founder.",
                "2023-06-01",
                "2014",
            ),
        ],
    },
];
