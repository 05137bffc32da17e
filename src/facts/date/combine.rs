//! Expressions built around a date: ranges ("June 13-14", "from May to
//! September", "between 2010 and 2015"), open intervals ("since 2014",
//! "before Friday", "2018 or later"), stretches from a start ("for 10 days
//! from 18 Dec"), "more/less than N units ago", hedged offsets
//! ("nearly a month ago"); and a part of the day after a day ("Monday
//! morning").
//!
//! Consumes the matches of the rules ([`P::atom`]); produces the resolved
//! value of the longest expression at a token ([`P::top`]).

use super::grammar::*;
use super::open_words::{day_part_word, lasting_word, onward_word, opens_interval, OPEN_INTERVALS};
use super::resolve::{next_unit, prev_unit, Mode};
use super::tense::Tense;
use super::value::{day_range, DateValue, Grain, Period};
use crate::lex::calendar::weekday;
use crate::lex::words::{self, Unit};

impl P<'_> {
    /// A hedged offset from publication: "nearly a month ago", "about two
    /// years ago", "almost a week from now". The hedge is kept (the value
    /// is approximate) and the value is the stretch of days the hedge
    /// allows around the offset day: a quarter of the unit on the side the
    /// hedge points to ("nearly" a month ago is at most a week later than
    /// a month ago), both sides for "about". (end token, value).
    pub(crate) fn hedged_offset(&self, i: usize) -> Option<(usize, DateValue)> {
        // the hedge is read by the numeral layer, as before any figure
        let (q, first, j) = self.np.hedge(i);
        if q != Some(crate::facts::Qualifier::Approx) || first.is_none() {
            return None;
        }
        let nearly = matches!(first, Some("nearly" | "almost" | "close"));
        let (u, _, _) = self.count_units(j).or_else(|| {
            matches!(self.w(j), "a" | "an")
                .then(|| words::unit(self.w(j + 1)).map(|u| (u, 1, j + 2)))
                .flatten()
        })?;
        let a = self.unit_rel(j, 1)?;
        let words: Vec<&str> = (j..a.end).map(|k| self.w(k)).collect();
        let back = words
            .iter()
            .any(|w| matches!(*w, "ago" | "back" | "earlier"));
        let ahead = words.contains(&"now") || words.contains(&"hence");
        if back == ahead || words.len() > 4 {
            return None;
        }
        let Some(z) = self.pub_day else {
            return Some((a.end, DateValue::Unresolved));
        };
        let DateValue::Unit(p) = self.resolve(&a, j) else {
            return None;
        };
        if p.g == Grain::Year {
            // "about two years ago": the year, hedged
            return Some((a.end, DateValue::Unit(p)));
        }
        // "nearly a decade ago": a count of years or more, hedged, is the
        // year it lands in (a stretch of months would straddle years)
        if p.g == Grain::Day && u.days() >= Unit::Year.days() {
            return Some((a.end, DateValue::Unit(self.unit_at(Unit::Year, p.d))));
        }
        if p.g != Grain::Day {
            return None;
        }
        let w = (u.days() / 4).max(1);
        let x = p.d;
        let (lo, hi) = match (nearly, back) {
            (true, true) => (x, x + w),
            (true, false) => (x - w, x),
            (false, _) => (x - w, x + w),
        };
        let (lo, hi) = if back {
            (lo, hi.min(z))
        } else {
            (lo.max(z), hi)
        };
        (lo <= hi).then(|| (a.end, day_range(lo, hi)))
    }

    /// A part of the day after a single day ("Monday morning", "yesterday
    /// afternoon", "Dec. 6 evening") belongs to the expression: the end
    /// past it (the value stays the day). A capitalised part is a name's
    /// ("Monday Night Football"). With no publication date the day is
    /// still one when a weekday or day word ends the expression ("Saturday
    /// night" unresolved).
    pub(crate) fn day_part_end(&self, end: usize, v: &DateValue) -> usize {
        let named_day = || {
            let w = self.w(end.wrapping_sub(1));
            words::weekday(w).is_some() || matches!(w, "yesterday" | "tomorrow" | "day")
        };
        let day = matches!(v, DateValue::Unit(p) if p.g == Grain::Day)
            || (*v == DateValue::Unresolved && named_day());
        let part = matches!(self.w(end), "morning" | "afternoon" | "evening" | "night")
            && !self.cap(end)
            && self.t.get(end).is_some_and(|t| t.space_before());
        if day && part {
            end + 1
        } else {
            end
        }
    }

    /// The longest date expression starting at token `i`, resolved:
    /// (end token, value, relative?).
    pub(crate) fn top(&self, i: usize) -> Option<(usize, DateValue, bool)> {
        let w = self.w(i);
        // "for 10 days from 18 Dec", "3 days starting next Monday"
        if let Some(r) = self.lasting(i) {
            return Some(r);
        }
        if let Some(r) = self.start_for(i) {
            return Some(r);
        }
        if let Some(r) = self.now_until(i) {
            return Some(r);
        }
        // between A and B
        if w == "between" {
            if let Some(a) = self.atom(i + 1, 0) {
                if self.is(a.end, "and") || self.p(a.end, "-") {
                    if let Some(b) = self.endpoint(a.end + 1, &a) {
                        if let Some(r) = self.range(&a, &b, i + 1) {
                            return Some(r);
                        }
                    }
                }
            }
        }
        if w == "from" {
            if let Some(a) = self.atom(i + 1, 0) {
                if let Some(r) = self.range_after(&a, i + 1) {
                    return Some(r);
                }
                if let Some(r) = self.onwards_from(i, &a) {
                    return Some(r);
                }
            }
        }
        if let Some(r) = self.more_less(i) {
            return Some(r);
        }
        // open intervals
        if opens_interval(w) {
            if let Some(r) = self.open_interval(i, w) {
                return Some(r);
            }
        }
        let a = self.atom(i, 0)?;
        if let Some(r) = self.range_after(&a, i) {
            return Some(r);
        }
        // postfix open ends: "2018 or later", "1/1/2016 and after"
        let v = self.resolve(&a, i);
        let e = a.end;
        let post: &[(&[&str], bool)] = &[
            (&["or", "later"], true),
            (&["and", "later"], true),
            (&["and", "after"], true),
            (&["or", "after"], true),
            (&["and", "greater"], true),
            (&["or", "greater"], true),
            (&["and", "beyond"], true),
            (&["onwards"], true),
            (&["onward"], true),
            (&["or", "earlier"], false),
            (&["and", "earlier"], false),
            (&["or", "before"], false),
            (&["and", "before"], false),
        ];
        for (words, later) in post {
            if words.iter().enumerate().all(|(k, x)| self.is(e + k, x))
                && self.numtok(e + words.len()).is_none()
                && !self.coordinated_time(e + words.len())
            {
                if let Some((s, en)) = self.bounds(&v) {
                    let out = if *later {
                        DateValue::Interval(Some(s), None)
                    } else {
                        DateValue::Interval(None, Some(en))
                    };
                    return Some((e + words.len(), out, a.rel));
                }
            }
        }
        Some((a.end, v, a.rel))
    }

    /// Rule `from_now_until`: "from now until Friday", "between now and
    /// June", "from now through 2026": publication day to the end of the
    /// date.
    fn now_until(&self, i: usize) -> Option<(usize, DateValue, bool)> {
        let link = match self.w(i) {
            "from" => matches!(self.w(i + 2), "to" | "until" | "till" | "through"),
            "between" => self.is(i + 2, "and"),
            _ => false,
        };
        if !link || !self.is(i + 1, "now") {
            return None;
        }
        let b = self.atom(i + 3, 0)?;
        let Some(z) = self.pub_day else {
            return Some((b.end, DateValue::Unresolved, true));
        };
        let v = self.resolve(&b, i + 3);
        let (_, e) = self.bounds(&v)?;
        if e.last() < z {
            return None;
        }
        Some((
            b.end,
            DateValue::Interval(Some(Period::day(z)), Some(e)),
            true,
        ))
    }

    /// Rule `coordinated_time`: whether a second time expression opens at
    /// token `j`, right after "and later", "or earlier", "and before" … :
    /// then "later" is its modifier and "and" joins two expressions
    /// ("approved last week and later this year", "rose in 2019 and
    /// earlier in the spring", "in May and after the election"), not the
    /// open end of the first ("2018 and later").
    fn coordinated_time(&self, j: usize) -> bool {
        matches!(
            self.w(j),
            "this" | "that" | "in" | "on" | "at" | "during" | "the" | "next" | "last"
        ) || self.atom(j, 0).is_some()
    }

    /// Rule `from_onwards`: "from" with no end after it, after a word that
    /// makes it a start ("applies from June 1", "valid from Monday",
    /// "available from April"): the interval from that date on. Elsewhere
    /// "from" names a source ("a letter from March 3") and the date is
    /// left a date.
    fn onwards_from(&self, i: usize, a: &M) -> Option<(usize, DateValue, bool)> {
        if i == 0 || !onward_word(self.w(i - 1)) {
            return None;
        }
        if self.p(a.end, "'") || self.p(a.end, "\u{2019}") {
            return None; // "from Monday's meeting"
        }
        let v = self.resolve(a, i + 1);
        let (s, _) = self.bounds(&v)?;
        Some((a.end, DateValue::Interval(Some(s), None), a.rel))
    }

    /// An open interval at `i`, whose first word is `w` ("since May",
    /// "no later than Friday", "before or on 5 June"): the date after the
    /// first phrase of [`OPEN_INTERVALS`] written there, as an interval
    /// open at one end.
    fn open_interval(&self, i: usize, w: &str) -> Option<(usize, DateValue, bool)> {
        for (words, op) in OPEN_INTERVALS {
            // `w` is the first word: compare it before reading on
            if words.first() == Some(&w)
                && words
                    .iter()
                    .enumerate()
                    .skip(1)
                    .all(|(k, x)| self.is(i + k, x))
            {
                let j = i + words.len();
                if let Some(a) = self.atom(j, 0) {
                    // "after Sunday's vote": the word governs a happening,
                    // not the day
                    if self.p(a.end, "'") && self.is(a.end + 1, "s") {
                        continue;
                    }
                    // rule `after_a_meal_of_the_day`: "after Christmas
                    // dinner", "before Sunday lunch", "since Easter mass":
                    // the word governs a happening within that day, which
                    // the date names alone (left to the day's own rule)
                    if happening_within_a_day(self.w(a.end)) && !self.cap(a.end) {
                        continue;
                    }
                    // rule `through_a_day`: "valid through May 31", "runs
                    // through Sunday" (American "up to and including");
                    // rule `through_a_period`: after a word of lasting a
                    // longer period ends it too ("runs through March",
                    // "funded through 2027", "extended through the end of
                    // the year"); after other words "through" is during
                    // ("worked through March"), left to the range rules
                    if matches!(*words, ["through"] | ["thru"])
                        && !(i > 0 && lasting_word(self.w(i - 1)) && !day_part_word(self.w(a.end)))
                    {
                        continue;
                    }
                    // "no earlier than June": "earlier", "later" are the
                    // comparison's, not tense cues; the clause's tense is
                    // read from before the whole phrase
                    let comparative = words
                        .iter()
                        .any(|x| matches!(*x, "earlier" | "later" | "sooner"));
                    let v = self.resolve(&a, if comparative { i } else { j });
                    // "before the end of December" = by then
                    let op = if *op == 2
                        && (self.is(j, "end") || self.is(j, "the") && self.is(j + 1, "end"))
                    {
                        &3
                    } else {
                        op
                    };
                    // rule `not_until`: "will not open until spring
                    // 2029", "wasn't found until Monday": the happening
                    // is at the date, not up to it
                    if matches!(*words, ["until"] | ["till"]) && self.negated_before(i) {
                        return Some((a.end, v, a.rel));
                    }
                    if let Some((s, e)) = self.bounds(&v) {
                        let out = match op {
                            0 => DateValue::Interval(Some(s), None),
                            1 => DateValue::Interval(Some(next_unit(&e)), None),
                            2 => DateValue::Interval(None, Some(prev_unit(&s))),
                            _ => DateValue::Interval(None, Some(e)),
                        };
                        return Some((a.end, out, a.rel));
                    }
                    return Some((a.end, v, a.rel));
                }
            }
        }
        None
    }

    /// Whether the clause before token `i` is negated ("not", "never",
    /// "n't") within six words, with no comma or sentence end between.
    fn negated_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 6 {
            k -= 1;
            if self.p(k, ",") || self.breaks(k) {
                return false;
            }
            let apostrophe = k > 0 && (self.p(k - 1, "'") || self.p(k - 1, "\u{2019}"));
            if matches!(self.w(k), "not" | "never") || self.is(k, "t") && apostrophe {
                return true;
            }
        }
        false
    }

    /// "more than 2 weeks ago" (before that day: `../day-1`), "more than a
    /// month from now" (after it), "less than a week ago" (the days since
    /// then), "less than 2 weeks from today" / "after tomorrow" (from the
    /// base day up to the day before the shifted one).
    pub(crate) fn more_less(&self, i: usize) -> Option<(usize, DateValue, bool)> {
        let more = match (self.w(i), self.w(i + 1)) {
            ("more" | "over", "than") => true,
            ("less" | "fewer", "than") => false,
            _ => return None,
        };
        let j = i + 2;
        let counted = self.count_units(j).is_some()
            || matches!(self.w(j), "a" | "an") && words::unit(self.w(j + 1)).is_some();
        if !counted {
            return None;
        }
        let a = self.unit_rel(j, 1)?;
        let z = self.pub_day?;
        let DateValue::Unit(p) = self.resolve(&a, j) else {
            return None;
        };
        if p.g != Grain::Day {
            return None;
        }
        let words: Vec<&str> = (j..a.end).map(|k| self.w(k)).collect();
        let has = |w: &str| words.contains(&w);
        let back = has("ago") || has("before") || has("earlier");
        let fwd = has("from") || has("after") || has("later") || has("hence");
        if back == fwd {
            return None;
        }
        let x = p.d;
        let v = if more {
            if back {
                DateValue::Interval(None, Some(Period::day(x - 1)))
            } else {
                DateValue::Interval(Some(Period::day(x + 1)), None)
            }
        } else {
            // the base the count runs from: publication unless stated
            let base = if has("tomorrow") {
                z + 1
            } else if has("yesterday") {
                z - 1
            } else if words
                .iter()
                .all(|w| words::month(w).is_none() && words::weekday(w).is_none())
            {
                z
            } else {
                return None;
            };
            if back {
                DateValue::Interval(Some(Period::day(x + 1)), Some(Period::day(base)))
            } else {
                DateValue::Interval(Some(Period::day(base)), Some(Period::day(x - 1)))
            }
        };
        v.ok().then_some((a.end, v, true))
    }

    /// "N units" at `i` (a count and a unit word): (unit, count, end).
    pub(crate) fn count_units(&self, i: usize) -> Option<(Unit, i64, usize)> {
        let (n, e) = self.qty(i)?;
        let u = words::unit(self.w(e))?;
        (1..=1000).contains(&n).then_some((u, i64::from(n), e + 1))
    }

    /// The interval of `n` units starting on the first day of `v`.
    pub(crate) fn lasting_val(&self, v: &DateValue, u: Unit, n: i64) -> Option<DateValue> {
        let (s, _) = self.bounds(v)?;
        Some(day_range(s.d, self.shift_day(s.d, u, n) - 1))
    }

    /// A stretch of time from a start date: "for 10 days from 18 Dec",
    /// "for 1 week, from 20 Dec", "3 days starting from next Monday". The
    /// interval runs
    /// from the start day for the stated length (the last day is the day
    /// before start + length).
    pub(crate) fn lasting(&self, i: usize) -> Option<(usize, DateValue, bool)> {
        let (k, lead_for) = if self.is(i, "for") {
            (i + 1, true)
        } else {
            (i, false)
        };
        // duration first
        if let Some((u, n, e)) = self.count_units(k) {
            let mut j = if self.p(e, ",") { e + 1 } else { e };
            let ok = match self.w(j) {
                "from" if lead_for => {
                    j += 1;
                    true
                }
                "starting" | "beginning" => {
                    j += 1;
                    if matches!(self.w(j), "from" | "on" | "with") {
                        j += 1;
                    }
                    true
                }
                _ => false,
            };
            if ok {
                let a = self.atom(j, 0)?;
                let v = self.resolve(&a, j);
                let out = self.lasting_val(&v, u, n)?;
                return Some((a.end, out, a.rel));
            }
            return None;
        }
        None
    }

    /// Rule `start_for`: a start and a length after it, "from June 3 for
    /// ten days", "starting Monday for two weeks", "beginning on 1 May,
    /// for three months": the interval from the start day for that
    /// length, as [`P::lasting`] reads the length written first.
    pub(crate) fn start_for(&self, i: usize) -> Option<(usize, DateValue, bool)> {
        let j = match self.w(i) {
            "from" => i + 1,
            "starting" | "beginning" => {
                if matches!(self.w(i + 1), "from" | "on") {
                    i + 2
                } else {
                    i + 1
                }
            }
            _ => return None,
        };
        let a = self.atom(j, 0)?;
        let mut k = a.end;
        if self.p(k, ",") {
            k += 1;
        }
        if !self.is(k, "for") {
            return None;
        }
        let (u, n, e) = self.count_units(k + 1)?;
        let v = self.resolve(&a, j);
        let out = self.lasting_val(&v, u, n)?;
        Some((e, out, a.rel))
    }

    /// A range "A - B", "A to B", "A through B", "A and B" (B partial).
    pub(crate) fn range_after(&self, a: &M, s: usize) -> Option<(usize, DateValue, bool)> {
        // rule `comma_after_year`: AP style closes a full date with a comma
        // before the link ("from Dec. 31, 2019, through Jan. 3, 2020")
        let dated = matches!(
            a.cal,
            Cal::Ymd { y: Some(_), .. } | Cal::Ym { y: Some(_), .. }
        );
        let e = if dated
            && self.p(a.end, ",")
            && ["to", "through", "thru", "until", "till"]
                .iter()
                .any(|w| self.is(a.end + 1, w))
        {
            a.end + 1
        } else {
            a.end
        };
        let conn = ["-", "~"].iter().any(|c| self.p(e, c))
            || ["to", "till", "until", "through", "thru", "and", "til"]
                .iter()
                .any(|w| self.is(e, w));
        if !conn {
            if matches!(self.w(e), "onwards" | "onward" | "on") && s > 0 && self.is(s - 1, "from") {
                let v = self.resolve(a, s);
                let (st, _) = self.bounds(&v)?;
                return Some((e + 1, DateValue::Interval(Some(st), None), a.rel));
            }
            return None;
        }
        // "the three months to June": a period named by its close, whose
        // close is a date of its own, not the end of a range
        if self.trailing_period(s).is_some_and(|t| t.end == a.end) {
            return None;
        }
        let and = self.is(e, "and");
        let b = self.endpoint(e + 1, a)?;
        if and && !matches!(b.cal, Cal::Ymd { .. } | Cal::Ym { .. } | Cal::Y(_)) {
            return None;
        }
        if and && s > 0 && !self.is(s - 1, "between") && !b.rel {
            // "December 6 and 7" is a range; "2007 and 2009" two dates
            if !matches!((a.cal, b.cal), (Cal::Ymd { .. }, Cal::Ymd { .. }))
                || b.end.saturating_sub(e + 1) > 3
            {
                return None;
            }
            if let (Cal::Ymd { m: m1, .. }, Cal::Ymd { m: m2, .. }) = (a.cal, b.cal) {
                if m1 != m2 {
                    return None;
                }
            }
        }
        self.range(a, &b, s)
    }

    /// The second end of a range: a full date, "now"/"today"/"date", or a
    /// partial (a bare day after a month-day, a year after a year).
    pub(crate) fn endpoint(&self, j: usize, a: &M) -> Option<M> {
        let mut best = None;
        if let Some(b) = self.atom(j, 1) {
            best = Some(b);
        }
        match self.w(j) {
            "now" | "present" | "date" => {
                best = better(best, mr(j + 1, Cal::V(self.today())));
            }
            "current" if self.is(j + 1, "date") => {
                best = better(best, mr(j + 2, Cal::V(self.today())));
            }
            "the" if self.is(j + 1, "present") => {
                best = better(best, mr(j + 2, Cal::V(self.today())));
            }
            _ => {}
        }
        match a.cal {
            Cal::Ymd { y, m: mo, .. } => {
                let k = if self.is(j, "the") { j + 1 } else { j };
                if let Some((d, e, _, _)) = self.small(k) {
                    if (1..=31).contains(&d)
                        && words::month(self.w(e)).is_none()
                        && !self.is(e, "of")
                    {
                        let (yy, e2) = match self.year_after(e) {
                            Some((yy, e2)) => (Some(yy), e2),
                            None => (y, e),
                        };
                        best = better(
                            best,
                            m(
                                e2,
                                Cal::Ymd {
                                    y: yy,
                                    m: mo,
                                    d,
                                    wd: None,
                                },
                            ),
                        );
                    }
                }
            }
            Cal::Y(y0) => {
                if let Some(t) = self.numtok(j) {
                    if t.ndig == 2 && self.num_ok(j) {
                        let y = y0 - y0.rem_euclid(100) + t.num as i32;
                        if y > y0 {
                            best = better(best, m(j + 1, Cal::Y(y)));
                        }
                    } else if t.ndig == 4
                        && self.num_ok(j)
                        && (1000..=2999).contains(&(t.num as i32))
                    {
                        best = better(best, m(j + 1, Cal::Y(t.num as i32)));
                    }
                }
            }
            _ => {}
        }
        best
    }

    /// Builds the interval from `a` to `b` (tokens from `s`), sharing a
    /// stated year between the ends.
    pub(crate) fn range(&self, a: &M, b: &M, s: usize) -> Option<(usize, DateValue, bool)> {
        let (mut ca, mut cb) = (a.cal, b.cal);
        let md = |c: &Cal| match *c {
            Cal::Ymd { m, d, .. } => Some((m, d)),
            Cal::Ym { m, .. } => Some((m, 0)),
            _ => None,
        };
        let set_year = |c: &mut Cal, yy: i32| match c {
            Cal::Ymd { y, .. } | Cal::Ym { y, .. } => *y = Some(yy),
            _ => {}
        };
        match (ca.year(), cb.year()) {
            (None, Some(yb)) if ca.yearless() && a.mode == Mode::Plain => {
                if let (Some(x), Some(y)) = (md(&ca), md(&cb)) {
                    set_year(&mut ca, if x > y { yb - 1 } else { yb });
                } else if let Cal::Y(_) = cb {
                    if md(&ca).is_some() {
                        set_year(&mut ca, yb);
                    }
                }
            }
            (Some(ya), None) if cb.yearless() && b.mode == Mode::Plain => {
                if let (Some(x), Some(y)) = (md(&ca), md(&cb)) {
                    set_year(&mut cb, if y < x { ya + 1 } else { ya });
                }
            }
            (None, None) if ca.yearless() && cb.yearless() => {
                if let (Some((m1, d1)), Some((m2, d2))) = (md(&ca), md(&cb)) {
                    let Some(_) = self.pub_day else {
                        if d1 > 0 && d2 > 0 {
                            let v = DateValue::MonthDays(m1, d1, m2, d2);
                            return v.ok().then_some((b.end, v, false));
                        }
                        return None;
                    };
                    let tense = self.tense(s, b.end);
                    let wrap = i32::from((m2, d2) < (m1, d1));
                    let ya = if a.mode == Mode::Plain && b.mode == Mode::Plain {
                        // the range as a whole picks its occurrence: one
                        // that contains the publication day is the current
                        // one ("from May to September" in September)
                        self.range_year(ca, cb, wrap, tense)
                    } else {
                        match self.resolve_cal(ca, a.mode, tense) {
                            DateValue::Unit(p) => Some(p.y()),
                            _ => None,
                        }
                    };
                    if let Some(ya) = ya {
                        set_year(&mut ca, ya);
                        set_year(&mut cb, ya + wrap);
                    }
                }
            }
            _ => {}
        }
        if let (Cal::Wd(wa), Cal::Wd(wb), Mode::Plain, Mode::Plain) = (ca, cb, a.mode, b.mode) {
            let v = self.weekday_range(wa, wb, self.tense(s, b.end))?;
            return Some((b.end, v, true));
        }
        let tense = self.tense(s, b.end);
        let ta = if ca.yearless() { tense } else { Tense::Unknown };
        let va = self.resolve_cal(ca, a.mode, ta);
        let vb = self.resolve_cal(cb, b.mode, ta);
        let (sa, _) = self.bounds(&va)?;
        let (_, eb) = self.bounds(&vb)?;
        let v = DateValue::Interval(Some(sa), Some(eb));
        if !v.ok() {
            return None;
        }
        Some((b.end, v, a.rel || b.rel))
    }

    /// A range of two weekdays ("from Monday to Wednesday", "Tuesday
    /// through Thursday") picks its week by its first day, as a lone
    /// weekday does: in a past clause the latest first day up to
    /// publication, else the next from publication (the publication day
    /// itself included); the end is the first such weekday after it, never
    /// one resolved on its own (a past "Monday" and a past "Wednesday" of
    /// a Tuesday's article are a week apart the wrong way round).
    fn weekday_range(&self, wa: u32, wb: u32, tense: Tense) -> Option<DateValue> {
        let z = self.pub_day?;
        let len = (i64::from(wb) - i64::from(wa)).rem_euclid(7);
        if len == 0 {
            return None;
        }
        // the first such weekday on or after publication
        let ahead = z + (i64::from(wa) - i64::from(weekday(z))).rem_euclid(7);
        let start = if tense == Tense::Past {
            if ahead == z {
                z
            } else {
                ahead - 7
            }
        } else {
            ahead
        };
        Some(day_range(start, start + len))
    }

    pub(crate) fn pack_range(&self, a: Cal, b: Cal, end: usize, s: usize) -> Option<M> {
        let ma = M {
            end,
            cal: a,
            rel: false,
            mode: Mode::Plain,
        };
        let mb = M {
            end,
            cal: b,
            rel: false,
            mode: Mode::Plain,
        };
        let (e, v, rel) = self.range(&ma, &mb, s)?;
        Some(M {
            end: e,
            cal: Cal::V(v),
            rel,
            mode: Mode::Plain,
        })
    }
}

/// A noun (lower case) of a happening held within one day, after a day's
/// name: "Christmas dinner", "Sunday lunch", "Easter mass".
fn happening_within_a_day(w: &str) -> bool {
    matches!(
        w,
        "dinner" | "lunch" | "breakfast" | "brunch" | "supper" | "mass" | "service" | "prayers"
    )
}
