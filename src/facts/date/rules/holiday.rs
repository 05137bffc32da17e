//! Holidays by name: "Christmas", "Thanksgiving 2014", "last Easter",
//! "Labor Day of last year", "Mother's Day", "Labor Day weekend".

use super::super::grammar::*;
use super::super::holidays::{generic_holiday, is_observance, HRule, Wk, HOLIDAYS};
use super::super::resolve::Mode;
use super::{Rule, Starts};
use crate::lex::hash::WordHash;
use crate::lex::words;
use crate::lex::Kind;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

impl P<'_> {
    /// Whether a holiday's name can follow "the" at token `i` (the gate of
    /// [`P::holiday`] at "the", read from token `i` alone): a month or one of
    /// [`PART_WORDS_AFTER_THE`] ("the August bank holiday", "the early May
    /// bank holiday"), the second word of a name that opens with "the"
    /// ("the Glorious Twelfth"), or no word (a symbol the name may skip).
    /// Most words after "the" are nouns that open no holiday.
    pub(crate) fn holiday_after_the(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        if t.kind != Kind::Word {
            return true;
        }
        let w = self.t.low_of(t);
        t.class().month()
            || PART_WORDS_AFTER_THE.contains(&w)
            || second_words_after_the().contains(w)
    }

    /// Holidays: "Christmas", "Thanksgiving 2014", "last Easter", "Labor
    /// Day of last year", "Mother's Day".
    pub(crate) fn holiday(&self, i: usize) -> Option<M> {
        // "the August bank holiday", "the early May bank holiday", "the
        // summer bank holiday": after
        // "the", a name that opens with a month or a part word would lose
        // to the shorter "the August", "the early May" read at the
        // article; the name claims the article then (elsewhere the
        // article stays outside: "the Independence Day weekend")
        if self.is(i, "the") {
            let w = self.w(i + 1);
            if words::month(w).is_some() || PART_WORDS_AFTER_THE.contains(&w) {
                if let Some(m) = self.holiday(i + 1) {
                    return Some(m);
                }
            }
        }
        let first = self.w(i);
        let candidates = holidays_by_first_word().get(first)?;
        // collect up to 6 words, skipping apostrophes, possessive s, dots,
        // hyphens (on the stack: this runs at every word that opens a
        // holiday's name, "new", "may", "good", …)
        let mut buf: [(&str, usize); 6] = [("", 0); 6];
        let mut len = 0;
        let mut j = i;
        while len < buf.len() && j < self.t.len() && j < i + 14 {
            let t = &self.t[j];
            match t.kind {
                Kind::Word => {
                    if self.t.low_of(t) == "s" && j > i && self.p(j - 1, "'") {
                        j += 1;
                        continue;
                    }
                    if let Some(slot) = buf.get_mut(len) {
                        *slot = (self.t.low_of(t), j + 1);
                        len += 1;
                    }
                }
                Kind::Sym if matches!(self.t.low_of(t), "'" | "." | "-") => {}
                _ => break,
            }
            j += 1;
        }
        let words = buf.get(..len).unwrap_or(&[]);
        let mut best: Option<(usize, usize)> = None; // (holiday, end)
        for &h in candidates {
            let names = HOLIDAYS[h].0;
            if names.len() <= words.len() && names.iter().zip(words).all(|(a, b)| *a == b.0) {
                let end = words[names.len() - 1].1;
                if best.is_none_or_lt(end) {
                    best = Some((h, end));
                }
            }
        }
        let (h, mut end) = best?;
        // a name each country keeps on its own day ("National Day",
        // "Heroes' Day") is no date where the locale gives it none
        if matches!(self.holiday_rule(h), None | Some(HRule::Local)) {
            return None;
        }
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
        if self.in_proper_name(i, end) || self.holiday_modifies_noun(i, end) {
            return None;
        }
        // "Easter Sunday, April 8, 2012", "Christmas Day (Dec. 25, 2010)":
        // a full date in apposition says which one; it is the value.
        if let Some(m) = self.appositive_date(end) {
            return Some(m);
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
        // "the Easter bank holiday weekend", "the Canada Day long weekend",
        // "the Labor Day holiday weekend": with the day off
        let long = match (self.w(end), self.w(end + 1), self.w(end + 2)) {
            ("bank", "holiday", "weekend") => Some(3),
            ("long" | "holiday", "weekend", _) => Some(2),
            _ => None,
        };
        let mut wk = Wk::Day;
        if let Some(n) = long {
            wk = Wk::Long;
            end += n;
        } else if self.is(end, "weekend") {
            wk = Wk::Weekend;
            end += 1;
            if y.is_none() {
                if let Some((yy, ye)) = self.year_after(end) {
                    y = Some(yy);
                    end = ye;
                }
            }
        }
        if (generic_holiday(HOLIDAYS[h].0) || is_observance(h))
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

impl P<'_> {
    /// A full date (year, month and day) written in apposition after a
    /// holiday's name at `k`: after a comma, a dash or in parentheses. The
    /// match runs from the holiday to the end of the date (and its closing
    /// parenthesis) with the date's value.
    fn appositive_date(&self, k: usize) -> Option<M> {
        let open = self.p(k, "(");
        if !(open || self.p(k, ",") || self.p(k, "-")) {
            return None;
        }
        let j = k + 1;
        let f = better(
            better(self.numeric(j), self.day_first(j, MAX_DEPTH)),
            self.month_first(j),
        )?;
        let Cal::Ymd { y, m, d, wd } = f.cal else {
            return None;
        };
        let mut end = f.end;
        if open {
            if !self.p(end, ")") {
                return None;
            }
            end += 1;
        }
        Some(M {
            end,
            cal: Cal::Ymd { y, m, d, wd },
            rel: f.rel,
            mode: Mode::Plain,
        })
    }

    /// A holiday's name used as a modifier of the noun after it, inside a
    /// noun phrase: "the office Christmas party", "the 2013 Christmas
    /// Special", "an Easter egg hunt". The thing named is no day (the
    /// party need not fall on December 25), unless the noun is a part or
    /// a meal of the day ("Christmas morning", "Thanksgiving dinner") or a
    /// period around it ("the Easter holidays", "the Thanksgiving travel
    /// rush", "the Easter programme"). `i` starts the name,
    /// `end` is the token after it (and its year).
    fn holiday_modifies_noun(&self, i: usize, end: usize) -> bool {
        // a name that says "Day" or "Eve" names the day even as a modifier
        // ("the Independence Day fireworks"); the feasts that are also
        // seasons (Christmas, Easter, Hanukkah) are the ones read so
        if (i..end).any(|k| matches!(self.w(k), "day" | "eve" | "night")) {
            return false;
        }
        let next = self.w(end);
        let on_the_day = matches!(
            next,
            "day"
                | "eve"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "dinner"
                | "lunch"
                | "breakfast"
                | "feast"
                | "service"
                | "services"
                | "mass"
                | "holiday"
                | "holidays"
                | "season"
                | "period"
                | "break"
                | "week"
                | "weekend"
                | "recess"
                | "vacation"
                | "time"
                // the stretch around the day: "the busiest Thanksgiving
                // travel period", "the Easter programme of events"
                | "travel"
                | "rush"
                | "getaway"
                | "programme"
                | "program"
                | "celebrations"
                | "festivities"
        );
        // "with Diwali falling on Sunday", "Easter approaching": the
        // name is the subject of a verb, not a modifier
        let verb_after = matches!(
            next,
            "falls" | "falling" | "fell" | "approaching" | "approaches" | "nears" | "nearing"
        );
        // "the Easter bank holiday weekend", "the Canada Day long weekend"
        let long_weekend = matches!(
            (next, self.w(end + 1)),
            ("bank", "holiday") | ("long", "weekend")
        );
        if next.is_empty()
            || on_the_day
            || verb_after
            || long_weekend
            || words::places_a_day(next)
            || !self.t.get(end).is_some_and(|t| t.space_before())
            || words::is_function_word(next)
            || words::is_calendar_word(next)
            || next.ends_with("ed")
            || next.ends_with("ly")
        {
            return false;
        }
        // inside a noun phrase: a determiner, a possessive or a noun
        // before it ("the", "their office", "a 2013"), not a preposition
        // or the start of a sentence
        let mut b = i;
        while b > 0 && self.t.get(b - 1).is_some_and(|t| t.kind == Kind::Num) {
            b -= 1;
        }
        if b == 0 || self.sentence_start(b) {
            return false;
        }
        let before = self.w(b - 1);
        // rule `holiday_named_after_of`: "the holiday of Juneteenth", "the
        // feast of Pentecost", "the eve of Passover": the noun before "of"
        // says a day is named, whatever follows the name
        if before == "of" && b >= 2 && words::names_a_feast(self.w(b - 2)) {
            return false;
        }
        !before.is_empty()
            && !matches!(
                before,
                "on" | "at"
                    | "by"
                    | "until"
                    | "till"
                    | "before"
                    | "after"
                    | "since"
                    | "over"
                    | "during"
                    | "through"
                    | "from"
                    | "to"
                    | "for"
                    | "in"
                    | "last"
                    | "next"
                    | "this"
                    | "and"
                    | "or"
            )
    }
}

/// The weekend a one-day holiday belongs to: Saturday–Monday for a
/// Monday holiday, Friday–Sunday for a Friday, Thursday–Sunday for a
/// Thursday (Thanksgiving), the Saturday–Sunday around a weekend day and
/// the one before a Tuesday or Wednesday. Longer feasts are kept whole.
/// Indices into [`HOLIDAYS`] by the first word of the name, in table order:
/// one hash lookup per token instead of a scan of the table.
pub(crate) fn holidays_by_first_word() -> &'static HashMap<&'static str, Vec<usize>, WordHash> {
    static INDEX: std::sync::OnceLock<HashMap<&'static str, Vec<usize>, WordHash>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m: HashMap<&'static str, Vec<usize>, WordHash> = HashMap::default();
        for (h, (names, _)) in HOLIDAYS.iter().enumerate() {
            if let Some(first) = names.first() {
                m.entry(*first).or_default().push(h);
            }
        }
        m
    })
}

