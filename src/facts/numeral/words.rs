//! Numbers written in words: cardinals ("twenty-one", "one hundred and
//! five", "two dozen", "three lakh"), ordinals ("twenty-third"), decimals
//! ("nine point nought four"), fractions ("three quarters", "half a
//! million", "three twenty-firsts") and mixed forms ("4 thousand 3
//! hundred").

use super::fractions::whole_or_more;
use super::*;
use crate::lex::words::*;

impl<'a> Numerals<'a> {
    /// A number written in words at `i` ("point seven", "three quarters",
    /// "twenty-one").
    pub(super) fn word_number(&self, i: usize, money: bool) -> Option<Numeral> {
        let t = self.tok(i)?;
        if t.kind == Kind::Word && self.low(t) == "point" {
            let (frac, end) = self.decimals(i + 1)?;
            return Some(Numeral {
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
                plus: false,
            });
        }
        // most words open no number: rejected before the fraction and
        // cardinal readers set out
        if !opens_number(self.low(t), t.class()) {
            return None;
        }
        self.cardinal_or_fraction(i, money)
    }

    /// A fraction or a cardinal in words at `i`, whatever its first word
    /// ([`Numerals::word_number`] asks only at a word of [`opens_number`]).
    fn cardinal_or_fraction(&self, i: usize, money: bool) -> Option<Numeral> {
        if let Some(f) = self.word_fraction(i) {
            return Some(f);
        }
        self.words(i, None, money)
    }

