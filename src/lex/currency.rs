//! Currencies: symbols, ISO 4217 codes, currency nouns and the adjectives
//! that name whose currency a noun is ("Canadian dollars").
//!
//! Consumes a word (lower-cased, and as written where case matters) or a
//! symbol; produces the ISO 4217 code, or `Some(None)` for a currency
//! whose country the word does not tell ("$" alone is read by the
//! locale). Pure lookups.

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
        "ec" => "XCD",
        "fj" => "FJD",
        "bds" => "BBD",
        "rd" => "DOP",
        "ci" => "KYD",
        _ => return None,
    })
}

/// A currency abbreviation written before an amount, as written (case
/// matters): "Rs 500", "Rp 10.000", "Dh500 million" and "Dhs 5,000" (UAE
/// dirhams), "KSh 2 billion" (Kenyan shillings), "SFr 40" (Swiss francs),
/// "Tk 300" (Bangladeshi taka). The ISO 4217 code.
pub fn amount_prefix(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "Rs" | "rs" | "RS" => "INR",
        "Rp" => "IDR",
        "Dh" | "Dhs" => "AED",
        "KSh" | "Ksh" => "KES",
        "SFr" | "Sfr" => "CHF",
        "Tk" => "BDT",
        _ => return None,
    })
}

/// The ISO 4217 codes [`currency_code`] reads, in capitals, sorted (it
/// searches them by halves).
const CODES: &[&str] = &[
    "AED", "AMD", "ARS", "AUD", "AZN", "BDT", "BGN", "BHD", "BRL", "BYN", "CAD", "CHF", "CLP",
    "CNY", "COP", "CZK", "DEM", "DKK", "DZD", "EGP", "ESP", "ETB", "EUR", "FIM", "FRF", "GBP",
    "GEL", "GHS", "HKD", "HRK", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "ITL", "JMD",
    "JOD", "JPY", "KES", "KRW", "KWD", "KZT", "LBP", "LKR", "LYD", "MAD", "MDL", "MNT", "MXN",
    "MYR", "NGN", "NOK", "NPR", "NZD", "OMR", "PEN", "PHP", "PKR", "PLN", "QAR", "RON", "RSD",
    "RUB", "SAR", "SEK", "SGD", "THB", "TND", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD",
    "UZS", "VND", "XAF", "XOF", "ZAR",
];

/// Codes that are also English words in lower case ("try", "mad"): read
/// only in capitals.
const AMBIGUOUS_LOWER: &[&str] = &["try", "mad", "php", "pen", "cop", "amd", "esp", "gel"];

/// ISO 4217 codes recognised as words ("USD 4.5m", "20 usd"). Upper case
/// always; lower case only where the code is not also an English word.
///
/// It is asked of every word before a figure, so an ASCII word is read
/// without allocating: its letters are upper-cased in place.
pub fn currency_code(raw: &str) -> Option<Option<&'static str>> {
    match raw {
        "RM" => return Some(Some("MYR")),
        "RMB" | "rmb" => return Some(Some("CNY")),
        "BTC" | "btc" | "XBT" => return Some(None),
        _ => {}
    }
    if !raw.is_ascii() {
        return unicode_currency_code(raw);
    }
    let &[a, b, c] = raw.as_bytes() else {
        return None;
    };
    let up = [
        a.to_ascii_uppercase(),
        b.to_ascii_uppercase(),
        c.to_ascii_uppercase(),
    ];
    let code = CODES
        .binary_search_by(|code| code.as_bytes().cmp(&up[..]))
        .ok()
        .and_then(|k| CODES.get(k))?;
    let lower = raw.bytes().all(|x| !x.is_ascii_uppercase());
    if raw.as_bytes() == up || (lower && !AMBIGUOUS_LOWER.contains(&raw)) {
        Some(Some(code))
    } else {
        None
    }
}

/// [`currency_code`] of a word with letters beyond ASCII (whose upper
/// case may be ASCII: "ſ" is "S").
fn unicode_currency_code(raw: &str) -> Option<Option<&'static str>> {
    let up = raw.to_uppercase();
    if raw.chars().count() != 3 {
        return None;
    }
    let code = CODES.iter().find(|c| **c == up)?;
    if raw == up || (raw == raw.to_lowercase() && !AMBIGUOUS_LOWER.contains(&raw)) {
        Some(Some(code))
    } else {
        None
    }
}

