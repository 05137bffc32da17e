//! Coins, slang and minor units read with the words around them, and the
//! words of paying that make a currency noun money ("fined 500 pounds"): "a
//! dollar" where a word of paying comes before it, quarters as coins, and
//! the cents after a whole amount ("two pounds fifty", "a buck fifty").

use super::*;

impl<'a> Cx<'a> {
    /// "a dollar", "an euro", "a penny": the article at `k` as one of the
    /// currency noun after it (not the first word of a compound: "a
    /// dollar-for-dollar match"; not before an amount: "a US$ 5 fee").
    pub(super) fn article_money(&self, article: &Numeral, k: usize) -> Option<Side> {
        let (suffix, e) = self.money_suffix(article, k + 1)?;
        let compound = self.tok(e).is_some_and(|t| t.dash() && !t.space_before());
        if !matches!(suffix, Suffix::Money { .. }) || compound || self.prefix_before_amount(k + 1) {
            return None;
        }
        Some(Side {
            start: k,
            end: e,
            value: d(1),
            num: article.clone(),
            prefix: false,
            suffix,
        })
    }

    /// Whether "a"/"an" at `k` before a currency noun ending at `e` is one
    /// unit of money: a word of paying comes before it in the phrase ("it
    /// costs a dollar", "paid a buck for it", "worth a pound") and the
    /// noun closes the amount (not "spent a day at a dollar store"). Not
    /// right after an amount: "10 cents a pound", "$4 a gallon" give a
    /// price per unit, the article no sum of its own.
    pub(super) fn article_money_context(&self, k: usize, e: usize) -> bool {
        let per_unit = k.checked_sub(1).and_then(|p| self.tok(p)).is_some_and(|t| {
            t.kind == Kind::Num || {
                let w = self.low(t);
                currency_noun(w).is_some() || minor_unit(w).is_some()
            }
        });
        if per_unit {
            return false;
        }
        let closes = self.ends_phrase(e)
            || matches!(
                self.word(e),
                Some("more" | "less" | "each" | "apiece" | "extra")
            );
        closes && (self.after_price_word(k) || self.after_money_verb(k))
    }

    /// "half a dollar", "half a euro": half of one of a currency noun,
    /// read where "a dollar" alone would be money (a word of paying
    /// before it, the noun closing the phrase: "half a pound of flour" is
    /// a weight). `k` is at "half".
    pub(super) fn half_money(&self, k: usize) -> Option<Side> {
        if self.word(k) != Some("half") || !matches!(self.word(k + 1), Some("a" | "an")) {
            return None;
        }
        let one = Numeral::in_words(d(1), k + 1, k + 2, None);
        let s = self.article_money(&one, k + 1)?;
        if !matches!(s.suffix, Suffix::Money { minor: None, .. })
            || !self.article_money_context(k, s.end)
        {
            return None;
        }
        Some(Side {
            start: k,
            value: Decimal::new(5, 1)?,
            num: Numeral::in_words(Decimal::new(5, 1)?, k, k + 2, None),
            ..s
        })
    }

    /// Quarters as coins after a word of price: "the paper costs a
    /// quarter", "the ride cost four quarters", "worth only 3 quarters";
    /// or before "in change" / "in coins" ("found four quarters in change").
    /// The count (an article, a number word below twenty or plain digits)
    /// and the noun agree in number, and the noun ends its phrase (not
    /// "four quarters of growth"); elsewhere a quarter is a share or a
    /// period and stays no money.
    pub(super) fn priced_quarters(&self, k0: usize) -> Option<Side> {
        // the noun first: it is asked at every token
        if !matches!(self.word(k0 + 1), Some("quarter" | "quarters")) {
            return None;
        }
        let count = self.coin_count(k0)?;
        let noun = if count == d(1) { "quarter" } else { "quarters" };
        let priced = self.ends_phrase(k0 + 2)
            && self.word(k0 + 2) != Some("of")
            && self.after_price_word(k0);
        if self.word(k0 + 1) != Some(noun) || !(priced || self.in_change(k0 + 2)) {
            return None;
        }
        Some(Side {
            start: k0,
            end: k0 + 2,
            value: count.checked_mul(Decimal::new(25, 2)?)?,
            num: Numeral::in_words(count, k0, k0 + 1, None),
            prefix: false,
            suffix: Suffix::Money {
                cur: Some(self.locale.dollar()),
                minor: None,
            },
        })
    }

