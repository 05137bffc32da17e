//! Dates written month first: "December 6, 2023", "Dec. 6", "Tuesday,
//! March 7", "December 2023", "June of 1992", "May twenty nine",
//! "Oct/2", a month alone ("in March"), "Jul 18, Fri".

use super::super::grammar::*;
use super::{Rule, Starts};
use crate::lex::words;
use crate::lex::Kind;

impl P<'_> {
    /// Whether an ambiguous month/weekday word at `k` reads as a date here
    /// (`followed` = a day or year follows).
    pub(crate) fn ambiguous_ok(&self, k: usize, followed: bool) -> bool {
        if followed {
            return true;
        }
        if k > 0 && (date_context(self.w(k - 1)) || self.p(k - 1, "-") || self.p(k - 1, ",")) {
            return !(self.w(k) == "may" && self.is(k - 1, "and"));
        }
        // rule `month_range_opens`: "closed March through May", "March to
        // June": a capitalised month that opens a range of months
        self.cap(k)
            && (matches!(self.w(k + 1), "to" | "through" | "thru" | "until" | "till")
                || self.p(k + 1, "-") && self.adj(k + 1) && self.adj(k + 2))
            && words::month(self.w(k + 2)).is_some()
            && self.cap(k + 2)
    }

    /// Whether a lower-case month word at `k` with no day or year is a
    /// verb ("to march the 20 blocks", "they will march", "may"): after
    /// the infinitive "to" or a modal, a month written small is no date
    /// ("from January to March" keeps its capital).
    fn month_as_verb(&self, k: usize) -> bool {
        !self.cap(k) && k > 0 && verb_lead(self.w(k - 1))
    }

    /// A month name at `k`: (month, end after an optional dot, ambiguous).
    pub(crate) fn month_at(&self, k: usize) -> Option<(u32, usize, bool)> {
        let (mo, amb) = words::month(self.w(k))?;
        if self.in_compound(k) {
            return None; // "Mar-a-Lago", "May-be"
        }
        // the dot of an abbreviation ("Dec."), not a full stop after "June."
        let abbr = self.w(k).len() <= 4 && !matches!(self.w(k), "june" | "july" | "may");
        // "Fri., May. 3, 2013": a stray dot before a day and a comma
        let stray = !abbr
            && self.adj(k + 1)
            && self.numtok(k + 2).is_some_and(|t| t.ndig <= 2)
            && self.p(k + 3, ",");
        let e = if (abbr || stray) && self.p(k + 1, ".") {
            k + 2
        } else {
            k + 1
        };
        let amb = amb || !self.cap(k) && self.w(k).len() > 3;
        Some((mo, e, amb))
    }

    /// Whether the word at `k` is joined by hyphens to a word that is no
    /// month, weekday or number ("Mar-a-Lago", "Sun-Times"): part of a
    /// compound name, not a date.
    pub(crate) fn in_compound(&self, k: usize) -> bool {
        let plain_word = |w: usize| {
            matches!(self.t.get(w), Some(t) if t.kind == Kind::Word)
                && words::month(self.w(w)).is_none()
                && words::weekday(self.w(w)).is_none()
                && words::unit_word(self.w(w)).is_none()
                && words::tens_word(self.w(w)).is_none()
        };
        let after = self.p(k + 1, "-") && self.adj(k + 1) && self.adj(k + 2) && plain_word(k + 2);
        let before = k >= 2
            && self.p(k - 1, "-")
            && self.adj(k - 1)
            && self.adj(k)
            && plain_word(k - 2)
            && !matches!(
                self.w(k - 2),
                "mid" | "early" | "late" | "pre" | "post" | "end"
            );
        after || before
    }

    /// Whether a month ending before token `e` premodifies a figure
    /// reported for it ([`words::statistic_noun`], after at most one
    /// [`words::statistic_modifier`]): "February inflation", "March retail
    /// sales".
    pub(crate) fn before_statistic(&self, e: usize) -> bool {
        let plain = |k: usize| {
            self.t
                .get(k)
                .is_some_and(|t| t.kind == Kind::Word && t.space_before())
                && !self.cap(k)
                || self.t.get(k).is_some_and(|t| t.kind == Kind::Word)
                    && matches!(self.w(k), "cpi" | "gdp" | "pmi")
        };
        plain(e)
            && (words::statistic_noun(self.w(e))
                || words::statistic_modifier(self.w(e))
                    && plain(e + 1)
                    && words::statistic_noun(self.w(e + 1)))
    }

    /// Month first: "December 6, 2023", "Dec. 6", "Tuesday, March 7",
    /// "December 2023", "June of 1992", "May twenty nine", "Oct/2",
    /// "March", "Jul 18, Fri".
    pub(crate) fn month_first(&self, i: usize) -> Option<M> {
        let mut k = i;
        let mut wd = None;
        if let Some((w, _)) = words::weekday(self.w(k)) {
            let mut j = k + 1;
            if self.p(j, ".") {
                j += 1;
            }
            if self.p(j, ",") || self.p(j, "-") {
                j += 1;
            }
            if words::month(self.w(j)).is_some() {
                wd = Some(w);
                k = j;
            }
        }
        let (mo, mut e, amb) = self.month_at(k)?;
        let word_end = k + 1;
        // "Oct/2", "jan/3", "mar3", "jun-15"
        let mut j = e;
        if (self.p(j, "/") || self.p(j, "-")) && self.adj(j) && self.adj(j + 1) && e == word_end {
            j += 1;
        }
        if self.is(j, "the") {
            j += 1;
        }
        // day
        if let Some((d, de, ord, digits)) = self.small(j) {
            let day_ok = (1..=31).contains(&d)
                && !(digits
                    && self.p(de, ":")
                    && self.adj(de)
                    && self.numtok(de + 1).is_some()
                    && self.adj(de + 1))
                && !(self.is(de, "hundred") || self.is(de, "thousand"))
                && (digits || ord || d >= 1);
            if day_ok && !(!digits && !ord && words::unit(self.w(de)).is_some()) {
                // words like "may one day" are not dates: word days need an ordinal or a
                // month that is not ambiguous
                if digits || ord || !amb || self.cap(k) || wd.is_some() {
                    let mut end = de;
                    let mut y = None;
                    if let Some((yy, ye)) = self.year_after(end) {
                        y = Some(yy);
                        end = ye;
                    } else if let Some((yy, ye)) = self.rel_year_after(end) {
                        y = Some(yy);
                        end = ye;
                    }
                    // "Jul 18, Fri"
                    let mut wd = wd;
                    if self.p(end, ",") {
                        if let Some((w2, a2)) = words::weekday(self.w(end + 1)) {
                            if !a2 || self.cap(end + 1) {
                                wd = Some(w2);
                                end += 2;
                                if self.p(end, ".") {
                                    end += 1;
                                }
                            }
                        }
                    }
                    let rel = y.is_some() && self.rel_year_after(de).is_some();
                    return Some(M {
                        end,
                        cal: Cal::Ymd { y, m: mo, d, wd },
                        rel,
                        mode: Mode::Plain,
                    });
                }
            }
        }
        // month year
        if let Some((y, ye)) = self.year_after(e) {
            // "in June, 2005" is a month of a year; "In March, 2000
            // workers …" counts workers.
            let counts_next = self.p(e, ",")
                && self.t.get(ye).is_some_and(|t| t.kind == Kind::Word)
                && !self.cap(ye)
                && self.w(ye).len() > 3
                && self.w(ye).ends_with('s');
            if !counts_next {
                return m(ye, Cal::Ym { y: Some(y), m: mo });
            }
        }
        if let Some((y, ye)) = self.rel_year_after(e) {
            return mr(ye, Cal::Ym { y: Some(y), m: mo });
        }
        // month alone; rule `month_of_a_statistic`: "March payrolls",
        // "May retail sales" name the month even when the word is also a
        // verb or a modal (capitalised: "prices may rise" stays a verb)
        let stat = self.cap(k) && self.before_statistic(e);
        if amb && !stat && (!self.ambiguous_ok(k, false) || self.month_as_verb(k)) {
            return None;
        }
        if wd.is_some() {
            return None;
        }
        if !(self.cap(k) || k > 0 && date_context(self.w(k - 1))) && self.t.len() > 1 {
            return None;
        }
        // "June Carter": a capitalised word after a bare month is a name;
        // rule `month_is_a_given_name`: after "by" too, when the month is
        // also a given name ("a play by August Wilson", "asked by April
        // Ryan"); "in August Congress …" stays a date
        let given = matches!(self.w(k), "april" | "may" | "june" | "august")
            && k > 0
            && self.is(k - 1, "by");
        // rule `month_names_an_event`: "for March Madness", "during the
        // October Surprise": a month before a capitalised noun of an
        // event's name is part of that name, whatever precedes it
        if self.cap(k) && self.cap(e) && words::names_after_month(self.w(e)) {
            return None;
        }
        if self.cap(e)
            && words::month(self.w(e)).is_none()
            && words::weekday(self.w(e)).is_none()
            && (given || !(k > 0 && date_context(self.w(k - 1))))
        {
            return None;
        }
        if e > word_end && self.sentence_start(e) && self.cap(e) {
            e = word_end; // "… in Dec. The …": the dot ends the sentence
        }
        m(e, Cal::Ym { y: None, m: mo })
    }
}

