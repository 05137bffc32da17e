//! Counted nouns: the head noun after a number ("700 NATO personnel"),
//! possessive modifiers ("five women's basketball players"), and vague
//! plurals ("dozens of protesters").

use super::*;

impl<'a> Cx<'a> {
    /// The counted noun after a number at `k`: the noun (lower-cased) and
    /// the end token.
    pub(super) fn count_noun(&self, n: &Numeral, k: usize) -> Option<(String, usize)> {
        if n.year_like || n.ordinal {
            return None;
        }
        let first = self.tok(k)?;
        if first.kind != Kind::Word || !first.space_before() {
            return None;
        }
        if let Some(r) = self.hyphenated_head(k) {
            return Some(r);
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
            // two modifiers joined before the noun ("2.8 million current
            // and former customers", "40 full and part-time staff"): the
            // phrase goes on past the conjunction while no plural is read
            let joins_modifiers = j > k
                && matches!(self.low(t), "and" | "or")
                && t.space_before()
                && !words.iter().any(|&w| {
                    let low = self.low(&self.toks[w]);
                    is_irregular_plural(low) || looks_plural(low)
                })
                && self
                    .tok(j + 1)
                    .is_some_and(|x| x.kind == Kind::Word && x.space_before());
            if joins_modifiers {
                j += 1;
                continue;
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
            // "two police officers", "three women doctors": a collective or
            // irregular plural that modifies a plural noun is not the head
            Some(p)
                if is_irregular_plural(self.low(&self.toks[words[p]]))
                    && !possessive.contains(&words[p])
                    && words
                        .get(p + 1)
                        .is_some_and(|&w| looks_plural(self.low(&self.toks[w]))) =>
            {
                words[p + 1]
            }
            Some(p) => words[p],
            None => {
                if n.value != d(1) {
                    return None;
                }
                // "one used car": a participle before another word
                // modifies it
                let last = words.last().copied();
                let &w = words.iter().find(|&&w| {
                    let t = &self.toks[w];
                    let low = self.low(t);
                    self.raw(t).chars().next().is_some_and(|c| c.is_lowercase())
                        && !looks_adjective(low)
                        && !(low.ends_with("ed") && Some(w) != last)
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

    /// A noun of two parts joined by a hyphen right after a number, at
    /// `k`, that is the counted head: its last part a plural
    /// ("festival-goers", "ex-workers", "by-elections") or its first a
    /// plural before a particle ("passers-by", "lookers-on"). The noun as
    /// written (lower-cased) and the end token; `None` for a hyphenated
    /// modifier ("anti-government", "part-time"), a word of more parts,
    /// or a compound a spaced noun follows ("two by-election results").
    fn hyphenated_head(&self, k: usize) -> Option<(String, usize)> {
        let dash = self.tok(k + 1)?;
        if !(dash.dash() && dash.glued()) {
            return None;
        }
        let last = self.tok(k + 2)?;
        if last.kind != Kind::Word || !last.glued() {
            return None;
        }
        // three parts or more ("stay-at-home"), or a glued tail
        if self
            .tok(k + 3)
            .is_some_and(|x| x.glued() && (x.kind != Kind::Sym || x.dash()))
        {
            return None;
        }
        let plural = |w: &str| is_irregular_plural(w) || looks_plural(w);
        // a plural after it: the compound modifies that noun ("two
        // by-election results")
        if self
            .tok(k + 3)
            .is_some_and(|x| x.kind == Kind::Word && plural(self.low(x)))
        {
            return None;
        }
        let (a, b) = (self.low(&self.toks[k]), self.low(last));
        let head = (plural(b) && !is_function_word(b))
            || (plural(a) && matches!(b, "by" | "on" | "in" | "up"));
        head.then(|| (format!("{a}-{b}"), k + 3))
    }

    /// A possessive mark glued after a word, at `k` ("'s", "’s", or the
    /// bare apostrophe of "players'"): the token after it.
    pub(super) fn possessive_mark(&self, k: usize) -> Option<usize> {
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
    /// counted noun. Before a currency ("tens of millions of dollars",
    /// "millions of pounds sterling") the amount is money: the range of
    /// the same values, hedged `approx` (see [`Cx::vague_money`]).
    pub(super) fn vague_plural(
        &self,
        i: usize,
        j: usize,
        q: Option<Qualifier>,
    ) -> Option<(Fact, usize)> {
        let base: i64 = match self.word(j)? {
            "tens" => 20,
            "dozens" => 24,
            "scores" => 40,
            "hundreds" => 200,
            "thousands" => 2_000,
            "millions" => 2_000_000,
            "billions" => 2_000_000_000,
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
            Some("billions") => Some(1_000_000_000),
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
        // up to below the next vague word: "dozens" and "scores" below
        // "hundreds", "hundreds" below "thousands" (2,000), "thousands"
        // below "tens of thousands"
        let most = if matches!(base, 24 | 40) {
            d(199)
        } else {
            value.checked_mul(d(10))?.checked_add(d(-1))?
        };
        let n = Numeral::in_words(value, j, k, None);
        if let Some(r) = self.vague_money(i, k, &n, most, q) {
            return Some(r);
        }
        let (noun, end) = self.count_noun(&n, k)?;
        if currency_noun(&noun).is_some() || minor_unit(&noun).is_some() {
            return None;
        }
        let mut f = Fact::new(
            FactKind::Count,
            self.span(i, end),
            FactValue::Vague(Vague {
                least: value,
                most,
                stated: false,
            }),
        );
        f.unit = Some(noun);
        f.qualifier = Some(q.unwrap_or(Qualifier::AtLeast));
        Some((f, end))
    }

    /// A vague amount of money, the currency at `k` ("tens of millions of
    /// dollars", "hundreds of thousands of euros", "millions of dollars"):
    /// a `money` range from the least to the most the plural allows, as
    /// for a count ("millions" 2 million to 19,999,999; "tens of millions"
    /// 20 million to 199,999,999), hedged `approx` unless a hedge is
    /// written. The range is wide on purpose: a figure inside it is
    /// compatible, never a conflict. Minor units alone ("millions of
    /// cents") are left.
    fn vague_money(
        &self,
        i: usize,
        k: usize,
        n: &Numeral,
        most: Decimal,
        q: Option<Qualifier>,
    ) -> Option<(Fact, usize)> {
        if n.value < d(1_000) {
            return None; // "dozens of dollars" says little
        }
        // the plural is a multiplier: "millions of pounds" is money, as
        // "2 million pounds" is
        let n = Numeral::in_words(n.value, n.start, n.end, Some(3));
        let (Suffix::Money { cur, minor: None }, end) = self.money_suffix(&n, k)? else {
            return None;
        };
        let mut f = Fact::new(
            FactKind::Money,
            self.span(i, end),
            FactValue::Money(Money::Range {
                min: n.value,
                max: most,
                currency: cur.map(String::from),
            }),
        );
        f.qualifier = Some(q.unwrap_or(Qualifier::Approx));
        Some((f, end))
    }
}
