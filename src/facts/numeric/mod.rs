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
//!   ISO 4217 code; bare "$", "dollars", nickels and dimes are the
//!   locale's dollar (USD by default; AUD in an Australian text, CAD in a
//!   Canadian one, USD where the local money is no dollar: Britain, India),
//!   "10 grand" the locale's money (GBP in Britain, EUR in Ireland, null
//!   where the slang has no settled currency), "pounds" is GBP only
//!   with a multiplier, "sterling" or an adjective (otherwise "5 pounds" is a
//!   weight; a word of paying or selling shortly before makes them money,
//!   past the first end of a range: "sold for 3-4 pounds each"), "bucks"
//!   the locale's dollar, "quid" GBP; a country's letters before a glued
//!   dollar sign name its dollar, before the amount or after it ("BZ$500",
//!   "500 BZ$", "3.14 US$", "NZ$2.5 million": BZD, USD, NZD); unknown or
//!   ambiguous ("francs", "pesos", "dinars", bitcoin) is null. Minor units alone ("fifty cents", "210
//!   pence") keep the amount in minor units with currency null and `unit`
//!   naming the minor unit ("cent", "penny"); with a major unit they add up
//!   ("3 dollars 50 cents" is 3.5 USD; "15 USD 50" is 15.5 USD; a mao is
//!   a tenth of a yuan and a number after it counts fen: "one kuai five
//!   mao five" is 1.55 CNY). A currency named before digits counts when
//!   the amount ends the phrase ("Malaysian ringgit 42", not "the Swiss
//!   franc 2 percent higher"); "L.E."/"LE" is EGP; a code with a scale
//!   letter ("MUSD 20", "250 kEUR") is millions or thousands. A bare
//!   "quarter"/"nickel" (a period, a metal) is no money; a bare "dime"
//!   that ends its phrase is ("not worth a dime", "every dime"). An
//!   article before a currency noun closing its phrase is one of it after
//!   a word of paying ("it costs a dollar", "paid a buck", "worth a
//!   pound", "fined a pound" is no weight); quarters are coins only right
//!   after a word of price, counted and ending the phrase ("cost four
//!   quarters", "sells for 2 quarters"; not "the last four quarters").
//!   A coin phrase that is the whole text ("quarter", "a quarter", "four
//!   quarters", "nickel": a price cell, a caption, an answer) is money:
//!   with no words around it, it has no other reading.
//! - Ranges: money and quantity give `{min, max}` (never a midpoint); a
//!   multiplier or unit written once is shared ("$5-10 million", "10-15
//!   km"). So do a count with its noun after the second end ("as many as
//!   35 to 40 firefighters", "between 35 and 40 firefighters": one `count`
//!   `{min, max}`, the hedge kept; not after "from", a change, nor a dash
//!   pair before a capitalised plural, a team's record: "the 0-14 Lions"),
//!   an age ("an 8- to 12-week-old fetus", "between 30 and 40 years old":
//!   a `quantity` range), and a length of time with a suspended hyphen
//!   ("two- to three-year terms": a `duration` `{min, max, unit}`). Other
//!   kinds give one fact per end ("3 to 5 years"). Two amounts joined by
//!   "and"/"or" before one unit ("45 and 50 mg", "3 or 4 percent") give
//!   one fact each, both with that unit. After a verb of change, "to"
//!   joins a change and a level or an old and a new level, never a range:
//!   "rose $12 to $2,010", "rose by $3 million to $41 million", "was
//!   raised from $30 to $35" are two facts each (after "by" or "from"
//!   only when the first amount has its own unit: "rose by 3 to 4
//!   percent" is a range of the change).
//! - Bounds: a strict bound may be intensified ("far below", "well over",
//!   "much less than", "slightly above", "a little over"); a hedge may
//!   follow a money figure, a count or a quantity ("$500 or more" at
//!   least, "30 people or fewer" at most, "2 million dollars or so"
//!   approx; not "$5 or more expensive"). A bound may reach over "the"
//!   to a figure the text refers to ("less than the $184 million
//!   reported", "more than the 30 deaths announced"): the fact is the
//!   bound, never the plain figure, so it cannot agree with that figure. A year or a rank after "the" is
//!   no bounded figure ("higher than the 1990 level"), and "over the" or
//!   "under the" opens a phrase of a preposition ("charged over the 85kg
//!   seizure").
//! - Counts: `unit` is the counted noun as written, lower-cased. The head
//!   noun is the first plural-looking word (or a known unmarked plural:
//!   "personnel", "aircraft", "people") within four words after the
//!   number, before any function word or punctuation, so modifiers are
//!   skipped ("700 NATO personnel" counts "personnel"); with the number 1,
//!   the first lower-case word that does not look like an adjective. A
//!   noun of two parts joined by a hyphen right after the number is the
//!   head when its last part is a plural ("six festival-goers", "two
//!   by-elections") or its first a plural before a particle ("three
//!   passers-by"), unless a plural follows it. A
//!   plain four-digit number from 1900 to 2100 is a `number`, never a count.
//!   Vague plurals before "of" and a noun count the least they allow,
//!   hedged `at_least`: "dozens of protesters" 24, "scores of" 40,
//!   "hundreds of" 200, "thousands of" 2,000, "tens of thousands of"
//!   20,000, "hundreds of thousands of" 200,000, "millions of" 2,000,000,
//!   "billions of" 2,000,000,000.
//! - Vague magnitudes of money ("tens of millions of dollars", "hundreds
//!   of thousands of euros", "millions of dollars") are `money` ranges of
//!   the values the plural allows under the same convention as counts:
//!   from two of its unit to below two of the next ("millions" 2,000,000
//!   to 19,999,999; "tens of millions" 20,000,000 to 199,999,999), hedged
//!   `approx`. Duckling's English numeral rules read a plural power of
//!   ten as the power itself ("millions" 1,000,000, "dozens" 12): a point
//!   that would agree with "$1 million". The wide interval lets `compare`
//!   call a figure inside it compatible and one far outside a conflict; a
//!   money range hedged `approx` is compatible with any range it meets.
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
//!   and never join other units. A unit made an adjective with "long"
//!   and no number is one of it ("a week-long strike", "a yearlong
//!   inquiry"; see `lasting.rs`).
//! - Numbers also read: fractions with ordinal denominators ("three
//!   twenty-firsts", "one hundred and three quarters"), ratios ("one over
//!   three", "two out of five"), powers ("1.1^23", "2.48×10−5"), SI giga
//!   ("10G", not "5G"), "a few" (3, approx), "nil", Indian scales (lakh,
//!   crore, cr, koti), and dotted digit groups ("192.168.1.2": one number
//!   per group).
//! - Scores and vote tallies ("won 3-1", "voted 51-49", "a 5-4 ruling")
//!   are one `score` fact, not two numbers (see `score.rs`).
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

