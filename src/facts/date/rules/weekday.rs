//! Weekdays: "Monday", "on Tuesday 19th", "Thu 15th", "wednesday next
//! week", "friday after next", "Sunday, 10 February"; the nth weekday of
//! a month ("the first Monday of October 2014", "last friday of
//! october"); and this/next/last with a year-less date, month, weekday or
//! holiday ("next Monday", "last March", "this Thanksgiving").

use super::super::grammar::*;
use super::super::resolve::Mode;
use super::super::value::{day_range, DateValue, Grain, Period};
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::words::{self, Unit};
use crate::lex::Kind;

impl P<'_> {
    /// "this/next/last/coming/this past" + a year-less date, month,
    /// weekday or holiday.
    pub(crate) fn modified(&self, i: usize, depth: u32) -> Option<M> {
        if self.is(i, "the") {
            // "the past Saturday", "the coming Monday": counted from
            // publication, the article the expression's
            if matches!(self.w(i + 1), "past" | "coming" | "upcoming") {
                let inner = self.modified(i + 1, depth + 1)?;
                // "the past Tuesday" is the latest one, as "this past
                // Tuesday" is
                let mode = if inner.mode == Mode::Last {
                    Mode::ThisPast
                } else {
                    inner.mode
                };
                return Some(M { mode, ..inner });
            }
            return self.narrated_weekday(i, depth);
        }
        let (mode, j) = match (self.w(i), self.w(i + 1)) {
            ("this", "past") => (Mode::ThisPast, i + 2),
            ("this", "coming" | "upcoming") => (Mode::Coming, i + 2),
            ("this" | "current", _) => (Mode::This, i + 1),
            ("next" | "following", _) => (Mode::Next, i + 1),
            ("coming" | "upcoming", _) => (Mode::Coming, i + 1),
            ("last" | "previous" | "past", _) => (Mode::Last, i + 1),
            _ => return None,
        };
        let inner = better(
            better(self.month_first(j), self.day_first(j, depth + 1)),
            better(
                better(self.weekday_expr(j), self.holiday(j)),
                self.numeric(j),
            ),
        )?;
        if !inner.cal.yearless() {
            return None;
        }
        // "following" before a day said in the possessive is the
        // preposition "after" ("died following Sunday's crush", "following
        // Sunday evening's match"): the date is the weekday alone. Not after
        // "the" ("the following Sunday's game").
        let poss = |k: usize| (self.p(k, "'") || self.p(k, "’")) && self.is(k + 1, "s");
        let part = matches!(
            self.w(inner.end),
            "morning" | "afternoon" | "evening" | "night"
        );
        if self.is(i, "following")
            && !(i > 0 && self.is(i - 1, "the"))
            && (poss(inner.end) || part && poss(inner.end + 1))
        {
            return None;
        }
        let mode = match (mode, inner.cal) {
            (Mode::Coming, Cal::Wd(_)) => Mode::Coming,
            (Mode::Coming, _) => Mode::Next,
            (Mode::Last, Cal::Wd(_)) => Mode::Last,
            (x, _) => x,
        };
        Some(M {
            end: inner.end,
            cal: inner.cal,
            rel: true,
            mode,
        })
    }

    /// "the previous Friday", "the following Monday", "the next
    /// Tuesday" (the article at `i`): the weekday before or after the day
    /// the story told last, when one is in reach ("opened on March 3 and
    /// closed the following Monday"); else counted from publication, as
    /// "previous Friday" is. The article is the expression's, as news
    /// annotation takes it.
    fn narrated_weekday(&self, i: usize, depth: u32) -> Option<M> {
        let sign = match self.w(i + 1) {
            "previous" | "prior" => -1,
            "following" | "next" => 1,
            _ => return None,
        };
        let inner = self.modified(i + 1, depth + 1).or_else(|| {
            // "prior" opens no other rule
            (sign < 0).then(|| self.weekday_expr(i + 2)).flatten()
        })?;
        let Cal::Wd(wd) = inner.cal else {
            return None;
        };
        if let Some(a) = self.narrated(i).filter(|a| a.g == Grain::Day) {
            let d = if sign < 0 {
                a.d - 1 - (i64::from(weekday(a.d - 1)) - i64::from(wd)).rem_euclid(7)
            } else {
                a.d + 1 + (i64::from(wd) - i64::from(weekday(a.d + 1))).rem_euclid(7)
            };
            return mr(inner.end, Cal::V(DateValue::Unit(Period::day(d))));
        }
        let mode = if sign < 0 { Mode::Last } else { Mode::Next };
        Some(M { mode, ..inner })
    }

    /// Rule `indefinite_weekday`: a weekday at `i` (ending before `e`)
    /// after the indefinite article, directly or past one word of
    /// [`words::any_such_day`] ("falls on a Wednesday", "on a Friday night
    /// in June", "an ordinary Tuesday"), is any such day, no one date. A
    /// weekday that modifies the noun after it, alone or with a part of the
    /// day, still names the day ("in a Friday statement", "a Saturday
    /// rally", "a Monday evening vigil").
    fn indefinite_weekday(&self, i: usize, e: usize) -> bool {
        let article = |k: usize| matches!(self.w(k), "a" | "an");
        let indefinite = i > 0
            && (article(i - 1) || i > 1 && article(i - 2) && words::any_such_day(self.w(i - 1)));
        if !indefinite {
            return false;
        }
        // past a part of the day: "a Monday evening vigil" is that Monday's
        let k = if matches!(self.w(e), "morning" | "afternoon" | "evening" | "night") {
            e + 1
        } else {
            e
        };
        let next = self.w(k);
        let noun_after = self
            .t
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.space_before())
            && !self.cap(k)
            && !words::is_function_word(next)
            && words::month(next).is_none_or(|(_, amb)| amb);
        !noun_after
    }

    /// Weekdays: "Monday", "on Tuesday 19th", "Thu 15th", "wednesday next
    /// week", "monday of this week", "friday after next", "Friday-Jun-15",
    /// "Sunday, 10 February".
    pub(crate) fn weekday_expr(&self, i: usize) -> Option<M> {
        let (wd, amb) = words::weekday(self.w(i))?;
        if self.in_compound(i) {
            return None; // "Sun-Times"
        }
        if self.w(i).ends_with('s') && self.w(i).len() > 4 && !matches!(self.w(i), "tues" | "thurs")
        {
            return None; // plurals: "on Mondays" is a habit, not a date
        }
        // "every Monday", "each Friday": a set of days (TimeML's SET), no
        // one date; the value contract has no recurrence to state it by
        if i > 0 && matches!(self.w(i - 1), "every" | "each") {
            return None;
        }
        // "Super Duper Tuesday", "Bloody Sunday", "Oscar Sunday": a name of
        // one day, not the weekday of the week in question
        if i > 0 && self.cap(i) && self.cap(i - 1) && words::names_a_day(self.w(i - 1)) {
            return None;
        }
        let mut e = i + 1;
        if self.w(i).len() <= 5 && self.p(e, ".") {
            e += 1;
        }
        if amb && !self.cap(i) && e == i + 1 && !(i > 0 && self.is(i - 1, "on")) {
            return None;
        }
        if self.indefinite_weekday(i, e) {
            return None;
        }
        if amb
            && e == i + 1
            && !(i > 0 && (self.is(i - 1, "on") || date_context(self.w(i - 1))))
            && !self.p(e, ",")
        {
            // "Sun" (the newspaper), "Wed" as a word: only before a day
            // in digits ("Sun 10"), not a word ("The Sun first reported")
            self.numtok(e)?;
            self.small(e)?;
        }
        // weekday + explicit date
        let mut j = e;
        if self.p(j, ",") || self.p(j, "-") || self.p(j, "(") {
            j += 1;
        }
        let full = better(
            better(self.numeric(j), self.day_first(j, MAX_DEPTH)),
            self.month_first(j),
        );
        if let Some(f) = full {
            if let Cal::Ymd { y, m: mo, d, .. } = f.cal {
                let mut end = f.end;
                if self.p(j - 1, "(") && self.p(end, ")") {
                    end += 1;
                }
                return Some(M {
                    end,
                    cal: Cal::Ymd {
                        y,
                        m: mo,
                        d,
                        wd: Some(wd),
                    },
                    rel: f.rel,
                    mode: Mode::Plain,
                });
            }
        }
        // "Friday the 15th", "tuesday the thirty first"
        if self.is(e, "the") {
            if let Some((d, de, true, _)) = self.small(e + 1) {
                if (1..=31).contains(&d) {
                    return mr(de, Cal::Dwd { d, wd: Some(wd) });
                }
            }
        }
        // "Tuesday 19th", "Monday 21"
        if let Some((d, de, ord, digits)) = self.small(e) {
            if digits
                && (1..=31).contains(&d)
                && (ord || !matches!(self.t.get(de), Some(t) if t.kind == Kind::Word))
                && !self.p(de, ":")
                && (ord || !self.p(de, "."))
            {
                return mr(de, Cal::Dwd { d, wd: Some(wd) });
            }
        }
        // week qualifiers
        let wk = |k: usize| -> Option<(i64, usize)> {
            let k2 = if self.is(k, "of") || self.is(k, "in") {
                k + 1
            } else {
                k
            };
            let k3 = if self.is(k2, "the") { k2 + 1 } else { k2 };
            let off = match self.w(k3) {
                "this" | "current" => 0,
                "next" | "following" => 1,
                "last" | "previous" | "past" => -1,
                _ => return None,
            };
            self.is(k3 + 1, "week").then_some((off, k3 + 2))
        };
        if let Some((off, end)) = wk(e) {
            return mr(end, self.week_day(off, wd));
        }
        // "friday after next", "Monday before last": the second such
        // weekday after (before) publication, the one after "next Friday"
        // read as the coming one
        let twice = match (self.w(e), self.w(e + 1)) {
            ("after", "next") => Some(true),
            ("before", "last") => Some(false),
            _ => None,
        };
        if let Some(after) = twice.filter(|_| !self.noun_follows(e + 2)) {
            let cal = self.pub_day.map_or(Cal::V(DateValue::Unresolved), |z| {
                Cal::V(DateValue::Unit(Period::day(
                    super::beside::nth_weekday_beside(wd, 2, after, z, z),
                )))
            });
            return mr(e + 2, cal);
        }
        // rule `weekday_week` (British): "Friday week", "Tuesday week": a
        // week after the coming weekday. Not "Fashion Week", not a week
        // that a noun or number goes on ("Monday week two of the trial")
        let told_back = i > 0 && matches!(self.w(i - 1), "last" | "previous" | "past");
        let week_goes_on = matches!(self.t.get(e + 1), Some(t) if t.kind == Kind::Num)
            || matches!(
                self.w(e + 1),
                "of" | "in" | "after" | "before" | "ago" | "earlier" | "later" | "'" | "’"
            );
        // and "Friday fortnight": two weeks after it
        let weeks = match self.w(e) {
            "week" => 1,
            "fortnight" => 2,
            _ => 0,
        };
        if weeks > 0 && !self.cap(e) && !told_back && !week_goes_on {
            let Some(z) = self.pub_day else {
                return mr(e + 1, Cal::V(DateValue::Unresolved));
            };
            let d = z + 1 + (i64::from(wd) - i64::from(weekday(z + 1))).rem_euclid(7) + 7 * weeks;
            return mr(e + 1, Cal::V(DateValue::Unit(Period::day(d))));
        }
        // rule `weekday_next_last` (Irish, British): "rescheduled for
        // Saturday next", "the meeting on Monday last": the coming weekday
        // after publication, or the latest before it. Not "Monday next
        // week" or "Friday last year" (a unit goes on), nor "Monday's last
        // train" (a noun follows "last").
        if !told_back && matches!(self.w(e), "next" | "last") && !self.cap(e) {
            let goes_on = self.t.get(e + 1).is_some_and(|t| {
                t.kind == Kind::Word && t.space_before() && {
                    let w = self.t.low_of(t);
                    !words::is_function_word(w) && !matches!(w, "when" | "after" | "before")
                }
            });
            if !goes_on {
                let mode = if self.is(e, "next") {
                    Mode::Coming
                } else {
                    Mode::ThisPast
                };
                return Some(M {
                    end: e + 1,
                    cal: Cal::Wd(wd),
                    rel: true,
                    mode,
                });
            }
        }
        // "monday two weeks from now"
        if let Some((n, qe)) = self.qty(e) {
            if matches!(words::unit(self.w(qe)), Some(Unit::Week))
                && self.is(qe + 1, "from")
                && self.is(qe + 2, "now")
            {
                return mr(qe + 3, self.week_day(i64::from(n), wd));
            }
        }
        if self.in_proper_name(i, e) || self.in_title_name(i, e) {
            return None;
        }
        if self.weekday_beside_event(i, e) {
            return mr(e, Cal::V(DateValue::Unresolved));
        }
        mr(e, Cal::Wd(wd))
    }

    /// Rule "the <weekday> before|after <happening>": a weekday ending at
    /// `e` after "the" and before "before", "after", "following" or
    /// "preceding" counts from what follows ("the Friday before the
    /// election", "the Monday after the storm"). A date there is read by
    /// [`P::weekday_beside`] (a longer match); a happening no date names
    /// leaves the day unknown: not the weekday nearest publication.
    fn weekday_beside_event(&self, i: usize, e: usize) -> bool {
        i > 0 && self.is(i - 1, "the") && self.beside_a_happening(e)
    }

    /// Whether "before", "after", "following" or "preceding" at `e` ties a
    /// day or weekend to what follows it, other than "last" or "next"
    /// ("the Friday before last" counts from publication).
    pub(crate) fn beside_a_happening(&self, e: usize) -> bool {
        matches!(self.w(e), "before" | "after" | "following" | "preceding")
            && !matches!(self.w(e + 1), "last" | "next")
    }

    pub(crate) fn week_day(&self, off: i64, wd: u32) -> Cal {
        match self.pub_day {
            Some(z) => Cal::V(DateValue::Unit(Period::day(
                monday_of(z) + 7 * off + i64::from(wd),
            ))),
            None => Cal::V(DateValue::Unresolved),
        }
    }

    /// "the first Monday of October 2014", "last friday of october",
    /// "the second Monday of next month", "third Tuesday" (this month),
    /// "the last day of October 2015", "fifth last day of May".
    pub(crate) fn nth_in_month(&self, i: usize) -> Option<M> {
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        let (n, e1): (i64, usize) = if super::last_of_a_series(self.w(k)) {
            (-1, k + 1)
        } else {
            let (n, e1, ord, _) = self.small(k)?;
            if !ord || n == 0 || n > 5 {
                return None;
            }
            if self.is(e1, "last") {
                (-i64::from(n), e1 + 1)
            } else {
                (i64::from(n), e1)
            }
        };
        // "the first weekend of August": the weekend of the nth Saturday
        let weekend = self.is(e1, "weekend");
        let what = match words::weekday(self.w(e1)) {
            Some((wd, _)) if !self.w(e1).ends_with('s') || self.w(e1).len() <= 4 => Some(wd),
            _ if weekend => Some(super::beside::SATURDAY),
            _ if self.is(e1, "day") => None,
            _ => return None,
        };
        let j = e1 + 1;
        if weekend && !(self.is(j, "of") || self.is(j, "in")) {
            return None;
        }
        // "the third Tuesday after Christmas 2014", "the 2nd Monday before X"
        if let (Some(wd), true, true, false) = (
            what,
            n > 0,
            self.is(j, "after") || self.is(j, "before"),
            weekend,
        ) {
            let anchor = self.atom(j + 1, MAX_DEPTH)?;
            let v = self.resolve(&anchor, i);
            let (a, b) = self.bounds(&v)?;
            let day = super::beside::nth_weekday_beside(wd, n, self.is(j, "after"), a.d, b.last());
            return Some(M {
                end: anchor.end,
                cal: Cal::V(DateValue::Unit(Period::day(day))),
                rel: anchor.rel,
                mode: Mode::Plain,
            });
        }
        let (ym, end, rel) = if self.is(j, "of") || self.is(j, "in") {
            if let Some((ym, e)) = self.rel_month(j) {
                (ym, e, true)
            } else {
                // "the last day of 2018", "the first day of the quarter"
                if what.is_none() {
                    if let Some(r) = self.nth_day_of_period(n, j + 1, i) {
                        return Some(r);
                    }
                }
                let inner = self.month_first(j + 1)?;
                let Cal::Ym { .. } = inner.cal else {
                    return None;
                };
                // tense from before the whole expression ("last" is ours)
                match self.resolve(&inner, i) {
                    DateValue::Unit(p) => {
                        let (y, mo, _) = civil_from_days(p.d);
                        (Some((y, mo)), inner.end, inner.rel)
                    }
                    _ => (None, inner.end, true),
                }
            }
        } else {
            // bare "second Sunday": this month
            if n <= 0 || what.is_none() {
                return None;
            }
            let ym = self.pub_day.map(|z| {
                let (y, mo, _) = civil_from_days(z);
                (y, mo)
            });
            (ym, j, true)
        };
        let Some((y, mo)) = ym else {
            return mr(end, Cal::V(DateValue::Unresolved));
        };
        let day = match what {
            Some(wd) => nth_weekday(y, mo, n as i32, wd)?,
            None => {
                let len = i64::from(month_len(y, mo));
                let d = if n > 0 { n } else { len + 1 + n };
                if d < 1 || d > len {
                    return None;
                }
                days_from_civil(y, mo, 1) + d - 1
            }
        };
        let v = if weekend {
            day_range(day, day + 1)
        } else {
            DateValue::Unit(Period::day(day))
        };
        Some(M {
            end,
            cal: Cal::V(v),
            rel,
            mode: Mode::Plain,
        })
    }
}

