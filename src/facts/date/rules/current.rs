//! Publication's own day, week, month or year named by "the" alone, where
//! a superlative makes it the current one: "the coldest night of the
//! year", "the busiest hour of the day", "the year's highest price".
//! Elsewhere "the year" points back to a year the text names ("the year
//! he was born", "the year before"), and no rule reads it.

use super::super::grammar::*;
use super::super::value::DateValue;
use super::{Rule, Starts};
use crate::lex::words::{self, Unit};
use crate::lex::Kind;

/// How many tokens before "of" a superlative may stand ("the most
/// widely watched broadcast of the year").
const SUPERLATIVE_REACH: usize = 6;

impl P<'_> {
    /// Rule `superlative_of_the_unit`: "<superlative> … of the
    /// day|week|month|year" and "the day's|week's|month's|year's
    /// <superlative>": publication's unit.
    pub(crate) fn current_unit(&self, i: usize) -> Option<M> {
        if !self.is(i, "the") {
            return None;
        }
        let u = words::unit(self.w(i + 1))
            .filter(|u| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year))?;
        // the singular only: "the years", "the days" are no one period
        if self.w(i + 1).ends_with('s') {
            return None;
        }
        let e = i + 2;
        // "most of the day", "the first of the month": a share of the unit
        // or its first day, not a superlative of something in it
        let share = i > 1 && matches!(self.w(i - 2), "most" | "least" | "first");
        let of_after_superlative =
            i > 0 && self.is(i - 1, "of") && !share && self.superlative_before(i - 1);
        // "the year's highest close", "the week's biggest gain"
        let possessive = (self.p(e, "'") || self.p(e, "’"))
            && self.is(e + 1, "s")
            && superlative_word(self.w(e + 2));
        if !(of_after_superlative || possessive) {
            return None;
        }
        // "of the year ending June 30", "of the day before": another unit
        if matches!(self.w(e), "ending" | "ended" | "before" | "after" | "when") {
            return None;
        }
        let Some(z) = self.pub_day else {
            return mr(e, Cal::V(DateValue::Unresolved));
        };
        mr(e, Cal::V(DateValue::Unit(self.unit_at(u, z))))
    }

    /// Whether a superlative ("biggest", "most", "best", "highest-grossing")
    /// stands within [`SUPERLATIVE_REACH`] tokens before token `i`, in one
    /// clause (hyphens and words only).
    fn superlative_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < SUPERLATIVE_REACH {
            k -= 1;
            let Some(t) = self.t.get(k) else { return false };
            match t.kind {
                Kind::Word => {
                    if superlative_word(self.t.low_of(t)) {
                        return true;
                    }
                }
                _ if self.p(k, "-") => {}
                _ => return false,
            }
        }
        false
    }
}

/// A superlative: a word in "-est" ([`crate::lex::words::is_est_superlative`]:
/// "coldest", not "interest" or "latest"), "best", "worst", "most",
/// "least", "top", "first".
fn superlative_word(w: &str) -> bool {
    crate::lex::words::is_est_superlative(w)
        || matches!(w, "best" | "worst" | "most" | "least" | "first" | "top")
}

/// The rule of publication's unit after a superlative.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "<superlative> of the day|week|month|year, the year's <superlative>",
    run: |p, i, _| p.current_unit(i),
    starts: Starts {
        classes: 0,
        words: &["the"],
    },
    examples: &[
        (
            "Saturday was the coldest night of [the year] in Duluth.",
            "2019-01-21",
            "2019",
        ),
        (
            "The parade is the most widely watched broadcast of [the year], organisers said.",
            "2021-11-02",
            "2021",
        ),
        (
            "Ferry traffic peaked in the busiest hour of [the day].",
            "2018-08-03",
            "2018-08-03",
        ),
        (
            "Copper rose to [the month]'s highest price on Friday.",
            "2022-05-20",
            "2022-05",
        ),
        (
            "It was one of the top-selling novels of [the week].",
            "2023-03-15",
            "2023-W11",
        ),
    ],
}];

#[cfg(test)]
mod tests {
    use super::super::super::{extract, parse_published, ExtractContext};

    /// "the year" read back to a year the text names, or with no
    /// superlative, is no date of publication.
    #[test]
    fn the_year_without_a_superlative_is_no_date() {
        let ctx = ExtractContext {
            published: parse_published("2020-06-01"),
            ..Default::default()
        };
        for text in [
            "He moved to Leeds the year his daughter was born.",
            "Sales doubled over the course of the year before the merger.",
            "She was named teacher of the year by the district.",
            "Crowds filled the square for most of the day.",
            "Rents are due on the first of the month, the agent said.",
            "The quietest days are behind us, the mayor said of the years ahead.",
        ] {
            let found: Vec<&str> = extract(text, &ctx)
                .iter()
                .map(|f| &text[f.span.start..f.span.end])
                .collect();
            assert!(
                found.iter().all(|f| !f.contains("the year")
                    && !f.contains("the day")
                    && *f != "the month"),
                "{text}: {found:?}"
            );
        }
    }
}
