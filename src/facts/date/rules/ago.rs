//! Offsets: a number of units away from publication or from a date: "two
//! days ago", "in three weeks", "3 fridays from now", "a year and a half
//! ago", "2 years 21 days later", "16 days from 01/02/2018", "a year from
//! Christmas", "two days after the blast".

use super::super::grammar::*;
use super::super::tense::Tense;
use super::super::value::{day_range, DateValue, Period};
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::words::{self, Unit};

impl P<'_> {
    /// A whole number of units away from publication day `z` (with
    /// further parts `more`, `sign` -1 back, 1 ahead): the day, except that
    /// a count of years back alone ("a year earlier" in a report with no
    /// day told before) is the year ("in two years" stays a day, the end of
    /// a term), unless it is the base of a comparison ("up 5% from a year
    /// earlier": the same time of the year before). "N units ago" is
    /// [`P::ago_from_publication`].
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

    /// "N units ago", "N units back" from publication day `z`: the day,
    /// except that a count of years alone is the year, in a comparison too
    /// ("two years ago" in March 2013 is 2011, as a reader of news takes it
    /// and TimeML annotates it; "up 4% from a year ago" is the year before,
    /// not one day of it). Weeks and months stay the day: the suites'
    /// annotations give the day, and `compare` reads a counted unit as
    /// approximate within half a unit of that day.
    pub(crate) fn ago_from_publication(
        &self,
        z: i64,
        first: (Unit, i64),
        more: &[(Unit, i64)],
    ) -> DateValue {
        let d = self.shift_all(z, first, more, -1);
        // "two decades ago", "half a century ago": a year at the finest,
        // as for a count of years (no day of it is told)
        let coarse = matches!(first.0, Unit::Decade | Unit::Century);
        if (first.0 == Unit::Year && more.is_empty()) || coarse {
            return DateValue::Unit(self.unit_at(Unit::Year, d));
        }
        DateValue::Unit(Period::day(d))
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
        if matches!(wname, "hour" | "hours") {
            return if inn || n < 1 {
                None
            } else {
                self.hours_from_day(i, n, e, depth)
            };
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
            if self.after_proper_superlative(i)
                || (self.after_superlative(i) && self.tense(i, end) != Tense::Future)
            {
                return None;
            }
            // "sold a million copies in three days", "seven game-winning
            // drives in one year": in a past sentence, how long something
            // took, not a day ahead
            if self.tense(i, end) == Tense::Past {
                return None;
            }
            // "in 2 weeks", "in a fortnight('s time)"
            // "in three years' time": the plural possessive
            let apos = |k: usize| self.p(k, "'") || self.p(k, "’");
            if self.is(end, "time") {
                end += 1;
            } else if apos(end) && self.is(end + 1, "s") && self.is(end + 2, "time") {
                end += 3;
            } else if apos(end) && self.is(end + 1, "time") && self.w(end - 1).ends_with('s') {
                end += 2;
            }
            let Some(z) = z else { return mr(end, null()) };
            return mr(
                end,
                Cal::V(self.away_from_publication(z, (u, n), &more, 1, comparison)),
            );
        }
        match (self.w(end), self.w(end + 1)) {
            ("ago" | "back", _) => {
                let Some(z) = z else {
                    // "two years ago last month" with no publication date
                    let e2 = (more.is_empty() && !comparison)
                        .then(|| self.unit_after_ago(end + 1, 0, (u, n)))
                        .flatten()
                        .map_or(end + 1, |(_, e2)| e2);
                    return mr(e2, null());
                };
                if let Some((base, e2)) = self.day_after_ago(end + 1, z) {
                    let d = self.shift_all(base, (u, n), &more, -1);
                    return mr(e2, Cal::V(DateValue::Unit(Period::day(d))));
                }
                if let Some((q, e2)) = more
                    .is_empty()
                    .then(|| self.unit_after_ago(end + 1, z, (u, n)))
                    .flatten()
                    .filter(|_| !comparison)
                {
                    return mr(e2, Cal::V(DateValue::Unit(q)));
                }
                mr(end + 1, Cal::V(self.ago_from_publication(z, (u, n), &more)))
            }
            // "earlier" counts from publication only in a comparison
            // ("up 5% from a year earlier", "than three months earlier");
            // elsewhere it counts from a day the story told before
            ("earlier", _) if comparison => {
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
            ("today" | "tomorrow" | "yesterday" | "last", _)
                if !inn
                    && matches!(u, Unit::Week | Unit::Fortnight)
                    && more.is_empty()
                    && !(i > 0
                        && matches!(
                            self.w(i - 1),
                            "for" | "in" | "per" | "each" | "every" | "over" | "than" | "within"
                        )) =>
            {
                self.week_beside_day(i, end, (u, n), depth)
            }
            ("from" | "after" | "before" | "following" | "on", _)
            | ("prior", "to")
            | ("ahead", "of") => {
                // rule `count_prior_to`: "three days prior to March 5",
                // "a week ahead of Christmas" count back as "before" does
                let two = matches!(self.w(end), "prior" | "ahead");
                let at = if two { end + 2 } else { end + 1 };
                let sign = if self.is(end, "before") || two { -1 } else { 1 };
                let Some(anchor) = better(self.atom(at, depth + 1), self.relword(at)) else {
                    if self.is(end, "on") || two {
                        return None;
                    }
                    return self.count_beside_happening(i, end);
                };
                // rule `week_on_weekday` (British): "a week on Tuesday",
                // "a fortnight on Friday": that long after the coming
                // weekday, as "a week from Tuesday"; "on" before anything
                // else is not this rule's ("spent a week on March 3")
                if self.is(end, "on")
                    && !(matches!(anchor.cal, Cal::Wd(_))
                        && matches!(u, Unit::Week | Unit::Fortnight)
                        && !(self.p(anchor.end, "'") || self.p(anchor.end, "’")))
                {
                    return None;
                }
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
                let v = self.resolve(&anchor, at);
                let (s, en) = self.bounds(&v)?;
                if more.is_empty() && s == en {
                    if let Some(p) = super::anchored::units_away(s, u, sign * n) {
                        return mr(anchor.end, Cal::V(DateValue::Unit(p)));
                    }
                }
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
            _ => None,
        }
    }
}

impl P<'_> {
    /// Rule `hours_from_a_day`: "48 hours before Election Day", "72 hours
    /// after Christmas", "36 hours before March 3": `n` hours (the unit
    /// word at `e`) from a day the text names. Any moment of the day
    /// moved by whole days lands on one day (48 hours before a Tuesday is
    /// the Sunday); a count that is no whole number of days lands on one
    /// of two days, and the value is those two (36 hours before a Tuesday
    /// is Sunday or Monday). Hours from a happening ("six hours after
    /// the blast") or from publication give no day here.
    fn hours_from_day(&self, i: usize, n: i64, e: usize, depth: u32) -> Option<M> {
        let tie = e + 1;
        let (sign, at) = match (self.w(tie), self.w(tie + 1)) {
            ("before", _) => (-1, tie + 1),
            ("prior", "to") | ("ahead", "of") => (-1, tie + 2),
            ("after" | "following", _) => (1, tie + 1),
            _ => return None,
        };
        let anchor = better(self.atom(at, depth + 1), self.relword(at))?;
        let (lo, hi) = (n.div_euclid(24), (n + 23).div_euclid(24));
        let days = |d: i64| {
            if sign < 0 {
                (d - hi, d - lo)
            } else {
                (d + lo, d + hi)
            }
        };
        if let Some(c) = self.shifted_occurrences(&anchor) {
            let shifted: Vec<(i64, i64)> = c.iter().map(|&a| days(a)).collect();
            let tense = self.tense(i, anchor.end);
            let k = self.pick(&shifted, Mode::Plain, tense, false)?;
            let (a, b) = *shifted.get(k)?;
            return mr(anchor.end, Cal::V(day_range(a, b)));
        }
        let v = self.resolve(&anchor, at);
        let (s, en) = self.bounds(&v)?;
        if s.g != Grain::Day || en.g != Grain::Day || s.d != en.d {
            return None;
        }
        let (a, b) = days(s.d);
        mr(anchor.end, Cal::V(day_range(a, b)))
    }

    /// Rule `ago_weekday` (US): the day after "N units ago" that the count
    /// runs back from, at `k`: "a week ago Sunday" (the Sunday a week
    /// before last Sunday), "two weeks ago Friday", "a year ago today", "a
    /// week ago yesterday". The day and the token after it; none when no
    /// such day follows (a weekday that opens a new clause after a
    /// comma is not read: the comma ends the offset).
    fn day_after_ago(&self, k: usize, z: i64) -> Option<(i64, usize)> {
        let w = self.w(k);
        let base = match w {
            "today" => z,
            "yesterday" => z - 1,
            _ => {
                let (wd, amb) = words::weekday(w)?;
                if amb || !self.cap(k) || w.ends_with('s') {
                    return None;
                }
                // the last such weekday before publication
                z - 1 - (i64::from(weekday(z - 1)) - i64::from(wd)).rem_euclid(7)
            }
        };
        // "a week ago Sunday's crash" still names the day
        Some((base, k + 1))
    }

    /// Rule `week_beside_day` (British): "a week today", "a fortnight
    /// tomorrow", "a week yesterday", "a week last Friday": that long after
    /// today or tomorrow (before, in a past clause, for today), before
    /// yesterday or the last such weekday. The count `(u, n)` ends at
    /// `end`, where the day word stands.
    fn week_beside_day(&self, i: usize, end: usize, (u, n): (Unit, i64), depth: u32) -> Option<M> {
        let (base, sign, e) = match self.w(end) {
            "today" => {
                let back = self.tense(i, end + 1) == Tense::Past;
                (self.pub_day, if back { -1 } else { 1 }, end + 1)
            }
            "tomorrow" => (self.pub_day.map(|z| z + 1), 1, end + 1),
            "yesterday" => (self.pub_day.map(|z| z - 1), -1, end + 1),
            _ => {
                let m = self.modified(end, depth + 1)?;
                if !matches!(m.cal, Cal::Wd(_)) || m.mode != Mode::Last {
                    return None;
                }
                let base = match self.pub_day.map(|_| self.resolve(&m, end)) {
                    Some(DateValue::Unit(p)) if p.g == Grain::Day => Some(p.d),
                    Some(_) => return None,
                    None => None,
                };
                (base, -1, m.end)
            }
        };
        // a day word that opens a name ("a week Today show") is none
        if self.cap(end) && !self.sentence_start(end) && end == e - 1 && self.w(end) != "last" {
            return None;
        }
        let cal = base.map_or(Cal::V(DateValue::Unresolved), |b| {
            Cal::V(DateValue::Unit(Period::day(self.shift_all(
                b,
                (u, n),
                &[],
                sign,
            ))))
        });
        mr(e, cal)
    }

    /// Rule `ago_then_unit`: "a year ago this month", "two years ago last
    /// week", "a decade ago this year": the week, month or year told from
    /// publication at `k`, moved back by the offset `(u, n)` (a week moved
    /// by months or years is the week holding publication's day of it so
    /// moved); `None`
    /// when no such unit follows or the offset is finer than it ("three
    /// weeks ago this month").
    fn unit_after_ago(&self, k: usize, z: i64, (u, n): (Unit, i64)) -> Option<(Period, usize)> {
        let off = match self.w(k) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        let w = self.w(k + 1);
        let pu = words::unit(w).filter(|pu| {
            matches!(pu, Unit::Week | Unit::Month | Unit::Year) && !w.ends_with('s')
        })?;
        // "a year ago this week's ..." is still the week; "this month-long"
        // is no unit
        if self.p(k + 2, "-") && self.adj(k + 2) {
            return None;
        }
        let p = self.unit_at(pu, z).shift(off);
        let q = match pu {
            Unit::Week if u != Unit::Day => {
                Period::week(self.shift_all(z + 7 * off, (u, n), &[], -1))
            }
            Unit::Week => return None,
            _ => super::anchored::units_away(p, u, -n)?,
        };
        Some((q, k + 2))
    }

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

/// The offset rules.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "N <units> ago|from now|later, in N <units>, N <units> after <date | happening>",
    run: |p, i, d| p.offset(i, d),
    starts: Starts {
        classes: super::NUM | super::NUMBER_WORD,
        words: &["in", "a", "an", "couple", "few", "half"],
    },
    examples: &[
        (
            "The ferry strike starts [a week tomorrow].",
            "2024-03-20",
            "2024-03-28",
        ),
        (
            "The gallery reopened [a fortnight yesterday].",
            "2024-03-20",
            "2024-03-05",
        ),
        (
            "The pitch was relaid [a week last Saturday].",
            "2024-03-20",
            "2024-03-09",
        ),
        (
            "The ballot closes [a week today].",
            "2024-03-20",
            "2024-03-27",
        ),
        (
            "The mill burned [two years ago last month].",
            "2024-03-20",
            "2022-02",
        ),
        (
            "Tenants moved in [a year ago this week].",
            "2024-03-20",
            "2023-W12",
        ),
        (
            "The dam opened [a decade ago this year].",
            "2024-03-20",
            "2014",
        ),
        (
            "The ferry sank [a week ago Sunday], the coast guard said.",
            "2024-03-20",
            "2024-03-10",
        ),
        (
            "The council votes [a fortnight on Friday].",
            "2024-03-20",
            "2024-04-05",
        ),
        (
            "The bypass should open [in two years' time].",
            "2024-03-20",
            "2026-03-20",
        ),
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
        (
            "The mine reopened [eight months after October 2021].",
            "-",
            "2022-06",
        ),
        (
            "The chapel was rebuilt [three years before 1850].",
            "-",
            "1847",
        ),
        (
            "The sequel came out [two quarters after Q3 2019].",
            "-",
            "2020-Q1",
        ),
        (
            "Campaign ads must stop [48 hours before Election Day].",
            "2024-10-20",
            "2024-11-03",
        ),
        (
            "The ferry sails [72 hours after March 3, 2025].",
            "-",
            "2025-03-06",
        ),
        (
            "The count ends [36 hours after June 10, 2025].",
            "-",
            "2025-06-11/2025-06-12",
        ),
        (
            "Nominations closed [three days prior to March 5, 2025].",
            "-",
            "2025-03-02",
        ),
        (
            "Stalls go up [a week ahead of Christmas].",
            "2024-11-20",
            "2024-12-18",
        ),
        (
            "The ferry resumes [ten days after June].",
            "2024-03-20",
            "2024-07-10",
        ),
    ],
}];
