//! Numeric facts: money, counts, plain numbers, percentages, ordinals,
//! measured quantities and durations.
//!
//! Consumes a document's original text; produces [`Fact`]s of kinds
//! `money`, `count`, `number`, `percent`, `ordinal`, `quantity` and
//! `duration`, in text order, with byte spans into that text (always on
//! character boundaries) that include any hedge ("nearly 50 allies").
//! Never panics; one left-to-right pass over the tokens, each match reading
//! a bounded window, so time is linear in the text.
//!
//! # How it reads
//!
//! The text is split into words, digit runs and symbols
//! (`tokens`); at each token the extractor tries, in order: a hedge
//! ("more than", "nearly", "up to", …), a `between … and …` / `from … to …`
//! range, then one *side*: an optional currency written before the amount
//! ("$", "US$", "USD", "Rs."), a number (`number`: digits, words, or both,
//! with multipliers), and what follows it: an ordinal suffix, a percent
//! sign or word, a currency (symbol, ISO code, or name with its adjective:
//! "Finnish markka", "US dollars"), a unit of measure or time, or a counted
//! noun. A second side after "-", "to" or "and" makes a range.
//!
//! # Choices
//!
//! - Money: `amount` exact ("$2.3 billion" is 2300000000); currency is the
//!   ISO 4217 code; bare "$", "dollars", "10 grand", nickels and dimes
//!   are USD (like "$", read with the US default), "pounds" is GBP only
//!   with a multiplier, "sterling" or an adjective (otherwise "5 pounds" is a
//!   weight); unknown or ambiguous ("francs", "pesos", "dinars", "bucks",
//!   bitcoin) is null. Minor units alone ("fifty cents", "210
//!   pence") keep the amount in minor units with currency null and `unit`
//!   naming the minor unit ("cent", "penny"); with a major unit they add up
//!   ("3 dollars 50 cents" is 3.5 USD; "15 USD 50" is 15.5 USD; a mao is
//!   a tenth of a yuan and a number after it counts fen: "one kuai five
//!   mao five" is 1.55 CNY). A currency named before digits counts when
//!   the amount ends the phrase ("Malaysian ringgit 42", not "the Swiss
//!   franc 2 percent higher"); "L.E."/"LE" is EGP; a code with a scale
//!   letter ("MUSD 20", "250 kEUR") is millions or thousands. No locale
//!   is guessed: "a grand", "a dime" are USD whatever the country, and a
//!   bare "quarter"/"nickel" (a period, a metal) is no money.
//! - Ranges: money and quantity give `{min, max}` (never a midpoint); a
//!   multiplier or unit written once is shared ("$5-10 million", "10-15
//!   km"). Other kinds give one fact per end. Two amounts joined by
//!   "and"/"or" before one unit ("45 and 50 mg", "3 or 4 percent") give
//!   one fact each, both with that unit.
//! - Counts: `unit` is the counted noun as written, lower-cased. The head
//!   noun is the first plural-looking word (or a known unmarked plural:
//!   "personnel", "aircraft", "people") within four words after the
//!   number, before any function word or punctuation, so modifiers are
//!   skipped ("700 NATO personnel" counts "personnel"); with the number 1,
//!   the first lower-case word that does not look like an adjective. A
//!   plain four-digit number from 1900 to 2100 is a `number`, never a count.
//!   Vague plurals before "of" and a noun count the least they allow,
//!   hedged `at_least`: "dozens of protesters" 24, "scores of" 40,
//!   "hundreds of" 200, "thousands of" 2,000, "tens of thousands of"
//!   20,000, "hundreds of thousands of" 200,000, "millions of" 2,000,000
//!   (not before a currency: "millions of dollars" is no count).
//! - Percent: value as written (12.5); "percentage points" are `percent`
//!   with `unit` "percentage point" Basis points
//!   ("25 basis points", "50bp") are hundredths of one: `percent` 0.25
//!   with `unit` "percentage point", so they compare with "a quarter
//!   percentage point". A change in points then a level in percent ("fell
//!   0.5 percentage points to 4.1%") is two facts, not a range.
//! - Ordinals: "52nd", "first", "twenty-third"; value is the rank.
//! - Quantities: amount as written, not converted ("0.5 kg" stays kg);
//!   `unit` is the normalised symbol (below). A compound length or mass
//!   ("5 feet 2 inches", "2 km and 1 metre") is the exact sum in its
//!   smallest unit (62 in, 2001 m). A bare scale word before a unit is
//!   its amount ("thousand litres"). A minus set apart before a
//!   temperature after a word is a sign ("convert - 20 degrees
//!   Fahrenheit"). A capital C or F glued to digits is a temperature
//!   ("45C", "1.5C"; "43c" stays cents). An earthquake magnitude
//!   ("magnitude 6.1", "a 6.1-magnitude quake") is a plain `number`: the
//!   events module reads it as an identifying figure. Ages ("five years old", "a 10-year-old")
//!   are quantities in years (or months, weeks, days).
//! - Durations: `{amount, unit}` with the singular unit (second … century;
//!   "nights" are days, a fortnight 2 weeks, a millennium 10 centuries),
//!   whole amounts as written; several units joined
//!   ("1 year, 1 month and 21 days") give `{iso: "P1Y1M21D"}` (decades and
//!   centuries as years, weeks as `W`), unless every part converts exactly
//!   into the smallest unit: "2 years, 3 months" is 27 month, "1 hour 30
//!   minutes" 90 minute. A fractional amount is given in the largest
//!   smaller unit that makes it whole ("1.5 hours", "one and a half hour",
//!   "an hour and a half" are 90 minute, "a year and a quarter" 15
//!   month): equal lengths of time compare equal however written. A part
//!   followed by "ago"/"later" is a date, not joined ("3 months and 2
//!   days ago"). "business days"/"working days" have unit `business_day`
//!   and never join other units.
//! - Numbers also read: fractions with ordinal denominators ("three
//!   twenty-firsts", "one hundred and three quarters"), ratios ("one over
//!   three", "two out of five"), powers ("1.1^23", "2.48×10−5"), SI giga
//!   ("10G", not "5G"), "a few" (3, approx), "nil", Indian scales (lakh,
//!   crore, cr, koti), and dotted digit groups ("192.168.1.2": one number
//!   per group).
//! - Not extracted: times ("10:30"), phone numbers, identifiers glued to
//!   letters or made of several digit groups ("F-16", "LGA1156",
//!   "240702-D-PM193-1136"), versions ("1.2.3"), a lone "one", and "a"/"an"
//!   as one except before a unit after a word that takes a quantity ("for
//!   a year", "about an hour").
//!
//! # Unit symbols
//!
//! | written | unit |
//! | --- | --- |
//! | millimetre(s), mm; centimetre, cm; metre, m; kilometre, km; inch, in, `"`; foot/feet, ft; yard, yd; mile, mi; nautical mile | mm, cm, m, km, in, ft, yd, mi, nmi |
//! | square … / sq … / …² / …2 / … squared; cubic … / …³ / … cubed | km², m², ft², mi², km³, m³, ft³ … |
//! | hectare, ha; acre | ha, acre |
//! | litre, l; millilitre, ml; cl; dl; hectolitre, hl; gallon, gal; barrel, bbl; cup; tablespoon; teaspoon; pint; quart | L, mL, cL, dL, hL, gal, bbl, cup, tbsp, tsp, pt, qt |
//! | milligram, mg; microgram, µg; gram, g; kilogram, kg, kilo; tonne, t, metric ton; ton; pound, lb; ounce, oz; kiloton; megaton; carat | mg, µg, g, kg, t, ton, lb, oz, kt, Mt, ct |
//! | mph, miles per hour; km/h, kph, kilometres per hour; knots; m/s; any unit "per" or "/" unit | mph, km/h, kn, m/s, a/b |
//! | degrees Celsius, °C; Fahrenheit, °F; kelvin; degrees, ° | °C, °F, K, ° |
//! | watt … terawatt, Wh … TWh, joule, calorie, kcal, hp, volt, amp, eV … TeV, BTU | W, kW, MW, GW, TW, Wh, kWh, MWh, GWh, TWh, J, kJ, MJ, cal, kcal, hp, V, kV, A, eV, MeV, GeV, TeV, BTU |
//! | bit, byte, kB … EB, kbit … Gbit, kbps … Gbps | bit, B, kB, MB, GB, TB, PB, EB, kbit, Mbit, Gbit, kbit/s, Mbit/s, Gbit/s |
//! | Hz … GHz; Pa … MPa; psi; atm; millibar; decibel | Hz, kHz, MHz, GHz, Pa, kPa, MPa, hPa, psi, atm, mbar, dB |

mod lexicon;
mod number;

use super::{Duration, Fact, FactKind, FactValue, Money, Qualifier, Quantity, Vague};
use crate::document::Span;
use crate::facts::Decimal;
use crate::lex::currency::*;
use crate::lex::units::*;
use crate::lex::words::*;
use crate::lex::{Kind, Token, Tokens};
use lexicon::*;
use number::{Num, NumParser};

/// Extracts the numeric facts of `text` (money, count, number, percent,
/// ordinal, quantity, duration), in text order, with byte spans into `text`.
pub fn extract(text: &str) -> Vec<Fact> {
    extract_tokens(text, &Tokens::new(text))
}

