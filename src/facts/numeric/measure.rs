//! Units of measure and time written after a number: symbols ("°C",
//! "km²", "km/h"), words ("square kilometres", "degrees Fahrenheit",
//! "metric tons"), powers and rates; and the sizes that add up compound
//! lengths and masses ("5 feet 2 inches").

use super::suffix::UnitMatch;
use super::*;

impl<'a> Cx<'a> {
    /// Whether inches follow a prime at `k`: digits (0 to 11), then a
    /// double prime glued to them ("6'2\"", "5' 11\"").
    fn inches_after_prime(&self, k: usize) -> bool {
        let n = self
            .tok(k)
            .filter(|t| t.kind == Kind::Num && t.ndig <= 2 && t.num <= 11);
        let mark = self
            .tok(k + 1)
            .is_some_and(|t| t.glued() && (t.sym('"') || t.sym('″')));
        n.is_some() && mark
    }

    pub(super) fn unit_at(&self, k: usize, glued: bool) -> Option<(UnitMatch, usize)> {
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
                // two single quotes for a double prime: "a 12'' pipe"
                '\'' | '′'
                    if glued
                        && self
                            .tok(k + 1)
                            .is_some_and(|x| x.glued() && (x.sym('\'') || x.sym('′'))) =>
                {
                    Some((UnitMatch::Measure("in".into(), false), k + 2))
                }
                // a prime for feet, only with inches after it: "6'2\"",
                // "5′ 11″" (never "the 1980's")
                '\'' | '’' | '′' if glued && self.inches_after_prime(k + 1) => {
                    Some((UnitMatch::Measure("ft".into(), false), k + 1))
                }
                _ => None,
            };
        }
        if t.kind != Kind::Word {
            return None;
        }
        // a capital letter glued to digits is a label ("an M5.1 quake",
        // "the A1", "a B52"), never a unit after the number before it
        let raw = self.raw(t);
        if raw.len() == 1
            && raw.chars().all(|c| c.is_ascii_uppercase())
            && self
                .tok(k + 1)
                .is_some_and(|x| x.kind == Kind::Num && x.glued())
        {
            return None;
        }
        // "45C", "113F": a capital C or F glued to the digits is a
        // temperature (a lower-case "c" is cents)
        if glued && (self.raw(t) == "C" || self.raw(t) == "F") && !self.glued_word_after(k) {
            let sym = if self.raw(t) == "C" { "°C" } else { "°F" };
            return Some((UnitMatch::Measure(sym.into(), false), k + 1));
        }
        let w = self.low(t);
        if self.stone_at(k, glued) {
            return Some((UnitMatch::Measure("st".into(), false), k + 1));
        }
        // square / cubic
        if let Some(pow) = area_volume_prefix(w) {
            let mut j = k + 1;
            if self.is_sym(j, '.') {
                j += 1;
            }
            // "a 170,000-square-foot warehouse": an adjectival measure
            // hyphenates every word
            if self.tok(j).is_some_and(|t| t.dash()) && self.glued(j) && self.glued(j + 1) {
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
        if let Some((sym, e)) = self.two_word_unit(k) {
            return Some((UnitMatch::Measure(sym.into(), false), e));
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
                // energy as power over hours: "kilowatt-hours", "megawatt
                // hours" (the singular before the hours)
                if matches!(sym.as_str(), "W" | "kW" | "MW" | "GW" | "TW")
                    && !self.low(t).ends_with('s')
                {
                    let h = if self.tok(e).is_some_and(|x| x.dash()) && self.glued(e) {
                        e + 1
                    } else {
                        e
                    };
                    if matches!(self.word(h), Some("hour" | "hours")) {
                        sym.push('h');
                        e = h + 1;
                    }
                }
                // per: km/h, l/km, "kilometres per hour"
                let slash = self.is_sym(e, '/') && self.glued(e) && self.glued(e + 1);
                let per = (slash || self.word(e) == Some("per")).then_some(e + 1);
                if let Some(p) = per {
                    if let Some(x) = self.tok(p).filter(|x| x.kind == Kind::Word) {
                        // "m/s", "Gbit/s": a bare "s" is seconds only after
                        // the slash
                        let second = slash && self.raw(x) == "s";
                        let unit = if second {
                            Some(("s", UnitKind::Measure))
                        } else {
                            unit_of(self.raw(x), self.low(x), true)
                        };
                        if let Some((s2, k2)) = unit {
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
                            // a power of the unit below the slash: "g/cm3",
                            // "µg/m³", "J/m^2"
                            if let Some((pow, after)) = self.power_at(e) {
                                sym.push(pow);
                                e = after;
                            }
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
}

impl<'a> Cx<'a> {
    /// A square or cube glued to the unit that ends before `e`: "2" or
    /// "3", "²" or "³", "^2" or "^3"; the sign and where it ends.
    fn power_at(&self, e: usize) -> Option<(char, usize)> {
        let x = self.tok(e).filter(|x| !x.space_before())?;
        let of = |raw: &str| match raw {
            "2" => Some('²'),
            "3" => Some('³'),
            _ => None,
        };
        if x.kind == Kind::Num {
            return of(self.raw(x)).map(|c| (c, e + 1));
        }
        if x.sym('²') || x.sym('³') {
            return Some((x.ch, e + 1));
        }
        if x.sym('^') {
            let p = self.tok(e + 1).filter(|p| p.kind == Kind::Num)?;
            return of(self.raw(p)).map(|c| (c, e + 2));
        }
        None
    }

    /// Rule two_word_unit: a unit written in two words (or hyphenated)
    /// at `k`: "light years" ("light-years"), "fluid ounces" ("fl oz",
    /// "fl. oz"), "troy ounces", "short tons", "parts per million" (and
    /// billion), "astronomical units". The symbol and where it ends.
    fn two_word_unit(&self, k: usize) -> Option<(&'static str, usize)> {
        let w = self.word(k)?;
        // the second word, past a hyphen or a dot glued to the first
        let mut j = k + 1;
        if self.tok(j).is_some_and(|t| t.dash() || t.sym('.')) && self.glued(j) {
            j += 1;
        }
        let next = self.word(j)?;
        let sym = match (w, next) {
            ("light", "year" | "years") => "ly",
            ("fluid" | "fl", "ounce" | "ounces" | "oz") => "fl oz",
            ("troy", "ounce" | "ounces" | "oz") => "oz t",
            ("short", "ton" | "tons") => "ton",
            ("astronomical", "unit" | "units") => "au",
            ("parts", "per") => {
                let sym = match self.word(j + 1)? {
                    "million" => "ppm",
                    "billion" => "ppb",
                    _ => return None,
                };
                return Some((sym, j + 2));
            }
            _ => return None,
        };
        Some((sym, j + 1))
    }

    /// Rule stone_weight: the British weight of a body (14 lb) at `k`:
    /// "11 stone", "a 20-stone man", "13st 4lb". A spaced "stone" only
    /// where the phrase ends or pounds follow ("ten stone walls" are
    /// walls); a glued "st" only where it is no ordinal of the number
    /// (see [`Cx::glued_stone`]).
    fn stone_at(&self, k: usize, glued: bool) -> bool {
        let Some(t) = self.tok(k).filter(|t| t.kind == Kind::Word) else {
            return false;
        };
        match self.raw(t) {
            "st" => glued,
            "stone" => {
                let hyphen = k > 0 && self.tok(k - 1).is_some_and(|d| d.dash()) && self.glued(k);
                hyphen
                    || self.ends_phrase(k + 1)
                    || self.tok(k + 1).is_some_and(|n| n.kind == Kind::Num)
            }
            _ => false,
        }
    }

    /// Whether "st" glued to the digits of `n` at `k` is stones, not an
    /// ordinal: pounds follow ("13st 4lb", "21st 2lb"), or it is no
    /// ordinal suffix of the number ("13st", "9st"; "21st" is a rank)
    /// and no "the" or month before the number makes it a rank or a day.
    pub(super) fn glued_stone(&self, n: &Numeral, k: usize) -> bool {
        if self.tok(k).map(|t| self.raw(t)) != Some("st") {
            return false;
        }
        let pounds = self
            .tok(k + 1)
            .is_some_and(|x| x.kind == Kind::Num && x.space_before())
            && self.glued(k + 2)
            && matches!(self.word(k + 2), Some("lb" | "lbs"));
        let rank_word = n.start > 0
            && self
                .word(n.start - 1)
                .is_some_and(|w| w == "the" || crate::lex::words::month(w).is_some());
        let value = n.value.to_i128().unwrap_or(1);
        let no_ordinal = value % 10 != 1 || value % 100 == 11;
        pounds || (no_ordinal && !rank_word)
    }
}

/// Size of a length or mass unit in its family's smallest unit, for
/// adding up "5 feet 2 inches" (family, size).
pub(super) fn unit_size(u: &str) -> Option<(u8, i64)> {
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
        "st" => (2, 224),
        "g" => (3, 1),
        "kg" => (3, 1_000),
        "t" => (3, 1_000_000),
        _ => return None,
    })
}