    /// A coin phrase that is the whole text: "quarter", "a quarter",
    /// "four quarters", "nickel", "two nickels" standing alone, as in a
    /// price cell, a caption or a spoken answer. Inside running text a
    /// quarter is a share or a period and a nickel a metal unless a word
    /// of price says otherwise ([`Self::priced_quarters`]); with nothing
    /// around it but closing punctuation the phrase has no other reading
    /// to take. The count (none, an article, a number word below twenty or
    /// plain digits) and the noun agree in number.
    pub(super) fn lone_coins(&self, k0: usize) -> Option<Side> {
        if k0 != 0 {
            return None;
        }
        let (count, noun_at) = match self.word(k0)? {
            "quarter" | "quarters" | "nickel" | "nickels" => (d(1), k0),
            _ => (self.coin_count(k0)?, k0 + 1),
        };
        let (unit, singular, plural) = match self.word(noun_at)? {
            w @ ("quarter" | "quarters") => (Decimal::new(25, 2)?, w == "quarter", w == "quarters"),
            w @ ("nickel" | "nickels") => (Decimal::new(5, 2)?, w == "nickel", w == "nickels"),
            _ => return None,
        };
        let agrees = if count == d(1) { singular } else { plural };
        // only closing punctuation after the noun
        let rest_closes = (noun_at + 1..self.toks.len()).all(|j| {
            self.tok(j)
                .is_some_and(|t| t.kind == Kind::Sym && matches!(t.ch, '.' | '!' | '?'))
        });
        if !agrees || !rest_closes {
            return None;
        }
        Some(Side {
            start: k0,
            end: noun_at + 1,
            value: count.checked_mul(unit)?,
            num: Numeral::in_words(count, k0, noun_at.max(k0 + 1), None),
            prefix: false,
            suffix: Suffix::Money {
                cur: Some(self.locale.dollar()),
                minor: None,
            },
        })
    }

    /// Whether "in change", "in coins" or "in loose change" starts at `k`:
    /// what comes before it is a sum of coins.
    fn in_change(&self, k: usize) -> bool {
        self.word(k) == Some("in")
            && match self.word(k + 1) {
                Some("change" | "coins" | "coin") => true,
                Some("loose" | "spare" | "small") => self.word(k + 2) == Some("change"),
                _ => false,
            }
    }

    /// "a buck fifty", "a pound twenty", "a dollar and 5 cents": one of a
    /// currency noun and the cents after it, money wherever it stands (the
    /// cents tell it is no weight or share).
    pub(super) fn article_money_cents(&self, article: &Numeral, k: usize) -> Option<Side> {
        let mut s = self.article_money(article, k)?;
        if !matches!(s.suffix, Suffix::Money { minor: None, .. }) {
            return None;
        }
        let (value, end) = self.cents(s.value, None, s.end)?;
        s.value = value;
        s.end = end;
        Some(s)
    }

    /// How many coins the single token `k` counts: "a"/"an" one, a
    /// cardinal word below twenty, or a plain whole number in digits.
    pub(super) fn coin_count(&self, k: usize) -> Option<Decimal> {
        let t = self.tok(k)?;
        if t.kind == Kind::Num {
            let n = self.np.parse(k, false)?;
            let whole = n.end == k + 1 && n.mult.is_none() && !n.ordinal && !n.year_like;
            return whole.then_some(n.value).filter(|v| v.is_integer());
        }
        match self.word(k)? {
            "a" | "an" => Some(d(1)),
            w => match unit_word(w)? {
                (v, false) if v > 0 => Some(d(i64::from(v))),
                _ => None,
            },
        }
    }

    /// Whether a word of price stands right before token `k`, or before
    /// "for", "just", "only" there ("costs a", "sold for a", "charged
    /// just a", "worth only four").
    pub(super) fn after_price_word(&self, k: usize) -> bool {
        let price = |j: usize| {
            self.word(j).is_some_and(|w| {
                matches!(
                    w,
                    "worth"
                        | "fined"
                        | "cost"
                        | "costs"
                        | "costing"
                        | "charge"
                        | "charges"
                        | "charged"
                        | "charging"
                        | "paid"
                        | "pay"
                        | "pays"
                        | "sell"
                        | "sells"
                        | "sold"
                        | "priced"
                        | "fetch"
                        | "fetched"
                        | "fetches"
                )
            })
        };
        let soft = |j: usize| matches!(self.word(j), Some("for" | "just" | "only"));
        k > 0 && (price(k - 1) || k > 1 && soft(k - 1) && price(k - 2))
    }