/// The month-first rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "month day [year] (\"December 6, 2023\", \"Dec. 6\", \"March\")",
    run: |p, i, _| p.month_first(i),
    starts: Starts {
        classes: super::MONTH | super::WEEKDAY,
        words: &[],
    },
    examples: &[
        (
            "The bridge shut in [October three years ago].",
            "2024-03-20",
            "2021-10",
        ),
        (
            "The levy began on [July 9 a year ago].",
            "2024-03-20",
            "2023-07-09",
        ),
        (
            "As of [Jan. 1], the tax is gone.",
            "2024-03-13",
            "2024-01-01",
        ),
        (
            "The accord was signed on [March 3, 2021] in Geneva.",
            "-",
            "2021-03-03",
        ),
        (
            "Officials met on [Sept. 5, 2019], the ministry said.",
            "-",
            "2019-09-05",
        ),
        ("Elections were held in [November 2016].", "-", "2016-11"),
        (
            "He was arrested in [June, 2005] after a chase.",
            "2007-07-20",
            "2005-06",
        ),
        (
            "The trial opened on [Dec. 6], prosecutors said.",
            "2023-12-20",
            "2023-12-06",
        ),
        (
            "The law takes effect in [January].",
            "2023-12-20",
            "2024-01",
        ),
        ("He was born in [June of 1992].", "-", "1992-06"),
        (
            "The fair opens on [May twenty nine].",
            "2024-03-20",
            "2024-05-29",
        ),
        (
            "They met on [Tuesday, March 7], aides said.",
            "2023-03-20",
            "2023-03-07",
        ),
        (
            "Economists put [October] factory output well below forecasts.",
            "2023-11-20",
            "2023-10",
        ),
        (
            "[May] retail sales slipped for a second month.",
            "2023-06-14",
            "2023-05",
        ),
        (
            "Analysts expect [March] jobless figures to improve.",
            "2023-03-09",
            "2023-03",
        ),
        (
            "The [April] jobs report is due in early May.",
            "2024-03-26",
            "2024-04",
        ),
    ],
}];