/// An ISO 4217 code with a scale letter, as in company accounts: "MUSD"
/// (million US dollars), "kEUR"/"KEUR" (thousand euros). The code and
/// the power of ten.
pub fn scaled_currency_code(raw: &str) -> Option<(&'static str, u32)> {
    if raw.len() != 4 || !raw.is_ascii() {
        return None;
    }
    let (head, code) = raw.split_at(1);
    let p = match head {
        "M" => 6,
        "k" | "K" => 3,
        _ => return None,
    };
    if code != code.to_uppercase() {
        return None;
    }
    currency_code(code).flatten().map(|c| (c, p))
}

/// A currency noun (any number, lower-cased) reduced to its singular.
pub fn currency_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" => "dollar",
        "buck" | "bucks" => "buck",
        "quid" => "quid",
        "euro" | "euros" => "euro",
        "pound" | "pounds" => "pound",
        "sterling" => "sterling",
        "yen" => "yen",
        "yuan" => "yuan",
        "renminbi" => "renminbi",
        "kuai" => "kuai",
        "rupee" | "rupees" | "rs" => "rupee",
        "rouble" | "roubles" | "ruble" | "rubles" => "ruble",
        "hryvnia" | "hryvnias" | "hryvnya" | "hryvnyas" | "hryvna" | "hryvnas" | "hryvni" => {
            "hryvnia"
        }
        "markka" | "markkaa" | "markkas" => "markka",
        "mark" | "marks" | "deutschmark" | "deutschmarks" => "mark",
        "franc" | "francs" => "franc",
        "peso" | "pesos" => "peso",
        "real" | "reais" => "real",
        "rand" | "rands" => "rand",
        "won" => "won",
        "shekel" | "shekels" | "sheqel" | "sheqalim" => "shekel",
        "ringgit" | "ringgits" => "ringgit",
        "baht" => "baht",
        "rupiah" => "rupiah",
        "dong" => "dong",
        "naira" => "naira",
        "lira" | "liras" | "lire" => "lira",
        "zloty" | "zlotys" | "zlotych" => "zloty",
        "forint" | "forints" => "forint",
        "koruna" | "korunas" | "koruny" => "koruna",
        "krona" | "kronor" => "krona",
        "krone" | "kroner" => "krone",
        "kronur" => "kronur",
        "crown" | "crowns" => "crown",
        "leu" | "lei" => "leu",
        "lev" | "leva" => "lev",
        "tenge" => "tenge",
        "tugrik" | "tugriks" | "tughrik" | "togrog" => "tugrik",
        "lari" => "lari",
        "manat" | "manats" => "manat",
        "taka" => "taka",
        "dinar" | "dinars" => "dinar",
        "dirham" | "dirhams" => "dirham",
        "riyal" | "riyals" | "rial" | "rials" => "riyal",
        "saudiriyal" | "saudiriyals" => "saudiriyal",
        "shilling" | "shillings" => "shilling",
        "cedi" | "cedis" => "cedi",
        "birr" => "birr",
        "kwacha" => "kwacha",
        "kyat" | "kyats" => "kyat",
        "peseta" | "pesetas" => "peseta",
        "bitcoin" | "bitcoins" => "bitcoin",
        "geneh" | "genihat" | "guinea" => "geneh",
        _ => return None,
    })
}

/// Whether a currency noun is safe to read as money after a bare number
/// (no currency adjective, no multiplier): "10 dollars" yes, "5 pounds" no
/// (a weight), "3 marks" no.
pub fn noun_needs_context(noun: &str) -> bool {
    matches!(
        noun,
        "pound" | "mark" | "won" | "real" | "crown" | "dong" | "rand" | "lira"
    )
}

/// Whether a form of a currency noun that [`noun_needs_context`] names
/// is money only ("10 reais", "500 liras"; "10 real" or "5 rand" may be
/// something else).
pub fn currency_only_form(w: &str) -> bool {
    matches!(w, "reais" | "liras" | "rands")
}

