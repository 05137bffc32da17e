//! The date rules, one file per family, each rule a named value with its
//! examples beside it (duckling's `Rule { name, pattern, prod }` and
//! corpus, as Rust values).
//!
//! Consumes the grammar's tokens at a position; produces a match ([`M`]):
//! the tokens an expression covers and the calendar reference it names.
//! [`P::atom`] runs every rule of [`RULES`] at a token and keeps the
//! longest match (the earlier rule on a tie), so rules compose without
//! knowing each other. Each rule reads a bounded number of tokens.
//!
//! A rule's examples are rows `(text, published, value)`: the expression is
//! the part of `text` in square brackets, `published` the publication date
//! (`-` for none) and `value` the ISO value `concord facts` prints (`null`
//! for an unresolved relative date). One table-driven test runs every row
//! of every rule: the rule must match exactly the bracketed words and
//! resolve to the value, and the whole extractor must return that fact.

use super::grammar::{M, P};

mod day_first;
mod holiday;
mod month_first;
mod numeric;
mod parts;
mod quarter;
mod relative;
mod season;
mod week;
mod weekday;
mod year;

/// An example of a rule: `(text with the expression in [brackets],
/// publication date or "-", expected value or "null")`.
pub(crate) type Example = (&'static str, &'static str, &'static str);

/// The function of a rule: reads the expression starting at a token
/// (depth bounds recursion).
pub(crate) type Runner = fn(&P<'_>, usize, u32) -> Option<M>;

/// A named rule.
pub(crate) struct Rule {
    /// What it reads, as users would name it ("this|next|last <weekday>").
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    /// Reads the expression starting at a token.
    pub run: Runner,
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
        parts::RULES,
        quarter::RULES,
        week::RULES,
        year::RULES,
        holiday::RULES,
        weekday::NTH,
        season::RULES,
    ]
    .into_iter()
    .flatten()
}

impl P<'_> {
    /// The longest single date expression at `i` (no ranges, no open
    /// ends): every rule of [`all`] tried, the longest match kept.
    pub(crate) fn atom(&self, i: usize, depth: u32) -> Option<M> {
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
