//! Narrated time: expressions that count from the day the story last
//! named, not from publication ("the next day", "the previous night",
//! "that week", "later that day", "two days later").
//!
//! News tells events in order: "Felt died on Thursday. The following day
//! …" means the Friday after that Thursday, whatever the paper's date.
//! The anchor is the last day, week, month or year stated within about
//! two sentences before the expression ([`P::narrated`]), or a day counted
//! from one ("arrested two days later … the following day" counts from the
//! arrest; the same words again name the same day). A count of days
//! reaches past a coarser anchor or a long passage to the last day told
//! ([`P::narrated_day`]). With none (or one too coarse: "that day" after
//! "in 2005" and no day before) the expression is still a date, its value
//! null, as a relative date with no publication date is. "The day before"
//! / "the day after" count from the anchor only when nothing follows them
//! in the clause: "the day after he lost his job" counts from an event no
//! date names; "the day after 1 March" counts from the date it names.

use super::super::grammar::*;
use super::super::value::{DateValue, Period};
use super::{Rule, Starts};
use crate::lex::words::{self, Unit};
use crate::lex::Kind;

/// The parts of a day that name the day they belong to.
fn day_part(w: &str) -> bool {
    matches!(w, "day" | "night" | "morning" | "afternoon" | "evening")
}

/// The grain a calendar unit counts in.
pub(crate) fn unit_grain(u: Unit) -> Grain {
    match u {
        Unit::Day => Grain::Day,
        Unit::Week | Unit::Fortnight => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Quarter => Grain::Quarter,
        Unit::Year => Grain::Year,
        Unit::Decade => Grain::Decade,
        Unit::Century => Grain::Century,
    }
}

/// Period `p` `n` years away, at its own grain (a quarter stays the
/// quarter of that number).
pub(crate) fn years_away(p: Period, n: i64) -> Period {
    let per_year = match p.g {
        Grain::Month => 12,
        Grain::Quarter => 4,
        Grain::Half => 2,
        _ => 1,
    };
    p.shift(n * per_year)
}

/// Rule `offset_keeps_grain`: period `p` moved by `n` units `u` at its
/// own grain, when `u` is a whole number of `p`'s units ("six months
/// after January 2020" is July 2020, "five years before 2001" is 1996,
/// "two quarters after Q3 2019" is 2020-Q1); `None` when it is not ("two
/// weeks after March" counts days from the month's end).
pub(crate) fn units_away(p: Period, u: Unit, n: i64) -> Option<Period> {
    let months = match u {
        Unit::Month => 1,
        Unit::Quarter => 3,
        Unit::Year => 12,
        Unit::Decade => 120,
        Unit::Century => 1200,
        Unit::Day | Unit::Week | Unit::Fortnight => return None,
    };
    let per = match p.g {
        Grain::Month => 1,
        Grain::Quarter => 3,
        Grain::Half => 6,
        Grain::Year => 12,
        Grain::Decade => 120,
        Grain::Century => 1200,
        Grain::Day | Grain::Week => return None,
    };
    (months % per == 0).then(|| p.shift(n * (months / per)))
}