    /// Whether a verb or noun of paying comes shortly before the figure at
    /// `i`, in the same phrase (up to four words back): "was fined 500
    /// pounds", "fined the landlord 750 pounds", "a bail of 200 pounds",
    /// "the bill came to 110 pounds",
    /// where "pounds" is money, not weight ("weighs 500 pounds", "lost 50
    /// pounds").
    /// The first end of a range and its link are passed over ("sold for
    /// 3-4 pounds each").
    pub(super) fn after_money_verb(&self, i: usize) -> bool {
        (1..=6)
            .map_while(|back| i.checked_sub(back).and_then(|p| self.tok(p)))
            .filter(|t| !(t.kind == Kind::Num || t.dash()))
            .take(4)
            .map_while(|t| (t.kind == Kind::Word).then(|| self.low(t)))
            .any(|w| {
                matches!(
                    w,
                    "fined"
                        | "paid"
                        | "pay"
                        | "pays"
                        | "paying"
                        | "cost"
                        | "costs"
                        | "costing"
                        | "worth"
                        | "earn"
                        | "earns"
                        | "earned"
                        | "earning"
                        | "charged"
                        | "charging"
                        | "donated"
                        | "raised"
                        | "spent"
                        | "spend"
                        | "spending"
                        | "owed"
                        | "owes"
                        | "owe"
                        | "awarded"
                        | "compensation"
                        | "fine"
                        | "bail"
                        | "salary"
                        | "wage"
                        | "ransom"
                        | "bribe"
                        | "priced"
                        | "valued"
                        | "sold"
                        | "sells"
                        | "sell"
                        | "selling"
                        | "bought"
                        | "buys"
                        | "fetched"
                        | "fetches"
                        // lending, owing back and giving: "repaid 40
                        // pounds", "lent her 50 pounds", "donating 30
                        // pounds"
                        | "repay"
                        | "repays"
                        | "repaid"
                        | "repaying"
                        | "lend"
                        | "lends"
                        | "lent"
                        | "lending"
                        | "loaned"
                        | "borrow"
                        | "borrowed"
                        | "borrowing"
                        | "donate"
                        | "donates"
                        | "donating"
                        | "demanded"
                        | "demanding"
                        | "pledged"
                        | "invested"
                        | "refunded"
                        | "reimbursed"
                        | "embezzled"
                        | "pocketed"
                        // nouns of a sum: "the bill came to 110 pounds",
                        // "a fee of 40 pounds", "rent of 900 pounds"
                        | "bill"
                        | "fee"
                        | "fees"
                        | "fare"
                        | "rent"
                        | "price"
                        | "prize"
                        | "reward"
                        | "bonus"
                        | "refund"
                        | "deposit"
                        | "levy"
                        | "payout"
                        | "pension"
                        | "loan"
                        | "debt"
                        | "damages"
                        | "settlement"
                        | "invoice"
                        | "budget"
                        | "totalled"
                        | "totaled"
                        | "totalling"
                        | "totaling"
                )
            })
    }

    /// Cents after a whole amount of money: "3 dollars 50 cents", "20
    /// dollar 43", "US$3 and fourteen".
    pub(super) fn cents(
        &self,
        value: Decimal,
        mult: Option<u32>,
        end: usize,
    ) -> Option<(Decimal, usize)> {
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
        // "a dollar and a half", "two pounds and a half"
        if and && matches!(self.word(k), Some("a" | "an")) && self.word(k + 1) == Some("half") {
            return Some((value.checked_add(Decimal::new(5, 1)?)?, k + 2));
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
            if matches!(minor_unit(w), Some("mao" | "jiao")) {
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
            // "20 ringgit and 43 sen": the sen only after a whole amount
            // ("Sen." alone is a senator)
            if minor_unit(w).is_some()
                || w == "sen" && self.tok(n.end).is_some_and(|t| self.raw(t) == "sen")
            {
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
}