/// [`extract`] over the tokens of `text` (made by [`Tokens::new`]).
pub fn extract_tokens(text: &str, toks: &Tokens) -> Vec<Fact> {
    let cx = Cx {
        text,
        toks,
        np: NumParser { toks, text },
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match cx.at(i) {
            Some((facts, next)) => {
                out.extend(facts);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out.retain(|f| {
        f.span.start < f.span.end
            && text.is_char_boundary(f.span.start)
            && text.is_char_boundary(f.span.end)
    });
    out
}

/// What follows a number.
#[derive(Debug, Clone, PartialEq)]
enum Suffix {
    /// Nothing: a plain number.
    None,
    /// Money, with its currency (null when unknown) and, for minor units
    /// alone, the minor unit's name.
    Money {
        cur: Option<&'static str>,
        minor: Option<&'static str>,
    },
    /// A percentage (or percentage points; `bp` when written in basis
    /// points, the value already divided by 100).
    Percent { points: bool, bp: bool },
    /// A unit of measure (normalised symbol).
    Unit(String),
    /// A unit of time (singular name).
    Time(&'static str),
    /// An age in a unit of time.
    Age(&'static str),
    /// An ordinal.
    Ordinal,
    /// A counted noun, as written, lower-cased.
    Count(String),
}

/// One amount with what it measures.
#[derive(Debug, Clone)]
struct Side {
    /// First token (the currency prefix or sign, if any).
    start: usize,
    /// One past the last token.
    end: usize,
    value: Decimal,
    num: Num,
    /// The currency was written before the amount.
    prefix: bool,
    suffix: Suffix,
}

struct Cx<'a> {
    text: &'a str,
    toks: &'a Tokens,
    np: NumParser<'a>,
}

fn d(n: i64) -> Decimal {
    Decimal::from_int(n)
}

/// Words after which "a"/"an" means one of a unit ("for a year").
fn takes_quantity(w: &str) -> bool {
    matches!(
        w,
        "for"
            | "than"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "within"
            | "after"
            | "least"
            | "most"
            | "only"
            | "just"
            | "lasting"
            | "lasted"
            | "lasts"
            | "last"
            | "took"
            | "takes"
            | "take"
            | "spent"
            | "spend"
            | "spends"
            | "roughly"
            | "approximately"
            | "barely"
            | "once"
    )
}

impl<'a> Cx<'a> {
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

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before())
    }

    fn is_sym(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.sym(c))
    }

    fn span(&self, a: usize, b: usize) -> Span {
        let s = self.toks.get(a).map_or(self.text.len(), |t| t.start);
        let e = if b == 0 {
            s
        } else {
            self.toks.get(b - 1).map_or(self.text.len(), |t| t.end)
        };
        Span::new(s, e.max(s))
    }

    /// The percentage written before its number: "per cent of 210",
    /// "percents of twenty" (a percent word that no number precedes, then
    /// "of" and a bare number that ends the phrase).
    fn percent_of(&self, i: usize) -> Option<(Vec<Fact>, usize)> {
        if self.tok(i)?.kind != Kind::Word {
            return None;
        }
        if i > 0 && self.toks[i - 1].kind == Kind::Num {
            return None;
        }
        let (e, points) = self.percent(i)?;
        if points || self.word(e) != Some("of") {
            return None;
        }
        let a = self.side(e + 1, false)?;
        if a.suffix != Suffix::None || a.num.year_like || a.num.ordinal || a.prefix {
            return None;
        }
        let f = Fact::new(
            FactKind::Percent,
            self.span(i, a.end),
            FactValue::Number(a.value),
        );
        Some((vec![f], a.end))
    }

    /// Dot-separated digit groups ("192.168.1.2"): one number per group,
    /// as the number suites read them; nothing if letters are glued on or
    /// a word such as "version" names it a version.
    fn dotted(&self, i: usize) -> Option<(Vec<Fact>, usize)> {
        let t = self.tok(i)?;
        let (g_end, raw) = self.np.group(i)?;
        if raw.matches('.').count() < 2 || raw.contains(',') {
            return None;
        }
        let glued_word = |k: usize| {
            self.tok(k)
                .is_some_and(|x| x.kind == Kind::Word && !x.space_before())
        };
        let version = i > 0
            && matches!(
                self.word(i - 1),
                Some("version" | "v" | "ver" | "release" | "build" | "firmware" | "update")
            );
        if (i > 0 && !t.space_before() && self.toks[i - 1].kind == Kind::Word)
            || glued_word(g_end)
            || version
        {
            return Some((Vec::new(), g_end));
        }
        let mut out = Vec::new();
        let mut off = t.start;
        for g in raw.split('.') {
            if !g.is_empty() {
                let v = Decimal::parse(g)?;
                out.push(Fact::new(
                    FactKind::Number,
                    Span::new(off, off + g.len()),
                    FactValue::Number(v),
                ));
            }
            off += g.len() + 1;
        }
        Some((out, g_end))
    }

    /// The facts starting at token `i` and the token to continue from.
    fn at(&self, i: usize) -> Option<(Vec<Fact>, usize)> {
        if self.np.continues_group(i) {
            return None; // inside "1,234": read from its start
        }
        if let Some(r) = self.dotted(i) {
            return Some(r);
        }
        if let Some(r) = self.percent_of(i) {
            return Some(r);
        }
        if let Some(skip) = self.junk(i) {
            return Some((Vec::new(), skip));
        }
        let (q, qword, j) = self.qualifier(i);
        if matches!(self.word(j), Some("between") | Some("from")) {
            if let Some(r) = self.between(j, i, q) {
                return Some(r);
            }
        }
        if let Some((f, end)) = self.vague_plural(i, j, q) {
            return Some((vec![f], end));
        }
        // "aged 87", "age 87"
        if matches!(self.word(j), Some("aged") | Some("age")) {
            if let Some(a) = self.side(j + 1, false) {
                if a.suffix == Suffix::None
                    && a.value.is_integer()
                    && a.value >= Decimal::ZERO
                    && a.value < d(130)
                    && !a.num.weak
                {
                    let s = Side {
                        suffix: Suffix::Age("year"),
                        ..a
                    };
                    let end = s.end;
                    return Some((
                        self.fact_of(&s, self.span(i, end), q).into_iter().collect(),
                        end,
                    ));
                }
            }
        }
        if q.is_none() {
            if let Some(skip) = self.inside_name(j).or_else(|| self.idiom(j)) {
                return Some((Vec::new(), skip));
            }
        }
        let allow_article = q.is_some()
            || i == 0
            || (i > 0
                && self.word(i - 1).is_some_and(takes_quantity)
                && self.tok(i).is_some_and(|t| t.space_before()));
        // "- 20 degrees Fahrenheit": a minus set apart from a temperature
        if let Some(r) = self.spaced_minus(i, j, q) {
            return Some(r);
        }
        let a = self.side(j, allow_article)?;
        // "45 and 50 mg": a unit written once after two amounts
        if let Some(r) = self.shared_unit(i, &a, q) {
            return Some(r);
        }
        // "a few" is a vague 3
        let q = if a.num.vague && q.is_none() {
            Some(Qualifier::Approx)
        } else {
            q
        };
        if matches!(a.suffix, Suffix::None) && a.num.weak && q.is_none() {
            return Some((Vec::new(), a.end));
        }
        // a range: "$5-10 million", "10 to 15 km", "5 million to 7 million"
        if let Some((b, end)) = self.range_tail(&a, false) {
            if let Some(facts) = self.emit_range(i, &a, &b, end, q) {
                return Some((facts, end));
            }
        }
        let (facts, end) = self.emit(i, j, &a, q, qword);
        Some((facts, end))
    }

    /// A number that is part of a name: whole digits or a capitalised number
    /// word right after a capitalised word ("Falcon 9 launches", "Boeing
    /// 737 jets", "Formula One drivers", "Air Force One", "Route 66"). Not
    /// after a function or calendar word, a currency code or "magnitude",
    /// and not on a title-case line, where every word is capitalised ("Obama
    /// Signs 19 Executive Actions"). The token to skip to.
    fn inside_name(&self, j: usize) -> Option<usize> {
        let t = self.tok(j)?;
        if j == 0 || !t.space_before() {
            return None;
        }
        let word_number = t.kind == Kind::Word
            && self.raw(t).starts_with(|c: char| c.is_uppercase())
            && small_cardinal(self.low(t)).is_some_and(|v| v > 0);
        let digits = t.kind == Kind::Num && self.np.group(j).is_some_and(|(e, _)| e == j + 1);
        if !(word_number || digits) {
            return None;
        }
        let p = &self.toks[j - 1];
        if p.kind != Kind::Word
            || !self.raw(p).starts_with(|c: char| c.is_uppercase())
            || self
                .text
                .get(p.end..t.start)
                .is_none_or(|g| g.contains('\n'))
        {
            return None;
        }
        let low = self.low(p);
        if is_function_word(low)
            || is_calendar_word(low)
            || qualifier_first_words().contains(low)
            || small_cardinal(low).is_some()
            || currency_code(self.raw(p)).is_some()
            || scaled_currency_code(self.raw(p)).is_some()
            || dollar_prefix(low).is_some()
            || matches!(
                low,
                "rs" | "rp" | "le" | "fy" | "cy" | "no" | "nos" | "magnitude" | "aged" | "age"
            )
        {
            return None;
        }
        // a title-case line: the word after the number is capitalised too
        let after = self.tok(j + 1);
        if after.is_some_and(|n| {
            n.kind == Kind::Word
                && n.space_before()
                && self.raw(n).starts_with(|c: char| c.is_uppercase())
                && !is_function_word(self.low(n))
        }) && !word_number
        {
            return None;
        }
        // "Tesla 3%": a figure after all
        if after.is_some_and(|n| {
            !(n.space_before()
                || n.kind == Kind::Sym && matches!(n.ch, '.' | ',' | ';' | ':' | ')' | '!' | '?'))
        }) {
            return None;
        }
        Some(j + 1)
    }

    /// "one" in a phrase where it counts nothing: "at one point", "at one
    /// time", "on one hand", "one by one". The token to skip to.
    fn idiom(&self, j: usize) -> Option<usize> {
        if self.word(j)? != "one" {
            return None;
        }
        let before = j.checked_sub(1).and_then(|k| self.word(k));
        let after = self.word(j + 1);
        let fixed = match (before, after) {
            (Some("at"), Some("point" | "time" | "stage" | "moment" | "juncture")) => true,
            (Some("on"), Some("hand" | "side")) => true,
            (_, Some("by")) => self.word(j + 2) == Some("one"),
            _ => false,
        };
        fixed.then_some(j + 2)
    }

    /// A minus sign set apart by spaces before a temperature, after a word
    /// ("convert - 20 degrees Fahrenheit"): the negative quantity. Not after
    /// a number ("3 - 20 degrees" is a difference) or at a line start (a
    /// list dash).
    fn spaced_minus(&self, i: usize, j: usize, q: Option<Qualifier>) -> Option<(Vec<Fact>, usize)> {
        let t = self.tok(j)?;
        if !(t.sym('-') || t.sym('−')) || j == 0 || !t.space_before() {
            return None;
        }
        let prev = &self.toks[j - 1];
        let line_start = self.text.get(prev.end..t.start)?.contains('\n');
        if prev.kind != Kind::Word || line_start {
            return None;
        }
        let n = self.tok(j + 1)?;
        if self.np.group(j + 1).is_none() || !n.space_before() {
            return None;
        }
        let b = self.side(j + 1, false)?;
        let Suffix::Unit(u) = &b.suffix else {
            return None;
        };
        if !u.starts_with('°') && u != "K" || b.value <= Decimal::ZERO {
            return None;
        }
        let neg = Side {
            start: j,
            value: b.value.checked_mul(d(-1))?,
            ..b.clone()
        };
        let end = neg.end;
        Some((
            self.fact_of(&neg, self.span(i, end), q)
                .into_iter()
                .collect(),
            end,
        ))
    }

    /// Two amounts sharing the unit written after the second ("45 and 50
    /// mg", "3 or 4 percent"): one fact each, the first with the second's
    /// unit. `a` is the first amount, a plain number.
    fn shared_unit(&self, i: usize, a: &Side, q: Option<Qualifier>) -> Option<(Vec<Fact>, usize)> {
        if a.suffix != Suffix::None || a.num.year_like || a.num.ratio || a.num.weak {
            return None;
        }
        if !matches!(self.word(a.end), Some("and" | "or")) {
            return None;
        }
        let b = self.side(a.end + 1, false)?;
        if b.prefix || b.num.year_like || b.num.words != a.num.words {
            return None;
        }
        if !matches!(b.suffix, Suffix::Unit(_) | Suffix::Percent { .. }) {
            return None;
        }
        // a multiplier written once is shared too ("2 and 3 million tonnes")
        let value = match (a.num.mult, b.num.mult) {
            (None, Some(p)) => a.value.checked_scale_up(p)?,
            _ => a.value,
        };
        let first = Side {
            suffix: b.suffix.clone(),
            value,
            ..a.clone()
        };
        let fa = self.fact_of(&first, self.span(i, a.end), q)?;
        let fb = self.fact_of(&b, self.span(b.start, b.end), None)?;
        Some((vec![fa, fb], b.end))
    }

    /// A number glued to letters or several digit groups (an identifier,
    /// a time, a phone number, a version): the token to skip to.
    fn junk(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        let chain_end = {
            let mut k = i + 1;
            while k < self.toks.len() && !self.toks[k].space_before() && k < i + 32 {
                k += 1;
            }
            k
        };
        if !t.space_before() && i > 0 {
            let p = &self.toks[i - 1];
            if p.kind == Kind::Word {
                return Some(chain_end);
            }
            if matches!(
                p.ch,
                '-' | '/' | ':' | '.' | '_' | '\\' | '@' | '#' | '=' | '&'
            ) && p.kind == Kind::Sym
                && !p.space_before()
                && i >= 2
                && matches!(self.toks[i - 2].kind, Kind::Word | Kind::Num)
            {
                return Some(chain_end);
            }
        }
        // a glued chain that is one number as a whole: "1.3x10^6", "2.48×10−5"
        if chain_end > i + 2
            && self.np.parse(i, false).is_some_and(|n| {
                n.end >= chain_end
                    || self.toks.all()[n.end.min(chain_end)..chain_end]
                        .iter()
                        .all(|t| {
                            t.kind == Kind::Sym && matches!(t.ch, ',' | '.' | ';' | ')' | '!' | '?')
                        })
            })
        {
            return None;
        }
        // within the glued chain: times, several digit groups, letters
        // mixed with digits
        let mut nums = 0;
        let mut unknown_words = 0;
        let mut k = i;
        while k < chain_end {
            let c = &self.toks[k];
            match c.kind {
                Kind::Num => {
                    nums += 1;
                    if k > i
                        && self.toks[k - 1].kind == Kind::Word
                        && !matches!(self.raw(&self.toks[k - 1]), "e" | "E")
                    {
                        return Some(chain_end);
                    }
                    if k > i && self.toks[k - 1].sym(':') {
                        return Some(chain_end);
                    }
                    // "1,234.5" is one group of digits
                    if let Some((g_end, _)) = self.np.group(k) {
                        k = g_end;
                        continue;
                    }
                }
                Kind::Word => {
                    let known = unit_of(self.raw(c), self.low(c), true).is_some()
                        || abbrev_multiplier(self.raw(c), true).is_some()
                        || matches!(
                            self.low(c),
                            "st" | "nd"
                                | "rd"
                                | "th"
                                | "s"
                                | "e"
                                | "to"
                                | "old"
                                | "point"
                                | "points"
                                | "percent"
                                | "per"
                                | "cent"
                                | "odd"
                                | "plus"
                                | "long"
                                | "strong"
                                | "wide"
                                | "high"
                                | "deep"
                                | "tall"
                        )
                        || currency_code(self.raw(c)).is_some()
                        || currency_noun(self.low(c)).is_some()
                        || minor_unit(self.low(c)).is_some()
                        || scale_word(self.low(c)).is_some()
                        || small_cardinal(self.low(c)).is_some()
                        || self.low(c) == "percentage"
                        || self.low(c) == "square"
                        || self.low(c) == "cubic";
                    if !known {
                        unknown_words += 1;
                    }
                }
                Kind::Sym => {}
            }
            k += 1;
        }
        if nums >= 3 || (nums >= 2 && unknown_words >= 1) {
            return Some(chain_end);
        }
        // a number right before a colon and digits: "10:30"
        None
    }

    /// A hedge at `i`: the qualifier, its first word, and where the amount
    /// starts.
    fn qualifier(&self, i: usize) -> (Option<Qualifier>, Option<&'static str>, usize) {
        if self.is_sym(i, '~') || self.is_sym(i, '≈') {
            return (Some(Qualifier::Approx), None, i + 1);
        }
        let Some(first) = self.word(i) else {
            return (None, None, i);
        };
        if !qualifier_first_words().contains(first) {
            return (None, None, i);
        }
        for (words, q) in QUALIFIERS {
            if words
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(i + k) == Some(*w))
            {
                let j = i + words.len();
                // "approx." takes its dot
                let j = if words == &["approx"] && self.is_sym(j, '.') {
                    j + 1
                } else {
                    j
                };
                return (Some(*q), Some(words[0]), j);
            }
        }
        (None, None, i)
    }

    /// Whether the phrase ends before token `k`: end of text, punctuation
    /// (not "%" or a currency sign) or a function word.
    fn ends_phrase(&self, k: usize) -> bool {
        match self.tok(k) {
            None => true,
            Some(t) => match t.kind {
                Kind::Sym => currency_symbol(t.ch).is_none() && t.ch != '%',
                Kind::Word => {
                    t.space_before()
                        && is_function_word(self.low(t))
                        && !matches!(self.low(t), "percent" | "times" | "time" | "per")
                }
                Kind::Num => false,
            },
        }
    }

    /// "L.E." or "L.E" (Egyptian pounds) at `k`: the code and the end.
    fn egyptian_pound(&self, k: usize) -> Option<(&'static str, usize)> {
        if self.word(k)? == "l"
            && self.is_sym(k + 1, '.')
            && self.glued(k + 1)
            && self.word(k + 2) == Some("e")
            && self.glued(k + 2)
        {
            let e = if self.is_sym(k + 3, '.') && self.glued(k + 3) {
                k + 4
            } else {
                k + 3
            };
            return Some(("EGP", e));
        }
        None
    }

    /// A currency written before the amount at `k`: the currency and
    /// where the amount starts.
    fn money_prefix(&self, k: usize) -> Option<(Option<&'static str>, usize)> {
        let t = self.tok(k)?;
        // a currency named before digits: "Malaysian ringgit 42",
        // "Egyptian pounds 500" (the caller checks the amount ends there).
        // Only worth reading when digits follow within four tokens: this
        // runs at every word.
        if t.kind == Kind::Word
            && (2..=4).any(|d| self.tok(k + d).is_some_and(|n| n.kind == Kind::Num))
        {
            for (adj, after) in self.adjectives(k) {
                if let Some(code) = self
                    .word(after)
                    .and_then(currency_noun)
                    .and_then(|noun| adjective_currency(&adj, noun))
                {
                    if self
                        .tok(after + 1)
                        .is_some_and(|n| n.kind == Kind::Num && n.space_before())
                    {
                        return Some((Some(code), after + 1));
                    }
                }
            }
        }
        match t.kind {
            Kind::Sym => {
                let c = currency_symbol(t.ch)?;
                Some((c, k + 1))
            }
            Kind::Word => {
                // US$, C $, HK$, U.S.$
                if let Some(d) = self.tok(k + 1).filter(|d| d.sym('$')) {
                    if let Some(cur) = dollar_prefix(self.low(t)) {
                        let spaced_ok =
                            matches!(self.low(t), "us" | "c" | "hk" | "nz" | "ca" | "cdn" | "au");
                        if !d.space_before() || spaced_ok {
                            return Some((Some(cur), k + 2));
                        }
                    }
                }
                if self.low(t) == "u"
                    && self.is_sym(k + 1, '.')
                    && self.word(k + 2) == Some("s")
                    && self.is_sym(k + 3, '.')
                    && self.is_sym(k + 4, '$')
                {
                    return Some((Some("USD"), k + 5));
                }
                // ISO code or "Rs." before digits
                let after = if self.is_sym(k + 1, '.') {
                    k + 2
                } else {
                    k + 1
                };
                let num_next = self.tok(after).is_some_and(|n| {
                    n.kind == Kind::Num
                        || (n.dash() && self.tok(after + 1).is_some_and(|x| x.kind == Kind::Num))
                });
                if let Some(c) = currency_code(self.raw(t)) {
                    if num_next && after == k + 1 {
                        return Some((c, after));
                    }
                }
                if (self.low(t) == "rs" || self.raw(t) == "Rp") && num_next {
                    return Some((Some(if self.low(t) == "rs" { "INR" } else { "IDR" }), after));
                }
                // "LE 500", "L.E. 500": Egyptian pounds
                if self.raw(t) == "LE" && num_next && after == k + 1 {
                    return Some((Some("EGP"), after));
                }
                if let Some((code, e)) = self.egyptian_pound(k) {
                    if self.tok(e).is_some_and(|n| n.kind == Kind::Num) {
                        return Some((Some(code), e));
                    }
                }
                None
            }
            Kind::Num => None,
        }
    }

    /// One amount at `k`, with what it measures.
    fn side(&self, k: usize, allow_article: bool) -> Option<Side> {
        let mut k0 = k;
        if self.is_sym(k0, '~') {
            k0 += 1;
        }
        // "MAUD 60", "kEUR 250": a code with a scale letter
        if let Some((cur, p)) = self.tok(k0).and_then(|t| scaled_currency_code(self.raw(t))) {
            if let Some(n) = self
                .np
                .parse(k0 + 1, false)
                .filter(|n| n.mult.is_none() && !n.ordinal && !n.year_like)
            {
                if self.tok(k0 + 1).is_some_and(|t| t.kind == Kind::Num) && self.ends_phrase(n.end)
                {
                    return Some(Side {
                        start: k0,
                        end: n.end,
                        value: n.value.checked_scale_up(p)?,
                        num: n,
                        prefix: true,
                        suffix: Suffix::Money {
                            cur: Some(cur),
                            minor: None,
                        },
                    });
                }
            }
        }
        if let Some((cur, after)) = self.money_prefix(k0) {
            let n = self.np.parse(after, true)?;
            if n.ordinal {
                return None;
            }
            // a named currency before the amount takes only an amount that
            // ends the phrase: not "the Swiss franc 2 percent higher"
            if self.word(k0).is_some()
                && self.tok(after - 1).is_some_and(|t| t.kind == Kind::Word)
                && self.word(after - 1).and_then(currency_noun).is_some()
                && (n.year_like || !self.ends_phrase(n.end))
            {
                return None;
            }
            let mut value = n.value;
            let mut end = n.end;
            let mut cur = cur;
            // a glued word after the digits that is no multiplier: junk
            if self
                .tok(end)
                .is_some_and(|t| t.kind == Kind::Word && !t.space_before())
            {
                if let Some((c2, e2)) = self.money_suffix(&n, end) {
                    if let Suffix::Money { cur: c, .. } = c2 {
                        cur = cur.or(c);
                    }
                    end = e2;
                } else {
                    return None;
                }
            } else if let Some((
                Suffix::Money {
                    cur: c,
                    minor: None,
                },
                e2,
            )) = self.money_suffix(&n, end)
            {
                // "$10 dollars", "US$ 10 USD"
                if c == cur || c.is_none() {
                    end = e2;
                }
            }
            if let Some((v2, e2)) = self.cents(value, n.mult, end) {
                value = v2;
                end = e2;
            }
            return Some(Side {
                start: k0,
                end,
                value,
                num: n,
                prefix: true,
                suffix: Suffix::Money { cur, minor: None },
            });
        }
        let t = self.tok(k0)?;
        // "all week", "a full month", "the whole day": one unit of time
        if t.kind == Kind::Word && matches!(self.low(t), "all" | "full" | "whole" | "entire") {
            let mut k1 = k0 + 1;
            if self.tok(k1).is_some_and(|x| x.dash()) && self.glued(k1) {
                k1 += 1;
            }
            if let Some(u) = self.word(k1) {
                if let Some((_, UnitKind::Time(unit, f))) = unit_of(u, u, false) {
                    let singular = matches!(
                        u,
                        "second"
                            | "minute"
                            | "hour"
                            | "day"
                            | "night"
                            | "week"
                            | "month"
                            | "year"
                            | "decade"
                            | "century"
                    );
                    let compound = self
                        .tok(k1 + 1)
                        .is_some_and(|x| x.dash() && self.glued(k1 + 1));
                    if singular && !compound {
                        let one = Num::in_words(d(1), k0, k0 + 1, None);
                        return Some(Side {
                            start: k0,
                            end: k1 + 1,
                            value: d(f as i64),
                            num: one,
                            prefix: false,
                            suffix: Suffix::Time(unit),
                        });
                    }
                }
            }
        }
        // "a"/"an"/"another" as one before a unit: "for a year"
        if t.kind == Kind::Word && matches!(self.low(t), "a" | "an" | "another") {
            let article_num = Num::in_words(d(1), k0, k0 + 1, None);
            if allow_article || self.low(t) == "another" {
                if let Some((s, e, v)) = self.unit_suffix(&article_num, k0 + 1) {
                    if self.low(t) != "another" || matches!(s, Suffix::Time(_)) {
                        return Some(Side {
                            start: k0,
                            end: e,
                            value: v,
                            num: article_num,
                            prefix: false,
                            suffix: s,
                        });
                    }
                }
            }
            // "a nickel", "a dime", "a grand", "a dollar"
            if let Some((Suffix::Money { cur, minor }, e, v)) = self.coins(&article_num, k0 + 1) {
                return Some(Side {
                    start: k0,
                    end: e,
                    value: v,
                    num: article_num,
                    prefix: false,
                    suffix: Suffix::Money { cur, minor },
                });
            }
            if let Some((Suffix::Money { cur, minor }, e)) = self.money_suffix(&article_num, k0 + 1)
            {
                if allow_article || k0 == 0 {
                    return Some(Side {
                        start: k0,
                        end: e,
                        value: d(1),
                        num: article_num,
                        prefix: false,
                        suffix: Suffix::Money { cur, minor },
                    });
                }
            }
        }
        // "thousand litres": a bare scale word as the amount of a unit of
        // measure (not after "of", a number or an article)
        if let Some(p) = self
            .word(k0)
            .filter(|w| matches!(*w, "hundred" | "thousand" | "million" | "billion"))
            .map(|w| {
                if w == "hundred" {
                    2
                } else {
                    scale_word(w).unwrap_or(0)
                }
            })
            .filter(|&p| p > 0)
        {
            let before_ok = k0 == 0
                || self.toks[k0 - 1].kind == Kind::Sym
                || self.word(k0 - 1).is_some_and(|w| {
                    !matches!(
                        w,
                        "of" | "a" | "an" | "the" | "one" | "per" | "some" | "several"
                    ) && small_cardinal(w).is_none()
                        && tens(w).is_none()
                        && scale_word(w).is_none()
                        && w != "hundred"
                        && w != "dozen"
                });
            let bare = Num::in_words(d(1).checked_scale_up(p)?, k0, k0 + 1, Some(p));
            if before_ok && self.tok(k0 + 1).is_some_and(|t| t.space_before()) {
                if let Some((s @ Suffix::Unit(_), e, v)) = self.unit_suffix(&bare, k0 + 1) {
                    return Some(Side {
                        start: k0,
                        end: e,
                        value: v,
                        num: bare,
                        prefix: false,
                        suffix: s,
                    });
                }
            }
        }
        let n = self.np.parse(k0, false)?;
        // "second" is a unit of time after "a"/"per"
        if n.ordinal
            && n.end == n.start + 1
            && self.word(n.start) == Some("second")
            && n.start > 0
            && matches!(
                self.word(n.start - 1),
                Some(
                    "a" | "per"
                        | "every"
                        | "each"
                        | "split"
                        | "one"
                        | "fraction"
                        | "nano"
                        | "milli"
                )
            )
        {
            return None;
        }
        let (suffix, end, value) = self.suffix(&n)?;
        Some(Side {
            start: k0,
            end,
            value,
            num: n,
            prefix: false,
            suffix,
        })
    }

    /// Cents after a whole amount of money: "3 dollars 50 cents", "20
    /// dollar 43", "US$3 and fourteen".
    fn cents(&self, value: Decimal, mult: Option<u32>, end: usize) -> Option<(Decimal, usize)> {
        if mult.is_some() || !value.is_integer() {
            return None;
        }
        let mut k = end;
        let and = self.word(k) == Some("and");
        if and {
            k += 1;
        }
        let t = self.tok(k)?;
        if !t.space_before() && k == end {
            return None;
        }
        let n = self.np.parse(k, false)?;
        if n.mult.is_some()
            || n.ordinal
            || n.value < d(1)
            || n.value >= d(100)
            || !n.value.is_integer()
        {
            return None;
        }
        if let Some(w) = self.word(n.end) {
            if minor_unit(w) == Some("mao") {
                // Chinese money: a mao is a tenth of a yuan and a bare
                // number after it counts fen, hundredths ("one kuai five
                // mao five" is 1.55)
                if n.value >= d(10) {
                    return None;
                }
                let mut v = value.checked_add(n.value.checked_mul(Decimal::new(1, 1)?)?)?;
                let mut e = n.end + 1;
                if let Some(f) = self
                    .np
                    .parse(e, false)
                    .filter(|f| f.mult.is_none() && !f.ordinal && f.value.is_integer())
                    .filter(|f| f.value >= d(1) && f.value < d(10) && self.ends_phrase(f.end))
                {
                    v = v.checked_add(f.value.checked_mul(Decimal::new(1, 2)?)?)?;
                    e = f.end;
                    if self.word(e) == Some("fen") {
                        e += 1;
                    }
                }
                return Some((v, e));
            }
            if minor_unit(w).is_some() {
                return Some((
                    value.checked_add(n.value.checked_mul(Decimal::new(1, 2)?)?)?,
                    n.end + 1,
                ));
            }
            // "15 USD 50 more": the cents end the phrase
            if and || w == "of" || !self.ends_phrase(n.end) && !matches!(w, "more" | "less") {
                return None;
            }
        }
        if self.tok(n.end).is_some_and(|t| t.kind == Kind::Num) {
            return None;
        }
        Some((
            value.checked_add(n.value.checked_mul(Decimal::new(1, 2)?)?)?,
            n.end,
        ))
    }

    /// What follows the number `n`: the suffix, end token and value
    /// (scaled by a unit factor such as a fortnight's 2 weeks).
    fn suffix(&self, n: &Num) -> Option<(Suffix, usize, Decimal)> {
        let k = n.end;
        if n.ordinal {
            return Some((Suffix::Ordinal, k, n.value));
        }
        if n.ratio {
            return Some((Suffix::None, k, n.value));
        }
        let next = self.tok(k);
        // what is on the next line measures nothing of this number
        if next.is_some_and(|t| t.line_before()) {
            return Some((Suffix::None, k, n.value));
        }
        // ordinal suffix on digits: 52nd, 1st
        if let Some(t) = next.filter(|t| t.kind == Kind::Word && !t.space_before()) {
            if !n.words
                && n.mult.is_none()
                && n.value.is_integer()
                && n.value >= Decimal::ZERO
                && matches!(self.low(t), "st" | "nd" | "rd" | "th")
                && k == n.start + 1
            {
                return Some((Suffix::Ordinal, k + 1, n.value));
            }
        }
        if let Some(r) = self.percent(k) {
            return Some((
                Suffix::Percent {
                    points: r.1,
                    bp: false,
                },
                r.0,
                n.value,
            ));
        }
        // "25 basis points", "50bp": hundredths of a percentage point
        if let Some(e) = self.basis_points(k) {
            return Some((
                Suffix::Percent {
                    points: true,
                    bp: true,
                },
                e,
                n.value.checked_mul(Decimal::new(1, 2)?)?,
            ));
        }
        if let Some((s, e, v)) = self.coins(n, k) {
            return Some((s, e, v));
        }
        // "twenty MUSD", "250 kEUR"
        if let Some((cur, p)) = self.tok(k).and_then(|t| scaled_currency_code(self.raw(t))) {
            if n.mult.is_none() && self.tok(k).is_some_and(|t| t.space_before()) {
                return Some((
                    Suffix::Money {
                        cur: Some(cur),
                        minor: None,
                    },
                    k + 1,
                    n.value.checked_scale_up(p)?,
                ));
            }
        }
        if let Some((s, e)) = self.money_suffix(n, k) {
            let mut value = n.value;
            let mut end = e;
            // "75 USD million"
            if n.mult.is_none() {
                if let Some(p) = self.word(end).and_then(scale_word) {
                    value = value.checked_scale_up(p)?;
                    end += 1;
                }
            }
            if let Suffix::Money { minor: None, .. } = s {
                if let Some((v2, e2)) = self.cents(value, n.mult, end) {
                    value = v2;
                    end = e2;
                }
            }
            return Some((s, end, value));
        }
        if let Some(r) = self.unit_suffix(n, k) {
            return Some(r);
        }
        // "half an hour", "half a liter", "half a percentage point"
        if n.words && n.value < d(1) && matches!(self.word(k), Some("a") | Some("an")) {
            if let Some(r) = self.percent(k + 1) {
                return Some((
                    Suffix::Percent {
                        points: r.1,
                        bp: false,
                    },
                    r.0,
                    n.value,
                ));
            }
            if let Some(r) = self.unit_suffix(n, k + 1) {
                return Some(r);
            }
        }
        // "three quarters of an hour", "a quarter of a mile"
        if n.words && !n.value.is_integer() && self.word(k) == Some("of") {
            let k2 = if matches!(self.word(k + 1), Some("a") | Some("an")) {
                k + 2
            } else {
                k + 1
            };
            if let Some(r) = self.unit_suffix(n, k2) {
                return Some(r);
            }
        }
        // a glued word that is nothing we know: an identifier
        if let Some(t) = next.filter(|t| t.kind == Kind::Word && !t.space_before()) {
            if !n.words {
                if self.low(t) == "s" || self.low(t) == "'s" {
                    return Some((Suffix::None, k + 1, n.value));
                }
                return None;
            }
        }
        if let Some((noun, e)) = self.count_noun(n, k) {
            return Some((Suffix::Count(noun), e, n.value));
        }
        Some((Suffix::None, k, n.value))
    }

    /// "basis points", "basis-point", "bps", "bp" at `k`: the end token.
    fn basis_points(&self, k: usize) -> Option<usize> {
        let mut k = k;
        if self.tok(k)?.dash() && self.glued(k + 1) {
            k += 1;
        }
        match self.word(k)? {
            "bp" | "bps" => Some(k + 1),
            "basis" => {
                let mut j = k + 1;
                if self.tok(j).is_some_and(|t| t.dash()) && self.glued(j) {
                    j += 1;
                }
                matches!(self.word(j), Some("point") | Some("points")).then_some(j + 1)
            }
            _ => None,
        }
    }

    /// "%", "percent", "per cent", "pct", "percentage points": end token and
    /// whether these are percentage points.
    fn percent(&self, k: usize) -> Option<(usize, bool)> {
        let t = self.tok(k)?;
        if t.sym('%') {
            return Some((k + 1, false));
        }
        let mut k = k;
        // "5-percentage-point"
        if t.dash() && !t.space_before() && self.word(k + 1).is_some() && self.glued(k + 1) {
            k += 1;
        }
        let w = self.word(k)?;
        let e = match w {
            "percent" | "percents" | "pct" | "pc" => k + 1,
            "per" if matches!(self.word(k + 1), Some("cent") | Some("cents")) => k + 2,
            "percentage" => k + 1,
            _ => return None,
        };
        let mut j = e;
        if self.tok(j).is_some_and(|t| t.dash()) && self.glued(j) {
            j += 1;
        }
        if matches!(self.word(j), Some("point") | Some("points")) {
            return Some((j + 1, true));
        }
        if w == "pct" && self.is_sym(e, '.') {
            return Some((e + 1, false));
        }
        Some((e, false))
    }

    /// An adjective (or country) before a currency noun at `k`: its
    /// normalised text and the index after it. Up to two words, or "U.S.".
    fn adjectives(&self, k: usize) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        if self.word(k) == Some("u")
            && self.is_sym(k + 1, '.')
            && self.word(k + 2) == Some("s")
            && self.is_sym(k + 3, '.')
        {
            out.push(("us".to_string(), k + 4));
        }
        if self.word(k) == Some("u")
            && self.is_sym(k + 1, '.')
            && self.word(k + 2) == Some("k")
            && self.is_sym(k + 3, '.')
        {
            out.push(("uk".to_string(), k + 4));
        }
        if let (Some(a), Some(b)) = (self.word(k), self.word(k + 1)) {
            if self.tok(k + 1).is_some_and(|t| t.space_before()) {
                out.push((format!("{a} {b}"), k + 2));
            }
            if let Some(c) = self.word(k + 2) {
                out.push((format!("{a} {b} {c}"), k + 3));
            }
        }
        if let Some(a) = self.word(k) {
            out.push((a.to_string(), k + 1));
        }
        out
    }

    /// A currency written after the number `n` at `k`: the suffix and end.
    fn money_suffix(&self, n: &Num, k: usize) -> Option<(Suffix, usize)> {
        let t = self.tok(k)?;
        if t.kind == Kind::Sym {
            let c = currency_symbol(t.ch)?;
            // "10 $" but not "10 $20"
            if self
                .tok(k + 1)
                .is_some_and(|x| x.kind == Kind::Num && !x.space_before())
            {
                return None;
            }
            return Some((
                Suffix::Money {
                    cur: c,
                    minor: None,
                },
                k + 1,
            ));
        }
        if t.kind != Kind::Word {
            return None;
        }
        if let Some((code, e)) = self.egyptian_pound(k) {
            return Some((
                Suffix::Money {
                    cur: Some(code),
                    minor: None,
                },
                e,
            ));
        }
        // ISO code: "42 KWD", "20 usd"; not a name in the possessive
        // ("AMD's")
        if let Some(c) =
            currency_code(self.raw(t)).filter(|_| self.possessive_mark(k + 1).is_none())
        {
            return Some((
                Suffix::Money {
                    cur: c,
                    minor: None,
                },
                k + 1,
            ));
        }
        // minor units: "fifty cents", "43c", "210 pence"
        if let Some(m) = minor_unit(self.low(t)).filter(|_| self.raw(t) != "C" || t.space_before())
        {
            let single = self.low(t).len() <= 2;
            if !single || (!t.space_before() && !self.glued_word_after(k)) {
                return Some((
                    Suffix::Money {
                        cur: None,
                        minor: Some(m),
                    },
                    k + 1,
                ));
            }
        }
        // adjective + noun: "US dollars", "Finnish markka"
        for (adj, after) in self.adjectives(k) {
            if let Some(noun) = self.word(after).and_then(currency_noun) {
                if let Some(code) = adjective_currency(&adj, noun) {
                    return Some((
                        Suffix::Money {
                            cur: Some(code),
                            minor: None,
                        },
                        after + 1,
                    ));
                }
            }
        }
        let noun = currency_noun(self.low(t))?;
        let mut end = k + 1;
        if noun == "pound" && self.word(end) == Some("sterling") {
            return Some((
                Suffix::Money {
                    cur: Some("GBP"),
                    minor: None,
                },
                end + 1,
            ));
        }
        if noun_needs_context(noun) {
            let of_after = self.word(end) == Some("of");
            if n.mult.is_none() || of_after {
                return None;
            }
        }
        if noun == "rupee" && self.low(t) == "rs" && self.is_sym(end, '.') {
            end += 1;
        }
        let cur = match noun {
            "buck" | "bitcoin" | "franc" | "peso" | "dinar" | "dirham" | "riyal" | "shilling"
            | "krone" | "crown" | "manat" | "kwacha" => None,
            _ => noun_currency(noun),
        };
        Some((Suffix::Money { cur, minor: None }, end))
    }

    /// Coins and slang: "five nickels", "ten dimes", "10 grand".
    fn coins(&self, n: &Num, k: usize) -> Option<(Suffix, usize, Decimal)> {
        let w = self.word(k)?;
        let (unit, cur) = match w {
            "nickel" | "nickels" => (Decimal::new(5, 2)?, Some("USD")),
            "dime" | "dimes" => (Decimal::new(1, 1)?, Some("USD")),
            "grand" => {
                // "10 grand" but not "a grand jury"
                if self.word(k + 1).is_some() {
                    return None;
                }
                (d(1000), Some("USD"))
            }
            _ => return None,
        };
        if self.word(k + 1) == Some("of") {
            return None;
        }
        Some((
            Suffix::Money { cur, minor: None },
            k + 1,
            n.value.checked_mul(unit)?,
        ))
    }

    /// A unit of measure or time after `n` at `k` (possibly hyphenated:
    /// "10-year", "155-mm"): suffix, end and value.
    fn unit_suffix(&self, n: &Num, k: usize) -> Option<(Suffix, usize, Decimal)> {
        let mut k = k;
        let t = self.tok(k)?;
        let mut hyphen = false;
        if t.dash() && !t.space_before() && self.glued(k + 1) && self.word(k + 1).is_some() {
            k += 1;
            hyphen = true;
        }
        let glued = !self.tok(k)?.space_before() && !hyphen;
        // "for 10D", "lasted 2W", "grown for 3Y": a letter glued to the
        // digits after a word that takes a length of time
        if glued && !n.words && n.start > 0 {
            let letter = self.tok(k).filter(|t| t.kind == Kind::Word);
            let before = self.word(n.start - 1);
            let time_word = matches!(
                before,
                Some(
                    "for"
                        | "lasted"
                        | "lasting"
                        | "lasts"
                        | "took"
                        | "takes"
                        | "spent"
                        | "within"
                        | "after"
                )
            );
            let end_after = !self
                .tok(k + 1)
                .is_some_and(|x| !x.space_before() && x.kind != Kind::Sym);
            if let Some(t) = letter.filter(|_| time_word && end_after) {
                let unit = match self.low(t) {
                    "d" => Some("day"),
                    "w" => Some("week"),
                    "y" => Some("year"),
                    _ => None,
                };
                if let Some(u) = unit {
                    return Some((Suffix::Time(u), k + 1, n.value));
                }
            }
        }
        // "all week", "a full year", "two more days", "10 extra minutes"
        let (u, mut end) = match self.unit_at(k, glued) {
            Some(x) => x,
            None => {
                let m = self.word(k)?;
                if !matches!(
                    m,
                    "more"
                        | "extra"
                        | "additional"
                        | "consecutive"
                        | "straight"
                        | "full"
                        | "whole"
                        | "entire"
                        | "long"
                        | "less"
                        | "further"
                        | "successive"
                        | "solid"
                        | "business"
                        | "working"
                        | "calendar"
                ) || hyphen
                {
                    return None;
                }
                match self.unit_at(k + 1, false)? {
                    // "five business days", "ten working days": days the
                    // offices are open, a unit of their own
                    (UnitMatch::Time("day", 1), e) if matches!(m, "business" | "working") => {
                        (UnitMatch::Time("business_day", 1), e)
                    }
                    x @ (UnitMatch::Time(..), _) => x,
                    _ => return None,
                }
            }
        };
        let mut value = n.value;
        match u {
            UnitMatch::Measure(sym, negate) => {
                if negate {
                    value = value.checked_mul(d(-1))?;
                }
                Some((Suffix::Unit(sym), end, value))
            }
            UnitMatch::Time(unit, factor) => {
                value = value.checked_mul(d(factor as i64))?;
                // ages: "five years old", "10-year-old", "3 years of age"
                let mut a = end;
                if self.tok(a).is_some_and(|t| t.dash()) && self.glued(a) {
                    a += 1;
                }
                if self.word(a) == Some("old") {
                    return Some((Suffix::Age(unit), a + 1, value));
                }
                if self.word(end) == Some("of") && self.word(end + 1) == Some("age") {
                    return Some((Suffix::Age(unit), end + 2, value));
                }
                // "an hour and a half", "a year and a quarter", "two
                // days and three quarters"
                if self.word(end) == Some("and")
                    && matches!(
                        self.word(end + 1),
                        Some("a" | "half" | "quarter" | "three" | "one")
                    )
                {
                    let h = if matches!(self.word(end + 1), Some("a" | "one" | "three")) {
                        end + 2
                    } else {
                        end + 1
                    };
                    let frac = match (self.word(end + 1), self.word(h)) {
                        (Some("a" | "half" | "one"), Some("half")) => Decimal::new(5, 1),
                        (Some("a" | "quarter" | "one"), Some("quarter")) => Decimal::new(25, 2),
                        (Some("three"), Some("quarters")) => Decimal::new(75, 2),
                        _ => None,
                    };
                    // not "a day and a half hour", "a year and a quarter of it"
                    let unit_after = self.tok(h + 1).is_some_and(|t| {
                        t.kind == Kind::Word
                            && (unit_of(self.raw(t), self.low(t), false).is_some()
                                || self.low(t) == "of")
                    });
                    if let Some(frac) = frac.filter(|_| value.is_integer() && !unit_after) {
                        value = value.checked_add(frac.checked_mul(d(factor as i64))?)?;
                        end = h + 1;
                    }
                }
                // "1 hour thirty", "2 hours and 15"
                if unit == "hour" && value.is_integer() {
                    let mut m = end;
                    if self.word(m) == Some("and") {
                        m += 1;
                    }
                    if self.tok(m).is_some_and(|t| t.space_before()) {
                        if let Some(mn) = self.np.parse(m, false) {
                            let after_ok = match self.tok(mn.end) {
                                None => true,
                                Some(t) => t.kind == Kind::Sym || is_function_word(self.low(t)),
                            };
                            if after_ok
                                && mn.mult.is_none()
                                && !mn.ordinal
                                && mn.value.is_integer()
                                && mn.value >= d(1)
                                && mn.value < d(60)
                            {
                                let total = value.checked_mul(d(60))?.checked_add(mn.value)?;
                                return Some((Suffix::Time("minute"), mn.end, total));
                            }
                        }
                    }
                }
                Some((Suffix::Time(unit), end, value))
            }
        }
    }

    /// A unit word (or symbol) at `k`.
    /// Whether a word is glued to the end of the token at `k` ("Cx").
    fn glued_word_after(&self, k: usize) -> bool {
        self.tok(k + 1)
            .is_some_and(|x| !x.space_before() && x.kind == Kind::Word)
    }

    fn unit_at(&self, k: usize, glued: bool) -> Option<(UnitMatch, usize)> {
        let t = self.tok(k)?;
        if t.kind == Kind::Sym {
            return match t.ch {
                '°' | 'º' => {
                    let mut e = k + 1;
                    let sym = match self.tok(e) {
                        Some(x) if self.raw(x) == "C" || self.low(x) == "celsius" => {
                            e += 1;
                            "°C"
                        }
                        Some(x) if self.raw(x) == "F" || self.low(x) == "fahrenheit" => {
                            e += 1;
                            "°F"
                        }
                        _ => "°",
                    };
                    Some((UnitMatch::Measure(sym.to_string(), false), e))
                }
                '℃' => Some((UnitMatch::Measure("°C".into(), false), k + 1)),
                '℉' => Some((UnitMatch::Measure("°F".into(), false), k + 1)),
                '"' | '″' if glued => Some((UnitMatch::Measure("in".into(), false), k + 1)),
                _ => None,
            };
        }
        if t.kind != Kind::Word {
            return None;
        }
        // "45C", "113F": a capital C or F glued to the digits is a
        // temperature (a lower-case "c" is cents)
        if glued && (self.raw(t) == "C" || self.raw(t) == "F") && !self.glued_word_after(k) {
            let sym = if self.raw(t) == "C" { "°C" } else { "°F" };
            return Some((UnitMatch::Measure(sym.into(), false), k + 1));
        }
        let w = self.low(t);
        // square / cubic
        if let Some(pow) = area_volume_prefix(w) {
            let mut j = k + 1;
            if self.is_sym(j, '.') {
                j += 1;
            }
            let u = self.tok(j)?;
            let (sym, kind) = unit_of(self.raw(u), self.low(u), false)?;
            if kind != UnitKind::Measure
                || !matches!(
                    sym,
                    "mm" | "cm" | "m" | "km" | "in" | "ft" | "yd" | "mi" | "dm" | "nm"
                )
            {
                return None;
            }
            return Some((UnitMatch::Measure(format!("{sym}{pow}"), false), j + 1));
        }
        // degrees Celsius / below zero
        if matches!(w, "degree" | "degrees" | "deg") {
            let mut e = k + 1;
            if w == "deg" && self.is_sym(e, '.') {
                e += 1;
            }
            let sym = match self.tok(e) {
                Some(x)
                    if self.raw(x) == "C"
                        || matches!(self.low(x), "celsius" | "centigrade" | "c") =>
                {
                    e += 1;
                    "°C"
                }
                Some(x)
                    if self.raw(x) == "F"
                        || matches!(self.low(x), "fahrenheit" | "farenheit" | "f") =>
                {
                    e += 1;
                    "°F"
                }
                Some(x) if self.low(x) == "kelvin" => {
                    e += 1;
                    "K"
                }
                _ => "°",
            };
            let below = self.word(e) == Some("below") && self.word(e + 1) == Some("zero");
            return Some((
                UnitMatch::Measure(sym.into(), below),
                if below { e + 2 } else { e },
            ));
        }
        if w == "below" && self.word(k + 1) == Some("zero") {
            return Some((UnitMatch::Measure("°".into(), true), k + 2));
        }
        if w == "british"
            && self.word(k + 1) == Some("thermal")
            && matches!(self.word(k + 2), Some("unit") | Some("units"))
        {
            return Some((UnitMatch::Measure("BTU".into(), false), k + 3));
        }
        if w == "nautical" && matches!(self.word(k + 1), Some("mile") | Some("miles")) {
            return Some((UnitMatch::Measure("nmi".into(), false), k + 2));
        }
        if w == "metric"
            && matches!(
                self.word(k + 1),
                Some("ton") | Some("tons") | Some("tonnes")
            )
        {
            return Some((UnitMatch::Measure("t".into(), false), k + 2));
        }
        if matches!(w, "light")
            && self.tok(k + 1).is_some_and(|t| t.dash())
            && matches!(self.word(k + 2), Some("year") | Some("years"))
        {
            return Some((UnitMatch::Measure("ly".into(), false), k + 3));
        }
        if w == "in" {
            // "5 in" is an inch only glued or at the end of a clause, or
            // after feet: "5 ft 2 in"
            let end_clause = self
                .tok(k + 1)
                .is_none_or(|x| x.kind == Kind::Sym && !matches!(x.ch, '$' | '€' | '£'));
            if glued || end_clause {
                return Some((UnitMatch::Measure("in".into(), false), k + 1));
            }
            return None;
        }
        // "k.g.", "k.gs": kilograms with dots
        if w == "k"
            && self.is_sym(k + 1, '.')
            && self.glued(k + 1)
            && self.glued(k + 2)
            && matches!(self.word(k + 2), Some("g" | "gs"))
        {
            let e = if self.is_sym(k + 3, '.') && self.glued(k + 3) {
                k + 4
            } else {
                k + 3
            };
            return Some((UnitMatch::Measure("kg".into(), false), e));
        }
        // words that are units only glued to the digits
        if !glued
            && matches!(w, "b" | "d" | "s" | "y" | "w" | "p" | "c" | "f" | "k")
            && !(self.raw(t) == "C" || self.raw(t) == "F")
        {
            return None;
        }
        if !glued && (self.raw(t) == "C" || self.raw(t) == "F") {
            // "30 C" but not "Group 3 C Company"
            if self.tok(k + 1).is_some_and(|x| {
                x.kind == Kind::Word
                    && x.space_before()
                    && self.raw(x).chars().next().is_some_and(|c| c.is_uppercase())
            }) {
                return None;
            }
        }
        let (sym, kind) = unit_of(self.raw(t), w, glued)?;
        let mut e = k + 1;
        match kind {
            UnitKind::Time(unit, factor) => {
                // "h" and "min" spelled out; "3 mo" fine
                if matches!(w, "h")
                    && !glued
                    && self.tok(e).is_some_and(|x| {
                        x.kind == Kind::Word && x.space_before() && self.low(x) != "and"
                    })
                {
                    return None;
                }
                Some((UnitMatch::Time(unit, factor), e))
            }
            UnitKind::Measure => {
                let mut sym = sym.to_string();
                // powers: km2, km², km^2, km squared
                if let Some(x) = self.tok(e).filter(|x| !x.space_before()) {
                    if x.kind == Kind::Num
                        && (self.raw(x) == "2" || self.raw(x) == "3")
                        && matches!(
                            sym.as_str(),
                            "mm" | "cm" | "m" | "km" | "ft" | "mi" | "in" | "yd"
                        )
                    {
                        sym.push(if self.raw(x) == "2" { '²' } else { '³' });
                        e += 1;
                    } else if x.sym('²') || x.sym('³') {
                        sym.push(x.ch);
                        e += 1;
                    } else if x.sym('^')
                        && self
                            .tok(e + 1)
                            .is_some_and(|p| self.raw(p) == "2" || self.raw(p) == "3")
                    {
                        sym.push(if self.raw(&self.toks[e + 1]) == "2" {
                            '²'
                        } else {
                            '³'
                        });
                        e += 2;
                    }
                }
                if self.word(e) == Some("squared") {
                    sym.push('²');
                    e += 1;
                } else if self.word(e) == Some("cubed") {
                    sym.push('³');
                    e += 1;
                }
                // per: km/h, l/km, "kilometres per hour"
                let per = ((self.is_sym(e, '/') && self.glued(e) && self.glued(e + 1))
                    || self.word(e) == Some("per"))
                .then_some(e + 1);
                if let Some(p) = per {
                    if let Some(x) = self.tok(p).filter(|x| x.kind == Kind::Word) {
                        if let Some((s2, k2)) = unit_of(self.raw(x), self.low(x), true) {
                            let s2 = match k2 {
                                UnitKind::Time(u, _) => match u {
                                    "second" => "s",
                                    "minute" => "min",
                                    "hour" => "h",
                                    "day" => "d",
                                    "week" => "wk",
                                    "month" => "mo",
                                    _ => "yr",
                                },
                                UnitKind::Measure => s2,
                            };
                            sym = match (sym.as_str(), s2) {
                                ("mi", "h") => "mph".into(),
                                _ => format!("{sym}/{s2}"),
                            };
                            e = p + 1;
                        }
                    }
                }
                // "pounds" of weight vs money is decided by the caller
                // order: money first
                let _ = &mut e;
                Some((UnitMatch::Measure(sym, false), e))
            }
        }
    }

    /// The counted noun after a number at `k`: the noun (lower-cased) and
    /// the end token.
    fn count_noun(&self, n: &Num, k: usize) -> Option<(String, usize)> {
        if n.year_like || n.ordinal {
            return None;
        }
        let first = self.tok(k)?;
        if first.kind != Kind::Word || !first.space_before() {
            return None;
        }
        let mut words: Vec<usize> = Vec::new();
        // possessive modifiers ("five women's basketball players"): never
        // the head, but the phrase goes on
        let mut possessive: Vec<usize> = Vec::new();
        let mut j = k;
        while words.len() < 4 {
            let Some(t) = self.tok(j) else { break };
            if t.kind != Kind::Word || (j > k && !t.space_before()) {
                break;
            }
            if is_function_word(self.low(t))
                || is_calendar_word(self.low(t))
                || self.low(t).ends_with("ly")
            {
                break;
            }
            if small_cardinal(self.low(t)).is_some()
                || scale_word(self.low(t)).is_some()
                || ordinal_word(self.low(t)).is_some()
            {
                break;
            }
            words.push(j);
            if let Some(e) = self.possessive_mark(j + 1) {
                possessive.push(j);
                j = e;
                continue;
            }
            // a hyphenated word ends the phrase unless more follows
            if self.tok(j + 1).is_some_and(|x| !x.space_before()) {
                break;
            }
            j += 1;
        }
        if words.is_empty() {
            return None;
        }
        let plural = words.iter().position(|&w| {
            let low = self.low(&self.toks[w]);
            !possessive.contains(&w) && (is_irregular_plural(low) || looks_plural(low))
        });
        let head = match plural {
            Some(p) => words[p],
            None => {
                if n.value != d(1) {
                    return None;
                }
                let &w = words.iter().find(|&&w| {
                    let t = &self.toks[w];
                    self.raw(t).chars().next().is_some_and(|c| c.is_lowercase())
                        && !looks_adjective(self.low(t))
                })?;
                w
            }
        };
        // a hyphen glued after the head: "5 allies-led" is no count
        if self
            .tok(head + 1)
            .is_some_and(|x| !x.space_before() && x.dash())
        {
            return None;
        }
        Some((self.low(&self.toks[head]).to_string(), head + 1))
    }

    /// A possessive mark glued after a word, at `k` ("'s", "’s", or the
    /// bare apostrophe of "players'"): the token after it.
    fn possessive_mark(&self, k: usize) -> Option<usize> {
        let a = self
            .tok(k)
            .filter(|a| a.glued() && matches!(a.ch, '\'' | '’'))?;
        let _ = a;
        if self.word(k + 1) == Some("s") && self.glued(k + 1) {
            return Some(k + 2);
        }
        (!self
            .tok(k + 1)
            .is_some_and(|x| x.glued() && x.kind != Kind::Sym))
        .then_some(k + 1)
    }

    /// "dozens of protesters", "hundreds of thousands of refugees": a
    /// count at least as large as the smallest the plural allows (two
    /// dozen, two hundred, two thousand; "tens of thousands" is 20,000),
    /// hedged `at_least` unless a hedge is written. Only before "of" and a
    /// counted noun that is no currency ("millions of dollars" is left).
    fn vague_plural(&self, i: usize, j: usize, q: Option<Qualifier>) -> Option<(Fact, usize)> {
        let base: i64 = match self.word(j)? {
            "tens" => 20,
            "dozens" => 24,
            "scores" => 40,
            "hundreds" => 200,
            "thousands" => 2_000,
            "millions" => 2_000_000,
            _ => return None,
        };
        if self.tok(j)?.kind != Kind::Word || !self.is_word(j + 1, "of") {
            return None;
        }
        let mut value = d(base);
        let mut k = j + 2;
        // "hundreds of thousands of", "tens of millions of"
        let scale: Option<i64> = match self.word(k) {
            Some("thousands") => Some(1_000),
            Some("millions") => Some(1_000_000),
            _ => None,
        };
        if let Some(s) = scale {
            if !self.is_word(k + 1, "of") || base >= 1_000 {
                return None;
            }
            value = value.checked_mul(d(s))?;
            k += 2;
        } else if base == 20 {
            return None; // "tens of" alone is no amount
        }
        let n = Num::in_words(value, j, k, None);
        let (noun, end) = self.count_noun(&n, k)?;
        if currency_noun(&noun).is_some() || minor_unit(&noun).is_some() {
            return None;
        }
        // up to below the next vague word: "dozens" and "scores" below
        // "hundreds", "hundreds" below "thousands" (2,000), "thousands"
        // below "tens of thousands"
        let most = if matches!(base, 24 | 40) {
            d(199)
        } else {
            value.checked_mul(d(10))?.checked_add(d(-1))?
        };
        let mut f = Fact::new(
            FactKind::Count,
            self.span(i, end),
            FactValue::Vague(Vague { least: value, most }),
        );
        f.unit = Some(noun);
        f.qualifier = Some(q.unwrap_or(Qualifier::AtLeast));
        Some((f, end))
    }

    fn is_word(&self, k: usize, w: &str) -> bool {
        self.word(k) == Some(w)
    }

    /// A range after side `a`: "-", "to", "and" (when `between`) and a
    /// second side.
    fn range_tail(&self, a: &Side, between: bool) -> Option<(Side, usize)> {
        let k = a.end;
        let t = self.tok(k)?;
        let connector = t.dash()
            || (t.kind == Kind::Word
                && (self.low(t) == "to"
                    || self.low(t) == "through"
                    || (between && self.low(t) == "and")));
        if !connector {
            return None;
        }
        let mut j = k + 1;
        // "8- to 16-meter"
        if t.dash() && self.word(j) == Some("to") {
            j += 1;
        }
        let (_, _, jj) = self.qualifier(j);
        let j = if jj > j
            && matches!(
                self.word(j),
                Some("about") | Some("around") | Some("approximately")
            )
            || self.is_sym(j, '~')
        {
            jj
        } else {
            j
        };
        let b = self.side(j, false)?;
        if b.num.ordinal || a.num.ordinal || a.num.year_like || b.num.year_like {
            return None;
        }
        let end = b.end;
        Some((b, end))
    }

    /// Emits the facts of a range `a`–`b` (started at `i` with hedge `q`),
    /// or `None` when the two sides do not make one.
    fn emit_range(
        &self,
        i: usize,
        a: &Side,
        b: &Side,
        end: usize,
        q: Option<Qualifier>,
    ) -> Option<Vec<Fact>> {
        let span = self.span(i, end);
        // shared multiplier: "$5-10 million" (5 million), unless "5,000-10 million"
        let share = |av: Decimal| -> Decimal {
            match (a.num.mult, b.num.mult) {
                (None, Some(p)) if !a.num.words || a.num.value < d(1000) => {
                    let scaled = av.checked_scale_up(p).unwrap_or(av);
                    if scaled <= b.value {
                        scaled
                    } else {
                        av
                    }
                }
                _ => av,
            }
        };
        match (&a.suffix, &b.suffix) {
            (Suffix::Money { cur: c1, minor: m1 }, Suffix::Money { cur: c2, minor: m2 }) => {
                if c1.is_some() && c2.is_some() && c1 != c2 || m1 != m2 {
                    return None;
                }
                let min = share(a.value);
                if min > b.value {
                    return None;
                }
                let mut f = Fact::new(
                    FactKind::Money,
                    span,
                    FactValue::Money(Money::Range {
                        min,
                        max: b.value,
                        currency: c1.or(*c2).map(String::from),
                    }),
                );
                f.qualifier = q;
                f.unit = m1.map(String::from);
                Some(vec![f])
            }
            (Suffix::None, Suffix::Money { cur, minor })
            | (Suffix::Money { cur, minor }, Suffix::None) => {
                if !matches!(a.suffix, Suffix::None) && !a.prefix {
                    return None;
                }
                if matches!(a.suffix, Suffix::None)
                    && !self.tok(a.end).is_some_and(|t| t.dash())
                    && !matches!(self.word(a.end), Some("to") | Some("and"))
                {
                    return None;
                }
                let bv = if matches!(b.suffix, Suffix::None) {
                    // "$5-10 million": b is bare; if it has no multiplier take a's
                    match (a.num.mult, b.num.mult) {
                        (Some(p), None) => b.value.checked_scale_up(p)?,
                        _ => b.value,
                    }
                } else {
                    b.value
                };
                let min = if matches!(a.suffix, Suffix::None) || a.prefix {
                    share(a.value)
                } else {
                    a.value
                };
                if min > bv {
                    return None;
                }
                let mut f = Fact::new(
                    FactKind::Money,
                    span,
                    FactValue::Money(Money::Range {
                        min,
                        max: bv,
                        currency: cur.map(String::from),
                    }),
                );
                f.qualifier = q;
                f.unit = minor.map(String::from);
                Some(vec![f])
            }
            (Suffix::Unit(u1), Suffix::Unit(u2))
                if u1 == u2 || (u1 == "°" && u2.starts_with('°')) =>
            {
                let min = share(a.value);
                let (min, max) = if min <= b.value {
                    (min, b.value)
                } else if a.value < d(0) && b.value < d(0) {
                    (b.value, min)
                } else {
                    return None;
                };
                let mut f = Fact::new(
                    FactKind::Quantity,
                    span,
                    FactValue::Quantity(Quantity::Range {
                        min,
                        max,
                        unit: u2.clone(),
                    }),
                );
                f.qualifier = q;
                Some(vec![f])
            }
            (Suffix::None, Suffix::Unit(u)) => {
                if a.num.words != b.num.words && !a.num.words {
                    // fine: "3-five km" is odd but harmless
                }
                let min = share(a.value);
                if min > b.value {
                    return None;
                }
                let mut f = Fact::new(
                    FactKind::Quantity,
                    span,
                    FactValue::Quantity(Quantity::Range {
                        min,
                        max: b.value,
                        unit: u.clone(),
                    }),
                );
                f.qualifier = q;
                Some(vec![f])
            }
            (
                Suffix::None
                | Suffix::Percent { .. }
                | Suffix::Time(_)
                | Suffix::Count(_)
                | Suffix::Age(_),
                s2 @ (Suffix::Percent { .. } | Suffix::Time(_) | Suffix::Count(_) | Suffix::Age(_)),
            ) if (std::mem::discriminant(&a.suffix) == std::mem::discriminant(s2)
                // points and percent are different measures: "fell 0.5
                // percentage points to 4.1%" is a change, then a level
                && !matches!((&a.suffix, s2), (Suffix::Percent { points: p, .. }, Suffix::Percent { points: q, .. }) if p != q))
                || matches!(a.suffix, Suffix::None) =>
            {
                // one fact per end, both with the second's unit
                // "25 to 50 basis points": the first end is in basis points too
                let a_value = match (&a.suffix, s2) {
                    (Suffix::None, Suffix::Percent { bp: true, .. }) => {
                        share(a.value).checked_mul(Decimal::new(1, 2)?)?
                    }
                    _ => share(a.value),
                };
                let a2 = Side {
                    suffix: s2.clone(),
                    value: a_value,
                    ..a.clone()
                };
                let a_end = a.end;
                let mut fa = self.fact_of(&a2, self.span(i, a_end), q)?;
                if let Suffix::Time(_) | Suffix::Age(_) = s2 {
                    // the first end's value keeps its own unit factor
                    fa.qualifier = q;
                }
                let fb = self.fact_of(b, self.span(b.start, b.end), None)?;
                Some(vec![fa, fb])
            }
            _ => None,
        }
    }

    /// "between A and B", "from A to B" at `j` (hedge `q` from `i`).
    fn between(&self, j: usize, i: usize, q: Option<Qualifier>) -> Option<(Vec<Fact>, usize)> {
        let is_between = self.word(j) == Some("between");
        let (_, _, k) = self.qualifier(j + 1);
        let k = if self.is_sym(j + 1, '~') || k == j + 1 {
            k
        } else {
            j + 1
        };
        let a = self.side(k, false)?;
        let (b, end) = self.range_tail(&a, is_between)?;
        let conn = self.tok(a.end)?;
        if is_between && self.low(conn) != "and" {
            return None;
        }
        if !(is_between || self.low(conn) == "to" || conn.dash()) {
            return None;
        }
        let facts = self.emit_range(i, &a, &b, end, q)?;
        if facts.len() != 1 {
            return None;
        }
        Some((facts, end))
    }

    /// The fact of one side over `span`.
    fn fact_of(&self, s: &Side, span: Span, q: Option<Qualifier>) -> Option<Fact> {
        let mut f = match &s.suffix {
            Suffix::Money { cur, minor } => {
                let mut f = Fact::new(
                    FactKind::Money,
                    span,
                    FactValue::Money(Money::Amount {
                        amount: s.value,
                        currency: cur.map(String::from),
                    }),
                );
                f.unit = minor.map(String::from);
                f
            }
            Suffix::Percent { points, .. } => {
                let mut f = Fact::new(FactKind::Percent, span, FactValue::Number(s.value));
                if *points {
                    f.unit = Some("percentage point".into());
                }
                f
            }
            Suffix::Unit(u) => Fact::new(
                FactKind::Quantity,
                span,
                FactValue::Quantity(Quantity::Amount {
                    amount: s.value,
                    unit: u.clone(),
                }),
            ),
            Suffix::Age(u) => Fact::new(
                FactKind::Quantity,
                span,
                FactValue::Quantity(Quantity::Amount {
                    amount: s.value,
                    unit: (*u).to_string(),
                }),
            ),
            Suffix::Time(u) => {
                let (amount, unit) = whole_duration(s.value, u);
                Fact::new(
                    FactKind::Duration,
                    span,
                    FactValue::Duration(Duration::Amount {
                        amount,
                        unit: unit.to_string(),
                    }),
                )
            }
            Suffix::Ordinal => Fact::new(FactKind::Ordinal, span, FactValue::Number(s.value)),
            Suffix::Count(noun) => {
                let mut f = Fact::new(FactKind::Count, span, FactValue::Number(s.value));
                f.unit = Some(noun.clone());
                f
            }
            Suffix::None => Fact::new(FactKind::Number, span, FactValue::Number(s.value)),
        };
        f.qualifier = q;
        Some(f)
    }

    /// Emits side `a` (hedge `q` starting at `i`, amount at `j`), joining
    /// several units of time into one duration and several lengths or
    /// masses into one quantity.
    fn emit(
        &self,
        i: usize,
        j: usize,
        a: &Side,
        q: Option<Qualifier>,
        qword: Option<&str>,
    ) -> (Vec<Fact>, usize) {
        let mut start = i;
        let mut q = q;
        if let Suffix::Time(unit) = a.suffix {
            // "over 3 years" is a period, not a hedge
            if matches!(qword, Some("over") | Some("under")) && a.num.start == j {
                start = j;
                q = None;
            }
            // several units: "1 year, 1 month and 21 days"
            let mut parts: Vec<(Decimal, &'static str)> = vec![(a.value, unit)];
            let mut end = a.end;
            loop {
                let mut k = end;
                if self.is_sym(k, ',') {
                    k += 1;
                }
                if self.word(k) == Some("and") {
                    k += 1;
                }
                let Some(b) = self.side(k, false) else { break };
                let Suffix::Time(u2) = b.suffix else { break };
                if u2 == "business_day" || unit == "business_day" {
                    break;
                }
                // "3 months and 2 weeks and 2 days ago": the last part is a
                // date of its own
                if matches!(
                    self.word(b.end),
                    Some("ago" | "earlier" | "later" | "hence")
                ) {
                    break;
                }
                if unit_rank(u2) >= unit_rank(parts.last().map_or("second", |p| p.1)) {
                    break;
                }
                parts.push((b.value, u2));
                end = b.end;
                if parts.len() > 8 {
                    break;
                }
            }
            if parts.len() > 1 {
                // exactly one unit when every part converts exactly into
                // the smallest ("2 years, 3 months" is 27 months, "1 hour
                // 30 minutes" 90 minutes), so it compares with "27 months";
                // else ISO 8601 ("1 year, 1 month and 21 days")
                let value = match exact_total(&parts) {
                    Some((amount, unit)) => Duration::Amount {
                        amount,
                        unit: unit.to_string(),
                    },
                    None => Duration::Iso {
                        iso: iso_duration(&parts),
                    },
                };
                let mut f = Fact::new(
                    FactKind::Duration,
                    self.span(start, end),
                    FactValue::Duration(value),
                );
                f.qualifier = q;
                return (vec![f], end);
            }
        }
        // "5 feet 2 inches", "2 km and 1 metre": the sum in the smaller unit
        if let Suffix::Unit(u) = &a.suffix {
            if let Some((fam, mut size)) = unit_size(u) {
                let mut total = a.value;
                let mut unit = u.clone();
                let mut end = a.end;
                loop {
                    let mut k = end;
                    if self.is_sym(k, ',') {
                        k += 1;
                    }
                    if self.word(k) == Some("and") {
                        k += 1;
                    }
                    let Some(n) = self.np.parse(k, false) else {
                        break;
                    };
                    if n.ordinal || n.value < Decimal::ZERO {
                        break;
                    }
                    let Some((UnitMatch::Measure(u2, false), e)) = self.unit_at(n.end, true) else {
                        break;
                    };
                    let Some((fam2, size2)) = unit_size(&u2) else {
                        break;
                    };
                    if fam2 != fam || size2 >= size || size % size2 != 0 {
                        break;
                    }
                    let Some(t) = total
                        .checked_mul(d(size / size2))
                        .and_then(|t| t.checked_add(n.value))
                    else {
                        break;
                    };
                    total = t;
                    size = size2;
                    unit = u2;
                    end = e;
                }
                if end > a.end {
                    // in the smallest unit, exact: "5 feet 2 inches" is 62
                    // in (the reading of most suites, and no repeating
                    // decimals as 5.1666… ft would need)
                    let amount = total;
                    let mut f = Fact::new(
                        FactKind::Quantity,
                        self.span(start, end),
                        FactValue::Quantity(Quantity::Amount { amount, unit }),
                    );
                    f.qualifier = q;
                    return (vec![f], end);
                }
            }
        }
        // "2 degrees below zero" is already negative; "some" before a
        // non-number is no hedge (handled by parse failure)
        match self.fact_of(a, self.span(start, a.end), q) {
            Some(f) => (vec![f], a.end),
            None => (Vec::new(), a.end),
        }
    }
}

