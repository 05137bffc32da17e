//! Numerals: the layer of numbers under dates, money, counts, quantities
//! and durations.
//!
//! Consumes `lex` tokens; produces [`Numeral`]s: the exact value and the
//! token range of a number written in digits ("1,234.5", "10 000", ".75",
//! "1.3e6", "2 1/4", "2½"; see [`digits`]), with an abbreviated multiplier
//! ("3.5bn", "10k"), in words ("twenty-one", "one hundred and five", "two
//! dozen", "half a million", "three quarters", "nine point nought four";
//! see [`words`]) or mixed ("4 thousand 3 hundred", "1.5 million"),
//! ordinal words ("twenty-third"), and the hedges written before a figure
//! ("nearly", "more than"; see [`hedge`]). Dates read their day numbers,
//! years in words and counts of units from here; the numeric extractor
//! reads its amounts from here.
//!
//! Each call reads a bounded number of tokens past the number it returns,
//! and never overflows: any value beyond [`Decimal`]'s range is no number.

pub(crate) mod digits;
pub(crate) mod fractions;
pub(crate) mod hedge;
pub(crate) mod words;

use crate::facts::Decimal;
use crate::lex::words::{small_cardinal, vulgar_fraction};
use crate::lex::{Kind, Token, Tokens};

/// A parsed number.
#[derive(Debug, Clone)]
pub(crate) struct Numeral {
    /// Its value (an ordinal's rank for ordinal words).
    pub value: Decimal,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Written (at least partly) in words.
    pub words: bool,
    /// The power-of-ten multiplier written after the digits or words
    /// ("million" is 6), if any.
    pub mult: Option<u32>,
    /// An ordinal word ("third", "twenty-first").
    pub ordinal: bool,
    /// Plain four digits between 1900 and 2100 (probably a year).
    pub year_like: bool,
    /// A single word "one", "a"/"an" or a fraction word alone ("half").
    pub weak: bool,
    /// A vague amount read as a number ("a few" is 3): the fact is hedged
    /// as approximate.
    pub vague: bool,
    /// A ratio ("one over three", "two out of five"): a plain number,
    /// never a count of the noun after it.
    pub ratio: bool,
    /// Written with "-plus" after it ("1,200-plus", "$3 million-plus"):
    /// the figure is a floor.
    pub plus: bool,
}

impl Numeral {
    /// A number written in words over tokens `start..end`, with the
    /// multiplier `mult` if any; every other flag off.
    pub(crate) fn in_words(value: Decimal, start: usize, end: usize, mult: Option<u32>) -> Numeral {
        Numeral {
            value,
            start,
            end,
            words: true,
            mult,
            ordinal: false,
            year_like: false,
            weak: false,
            vague: false,
            ratio: false,
            plus: false,
        }
    }
}

/// `n / d` as a decimal, rounded to 18 places (`None` on overflow or d = 0).
pub(crate) fn fraction(n: i128, d: i128) -> Option<Decimal> {
    if d == 0 {
        return None;
    }
    let scaled = n.checked_mul(10i128.checked_pow(18)?)?;
    let q = scaled / d;
    let r = scaled % d;
    let q = if r.checked_mul(2)?.abs() >= d.abs() {
        q + if (n < 0) != (d < 0) { -1 } else { 1 }
    } else {
        q
    };
    Decimal::new(q, 18)
}

fn pow10(p: u32) -> Option<Decimal> {
    Decimal::from_int(1).checked_scale_up(p)
}

fn d100() -> Decimal {
    Decimal::from_int(100)
}

fn neg(d: Decimal) -> Option<Decimal> {
    d.checked_mul(Decimal::from_int(-1))
}

/// The number parser over one token slice.
pub(crate) struct Numerals<'a> {
    pub toks: &'a Tokens,
    pub text: &'a str,
}

