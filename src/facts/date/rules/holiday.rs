//! Holidays by name: "Christmas", "Thanksgiving 2014", "last Easter",
//! "Labor Day of last year", "Mother's Day", "Labor Day weekend".

use super::super::grammar::*;
use super::super::holidays::{generic_holiday, HRule, HOLIDAYS};
use super::{Rule, Starts};
use crate::lex::Kind;

impl P<'_> {
    /// Holidays: "Christmas", "Thanksgiving 2014", "last Easter", "Labor
    /// Day of last year", "Mother's Day".
    pub(crate) fn holiday(&self, i: usize) -> Option<M> {
        let first = self.w(i);
        let candidates = holidays_by_first_word().get(first)?;
        // collect up to 6 words, skipping apostrophes, possessive s, dots, hyphens
        let mut words: Vec<(&str, usize)> = Vec::with_capacity(6);
        let mut j = i;
        while words.len() < 6 && j < self.t.len() && j < i + 14 {
            let t = &self.t[j];
            match t.kind {
                Kind::Word => {
                    if self.t.low_of(t) == "s" && j > i && self.p(j - 1, "'") {
                        j += 1;
                        continue;
                    }
                    words.push((self.t.low_of(t), j + 1));
                }
                Kind::Sym if matches!(self.t.low_of(t), "'" | "." | "-") => {}
                _ => break,
            }
            j += 1;
        }
        let mut best: Option<(usize, usize)> = None; // (holiday, end)
        for &h in candidates {
            let names = HOLIDAYS[h].0;
            if names.len() <= words.len() && names.iter().zip(&words).all(|(a, b)| *a == b.0) {
                let end = words[names.len() - 1].1;
                if best.is_none_or_lt(end) {
                    best = Some((h, end));
                }
            }
        }
        let (h, mut end) = best?;
        // "King's Day" (the Dutch feast) needs its possessive: "King Day" is
        // Martin Luther King Day in American usage
        if HOLIDAYS[h].0 == ["king", "day"] && !self.p(i + 1, "'") {
            return None;
        }
        // possessive after the last word: "presidents' day" is covered; "Valentine's"
        if self.p(end, "'") && self.is(end + 1, "s") && self.adj(end) {
            end += 2;
        }
        // ambiguous single words need a capital or context
        if first == "may" && !self.cap(i) {
            return None;
        }
        if self.in_proper_name(i, end) {
            return None;
        }
        let mut y = None;
        let mut rel = false;
        if let Some((yy, ye)) = self.year_after(end) {
            y = Some(yy);
            end = ye;
        } else if let Some((yy, ye)) = self.rel_year_after(end) {
            y = Some(yy);
            end = ye;
            rel = true;
        }
        // "Labor Day weekend", "Halloween weekend 2021", "Labor Day 2021 weekend"
        let mut wk = false;
        if self.is(end, "weekend") {
            wk = true;
            end += 1;
            if y.is_none() {
                if let Some((yy, ye)) = self.year_after(end) {
                    y = Some(yy);
                    end = ye;
                }
            }
        }
        if generic_holiday(HOLIDAYS[h].0)
            && y.is_none()
            && !self.cap(i)
            && !self.sentence_start(i)
            && !(i > 0
                && matches!(
                    self.w(i - 1),
                    "on" | "next" | "last" | "this" | "by" | "until" | "before" | "after" | "since"
                ))
        {
            return None;
        }
        Some(M {
            end,
            cal: Cal::Hol { h, y, wk },
            rel: rel || y.is_none() && !matches!(HOLIDAYS[h].1, HRule::Fixed(..)),
            mode: Mode::Plain,
        })
    }
}

/// The weekend a one-day holiday belongs to: Saturday–Monday for a
/// Monday holiday, Friday–Sunday for a Friday, Thursday–Sunday for a
/// Thursday (Thanksgiving), the Saturday–Sunday around a weekend day and
/// the one before a Tuesday or Wednesday. Longer feasts are kept whole.
/// Indices into [`HOLIDAYS`] by the first word of the name, in table order:
/// one hash lookup per token instead of a scan of the table.
pub(crate) fn holidays_by_first_word(
) -> &'static std::collections::HashMap<&'static str, Vec<usize>> {
    static INDEX: std::sync::OnceLock<std::collections::HashMap<&'static str, Vec<usize>>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m: std::collections::HashMap<&'static str, Vec<usize>> =
            std::collections::HashMap::new();
        for (h, (names, _)) in HOLIDAYS.iter().enumerate() {
            if let Some(first) = names.first() {
                m.entry(*first).or_default().push(h);
            }
        }
        m
    })
}

/// The holiday rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "holiday [year] [weekend]",
    run: |p, i, _| p.holiday(i),
    starts: Starts {
        classes: super::HOLIDAY,
        words: &[],
    },
    examples: &[
        ("Stores close on [Christmas Day 2023].", "-", "2023-12-25"),
        (
            "Traffic peaks over [Labor Day weekend].",
            "2024-03-20",
            "2024-08-31/2024-09-02",
        ),
        ("Families met on [Thanksgiving 2014].", "-", "2014-11-27"),
        (
            "Churches were full at [Easter], the bishop said.",
            "2024-05-10",
            "2024-03-31",
        ),
    ],
}];
