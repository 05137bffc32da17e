//! What the story has named, read back from a date expression: the month
//! its sentence named ("the May bank holiday on the 5th") and whether it
//! tells of a holiday of its own ("over the Easter weekend … the contrast
//! with last Easter"). Read by [`P::resolve`].

use super::grammar::P;
use super::holidays::{Wk, HOLIDAYS};
use super::value::{day_range, DateValue};
use crate::lex::calendar::*;
use crate::lex::{words, Kind};

impl P<'_> {
    /// "the contrast with last Easter" two days after an Easter the story
    /// tells of: that one is the story's own, and "last" reaches the one
    /// before it, when the latest ended within [`HOLIDAY_JUST_OVER`] days
    /// of publication (`None` otherwise: the plain reading stands).
    pub(super) fn holiday_before_latest(&self, h: usize, wk: Wk) -> Option<DateValue> {
        let z = self.pub_day?;
        let py = civil_from_days(z).0;
        let cands: Vec<(i64, i64)> = (py - 4..=py)
            .filter_map(|y| self.hol_span(h, y))
            .map(|s| wk.apply(s, self.locale.region == crate::lex::Region::Us))
            .filter(|c| c.1 < z)
            .collect();
        let latest = cands.last()?;
        if latest.1 < z - HOLIDAY_JUST_OVER {
            return None;
        }
        let before = cands.get(cands.len().checked_sub(2)?)?;
        Some(day_range(before.0, before.1))
    }

    /// Whether the text names holiday `h` (its first word, not after
    /// "last") outside tokens `[s, e)`: the story tells of an occurrence
    /// of its own ("crowds over the Easter weekend … the contrast with last
    /// Easter").
    pub(super) fn holiday_named_elsewhere(&self, h: usize, s: usize, e: usize) -> bool {
        let Some(first) = HOLIDAYS.get(h).and_then(|(words, _)| words.first()) else {
            return false;
        };
        (0..self.t.len())
            .filter(|&k| k + 1 < s || k >= e)
            .any(|k| self.w(k) == *first && !(k > 0 && self.is(k - 1, "last")))
    }

    /// The month named last before token `s` in its sentence, within
    /// [`MONTH_NAMED_REACH`] tokens: a capitalised month name ("May",
    /// "March" inside a sentence; "Feb." or "February" anywhere). A month
    /// of an earlier sentence may be a time the story has moved on from.
    pub(super) fn month_named_before(&self, s: usize) -> Option<u32> {
        let mut k = s;
        while k > 0 && s - k < MONTH_NAMED_REACH {
            k -= 1;
            if self.breaks(k) || self.hard_line(k + 1) {
                return None;
            }
            if self.t.get(k).is_none_or(|t| t.kind != Kind::Word) || !self.cap(k) {
                continue;
            }
            if let Some((m, ambiguous)) = words::month(self.w(k)) {
                if !ambiguous || !self.sentence_start(k) {
                    return Some(m);
                }
            }
        }
        None
    }
}

/// How many tokens back a day of an unstated month ("on the 5th") looks
/// for the month its sentence named.
const MONTH_NAMED_REACH: usize = 60;

/// Days after a holiday during which "last" before it still means the one
/// before: the one just over is "this" year's.
const HOLIDAY_JUST_OVER: i64 = 14;