impl<'a> Numerals<'a> {
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }

    /// The text of `t` as written.
    fn raw(&self, t: &Token) -> &'a str {
        t.text(self.text)
    }

    /// The lower-cased text of `t`.
    fn low(&self, t: &Token) -> &'a str {
        let toks: &'a Tokens = self.toks;
        toks.low_of(t)
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| self.low(t))
    }

    /// Glued: no whitespace between token `i - 1` and `i`.
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before())
    }

    /// Parses a number starting at token `i`. `money`: short multipliers
    /// "m"/"b" mean million/billion (after a currency).
    pub fn parse(&self, i: usize, money: bool) -> Option<Numeral> {
        let t = self.tok(i)?;
        if t.kind == Kind::Word && !self.word_opens(t) {
            return None;
        }
        // sign
        let (negative, body) = if t.dash()
            && matches!(t.ch, '-' | '−')
            && self.group(i + 1).is_some()
            && self.glued(i + 1)
            && (i == 0 || t.space_before() || self.toks[i - 1].kind == Kind::Sym)
        {
            (true, i + 1)
        } else if t.dash()
            && i == 0
            && (self.group(1).is_some()
                || self
                    .tok(1)
                    .is_some_and(|n| small_cardinal(self.low(n)).is_some()))
        {
            (true, 1)
        } else if (self.low(t) == "minus" || self.low(t) == "negative") && self.tok(i + 1).is_some()
        {
            (true, i + 1)
        } else {
            (false, i)
        };
        let mut n = self.unsigned(body, money)?;
        if !money {
            if let Some(r) = self.ratio(&n) {
                n = r;
            }
        }
        // "1,200-plus", "$3.5 million-plus": at least the figure
        if self.tok(n.end).is_some_and(|t| t.dash())
            && self.glued(n.end)
            && self.word(n.end + 1) == Some("plus")
            && self.glued(n.end + 1)
            && !(self.glued(n.end + 2) && self.tok(n.end + 2).is_some_and(|t| t.kind != Kind::Sym))
        {
            n.end += 2;
            n.plus = true;
        }
        if negative {
            n.value = neg(n.value)?;
            n.start = i;
            n.weak = false;
            n.year_like = false;
        }
        Some(n)
    }

    /// Whether [`Numerals::parse`] can read a number from word `t`: a sign
    /// word ("minus", "negative"), "point", or a word that opens a number
    /// in words ([`words::opens_number`]). Every other word makes `parse`
    /// return `None` (it is neither a sign nor digits nor the first word of
    /// a number), so `parse`, asked at every token by the numeric and date
    /// readers, rejects most words with this one test.
    fn word_opens(&self, t: &Token) -> bool {
        Self::word_opens_number(self.low(t), t.class())
    }

    /// [`Numerals::word_opens`] for the word `w` (lower case) of class
    /// `class`: the numeric gate's test of a word.
    pub(crate) fn word_opens_number(w: &str, class: crate::lex::words::WordClass) -> bool {
        matches!(w, "minus" | "negative" | "point") || words::opens_number(w, class)
    }

    fn unsigned(&self, i: usize, money: bool) -> Option<Numeral> {
        let t = self.tok(i)?;
        if let Some((g_end, raw)) = self.group(i) {
            return self.digit_number(i, g_end, raw, money);
        }
        // a vulgar fraction alone: "¾"
        if t.kind == Kind::Sym {
            let (a, b) = vulgar_fraction(t.ch)?;
            return Some(Numeral {
                value: fraction(a, b)?,
                start: i,
                end: i + 1,
                words: false,
                mult: None,
                ordinal: false,
                year_like: false,
                weak: false,
                vague: false,
                ratio: false,
                plus: false,
            });
        }
        if t.kind == Kind::Num {
            return None; // inside a group
        }
        self.word_number(i, money)
    }

    #[allow(clippy::too_many_arguments)]
    fn mk(
        &self,
        value: Decimal,
        start: usize,
        end: usize,
        words: bool,
        mult: Option<u32>,
        ordinal: bool,
        weak: bool,
    ) -> Numeral {
        Numeral {
            value,
            start,
            end,
            words,
            mult,
            ordinal,
            year_like: false,
            weak,
            vague: false,
            ratio: false,
            plus: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<(String, usize)> {
        let toks = Tokens::new(s);
        let p = Numerals {
            toks: &toks,
            text: s,
        };
        p.parse(0, false).map(|n| (n.value.to_string(), n.end))
    }

    #[test]
    fn values() {
        for (s, want) in [
            ("1,234.56", "1234.56"),
            ("12,34,567.89", "1234567.89"),
            ("10 000", "10000"),
            ("1.5 million", "1500000"),
            ("3.5bn", "3500000000"),
            ("100K", "100000"),
            ("twenty-one", "21"),
            ("one hundred and five", "105"),
            ("two dozen", "24"),
            ("a hundred", "100"),
            ("half a million", "500000"),
            ("seven hundred twenty-one thousand twelve", "721012"),
            ("three lakh crore", "3000000000000"),
            ("one and a half", "1.5"),
            ("nine point nought four", "9.04"),
            ("point 77", "0.77"),
            ("minus 5", "-5"),
            ("-1.2M", "-1200000"),
            ("1.3e6", "1300000"),
            ("-12e-1", "-1.2"),
            ("2 1/4", "2.25"),
            ("2½", "2.5"),
            ("three quarters", "0.75"),
            ("4 thousand 3 hundred", "4300"),
            ("twenty-third", "23"),
            ("two hundredth", "200"),
            ("a couple of", "2"),
            ("three billions", "3000000000"),
            ("one billion and a half million", "1000500000"),
            ("3 million and a quarter", "3250000"),
            ("one and quarter", "1.25"),
            ("two and three quarters", "2.75"),
            ("14-and-a-half", "14.5"),
            ("3-and-a-quarter", "3.25"),
            ("two and a half million", "2500000"),
            ("one and a half billion", "1500000000"),
            ("four and a quarter million", "4250000"),
            ("half a dozen", "6"),
            ("a half dozen", "6"),
        ] {
            assert_eq!(num(s).map(|x| x.0), Some(want.to_string()), "{s}");
        }
    }

    #[test]
    fn stops_where_the_number_ends() {
        assert_eq!(num("two three").unwrap().1, 1);
        assert_eq!(num("4000 3 hundred").unwrap(), ("4000".into(), 1));
        assert_eq!(num("22,24,26").unwrap().0, "22");
        // a hyphen before "and" that brings no fraction is not the numeral's
        assert_eq!(num("10-and-under").unwrap(), ("10".into(), 1));
        assert!(num("million").is_none());
        assert!(num("a dog").is_none());
    }
}