/// The words after "the" that may open a holiday's name whose article the
/// name claims ("the early May bank holiday", "the summer bank holiday").
const PART_WORDS_AFTER_THE: &[&str] = &["early", "late", "spring", "summer"];

/// The second words of the holidays whose name opens with "the" ("the
/// Glorious Twelfth"): what [`P::holiday_after_the`] looks for.
fn second_words_after_the() -> &'static BTreeSet<&'static str> {
    static WORDS: OnceLock<BTreeSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        holidays_by_first_word()
            .get("the")
            .into_iter()
            .flatten()
            .filter_map(|&h| HOLIDAYS.get(h).and_then(|(names, _)| names.get(1)).copied())
            .collect()
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
            "The shop was robbed on [Easter Sunday, April 8, 2012], police said.",
            "2013-09-26",
            "2012-04-08",
        ),
        (
            "Crews worked through [Christmas Day (Dec. 25, 2010)] to clear it.",
            "2011-03-01",
            "2010-12-25",
        ),
        (
            "Churches were full at [Easter], the bishop said.",
            "2024-05-10",
            "2024-03-31",
        ),
        (
            "Roads will jam over [the August bank holiday].",
            "2024-03-20",
            "2024-08-26",
        ),
        (
            "Beaches in Cornwall will fill up over [the summer bank holiday].",
            "2025-06-02",
            "2025-08-25",
        ),
        (
            "Glasgow fans queued all night. The gates open on [the summer bank holiday].",
            "2025-06-02",
            "2025-08-04",
        ),
        (
            "The hunt meets on [St Stephen's Day].",
            "2024-03-20",
            "2024-12-26",
        ),
        (
            "Runners lined up in Hopkinton on [Patriots' Day].",
            "2024-05-01",
            "2024-04-15",
        ),
        (
            "Bookmakers expect record bets on [Melbourne Cup Day].",
            "2024-03-20",
            "2024-11-05",
        ),
        (
            "The feast of [Pentecost] falls late this year.",
            "2024-03-20",
            "2024-05-19",
        ),
        (
            "This year the holiday of [Halloween] lands on a Thursday.",
            "2024-03-20",
            "2024-10-31",
        ),
        (
            "Parades filled the streets on [Armed Forces Day 2019].",
            "-",
            "2019-05-18",
        ),
        (
            "The museum opens free of charge on [Seward's Day].",
            "2025-01-10",
            "2025-03-31",
        ),
        (
            "Volunteers planted oaks on [Arbor Day], the city said.",
            "2024-09-01",
            "2024-04-26",
        ),
        (
            "Families light candles each night of [Kwanzaa 2021].",
            "-",
            "2021-12-26/2022-01-01",
        ),
    ],
}];

