//! One amount with what is written before it: a currency prefix ("$",
//! "US$", "EUR", "Rs.", "Malaysian ringgit"), an article ("a year"),
//! "all week", a bare scale word ("thousand litres"), cents after a whole
//! amount, and a percentage written before its number ("per cent of 210").

use super::*;

/// Currencies written with thousands grouped by dots by their own writers
/// and with no minor unit of three digits: Indonesian rupiah, Vietnamese
/// dong, Chilean, Colombian and Paraguayan pesos and guaraní, Icelandic
/// krona.
const DOT_GROUPED: [&str; 6] = ["IDR", "VND", "CLP", "COP", "PYG", "ISK"];

impl<'a> Cx<'a> {
    /// The percentage written before its number: "per cent of 210",
    /// "percents of twenty" (a percent word that no number precedes, then
    /// "of" and a bare number that ends the phrase).
    pub(super) fn percent_of(&self, i: usize) -> Option<(Vec<Fact>, usize)> {
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

    /// Whether a currency written before an amount opens at `k` and digits
    /// follow it: "a Rs 500 crore project", "a USD 5 million loan" are
    /// that amount after an article, not one rupee or one dollar.
    pub(super) fn prefix_before_amount(&self, k: usize) -> bool {
        self.money_prefix(k)
            .is_some_and(|(_, after)| self.tok(after).is_some_and(|n| n.kind == Kind::Num))
    }

    /// "L.E." or "L.E" (Egyptian pounds) at `k`: the code and the end.
    pub(super) fn egyptian_pound(&self, k: usize) -> Option<(&'static str, usize)> {
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
    pub(super) fn money_prefix(&self, k: usize) -> Option<(Option<&'static str>, usize)> {
        let t = self.tok(k)?;
        // a currency named before digits: "Malaysian ringgit 42",
        // "Egyptian pounds 500" (the caller checks the amount ends there).
        // Only worth reading when digits follow within four tokens: this
        // runs at every word.
        if t.kind == Kind::Word
            && (2..=4).any(|d| self.tok(k + d).is_some_and(|n| n.kind == Kind::Num))
            && self.currency_noun_ahead(k)
        {
            for (adj, after) in self.adjectives(k) {
                if let Some((code, e)) = self
                    .currency_noun_at(after)
                    .and_then(|(noun, e)| adjective_currency(&adj, noun).map(|code| (code, e)))
                {
                    if self
                        .tok(e)
                        .is_some_and(|n| n.kind == Kind::Num && n.space_before())
                    {
                        return Some((Some(code), e));
                    }
                }
            }
        }
        match t.kind {
            Kind::Sym => {
                // "$US2.3 billion", "$A500,000": the sign, then the
                // country's letters in capitals, as Australian and New
                // Zealand papers write a dollar that is not their own.
                if t.sym('$') {
                    if let Some(w) = self.tok(k + 1).filter(|w| {
                        w.kind == Kind::Word
                            && w.glued()
                            && self.raw(w).chars().all(|c| c.is_ascii_uppercase())
                            && self.tok(k + 2).is_some_and(|n| n.kind == Kind::Num)
                    }) {
                        if let Some(cur) = dollar_prefix(self.low(w)) {
                            return Some((Some(cur), k + 2));
                        }
                    }
                }
                if t.sym('$') && self.exchange_rate_dollar(k) {
                    return Some((Some("USD"), k + 1));
                }
                let c = self.symbol_currency(t.ch)?;
                Some((c, k + 1))
            }
            Kind::Word => {
                // every prefix read below has a sign, a dot or the digits
                // right after its word: a word after it settles most words
                if self.tok(k + 1).is_none_or(|n| n.kind == Kind::Word) {
                    return None;
                }
                // "CN¥", "RMB¥": the yuan, whose sign is the yen's
                if matches!(self.raw(t), "CN" | "RMB")
                    && self
                        .tok(k + 1)
                        .is_some_and(|y| y.glued() && (y.sym('¥') || y.sym('￥')))
                {
                    return Some((Some("CNY"), k + 2));
                }
                // "GH¢50", "GH₵ 2 million": the Ghanaian cedi, whose
                // letters come before a cent sign or the cedi's own
                if self.raw(t) == "GH"
                    && self
                        .tok(k + 1)
                        .is_some_and(|y| y.glued() && (y.sym('¢') || y.sym('₵')))
                {
                    return Some((Some("GHS"), k + 2));
                }
                // US$, C $, HK$, U.S.$
                if let Some(d) = self.tok(k + 1).filter(|d| d.sym('$')) {
                    if let Some(cur) = dollar_prefix(self.low(t)) {
                        let spaced_ok = matches!(
                            self.low(t),
                            "us" | "c" | "hk" | "nz" | "ca" | "cdn" | "au" | "nt"
                        );
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
                // ISO code or an abbreviation ("Rs.", "KSh") before digits
                let after = if self.is_sym(k + 1, '.') {
                    k + 2
                } else {
                    k + 1
                };
                let num_next = self.tok(after).is_some_and(|n| {
                    n.kind == Kind::Num
                        || (n.dash() && self.tok(after + 1).is_some_and(|x| x.kind == Kind::Num))
                });
                // (most words have no number after them: no table lookup)
                if num_next {
                    // "NIS 40 million", not "the NIS 2 directive"
                    let code_ok = self.raw(t) != "NIS" || self.money_like(after);
                    if let Some(c) =
                        currency_code(self.raw(t)).filter(|_| after == k + 1 && code_ok)
                    {
                        return Some((c, after));
                    }
                    if let Some(code) = amount_prefix(self.raw(t)) {
                        return Some((Some(code), after));
                    }
                    if let Some(code) = self.home_prefix(k, after) {
                        return Some((Some(code), after));
                    }
                    // "LE 500", "L.E. 500": Egyptian pounds
                    if self.raw(t) == "LE" && after == k + 1 {
                        return Some((Some("EGP"), after));
                    }
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

    /// The locale's one-letter money prefix at token `k` ("R1,200" in a
    /// South African paper, "P2.5 billion" in a Philippine one,
    /// [`crate::lex::locale::Locale::home_prefix`]) before the amount at
    /// token `after`, read only when the amount is written as money: a
    /// thousand or more, cents, or a scale ("R21" is a road, "P5" a
    /// grade).
    fn home_prefix(&self, k: usize, after: usize) -> Option<&'static str> {
        let code = self.locale.home_prefix(self.raw(self.tok(k)?))?;
        if after != k + 1 {
            return None;
        }
        self.money_like(after).then_some(code)
    }

    /// Whether the digits at `after` are written as a sum of money: a
    /// thousand or more, cents, or a scale ("R1,200", "NIS 4.50", "P2
    /// billion"; not "R21", "NIS 2").
    fn money_like(&self, after: usize) -> bool {
        self.np.parse(after, true).is_some_and(|n| {
            !n.words
                && !n.ordinal
                && (n.mult.is_some()
                    || n.value >= Decimal::from_int(1000)
                    || n.value.to_i128().is_none()
                    || self.word(n.end).and_then(scale_word).is_some())
        })
    }

    /// "$(4.2) million", "€(350)": a currency sign, a glued bracket, the
    /// digits and the closing bracket, an optional scale word: the amount
    /// negated.
    fn bracketed_negative(&self, k: usize) -> Option<Side> {
        // what the sign must be followed by, before the currency is read
        if self.tok(k)?.kind != Kind::Sym || !self.is_sym(k + 1, '(') {
            return None;
        }
        let (cur, after) = self.money_prefix(k)?;
        if after != k + 1
            || self.tok(k)?.kind != Kind::Sym
            || !self.is_sym(after, '(')
            || !self.glued(after)
            || self.tok(after + 1)?.kind != Kind::Num
        {
            return None;
        }
        let n = self.np.parse(after + 1, true)?;
        if n.ordinal || n.words || !self.is_sym(n.end, ')') || !self.glued(n.end) {
            return None;
        }
        let mut end = n.end + 1;
        let mut value = n.value;
        if let Some(p) = self.word(end).and_then(scale_word) {
            value = value.checked_scale_up(p)?;
            end += 1;
        }
        Some(Side {
            start: k,
            end,
            value: value.checked_mul(d(-1))?,
            num: n,
            prefix: true,
            suffix: Suffix::Money { cur, minor: None },
        })
    }

    /// "Rp 10.000", "VND 25.000.000": the amount after a currency whose
    /// writers group thousands with dots and that has no minor unit written
    /// in three digits ([`DOT_GROUPED`]), as one integer. Only digit
    /// groups of exactly three after the first ("Rp 2.5" stays 2.5), and no
    /// scale word ("Rp 1.250 billion" is the digit layer's reading).
    fn dot_grouped(&self, cur: Option<&str>, n: &Numeral) -> Option<Decimal> {
        if !cur.is_some_and(|c| DOT_GROUPED.contains(&c)) || n.mult.is_some() || n.words {
            return None;
        }
        let (g_end, raw) = self.np.group(n.start)?;
        let mut parts = raw.split('.');
        let head = parts.next()?;
        let grouped = g_end == n.end
            && raw.contains('.')
            && (1..=3).contains(&head.len())
            && head.bytes().all(|b| b.is_ascii_digit())
            && parts.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        if !grouped {
            return None;
        }
        Decimal::parse(&raw.replace('.', ""))
    }

    /// One amount at `k`, with what it measures.
    pub(super) fn side(&self, k: usize, allow_article: bool) -> Option<Side> {
        let mut k0 = k;
        if let Some(s) = self.lone_coins(k0) {
            return Some(s);
        }
        if self.is_sym(k0, '~') {
            k0 += 1;
        }
        // "-$3.2 million", "−€2bn": a minus glued before a currency sign
        if let Some(t) = self.tok(k0) {
            if t.dash()
                && matches!(t.ch, '-' | '−')
                && self.glued(k0 + 1)
                && self
                    .tok(k0 + 1)
                    .is_some_and(|c| c.kind == Kind::Sym && self.symbol_currency(c.ch).is_some())
                && (k0 == 0 || t.space_before() || self.toks[k0 - 1].kind == Kind::Sym)
            {
                let s = self.side(k0 + 1, allow_article)?;
                if s.prefix && matches!(s.suffix, Suffix::Money { .. }) {
                    return Some(Side {
                        start: k0,
                        value: s.value.checked_mul(d(-1))?,
                        ..s
                    });
                }
                return None;
            }
        }
        // "minus $3 million", "negative €40m": a sign word before an
        // amount whose currency is written first (the sign word before
        // digits is the numeral layer's: "minus 3 million dollars")
        if matches!(self.word(k0), Some("minus" | "negative")) {
            if let Some(s) = self
                .side(k0 + 1, false)
                .filter(|s| s.prefix && matches!(s.suffix, Suffix::Money { .. }))
            {
                return Some(Side {
                    start: k0,
                    value: s.value.checked_mul(d(-1))?,
                    ..s
                });
            }
        }
        // "$(4.2) million": an accountant's negative, the amount in
        // brackets glued to the currency sign (a bracket after a space is
        // an aside: "€4.5 billion ($4.9 billion)")
        if let Some(s) = self.bracketed_negative(k0) {
            return Some(s);
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
            // ends the phrase: not "the Swiss franc 2 percent higher" (an
            // abbreviation written only before amounts, "Rs 500 crore
            // project", is no such name)
            if self.word(k0).is_some()
                && self.tok(after - 1).is_some_and(|t| t.kind == Kind::Word)
                && self
                    .word(after - 1)
                    .is_some_and(|w| w != "rs" && currency_noun(w).is_some())
                && (n.year_like || !self.ends_phrase(n.end))
            {
                return None;
            }
            let mut value = self.dot_grouped(cur, &n).unwrap_or(n.value);
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
                        let one = Numeral::in_words(d(1), k0, k0 + 1, None);
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
        // "half a dollar": half of one of a currency
        if let Some(s) = self.half_money(k0) {
            return Some(s);
        }
        // "a"/"an"/"another" as one before a unit: "for a year"
        // (a word must follow: "a $300 million contract" is the amount after)
        if t.kind == Kind::Word
            && matches!(self.low(t), "a" | "an" | "another")
            && self.word(k0 + 1).is_some()
        {
            let article_num = Numeral::in_words(d(1), k0, k0 + 1, None);
            // "a second day", "a second term": the ordinal, not one second
            let ordinal_second = self.word(k0 + 1) == Some("second")
                && self.word(k0 + 2).is_some_and(|w| {
                    !is_function_word(w)
                        && !matches!(w, "later" | "ago" | "earlier" | "longer" | "too" | "each")
                });
            // "a dollar", "a pound": one of a currency named by a noun;
            // read before a unit where a word of paying comes before it
            // ("fined a pound" is money, "lost a pound" a weight)
            if let Some(s) = self.article_money_cents(&article_num, k0) {
                return Some(s);
            }
            let money_noun = self.article_money(&article_num, k0);
            if money_noun
                .as_ref()
                .is_some_and(|s| self.article_money_context(k0, s.end))
            {
                return money_noun;
            }
            // "a mile and a half": the fraction makes the article a number
            let and_half = self.word(k0 + 2) == Some("and");
            if (allow_article || self.low(t) == "another" || and_half) && !ordinal_second {
                if let Some((s, e, v)) = self.unit_suffix(&article_num, k0 + 1) {
                    let fits = allow_article || self.low(t) == "another" || e > k0 + 2;
                    if fits && (self.low(t) != "another" || matches!(s, Suffix::Time(_))) {
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
            if let Some(s) = money_noun.filter(|_| allow_article || k0 == 0) {
                return Some(s);
            }
        }
        if let Some(s) = self.priced_quarters(k0) {
            return Some(s);
        }
        // a bare "dime" ending its phrase: one coin ("saved every dime")
        if self.word(k0) == Some("dime") && self.ends_phrase(k0 + 1) {
            let one = Numeral::in_words(d(1), k0, k0, None);
            if let Some((suffix, e, v)) = self.coins(&one, k0) {
                return Some(Side {
                    start: k0,
                    end: e,
                    value: v,
                    num: one,
                    prefix: false,
                    suffix,
                });
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
            let bare = Numeral::in_words(d(1).checked_scale_up(p)?, k0, k0 + 1, Some(p));
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

    /// Whether a currency noun is one of the four words after `k`: where
    /// [`Cx::adjectives`] at `k` can end (an adjective of one to three
    /// words, or "U.S." / "U.K."), so that none is built before a word
    /// that no currency noun follows.
    pub(super) fn currency_noun_ahead(&self, k: usize) -> bool {
        (1..=4).any(|d| self.currency_noun_at(k + d).is_some())
    }

    /// The currency noun (singular) written at `k` and where it ends: one
    /// word ("kwanzas"), or the Tongan "pa'anga", which the apostrophe
    /// splits into three tokens.
    pub(super) fn currency_noun_at(&self, k: usize) -> Option<(&'static str, usize)> {
        let w = self.word(k)?;
        if w == "pa"
            && self.is_sym(k + 1, '\'')
            && self.glued(k + 1)
            && self.glued(k + 2)
            && self.word(k + 2) == Some("anga")
        {
            return Some(("paanga", k + 3));
        }
        currency_noun(w).map(|noun| (noun, k + 1))
    }

    /// An adjective (or country) before a currency noun at `k`: its
    /// normalised text and the index after it. Up to two words, or "U.S.".
    pub(super) fn adjectives(&self, k: usize) -> Vec<(String, usize)> {
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
}