impl P<'_> {
    /// The period the story stated last, when it ends at most
    /// [`ANCHOR_REACH`] tokens before token `i`.
    /// An anchor that is a day counted from another by the same words as
    /// the expression at `i` stands for that other: "the previous day …
    /// the previous day's search" name one day.
    pub(crate) fn narrated(&self, i: usize) -> Option<Period> {
        let a = self.anchor.get()?;
        if a.end > i || i - a.end > ANCHOR_REACH {
            return None;
        }
        self.anchor.set(Some(Anchor { read: true, ..a }));
        match a.counted_from {
            Some((s, from)) if self.same_words(s, a.end, i) => Some(from),
            _ => Some(a.period),
        }
    }

    /// The last day the story named, when it ends at most
    /// [`DAY_ANCHOR_REACH`] tokens before token `i` (the anchor is then
    /// read: the expression counts from the story's time).
    fn narrated_day(&self, i: usize) -> Option<Period> {
        let d = self.day_anchor.get()?;
        if d.end > i || i - d.end > DAY_ANCHOR_REACH {
            return None;
        }
        if let Some(a) = self.anchor.get() {
            self.anchor.set(Some(Anchor { read: true, ..a }));
        }
        Some(d.period)
    }

    /// Whether the words of tokens `[s, e)` open the text again at `i`.
    fn same_words(&self, s: usize, e: usize, i: usize) -> bool {
        (s..e).all(|k| {
            let j = i + (k - s);
            matches!((self.t.get(k), self.t.get(j)), (Some(a), Some(b))
                if a.kind == b.kind && self.t.low_of(a) == self.t.low_of(b))
        })
    }

    /// Whether a period the story stated ends within [`ANCHOR_REACH`]
    /// tokens before token `i` (what [`P::narrated`] would read, without
    /// reading it).
    pub(crate) fn anchor_in_reach(&self, i: usize) -> bool {
        self.anchor
            .get()
            .is_some_and(|a| a.end <= i && i - a.end <= ANCHOR_REACH)
    }

    /// The unit `u` holding the narrated period at `i`, shifted by `n`
    /// units (days and weeks stay days: "two weeks later" is a day); null
    /// when no anchor, or one coarser than `u`, is in reach.
    pub(crate) fn counted_from_narrated(&self, i: usize, u: Unit, n: i64) -> Cal {
        let null = Cal::V(DateValue::Unresolved);
        // days count from the last day told, past a coarser period or a
        // long passage ([`P::narrated_day`])
        let days = matches!(u, Unit::Day) || matches!(u, Unit::Week | Unit::Fortnight) && n != 0;
        let a = match self.narrated(i) {
            Some(a) if !days || a.g == Grain::Day => a,
            near => match self.narrated_day(i).filter(|_| days).or(near) {
                Some(a) => a,
                None => return null,
            },
        };
        let fine = match u {
            Unit::Day | Unit::Week | Unit::Fortnight if n != 0 => a.g == Grain::Day,
            Unit::Month => matches!(a.g, Grain::Day | Grain::Month),
            _ => a.g <= unit_grain(u),
        };
        if !fine {
            return null;
        }
        // "third-quarter profit … from $5 million a year earlier": a year
        // from a month, quarter or half is that period in the other year
        if u == Unit::Year && matches!(a.g, Grain::Month | Grain::Quarter | Grain::Half) {
            return Cal::V(DateValue::Unit(years_away(a, n)));
        }
        let d = self.shift_all(a.d, (u, n), &[], 1);
        let p = match u {
            Unit::Day | Unit::Week | Unit::Fortnight if n != 0 => Period::day(d),
            _ => self.unit_at(u, d),
        };
        Cal::V(DateValue::Unit(p))
    }

    /// Rule "the following|previous|prior week|month|quarter|year" after a
    /// period the story stated: that period's unit `u` shifted by `off`
    /// ("approved in March …, the chief quit the following month" is
    /// April); `None` with no anchor in reach (the unit is then told from
    /// publication), null when the anchor is coarser than `u`.
    pub(crate) fn unit_from_narrated(&self, i: usize, u: Unit, off: i64) -> Option<Cal> {
        if !matches!(u, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year) {
            return None;
        }
        let a = self.narrated(i)?;
        if a.g > unit_grain(u) {
            return Some(Cal::V(DateValue::Unresolved));
        }
        Some(Cal::V(DateValue::Unit(self.unit_at(u, a.d).shift(off))))
    }

    /// Whether the clause ends at token `i`: the text ends or punctuation
    /// other than a hyphen or apostrophe follows.
    fn clause_ends(&self, i: usize) -> bool {
        match self.t.get(i) {
            None => true,
            Some(t) => t.kind == Kind::Sym && !matches!(self.t.low_of(t), "-" | "'" | "’"),
        }
    }

    /// "the previous|following|next day|night|morning", "the day|night
    /// before|after" at the end of a clause; before a date the text names,
    /// the day beside it ([`P::day_beside_date`]).
    pub(crate) fn narrated_next(&self, i: usize, depth: u32) -> Option<M> {
        if !self.is(i, "the") {
            return None;
        }
        let off = match (self.w(i + 1), self.w(i + 2)) {
            ("previous" | "prior", w) if day_part(w) => -1,
            ("following" | "next", w) if day_part(w) => 1,
            ("day" | "night", "before") if self.clause_ends(i + 3) => -1,
            ("day" | "night", "after") if self.clause_ends(i + 3) => 1,
            ("day" | "night", "before") => return self.day_beside_date(i + 3, -1, depth),
            ("day" | "night", "after") => return self.day_beside_date(i + 3, 1, depth),
            _ => return None,
        };
        mr(i + 3, self.counted_from_narrated(i, Unit::Day, off))
    }

    /// Rule `day_beside_a_date`: "the day after the May 3 election", "the
    /// night before Christmas Eve", "the day before 12 June": the day
    /// `off` days from a one-day date opening at `at` (a holiday with no
    /// year is the occurrence the tense picks for the shifted day). Not a
    /// happening no date names ("the day after the crash").
    fn day_beside_date(&self, at: usize, off: i64, depth: u32) -> Option<M> {
        let anchor = better(self.atom(at, depth + 1), self.relword(at))?;
        if let Some(c) = self.shifted_occurrences(&anchor) {
            let shifted: Vec<(i64, i64)> = c.iter().map(|&a| (a + off, a + off)).collect();
            let tense = self.tense(at, anchor.end);
            let k = self.pick(&shifted, super::super::resolve::Mode::Plain, tense, false)?;
            let (d, _) = *shifted.get(k)?;
            let cal = Cal::V(DateValue::Unit(Period::day(d)));
            return Some(M {
                rel: anchor.rel,
                ..m(anchor.end, cal)?
            });
        }
        let v = self.resolve(&anchor, at);
        let (s, e) = self.bounds(&v)?;
        if s.g != Grain::Day || e.g != Grain::Day || s.d != e.d {
            return None;
        }
        let cal = Cal::V(DateValue::Unit(Period::day(s.d + off)));
        // as relative as the date it counts from
        Some(M {
            rel: anchor.rel,
            ..m(anchor.end, cal)?
        })
    }

    /// "that day|night|week|month|year", "the same day", "that same
    /// week", "later that day", "earlier in the day".
    pub(crate) fn narrated_same(&self, i: usize) -> Option<M> {
        let mut k = i;
        if matches!(self.w(k), "earlier" | "later") {
            k += 1;
            if self.is(k, "in") && self.is(k + 1, "the") && self.is(k + 2, "day") {
                return mr(k + 3, self.counted_from_narrated(i, Unit::Day, 0));
            }
            if !self.is(k, "that") {
                return None;
            }
        }
        if !matches!(self.w(k), "that" | "the") {
            return None;
        }
        let mut j = k + 1;
        if self.is(j, "same") {
            j += 1;
        } else if self.is(k, "the") {
            return None;
        }
        let w = self.w(j);
        let u = if day_part(w) {
            Unit::Day
        } else if matches!(w, "week" | "month" | "year") {
            words::unit(w)?
        } else {
            return None;
        };
        // "that day-to-day work", "that year-end review": a compound
        if self.p(j + 1, "-") && self.adj(j + 1) {
            return None;
        }
        mr(j + 1, self.counted_from_narrated(i, u, 0))
    }
}

