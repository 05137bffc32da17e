//! Numbers written in digits: digit groups over lex's digit runs
//! ("1,234.56", ".75", "192.168.1.2"), thousands set apart by spaces
//! ("10 000", "1, 600"), scientific notation, powers, fractions ("1/4",
//! "2 1/4", "2½"), ratios ("two out of five") and multipliers after the
//! digits ("3.5bn", "10k", "1.5 million").

use super::*;
use crate::lex::units::unit_of;
use crate::lex::words::*;

impl<'a> Numerals<'a> {
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
    pub(super) fn num_glued(&self, i: usize) -> Option<&'a Token> {
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

    /// Reads a digit token at `i` (with thousands groups separated by
    /// single spaces, a scientific exponent, a glued or mixed fraction):
    /// value and end token.
    pub(super) fn digits(&self, i: usize) -> Option<(Decimal, usize)> {
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
        // "10 000", "1 414 021 100", "1 234,56"
        if raw.len() <= 3 && !raw.contains([',', '.']) {
            let mut groups = 0;
            while let Some((n_end, n_raw)) = self.group(j) {
                let gap = self
                    .text
                    .get(self.toks[j - 1].end..self.toks[j].start)
                    .unwrap_or("");
                let ok_gap = gap.chars().count() == 1 && gap.starts_with(SPACE_GROUP);
                // "1 234,56": the last group may end in a decimal comma
                let decimal_comma = n_raw.split_once(',').filter(|(b, f)| {
                    !b.contains('.')
                        && (1..=2).contains(&f.len())
                        && f.bytes().all(|c| c.is_ascii_digit())
                });
                let body = match decimal_comma {
                    Some((b, _)) => b,
                    None => n_raw.split('.').next().unwrap_or(""),
                };
                if ok_gap
                    && body.len() == 3
                    && body.bytes().all(|b| b.is_ascii_digit())
                    && n_raw.matches('.').count() <= 1
                    && (decimal_comma.is_some() || !n_raw.contains(','))
                    && groups < 6
                    && !s.contains('.')
                {
                    match decimal_comma {
                        Some((b, f)) => {
                            s.push_str(b);
                            s.push('.');
                            s.push_str(f);
                        }
                        None => s.push_str(n_raw),
                    }
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
                    let unit_after = self.unit_word_at(j + 2);
                    let more = self
                        .tok(j + 2)
                        .is_some_and(|x| self.glued(j + 2) && (x.sym('/') || x.kind == Kind::Num));
                    let hyphen_unit = self.tok(j + 2).is_some_and(|x| x.dash() && x.glued())
                        && self.glued(j + 3)
                        && self.unit_word_at(j + 3);
                    if !more && num < den && den > 0 && (common_denominator(den) || unit_after) {
                        // "3/4 of a million": the share of the scale
                        if self.word(j + 2) == Some("of")
                            && matches!(self.word(j + 3), Some("a" | "an"))
                        {
                            if let Some(p) =
                                self.word(j + 4).and_then(crate::lex::words::scale_word)
                            {
                                let big = num.checked_mul(10i128.checked_pow(p)?)?;
                                if big % den == 0 {
                                    return Some((Decimal::new(big / den, 0)?, j + 5));
                                }
                            }
                        }
                        return Some((fraction(num, den)?, j + 2));
                    }
                    // rule glued_mixed_number: "41/2 months", "121/2
                    // miles", "a 21/2-hour delay": a mixed number whose
                    // space was lost in typesetting ("4 1/2"), read so
                    // only before a unit (hyphen-bound too), with the
                    // halves and quarters that such numbers use
                    let unit_word = hyphen_unit
                        || unit_after && self.word(j + 2).is_some_and(|w| !is_function_word(w));
                    if !more
                        && unit_word
                        && num >= 10
                        && matches!((num % 10, den), (1, 2) | (1, 4) | (3, 4))
                    {
                        let whole = Decimal::from_int(i64::try_from(num / 10).ok()?);
                        return Some((whole.checked_add(fraction(num % 10, den)?)?, j + 2));
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
            // rule spaced_vulgar_fraction: "3 ½ years", "2 ¾ miles": a
            // whole number and a fraction glyph after one space
            if let Some((a, b)) = self
                .tok(j)
                .filter(|t| t.kind == Kind::Sym && t.space_before())
                .and_then(|t| vulgar_fraction(t.ch))
            {
                let f = fraction(a, b)?;
                let total = if v < Decimal::ZERO {
                    v.checked_add(neg(f)?)?
                } else {
                    v.checked_add(f)?
                };
                return Some((total, j + 1));
            }
        }
        Some((v, j))
    }

    /// Whether the word at `i` names a unit of measure or time ("hours",
    /// "miles", "kg").
    fn unit_word_at(&self, i: usize) -> bool {
        self.tok(i)
            .filter(|t| t.kind == Kind::Word)
            .is_some_and(|t| unit_of(self.raw(t), self.low(t), false).is_some())
    }

    /// The end of "1, 600" at `i`: one to three digits, a comma glued to
    /// them, one space, three digits (or a correctly grouped "600,000"),
    /// then a word. Not inside a list ("2, 4, 600"), where a comma comes
    /// before or after.
    pub(super) fn spaced_thousands(&self, i: usize) -> Option<(usize, &'a str)> {
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

    /// "2.5m people", "4m viewers", "1.2m registered voters": a glued "m"
    /// before a counted plural noun (one adjective may come between) is
    /// millions (British and Australian news write counts so), not metres
    /// ("2.5m high", "the 100m sprint", "1.5m high walls").
    fn counted_millions(&self, j: usize) -> bool {
        let Some(m) = self.tok(j) else {
            return false;
        };
        if self.raw(m) != "m" {
            return false;
        }
        let noun = if self.tok(j + 1).is_some_and(|t| {
            let w = self.low(t);
            t.kind == Kind::Word
                && t.space_before()
                && self.raw(t).starts_with(|c: char| c.is_lowercase())
                && (looks_adjective(w) || matches!(w, "new" | "young" | "old" | "more" | "extra"))
                && unit_of(self.raw(t), w, false).is_none()
        }) {
            j + 2
        } else {
            j + 1
        };
        self.tok(noun).is_some_and(|t| {
            let w = self.low(t);
            t.kind == Kind::Word
                && t.space_before()
                && (looks_plural(w) || is_irregular_plural(w))
                && unit(w).is_none()
                && unit_of(self.raw(t), w, false).is_none()
                && !matches!(w, "hurdles" | "lengths" | "metres" | "meters")
        })
    }

    /// A ratio after the number `n`: "one over three", "2000 over 3",
    /// "two out of five hundred". After "over" the second number must end
    /// the clause (else "over" is a hedge or a period: "10 over 3 days").
    pub(super) fn ratio(&self, n: &Numeral) -> Option<Numeral> {
        if n.ordinal || n.vague || n.value < Decimal::ZERO {
            return None;
        }
        let k = n.end;
        let (b_start, over, one_in) = match self.word(k)? {
            "over" => (k + 1, true, false),
            "out" if self.word(k + 1) == Some("of") => (k + 2, false, false),
            // "one in five adults", "1 in every 10 homes"
            "in" if self.word(k + 1) == Some("every") => (k + 2, false, true),
            "in" => (k + 1, false, true),
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
        // "N in M" is a share only between whole counts, the part smaller,
        // and not before a unit ("5 in 10 minutes" is a time) or as a
        // year ("3 in 2013")
        if one_in
            && (n.value >= b.value
                || !n.value.is_integer()
                || !b.value.is_integer()
                || n.mult.is_some()
                || b.year_like
                || n.year_like
                || self.tok(b.end).is_some_and(|t| {
                    t.kind == Kind::Word
                        && (crate::lex::words::unit(self.low(t)).is_some()
                            || crate::lex::units::unit_of(self.raw(t), self.low(t), false)
                                .is_some())
                }))
        {
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
    pub(super) fn exponent(&self, k: usize) -> Option<(i32, usize)> {
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
    pub(super) fn power(&self, v: Decimal, j: usize) -> Option<(Decimal, usize)> {
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

    /// A number written in digits at `i` (the group `raw` ends at
    /// `g_end`), with a multiplier or scale words after it.
    pub(super) fn digit_number(
        &self,
        i: usize,
        g_end: usize,
        raw: &str,
        money: bool,
    ) -> Option<Numeral> {
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
                let millions = money || (glued && self.counted_millions(j));
                if let Some(p) = abbrev_multiplier(self.raw(m), millions).filter(|_| giga_ok) {
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
                            return Some(Numeral {
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
                                plus: false,
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
            Some(Numeral {
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
                plus: false,
            })
        }
    }
}

/// Whether digits written as `raw` use valid group separators; returns the
/// plain decimal string to parse and how many leading characters of `raw`
/// are taken (a list "22,24,26" keeps only "22").
pub(super) fn clean_digits(raw: &str) -> Option<(String, usize)> {
    if let Some(s) = dot_grouped(raw) {
        return Some((s, raw.len()));
    }
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

/// Digits grouped by dots in the continental way, as the plain decimal
/// string: "1.234.567" (two or more dot groups), "1.234,5" (a dot group and a
/// decimal comma). One dot alone stays a decimal point ("1.234").
fn dot_grouped(raw: &str) -> Option<String> {
    let (int, frac) = match raw.split_once(',') {
        Some((a, b)) => (a, Some(b)),
        None => (raw, None),
    };
    let (first, rest) = int.split_once('.')?;
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !(1..=3).contains(&first.len()) || !digits(first) {
        return None;
    }
    let mut groups = 1;
    for g in rest.split('.') {
        if g.len() != 3 || !digits(g) {
            return None;
        }
        groups += 1;
    }
    let mut s: String = int.chars().filter(|&c| c != '.').collect();
    match frac {
        Some(f) if digits(f) && (1..=2).contains(&f.len()) => {
            s.push('.');
            s.push_str(f);
        }
        None if groups >= 3 => {}
        _ => return None,
    }
    Some(s)
}

/// Common fraction denominators read from "a/b" without a unit after it.
pub(super) fn common_denominator(d: i128) -> bool {
    matches!(
        d,
        2 | 3 | 4 | 5 | 6 | 8 | 10 | 16 | 20 | 32 | 40 | 50 | 64 | 100 | 1000
    )
}

pub(super) const SPACE_GROUP: &[char] = &[' ', '\u{a0}', '\u{202f}', '\u{2009}'];
