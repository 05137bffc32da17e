//! Which tokens can open a figure: the numeric family's part of the
//! per-token mask ([`crate::lex::Can`]). [`extract_tokens`](super::extract_tokens)
//! asks [`Cx::may_open`] at each token and tries the rules of [`Cx::at`]
//! only where it answers yes.
//!
//! A figure (or a number the filters skip: a clock time, an address, a
//! name's number) can open at a token when
//!
//! - its mask has a class of [`OPENS`]: a digit run among it and the
//!   [`NEAR_REACH`](crate::lex::can::NEAR_REACH) tokens after it (every rule
//!   whose first word can be any word reads its digits within that reach:
//!   a currency named before digits, "Malaysian ringgit 42", an
//!   abbreviation, "Rs. 500", "L.E. 500"), a number word, a hedge opener;
//! - it is a word that opens a number in words, a sign word or "point"
//!   (the numeral layer's own test, `Numerals::word_opens`), or one of
//!   [`opening_word`] (the rules that read words before any number);
//! - it is a word before a currency sign ("US$ five million"), or the
//!   unit of time of "week-long" / "weeklong", or "the" before one;
//! - it is a symbol that can open an amount: a dash or minus, "~", "≈",
//!   "$", or any symbol beyond ASCII that is no quotation mark (currency
//!   signs, vulgar fractions).
//!
//! The tests of this file run the extractor with and without the gate
//! over every fixture text and require the same facts.

use super::Cx;
use crate::facts::numeral::Numerals;
use crate::lex::token::fold;
use crate::lex::{Can, Kind, Token};

/// The token classes that can open a figure: a digit run near, a number
/// word, a hedge opener.
pub(super) const OPENS: Can = Can::NEAR_DIGITS.or(Can::NUMBER_WORD).or(Can::HEDGE);

/// Whether `w` is a word that opens a rule of [`Cx::at`] before any number: ranges
/// ("between", "from"), ages ("aged", "age"), a glued magnitude
/// ("magnitude-5.4"), one whole unit ("all week", "a full month", "the
/// whole day"), "another" as one, coins ("dime", "nickel", "quarters"),
/// a percentage before its number ("per cent of", "percent of"), vague
/// plurals ("dozens of"; "hundreds" opens a number in words), the
/// intensified hedges ("far", "much", "slightly"; "a little" opens with
/// the article, which opens a number), and "U.S.$".
pub(super) fn opening_word(w: &str) -> bool {
    matches!(
        w,
        "between"
            | "from"
            | "aged"
            | "age"
            | "magnitude"
            | "all"
            | "full"
            | "whole"
            | "entire"
            | "another"
            | "dime"
            | "nickel"
            | "nickels"
            | "quarters"
            | "per"
            | "percent"
            | "percents"
            | "pct"
            | "pc"
            | "percentage"
            | "tens"
            | "dozens"
            | "scores"
            | "thousands"
            | "millions"
            | "billions"
            | "far"
            | "much"
            | "well"
            | "slightly"
            | "u"
    )
}

/// Whether a symbol can open an amount: a dash or minus sign ("-5", "-$3
/// million", "- 20 degrees"), "~" and "≈" (about), "$", or any symbol
/// beyond ASCII but a quotation mark (currency signs, "½").
fn symbol_opens(c: char) -> bool {
    match c {
        '-' | '~' | '$' | '+' => true,
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{2026}' => false,
        c if c.is_ascii() => false,
        c => fold(c) != '\'',
    }
}

impl<'a> Cx<'a> {
    /// Whether a rule of [`Cx::at`] can start at token `i` (see the
    /// module documentation).
    pub(super) fn may_open(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        if t.can().any(OPENS) {
            return true;
        }
        match t.kind {
            Kind::Num => true,
            Kind::Sym => symbol_opens(t.ch),
            Kind::Word => self.word_may_open(i, t),
        }
    }

    /// [`Cx::may_open`] at a word with no class of [`OPENS`].
    fn word_may_open(&self, i: usize, t: &Token) -> bool {
        let w = self.low(t);
        if Numerals::word_opens_number(w, t.class()) || opening_word(w) {
            return true;
        }
        // "US$ five million", "CN¥", "GH¢": letters before a currency sign
        if self
            .tok(i + 1)
            .is_some_and(|n| n.kind == Kind::Sym && symbol_opens(n.ch) && !n.dash())
        {
            return true;
        }
        // rule unit_long: "week-long", "weeklong", "the month-long"
        self.unit_long_at(i) || w == "the" && self.unit_long_at(i + 1)
    }

    /// Whether a unit made an adjective with "long" can be at `k`: a word
    /// ending in "long", or a word glued by a dash to "long".
    fn unit_long_at(&self, k: usize) -> bool {
        let Some(w) = self.word(k) else {
            return false;
        };
        (w.len() > 4 && w.ends_with("long"))
            || self.tok(k + 1).is_some_and(|d| d.dash() && d.glued())
                && self.glued(k + 2)
                && self.word(k + 2) == Some("long")
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract_gated;
    use crate::lex::{Locale, Tokens};

    /// The figures of `text` as `start..end kind value qualifier unit`.
    fn figures(text: &str, locale: Locale, gated: bool) -> Vec<String> {
        extract_gated(text, &Tokens::new(text), locale, gated)
            .into_iter()
            .map(|f| {
                format!(
                    "{}..{} {:?} {:?} {:?} {:?}",
                    f.span.start, f.span.end, f.kind, f.value, f.qualifier, f.unit
                )
            })
            .collect()
    }

    #[test]
    fn the_gate_drops_no_figure() {
        let mut seen = 0;
        for text in crate::facts::gate_texts() {
            for locale in ["en-US", "en-GB", "en-ZA", "en-PH"]
                .map(|tag| Locale::parse(tag).unwrap_or_default())
            {
                let (with, without) = (figures(&text, locale, true), figures(&text, locale, false));
                assert_eq!(with, without, "{text}");
                seen += without.len();
            }
        }
        assert!(
            seen > 1000,
            "only {seen} figures read: the texts are missing"
        );
    }

    #[test]
    fn figures_with_no_digit_near_open_at_their_words() {
        // written for this test: amounts told in words, far from any digit
        let text = "Officials in Marrowby spent a week-long stretch counting \
                    dozens of crates, some three hundred jars, and US$ five \
                    million in aid; the whole day passed, then another hour.";
        let with = figures(text, Locale::US, true);
        assert_eq!(with, figures(text, Locale::US, false));
        assert!(with.len() >= 4, "{with:?}");
    }
}
