//! What a token can start: a compact per-token class mask, built once per
//! text by [`Tokens::new`](crate::lex::Tokens::new), so that each extractor
//! skips the tokens that can open none of its rules with one test of bits
//! instead of trying every rule there.
//!
//! Consumes a token's kind, its [`WordClass`] and its place among the
//! tokens after it; produces a [`Can`]: a digit run, a digit run among the
//! next [`NEAR_REACH`] tokens, a number word, a month, a weekday, a decade
//! word, a hedge opener, a capitalised word, a symbol, a word. Each family
//! of rules declares the bits its first token can carry (a superset is
//! harmless: the family is tried and finds nothing) and asks its own word
//! table only for the tokens that carry none of them.

use super::words::WordClass;

/// How many tokens after a token [`Can::NEAR_DIGITS`] looks at: a rule
/// whose first word can be any word but which needs digits soon after it
/// reads them within this reach ("Malaysian ringgit 42", "Rs. 500", "L.E.
/// 500": the digits four tokens after the first word).
pub const NEAR_REACH: usize = 4;

/// A set of token classes (see the module documentation).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Can(u16);

impl Can {
    /// No class.
    pub const NONE: Can = Can(0);
    /// A run of ASCII digits.
    pub const DIGITS: Can = Can(1);
    /// A digit run is this token or one of the [`NEAR_REACH`] after it.
    pub const NEAR_DIGITS: Can = Can(2);
    /// A word that can open a number in words ([`WordClass::number_word`]).
    pub const NUMBER_WORD: Can = Can(4);
    /// A month name or abbreviation ([`WordClass::month`]).
    pub const MONTH: Can = Can(8);
    /// A weekday name or abbreviation ([`WordClass::weekday`]).
    pub const WEEKDAY: Can = Can(16);
    /// A decade word ("seventies", [`WordClass::decade`]).
    pub const DECADE: Can = Can(32);
    /// A word that can open a hedge ("nearly", "more", [`WordClass::hedge`]).
    pub const HEDGE: Can = Can(64);
    /// A word whose first letter is upper case.
    pub const CAP: Can = Can(128);
    /// A symbol (punctuation or any other character that is no letter or digit).
    pub const SYMBOL: Can = Can(256);
    /// A run of letters.
    pub const WORD: Can = Can(512);

    /// Both sets together.
    pub const fn or(self, other: Can) -> Can {
        Can(self.0 | other.0)
    }

    /// Whether the two sets share a class.
    pub const fn any(self, other: Can) -> bool {
        self.0 & other.0 != 0
    }

    /// The classes a word of class `class` has (with [`Can::WORD`]).
    pub(crate) fn of_word(class: WordClass, cap: bool) -> Can {
        let mut c = Can::WORD;
        for (yes, bit) in [
            (class.number_word(), Can::NUMBER_WORD),
            (class.month(), Can::MONTH),
            (class.weekday(), Can::WEEKDAY),
            (class.decade(), Can::DECADE),
            (class.hedge(), Can::HEDGE),
            (cap, Can::CAP),
        ] {
            if yes {
                c = c.or(bit);
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::Tokens;

    #[test]
    fn classes_of_each_token() {
        let t = Tokens::new("Nearly three Mondays in May, the 1990s; x");
        let can: Vec<Can> = t.all().iter().map(|t| t.can()).collect();
        assert!(can[0].any(Can::HEDGE) && can[0].any(Can::CAP));
        assert!(can[1].any(Can::NUMBER_WORD) && !can[1].any(Can::CAP));
        assert!(can[2].any(Can::WEEKDAY));
        assert!(can[4].any(Can::MONTH) && can[4].any(Can::WORD));
        assert!(can[5].any(Can::SYMBOL) && !can[5].any(Can::WORD));
        assert!(can[7].any(Can::DIGITS) && can[7].any(Can::NEAR_DIGITS));
        assert!(!can[10].any(Can::NEAR_DIGITS));
    }

    #[test]
    fn digits_are_near_within_the_reach_only() {
        // the four words before the digits see them, the ones before not
        let text = "w a b c d e f g h i 42";
        let t = Tokens::new(text);
        let near: Vec<bool> = t
            .all()
            .iter()
            .map(|t| t.can().any(Can::NEAR_DIGITS))
            .collect();
        let digits_at = t.len() - 1;
        for (k, yes) in near.iter().enumerate() {
            assert_eq!(*yes, digits_at - k <= NEAR_REACH, "token {k}");
        }
    }
}