/// Whether a count of time after word `w` is a length, not a point in time
/// ("lasted four months", "for two days", "cut to one day", "delayed by a
/// week").
fn takes_a_length(w: &str) -> bool {
    matches!(
        w,
        "for"
            | "to"
            | "by"
            | "of"
            | "within"
            | "than"
            | "last"
            | "lasts"
            | "lasted"
            | "lasting"
            | "take"
            | "takes"
            | "took"
            | "taking"
            | "spend"
            | "spent"
            | "spending"
            | "serve"
            | "served"
            | "serving"
    )
}

impl P<'_> {
    /// Rule "<count> <unit> after|before|following <happening>": a count of
    /// time starting at `i` whose unit ends before the tie word at `tie`,
    /// with a happening no date names after it ("two days after the
    /// crash", "a year after he left office", "three weeks following the
    /// vote"). The date is told from that happening, so its value is
    /// unknown (never compared); the span ends with the tie word, as news
    /// annotators mark it. Not a rate ("2% a year after inflation"), nor a
    /// length ("lasted 4 months before a deal", "cut to one day after
    /// talks"), nor a tie word closing its clause (narrated time reads "a
    /// day after.").
    pub(crate) fn count_beside_happening(&self, i: usize, tie: usize) -> Option<M> {
        if !matches!(self.w(tie), "after" | "before" | "following") {
            return None;
        }
        let opens_phrase = self.t.get(tie + 1).is_some_and(|t| t.kind == Kind::Word);
        let rate = matches!(self.w(i), "a" | "an")
            && i > 0
            && self.t.get(i - 1).is_some_and(|t| {
                t.kind == Kind::Num || matches!(self.t.low_of(t), "%" | "percent" | "cents")
            });
        if !opens_phrase || rate || (i > 0 && takes_a_length(self.w(i - 1))) {
            return None;
        }
        mr(tie + 1, Cal::V(DateValue::Unresolved))
    }
}

/// The narrated-time rules.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "the next|following|previous day|night, the day before|after (narrated)",
        run: |p, i, d| p.narrated_next(i, d),
        starts: Starts {
            classes: 0,
            words: &["the"],
        },
        examples: &[
            (
                "The ferry sank on March 3, 2021. Divers reached it [the following morning].",
                "2021-03-10",
                "2021-03-04",
            ),
            (
                "Talks ended on Friday, June 4, 2021; the union had walked out [the previous night].",
                "-",
                "2021-06-03",
            ),
            (
                "The board met on 9 May 2022 and the chief quit [the day after].",
                "-",
                "2022-05-10",
            ),
            (
                "Ballots were counted on 4 June 2023 and the mayor resigned [the day after 4 June 2023].",
                "-",
                "2023-06-05",
            ),
            (
                "Shops were busy [the day before Christmas Eve].",
                "2019-12-27",
                "2019-12-23",
            ),
            (
                "Witnesses said the pair had argued [the night before].",
                "2022-05-10",
                "null",
            ),
        ],
    },
    Rule {
        name: "that day|week|month|year, the same day, later that day (narrated)",
        run: |p, i, _| p.narrated_same(i),
        starts: Starts {
            classes: 0,
            words: &["that", "the", "earlier", "later"],
        },
        examples: &[
            (
                "The dam burst on Aug. 2, 2019. [Later that day] the town was evacuated.",
                "2019-08-09",
                "2019-08-02",
            ),
            (
                "Voters went to the polls on 14 October 2020, and [that same week] the currency fell.",
                "-",
                "2020-W42",
            ),
            (
                "The mill opened in 1998. [That year] it employed 400 people.",
                "2020-01-15",
                "1998",
            ),
            (
                "Rescuers found the climbers on Sunday, 7 July 2019, and flew them out [the same day].",
                "-",
                "2019-07-07",
            ),
            (
                "The mill opened in 1998. [That day] nobody came.",
                "-",
                "null",
            ),
        ],
    },
];