    /// Digits after "point": "seven seven", "77", "nought four", "eleven".
    pub(super) fn decimals(&self, i: usize) -> Option<(Decimal, usize)> {
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
    pub(super) fn skip_hyphen(&self, j: usize) -> usize {
        if self.tok(j).is_some_and(|t| t.dash()) && self.word(j + 1).is_some() {
            j + 1
        } else {
            j
        }
    }

    /// A vague count of dozens, hundreds, thousands or millions: "a few
    /// hundred" (300, hedged), "a couple of thousand" (2,000), "a few
    /// dozen" (36, hedged), "a few million dollars": `base` ("a few" is 3, "a couple" 2) over tokens
    /// `start..next`, times the scale words from token `next` on. None when
    /// no scale word follows.
    fn scaled_vague(&self, base: i64, start: usize, next: usize, vague: bool) -> Option<Numeral> {
        let w = self.word(next)?;
        if !matches!(w, "hundred" | "dozen") && scale_word(w).is_none() {
            return None;
        }
        // "a couple of hundred-year-old oaks": the scale word begins a
        // compound adjective, not the count
        if self.tok(next + 1).is_some_and(|t| t.dash() && t.glued()) {
            return None;
        }
        let mut f = self.words(next, Some((Decimal::from_int(base), next)), false)?;
        f.start = start;
        f.words = true;
        f.weak = false;
        f.vague = vague;
        Some(f)
    }

    /// Numbers in words (optionally continuing a digit value `lead`).
    pub(super) fn words(
        &self,
        i: usize,
        lead: Option<(Decimal, usize)>,
        money: bool,
    ) -> Option<Numeral> {
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
            // "110-billion", "$143-billion": a scale word hyphenated to the
            // digits; "14-and-a-half hours": a fraction, as in words
            let next = self.word(j + 1).filter(|_| self.glued(j + 1));
            let dash = self.tok(j).is_some_and(|t| t.dash() && !t.space_before());
            if dash && next.is_some_and(|w| w == "and" || scale_word(w).is_some()) {
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
                    if n == "couple" {
                        if let Some(f) = self.scaled_vague(2, i, end, false) {
                            return Some(f);
                        }
                    }
                    return Some(Numeral {
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
                        plus: false,
                    });
                }
                if n == "few" {
                    if let Some(f) = self.scaled_vague(3, i, i + 2, true) {
                        return Some(f);
                    }
                    // Duckling's reading of "a few": 3, hedged
                    let mut f = self.mk(Decimal::from_int(3), i, i + 2, true, None, false, false);
                    f.vague = true;
                    return Some(f);
                }
                if n == "dozen" {
                    return Some(Numeral::in_words(Decimal::from_int(12), i, i + 2, None));
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
                return Some(Numeral::in_words(Decimal::from_int(2), i, i + 2, None));
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
                // digits and a scale word end before an ordinal word: in
                // "the $50 million first reported", "first" is an adverb
                if !words && matches!(last, Last::Scale(_)) {
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
                // hyphen-bound, as a compound adjective: "a
                // two-and-a-half-year inquiry", "one-and-a-quarter-mile"
                if self.tok(j).is_some_and(|t| t.glued())
                    && self.tok(j + 1).is_some_and(|t| t.dash() && t.glued())
                    && matches!(self.word(j + 2), Some("a" | "an"))
                    && self.tok(j + 3).is_some_and(|t| t.dash() && t.glued())
                    && self.glued(j + 4)
                {
                    let part = match self.word(j + 4) {
                        Some("half") => Some(fraction(1, 2)?),
                        Some("quarter") => Some(fraction(1, 4)?),
                        _ => None,
                    };
                    if let Some(v) = part {
                        group = group.checked_add(v)?;
                        j += 5;
                        // "three-and-a-half million dollars"
                        if let Some(p) = self.word(j).and_then(scale_word) {
                            group = group.checked_mul(pow10(p)?)?;
                            mult = Some(p);
                            j += 1;
                        }
                        break;
                    }
                }
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
                    } else if let Some(p) =
                        f.mult.filter(|&p| pow10(p).is_some_and(|m| f.value < m))
                    {
                        // the fraction took the scale word: "one and a half
                        // million" is 1.5 million, not half a million
                        group = group.checked_mul(pow10(p)?)?.checked_add(f.value)?;
                        mult = Some(p);
                        j = f.end;
                    }
                }
                break;
            }
            break;
        }
        // a hyphen skipped before a word that is no number ("one-off",
        // "two-way") is not the numeral's
        if j > start_j && self.tok(j - 1).is_some_and(|t| t.dash()) {
            j -= 1;
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
                if (n == 1) != plural && n > 0 && !whole_or_more(n, d as i128) {
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
    pub(super) fn and_continues(&self, j: usize, _last: Last) -> Option<usize> {
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
}

impl Numerals<'_> {
    /// Whether token `k` is a dash glued between the word before it and a
    /// word after it ("third-quarter", "second-round").
    pub(super) fn hyphen_bound(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| t.dash())
            && self.glued(k)
            && self.glued(k + 1)
            && self.word(k + 1).is_some()
    }
}

/// A word that an ordinal after "a" counts ("a third day", "a fifth
/// straight year", "a second term"): a unit of time or a word of sequence.
pub(super) fn ordinal_noun(w: &str) -> bool {
    unit(w).is_some()
        || matches!(
            w,
            "hour"
                | "night"
                | "time"
                | "term"
                | "round"
                | "straight"
                | "consecutive"
                | "successive"
        )
}

/// The value of number words without ordinals ("a hundred", "one hundred
/// and five", "three lakh", "two dozen"); `None` if any word is not one.
pub(super) fn eval_cardinal(words: &[&str]) -> Option<Decimal> {
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

/// Whether a word can be the first of a number in words read by
/// [`Numerals::word_fraction`] or [`Numerals::words`] (besides "point"):
/// a cardinal, a glued compound ("twentyfive"), an ordinal, "hundred" or a
/// scale word, "half", "quarter", "couple", or the article of "a hundred",
/// "a third". Every other first word makes both return `None`. `class` is
/// the word's [`WordClass`] (from its token): its number-word bit stands
/// for the cardinal, ordinal and compound tables, so that most words, at
/// which this is asked once each, are looked up in no table.
pub(super) fn opens_number(w: &str, class: WordClass) -> bool {
    class.number_word()
        || matches!(
            w,
            "a" | "an" | "couple" | "half" | "quarter" | "hundred" | "hundreds"
        )
        || scale_word(w).is_some()
}

/// Splits "twentyfifth" into (20, "fifth") and "thirtythree" into (30,
/// "three").
pub(super) fn split_compound(w: &str) -> Option<(u32, &str)> {
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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale(u32),
    Digits,
}

#[cfg(test)]
mod opener_tests {
    use super::*;

    /// The word class stands for the cardinal, ordinal and compound
    /// tables: [`opens_number`] with a word's class says what those
    /// tables say, for table words, their compounds, plurals and prefixes.
    #[test]
    fn the_class_stands_for_the_number_tables() {
        let mut words: Vec<String> = Vec::new();
        for w in [
            "zero",
            "one",
            "seven",
            "twelve",
            "nineteen",
            "twenty",
            "forty",
            "fourty",
            "ninety",
            "first",
            "second",
            "third",
            "ninth",
            "twelfth",
            "twentieth",
            "hundredth",
            "twentyfive",
            "thirtythird",
            "hundred",
            "thousand",
            "lakh",
            "crore",
            "half",
            "quarter",
            "couple",
            "a",
            "an",
            "the",
            "of",
            "plenty",
            "tenant",
            "sevens",
        ] {
            words.push(w.to_string());
            words.push(format!("{w}s"));
            for n in 1..w.len() {
                words.push(w[..n].to_string());
            }
        }
        for w in &words {
            let tables = matches!(
                w.as_str(),
                "a" | "an" | "couple" | "half" | "quarter" | "hundred" | "hundreds"
            ) || small_cardinal(w).is_some()
                || scale_word(w).is_some()
                || ordinal_word(w).is_some()
                || split_compound(w).is_some();
            assert_eq!(opens_number(w, WordClass::of(w)), tables, "{w}");
        }
    }

    /// Every word that opens no number per [`opens_number`] is read as no
    /// number by the readers the test skips: the seed articles' words, and
    /// words of counting that are not numbers themselves.
    #[test]
    fn a_word_that_opens_no_number_is_no_number() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut texts: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        texts.push(
            "dozen dozens scores score pair few several nil zero nought tens hundreds \
             thousands millions lakh crore fifth twentieth hundredth thousandth halves \
             quarters thirds and or minus negative some many a-half one-third"
                .to_string(),
        );
        let mut opened = 0;
        for text in &texts {
            let toks = Tokens::new(text);
            let np = Numerals { toks: &toks, text };
            for i in 0..toks.len() {
                let t = toks.get(i).unwrap();
                if t.kind != Kind::Word {
                    continue;
                }
                if opens_number(toks.low_of(t), t.class()) {
                    opened += 1;
                    continue;
                }
                for money in [false, true] {
                    assert!(
                        np.cardinal_or_fraction(i, money).is_none(),
                        "{:?} read as a number",
                        toks.low_of(t)
                    );
                }
            }
        }
        assert!(opened > 20, "the texts hold numbers in words");
    }
}