/// A unit of measure, negated ("below zero"), or of time with a factor.
enum UnitMatch {
    Measure(String, bool),
    Time(&'static str, u32),
}

/// A fractional amount of time in the largest smaller unit that makes it
/// whole ("1.5 hours" is 90 minutes, "half a day" 12 hours; a month counts
/// 30 days), so that equal durations written differently compare equal.
fn whole_duration(v: Decimal, unit: &'static str) -> (Decimal, &'static str) {
    let (mut v, mut unit) = (v, unit);
    for _ in 0..8 {
        if v.is_integer() {
            break;
        }
        let (next, f) = match unit {
            "century" => ("year", 100),
            "decade" => ("year", 10),
            "year" => ("month", 12),
            "month" => ("day", 30),
            "week" => ("day", 7),
            "day" => ("hour", 24),
            "hour" => ("minute", 60),
            "minute" => ("second", 60),
            _ => break,
        };
        match v.checked_mul(d(f)) {
            Some(x) => {
                v = x;
                unit = next;
            }
            None => break,
        }
    }
    (v, unit)
}

/// Size of a length or mass unit in its family's smallest unit, for
/// adding up "5 feet 2 inches" (family, size).
fn unit_size(u: &str) -> Option<(u8, i64)> {
    Some(match u {
        "in" => (0, 1),
        "ft" => (0, 12),
        "yd" => (0, 36),
        "mi" => (0, 63_360),
        "mm" => (1, 1),
        "cm" => (1, 10),
        "m" => (1, 1_000),
        "km" => (1, 1_000_000),
        "oz" => (2, 1),
        "lb" => (2, 16),
        "g" => (3, 1),
        "kg" => (3, 1_000),
        "t" => (3, 1_000_000),
        _ => return None,
    })
}

/// How many of the next smaller unit make one `u`, where that is exact
/// (a month has no exact number of weeks or days).
fn next_smaller(u: &str) -> Option<(&'static str, i64)> {
    Some(match u {
        "century" => ("decade", 10),
        "decade" => ("year", 10),
        "year" => ("month", 12),
        "week" => ("day", 7),
        "day" => ("hour", 24),
        "hour" => ("minute", 60),
        "minute" => ("second", 60),
        _ => return None,
    })
}

/// The sum of several parts in the smallest part's unit, when every part
/// converts into it exactly.
fn exact_total(parts: &[(Decimal, &'static str)]) -> Option<(Decimal, &'static str)> {
    let smallest = parts.iter().min_by_key(|p| unit_rank(p.1))?.1;
    let mut total = Decimal::ZERO;
    for (v, u) in parts {
        let mut v = *v;
        let mut u: &str = u;
        let mut steps = 0;
        while u != smallest {
            let (next, f) = next_smaller(u)?;
            v = v.checked_mul(d(f))?;
            u = next;
            steps += 1;
            if steps > 8 {
                return None;
            }
        }
        total = total.checked_add(v)?;
    }
    Some((total, smallest))
}

fn unit_rank(u: &str) -> u32 {
    match u {
        "second" => 0,
        "minute" => 1,
        "hour" => 2,
        "day" => 3,
        "week" => 4,
        "month" => 5,
        "year" => 6,
        "decade" => 7,
        "century" => 8,
        _ => 0,
    }
}

/// ISO 8601 duration of several parts in decreasing units.
fn iso_duration(parts: &[(Decimal, &str)]) -> String {
    let mut years = Decimal::ZERO;
    let mut date = String::new();
    let mut time = String::new();
    for (v, u) in parts {
        match *u {
            "century" => {
                years = years
                    .checked_add(v.checked_scale_up(2).unwrap_or(*v))
                    .unwrap_or(years)
            }
            "decade" => {
                years = years
                    .checked_add(v.checked_scale_up(1).unwrap_or(*v))
                    .unwrap_or(years)
            }
            "year" => years = years.checked_add(*v).unwrap_or(years),
            _ => {}
        }
    }
    if years != Decimal::ZERO {
        date.push_str(&format!("{years}Y"));
    }
    for (v, u) in parts {
        match *u {
            "month" => date.push_str(&format!("{v}M")),
            "week" => date.push_str(&format!("{v}W")),
            "day" => date.push_str(&format!("{v}D")),
            "hour" => time.push_str(&format!("{v}H")),
            "minute" => time.push_str(&format!("{v}M")),
            "second" => time.push_str(&format!("{v}S")),
            _ => {}
        }
    }
    if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    }
}

/// Whether a lower-cased word looks like a plural noun.
fn looks_plural(w: &str) -> bool {
    let n = w.chars().count();
    n > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("ous")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !matches!(
            w,
            "this"
                | "thus"
                | "always"
                | "perhaps"
                | "besides"
                | "whereas"
                | "sometimes"
                | "afterwards"
                | "overseas"
                | "news"
                | "its"
        )
        || matches!(w, "men" | "women")
}

/// Whether a lower-cased word looks like an adjective or participle.
fn looks_adjective(w: &str) -> bool {
    [
        "al", "ic", "ive", "ous", "ful", "ed", "ing", "ish", "ian", "ese", "less", "ary", "ern",
        "able", "ible", "ent", "ant",
    ]
    .iter()
    .any(|s| w.ends_with(s) && w.len() > s.len() + 2)
}

#[cfg(test)]
mod tests;

/// The first words of [`QUALIFIERS`]: most tokens start none, and are
/// rejected with one lookup.
fn qualifier_first_words() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        QUALIFIERS
            .iter()
            .filter_map(|(w, _)| w.first().copied())
            .collect()
    })
}