/// The currency of a bare currency noun, if it is not ambiguous.
pub fn noun_currency(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "dollar" => "USD",
        "euro" => "EUR",
        "pound" | "sterling" | "quid" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" | "kuai" => "CNY",
        "rupee" => "INR",
        "ruble" => "RUB",
        "hryvnia" => "UAH",
        "markka" => "FIM",
        "mark" => "DEM",
        "real" => "BRL",
        "rand" => "ZAR",
        "won" => "KRW",
        "shekel" => "ILS",
        "ringgit" => "MYR",
        "baht" => "THB",
        "rupiah" => "IDR",
        "dong" => "VND",
        "naira" => "NGN",
        "lira" => "TRY",
        "zloty" => "PLN",
        "forint" => "HUF",
        "koruna" => "CZK",
        "krona" => "SEK",
        "kronur" => "ISK",
        "leu" => "RON",
        "lev" => "BGN",
        "tenge" => "KZT",
        "tugrik" => "MNT",
        "lari" => "GEL",
        "taka" => "BDT",
        "cedi" => "GHS",
        "birr" => "ETB",
        "kyat" => "MMK",
        "peseta" => "ESP",
        "geneh" => "EGP",
        "saudiriyal" => "SAR",
        _ => return None,
    })
}

/// The currency of an adjective (or country) and a currency noun:
/// "Canadian" + "dollar" is CAD. `adj` is lower-cased, words joined by one
/// space, abbreviations without dots ("us").
pub fn adjective_currency(adj: &str, noun: &str) -> Option<&'static str> {
    Some(match (noun, adj) {
        ("dollar", "us" | "american" | "united states") => "USD",
        ("dollar", "canadian" | "canada") => "CAD",
        ("dollar", "australian" | "australia" | "aussie") => "AUD",
        ("dollar", "new zealand") => "NZD",
        ("dollar", "hong kong") => "HKD",
        ("dollar", "singapore" | "singaporean") => "SGD",
        ("dollar", "taiwan" | "taiwanese" | "new taiwan") => "TWD",
        ("dollar", "jamaican") => "JMD",
        ("dollar", "namibian") => "NAD",
        ("dollar", "zimbabwe" | "zimbabwean") => "ZWL",
        ("dollar", "liberian") => "LRD",
        ("dollar", "trinidad and tobago" | "trinidadian") => "TTD",
        ("pound", "british" | "uk" | "english") => "GBP",
        ("pound", "egyptian" | "egypt") => "EGP",
        ("pound", "lebanese" | "lebanon") => "LBP",
        ("pound", "syrian") => "SYP",
        ("pound", "sudanese") => "SDG",
        ("pound", "south sudanese") => "SSP",
        ("peso", "mexican") => "MXN",
        ("peso", "argentine" | "argentinian" | "argentinean") => "ARS",
        ("peso", "chilean") => "CLP",
        ("peso", "colombian") => "COP",
        ("peso", "philippine" | "filipino") => "PHP",
        ("peso", "cuban") => "CUP",
        ("peso", "dominican") => "DOP",
        ("peso", "uruguayan") => "UYU",
        ("franc", "swiss") => "CHF",
        ("franc", "french") => "FRF",
        ("franc", "belgian") => "BEF",
        ("franc", "cfa") => "XOF",
        ("franc", "congolese") => "CDF",
        ("franc", "rwandan") => "RWF",
        ("franc", "guinean") => "GNF",
        ("rupee", "indian") => "INR",
        ("rupee", "pakistani" | "pakistan") => "PKR",
        ("rupee", "sri lankan" | "sri lanka") => "LKR",
        ("rupee", "nepalese" | "nepali") => "NPR",
        ("rupee", "mauritian") => "MUR",
        ("dinar", "kuwaiti" | "kuwait") => "KWD",
        ("dinar", "iraqi") => "IQD",
        ("dinar", "jordanian") => "JOD",
        ("dinar", "bahraini") => "BHD",
        ("dinar", "libyan") => "LYD",
        ("dinar", "tunisian") => "TND",
        ("dinar", "algerian") => "DZD",
        ("dinar", "serbian") => "RSD",
        ("dirham", "uae" | "emirati") => "AED",
        ("dirham", "moroccan") => "MAD",
        ("riyal", "saudi") => "SAR",
        ("riyal", "qatari" | "qatar") => "QAR",
        ("riyal", "iranian") => "IRR",
        ("riyal", "omani") => "OMR",
        ("riyal", "yemeni") => "YER",
        ("shilling", "kenyan") => "KES",
        ("shilling", "ugandan") => "UGX",
        ("shilling", "tanzanian") => "TZS",
        ("shilling", "somali") => "SOS",
        ("shilling", "austrian") => "ATS",
        ("krone", "norwegian") => "NOK",
        ("krone", "danish") => "DKK",
        ("krona", "swedish") => "SEK",
        ("krona" | "kronur", "icelandic") => "ISK",
        ("crown", "czech") => "CZK",
        ("crown", "swedish") => "SEK",
        ("crown", "norwegian") => "NOK",
        ("crown", "danish") => "DKK",
        ("ruble", "russian") => "RUB",
        ("ruble", "belarusian" | "belarussian") => "BYN",
        ("yuan", "chinese") => "CNY",
        ("yen", "japanese") => "JPY",
        ("won", "south korean" | "korean") => "KRW",
        ("won", "north korean") => "KPW",
        ("real", "brazilian") => "BRL",
        ("rand", "south african") => "ZAR",
        ("lira", "turkish") => "TRY",
        ("lira", "italian") => "ITL",
        ("mark", "german" | "deutsche" | "deutsch") => "DEM",
        ("mark", "finnish") => "FIM",
        ("markka", "finnish") => "FIM",
        ("manat", "azerbaijani") => "AZN",
        ("manat", "turkmen") => "TMT",
        ("lev", "bulgarian") => "BGN",
        ("leu", "romanian") => "RON",
        ("leu", "moldovan") => "MDL",
        ("hryvnia", "ukrainian") => "UAH",
        ("zloty", "polish") => "PLN",
        ("forint", "hungarian") => "HUF",
        ("koruna", "czech") => "CZK",
        ("tenge", "kazakh" | "kazakhstani") => "KZT",
        ("lari", "georgian") => "GEL",
        ("ringgit", "malaysia" | "malaysian") => "MYR",
        ("baht", "thai") => "THB",
        ("rupiah", "indonesian") => "IDR",
        ("dong", "vietnamese") => "VND",
        ("naira", "nigerian") => "NGN",
        ("cedi", "ghanaian") => "GHS",
        ("birr", "ethiopian") => "ETB",
        ("kwacha", "zambian") => "ZMW",
        ("kwacha", "malawian") => "MWK",
        ("shekel", "israeli" | "new israeli") => "ILS",
        ("peseta", "spanish") => "ESP",
        ("tugrik", "mongolian") => "MNT",
        ("geneh", "egyptian") => "EGP",
        _ => return None,
    })
}