impl P<'_> {
    /// The `n`th day (counted back from the end when `n` < 0) of a
    /// period longer than a month that opens at `j`: "the last day of
    /// 2018", "the first day of next year", "the last day of the
    /// quarter", "the first day of the week". A month is
    /// [`P::nth_in_month`]'s own.
    fn nth_day_of_period(&self, n: i64, j: usize, s: usize) -> Option<M> {
        let (p, end, rel) = self.period_of(j, s)?.ok()?;
        if !matches!(p.g, Grain::Week | Grain::Quarter | Grain::Year) {
            return None;
        }
        let day = if n > 0 { p.d + n - 1 } else { p.last() + 1 + n };
        if day < p.d || day > p.last() {
            return None;
        }
        Some(M {
            end,
            cal: Cal::V(DateValue::Unit(Period::day(day))),
            rel,
            mode: Mode::Plain,
        })
    }
}

/// `this|next|last <date>`: the modifier rule (tried first).
pub(crate) const MODIFIED: &[Rule] = &[Rule {
    name: "this|next|last|coming|this past <weekday, month, date, holiday>",
    run: |p, i, d| p.modified(i, d),
    starts: Starts {
        classes: super::SHIFT,
        words: &["the"],
    },
    examples: &[
        ("The board meets [next Monday].", "2024-03-20", "2024-03-25"),
        (
            "The shares had closed at $45 [the previous Friday].",
            "1989-10-25",
            "1989-10-20",
        ),
        (
            "The plant reopened on March 3, 1988 and shut again [the following Monday].",
            "1989-10-25",
            "1988-03-07",
        ),
        ("Sales were weak [last March].", "2024-06-10", "2024-03"),
        (
            "Families gather [this Thanksgiving].",
            "2024-03-20",
            "2024-11-28",
        ),
        (
            "The vote was held [this past Sunday].",
            "2024-03-20",
            "2024-03-17",
        ),
        (
            "Talks resume [this coming Friday].",
            "2024-03-20",
            "2024-03-22",
        ),
        (
            "The petition was delivered [the past Tuesday].",
            "2024-03-20",
            "2024-03-19",
        ),
    ],
}];