mod coins;
mod count;
mod emit;
mod filters;
mod gate;
mod lasting;
mod magnitude;
mod measure;
mod pair;
mod range;
mod score;
mod side;
mod suffix;

use super::{Duration, Fact, FactKind, FactValue, Money, Qualifier, Quantity, Vague};
use crate::document::Span;
use crate::facts::numeral::{Numeral, Numerals};
use crate::facts::Decimal;
use crate::lex::currency::*;
use crate::lex::units::*;
use crate::lex::words::*;
use crate::lex::{Kind, Locale, Token, Tokens};

/// Extracts the numeric facts of `text` (money, count, number, percent,
/// ordinal, quantity, duration), in text order, with byte spans into `text`.
pub fn extract(text: &str) -> Vec<Fact> {
    extract_tokens(text, &Tokens::new(text), Locale::US)
}

/// [`extract`] over the tokens of `text` (made by [`Tokens::new`]),
/// written in the conventions of `locale` (what "$", "dollars", "a grand"
/// and the coins mean).
pub fn extract_tokens(text: &str, toks: &Tokens, locale: Locale) -> Vec<Fact> {
    extract_gated(text, toks, locale, true)
}

/// [`extract_tokens`], with the tokens that can open no figure skipped
/// ([`Cx::may_open`]) when `gated`; without the gate every token is tried
/// (the reference the gate is checked against).
fn extract_gated(text: &str, toks: &Tokens, locale: Locale, gated: bool) -> Vec<Fact> {
    let cx = Cx {
        text,
        toks,
        np: Numerals { toks, text },
        locale,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if gated && !cx.may_open(i) {
            i += 1;
            continue;
        }
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

/// Whether a hedge bounds a figure on one side ("more than", "at most",
/// "up to") rather than blurring it ("about").
fn is_bound(q: Qualifier) -> bool {
    !matches!(q, Qualifier::Approx)
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
    num: Numeral,
    /// The currency was written before the amount.
    prefix: bool,
    suffix: Suffix,
}

struct Cx<'a> {
    /// The conventions of the text.
    locale: Locale,
    text: &'a str,
    toks: &'a Tokens,
    np: Numerals<'a>,
}

fn d(n: i64) -> Decimal {
    Decimal::from_int(n)
}

/// Words after which "a"/"an" means one of a unit ("for a year").
/// A verb in the past tense before "a"/"an" + unit: the unit is the verb's
/// object, a length of time ("waited an hour", "slept a night", "stayed a
/// week"), not a rate ("twice a day", "$5 a month").
fn past_verb(w: &str) -> bool {
    (w.len() > 4
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && w != "hundred"
        && w.bytes().all(|b| b.is_ascii_lowercase()))
        || matches!(
            w,
            "slept" | "sat" | "kept" | "held" | "ran" | "went" | "stood" | "fought" | "lay"
        )
}

fn takes_quantity(w: &str) -> bool {
    matches!(
        w,
        "for"
            | "by"
            | "over"
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

    /// The facts starting at token `i` and the token to continue from.
    fn at(&self, i: usize) -> Option<(Vec<Fact>, usize)> {
        if self.np.continues_group(i) {
            return None; // inside "1,234": read from its start
        }
        if let Some(r) = self.glued_magnitude(i) {
            return Some(r);
        }
        if let Some(r) = self.dotted(i) {
            return Some(r);
        }
        if let Some(r) = self.percent_of(i) {
            return Some(r);
        }
        if let Some((f, end)) = self.score(i) {
            return Some((vec![f], end));
        }
        if let Some(end) = self.round_the_clock(i) {
            return Some((Vec::new(), end));
        }
        if let Some(skip) = self.junk(i) {
            return Some((Vec::new(), skip));
        }
        let (q, qword, j) = self.qualifier(i);
        if let Some(end) = self.clock_time(j) {
            return Some((Vec::new(), end));
        }
        if q.is_none() {
            if let Some((f, end)) = self.unit_long(i) {
                return Some((vec![f], end));
            }
        }
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
            if let Some(skip) = self
                .inside_name(j)
                .or_else(|| self.idiom(j))
                .or_else(|| self.address(j))
                .or_else(|| self.rank_label(j))
                .or_else(|| self.titled_number(j))
            {
                return Some((Vec::new(), skip));
            }
        }
        let allow_article = q.is_some()
            || i == 0
            || (i > 0
                && self
                    .word(i - 1)
                    .is_some_and(|w| takes_quantity(w) || past_verb(w))
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
        } else if a.num.plus && q.is_none() {
            Some(Qualifier::AtLeast)
        } else {
            q
        };
        if matches!(a.suffix, Suffix::None) && a.num.weak && q.is_none() {
            return Some((Vec::new(), a.end));
        }
        // a number word hyphen-bound to a word that is no unit: a compound
        // adjective ("a one-off payment", "a two-way street", "one-sided"),
        // no figure of the story; so is a gun's bore ("a 12-gauge shotgun",
        // "a .22-caliber rifle"), a model, not a count
        let bound_word =
            self.tok(a.end).is_some_and(|t| t.dash() && t.glued()) && self.glued(a.end + 1);
        let bore = self
            .word(a.end + 1)
            .is_some_and(|w| matches!(w, "gauge" | "caliber" | "calibre"));
        if matches!(a.suffix, Suffix::None)
            && bound_word
            && (a.num.words && self.word(a.end + 1).is_some() || bore)
        {
            return Some((Vec::new(), a.end));
        }
        // a range: "$5-10 million", "10 to 15 km", "5 million to 7 million"
        if let Some((b, end)) = self.range_tail(&a, false) {
            if let Some(facts) = self.emit_range(i, &a, &b, end, q) {
                return Some((facts, end));
            }
        }
        let (mut facts, mut end) = self.emit(i, j, &a, q, qword);
        // "$500 or more", "50 people or fewer": a hedge after the figure
        if q.is_none()
            && end == a.end
            && matches!(
                a.suffix,
                Suffix::Money { .. } | Suffix::Count(_) | Suffix::Unit(_)
            )
        {
            if let (Some((pq, pe)), [f]) = (self.np.trailing_hedge(end), facts.as_mut_slice()) {
                if f.qualifier.is_none() {
                    f.qualifier = Some(pq);
                    f.span = Span::new(f.span.start, self.span(end, pe).end);
                    end = pe;
                }
            }
        }
        Some((facts, end))
    }

    /// A hedge at `i`: the qualifier, its first word, and where the amount
    /// starts.
    /// A bound may name a figure the text refers to ("less than the $184
    /// million reported", "more than the 30 deaths announced"): the figure
    /// is still bounded, not stated, so the hedge reaches over "the".
    fn qualifier(&self, i: usize) -> (Option<Qualifier>, Option<&'static str>, usize) {
        let (q, word, j) = self.np.hedge(i);
        // "over" and "under" alone before "the" are prepositions ("charged
        // over the 85kg cannabis seizure", "under the $3 million deal");
        // intensified they still bound ("well under the $300 million")
        let preposition = matches!(word, Some("over" | "under"))
            && (self.is_word(i, "over") || self.is_word(i, "under"));
        if q.is_some_and(is_bound)
            && !preposition
            && self.is_word(j, "the")
            && self.bounded_figure(j + 1)
        {
            return (q, word, j + 1);
        }
        (q, word, j)
    }

    /// Whether a figure a bound can reach over "the" starts at `k`: an
    /// amount that is no year and no rank ("the 1990 level", "the 3rd
    /// quarter" are not bounded figures).
    fn bounded_figure(&self, k: usize) -> bool {
        self.side(k, false)
            .is_some_and(|s| !s.num.year_like && !s.num.ordinal && !s.num.weak)
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

    fn is_word(&self, k: usize, w: &str) -> bool {
        self.word(k) == Some(w)
    }
}

#[cfg(test)]
mod tests;
