//! Hedges written before a figure ("nearly 50", "more than 600", "up to
//! 10", "~5"): the phrase and the [`Qualifier`] it expresses.
//!
//! Consumes lower-cased words; produces the qualifier, the hedge's first
//! word and where the figure starts. Pure lookups.

use super::Numerals;
use crate::facts::Qualifier;
use crate::lex::hash::WordHash;
use crate::lex::Kind;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A hedge phrase: its words (lower-cased) and meaning. Longest phrases
/// first so that "no more than" wins over "more than".
pub(crate) const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["upward", "of"], Qualifier::MoreThan),
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["just", "under"], Qualifier::LessThan),
    (&["just", "above"], Qualifier::MoreThan),
    (&["just", "below"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["at", "most"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["close", "to"], Qualifier::Approx),
    (&["an", "estimated"], Qualifier::Approx),
    (&["more", "or", "less"], Qualifier::Approx),
    (&["in", "the", "region", "of"], Qualifier::Approx),
    (&["in", "the", "neighbourhood", "of"], Qualifier::Approx),
    (&["in", "the", "neighborhood", "of"], Qualifier::Approx),
    (&["on", "the", "order", "of"], Qualifier::Approx),
    (&["in", "the", "order", "of"], Qualifier::Approx),
    // business idioms of more and less: "north of $2 million", "just
    // shy of 10,000", "south of €40" ("north" and "south" only before
    // money: `Numerals::hedge`)
    (&["north", "of"], Qualifier::MoreThan),
    (&["south", "of"], Qualifier::LessThan),
    (&["just", "shy", "of"], Qualifier::LessThan),
    (&["shy", "of"], Qualifier::LessThan),
    (&["somewhere", "around"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["nearly"], Qualifier::Approx),
    (&["almost"], Qualifier::Approx),
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["approximately"], Qualifier::Approx),
    (&["approx"], Qualifier::Approx),
    (&["circa"], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
    (&["exceeding"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
];

/// The phrases of [`QUALIFIERS`] a word opens, as indices in table order
/// (an index built once: a common opener such as "a" or "about" then reads
/// its few phrases, not the whole table).
fn phrases_opened_by(w: &str) -> &'static [usize] {
    static INDEX: OnceLock<HashMap<&'static str, Vec<usize>, WordHash>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut ix: HashMap<&'static str, Vec<usize>, WordHash> = HashMap::default();
            for (k, (words, _)) in QUALIFIERS.iter().enumerate() {
                if let Some(first) = words.first() {
                    ix.entry(first).or_default().push(k);
                }
            }
            ix
        })
        .get(w)
        .map_or(&[], Vec::as_slice)
}

impl Numerals<'_> {
    /// A hedge at `i`: the qualifier, its first word, and where the figure
    /// starts (`i` when there is none).
    pub fn hedge(&self, i: usize) -> (Option<Qualifier>, Option<&'static str>, usize) {
        let Some(t) = self.toks.get(i) else {
            return (None, None, i);
        };
        if t.sym('~') || t.sym('≈') {
            return (Some(Qualifier::Approx), None, i + 1);
        }
        // only a word opens a hedge (an intensified one too)
        if t.kind != Kind::Word {
            return (None, None, i);
        }
        if let Some(r) = self.intensified(i) {
            return r;
        }
        // most words open no hedge: one bit of the token's word class
        if !t.class().hedge() {
            return (None, None, i);
        }
        let first = self.toks.low_of(t);
        for &p in phrases_opened_by(first) {
            let Some((words, q)) = QUALIFIERS.get(p) else {
                continue;
            };
            if words
                .iter()
                .enumerate()
                .skip(1)
                .all(|(k, w)| self.toks.is(i + k, w))
            {
                let j = i + words.len();
                // "north of" and "south of" are more and less only before
                // money ("north of $2 million"); before a bare number they
                // tell where ("south of 14th Street", "north of 60
                // degrees")
                if matches!(words.first(), Some(&("north" | "south"))) && !self.money_at(j) {
                    continue;
                }
                // "approx." takes its dot
                let j = if words == &["approx"] && self.toks.get(j).is_some_and(|t| t.sym('.')) {
                    j + 1
                } else {
                    j
                };
                return (Some(*q), words.first().copied(), j);
            }
        }
        (None, None, i)
    }

    /// Whether a currency symbol or ISO 4217 code stands at `j` ("$",
    /// "€", "USD").
    fn money_at(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| match t.kind {
            Kind::Sym => crate::lex::currency::currency_symbol(t.ch).is_some(),
            Kind::Word => crate::lex::currency::currency_code(t.text(self.text)).is_some(),
            _ => false,
        })
    }

    /// An intensifier before a strict bound ("far below", "well above",
    /// "much less than", "far more than", "slightly above", "a little
    /// over", "a bit under"): the bound, read from the intensifier on.
    /// Other hedges after such a word are not bounds ("well about" is no
    /// phrase).
    fn intensified(&self, i: usize) -> Option<(Option<Qualifier>, Option<&'static str>, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        // the word reported as the hedge's first: the bound's own after
        // "far", "much", "well" (as before), the intensifier's after the
        // others ("slightly over 3 years" is a hedge, no period of time)
        let (bound_at, own) = match self.toks.low_of(t) {
            "far" | "much" | "well" => (i + 1, None),
            "slightly" => (i + 1, Some("slightly")),
            "a" if self.toks.is(i + 1, "little") || self.toks.is(i + 1, "bit") => {
                (i + 2, Some("a"))
            }
            _ => return None,
        };
        if !self.toks.get(bound_at)?.space_before() {
            return None; // "well-over", a compound
        }
        let (q, word, j) = self.hedge(bound_at);
        matches!(q, Some(Qualifier::MoreThan | Qualifier::LessThan)).then_some((q, own.or(word), j))
    }

    /// A hedge written after a figure that ends at `k`: "$500 or more",
    /// "50 people or fewer", "2 million dollars or so", "10 kg or less":
    /// the qualifier and the token after it. Not before "than" or a word
    /// that looks like an adjective, where "more" compares ("or more
    /// expensive", "or less likely").
    pub fn trailing_hedge(&self, k: usize) -> Option<(Qualifier, usize)> {
        if !self.toks.is(k, "or") {
            return None;
        }
        let q = match self.toks.get(k + 1).map(|t| self.toks.low_of(t))? {
            "more" | "over" | "above" | "higher" | "greater" => Qualifier::AtLeast,
            "less" | "fewer" | "under" | "below" | "lower" => Qualifier::AtMost,
            "so" | "thereabouts" => Qualifier::Approx,
            _ => return None,
        };
        let comparative = !matches!(q, Qualifier::Approx)
            && !self.toks.is(k + 1, "over")
            && !self.toks.is(k + 1, "under")
            && !self.toks.is(k + 1, "above")
            && !self.toks.is(k + 1, "below");
        let compares = comparative
            && self.toks.get(k + 2).is_some_and(|t| {
                t.kind == Kind::Word && !t.line_before() && {
                    let w = self.toks.low_of(t);
                    w == "than" || crate::lex::words::looks_adjective(w)
                }
            });
        (!compares).then_some((q, k + 2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::words::{hedge_opener, WordClass};

    #[test]
    fn every_hedge_is_opened() {
        for (words, _) in QUALIFIERS {
            assert!(hedge_opener(words[0]), "{:?}", words);
            assert!(WordClass::of(words[0]).hedge(), "{:?}", words);
        }
    }
}
