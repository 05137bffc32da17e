//! Currencies: symbols, ISO 4217 codes, currency nouns and the adjectives
//! that name whose currency a noun is ("Canadian dollars").
//!
//! Consumes a word (lower-cased, and as written where case matters) or a
//! symbol; produces the ISO 4217 code, or `Some(None)` for a currency
//! whose country the word does not tell ("$" alone is read by the
//! locale). Pure lookups.
//!
//! The ISO 4217 codes are read in `codes.rs`, the currency nouns and the
//! adjectives of their countries in `nouns.rs`; both are re-exported here.

mod codes;
mod nouns;
#[cfg(test)]
mod tests;

pub use codes::{currency_code, scaled_currency_code};
pub use nouns::{
    adjective_currency, currency_noun, currency_only_form, minor_unit, noun_currency,
    noun_needs_context,
};

/// Currency written before the amount as a symbol ("$", "€").
pub fn currency_symbol(c: char) -> Option<Option<&'static str>> {
    Some(Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' | '￥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₴' => "UAH",
        '₩' => "KRW",
        '₺' => "TRY",
        '₪' => "ILS",
        '₦' => "NGN",
        '₫' => "VND",
        '₱' => "PHP",
        '₭' => "LAK",
        '₸' => "KZT",
        '₾' => "GEL",
        '₼' => "AZN",
        '฿' => "THB",
        '₵' => "GHS",
        '₡' => "CRC",
        '₲' => "PYG",
        '৳' => "BDT",
        '₮' => "MNT",
        '֏' => "AMD",
        // the rupee sign of Pakistan, Sri Lanka, Nepal and older Indian
        // print: whose rupee the sign alone does not tell
        '₨' => return Some(None),
        '₿' => return Some(None),
        _ => return None,
    }))
}

/// Prefix letters of a dollar sign ("US$", "C$", "HK$", "BZ$"): the currency.
pub fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" | "u.s." => "USD",
        "c" | "ca" | "can" | "cdn" => "CAD",
        "a" | "au" | "aus" => "AUD",
        "nz" => "NZD",
        "hk" => "HKD",
        "s" | "sg" => "SGD",
        "nt" => "TWD",
        "r" => "BRL",
        "mx" | "mex" => "MXN",
        "j" => "JMD",
        "tt" => "TTD",
        "z" => "ZWL",
        "bz" => "BZD",
        "n" => "NAD",
        "ec" => "XCD",
        "fj" => "FJD",
        "bds" => "BBD",
        "rd" => "DOP",
        "ci" => "KYD",
        _ => return None,
    })
}

/// A currency abbreviation written before an amount, as written (case
/// matters): "Rs 500", "Rupees 5,000", "Rp 10.000", "Dh500 million" and
/// "Dhs 5,000" (UAE dirhams), "KSh 2 billion" or "Kshs 500" (Kenyan
/// shillings; "TSh", "USh" the Tanzanian and Ugandan), "SFr 40" (Swiss
/// francs), "Tk 300" (Bangladeshi taka), "Rmb5bn" (renminbi, as the
/// financial press writes it), "QR5 million" (Qatari riyals), "KD 300"
/// (Kuwaiti dinars). The ISO 4217 code.
pub fn amount_prefix(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "Rs" | "rs" | "RS" | "Rupees" | "rupees" => "INR",
        "Rp" => "IDR",
        "Dh" | "Dhs" => "AED",
        "KSh" | "Ksh" | "KShs" | "Kshs" => "KES",
        "TSh" | "Tsh" | "TShs" | "Tshs" => "TZS",
        "USh" | "Ush" | "UShs" | "Ushs" => "UGX",
        "SFr" | "Sfr" => "CHF",
        "Tk" => "BDT",
        "Rmb" => "CNY",
        // the Gulf press: "QR5 million" (Qatari riyals), "KD 300" (Kuwaiti
        // dinars)
        "QR" => "QAR",
        "KD" => "KWD",
        _ => return None,
    })
}

/// What a word says of a currency pair around a "$" (rule
/// `exchange_rate_dollar`: "drove the euro below $1.29", "the pound rose
/// against the dollar to $1.31" quote the US dollar wherever printed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairWord {
    /// A local dollar is named ("Australian", "loonie"): the "$" may be it.
    Local,
    /// Another currency is priced ("the euro", "sterling"), or set against
    /// the dollar ("against the dollar").
    Priced,
    /// Nothing.
    Other,
}

/// What the word `w` (lower case) says of a currency pair, after the
/// words `before` (lower case, nearest last).
pub fn pair_word(before: &[&str], w: &str) -> PairWord {
    let back = |n: usize| {
        before
            .len()
            .checked_sub(n)
            .and_then(|i| before.get(i).copied())
    };
    let the_before = back(1) == Some("the");
    match w {
        "australian" | "aussie" | "canadian" | "loonie" | "kiwi" | "zealand" | "singapore"
        | "singaporean" | "hong" | "jamaican" | "local" => PairWord::Local,
        "sterling" | "greenback" => PairWord::Priced,
        "euro" | "pound" | "yen" | "yuan" | "franc" | "rupee" if the_before => PairWord::Priced,
        "dollar" if the_before && back(2) == Some("against") => PairWord::Priced,
        _ => PairWord::Other,
    }
}

/// Whether the lower-cased words of a sentence quote a currency pair: some
/// word prices another currency or sets it against the dollar, and none
/// names a local dollar (see [`pair_word`]).
pub fn quotes_a_pair(words: &[&str]) -> bool {
    let mut priced = false;
    for (i, w) in words.iter().enumerate() {
        match pair_word(words.get(..i).unwrap_or(&[]), w) {
            PairWord::Local => return false,
            PairWord::Priced => priced = true,
            PairWord::Other => {}
        }
    }
    priced
}
