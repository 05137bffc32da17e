//! What follows a number: an ordinal suffix, a percent sign or word, basis
//! points, a currency (symbol, ISO code, noun with its adjective, coins), a
//! unit of measure or time, an age, or a counted noun.

use super::*;

impl<'a> Cx<'a> {
    /// What follows the number `n`: the suffix, end token and value
    /// (scaled by a unit factor such as a fortnight's 2 weeks).
    pub(super) fn suffix(&self, n: &Numeral) -> Option<(Suffix, usize, Decimal)> {
        let k = n.end;
        if n.ordinal {
            return Some((Suffix::Ordinal, k, n.value));
        }
        if n.ratio {
            return Some((Suffix::None, k, n.value));
        }
        if let Some(cur) = self.mil_money(n) {
            return Some((Suffix::Money { cur, minor: None }, k, n.value));
        }
        let next = self.tok(k);
        // what is on the next line measures nothing of this number
        if next.is_some_and(|t| t.line_before()) {
            return Some((Suffix::None, k, n.value));
        }
        // ordinal suffix on digits: 52nd, 1st, 1,000th
        if let Some(t) = next.filter(|t| t.kind == Kind::Word && !t.space_before()) {
            if !n.words
                && n.mult.is_none()
                && n.value.is_integer()
                && n.value >= Decimal::ZERO
                && matches!(self.low(t), "st" | "nd" | "rd" | "th")
                && (k == n.start + 1 || self.comma_grouped(n.start, k))
                && !self.glued_stone(n, k)
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
    pub(super) fn basis_points(&self, k: usize) -> Option<usize> {
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
    pub(super) fn percent(&self, k: usize) -> Option<(usize, bool)> {
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

    /// A country's dollar sign written after the amount ("3.14 US$", "500
    /// BZ$", "40 NZ$"): the letters in capitals with the sign glued to them,
    /// and no amount glued after the sign ("5 US$20" is no suffix).
    fn dollar_after(&self, k: usize) -> Option<(Suffix, usize)> {
        let t = self.tok(k)?;
        if t.kind != Kind::Word || !self.raw(t).chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        if !self.tok(k + 1).is_some_and(|d| d.sym('$') && d.glued()) {
            return None;
        }
        if self
            .tok(k + 2)
            .is_some_and(|x| x.kind == Kind::Num && x.glued())
        {
            return None;
        }
        let cur = dollar_prefix(self.low(t))?;
        Some((
            Suffix::Money {
                cur: Some(cur),
                minor: None,
            },
            k + 2,
        ))
    }

    /// Whether the digits from token `i` to `k` are one group of thousands
    /// set apart by commas and nothing else ("1,000" of "1,000th").
    fn comma_grouped(&self, i: usize, k: usize) -> bool {
        self.np
            .group(i)
            .is_some_and(|(e, raw)| e == k && raw.contains(',') && !raw.contains('.'))
    }

    /// A currency written after the number `n` at `k`: the suffix and end.
    pub(super) fn money_suffix(&self, n: &Numeral, k: usize) -> Option<(Suffix, usize)> {
        let t = self.tok(k)?;
        // an amount as an adjective: "a 10-dollar ticket", "a
        // half-million-dollar home" (the noun singular, hyphen-bound)
        // "a 10-cent rise", "a 50-pence coin" (a minor unit, singular)
        if t.dash() && self.glued(k) && self.glued(k + 1) {
            let w = self.word(k + 1)?;
            let minor = matches!(w, "cent" | "penny" | "pence");
            if minor || currency_noun(w).is_some() && !w.ends_with('s') && w != "rs" {
                return self.money_suffix(n, k + 1);
            }
            return None;
        }
        if let Some(r) = self.dollar_after(k) {
            return Some(r);
        }
        // "1,5 Mio. EUR", "2,3 Mrd. Euro": a dotted multiplier, then the
        // currency
        if t.sym('.')
            && self.glued(k)
            && n.mult.is_some()
            && self.tok(n.end - 1).is_some_and(|m| m.kind == Kind::Word)
            && self
                .tok(k + 1)
                .is_some_and(|w| w.kind == Kind::Word && w.space_before())
        {
            return self
                .money_suffix(n, k + 1)
                .filter(|(s, _)| matches!(s, Suffix::Money { minor: None, .. }));
        }
        // rule country_cents: "5 US cents", "80 Australian cents": the
        // cents of the dollar the country's word names
        if self
            .word(k + 1)
            .is_some_and(|w| matches!(w, "cent" | "cents"))
        {
            let cur = self.word(k).and_then(|a| adjective_currency(a, "dollar"));
            if let Some(cur) = cur.filter(|_| t.kind == Kind::Word) {
                let minor = Some("cent");
                return Some((
                    Suffix::Money {
                        cur: Some(cur),
                        minor,
                    },
                    k + 2,
                ));
            }
        }
        // "25¢": the cent sign, a minor unit
        if t.sym('¢') {
            return Some((
                Suffix::Money {
                    cur: None,
                    minor: Some("cent"),
                },
                k + 1,
            ));
        }
        if t.kind == Kind::Sym {
            let c = self.symbol_currency(t.ch)?;
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
            // "100 CFA francs": the noun after the letters is the amount's
            let end = match self.currency_noun_at(k + 1) {
                Some(("franc", e)) if self.raw(t) == "CFA" => e,
                _ => k + 1,
            };
            return Some((
                Suffix::Money {
                    cur: c,
                    minor: None,
                },
                end,
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
        let adjectives = if self.currency_noun_ahead(k) {
            self.adjectives(k)
        } else {
            Vec::new()
        };
        for (adj, after) in adjectives {
            if let Some((noun, e)) = self.currency_noun_at(after) {
                if let Some(code) = adjective_currency(&adj, noun) {
                    return Some((
                        Suffix::Money {
                            cur: Some(code),
                            minor: None,
                        },
                        e,
                    ));
                }
            }
        }
        let (noun, mut end) = self.currency_noun_at(k)?;
        // "a quid pro quo" is no money
        if noun == "quid" && self.word(end) == Some("pro") {
            return None;
        }
        if noun == "pound" && self.word(end) == Some("sterling") {
            return Some((
                Suffix::Money {
                    cur: Some("GBP"),
                    minor: None,
                },
                end + 1,
            ));
        }
        let home = self.locale.home_noun(noun);
        if home.is_none() && noun_needs_context(noun) && !currency_only_form(self.low(t)) {
            let of_after = self.word(end) == Some("of");
            // "3 pounds 50", "4 pounds and 20 pence": pence after pounds
            // make them money, not a weight
            // ("two pounds and a half" may be a weight)
            let pence_after = noun == "pound"
                && self.cents(n.value, n.mult, end).is_some()
                && !self.is_word(end + 1, "a");
            if n.mult.is_none() && !self.after_money_verb(n.start) && !pence_after || of_after {
                return None;
            }
        }
        if noun == "rupee" && self.low(t) == "rs" && self.is_sym(end, '.') {
            end += 1;
        }
        let cur = match noun {
            _ if home.is_some() => home,
            // "300 bucks": slang for the locale's dollar (a capital is a
            // name: "the Bucks")
            "buck" if self.raw(t).starts_with('b') => Some(self.locale.dollar()),
            "buck" | "bitcoin" | "franc" | "peso" | "dinar" | "dirham" | "riyal" | "shilling"
            | "krone" | "crown" | "manat" | "kwacha" => None,
            // "dollars" with no country: the locale's dollar
            "dollar" => Some(self.locale.dollar()),
            _ => noun_currency(noun),
        };
        // "5 euro cents", "50 dollar cents": the cents of the currency
        // named in the singular before them
        if !self.low(t).ends_with('s') && matches!(self.word(end), Some("cent" | "cents")) {
            return Some((
                Suffix::Money {
                    cur,
                    minor: Some("cent"),
                },
                end + 1,
            ));
        }
        Some((Suffix::Money { cur, minor: None }, end))
    }

    /// "worth 10 mil", "paid him 2.5 mil": the slang "mil" (million) with
    /// no currency after it, after a word of paying, is a sum in the
    /// locale's money, as "a grand" is ("a 10 mil sheet" is a thickness).
    fn mil_money(&self, n: &Numeral) -> Option<Option<&'static str>> {
        let last = self.tok(n.end.checked_sub(1)?)?;
        if n.mult.is_none()
            || self.low(last) != "mil"
            || !self.after_money_verb(n.start)
            || self.money_suffix(n, n.end).is_some()
        {
            return None;
        }
        Some(self.locale.grand())
    }

    /// The currency of a symbol: "$" is the locale's dollar ("$175
    /// million" in an Australian paper is AUD), the others their own.
    pub(super) fn symbol_currency(&self, c: char) -> Option<Option<&'static str>> {
        if c == '$' {
            return Some(Some(self.locale.dollar()));
        }
        currency_symbol(c)
    }

    /// Coins and slang: "five nickels", "ten dimes", "10 grand", "a
    /// fiver", "two tenners", in the locale's money.
    pub(super) fn coins(&self, n: &Numeral, k: usize) -> Option<(Suffix, usize, Decimal)> {
        let w = self.word(k)?;
        let (unit, cur) = match w {
            "nickel" | "nickels" => (Decimal::new(5, 2)?, Some(self.locale.dollar())),
            "dime" | "dimes" => (Decimal::new(1, 1)?, Some(self.locale.dollar())),
            // "a fiver", "two tenners": notes of five and ten in the
            // money the slang is at home in, as "a grand"
            "fiver" | "fivers" => (d(5), self.locale.grand()),
            "tenner" | "tenners" => (d(10), self.locale.grand()),
            "grand" => {
                // "10 grand", "10 grand in cash", but not "a grand
                // jury" or "10 Grand Slam titles": the word after it, if
                // any, is a function word (a noun makes "grand" its
                // adjective)
                if self.word(k + 1).is_some_and(|w| !is_function_word(w))
                    || self.raw(self.tok(k)?) != "grand"
                {
                    return None;
                }
                (d(1000), self.locale.grand())
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
    pub(super) fn unit_suffix(&self, n: &Numeral, k: usize) -> Option<(Suffix, usize, Decimal)> {
        let mut k = k;
        let t = self.tok(k)?;
        // a share in digits of one unit: "3/4 of an hour", "0.5 of a mile"
        if self.word(k) == Some("of")
            && !n.words
            && n.value > Decimal::ZERO
            && n.value < d(1)
            && matches!(self.word(k + 1), Some("a" | "an"))
            && self.tok(k + 2).is_some_and(|u| u.kind == Kind::Word)
        {
            return self.unit_suffix(n, k + 2);
        }
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
                // "a mile and a half", "an inch and a quarter"
                if let Some((frac, e)) = self
                    .and_a_fraction(end, true)
                    .filter(|_| value.is_integer())
                {
                    value = value.checked_add(frac)?;
                    end = e;
                }
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
                if let Some((frac, e)) = self
                    .and_a_fraction(end, false)
                    .filter(|_| value.is_integer())
                {
                    value = value.checked_add(frac.checked_mul(d(factor as i64))?)?;
                    end = e;
                }
                // "1 hour thirty", "2 hours and 15"
                if unit == "hour" && value.is_integer() {
                    let mut m = end;
                    if self.word(m) == Some("and") {
                        m += 1;
                    }
                    let clock = glued && m == end && self.glued_clock_minutes(n, m);
                    if self.tok(m).is_some_and(|t| t.space_before()) || clock {
                        if let Some(mut mn) = self.np.parse(m, false) {
                            // "2h30min", "1h45m": the minutes' own letters
                            if clock
                                && self.tok(mn.end).is_some_and(|t| t.glued())
                                && matches!(self.word(mn.end), Some("m" | "min" | "mins" | "mn"))
                            {
                                mn.end += 1;
                            }
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

    /// "and a half", "and a quarter", "and three quarters" after a unit
    /// at `end` (not before another unit, "a day and a half hour", nor,
    /// unless `of_ok`, before "of": "a year and a quarter of it", but "a
    /// kilo and a half of rice"): the fraction and the token after it.
    fn and_a_fraction(&self, end: usize, of_ok: bool) -> Option<(Decimal, usize)> {
        // "a year-and-a-half", "an hour-and-a-quarter": the same words
        // bound by hyphens, each word one step of two tokens
        let bound =
            |k: usize| self.tok(k).is_some_and(|t| t.dash() && t.glued()) && self.glued(k + 1);
        let hyphens = bound(end) && self.word(end + 1) == Some("and");
        let step = if hyphens { 2 } else { 1 };
        let and = if hyphens { end + 1 } else { end };
        if self.word(and) != Some("and") {
            return None;
        }
        let first = and + step;
        let h = match self.word(first)? {
            "a" | "one" | "three" => first + step,
            "half" | "quarter" => first,
            _ => return None,
        };
        if hyphens && (!bound(and + 1) || (h > first && !bound(first + 1))) {
            return None;
        }
        let frac = match (self.word(first), self.word(h)) {
            (Some("a" | "half" | "one"), Some("half")) => Decimal::new(5, 1),
            (Some("a" | "quarter" | "one"), Some("quarter")) => Decimal::new(25, 2),
            (Some("three"), Some("quarters")) => Decimal::new(75, 2),
            _ => None,
        }?;
        let unit_after = self.tok(h + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && (unit_of(self.raw(t), self.low(t), false).is_some()
                    || (self.low(t) == "of" && !of_ok))
        });
        (!unit_after).then_some((frac, h + 1))
    }

    /// Whether `m` holds two digits glued to an hour letter glued to `n`,
    /// a length written clock-style ("2h30", "1h45m"): not a time of day
    /// ("at 20h30", "from 9h30").
    fn glued_clock_minutes(&self, n: &Numeral, m: usize) -> bool {
        let two_digits = self
            .tok(m)
            .is_some_and(|t| t.glued() && t.kind == Kind::Num && t.ndig == 2);
        let hour_letter = m > 0 && self.word(m - 1) == Some("h");
        two_digits && hour_letter && !n.words && !self.after_clock_cue(n.start)
    }

    /// A unit word (or symbol) at `k`.
    /// Whether a word is glued to the end of the token at `k` ("Cx").
    pub(super) fn glued_word_after(&self, k: usize) -> bool {
        self.tok(k + 1)
            .is_some_and(|x| !x.space_before() && x.kind == Kind::Word)
    }
}

/// A unit of measure, negated ("below zero"), or of time with a factor.
pub(super) enum UnitMatch {
    Measure(String, bool),
    Time(&'static str, u32),
}
