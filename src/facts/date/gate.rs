//! Which tokens can open a date: the date family's part of the per-token
//! mask ([`crate::lex::Can`]). [`scan_until`](super::scan_until) asks
//! [`P::may_open`] at each token and tries the date rules only where it
//! answers yes: most words of a text open no date.
//!
//! A token can open a date when it is a digit run, a number word, a month,
//! a weekday, a decade word or a hedge opener (the classes [`OPENS`] names,
//! read from the token's mask), or when its lower-cased text is one of the
//! words the date rules list as their first ([`rules::opening_words`]:
//! the words each rule's `Starts` lists, the shift words, the first words
//! of holidays), the first words of an open interval
//! ([`OPEN_INTERVALS`]) or one of [`TOP_OPENERS`], the words the rules
//! [`P::top`] and [`P::hedged_offset`] read before any atom. A superset is
//! harmless; a word missing from it loses dates (the tests of this file
//! run the scan with and without the gate over every rule's examples).

use super::grammar::P;
use super::open_words::OPEN_INTERVALS;
use super::rules;
use crate::lex::{hash::WordHash, Can, Kind};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The token classes that can open a date: a digit run, a number word
/// ("three days ago"), a month, a weekday, a decade word, a hedge opener
/// ("nearly a month ago").
pub(crate) const OPENS: Can = Can::DIGITS
    .or(Can::NUMBER_WORD)
    .or(Can::MONTH)
    .or(Can::WEEKDAY)
    .or(Can::DECADE)
    .or(Can::HEDGE);

/// The words that open a rule of [`P::top`] or [`P::hedged_offset`] before
/// any atom: `lasting` ("for 10 days from …", and the count of its units:
/// "a", "an", "couple", "few"), `start_for` and `from_now_until` ("from",
/// "starting", "beginning", "between"), `more_less` ("more", "over",
/// "less", "fewer" than), and the intensified hedges of
/// [`P::hedged_offset`] ("far", "much", "well", "slightly", "a little").
pub(crate) const TOP_OPENERS: &[&str] = &[
    "for",
    "from",
    "starting",
    "beginning",
    "between",
    "more",
    "over",
    "less",
    "fewer",
    "a",
    "an",
    "couple",
    "few",
    "far",
    "much",
    "well",
    "slightly",
];

/// Every word and symbol that opens a date rule without a class of
/// [`OPENS`], built once: the words in a hashed set, the few symbols
/// ("'" of "the '90s") in a list of their own, so that a punctuation mark
/// costs no hashing.
struct Openers {
    words: HashSet<&'static str, WordHash>,
    symbols: Vec<&'static str>,
}

fn openers() -> &'static Openers {
    static OPENERS: OnceLock<Openers> = OnceLock::new();
    OPENERS.get_or_init(|| {
        let intervals = OPEN_INTERVALS
            .iter()
            .filter_map(|(w, _)| w.first().copied());
        let all: Vec<&'static str> = rules::opening_words()
            .chain(intervals)
            .chain(TOP_OPENERS.iter().copied())
            .collect();
        let symbol = |w: &&str| !w.chars().any(char::is_alphanumeric);
        let mut symbols: Vec<&'static str> = all.iter().copied().filter(symbol).collect();
        symbols.sort_unstable();
        symbols.dedup();
        Openers {
            words: all.into_iter().filter(|w| !symbol(w)).collect(),
            symbols,
        }
    })
}

impl P<'_> {
    /// Whether a date expression can start at token `i`: its mask has a
    /// class of [`OPENS`], or its text is one of the [`openers`] (asked
    /// only of the tokens with no such class).
    pub(crate) fn may_open(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else {
            return false;
        };
        if t.can().any(OPENS) {
            return true;
        }
        let w = self.t.low_of(t);
        // a digit run always opens (OPENS has DIGITS); a symbol or a word
        // opens only as a listed one
        match t.kind {
            Kind::Num => true,
            Kind::Sym => openers().symbols.contains(&w),
            Kind::Word => openers().words.contains(w),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{grammar::P, scan_gated, CivilDate};
    use crate::lex::Tokens;

    /// The dates of `text` (start, end, value, relative, hedged), with
    /// the gate or without it.
    fn dates(text: &str, published: Option<CivilDate>, gated: bool) -> Vec<String> {
        let toks = Tokens::new(text);
        let p = P::new(
            text,
            &toks,
            published.and_then(|d| d.day()),
            Default::default(),
        );
        scan_gated(&p, toks.len(), gated)
            .into_iter()
            .map(|f| format!("{}..{} {:?} {} {}", f.start, f.end, f.val, f.rel, f.approx))
            .collect()
    }

    #[test]
    fn the_gate_drops_no_date() {
        let published = CivilDate {
            year: 2013,
            month: 6,
            day: 12,
        };
        let mut seen = 0;
        for text in crate::facts::gate_texts() {
            for pubd in [None, Some(published)] {
                let (with, without) = (dates(&text, pubd, true), dates(&text, pubd, false));
                assert_eq!(with, without, "{text}");
                seen += without.len();
            }
        }
        assert!(seen > 1000, "only {seen} dates read: the texts are missing");
    }

    #[test]
    fn words_that_open_a_date_pass_and_plain_words_do_not() {
        let text = "The council met for three days between June and early fall.";
        let toks = Tokens::new(text);
        let p = P::new(text, &toks, None, Default::default());
        let open: Vec<&str> = (0..toks.len())
            .filter(|&i| p.may_open(i))
            .map(|i| toks.low(i))
            .collect();
        for w in ["for", "three", "between", "june", "early"] {
            assert!(open.contains(&w), "{w} opens a date: {open:?}");
        }
        for w in ["council", "met", "days", "."] {
            assert!(!open.contains(&w), "{w} opens no date: {open:?}");
        }
    }
}
