//! Resolution: from a calendar reference to a value, against the
//! publication day and the tense of the clause.
//!
//! Consumes a match ([`M`]) and the publication day; produces a [`DateValue`].
//! A year-less date, month, weekday or holiday picks one occurrence among
//! the candidates around publication (past tense: the most recent; future:
//! the next, the publication's own weekday included; relative to another
//! event: the nearest; no cue: the next); `this`, `next`, `last` pick by
//! the week or year; shifts move days by calendar units.

use super::grammar::*;
use super::holidays::{HRule, Wk, HOLIDAYS};
use super::local_holidays::{rule_in, scottish_word};
use super::tense::Tense;
use super::value::{day_range, DateValue, Grain, Period};
use crate::lex::calendar::*;
use crate::lex::words::{self, Unit};
use crate::lex::Kind;
use crate::lex::Region;

/// How many days after publication a past-tense clause may still name
/// a period or day that begins then (a cue read from the neighbouring
/// clause, a dateline a day late).
const PAST_SLACK: i64 = 7;

/// How long after a happening a report may name it by its day alone and
/// mean this year's ("the Dec. 1 shooting" in a report of 20 December).
const RECENT_HAPPENING: i64 = 92;

/// The month and day of a date written without its year or weekday
/// ("June 20", "the Sept. 11 attacks").
/// A noun of a written record, which exists once it is dated: a letter, a
/// memo, a statement, a complaint. Not a ruling or a report, which can be
/// awaited ("a June 14 ruling is expected").
fn record_noun(w: &str) -> bool {
    matches!(
        w,
        "letter"
            | "letters"
            | "memo"
            | "memos"
            | "memorandum"
            | "email"
            | "emails"
            | "statement"
            | "complaint"
            | "indictment"
            | "affidavit"
            | "lawsuit"
    )
}

fn yearless_day(cal: Cal) -> Option<(u32, u32)> {
    match cal {
        Cal::Ymd {
            y: None,
            m,
            d,
            wd: None,
        } => Some((m, d)),
        _ => None,
    }
}