/// A minor currency unit ("cents", "pence"): its name as reported in
/// `unit` (amount left in minor units, currency unknown).
pub fn minor_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "cent" | "cents" | "c" | "ct" | "cts" => "cent",
        "penny" | "pennies" | "pence" | "p" => "penny",
        "kopeck" | "kopecks" | "kopek" | "kopeks" | "kopiyka" | "kopiykas" | "kopiyok"
        | "kopecks'" => "kopeck",
        "paise" | "paisa" => "paisa",
        "centime" | "centimes" => "centime",
        "mao" => "mao",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_sorted_and_read_in_either_case() {
        assert!(
            CODES.windows(2).all(|w| w[0] < w[1]),
            "CODES sorted, no repeats"
        );
        for code in CODES {
            assert_eq!(currency_code(code), Some(Some(*code)));
            let lower = code.to_lowercase();
            let want = (!AMBIGUOUS_LOWER.contains(&lower.as_str())).then_some(*code);
            assert_eq!(currency_code(&lower).flatten(), want, "{lower}");
        }
        // mixed case, other lengths, the special words, a letter beyond
        // ASCII whose capital is ASCII (long s)
        for (w, want) in [
            ("Usd", None),
            ("uSD", None),
            ("US", None),
            ("USDX", None),
            ("the", None),
            ("RM", Some(Some("MYR"))),
            ("rmb", Some(Some("CNY"))),
            ("btc", Some(None)),
            ("u\u{17f}d", Some(Some("USD"))),
            ("\u{e9}ur", None),
        ] {
            assert_eq!(currency_code(w), want, "{w}");
        }
    }
}
