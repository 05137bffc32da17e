//! Cardinal numbers over tokens: digits ("1,234.5", "10 000", ".75",
//! "1.3e6", "2 1/4", "2½"), abbreviated multipliers ("3.5bn", "10k"), and
//! numbers in words ("twenty-one", "one hundred and five", "two dozen",
//! "half a million", "three quarters", "nine point nought four"), mixed
//! ("4 thousand 3 hundred", "1.5 million"), and ordinal words
//! ("twenty-third").
//!
//! Consumes the token slice and a start index; produces the exact value
//! and the token range it covers, or nothing. Each call reads a bounded
//! number of tokens past the number it returns, and never overflows: any
//! value beyond [`Decimal`]'s range is no number.

use crate::facts::Decimal;
use crate::lex::units::unit_of;
use crate::lex::words::*;
use crate::lex::{Kind, Token, Tokens};

/// A parsed number.
#[derive(Debug, Clone)]
pub(crate) struct Num {
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
}

impl Num {
    /// A number written in words over tokens `start..end`, with the
    /// multiplier `mult` if any; every other flag off.
    pub(crate) fn in_words(value: Decimal, start: usize, end: usize, mult: Option<u32>) -> Num {
        Num {
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

/// Whether digits written as `raw` use valid group separators; returns the
/// plain decimal string to parse and how many leading characters of `raw`
/// are taken (a list "22,24,26" keeps only "22").
fn clean_digits(raw: &str) -> Option<(String, usize)> {
    let dots = raw.matches('.').count();
    if dots > 1 {
        return None;
    }
    if !raw.contains(',') {
        return Some((raw.to_string(), raw.len()));
    }
    let (int, frac) = match raw.find('.') {
        Some(p) => (&raw[..p], Some(&raw[p..])),
        None => (raw, None),
    };
    let groups: Vec<&str> = int.split(',').collect();
    let n = groups.len();
    let western = (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3);
    let indian = n >= 3
        && (1..=2).contains(&groups[0].len())
        && groups[1..n - 1].iter().all(|g| g.len() == 2)
        && groups[n - 1].len() == 3;
    if western || indian {
        let mut s: String = groups.concat();
        if let Some(f) = frac {
            s.push_str(f);
        }
        return Some((s, raw.len()));
    }
    if n == 2 && frac.is_none() && (1..=2).contains(&groups[1].len()) && groups[0].len() <= 3 {
        // a decimal comma: "1,3"
        return Some((format!("{}.{}", groups[0], groups[1]), raw.len()));
    }
    // a list of numbers: keep the first
    Some((groups[0].to_string(), groups[0].len()))
}

/// Common fraction denominators read from "a/b" without a unit after it.
fn common_denominator(d: i128) -> bool {
    matches!(
        d,
        2 | 3 | 4 | 5 | 6 | 8 | 10 | 16 | 20 | 32 | 40 | 50 | 64 | 100 | 1000
    )
}

const SPACE_GROUP: &[char] = &[' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// The number parser over one token slice.
pub(crate) struct NumParser<'a> {
    pub toks: &'a Tokens,
    pub text: &'a str,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale(u32),
    Digits,
}

impl<'a> NumParser<'a> {
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

    /// The digit group starting at `i`, as the text writes it: digit runs
    /// joined by a glued `,` or `.` ("1,234.56", "192.168.1.2"), or a
    /// leading `.` before digits that no letter or digit is glued to
    /// (".75"). The group's end token and its text. `None` where no group
    /// starts, also inside a group ("234" of "1,234").
    pub fn group(&self, i: usize) -> Option<(usize, &'a str)> {
        let t = self.tok(i)?;
        let mut j = match t.kind {
            Kind::Num => {
                if self.continues_group(i) {
                    return None;
                }
                i + 1
            }
            Kind::Sym if t.ch == '.' => {
                let after_alnum = i > 0 && t.glued() && self.toks[i - 1].kind != Kind::Sym;
                if after_alnum || self.num_glued(i + 1).is_none() {
                    return None;
                }
                i + 2
            }
            _ => return None,
        };
        while self
            .tok(j)
            .is_some_and(|c| c.glued() && (c.ch == ',' || c.ch == '.') && c.kind == Kind::Sym)
            && self.num_glued(j + 1).is_some()
        {
            j += 2;
        }
        let end = self.toks[j - 1].end;
        Some((j, self.text.get(t.start..end).unwrap_or("")))
    }

    /// The digit run at `i` when it is glued to the token before.
    fn num_glued(&self, i: usize) -> Option<&'a Token> {
        self.tok(i).filter(|t| t.kind == Kind::Num && t.glued())
    }

    /// Whether the digit run at `i` continues a group ("234" of "1,234",
    /// "75" of ".75").
    pub fn continues_group(&self, i: usize) -> bool {
        if i == 0 || self.num_glued(i).is_none() {
            return false;
        }
        let s = &self.toks[i - 1];
        if s.kind != Kind::Sym || !(s.ch == ',' || s.ch == '.') {
            return false;
        }
        let before = if i >= 2 { self.toks.get(i - 2) } else { None };
        match before {
            // "1,234", "1.5"
            Some(b) if s.glued() && b.kind == Kind::Num => true,
            // ".75": a leading dot no letter or digit is glued to
            _ => s.ch == '.' && (!s.glued() || before.is_none_or(|b| b.kind == Kind::Sym)),
        }
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

    /// Reads a digit token at `i` (with thousands groups separated by
    /// single spaces, a scientific exponent, a glued or mixed fraction):
    /// value and end token.
    fn digits(&self, i: usize) -> Option<(Decimal, usize)> {
        let (g_end, raw) = self.group(i)?;
        let (clean, used) = clean_digits(raw)?;
        if used < raw.len() {
            // a list: only the first number, and nothing glued after it
            return Some((Decimal::parse(&clean)?, g_end));
        }
        let mut s = clean;
        let mut j = g_end;
        // "1, 600 officers": a thousands comma followed by a space, as text
        // rebuilt from tokens writes it
        if let Some((e, rest)) = self.spaced_thousands(i) {
            s.push_str(&rest.replace(',', ""));
            j = e;
        }
        // "10 000", "1 414 021 100"
        if raw.len() <= 3 && !raw.contains([',', '.']) {
            let mut groups = 0;
            while let Some((n_end, n_raw)) = self.group(j) {
                let gap = self
                    .text
                    .get(self.toks[j - 1].end..self.toks[j].start)
                    .unwrap_or("");
                let ok_gap = gap.chars().count() == 1 && gap.starts_with(SPACE_GROUP);
                let body = n_raw.split('.').next().unwrap_or("");
                if ok_gap
                    && body.len() == 3
                    && body.bytes().all(|b| b.is_ascii_digit())
                    && n_raw.matches('.').count() <= 1
                    && groups < 6
                    && !s.contains('.')
                {
                    s.push_str(n_raw);
                    j = n_end;
                    groups += 1;
                } else {
                    break;
                }
            }
        }
        let mut v = Decimal::parse(&s)?;
        // scientific notation: 1.3e6, 12.32e+14, -12e-1
        if let (Some(e), true) = (self.tok(j), self.glued(j)) {
            if e.kind == Kind::Word && (self.raw(e) == "e" || self.raw(e) == "E") {
                let mut k = j + 1;
                let mut negexp = false;
                if let Some(sg) = self.tok(k).filter(|_| self.glued(k)) {
                    if sg.sym('+') {
                        k += 1;
                    } else if sg.dash() {
                        negexp = true;
                        k += 1;
                    }
                }
                if let Some(x) = self.tok(k).filter(|x| x.kind == Kind::Num && self.glued(k)) {
                    if let Ok(p) = self.raw(x).parse::<u32>() {
                        if p <= 30 {
                            let f = if negexp {
                                Decimal::new(1, p)?
                            } else {
                                pow10(p)?
                            };
                            return Some((v.checked_mul(f)?, k + 1));
                        }
                    }
                }
            }
        }
        // powers: "1.1^23", "2.5^-1", "1.3x10^6", "8×2^10", "2.48×10−5"
        if let Some(r) = self.power(v, j) {
            return Some(r);
        }
        // glued fraction "1/4" or vulgar "2½"
        if let Some(n) = self.tok(j).filter(|_| self.glued(j)) {
            if n.sym('/') && v.is_integer() {
                if let Some(d) = self
                    .tok(j + 1)
                    .filter(|d| d.kind == Kind::Num && self.glued(j + 1))
                {
                    let den: i128 = self.raw(d).parse().ok()?;
                    let num = v.to_i128()?;
                    let unit_after = self
                        .word(j + 2)
                        .is_some_and(|w| unit_of(self.raw(&self.toks[j + 2]), w, false).is_some());
                    let more = self
                        .tok(j + 2)
                        .is_some_and(|x| self.glued(j + 2) && (x.sym('/') || x.kind == Kind::Num));
                    if !more && num < den && den > 0 && (common_denominator(den) || unit_after) {
                        return Some((fraction(num, den)?, j + 2));
                    }
                }
                return Some((v, j));
            }
            if let Some((a, b)) = vulgar_fraction(n.ch).filter(|_| n.kind == Kind::Sym) {
                v = v.checked_add(fraction(a, b)?)?;
                return Some((v, j + 1));
            }
        }
        // mixed number "2 1/4"
        if v.is_integer() {
            if let (Some(a), Some(sl), Some(b)) = (self.tok(j), self.tok(j + 1), self.tok(j + 2)) {
                if a.kind == Kind::Num
                    && a.space_before()
                    && sl.sym('/')
                    && !sl.space_before()
                    && b.kind == Kind::Num
                    && !b.space_before()
                    && !self
                        .tok(j + 3)
                        .is_some_and(|x| !x.space_before() && (x.sym('/') || x.kind == Kind::Num))
                {
                    if let (Ok(n), Ok(d)) =
                        (self.raw(a).parse::<i128>(), self.raw(b).parse::<i128>())
                    {
                        if n < d && d > 0 && n > 0 {
                            let f = fraction(n, d)?;
                            let total = if v < Decimal::ZERO {
                                v.checked_add(neg(f)?)?
                            } else {
                                v.checked_add(f)?
                            };
                            return Some((total, j + 3));
                        }
                    }
                }
            }
        }
        Some((v, j))
    }

    /// The end of "1, 600" at `i`: one to three digits, a comma glued to
    /// them, one space, three digits (or a correctly grouped "600,000"),
    /// then a word. Not inside a list ("2, 4, 600"), where a comma comes
    /// before or after.
    fn spaced_thousands(&self, i: usize) -> Option<(usize, &'a str)> {
        let (a_end, a) = self.group(i)?;
        if a.len() > 3 || !a.bytes().all(|b| b.is_ascii_digit()) || a.starts_with('0') {
            return None;
        }
        if i > 0 && self.toks[i - 1].sym(',') {
            return None;
        }
        let comma = self.tok(a_end).filter(|c| c.sym(',') && c.glued())?;
        let (b_end, b) = self.group(a_end + 1)?;
        if self.text.get(comma.end..self.toks[a_end + 1].start) != Some(" ") {
            return None;
        }
        if b.split(',')
            .any(|g| g.len() != 3 || !g.bytes().all(|c| c.is_ascii_digit()))
        {
            return None;
        }
        let next = self.tok(b_end)?;
        (next.kind == Kind::Word && next.space_before()).then_some((b_end, b))
    }

    /// A ratio after the number `n`: "one over three", "2000 over 3",
    /// "two out of five hundred". After "over" the second number must end
    /// the clause (else "over" is a hedge or a period: "10 over 3 days").
    fn ratio(&self, n: &Num) -> Option<Num> {
        if n.ordinal || n.vague || n.value < Decimal::ZERO {
            return None;
        }
        let k = n.end;
        let (b_start, over) = match self.word(k)? {
            "over" => (k + 1, true),
            "out" if self.word(k + 1) == Some("of") => (k + 2, false),
            _ => return None,
        };
        let b = self.unsigned(b_start, false)?;
        if b.ordinal || b.value <= Decimal::ZERO || b.vague || b.ratio {
            return None;
        }
        // "out of" names a part of a whole: "12 out of 10" is no ratio
        if !over && n.value > b.value {
            return None;
        }
        if over {
            let clause_end = match self.tok(b.end) {
                None => true,
                Some(t) => t.kind == Kind::Sym || is_function_word(self.low(t)),
            };
            if !clause_end || b.year_like || n.mult.is_some() {
                return None;
            }
        }
        let mut r = self.mk(
            n.value.checked_div(b.value)?,
            n.start,
            b.end,
            n.words || b.words,
            None,
            false,
            false,
        );
        r.ratio = true;
        Some(r)
    }

    /// An integer exponent glued at `k` (optional sign): its value and end.
    fn exponent(&self, k: usize) -> Option<(i32, usize)> {
        let mut k = k;
        let mut negexp = false;
        let sg = self.tok(k).filter(|_| self.glued(k))?;
        if sg.sym('+') {
            k += 1;
        } else if sg.dash() {
            negexp = true;
            k += 1;
        }
        let x = self
            .tok(k)
            .filter(|x| x.kind == Kind::Num && self.glued(k))?;
        if self.raw(x).len() > 2 || !self.raw(x).bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let p: i32 = self.raw(x).parse().ok()?;
        Some((if negexp { -p } else { p }, k + 1))
    }

    /// A power glued after the value `v` that ends at `j`: `v^e`, or
    /// `v × b^e` with "x"/"×"/"*" ("1.3x10^6"), or `v × 10^-e` written
    /// with the superscript flattened ("2.48×10−5"). Non-terminating
    /// results are rounded to 18 decimal places.
    fn power(&self, v: Decimal, j: usize) -> Option<(Decimal, usize)> {
        let t = self.tok(j).filter(|_| self.glued(j))?;
        if t.sym('^') {
            let (e, end) = self.exponent(j + 1)?;
            // a sign belongs to the result, not the base: -1.1^2 is -1.21
            let r = v.abs().checked_powi(e)?;
            let r = if v < Decimal::ZERO { neg(r)? } else { r };
            return Some((r, end));
        }
        let times = t.sym('×') || t.sym('*') || (t.kind == Kind::Word && self.low(t) == "x");
        if !times {
            return None;
        }
        let b = self
            .tok(j + 1)
            .filter(|b| b.kind == Kind::Num && self.glued(j + 1))?;
        if !self.raw(b).bytes().all(|c| c.is_ascii_digit()) || self.raw(b).len() > 3 {
            return None;
        }
        let base = Decimal::parse(self.raw(b))?;
        let c = self.tok(j + 2).filter(|_| self.glued(j + 2))?;
        let (e, end) = if c.sym('^') {
            self.exponent(j + 3)?
        } else if base == Decimal::from_int(10) && c.dash() {
            self.exponent(j + 2)?
        } else {
            return None;
        };
        Some((v.checked_mul(base.checked_powi(e)?)?, end))
    }

    /// Parses a number starting at token `i`. `money`: short multipliers
    /// "m"/"b" mean million/billion (after a currency).
    pub fn parse(&self, i: usize, money: bool) -> Option<Num> {
        let t = self.tok(i)?;
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
        if negative {
            n.value = neg(n.value)?;
            n.start = i;
            n.weak = false;
            n.year_like = false;
        }
        Some(n)
    }

    fn unsigned(&self, i: usize, money: bool) -> Option<Num> {
        let t = self.tok(i)?;
        if let Some((g_end, raw)) = self.group(i) {
            return self.digit_number(i, g_end, raw, money);
        }
        // a vulgar fraction alone: "¾"
        if t.kind == Kind::Sym {
            let (a, b) = vulgar_fraction(t.ch)?;
            return Some(Num {
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
            });
        }
        if t.kind == Kind::Num {
            return None; // inside a group
        }
        self.word_number(i, money)
    }

    /// A number written in digits at `i` (the group `raw` ends at
    /// `g_end`), with a multiplier or scale words after it.
    fn digit_number(&self, i: usize, g_end: usize, raw: &str, money: bool) -> Option<Num> {
        {
            let (v, j) = self.digits(i)?;
            let year_like = j == g_end
                && raw.len() == 4
                && raw.bytes().all(|b| b.is_ascii_digit())
                && (1900..=2100).contains(&v.to_i128().unwrap_or(0));
            // an abbreviated multiplier glued or spaced: 3.5bn, 10 k
            if let Some(m) = self.tok(j).filter(|m| m.kind == Kind::Word) {
                let glued = !m.space_before();
                let next_is_word_glued = self
                    .tok(j + 1)
                    .is_some_and(|x| !x.space_before() && x.kind == Kind::Word);
                let giga_ok = self.raw(m) != "G"
                    || (glued && (raw.contains('.') || v >= Decimal::from_int(10)));
                if let Some(p) = abbrev_multiplier(self.raw(m), money).filter(|_| giga_ok) {
                    let spaced_ok =
                        self.low(m).len() > 1 || matches!(self.raw(m), "k" | "K" | "m" | "b");
                    // "1 k.g." is a kilogram, not a thousand
                    let dotted_unit = self
                        .tok(j + 1)
                        .is_some_and(|x| x.sym('.') && !x.space_before())
                        && self
                            .tok(j + 2)
                            .is_some_and(|x| !x.space_before() && x.kind == Kind::Word);
                    if (glued || spaced_ok) && !next_is_word_glued && !dotted_unit {
                        // "10 k" spaced only in money or with two-letter forms
                        if glued
                            || money
                            || self.low(m).len() > 1
                            || self.raw(m) == "k"
                            || self.raw(m) == "K"
                        {
                            let value = v.checked_mul(pow10(p)?)?;
                            return Some(Num {
                                value,
                                start: i,
                                end: j + 1,
                                words: false,
                                mult: Some(p),
                                ordinal: false,
                                year_like: false,
                                weak: false,
                                vague: false,
                                ratio: false,
                            });
                        }
                    }
                }
            }
            // continue with scale words: "1.5 million", "4 thousand 3 hundred"
            if let Some(n) = self.words(i, Some((v, j)), money) {
                if n.end > j {
                    return Some(n);
                }
            }
            Some(Num {
                value: v,
                start: i,
                end: j,
                words: false,
                mult: None,
                ordinal: false,
                year_like,
                weak: false,
                vague: false,
                ratio: false,
            })
        }
    }

    /// A number written in words at `i` ("point seven", "three quarters",
    /// "twenty-one").
    fn word_number(&self, i: usize, money: bool) -> Option<Num> {
        let t = self.tok(i)?;
        if t.kind == Kind::Word && self.low(t) == "point" {
            let (frac, end) = self.decimals(i + 1)?;
            return Some(Num {
                value: frac,
                start: i,
                end,
                words: true,
                mult: None,
                ordinal: false,
                year_like: false,
                weak: false,
                vague: false,
                ratio: false,
            });
        }
        if let Some(f) = self.word_fraction(i) {
            return Some(f);
        }
        self.words(i, None, money)
    }

    /// A fraction in words whose denominator is an ordinal phrase: "three
    /// quarters", "one twenty-fifth", "three twenty-firsts", "a hundred
    /// trillionths", "one one hundred and fifth" (1/105), "one hundred and
    /// three quarters" (100.75), "ninety-five hundred fifths" (1900).
    ///
    /// The words before the ordinal split into numerator and the
    /// denominator's leading part by the grammar of ordinals: a tens word
    /// right before a unit ordinal belongs to the denominator ("twenty
    /// fifths" is 25ths) unless "and" ties it to the numerator; "N hundred
    /// (and) fifth" is one ordinal when N stands alone (not hyphen-bound to
    /// the word before it) and a numerator remains before it. "and" before a
    /// proper fraction makes a mixed number. Without a numerator the phrase
    /// is an ordinal ("twenty-fifth"), not a fraction.
    fn word_fraction(&self, i: usize) -> Option<Num> {
        // the run of cardinal words (with "and" and dashes) and the ordinal
        let mut items: Vec<(&str, bool)> = Vec::new();
        let mut bound = false;
        let mut j = i;
        let ord_tok = loop {
            if j > i + 30 {
                return None;
            }
            let t = self.tok(j)?;
            if t.dash() && !items.is_empty() && self.word(j + 1).is_some() {
                bound = true;
                j += 1;
                continue;
            }
            let w = self.word(j)?;
            let card = small_cardinal(w).is_some()
                || w == "hundred"
                || w == "hundreds"
                || scale_word(w).is_some();
            if card
                || (w == "and" && !items.is_empty() && !bound)
                || (matches!(w, "a" | "an") && items.is_empty())
            {
                items.push((w, bound));
                bound = false;
                j += 1;
                continue;
            }
            break j;
        };
        let last = self.word(ord_tok)?;
        if items.is_empty() || items.len() == 1 && items[0].0 == "and" {
            return None;
        }
        let (stem, plural) = match last {
            "halves" => ("half", true),
            w => match w.strip_suffix('s') {
                Some(st) => (st, true),
                None => (w, false),
            },
        };
        let lv: i128 = match stem {
            "half" => 2,
            "quarter" => 4,
            _ => ordinal_word(stem)? as i128,
        };
        let scale_ord = lv >= 100;
        // "first"/"second" are fractions only in a compound ("twenty-firsts")
        let words: Vec<&str> = items.iter().map(|x| x.0).collect();
        let m = words.len();
        let is_tens = |w: &str| tens(w).is_some();
        let is_unit = |w: &str| small_cardinal(w).is_some_and(|v| (1..10).contains(&v));
        let mut split = m; // numerator = words[..split]
        let mut den = lv;
        if !scale_ord && lv < 10 && is_tens(words[m - 1]) && (m < 2 || words[m - 2] != "and") {
            if m == 1 {
                return None; // "twenty-fifth": an ordinal
            }
            split = m - 1;
            den = lv + tens(words[m - 1])? as i128;
        } else if !scale_ord && lv < 100 && m >= 3 {
            let k = if words[m - 1] == "and" { m - 2 } else { m - 1 };
            let big = words[k] == "hundred" || scale_word(words[k]).is_some();
            if big && k >= 2 && is_unit(words[k - 1]) && !items[k - 1].1 {
                split = k - 1;
                den = eval_cardinal(&words[split..])?.to_i128()?.checked_add(lv)?;
            }
        }
        if matches!(lv, 1 | 2) && den == lv {
            return None; // "two seconds", "the first"
        }
        if split == 0 {
            return None;
        }
        // "one and quarter": a whole and an article-less fraction, read
        // by the cardinal parser as 1.25, never a quarter of one
        if split == m && words.last() == Some(&"and") {
            return None;
        }
        let den_d = Decimal::new(den, 0)?;
        // a mixed number: "one hundred and three quarters"
        let mut value = None;
        if split == m {
            if let Some(a) = words[..split].iter().rposition(|w| *w == "and") {
                if a > 0 && a + 1 < split {
                    let whole = eval_cardinal(&words[..a])?;
                    let n = eval_cardinal(&words[a + 1..split])?;
                    if n < den_d && n > Decimal::ZERO {
                        // "six million and two thirds": thirds of a million
                        let unit = match scale_word(words[a - 1]) {
                            Some(p) => pow10(p)?,
                            None => Decimal::from_int(1),
                        };
                        let frac = n.checked_mul(unit)?.checked_div(den_d)?;
                        value = Some(whole.checked_add(frac)?);
                    }
                }
            }
        }
        let value = match value {
            Some(v) => v,
            None => {
                let n = eval_cardinal(&words[..split])?;
                if (n == Decimal::from_int(1)) == plural || n <= Decimal::ZERO {
                    return None; // "one fifths", "two hundred fifth" (an ordinal)
                }
                n.checked_div(den_d)?
            }
        };
        // "two thirds of a million", "three quarters billion"
        let mut k = ord_tok + 1;
        if self.word(k) == Some("of") {
            k += 1;
        }
        if matches!(self.word(k), Some("a") | Some("an")) {
            k += 1;
        }
        if let Some(p) = self.word(k).and_then(scale_word) {
            let scaled = value.checked_mul(pow10(p)?)?;
            return Some(self.mk(scaled.round_dp(6), i, k + 1, true, Some(p), false, false));
        }
        Some(self.mk(value, i, ord_tok + 1, true, None, false, false))
    }

    /// Digits after "point": "seven seven", "77", "nought four", "eleven".
    fn decimals(&self, i: usize) -> Option<(Decimal, usize)> {
        let mut s = String::from("0.");
        let mut j = i;
        if let Some(t) = self.tok(j).filter(|t| t.kind == Kind::Num) {
            if self.raw(t).bytes().all(|b| b.is_ascii_digit()) {
                s.push_str(self.raw(t));
                return Some((Decimal::parse(&s)?, j + 1));
            }
            return None;
        }
        while let Some(w) = self.word(j) {
            let d = match w {
                "oh" | "o" => 0,
                _ => match small_cardinal(w) {
                    Some(d) => d,
                    None => break,
                },
            };
            if d >= 10 {
                if j == i {
                    s.push_str(&d.to_string());
                    j += 1;
                }
                break;
            }
            s.push_str(&d.to_string());
            j += 1;
            if j - i > 20 {
                break;
            }
        }
        if j == i {
            return None;
        }
        Some((Decimal::parse(&s)?, j))
    }

    /// Skips a hyphen or dash between two words ("twenty-one", "fifty - two").
    fn skip_hyphen(&self, j: usize) -> usize {
        if self.tok(j).is_some_and(|t| t.dash()) && self.word(j + 1).is_some() {
            j + 1
        } else {
            j
        }
    }

    /// Numbers in words (optionally continuing a digit value `lead`).
    fn words(&self, i: usize, lead: Option<(Decimal, usize)>, money: bool) -> Option<Num> {
        let _ = money;
        let mut total = Decimal::ZERO;
        let mut group = Decimal::ZERO;
        let mut last = Last::None;
        let mut scales: Vec<u32> = Vec::new();
        let mut j = i;
        let mut words = true;
        let mut mult: Option<u32> = None;
        let mut weak = false;
        let mut article = false;
        let mut and_base: Option<Decimal> = None;
        if let Some((v, e)) = lead {
            group = v;
            last = Last::Digits;
            j = e;
            words = false;
            // "110-billion", "$143-billion": a scale word hyphenated to the digits
            if self.tok(j).is_some_and(|t| t.dash() && !t.space_before())
                && self.glued(j + 1)
                && self.word(j + 1).and_then(scale_word).is_some()
            {
                j += 1;
            }
        } else {
            let w = self.word(i)?;
            // "a hundred", "a couple of", "an estimated" is not here
            if w == "a" || w == "an" {
                let n = self.word(i + 1)?;
                if n == "couple" || n == "pair" {
                    let end = if self.word(i + 2) == Some("of") {
                        i + 3
                    } else {
                        i + 2
                    };
                    return Some(Num {
                        value: Decimal::from_int(2),
                        start: i,
                        end,
                        words: true,
                        mult: None,
                        ordinal: false,
                        year_like: false,
                        weak: false,
                        vague: false,
                        ratio: false,
                    });
                }
                if n == "few" {
                    // Duckling's reading of "a few": 3, hedged
                    let mut f = self.mk(Decimal::from_int(3), i, i + 2, true, None, false, false);
                    f.vague = true;
                    return Some(f);
                }
                if n == "dozen" {
                    return Some(Num::in_words(Decimal::from_int(12), i, i + 2, None));
                }
                if n == "hundred" || scale_word(n).is_some() {
                    group = Decimal::from_int(1);
                    last = Last::Unit;
                    j = i + 1;
                    article = true;
                } else if n == "half" || n == "quarter" {
                    // "a half million", "a quarter"
                    let mut f = self.fraction_words(i + 1)?;
                    f.start = i;
                    f.weak = false;
                    return Some(f);
                } else {
                    return None;
                }
            } else if w == "couple" && self.word(i + 1) == Some("of") {
                return Some(Num::in_words(Decimal::from_int(2), i, i + 2, None));
            } else if w == "half" || w == "quarter" {
                return self.fraction_words(i);
            }
        }
        let start_j = j;
        while let Some(t) = self.tok(j) {
            if t.kind == Kind::Num {
                // "4 thousand 3 hundred", "3 hundred and 21"
                let limit = match last {
                    Last::Scale(p) if p >= 2 => pow10(p)?,
                    Last::Hundred if j > 0 && self.word(j - 1) == Some("and") => d100(),
                    _ => break,
                };
                let Some((g_end, g_raw)) = self.group(j) else {
                    break;
                };
                if g_raw.contains([',', '.'])
                    || self
                        .tok(g_end)
                        .is_some_and(|x| !x.space_before() && x.kind == Kind::Word)
                {
                    break;
                }
                let v = Decimal::parse(g_raw)?;
                if v >= limit || v == Decimal::ZERO {
                    break;
                }
                group = group.checked_add(v)?;
                last = Last::Digits;
                j = g_end;
                continue;
            }
            if t.kind != Kind::Word {
                break;
            }
            let w = self.low(t);
            // a glued compound like "twentyfifth" or "thirtythree"
            let split = split_compound(w);
            if let Some(v) = small_cardinal(w) {
                let cls = if v < 10 {
                    Last::Unit
                } else if v < 20 {
                    Last::Teen
                } else {
                    Last::Tens
                };
                let ok = match cls {
                    Last::Unit => matches!(
                        last,
                        Last::None | Last::Tens | Last::Hundred | Last::Scale(_)
                    ),
                    _ => matches!(last, Last::None | Last::Hundred | Last::Scale(_)),
                };
                if !ok {
                    break;
                }
                group = group.checked_add(Decimal::from_int(v as i64))?;
                last = cls;
                j = self.skip_hyphen(j + 1);
                continue;
            }
            if let Some((tv, rest)) = split {
                if !matches!(last, Last::None | Last::Hundred | Last::Scale(_)) {
                    break;
                }
                if let Some(o) = ordinal_word(rest) {
                    if o < 10 {
                        let v = total
                            .checked_add(group)?
                            .checked_add(Decimal::from_int(tv as i64 + o as i64))?;
                        return Some(self.mk(v, i, j + 1, true, mult, true, false));
                    }
                    break;
                }
                if let Some(u) = small_cardinal(rest).filter(|u| *u < 10 && *u > 0) {
                    group = group.checked_add(Decimal::from_int((tv + u) as i64))?;
                    last = Last::Unit;
                    j = self.skip_hyphen(j + 1);
                    continue;
                }
                break;
            }
            if w == "hundred" || w == "hundreds" {
                if !matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits)
                    || group >= Decimal::from_int(100)
                {
                    break;
                }
                group = group.checked_mul(Decimal::from_int(100))?;
                last = Last::Hundred;
                j += 1;
                if let Some(a) = self.and_continues(j, last) {
                    and_base = Some(total.checked_add(group)?);
                    j = a;
                }
                continue;
            }
            if let Some(p) = scale_word(w) {
                if group == Decimal::ZERO && !matches!(last, Last::Scale(_)) {
                    break;
                }
                if matches!(last, Last::None) {
                    break;
                }
                if let Last::Scale(q) = last {
                    // stacking: "lakh crore", "thousand million"
                    if p <= q && group == Decimal::ZERO {
                        break;
                    }
                }
                let smaller = scales.last().is_none_or(|&q| p < q);
                if smaller {
                    total = total.checked_add(group.checked_mul(pow10(p)?)?)?;
                } else {
                    total = total.checked_add(group)?.checked_mul(pow10(p)?)?;
                }
                scales.push(p);
                group = Decimal::ZERO;
                last = Last::Scale(p);
                mult = Some(mult.map_or(p, |m: u32| m.max(p)));
                j += 1;
                // "3 million and a quarter", "one billion and a half million"
                if self.word(j) == Some("and") {
                    if let Some(f) = self.fraction_words(j + 1) {
                        if f.mult.is_some() || f.value < Decimal::from_int(1) {
                            let add = match f.mult {
                                Some(q) if q < p => f.value,
                                Some(_) => break,
                                None => f.value.checked_mul(pow10(p)?)?,
                            };
                            total = total.checked_add(add)?;
                            j = f.end;
                            break;
                        }
                    }
                }
                if let Some(a) = self.and_continues(j, last) {
                    and_base = Some(total.checked_add(group)?);
                    j = a;
                }
                continue;
            }
            if w == "dozen" || w == "dozens" || w == "doz" || w == "dozs" {
                if matches!(last, Last::None) {
                    break;
                }
                // "three hundred and two dozen" adds 24; "two hundred dozen"
                // is 2400
                match and_base {
                    Some(b) => {
                        let dozens = total.checked_add(group)?.checked_add(neg(b)?)?;
                        group = b.checked_add(dozens.checked_mul(Decimal::from_int(12))?)?;
                    }
                    None => {
                        group = total
                            .checked_add(group)?
                            .checked_mul(Decimal::from_int(12))?;
                    }
                }
                total = Decimal::ZERO;
                j += 1;
                last = Last::Scale(0);
                break;
            }
            if let Some(o) = ordinal_word(w) {
                if !matches!(
                    last,
                    Last::None | Last::Tens | Last::Hundred | Last::Scale(_) | Last::Unit
                ) {
                    break;
                }
                if matches!(last, Last::Unit) && o < 100 {
                    break;
                }
                let base = total.checked_add(group)?;
                let v = if o >= 100 {
                    let b = if base == Decimal::ZERO {
                        Decimal::from_int(1)
                    } else {
                        base
                    };
                    b.checked_mul(Decimal::from_int(o as i64))?
                } else {
                    if matches!(last, Last::Unit) {
                        break;
                    }
                    base.checked_add(Decimal::from_int(o as i64))?
                };
                return Some(self.mk(v, i, j + 1, true, mult, true, false));
            }
            if w == "point" && !matches!(last, Last::None) {
                if let Some((f, e)) = self.decimals(j + 1) {
                    group = group.checked_add(f)?;
                    j = e;
                    // "two point five million"
                    if let Some(p) = self.word(j).and_then(scale_word) {
                        group = group.checked_mul(pow10(p)?)?;
                        mult = Some(p);
                        j += 1;
                    }
                }
                break;
            }
            if w == "and" && !matches!(last, Last::None) && scales.is_empty() {
                // "one and a half", "two and three quarters"
                if let Some(f) = self.fraction_words(j + 1) {
                    if f.value < Decimal::from_int(1) && f.mult.is_none() {
                        group = group.checked_add(f.value)?;
                        j = f.end;
                        // "two and a half million"
                        if let Some(p) = self.word(j).and_then(scale_word) {
                            group = group.checked_mul(pow10(p)?)?;
                            mult = Some(p);
                            j += 1;
                        }
                    }
                }
                break;
            }
            break;
        }
        if j == start_j && lead.is_none() {
            return None;
        }
        if lead.is_some() && j == start_j {
            return None;
        }
        let mut value = total.checked_add(group)?;
        // fractions: "two thirds", "three quarters", "one fifth"
        if matches!(last, Last::Unit | Last::Teen | Last::Tens)
            && !article
            && total == Decimal::ZERO
            && group < d100()
        {
            if let Some((d, plural)) = self.word(j).and_then(denominator) {
                let n = value.to_i128()?;
                if (n == 1) != plural && n > 0 {
                    let mut v = fraction(n, d as i128)?;
                    let mut e = j + 1;
                    // "two thirds of a million"
                    let mut k = e;
                    if self.word(k) == Some("of") {
                        k += 1;
                    }
                    if self.word(k) == Some("a") {
                        k += 1;
                    }
                    if let Some(p) = self.word(k).and_then(scale_word) {
                        v = (n.checked_mul(10i128.checked_pow(p)?)?)
                            .checked_div(d as i128)
                            .and_then(|q| {
                                if q * d as i128 == n * 10i128.pow(p) {
                                    Some(Decimal::from_int(q as i64))
                                } else {
                                    fraction(n.checked_mul(10i128.pow(p))?, d as i128)
                                }
                            })?;
                        e = k + 1;
                        mult = Some(p);
                    }
                    return Some(self.mk(v, i, e, true, mult, false, false));
                }
            }
        }
        if j == i + 1 && lead.is_none() && matches!(self.word(i), Some("one")) {
            weak = true;
        }
        value = value.checked_add(Decimal::ZERO)?;
        Some(self.mk(value, i, j, words, mult, false, weak))
    }

    /// After "hundred" or a scale word: "and" followed by more of the
    /// number ("one hundred and five"): the index after "and".
    fn and_continues(&self, j: usize, _last: Last) -> Option<usize> {
        if self.word(j) != Some("and") {
            return None;
        }
        let n = self.tok(j + 1)?;
        let w = self.low(n);
        // "3 hundred and 2 hundred" are two numbers
        let digits_then_scale = self
            .word(j + 2)
            .is_some_and(|w| w == "hundred" || scale_word(w).is_some());
        let plain_digits = self
            .group(j + 1)
            .is_some_and(|(_, g)| g.len() <= 3 && !g.contains([',', '.']));
        let ok = (n.kind == Kind::Word && small_cardinal(w).is_some_and(|v| v > 0))
            || (plain_digits && !digits_then_scale);
        // "one hundred and one of them" is fine; "2 hundred and 21" too
        ok.then_some(j + 1)
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
    ) -> Num {
        Num {
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
        }
    }

    /// "half", "a half", "quarter", "three quarters", optionally with a
    /// scale ("half a million", "quarter million", "three quarters billion").
    fn fraction_words(&self, i: usize) -> Option<Num> {
        let mut j = i;
        if matches!(self.word(j), Some("a") | Some("an")) {
            j += 1;
        }
        let (n, d, after) = match self.word(j)? {
            "half" => (1i128, 2i128, j + 1),
            "quarter" => (1, 4, j + 1),
            w if j > i && denominator(w).is_some_and(|(_, pl)| !pl) => {
                (1, denominator(w)?.0 as i128, j + 1)
            }
            w => {
                let n = small_cardinal(w).filter(|v| (1..10).contains(v))? as i128;
                let (d, plural) = self.word(j + 1).and_then(denominator)?;
                if plural != (n > 1) {
                    return None;
                }
                (n, d as i128, j + 2)
            }
        };
        let mut k = after;
        if self.word(k) == Some("of") {
            k += 1;
        }
        if matches!(self.word(k), Some("a") | Some("an")) {
            k += 1;
        }
        if let Some(p) = self.word(k).and_then(scale_word) {
            let big = n.checked_mul(10i128.checked_pow(p)?)?;
            let v = if big % d == 0 {
                Decimal::new(big / d, 0)?
            } else {
                fraction(big, d)?
            };
            return Some(Num::in_words(v, i, k + 1, Some(p)));
        }
        Some(Num {
            value: fraction(n, d)?,
            start: i,
            end: after,
            words: true,
            mult: None,
            ordinal: false,
            year_like: false,
            // a bare "half" or "quarter" ("the first quarter") is no figure
            weak: j == i && n == 1,
            vague: false,
            ratio: false,
        })
    }
}

/// The value of number words without ordinals ("a hundred", "one hundred
/// and five", "three lakh", "two dozen"); `None` if any word is not one.
fn eval_cardinal(words: &[&str]) -> Option<Decimal> {
    let mut total = Decimal::ZERO;
    let mut group = Decimal::ZERO;
    let mut last_scale = false;
    for (k, w) in words.iter().enumerate() {
        let one = Decimal::from_int(1);
        if let Some(v) = small_cardinal(w) {
            group = group.checked_add(Decimal::from_int(v as i64))?;
            last_scale = false;
        } else if matches!(*w, "a" | "an") && k == 0 {
            group = one;
        } else if *w == "and" {
            continue;
        } else if *w == "hundred" || *w == "hundreds" {
            group = group.max(one).checked_mul(d100())?;
            last_scale = false;
        } else if let Some(p) = scale_word(w) {
            if group == Decimal::ZERO && last_scale {
                total = total.checked_mul(pow10(p)?)?;
            } else {
                total = total.checked_add(group.max(one).checked_mul(pow10(p)?)?)?;
            }
            group = Decimal::ZERO;
            last_scale = true;
        } else {
            return None;
        }
    }
    total.checked_add(group)
}

/// Splits "twentyfifth" into (20, "fifth") and "thirtythree" into (30,
/// "three").
fn split_compound(w: &str) -> Option<(u32, &str)> {
    for t in [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ] {
        if let Some(rest) = w.strip_prefix(t) {
            if !rest.is_empty() {
                return Some((tens(t)?, rest));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<(String, usize)> {
        let toks = Tokens::new(s);
        let p = NumParser {
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
        ] {
            assert_eq!(num(s).map(|x| x.0), Some(want.to_string()), "{s}");
        }
    }

    #[test]
    fn stops_where_the_number_ends() {
        assert_eq!(num("two three").unwrap().1, 1);
        assert_eq!(num("4000 3 hundred").unwrap(), ("4000".into(), 1));
        assert_eq!(num("22,24,26").unwrap().0, "22");
        assert!(num("million").is_none());
        assert!(num("a dog").is_none());
    }
}