/// The weekday rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "weekday [date | of next week | after next], the <weekday> before|after <happening>",
    run: |p, i, _| p.weekday_expr(i),
    starts: Starts {
        classes: super::WEEKDAY,
        words: &[],
    },
    examples: &[
        (
            "The Senate passed the bill on [Monday].",
            "2024-03-20",
            "2024-03-18",
        ),
        (
            "The council will vote on [Friday].",
            "2024-03-20",
            "2024-03-22",
        ),
        (
            "The suspect was arrested on [Wednesday], police said.",
            "2024-03-20",
            "2024-03-20",
        ),
        (
            "The rally is set for [Tuesday 19th].",
            "2024-03-10",
            "2024-03-19",
        ),
        (
            "Staff return [wednesday next week].",
            "2024-03-20",
            "2024-03-27",
        ),
        (
            "Polls close [friday after next].",
            "2024-03-20",
            "2024-03-29",
        ),
        (
            "The panel reconvenes [Monday after next].",
            "2024-03-20",
            "2024-04-01",
        ),
        (
            "The pump failed [Saturday before last], crews said.",
            "2024-03-20",
            "2024-03-09",
        ),
        (
            "The tribunal sits again [Thursday week].",
            "2024-03-20",
            "2024-03-28",
        ),
        (
            "The quarry reopens [Monday fortnight].",
            "2024-03-20",
            "2024-04-08",
        ),
        (
            "The match is on [Sunday, 10 February 2019].",
            "-",
            "2019-02-10",
        ),
        (
            "The ban starts on [Friday], the ministry announced.",
            "2024-03-13",
            "2024-03-15",
        ),
        (
            "The company, which reports results [Thursday], declined to comment.",
            "2024-03-13",
            "2024-03-14",
        ),
        (
            "Schools are closed on [Monday] for the holiday.",
            "2024-03-13",
            "2024-03-18",
        ),
        (
            "Ballots went out the [Friday] before the vote.",
            "2024-03-20",
            "null",
        ),
        (
            "Detectives are questioning a driver over the fatal crash on [Saturday].",
            "2024-03-24",
            "2024-03-23",
        ),
        (
            "Neighbours keep vigil after the shooting [Thursday] near the depot.",
            "2024-03-22",
            "2024-03-21",
        ),
        (
            "Residents will meet on [Thursday] after the fire.",
            "2024-03-22",
            "2024-03-28",
        ),
    ],
}];