impl P<'_> {
    /// First and last day of holiday `h` in year `y` (memoised).
    pub(crate) fn hol_span(&self, h: usize, y: i32) -> Option<(i64, i64)> {
        if let Some(v) = self.cache.borrow().get(&(h, y)) {
            return *v;
        }
        let v = self.holiday_rule(h).and_then(|r| r.span(y));
        self.cache.borrow_mut().insert((h, y), v);
        v
    }

    /// The rule of holiday `h` for this text: its locale's, or Scotland's
    /// when the lead sets the story there ([`P::scottish_lead`]).
    pub(crate) fn holiday_rule(&self, h: usize) -> Option<HRule> {
        rule_in(h, self.locale.region, self.scottish_lead())
    }

    /// Rule `scottish_lead`: whether a word of the first [`LEAD_TOKENS`]
    /// tokens (headline, dateline, first sentence) names Scotland, its
    /// people or one of its cities ("Glasgow", "Scottish", "Holyrood"):
    /// the story is set there. Asked once per text.
    fn scottish_lead(&self) -> bool {
        *self
            .scottish
            .get_or_init(|| (0..self.t.len().min(LEAD_TOKENS)).any(|k| scottish_word(self.w(k))))
    }

    /// Picks one of `cands` (ascending `(first, last)` day pairs).
    pub(crate) fn pick(
        &self,
        cands: &[(i64, i64)],
        mode: Mode,
        tense: Tense,
        strict: bool,
    ) -> Option<usize> {
        let z = self.pub_day?;
        let first_after = |f: &dyn Fn(&(i64, i64)) -> bool| cands.iter().position(f);
        let last_before = |f: &dyn Fn(&(i64, i64)) -> bool| cands.iter().rposition(f);
        match mode {
            Mode::This => cands
                .iter()
                .position(|c| c.0 <= z && z <= c.1)
                .or_else(|| self.pick(cands, Mode::Plain, tense, strict)),
            Mode::Next | Mode::Coming => first_after(&|c| c.0 > z),
            Mode::Last => last_before(&|c| c.1 < z),
            // "this past winter" in mid-March: the winter now ending,
            // the latest one whose larger part is over
            Mode::ThisPast => last_before(&|c| c.0 + c.1 < 2 * z),
            Mode::Plain => match tense {
                Tense::Past if strict => last_before(&|c| c.0 <= z),
                Tense::Past => {
                    // a past-tense clause names a period that has begun:
                    // "sold its stake in October" in an August article is
                    // last October. A start a few days ahead is kept (a
                    // cue from the neighbouring clause, a late dateline),
                    // anything further only when nothing has begun (a
                    // schedule told in the past is `Nearest`, see
                    // `P::sets_a_schedule`).
                    let cost = |c: &(i64, i64)| {
                        if c.0 > z + PAST_SLACK {
                            (c.0 - z) + 10_000
                        } else if c.0 > z {
                            (c.0 - z) * 3
                        } else if c.1 < z {
                            z - c.1
                        } else {
                            0
                        }
                    };
                    (0..cands.len()).min_by_key(|&i| cost(&cands[i]))
                }
                Tense::Nearest => {
                    let gap = |c: &(i64, i64)| {
                        if c.0 > z {
                            c.0 - z
                        } else if c.1 < z {
                            z - c.1
                        } else {
                            0
                        }
                    };
                    (0..cands.len()).min_by_key(|&i| gap(&cands[i]))
                }
                _ if strict => first_after(&|c| c.0 > z),
                _ => first_after(&|c| c.1 >= z),
            },
        }
    }

    /// Resolves a match that spans tokens `[s, mt.end)`.
    pub(crate) fn resolve(&self, mt: &M, s: usize) -> DateValue {
        if let Some(v) = self.names_a_happening(mt, s) {
            return v;
        }
        if let Some(v) = self.day_of_narrated_year(mt, s) {
            return v;
        }
        if let Some(v) = self.period_close(mt, s) {
            return v;
        }
        if let (Cal::Ym { y: None, m }, Mode::Plain) = (mt.cal, mt.mode) {
            if self.before_statistic(mt.end) {
                if let Some(v) = self.month_of_a_statistic(m) {
                    return v;
                }
            }
        }
        // "in time for the May bank holiday on the 5th", "a hearing in
        // April ... by the 29th": a day of an unstated month is in the
        // month the story named last
        let month_told =
            matches!(mt.cal, Cal::Dwd { wd: None, .. }) && self.month_named_before(s).is_some();
        if let (Cal::Hol { h, y: None, wk }, Mode::Last) = (mt.cal, mt.mode) {
            if self.holiday_named_elsewhere(h, s, mt.end) {
                if let Some(v) = self.holiday_before_latest(h, wk) {
                    return v;
                }
            }
        }
        let mt = &match mt.cal {
            Cal::Dwd { d, wd: None } => match self.month_named_before(s) {
                Some(m) if d <= month_len(2000, m) => M {
                    cal: Cal::Ymd {
                        y: None,
                        m,
                        d,
                        wd: None,
                    },
                    ..*mt
                },
                _ => *mt,
            },
            _ => *mt,
        };
        let tense = if month_told && mt.mode == Mode::Plain {
            // the day of a month just named: the nearest such day, as
            // the month itself is read near the story's time
            Tense::Nearest
        } else if mt.cal.yearless() && mt.mode == Mode::Plain {
            match self.tense(s, mt.end) {
                // "was remanded to appear in court on 19 August"
                Tense::Past
                    if matches!(mt.cal, Cal::Ymd { .. } | Cal::Dwd { .. } | Cal::Hol { .. })
                        && self.sets_a_schedule(s, mt.end) =>
                {
                    Tense::Nearest
                }
                // "said in May that she would leave in June": ahead of
                // the saying, not of publication
                Tense::Past | Tense::Future
                    if matches!(mt.cal, Cal::Ym { .. } | Cal::Ymd { .. })
                        && self.future_in_past(s) =>
                {
                    Tense::Nearest
                }
                // "Friday's quake", "investigating Saturday's crash": a
                // happening named by its weekday is over
                _ if matches!(mt.cal, Cal::Wd(_)) && self.weekday_of_a_happening(mt.end) => {
                    Tense::Past
                }
                // "detained over the stabbing on Friday night", "an
                // inquiry into the crash on May 3": a day told right after
                // the noun of a happening dates that happening, which is
                // over (a clause in the future keeps its own reading)
                t if t != Tense::Future
                    && matches!(mt.cal, Cal::Wd(_) | Cal::Dwd { .. } | Cal::Ymd { .. })
                    && self.day_after_a_happening(s) =>
                {
                    Tense::Past
                }
                // "an Oct. 3 letter from the mayor asks", "a May 2 shooting
                // is under review": a day or month before the noun of a
                // written record or of a violent happening dates a thing
                // that exists or is over (a clause in the future keeps its
                // own reading)
                t if t != Tense::Future
                    && matches!(mt.cal, Cal::Ymd { .. } | Cal::Ym { .. })
                    && self.day_before_a_record(mt.end) =>
                {
                    Tense::Past
                }
                t => t,
            }
        } else {
            Tense::Unknown
        };
        self.resolve_cal(mt.cal, mt.mode, tense)
    }

    /// Rule `month_of_a_statistic`: the month of a figure reported for it
    /// ("put February inflation at 3.7 percent", "March payrolls will be
    /// released Friday"), whatever the tense: the nearest such month to
    /// publication, one that has not begun counting twice as far (its
    /// figure can only be a forecast), so a report of mid-March puts
    /// "February inflation" in the February just gone and one of late
    /// February "the March jobs report" in the coming March.
    fn month_of_a_statistic(&self, m: u32) -> Option<DateValue> {
        let z = self.pub_day?;
        let py = civil_from_days(z).0;
        (py - 1..=py + 1)
            .filter(|_| (1..=12).contains(&m))
            .map(|y| Period::month(y, m))
            .min_by_key(|p| {
                if p.d > z {
                    2 * (p.d - z)
                } else {
                    (z - p.last()).max(0)
                }
            })
            .map(DateValue::Unit)
    }

    /// A month and day without a year in a passage about another year:
    /// when the story stated a whole date of a year other than the
    /// publication's in the same or the previous sentence, the day is the
    /// one nearest that date ("killed June 24, 2005 … investigating a June
    /// 20 shooting" in a 2007 article is 2005-06-20). A clause in the
    /// future tense still looks ahead from publication.
    fn day_of_narrated_year(&self, mt: &M, s: usize) -> Option<DateValue> {
        let (m, d) = yearless_day(mt.cal)?;
        let a = self.anchor.get()?;
        let z = self.pub_day?;
        let ay = civil_from_days(a.period.d).0;
        let sentences = (a.end + 1..=s).filter(|&k| self.sentence_start(k)).count();
        if mt.mode != Mode::Plain
            || !a.stated
            || a.end > s
            || s - a.end > ANCHOR_REACH
            || sentences > 1
            || ay == civil_from_days(z).0
            || self.tense(s, mt.end) == Tense::Future
        {
            return None;
        }
        let day = (ay - 1..=ay + 1)
            .filter(|&y| valid(y, m, d))
            .map(|y| days_from_civil(y, m, d))
            .min_by_key(|&x| (x - a.period.d).abs())?;
        self.anchor.set(Some(Anchor { read: true, ..a }));
        Some(DateValue::Unit(Period::day(day)))
    }

    /// Rule `day_after_a_happening`: whether the expression opening at
    /// token `s` follows, maybe after "on", the noun of a violent or
    /// disastrous happening with its article, one or two words between
    /// ("over the stabbing on Friday night", "after the fatal crash
    /// Saturday", "into the blaze on March 2"): the day is that
    /// happening's.
    fn day_after_a_happening(&self, s: usize) -> bool {
        let Some(mut j) = s.checked_sub(1) else {
            return false;
        };
        if self.is(j, "on") {
            let Some(b) = j.checked_sub(1) else {
                return false;
            };
            j = b;
        }
        if !self.t.get(j).is_some_and(|t| t.kind == Kind::Word) || !words::past_happening(self.w(j))
        {
            return false;
        }
        // the article within three words before the noun, only words between
        (j.saturating_sub(3)..j)
            .rev()
            .take_while(|&k| self.t.get(k).is_some_and(|t| t.kind == Kind::Word))
            .any(|k| matches!(self.w(k), "the" | "this" | "that" | "last"))
    }

    /// Rule `day_before_a_record`: whether the noun of a written record
    /// ("letter", "memo", "indictment") or of a violent or disastrous
    /// happening ("shooting", "crash") follows the expression ending at
    /// token `e`, maybe after one word of its own ("an Oct. 3 letter", "a
    /// Sept. 30 internal memo", "a May 2 fatal crash").
    fn day_before_a_record(&self, e: usize) -> bool {
        (e..e + 2)
            .take_while(|&k| self.t.get(k).is_some_and(|t| t.kind == Kind::Word))
            .any(|k| {
                let w = self.w(k);
                words::past_happening(w) || record_noun(w)
            })
    }

    /// A weekday ending at token `e` in the possessive before a noun of a
    /// violent or disastrous happening ("Friday's quake", "Saturday's
    /// deadly crash"), maybe after one or two words of its own.
    fn weekday_of_a_happening(&self, e: usize) -> bool {
        self.p(e, "'")
            && self.is(e + 1, "s")
            && (e + 2..e + 5)
                .take_while(|&k| self.t.get(k).is_some_and(|t| t.kind == Kind::Word))
                .any(|k| words::past_happening(self.w(k)))
    }

    /// A month and day without a year naming a past happening ("the Sept. 11
    /// attacks", "the July 7 London bombings", "the Nov. 26 Mumbai
    /// attacks"): the most recent such day when it is within
    /// [`RECENT_HAPPENING`] days before publication (a follow-up report),
    /// otherwise the day of an unknown year (`--09-11`): a report years later
    /// names the happening by its day, not a day of the current year.
    fn names_a_happening(&self, mt: &M, s: usize) -> Option<DateValue> {
        let (m, d) = yearless_day(mt.cal)?;
        if mt.mode != Mode::Plain || s == 0 || !self.is(s - 1, "the") {
            return None;
        }
        // the noun right after the date, or after one or two words of its
        // own ("terrorist", "Mumbai", "London Underground")
        let noun = (mt.end..mt.end + 3)
            .take_while(|&k| self.t.get(k).is_some_and(|t| t.kind == Kind::Word))
            .any(|k| words::past_happening(self.w(k)));
        if !noun {
            return None;
        }
        let Some(z) = self.pub_day else {
            return Some(DateValue::MonthDay(m, d));
        };
        match self.resolve_cal(mt.cal, mt.mode, Tense::Past) {
            DateValue::Unit(p) if p.g == Grain::Day && p.d <= z && z - p.d <= RECENT_HAPPENING => {
                Some(DateValue::Unit(p))
            }
            _ => Some(DateValue::MonthDay(m, d)),
        }
    }

    pub(crate) fn resolve_cal(&self, cal: Cal, mode: Mode, tense: Tense) -> DateValue {
        let z = self.pub_day;
        let py = z.map(|z| civil_from_days(z).0);
        match cal {
            Cal::V(v) => v,
            Cal::Y(y) => DateValue::Unit(Period::year(y)),
            Cal::Ymd {
                y: Some(y), m, d, ..
            } => {
                if valid(y, m, d) {
                    DateValue::Unit(Period::day(days_from_civil(y, m, d)))
                } else {
                    DateValue::Unresolved
                }
            }
            Cal::Ym { y: Some(y), m } => {
                if (1..=12).contains(&m) && (1..=9999).contains(&y) {
                    DateValue::Unit(Period::month(y, m))
                } else {
                    DateValue::Unresolved
                }
            }
            Cal::Hol { h, y: Some(y), wk } => HOLIDAYS
                .get(h)
                .and_then(|_| self.hol_span(h, y))
                .map(|s| wk.apply(s, self.locale.region == Region::Us))
                .map_or(DateValue::Unresolved, |(a, b)| day_range(a, b)),
            Cal::Ymd { y: None, m, d, wd } => {
                let Some(py) = py else {
                    return DateValue::MonthDay(m, d);
                };
                let mut cands: Vec<(i64, i64)> = Vec::new();
                if let (Some(wd), false) = (wd, mode == Mode::This) {
                    // the stated weekday picks the year among the
                    // occurrences on the side the tense allows (a match
                    // only on the other side is more likely a slip)
                    let zp = self.pub_day.unwrap_or(0);
                    for y in py - 1..=py + 1 {
                        if valid(y, m, d) {
                            let z = days_from_civil(y, m, d);
                            let side = match tense {
                                Tense::Past => z <= zp,
                                Tense::Future => z >= zp,
                                Tense::Unknown | Tense::Nearest => true,
                            };
                            if weekday(z) == wd && (side || mode != Mode::Plain) {
                                cands.push((z, z));
                            }
                        }
                    }
                }
                let weekday_fits = !cands.is_empty();
                if cands.is_empty() {
                    let span = if m == 2 && d == 29 { 4 } else { 2 };
                    for y in py - span..=py + span {
                        if valid(y, m, d) {
                            let z = days_from_civil(y, m, d);
                            cands.push((z, z));
                        }
                    }
                }
                let zz = self.pub_day.unwrap_or(0);
                let idx = if mode == Mode::This {
                    cands.iter().position(|c| civil_from_days(c.0).0 == py)
                } else if wd.is_some() && mode == Mode::Plain && weekday_fits {
                    // a stated weekday: the matching year nearest publication
                    (0..cands.len()).min_by_key(|&i| (cands[i].0 - zz).abs())
                } else {
                    self.pick(&cands, mode, tense, false)
                };
                idx.map_or(DateValue::Unresolved, |i| {
                    DateValue::Unit(Period::day(cands[i].0))
                })
            }
            Cal::Ym { y: None, m } => {
                let Some(py) = py else {
                    return DateValue::Month(m);
                };
                let cands: Vec<(i64, i64)> = (py - 2..=py + 2)
                    .map(|y| {
                        let p = Period::month(y, m);
                        (p.d, p.last())
                    })
                    .collect();
                let idx = if mode == Mode::This {
                    Some(2)
                } else {
                    self.pick(&cands, mode, tense, false)
                };
                idx.map_or(DateValue::Unresolved, |i| {
                    DateValue::Unit(Period {
                        g: Grain::Month,
                        d: cands[i].0,
                    })
                })
            }
            Cal::Hol { h, y: None, wk } => {
                let Some(rule) = self.holiday_rule(h) else {
                    return DateValue::Unresolved;
                };
                let Some(py) = py else {
                    return match rule {
                        HRule::Fixed(m, d) => DateValue::MonthDay(m, d),
                        _ => DateValue::Unresolved,
                    };
                };
                let cands: Vec<(i64, i64)> = (py - 4..=py + 4)
                    .filter_map(|y| self.hol_span(h, y))
                    .map(|s| wk.apply(s, self.locale.region == Region::Us))
                    .collect();
                // "this Thanksgiving": the coming one
                let zz = self.pub_day.unwrap_or(0);
                let idx = if mode == Mode::This {
                    cands.iter().position(|c| c.1 >= zz)
                } else {
                    self.pick(&cands, mode, tense, false)
                };
                idx.map_or(DateValue::Unresolved, |i| day_range(cands[i].0, cands[i].1))
            }
            Cal::Wd(wd) => {
                let Some(z) = z else {
                    return DateValue::Unresolved;
                };
                let mon = monday_of(z);
                let d = match mode {
                    Mode::This => mon + i64::from(wd),
                    Mode::Next => mon + 7 + i64::from(wd),
                    Mode::Last => mon - 7 + i64::from(wd),
                    Mode::ThisPast => {
                        z - 1 - (i64::from(weekday(z - 1)) - i64::from(wd)).rem_euclid(7)
                    }
                    Mode::Coming => {
                        z + 1 + (i64::from(wd) - i64::from(weekday(z + 1))).rem_euclid(7)
                    }
                    Mode::Plain => match tense {
                        Tense::Past => z - (i64::from(weekday(z)) - i64::from(wd)).rem_euclid(7),
                        // the publication's own weekday is that day (AP
                        // style names the day of publication by its name)
                        Tense::Future | Tense::Unknown => {
                            z + (i64::from(wd) - i64::from(weekday(z))).rem_euclid(7)
                        }
                        Tense::Nearest => {
                            let back = (i64::from(weekday(z)) - i64::from(wd)).rem_euclid(7);
                            let ahead = (i64::from(wd) - i64::from(weekday(z))).rem_euclid(7);
                            if back <= ahead {
                                z - back
                            } else {
                                z + ahead
                            }
                        }
                    },
                };
                DateValue::Unit(Period::day(d))
            }
            Cal::Dwd { d, wd } => {
                let Some(z) = z else {
                    return DateValue::Unresolved;
                };
                let (y0, m0, _) = civil_from_days(z);
                let mut cands = Vec::new();
                for k in -14..=14i64 {
                    let (y, mm) = add_months(y0, m0, k);
                    if valid(y, mm, d) {
                        let day = days_from_civil(y, mm, d);
                        if wd.is_none_or_eq(weekday(day)) {
                            cands.push((day, day));
                        }
                    }
                }
                self.pick(&cands, mode, tense, false)
                    .map_or(DateValue::Unresolved, |i| {
                        DateValue::Unit(Period::day(cands[i].0))
                    })
            }
        }
    }

    /// First and last unit of a resolved value.
    pub(crate) fn bounds(&self, v: &DateValue) -> Option<(Period, Period)> {
        match *v {
            DateValue::Unit(p) => Some((p, p)),
            DateValue::Interval(Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }

    pub(crate) fn today(&self) -> DateValue {
        self.pub_day
            .map_or(DateValue::Unresolved, |z| DateValue::Unit(Period::day(z)))
    }

    /// The calendar unit of kind `u` containing day `z`.
    pub(crate) fn unit_at(&self, u: Unit, z: i64) -> Period {
        let (y, mo, _) = civil_from_days(z);
        match u {
            Unit::Day => Period::day(z),
            Unit::Week | Unit::Fortnight => Period::week(z),
            Unit::Month => Period::month(y, mo),
            Unit::Quarter => Period::quarter(y, (mo - 1) / 3 + 1),
            Unit::Year => Period::year(y),
            Unit::Decade => Period::decade(y - y.rem_euclid(10)),
            Unit::Century => Period::century(y - y.rem_euclid(100)),
        }
    }

    /// Further "N units" after a first one, as in "2 years 1 month 21
    /// days" or "3 months and 2 weeks and 2 days": the extra (unit, count)
    /// pairs (at most four) and the end token.
    /// With `own_anchor`, a piece followed by "ago", "later", "before" …
    /// starts an expression of its own ("the last 3 months and 2 days ago
    /// they …") and is left out.
    pub(crate) fn more_units(&self, mut e: usize, own_anchor: bool) -> (Vec<(Unit, i64)>, usize) {
        let mut out = Vec::new();
        while out.len() < 4 {
            let j = if self.is(e, "and") || self.p(e, ",") {
                e + 1
            } else {
                e
            };
            let Some((n, ne)) = self.qty(j) else { break };
            if self.w(j) == "a" || self.w(j) == "an" || n > 1000 {
                break;
            }
            let Some(u) = words::unit(self.w(ne)) else {
                break;
            };
            if own_anchor
                && matches!(
                    self.w(ne + 1),
                    "ago" | "later" | "hence" | "earlier" | "before" | "after" | "from"
                )
            {
                break;
            }
            out.push((u, i64::from(n)));
            e = ne + 1;
        }
        (out, e)
    }

    /// Day `z` moved by `n` units and then by each of `more` (with `sign`).
    pub(crate) fn shift_all(
        &self,
        z: i64,
        first: (Unit, i64),
        more: &[(Unit, i64)],
        sign: i64,
    ) -> i64 {
        let mut d = self.shift_day(z, first.0, sign * first.1);
        for &(u, n) in more {
            d = self.shift_day(d, u, sign * n);
        }
        d
    }

    /// Day `z` moved by `n` units.
    pub(crate) fn shift_day(&self, z: i64, u: Unit, n: i64) -> i64 {
        match u {
            Unit::Day => z + n,
            Unit::Week => z + 7 * n,
            Unit::Fortnight => z + 14 * n,
            Unit::Month => shift_months(z, n),
            Unit::Quarter => shift_months(z, 3 * n),
            Unit::Year => shift_months(z, 12 * n),
            Unit::Decade => shift_months(z, 120 * n),
            Unit::Century => shift_months(z, 1200 * n),
        }
    }

    /// The first days of the occurrences around publication of a year-less
    /// holiday or month-day anchor with no modifier (ascending), or `None`
    /// for any other anchor.
    pub(crate) fn shifted_occurrences(&self, a: &M) -> Option<Vec<i64>> {
        if a.mode != Mode::Plain {
            return None;
        }
        let py = civil_from_days(self.pub_day?).0;
        let out: Vec<i64> = match a.cal {
            Cal::Hol {
                h,
                y: None,
                wk: Wk::Day,
            } => (py - 4..=py + 4)
                .filter_map(|y| self.hol_span(h, y).map(|s| s.0))
                .collect(),
            Cal::Ymd {
                y: None,
                m,
                d,
                wd: None,
            } => (py - 2..=py + 2)
                .filter(|&y| valid(y, m, d))
                .map(|y| days_from_civil(y, m, d))
                .collect(),
            _ => return None,
        };
        (!out.is_empty()).then_some(out)
    }

    /// The start year of a year-less range `a`–`b` (the end falls `wrap`
    /// years later): the occurrence picked by the same rule as a single
    /// year-less date, applied to the whole interval.
    pub(crate) fn range_year(&self, a: Cal, b: Cal, wrap: i32, tense: Tense) -> Option<i32> {
        let py = civil_from_days(self.pub_day?).0;
        let first = |c: Cal, y: i32| match c {
            Cal::Ymd { m, d, .. } => valid(y, m, d).then(|| days_from_civil(y, m, d)),
            Cal::Ym { m, .. } => Some(days_from_civil(y, m, 1)),
            _ => None,
        };
        let last = |c: Cal, y: i32| match c {
            Cal::Ymd { m, d, .. } => valid(y, m, d).then(|| days_from_civil(y, m, d)),
            Cal::Ym { m, .. } => Some(Period::month(y, m).last()),
            _ => None,
        };
        let mut cands = Vec::new();
        let mut years = Vec::new();
        for y in py - 2..=py + 2 {
            if let (Some(s), Some(e)) = (first(a, y), last(b, y + wrap)) {
                if s <= e {
                    cands.push((s, e));
                    years.push(y);
                }
            }
        }
        let k = self.pick(&cands, Mode::Plain, tense, false)?;
        years.get(k).copied()
    }
}

pub(crate) fn next_unit(p: &Period) -> Period {
    match p.g {
        Grain::Decade | Grain::Century => Period::year(civil_from_days(p.last() + 1).0),
        _ => p.shift(1),
    }
}

pub(crate) fn prev_unit(p: &Period) -> Period {
    match p.g {
        Grain::Decade | Grain::Century => Period::year(civil_from_days(p.d - 1).0),
        _ => p.shift(-1),
    }
}

/// How a year-less reference picks its occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// By tense.
    Plain,
    /// "this": the current week / year.
    This,
    /// "next", "following".
    Next,
    /// "last", "previous", "past".
    Last,
    /// "this past": the most recent one strictly before.
    ThisPast,
    /// "coming", "this coming", "upcoming": the first one strictly after.
    Coming,
}

/// How many tokens of a text make its lead (headline, dateline and first
/// sentence) for [`P::scottish_lead`].
const LEAD_TOKENS: usize = 60;
