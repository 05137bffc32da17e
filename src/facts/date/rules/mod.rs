//! The date rules, one file per family, each rule a named value with its
//! examples beside it (duckling's `Rule { name, pattern, prod }` and
//! corpus, as Rust values).
//!
//! Consumes the grammar's tokens at a position; produces a match ([`M`]):
//! the tokens an expression covers and the calendar reference it names.
//! [`P::atom`] runs the rules of [`all`] that can open at a token and keeps
//! the longest match (the earlier rule on a tie), so rules compose without
//! knowing each other. Each rule reads a bounded number of tokens.
//!
//! Each rule also says what can open it ([`Starts`]: a digit run, a number
//! word, a month, a weekday, a holiday's first word, a decade word, or
//! listed words). An index built once maps a token to the set of rules it
//! can open, so a token that opens none (most words of a text) costs one
//! lookup, not a call of every rule; a test checks over every example and
//! fixture that the index drops no match. "the" opens a fifth of the rules
//! and is the most frequent word of news: the rules that list it are
//! tried only when the next word could carry a date on ([`P::after_the`]).
//!
//! A rule's examples are rows `(text, published, value)`: the expression is
//! the part of `text` in square brackets, `published` the publication date
//! (`-` for none) and `value` the ISO value `concord facts` prints (`null`
//! for an unresolved relative date). One table-driven test runs every row
//! of every rule: the rule must match exactly the bracketed words and
//! resolve to the value, and the whole extractor must return that fact.

use super::grammar::{M, P};
use crate::lex::{hash::WordHash, words, Kind};
use std::collections::HashMap;
use std::sync::OnceLock;

mod ago;
mod anchored;
mod beside;
mod counted;
mod current;
mod day_first;
mod day_part;
mod fiscal;
mod holiday;
mod league;
mod month_first;
mod numeric;
mod parts;
mod quarter;
mod relative;
mod reported;
mod season;
mod topic;
mod vague;
mod week;
mod weekday;
mod weekend;
mod year;

/// An example of a rule: `(text with the expression in [brackets],
/// publication date or "-", expected value or "null")`.
pub(crate) type Example = (&'static str, &'static str, &'static str);

/// The function of a rule: reads the expression starting at a token
/// (depth bounds recursion).
pub(crate) type Runner = fn(&P<'_>, usize, u32) -> Option<M>;

/// A named rule.
pub(crate) struct Rule {
    /// What it reads, as users would name it (`this|next|last <weekday>`).
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    /// Reads the expression starting at a token.
    pub run: Runner,
    /// What its first token can be.
    pub starts: Starts,
    /// Examples: see the module documentation.
    #[cfg_attr(not(test), allow(dead_code))]
    pub examples: &'static [Example],
}

/// Every rule, in the order ties are broken.
pub(crate) fn all() -> impl Iterator<Item = &'static Rule> {
    [
        weekday::MODIFIED,
        numeric::RULES,
        month_first::RULES,
        day_first::RULES,
        weekday::RULES,
        relative::RULES,
        vague::RULES,
        counted::RULES,
        ago::RULES,
        anchored::RULES,
        beside::RULES,
        parts::RULES,
        day_part::RULES,
        quarter::RULES,
        reported::RULES,
        week::RULES,
        year::RULES,
        holiday::RULES,
        weekend::RULES,
        weekday::NTH,
        season::RULES,
        current::RULES,
    ]
    .into_iter()
    .flatten()
}

/// A digit run opens the rule.
pub(crate) const NUM: u8 = 1;
/// A number word ("three", "third", "twenty-first") opens the rule.
pub(crate) const NUMBER_WORD: u8 = 2;
/// A month name or abbreviation opens the rule.
pub(crate) const MONTH: u8 = 4;
/// A weekday name or abbreviation opens the rule.
pub(crate) const WEEKDAY: u8 = 8;
/// The first word of a holiday's name opens the rule.
pub(crate) const HOLIDAY: u8 = 16;
/// A decade word ("seventies") opens the rule.
pub(crate) const DECADE: u8 = 32;
/// A word that shifts from publication ([`SHIFT_WORDS`]: "this", "next",
/// "last", …) opens the rule.
pub(crate) const SHIFT: u8 = 64;

/// The words that shift a period from publication, for [`SHIFT`].
const SHIFT_WORDS: &[&str] = &[
    "this",
    "current",
    "next",
    "following",
    "coming",
    "upcoming",
    "last",
    "previous",
    "past",
    "prior",
];

/// Whether a word names the last of a series of parts, as the ordinal
/// "last" does: "the last week of July", "the final Saturday of
/// September", "the final weekend of June".
pub(crate) fn last_of_a_series(w: &str) -> bool {
    matches!(w, "last" | "final")
}

/// Words the rules opened by "the" read right after it that open no rule
/// themselves ("the night before", "the latest quarter", "the most recent
/// quarter", "the long weekend", "the bank holiday weekend"); units ("the
/// week after") are asked of [`words::unit`].
const AFTER_THE: &[&str] = &[
    "night", "latest", "recent", "most", "turn", "long", "holiday", "bank", "festive",
];

/// What the first token of a rule's expression can be: a superset is
/// harmless (the rule is tried and fails), a missing opener loses matches.
#[derive(Clone, Copy)]
pub(crate) struct Starts {
    /// Classes of tokens ([`NUM`], [`NUMBER_WORD`], [`MONTH`], [`WEEKDAY`],
    /// [`HOLIDAY`], [`DECADE`], [`SHIFT`], or-ed).
    pub classes: u8,
    /// Further words (lower case) or symbols.
    pub words: &'static [&'static str],
}

