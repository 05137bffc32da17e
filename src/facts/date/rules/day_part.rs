//! A part of one named day: "the morning of March 4", "the early hours of
//! Saturday", "the small hours of New Year's Day".
//!
//! News times an event within a day this way; the value is the day (the
//! contract has no finer grain), and the expression covers the part's
//! words, as news annotation does. The day is any rule's match that is
//! one day (a weekday, a date, "yesterday", a one-day holiday), resolved
//! with the tense of the whole expression. A period longer than a day
//! ("early March", "late 2019") is the parts rule's.

use super::super::grammar::*;
use super::super::value::{DateValue, Period};
use super::{Rule, Starts};
use crate::lex::words;

impl P<'_> {
    /// Rule "the morning|afternoon|
    /// evening|night of <day>", "the early|small|wee hours of <day>".
    pub(crate) fn part_of_day(&self, i: usize, depth: u32) -> Option<M> {
        if depth >= MAX_DEPTH {
            return None;
        }
        let the = self.is(i, "the");
        let k = if the { i + 1 } else { i };
        let j = match (self.w(k), self.w(k + 1)) {
            ("early" | "small" | "wee", "hours") if self.is(k + 2, "of") => k + 3,
            ("morning" | "afternoon" | "evening" | "night", "of") if the => k + 2,
            _ => return None,
        };
        // "late-night", "early-morning": an adjective, not this rule's
        if self.p(k + 1, "-") {
            return None;
        }
        let inner = self.atom(j, depth + 1)?;
        self.one_day(j, &inner).then_some(M {
            end: inner.end,
            ..inner
        })
    }

    /// Whether a match at `j` names one day: a date, a weekday, a day of
    /// the month, a day word, a holiday of one day; an unresolved match
    /// only when a weekday or day word opens it.
    fn one_day(&self, j: usize, inner: &M) -> bool {
        match inner.cal {
            Cal::Ymd { .. } | Cal::Wd(_) | Cal::Dwd { .. } => true,
            Cal::Hol { .. } => {
                matches!(
                    self.resolve(inner, j),
                    DateValue::Unit(Period { g: Grain::Day, .. })
                )
            }
            Cal::V(DateValue::Unit(p)) => p.g == Grain::Day,
            Cal::V(DateValue::Unresolved) => {
                let w = self.w(j);
                words::weekday(w).is_some()
                    || matches!(w, "today" | "tonight" | "yesterday" | "tomorrow")
            }
            _ => false,
        }
    }
}

/// The part-of-a-day rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "the morning|early hours of <day>",
    run: |p, i, d| p.part_of_day(i, d),
    starts: Starts {
        classes: 0,
        words: &[
            "the",
            "early",
            "late",
            "earlier",
            "later",
            "small",
            "wee",
            "morning",
            "afternoon",
            "evening",
            "night",
        ],
    },
    examples: &[
        (
            "The lab was flooded on [the morning of June 9].",
            "2024-07-01",
            "2024-06-09",
        ),
        (
            "The blaze started in [the early hours of Saturday].",
            "2024-05-08",
            "2024-05-04",
        ),
        (
            "A shop was raided in [the small hours of Tuesday].",
            "2024-05-08",
            "2024-05-07",
        ),
    ],
}];