/// The nth weekday of a month.
pub(crate) const NTH: &[Rule] = &[Rule {
    name: "the nth|last weekday|weekend of <month>",
    run: |p, i, _| p.nth_in_month(i),
    starts: Starts {
        classes: super::NUM | super::NUMBER_WORD,
        words: &["the", "last", "final"],
    },
    examples: &[
        (
            "Voting starts on [the first Monday of October 2014].",
            "-",
            "2014-10-06",
        ),
        (
            "The parade is on [the last friday of october].",
            "2024-03-20",
            "2024-10-25",
        ),
        (
            "Rent rises on [the second Monday of next month].",
            "2024-03-20",
            "2024-04-08",
        ),
        (
            "The sale ends on [the last day of October 2015].",
            "-",
            "2015-10-31",
        ),
        (
            "The pact lapsed on [the last day of 2011].",
            "-",
            "2011-12-31",
        ),
        (
            "Fees rise on [the first day of next year].",
            "2024-03-20",
            "2025-01-01",
        ),
        (
            "Books close on [the last day of the quarter].",
            "2024-05-02",
            "2024-06-30",
        ),
        (
            "The fair returns on [the first weekend of August].",
            "2024-03-20",
            "2024-08-03/2024-08-04",
        ),
        (
            "Crowds thinned over [the last weekend in June 2019].",
            "-",
            "2019-06-29/2019-06-30",
        ),
        (
            "The fete returns on [the final Saturday of September].",
            "2024-06-10",
            "2024-09-28",
        ),
        (
            "Rents fall due on [the final day of the month].",
            "2024-06-10",
            "2024-06-30",
        ),
    ],
}];
