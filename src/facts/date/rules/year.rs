//! Years, decades and centuries: "in 2023", "2023's", "the 2024
//! election", "year 2008", "2014-2018", "cy18", "in nineteen ninety
//! six", "the 1990s", "the '70s", "the seventies", "21st century".

use super::super::grammar::*;
use super::super::value::{DateValue, Period};
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::Kind;
use crate::lex::{currency, units, words};

impl P<'_> {
    /// A year standing alone where context makes it one: "in 2023", "since
    /// 2014", "2023's", "the 2024 election", "year 2008", "cy18", "in
    /// nineteen ninety six".
    pub(crate) fn year_expr(&self, i: usize) -> Option<M> {
        // "year 2008", "the year 2008", "cy 2008", "cy18"
        let mut k = i;
        if self.is(k, "the") {
            k += 1;
        }
        if self.is(k, "year") {
            if let Some((y, e)) = self.year(k + 1, true) {
                if !self.p(e, "%") {
                    return m(e, Cal::Y(y));
                }
            }
        }
        if let Some(r) = self.clipped_year(i) {
            return Some(r);
        }
        if self.is(i, "cy") {
            if let Some(t) = self.numtok(i + 1) {
                let y = match t.ndig {
                    4 => t.num as i32,
                    2 => 2000 + t.num as i32,
                    _ => return None,
                };
                return m(i + 2, Cal::Y(y));
            }
        }
        let t = self.t.get(i)?;
        if t.kind == Kind::Word {
            // a year in words after a preposition
            if i > 0
                && year_context(self.w(i - 1))
                && matches!(
                    self.w(i - 1),
                    "in" | "since" | "of" | "until" | "by" | "during" | "from" | "to" | "and"
                )
            {
                let (y, e) = self.year_words(i)?;
                // "came to twelve hundred dollars", "up to fifteen hundred
                // people": an amount, not a year
                let amount = self.t.get(e).is_some_and(|n| {
                    let w = self.t.low_of(n);
                    n.kind == Kind::Word
                        && (currency::currency_noun(w).is_some()
                            || currency::currency_code(n.text(self.np.text)).is_some()
                            || units::unit_of(n.text(self.np.text), w, false).is_some()
                            || words::looks_plural(w) && !words::is_calendar_word(w))
                });
                if amount {
                    return None;
                }
                return m(e, Cal::Y(y));
            }
            return None;
        }
        let (y, e) = self.year(i, false)?;
        if (self.p(e, "-") || self.p(e, "/"))
            && self.numtok(e + 1).is_some()
            && self.adj(e)
            && self.adj(e + 1)
        {
            {
                // 2014-2018: only as a range of years
                let t2 = self.numtok(e + 1)?;
                let y2 = if t2.ndig == 4 {
                    t2.num as i32
                } else if t2.ndig == 2 {
                    y - y.rem_euclid(100) + t2.num as i32
                } else {
                    return None;
                };
                if y2 > y && !self.trailing_code(e + 2) {
                    let v = DateValue::Interval(Some(Period::year(y)), Some(Period::year(y2)));
                    return m(e + 2, Cal::V(v));
                }
                return None;
            }
        }
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        let ctx = year_context(prev)
            && !(prev == "to" || prev == "for" || prev == "as" || prev == "on" || prev == "than")
            || (prev == "than"
                && i >= 2
                && matches!(self.w(i - 2), "later" | "earlier" | "greater" | "sooner"))
            // "built prior to 1978 may contain lead"
            || (prev == "to" && i >= 2 && self.is(i - 2, "prior"));
        let for_year = prev == "for" && (1900..=2099).contains(&y) && self.year_ends_clause(e);
        let compared = self.year_after_preposition(prev, y, e);
        let poss = self.p(e, "'") && self.is(e + 1, "s") && self.adj(e);
        let noun = prev == "the" && year_noun(self.w(e)) || i == 0 && year_noun(self.w(e));
        let era = e > i + 1
            || matches!(self.w(e), "or" | "and")
                && matches!(
                    self.w(e + 1),
                    "later" | "earlier" | "after" | "before" | "greater" | "beyond"
                )
            || matches!(self.w(e), "onwards" | "onward");
        let coord = matches!(prev, "and" | "or")
            && i >= 2
            && self.numtok(i - 2).is_some_and(|t| t.ndig == 4)
            || self.in_year_list(i, e);
        // a range of bare years "2014 to 2018", "2014~2018"
        let range_next = (self.is(e, "to") || self.p(e, "~") || self.is(e, "through"))
            && self.numtok(e + 1).is_some_and(|t| t.ndig == 4);
        // a year used as an adjective: "a 2012 car crash", "the 2005
        // murder", "his 2009 book", "the 2011 NFL playoffs" (a count
        // above one is followed by a plural: "2000 people", "1999 votes")
        let next = self
            .t
            .get(e)
            .filter(|n| n.kind == Kind::Word && n.space_before());
        let singular = next.is_some_and(|n| {
            let w = self.t.low_of(n);
            !words::is_function_word(w)
                && !words::is_calendar_word(w)
                && !words::looks_plural(w)
                && !words::is_irregular_plural(w)
                && words::unit(w).is_none()
                && units::unit_of(n.text(self.np.text), w, false).is_none()
                && currency::currency_noun(w).is_none()
                && currency::currency_code(n.text(self.np.text)).is_none()
                && words::scale_word(w).is_none()
                && !matches!(w, "percent" | "per" | "pct" | "times" | "more")
        });
        let determiner = matches!(
            prev,
            "the"
                | "a"
                | "an"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
                | "your"
                | "this"
                | "that"
        ) || i >= 2 && self.is(i - 1, "s") && self.p(i - 2, "'");
        // "the 2007 Oscars", "the 2012 Paralympics": before a name, plural
        // or not
        let before_name = determiner && next.is_some_and(|n| n.cap());
        let adjective = (1900..=2099).contains(&y)
            && e == i + 1
            && (singular && (determiner || next.is_some_and(|n| !n.cap())) || before_name);
        if ctx
            || for_year
            || compared
            || poss
            || noun
            || era
            || coord
            || range_next
            || adjective
            || (self.sentence_start(i) && year_noun(self.w(e)))
        {
            let end = if poss { e + 2 } else { e };
            return m(end, Cal::Y(y));
        }
        // "sales of 2007" handled by ctx; a line that is just a year
        if self.t.get(e).is_none() && i == 0 {
            return m(e, Cal::Y(y));
        }
        None
    }

    /// Rule `clipped_year`: a year written with an apostrophe and two
    /// digits after a word that sets a time or a determiner ("the '08
    /// crash", "in '98", "the class of '99"): the latest such year not
    /// after publication (19xx without one). Not a decade ("'90s", read by
    /// [`P::decade`]) and not a quoted number ("'08'").
    fn clipped_year(&self, i: usize) -> Option<M> {
        let apostrophe = self.p(i, "'") || self.p(i, "’");
        let t = self.numtok(i + 1).filter(|t| t.ndig == 2)?;
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        let lead = matches!(
            prev,
            "the"
                | "in"
                | "since"
                | "of"
                | "from"
                | "until"
                | "by"
                | "before"
                | "after"
                | "his"
                | "her"
                | "their"
                | "its"
        );
        let quoted = self.p(i + 2, "'") || self.p(i + 2, "’") || self.is(i + 2, "s");
        if !apostrophe || !lead || quoted || !self.adj(i + 1) {
            return None;
        }
        let v = t.num as i32;
        let py = self.pub_day.map_or(1999, |z| civil_from_days(z).0);
        let c = py - py.rem_euclid(100);
        let y = if c + v <= py { c + v } else { c - 100 + v };
        m(i + 2, Cal::Y(y))
    }

    /// Whether a year after "for" closes its phrase, as the period a
    /// figure is for does ("earnings for 1997 rose", "the outlook for
    /// 1998.", "for 1997 as a whole"): punctuation or a verb follows, not
    /// a noun it would count ("for 2000 people", "for 1999 of them").
    /// Rule `year_after_preposition`: a year near publication after a
    /// preposition of comparison or course, where the phrase ends ("a
    /// contrast with 2014.", "up 6 per cent on 2024.", "fees for 2021 even
    /// after", "go into 2019 with the same problems", "gains over 2018"):
    /// within [`NEAR_YEARS`] of publication and before a clause's end or a
    /// word that opens another phrase, so a count ("on 2000 farms", "for
    /// 1500 workers") stays a count.
    fn year_after_preposition(&self, prev: &str, y: i32, e: usize) -> bool {
        if !matches!(prev, "with" | "into" | "on" | "over" | "against" | "for") {
            return false;
        }
        let near = match self.pub_day {
            Some(z) => (civil_from_days(z).0 - y).abs() <= NEAR_YEARS,
            None => false,
        };
        near && (self.year_ends_clause(e)
            || matches!(
                self.w(e),
                "with" | "when" | "even" | "but" | "after" | "before" | "despite" | "while"
            ) && self.t.get(e).is_some_and(|n| n.kind == Kind::Word))
    }

    fn year_ends_clause(&self, e: usize) -> bool {
        match self.t.get(e) {
            None => true,
            Some(n) if n.kind == Kind::Sym => {
                matches!(self.t.low_of(n), "." | "," | ";" | ":" | ")" | "!" | "?")
            }
            Some(n) if n.kind == Kind::Word => matches!(
                self.t.low_of(n),
                "as" | "was" | "is" | "were" | "are" | "will" | "would" | "rose" | "fell"
            ),
            Some(_) => false,
        }
    }

    /// A year in a list the scan has been reading: "in 1994, 1996, 1999
    /// and 2002" (the year at `i`, ending at `e`, follows a comma that
    /// ends the previous date, a year, and the list goes on or the clause
    /// ends: not "in 2009, 2000 people").
    fn in_year_list(&self, i: usize, e: usize) -> bool {
        let after_year = self
            .anchor
            .get()
            .is_some_and(|a| a.end + 1 == i && a.period.grain() == Grain::Year);
        after_year
            && self.p(i - 1, ",")
            && e == i + 1
            && self
                .t
                .get(e)
                .is_none_or(|n| n.kind == Kind::Sym || matches!(self.w(e), "and" | "or"))
    }

    /// A year inside a larger date expression (no context needed).
    pub(crate) fn year_expr_loose(&self, i: usize) -> Option<M> {
        let (y, e) = self.year(i, false)?;
        m(e, Cal::Y(y))
    }

    /// Decades and centuries: "the 1990s", "1990 s", "the '70s", "the
    /// seventies", "the nineteen seventies", "the noughties", "21st century".
    pub(crate) fn decade(&self, i: usize) -> Option<M> {
        let z = self.pub_day;
        let mut k = i;
        let the = self.is(k, "the");
        if the {
            k += 1;
        }
        if self.p(k, "'") && self.numtok(k + 1).is_some_and(|t| t.ndig == 2) {
            k += 1;
        }
        // centuries: "21st century", "the nineteenth century"
        if let Some((n, e, ord, _)) = self.small(k) {
            if ord
                && (2..=30).contains(&n)
                && (self.is(e, "century") || self.p(e, "-") && self.is(e + 1, "century"))
            {
                let end = if self.is(e, "century") { e + 1 } else { e + 2 };
                return m(
                    end,
                    Cal::V(DateValue::Unit(Period::century((n as i32 - 1) * 100))),
                );
            }
        }
        // numeric
        if let Some(t) = self.numtok(k) {
            if !self.num_ok(k) && t.ndig != 2 {
                return None;
            }
            let mut e = k + 1;
            if self.p(e, "'") && self.adj(e) {
                e += 1;
            }
            if !(self.is(e, "s")
                && (self.adj(e)
                    || t.ndig == 4
                        && !self.adj(e)
                        && self.t.get(e).is_some_and(|x| x.space_before())))
            {
                return None;
            }
            if self.adj(e + 1) && matches!(self.t.get(e + 1), Some(x) if x.kind != Kind::Sym) {
                return None;
            }
            let v = t.num as i32;
            // rule `hundreds_are_a_century`: "the 1800s", "the early 1900s"
            // name the century; "the 2000s" is the decade news means
            if t.ndig == 4 && v % 100 == 0 && (1000..2000).contains(&v) {
                return m(e + 1, Cal::V(DateValue::Unit(Period::century(v))));
            }
            let start = match t.ndig {
                4 if v % 10 == 0 && (1000..=2990).contains(&v) => v,
                2 if v % 10 == 0 => {
                    let py = z.map_or(2000, |z| civil_from_days(z).0);
                    let c = py - py.rem_euclid(100);
                    if c + v <= py {
                        c + v
                    } else {
                        c - 100 + v
                    }
                }
                _ => return None,
            };
            return m(e + 1, Cal::V(DateValue::Unit(Period::decade(start))));
        }
        // "the late nineties", "the mid-seventies": a part word read by
        // the parts rule stands where the article would
        let part_before = |k: usize| matches!(self.w(k), "early" | "late" | "mid");
        if !(the
            || i > 0 && matches!(self.w(i - 1), "in" | "during" | "since")
            || i > 0 && part_before(i - 1)
            || i > 1 && self.p(i - 1, "-") && part_before(i - 2))
        {
            return None;
        }
        // words: [century] decade-word
        let mut base: Option<i32> = None;
        let mut j = k;
        if self.is(j, "two") && self.is(j + 1, "thousand") {
            base = Some(2000);
            j += 2;
            if self.is(j, "and") {
                j += 1;
            }
        } else if let Some((c, e, false, false)) = self.small(j) {
            if (10..=20).contains(&c) && words::decade_word(self.w(e)).is_some()
                || (c == 20 && self.p(e, "-"))
            {
                base = Some(c as i32 * 100);
                j = if self.p(e, "-") { e + 1 } else { e };
            }
        }
        let dw = words::decade_word(self.w(j))?;
        let start = match base {
            Some(b) => b + dw as i32,
            None => {
                if dw == 0 {
                    2000
                } else {
                    let py = z.map_or(2000, |z| civil_from_days(z).0);
                    let c = py - py.rem_euclid(100);
                    if c + dw as i32 + 9 < py || dw == 10 && c + 10 <= py {
                        c + dw as i32
                    } else {
                        c - 100 + dw as i32
                    }
                }
            }
        };
        m(j + 1, Cal::V(DateValue::Unit(Period::decade(start))))
    }
}

