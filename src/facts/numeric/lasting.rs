//! A unit of time made an adjective with "long", no number before it: "a
//! week-long strike", "the month-long festival", "a yearlong inquiry": one
//! of that unit (rule `unit_long`). With a number ("a three-week-long
//! strike") the amount is read as any other; a plural ("a years-long
//! battle", "months-long talks") says no amount and gives nothing.

use super::*;
use crate::lex::units::UnitKind;

impl<'a> Cx<'a> {
    /// Rule unit_long: the duration "week-long" / "weeklong" at `k` (an
    /// article before it is left out of the span) and the token after it.
    pub(super) fn unit_long(&self, k: usize) -> Option<(Fact, usize)> {
        let k = if matches!(self.word(k), Some("a" | "an" | "the")) {
            k + 1
        } else {
            k
        };
        // "three-week-long", "24-hour-long": the number path reads them
        if k > 0
            && self.glued(k)
            && self
                .tok(k - 1)
                .is_some_and(|t| t.dash() || t.kind == Kind::Num)
        {
            return None;
        }
        let t = self.tok(k).filter(|t| t.kind == Kind::Word)?;
        let w = self.low(t);
        let (unit, end) = match w.strip_suffix("long").filter(|u| !u.is_empty()) {
            // "weeklong", "yearlong"
            Some(u) => (u, k + 1),
            // "week-long"
            None => {
                let dash = self.tok(k + 1).is_some_and(|x| x.dash() && x.glued());
                (dash && self.glued(k + 2) && self.word(k + 2) == Some("long"))
                    .then_some((w, k + 3))?
            }
        };
        let (unit, factor) = singular_time_unit(unit)?;
        let s = Side {
            start: k,
            end,
            value: d(i64::from(factor)),
            num: Numeral::in_words(d(1), k, k + 1, None),
            prefix: false,
            suffix: Suffix::Time(unit),
        };
        Some((self.fact_of(&s, self.span(k, end), None)?, end))
    }
}

/// A unit of time written out in the singular ("week", "fortnight",
/// "night"), never an abbreviation or a plural: its name and how many of
/// it the word is.
fn singular_time_unit(w: &str) -> Option<(&'static str, u32)> {
    if w.ends_with('s') || w.len() < 3 || matches!(w, "min" | "sec" | "mth") {
        return None;
    }
    match unit_of(w, w, false)? {
        (_, UnitKind::Time(unit, factor)) => Some((unit, factor)),
        _ => None,
    }
}