#[cfg(test)]
mod tests {
    use super::super::super::grammar::P;
    use crate::lex::Tokens;

    /// For each "the" of `text`: whether the holiday rule may open there,
    /// and whether it reads a holiday there.
    fn at_the(text: &str) -> Vec<(bool, bool)> {
        let toks = Tokens::new(text);
        let p = P::new(text, &toks, None, Default::default());
        (0..toks.len())
            .filter(|&i| toks.is(i, "the"))
            .map(|i| (p.holiday_after_the(i + 1), p.holiday(i).is_some()))
            .collect()
    }

    #[test]
    fn the_opens_a_holiday_only_before_a_word_that_can_go_on_into_one() {
        // a noun after "the": the rule is not tried there
        assert_eq!(
            at_the("The ferry left the harbour before the storm."),
            [(false, false); 3]
        );
        // a month or a part word after "the" may open a name that claims
        // the article; a name that opens with "the" is read whole
        assert_eq!(
            at_the("Queues formed on the late May bank holiday at the pier."),
            [(true, true), (false, false)]
        );
        assert_eq!(
            at_the("Grouse shooting opens on the Glorious Twelfth near Dunmore."),
            [(true, true)]
        );
        // a month after "the" that opens no holiday: tried, nothing found
        assert_eq!(at_the("They met in the June heat."), [(true, false)]);
    }
}
