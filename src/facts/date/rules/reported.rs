//! The comparison periods of business news: "the year-earlier period",
//! "year-ago profit", "the same period last year", "the same quarter a
//! year earlier".
//!
//! A company's report sets its period beside the one a year before. When
//! the story has named its period (a month, a quarter, a half or a year)
//! within reach ([`P::narrated`]), the comparison is that period a year
//! back: "third-quarter net … from the year-earlier period" is the third
//! quarter of the year before. With no period in reach it is the year
//! before publication, which holds it whatever the report's period.

use super::super::grammar::*;
use super::super::value::{DateValue, Grain, Period};
use super::anchored::years_away;
use super::{Rule, Starts};
use crate::lex::calendar::civil_from_days;
use crate::lex::words::{self, Unit};

/// Nouns a year-back adjective takes into its expression: the period
/// itself ("the year-earlier period"), not what was earned in it ("the
/// year-earlier profit" is "year-earlier").
fn period_noun(w: &str) -> bool {
    matches!(w, "period" | "periods" | "year")
}

impl P<'_> {
    /// The period a year before the one the story named last, when it is
    /// in reach of `i` and of grain `want` (any of month to year when
    /// `None`); else the year before publication; null with neither.
    fn year_back_from_story(&self, i: usize, want: Option<Grain>) -> Cal {
        let fits = |g: Grain| match want {
            Some(w) => g == w,
            None => (Grain::Month..=Grain::Year).contains(&g),
        };
        let told = self.anchor.get().filter(|a| fits(a.period.g));
        if told.is_some() && self.anchor_in_reach(i) {
            if let Some(a) = self.narrated(i) {
                return Cal::V(DateValue::Unit(years_away(a, -1)));
            }
        }
        match self.pub_day {
            Some(z) => Cal::V(DateValue::Unit(Period::year(civil_from_days(z).0 - 1))),
            None => Cal::V(DateValue::Unresolved),
        }
    }

    /// Rule "(the) year-earlier|year-ago|year-before|prior-year
    /// [period]": the period a year before the report's. With "the" only
    /// before a period noun (a quarter or half is the quarter rules'); the
    /// adjective alone before anything else ("year-ago earnings").
    pub(crate) fn year_back_adjective(&self, i: usize) -> Option<M> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        if !self.year_ago(j) {
            return None;
        }
        let e = j + 3;
        if period_noun(self.w(e)) && !self.adj(e) {
            return mr(e + 1, self.year_back_from_story(i, None));
        }
        // "the year-earlier results": the adjective is read from "year";
        // "year-ago-level prices": a longer compound
        if the || self.p(e, "-") && self.adj(e) {
            return None;
        }
        mr(e, self.year_back_from_story(i, None))
    }

    /// The end of a phrase that puts a period a year back, starting at
    /// `k`: "last year", "a year earlier|ago|before", "the year
    /// before|earlier", "the previous|prior year", after an optional "of"
    /// or "in".
    fn a_year_back_phrase(&self, k: usize) -> Option<usize> {
        let k = if matches!(self.w(k), "of" | "in") {
            k + 1
        } else {
            k
        };
        match (self.w(k), self.w(k + 1), self.w(k + 2)) {
            ("last", "year", _) => Some(k + 2),
            ("a" | "one", "year", "earlier" | "ago" | "before") => Some(k + 3),
            ("the", "year", "before" | "earlier") => Some(k + 3),
            ("the", "previous" | "prior", "year") => Some(k + 3),
            _ => None,
        }
    }

    /// Rule "the same period|week|month|quarter last year|a year
    /// earlier": the period a year before the report's, one expression
    /// (not "the same quarter", this one, and "last year" apart).
    pub(crate) fn same_period_a_year_back(&self, i: usize) -> Option<M> {
        if !(self.is(i, "the") && self.is(i + 1, "same")) {
            return None;
        }
        let want = match self.w(i + 2) {
            "period" | "time" => None,
            w => match words::unit(w)? {
                Unit::Week => Some(Grain::Week),
                Unit::Month => Some(Grain::Month),
                Unit::Quarter => Some(Grain::Quarter),
                _ => return None,
            },
        };
        let e = self.a_year_back_phrase(i + 3)?;
        mr(e, self.year_back_from_story(i, want))
    }
}

/// The comparison-period rules.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "(the) year-earlier|year-ago|prior-year [period]",
        run: |p, i, _| p.year_back_adjective(i),
        starts: Starts {
            classes: 0,
            words: &["the", "year", "prior"],
        },
        examples: &[
            (
                "Revenue climbed 9% from [the year-earlier period].",
                "1998-10-27",
                "1997",
            ),
            (
                "Net income rose in the third quarter of 2019 from [the year-ago period].",
                "2019-11-04",
                "2018-Q3",
            ),
            (
                "[Year-ago] earnings included a gain on a land sale.",
                "2021-05-12",
                "2020",
            ),
        ],
    },
    Rule {
        name: "the same period|month|quarter last year|a year earlier",
        run: |p, i, _| p.same_period_a_year_back(i),
        starts: Starts {
            classes: 0,
            words: &["the"],
        },
        examples: &[
            (
                "Orders were flat compared with [the same period last year].",
                "2016-07-20",
                "2015",
            ),
            (
                "Sales in June 2016 were 3% above [the same month a year earlier].",
                "2016-07-20",
                "2015-06",
            ),
            (
                "Deliveries in the first quarter of 2022 beat [the same quarter last year].",
                "2022-05-01",
                "2021-Q1",
            ),
            ("Orders matched [the same period a year ago].", "-", "null"),
        ],
    },
];
