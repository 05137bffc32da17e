//! Fractions written in words: "three quarters", "one twenty-fifth",
//! "two-thirds", "half", "a half", "quarter", with a scale ("half a
//! million", "three quarters billion") and mixed numbers ("one hundred and
//! three quarters").

use super::words::{eval_cardinal, ordinal_noun};
use super::*;
use crate::lex::words::*;

impl<'a> Numerals<'a> {
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
    pub(super) fn word_fraction(&self, i: usize) -> Option<Numeral> {
        // "a two-thirds majority", "a three-fifths vote": the article is
        // the noun's; the fraction starts at the cardinal after it
        if matches!(self.word(i), Some("a" | "an"))
            && self
                .word(i + 1)
                .and_then(small_cardinal)
                .is_some_and(|v| v > 0)
        {
            return None;
        }
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
        // "the past four quarters": as many quarters as make a whole or
        // more count periods, never a share ("three quarters of the vote"
        // is one)
        let one_count = match items.as_slice() {
            [(w, _)] => small_cardinal(w),
            _ => None,
        };
        if plural && one_count.is_some_and(|n| whole_or_more(i128::from(n), lv)) {
            return None;
        }
        // "a third day", "a fifth straight year": an ordinal that counts the
        // noun after it, not a share of it ("a third of a day", "fell by a
        // third" are shares)
        if !plural
            && stem != "quarter"
            && items.len() == 1
            && matches!(items[0].0, "a" | "an")
            && (self.word(ord_tok + 1).is_some_and(ordinal_noun) || self.hyphen_bound(ord_tok + 1))
        {
            return None;
        }
        // "a quarter-million dollars", "a third-billion": a share of the
        // scale, read by `fraction_words`
        if self.hyphen_bound(ord_tok + 1) && self.word(ord_tok + 2).and_then(scale_word).is_some() {
            return None;
        }
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

    /// "half", "a half", "quarter", "three quarters", optionally with a
    /// scale ("half a million", "quarter million", "three quarters billion").
    pub(super) fn fraction_words(&self, i: usize) -> Option<Numeral> {
        let mut j = i;
        if matches!(self.word(j), Some("a") | Some("an")) {
            j += 1;
        }
        let (n, d, after) = match self.word(j)? {
            "half" => (1i128, 2i128, j + 1),
            "quarter" => (1, 4, j + 1),
            w if j > i && denominator(w).is_some_and(|(_, pl)| !pl) => {
                // "a third day", "a fifth straight year": an ordinal that
                // counts the noun after it, not a share of it ("a third of
                // a day", "fell by a third" are shares)
                if w != "quarter" && self.word(j + 1).is_some_and(ordinal_noun) {
                    return None;
                }
                // "a third-quarter loss", "a second-round pick": an ordinal
                // hyphen-bound to the noun it ranks
                if self.hyphen_bound(j + 1) {
                    return None;
                }
                (1, denominator(w)?.0 as i128, j + 1)
            }
            w => {
                let n = small_cardinal(w).filter(|v| (1..10).contains(v))? as i128;
                let (d, plural) = self.word(j + 1).and_then(denominator)?;
                if plural != (n > 1) {
                    return None;
                }
                // "the past four quarters": see `word_fraction`
                if whole_or_more(n, d as i128) {
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
        // "a half-million people", "a quarter-billion dollars"
        if k == after
            && self.tok(k).is_some_and(|t| t.dash())
            && self.glued(k)
            && self.glued(k + 1)
            && self.word(k + 1).and_then(scale_word).is_some()
        {
            k += 1;
        }
        // "half a dozen", "a half dozen": a share of twelve
        if self.word(k) == Some("dozen") {
            let twelfths = n.checked_mul(12)?;
            let v = if twelfths % d == 0 {
                Decimal::new(twelfths / d, 0)?
            } else {
                fraction(twelfths, d)?
            };
            return Some(Numeral::in_words(v, i, k + 1, None));
        }
        if let Some(p) = self.word(k).and_then(scale_word) {
            let big = n.checked_mul(10i128.checked_pow(p)?)?;
            let v = if big % d == 0 {
                Decimal::new(big / d, 0)?
            } else {
                fraction(big, d)?
            };
            return Some(Numeral::in_words(v, i, k + 1, Some(p)));
        }
        Some(Numeral {
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
            plus: false,
        })
    }
}

/// Whether `n` quarters (denominator `d` = 4) make a whole or more ("four
/// quarters", "six quarters"): news counts a company's or an economy's
/// periods with them ("the past four quarters", "six straight quarters"),
/// never a share. Halves and thirds stay fractions ("three halves" is 1.5).
pub(super) fn whole_or_more(n: i128, d: i128) -> bool {
    d == 4 && n >= d
}