/// The year and decade rules.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "a year in context (\"in 2023\", \"the 2024 election\", \"2014-2018\")",
        run: |p, i, _| p.year_expr(i),
        starts: Starts {
            classes: super::NUM | super::NUMBER_WORD,
            words: &["the", "year", "cy", "'", "’"],
        },
        examples: &[
            ("The plant closed in [2009] after protests.", "-", "2009"),
            ("Turnout in the [2024] election was high.", "-", "2024"),
            ("Prices doubled over [2014-2018].", "-", "2014/2018"),
            ("[2023's] harvest was poor.", "-", "2023"),
            ("He was born in [nineteen ninety six].", "-", "1996"),
            ("The river flooded in 1983, [1997] and 2011.", "-", "1997"),
            (
                "She chaired the panel in 2004, 2008, [2013], and again later.",
                "-",
                "2013",
            ),
            ("Ratings for the [2019] Emmys fell.", "-", "2019"),
            ("The [’08] crash wiped out savings.", "2024-03-13", "2008"),
            (
                "He graduated in ['98] and moved west.",
                "2024-03-13",
                "1998",
            ),
            ("The class of ['19] met again.", "2024-03-13", "2019"),
        ],
    },
    Rule {
        name: "decade or century (\"the 1990s\", \"the seventies\", \"21st century\")",
        run: |p, i, _| p.decade(i),
        starts: Starts {
            classes: super::NUM | super::NUMBER_WORD | super::DECADE,
            words: &["the", "'"],
        },
        examples: &[
            (
                "It was the country's worst drought of [the 1990s].",
                "-",
                "1990/1999",
            ),
            (
                "The band peaked in [the seventies].",
                "2024-03-20",
                "1970/1979",
            ),
            ("[The 21st century] began with a boom.", "-", "2000/2099"),
            ("The factory opened in [the 1800s].", "-", "1800/1899"),
            ("Rates were higher in [the 2000s].", "-", "2000/2009"),
        ],
    },
];

/// How many years from publication a bare year after a preposition of
/// comparison may lie ([`P::year_after_preposition`]).
const NEAR_YEARS: i32 = 15;