/// A set of rules: bit `r` is rule `r` of [`all`].
type RuleMask = u64;

/// The rules by what opens them: bit `r` of a mask is rule `r` of [`all`].
struct Index {
    rules: Vec<&'static Rule>,
    num: RuleMask,
    number_word: RuleMask,
    month: RuleMask,
    weekday: RuleMask,
    decade: RuleMask,
    /// The rules that list "the" among their opening words.
    the: RuleMask,
    /// The rules opened by a holiday's first word, "the" among them ("the
    /// Glorious Twelfth", and "the" before a name that opens with a month
    /// or a part word: "the August bank holiday").
    holiday: RuleMask,
    /// Listed words and symbols, and holidays' first words.
    words: HashMap<&'static str, RuleMask, WordHash>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let rules: Vec<&'static Rule> = all().collect();
        assert!(
            rules.len() <= RuleMask::BITS as usize,
            "the rule masks are {} bits wide",
            RuleMask::BITS
        );
        let mut ix = Index {
            rules: Vec::new(),
            num: 0,
            number_word: 0,
            month: 0,
            weekday: 0,
            decade: 0,
            the: 0,
            holiday: 0,
            words: HashMap::default(),
        };
        for (r, rule) in rules.iter().enumerate() {
            let bit: RuleMask = 1 << r;
            let c = rule.starts.classes;
            for (class, mask) in [
                (NUM, &mut ix.num),
                (NUMBER_WORD, &mut ix.number_word),
                (MONTH, &mut ix.month),
                (WEEKDAY, &mut ix.weekday),
                (DECADE, &mut ix.decade),
            ] {
                if c & class != 0 {
                    *mask |= bit;
                }
            }
            if c & SHIFT != 0 {
                for w in SHIFT_WORDS {
                    *ix.words.entry(w).or_default() |= bit;
                }
            }
            if c & HOLIDAY != 0 {
                ix.holiday |= bit;
                for first in holiday::holidays_by_first_word().keys() {
                    *ix.words.entry(first).or_default() |= bit;
                }
            }
            for w in rule.starts.words {
                *ix.words.entry(w).or_default() |= bit;
            }
            if rule.starts.words.contains(&"the") {
                ix.the |= bit;
            }
        }
        ix.rules = rules;
        ix
    })
}

/// The words (lower case) and symbols that open a rule by their text, not
/// by a class of token: the words each rule's [`Starts`] lists, the shift
/// words, the first words of holidays (see [`crate::facts::date`]'s gate).
pub(crate) fn opening_words() -> impl Iterator<Item = &'static str> {
    index().words.keys().copied()
}

impl P<'_> {
    /// The rules token `i` can open (bit `r` is rule `r` of [`all`]).
    fn openers(&self, ix: &Index, i: usize) -> RuleMask {
        let Some(t) = self.t.get(i) else { return 0 };
        if t.kind == Kind::Num {
            return ix.num;
        }
        let w = self.t.low_of(t);
        let mut mask = ix.words.get(w).copied().unwrap_or(0);
        if w == "the" {
            if !self.after_the(ix, i + 1) {
                mask &= !ix.the;
            }
            if !self.holiday_after_the(i + 1) {
                mask &= !ix.holiday;
            }
        }
        if t.kind == Kind::Word {
            let class = t.class();
            for (yes, rules) in [
                (class.number_word(), ix.number_word),
                (class.month(), ix.month),
                (class.weekday(), ix.weekday),
                (class.decade(), ix.decade),
            ] {
                if yes {
                    mask |= rules;
                }
            }
        }
        mask
    }

    /// Whether token `i`, after "the", could go on into a date: not a
    /// word, or a word that opens a rule itself ("the first of March",
    /// "the 1990s", "the following day", "the same week"), a unit ("the
    /// day after") or one of [`AFTER_THE`]. Most words after "the" are
    /// nouns no rule reads.
    fn after_the(&self, ix: &Index, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        if t.kind != Kind::Word {
            return true;
        }
        let w = self.t.low_of(t);
        // "the the": asked no further (the gate would recurse)
        w == "the" || words::unit(w).is_some() || AFTER_THE.contains(&w) || self.openers(ix, i) != 0
    }

    /// The longest single date expression at `i` (no ranges, no open
    /// ends): every rule of [`all`] that the token can open tried, the
    /// longest match kept.
    pub(crate) fn atom(&self, i: usize, depth: u32) -> Option<M> {
        if depth > super::grammar::MAX_DEPTH || i >= self.t.len() {
            return None;
        }
        let ix = index();
        let mut mask = self.openers(ix, i);
        let mut best: Option<M> = None;
        while mask != 0 {
            let r = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if let Some(m) = (ix.rules[r].run)(self, i, depth) {
                if best.is_none_or(|b| m.end > b.end) {
                    best = Some(m);
                }
            }
        }
        best
    }

    /// [`P::atom`] without the index: every rule tried (the reference the
    /// index is checked against).
    #[cfg(test)]
    pub(crate) fn atom_unindexed(&self, i: usize, depth: u32) -> Option<M> {
        if depth > super::grammar::MAX_DEPTH || i >= self.t.len() {
            return None;
        }
        let mut best: Option<M> = None;
        for r in all() {
            if let Some(m) = (r.run)(self, i, depth) {
                if best.is_none_or(|b| m.end > b.end) {
                    best = Some(m);
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests;
