//! Word lists of the numeric extractor: number words, multipliers,
//! currencies, units of measure and time, and hedges.
//!
//! Consumes lower-cased words (and, where case matters, the word as
//! written); produces their meaning. Pure lookups, no state.

use crate::facts::Qualifier;

/// Value of a cardinal word below one hundred ("seven", "forty").
pub(crate) fn small_cardinal(w: &str) -> Option<u32> {
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return tens(w),
    })
}

/// Value of a tens word ("twenty" … "ninety").
pub(crate) fn tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Power of ten of a scale word ("thousand" is 3, "crore" is 7).
pub(crate) fn scale_word(w: &str) -> Option<u32> {
    Some(match w {
        "thousand" | "thousands" => 3,
        "million" | "millions" => 6,
        "billion" | "billions" => 9,
        "trillion" | "trillions" => 12,
        "quadrillion" => 15,
        "lakh" | "lakhs" | "lac" | "lacs" | "lakhs'" => 5,
        "crore" | "crores" | "koti" | "cr" => 7,
        _ => return None,
    })
}

/// Power of ten of an abbreviated multiplier written after digits
/// ("3.5bn", "10k", "2mil"). `money` allows the short forms that mean
/// million/billion only after a currency ("USD 4.5m", "$2b").
pub(crate) fn abbrev_multiplier(raw: &str, money: bool) -> Option<u32> {
    let low = raw.to_lowercase();
    Some(match low.as_str() {
        "k" | "thou" => 3,
        "bn" | "bln" | "billion" => 9,
        "mn" | "mln" | "mil" | "mill" | "mio" => 6,
        "tn" | "tln" | "trn" => 12,
        "lkh" | "lk" => 5,
        "cr" => 7,
        "mm" if money => 6,
        "m" if money || raw == "M" => 6,
        // SI giga, upper case only ("10G", "-.0012G"; the caller keeps
        // "4G"/"5G", names of network generations, out)
        "g" if raw == "G" => 9,
        "b" if money || raw == "B" => 9,
        _ => return None,
    })
}

/// Value of an ordinal word ("third" is 3, "hundredth" is 100).
pub(crate) fn ordinal_word(w: &str) -> Option<u64> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" | "nineth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1_000,
        "millionth" => 1_000_000,
        "billionth" => 1_000_000_000,
        "trillionth" => 1_000_000_000_000,
        _ => return None,
    })
}

/// Denominator of a fraction word ("thirds" is 3, "quarter" is 4); the
/// flag says whether the word is plural.
pub(crate) fn denominator(w: &str) -> Option<(u32, bool)> {
    let (stem, plural) = match w {
        "halves" => return Some((2, true)),
        "half" => return Some((2, false)),
        _ => match w.strip_suffix('s') {
            Some(s) => (s, true),
            None => (w, false),
        },
    };
    Some((
        match stem {
            "third" => 3,
            "quarter" | "fourth" => 4,
            "fifth" => 5,
            "sixth" => 6,
            "seventh" => 7,
            "eighth" => 8,
            "ninth" => 9,
            "tenth" => 10,
            "twelfth" => 12,
            "sixteenth" => 16,
            "twentieth" => 20,
            "hundredth" => 100,
            "thousandth" => 1000,
            _ => return None,
        },
        plural,
    ))
}

/// Value of a vulgar fraction character ("½"): numerator, denominator.
pub(crate) fn vulgar_fraction(c: char) -> Option<(i128, i128)> {
    Some(match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        _ => return None,
    })
}

/// A hedge phrase: its words (lower-cased) and meaning. Longest phrases
/// first so that "no more than" wins over "more than".
pub(crate) const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["upward", "of"], Qualifier::MoreThan),
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["just", "under"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["at", "most"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["close", "to"], Qualifier::Approx),
    (&["an", "estimated"], Qualifier::Approx),
    (&["more", "or", "less"], Qualifier::Approx),
    (&["in", "the", "region", "of"], Qualifier::Approx),
    (&["somewhere", "around"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["nearly"], Qualifier::Approx),
    (&["almost"], Qualifier::Approx),
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["approximately"], Qualifier::Approx),
    (&["approx"], Qualifier::Approx),
    (&["circa"], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
    (&["exceeding"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
];

/// Currency written before the amount as a symbol ("$", "€").
pub(crate) fn currency_symbol(c: char) -> Option<Option<&'static str>> {
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

/// Prefix letters of a dollar sign ("US$", "C$", "HK$"): the currency.
pub(crate) fn dollar_prefix(w: &str) -> Option<&'static str> {
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
        _ => return None,
    })
}

/// ISO 4217 codes recognised as words ("USD 4.5m", "20 usd"). Upper case
/// always; lower case only where the code is not also an English word.
pub(crate) fn currency_code(raw: &str) -> Option<Option<&'static str>> {
    const CODES: &[&str] = &[
        "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "UAH", "CHF", "CAD", "AUD", "NZD", "HKD",
        "SGD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "ILS", "KRW", "KWD",
        "SAR", "QAR", "AED", "EGP", "LBP", "MYR", "MNT", "ZAR", "BRL", "MXN", "ARS", "IDR", "THB",
        "VND", "PHP", "PKR", "BDT", "NGN", "KES", "GHS", "FIM", "DEM", "FRF", "ITL", "ESP", "TWD",
        "BYN", "KZT", "GEL", "AZN", "AMD", "IRR", "IQD", "JOD", "OMR", "BHD", "LKR", "NPR", "CLP",
        "COP", "PEN", "ISK", "HRK", "RSD", "MDL", "UZS", "TND", "MAD", "DZD", "LYD", "ETB", "UGX",
        "TZS", "XOF", "XAF", "JMD", "TTD",
    ];
    const AMBIGUOUS_LOWER: &[&str] = &["try", "mad", "php", "pen", "cop", "amd", "esp", "gel"];
    let up = raw.to_uppercase();
    if raw == "RM" {
        return Some(Some("MYR"));
    }
    if raw == "RMB" || raw == "rmb" {
        return Some(Some("CNY"));
    }
    if raw == "BTC" || raw == "btc" || raw == "XBT" {
        return Some(None);
    }
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
pub(crate) fn scaled_currency_code(raw: &str) -> Option<(&'static str, u32)> {
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
pub(crate) fn currency_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" => "dollar",
        "buck" | "bucks" => "buck",
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
        "rand" => "rand",
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
pub(crate) fn noun_needs_context(noun: &str) -> bool {
    matches!(
        noun,
        "pound" | "mark" | "won" | "real" | "crown" | "dong" | "rand" | "lira"
    )
}

/// The currency of a bare currency noun, if it is not ambiguous.
pub(crate) fn noun_currency(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "dollar" => "USD",
        "euro" => "EUR",
        "pound" | "sterling" => "GBP",
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
pub(crate) fn adjective_currency(adj: &str, noun: &str) -> Option<&'static str> {
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
pub(crate) fn minor_unit(w: &str) -> Option<&'static str> {
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

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitKind {
    /// A physical quantity (length, mass, …).
    Measure,
    /// Time: the singular unit name of a duration and a factor (a
    /// fortnight is 2 weeks).
    Time(&'static str, u32),
}

/// A unit word written after a number: its normalised symbol and kind.
/// `raw` is the word as written (case matters for a few symbols);
/// `low` is lower-cased. `glued`: written right after the digits ("3km").
pub(crate) fn unit_word(raw: &str, low: &str, glued: bool) -> Option<(&'static str, UnitKind)> {
    use UnitKind::*;
    // "5G" is a network generation, not grams
    if raw == "G" {
        return None;
    }
    // case-sensitive symbols first
    let cs = match raw {
        "KiB" => Some("KiB"),
        "MiB" => Some("MiB"),
        "GiB" => Some("GiB"),
        "TiB" => Some("TiB"),
        "C" => Some("°C"),
        "F" => Some("°F"),
        "K" => None,
        "W" => Some("W"),
        "kW" | "KW" => Some("kW"),
        "MW" => Some("MW"),
        "GW" => Some("GW"),
        "TW" => Some("TW"),
        "Wh" => Some("Wh"),
        "kWh" | "KWh" | "kwh" => Some("kWh"),
        "MWh" => Some("MWh"),
        "GWh" => Some("GWh"),
        "TWh" => Some("TWh"),
        "J" => Some("J"),
        "kJ" => Some("kJ"),
        "MJ" => Some("MJ"),
        "GJ" => Some("GJ"),
        "V" => Some("V"),
        "kV" => Some("kV"),
        "mAh" => Some("mAh"),
        "eV" => Some("eV"),
        "keV" => Some("keV"),
        "MeV" => Some("MeV"),
        "GeV" => Some("GeV"),
        "TeV" => Some("TeV"),
        "B" if glued => Some("B"),
        "KB" | "kB" => Some("kB"),
        "MB" => Some("MB"),
        "GB" => Some("GB"),
        "TB" => Some("TB"),
        "PB" => Some("PB"),
        "EB" => Some("EB"),
        "kb" | "Kb" => Some("kbit"),
        "Mb" => Some("Mbit"),
        "Gb" => Some("Gbit"),
        "Hz" => Some("Hz"),
        "kHz" => Some("kHz"),
        "MHz" => Some("MHz"),
        "GHz" => Some("GHz"),
        "Pa" => Some("Pa"),
        "kPa" => Some("kPa"),
        "MPa" => Some("MPa"),
        "hPa" => Some("hPa"),
        "Mt" => Some("Mt"),
        "dB" => Some("dB"),
        "L" => Some("L"),
        _ => None,
    };
    if let Some(s) = cs {
        return Some((s, Measure));
    }
    let sym = match low {
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" | "cms" => "cm",
        "m" | "metre" | "metres" | "meter" | "meters" | "mtr" | "mtrs" => "m",
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" | "klick"
        | "klicks" => "km",
        "dm" | "decimetre" | "decimetres" | "decimeter" | "decimeters" => "dm",
        "nm" | "nanometre" | "nanometres" | "nanometer" | "nanometers" => "nm",
        "µm" | "μm" | "micrometre" | "micrometres" | "micrometer" | "micrometers" | "micron"
        | "microns" => "µm",
        "inch" | "inches" => "in",
        "ft" | "foot" | "feet" => "ft",
        "yd" | "yds" | "yard" | "yards" => "yd",
        "mi" | "mile" | "miles" => "mi",
        "ha" | "hectare" | "hectares" => "ha",
        "mb" => "MB",
        "kibibyte" | "kibibytes" => "KiB",
        "mebibyte" | "mebibytes" => "MiB",
        "gibibyte" | "gibibytes" => "GiB",
        "tebibyte" | "tebibytes" => "TiB",
        "acre" | "acres" => "acre",
        "l" | "litre" | "litres" | "liter" | "liters" | "ltr" | "ltrs" => "L",
        "ml" | "mls" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => "mL",
        "cl" | "centilitre" | "centilitres" | "centiliter" | "centiliters" => "cL",
        "dl" | "decilitre" | "decilitres" | "deciliter" | "deciliters" => "dL",
        "hl" | "hectolitre" | "hectolitres" | "hectoliter" | "hectoliters" => "hL",
        "gal" | "gals" | "gallon" | "gallons" => "gal",
        "bbl" | "bbls" | "barrel" | "barrels" => "bbl",
        "cup" | "cups" => "cup",
        "tbsp" | "tablespoon" | "tablespoons" => "tbsp",
        "tsp" | "teaspoon" | "teaspoons" => "tsp",
        "pint" | "pints" => "pt",
        "quart" | "quarts" => "qt",
        "mg" | "milligram" | "milligrams" | "milligramme" | "milligrammes" => "mg",
        "µg" | "μg" | "mcg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => "µg",
        "g" | "gr" | "gram" | "grams" | "gramme" | "grammes" => "g",
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo"
        | "kilos" => "kg",
        "t" | "tonne" | "tonnes" => "t",
        "ton" | "tons" => "ton",
        "lb" | "lbs" | "pound" | "pounds" => "lb",
        "oz" | "ounce" | "ounces" => "oz",
        "kt" | "kiloton" | "kilotons" | "kilotonne" | "kilotonnes" => "kt",
        "megaton" | "megatons" | "megatonne" | "megatonnes" => "Mt",
        "carat" | "carats" => "ct",
        "mph" => "mph",
        "kph" | "kmph" | "kmh" => "km/h",
        "knot" | "knots" => "kn",
        "celsius" | "centigrade" => "°C",
        "fahrenheit" | "farenheit" => "°F",
        "kelvin" | "kelvins" => "K",
        "degree" | "degrees" | "deg" => "°",
        "watt" | "watts" => "W",
        "kilowatt" | "kilowatts" => "kW",
        "megawatt" | "megawatts" => "MW",
        "gigawatt" | "gigawatts" => "GW",
        "terawatt" | "terawatts" => "TW",
        "joule" | "joules" => "J",
        "kilojoule" | "kilojoules" => "kJ",
        "megajoule" | "megajoules" => "MJ",
        "calorie" | "calories" | "cal" => "cal",
        "kcal" | "kilocalorie" | "kilocalories" => "kcal",
        "hp" | "horsepower" => "hp",
        "volt" | "volts" => "V",
        "kilovolt" | "kilovolts" => "kV",
        "amp" | "amps" | "ampere" | "amperes" => "A",
        "btu" | "btus" => "BTU",
        "bit" | "bits" => "bit",
        "byte" | "bytes" => "B",
        "kilobyte" | "kilobytes" => "kB",
        "megabyte" | "megabytes" => "MB",
        "gigabyte" | "gigabytes" => "GB",
        "terabyte" | "terabytes" => "TB",
        "petabyte" | "petabytes" => "PB",
        "exabyte" | "exabytes" => "EB",
        "kilobit" | "kilobits" | "kbit" => "kbit",
        "megabit" | "megabits" | "mbit" => "Mbit",
        "gigabit" | "gigabits" | "gbit" => "Gbit",
        "kbps" => "kbit/s",
        "mbps" => "Mbit/s",
        "gbps" => "Gbit/s",
        "hz" | "hertz" => "Hz",
        "khz" | "kilohertz" => "kHz",
        "mhz" | "megahertz" => "MHz",
        "ghz" | "gigahertz" => "GHz",
        "psi" => "psi",
        "atm" | "atmosphere" | "atmospheres" => "atm",
        "mbar" | "millibar" | "millibars" => "mbar",
        "db" | "decibel" | "decibels" => "dB",
        "gwh" => "GWh",
        "mwh" => "MWh",
        "twh" => "TWh",
        "tpd" => "t/d",
        "turn" | "turns" => "turn",
        _ => {
            let t = match low {
                "second" | "seconds" | "sec" | "secs" => ("second", 1),
                "minute" | "minutes" | "min" | "mins" => ("minute", 1),
                "hour" | "hours" | "hr" | "hrs" => ("hour", 1),
                "h" => ("hour", 1),
                "day" | "days" | "night" | "nights" => ("day", 1),
                "week" | "weeks" | "wk" | "wks" => ("week", 1),
                "fortnight" | "fortnights" => ("week", 2),
                "month" | "months" | "mo" | "mos" | "mth" | "mths" => ("month", 1),
                "year" | "years" | "yr" | "yrs" => ("year", 1),
                "decade" | "decades" => ("decade", 1),
                "century" | "centuries" => ("century", 1),
                "millennium" | "millennia" | "millenniums" => ("century", 10),
                _ => return None,
            };
            return Some(("", Time(t.0, t.1)));
        }
    };
    Some((sym, Measure))
}

/// Whether a measure unit can be an adjective compound ("155-mm", "three-foot").
pub(crate) fn area_volume_prefix(low: &str) -> Option<&'static str> {
    Some(match low {
        "square" | "sq" => "²",
        "cubic" | "cu" => "³",
        _ => return None,
    })
}

/// English months and weekdays: a number next to one is a date's.
pub(crate) fn is_calendar_word(low: &str) -> bool {
    matches!(
        low,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "am"
            | "pm"
            | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "est"
            | "edt"
            | "pst"
            | "pdt"
            | "o'clock"
            | "hrs."
            | "bc"
            | "bce"
            | "ad"
            | "ce"
    )
}

/// Function words that end a counted noun phrase.
pub(crate) fn is_function_word(low: &str) -> bool {
    matches!(
        low,
        "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "with"
            | "without"
            | "by"
            | "as"
            | "than"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "when"
            | "while"
            | "if"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that's"
            | "these"
            | "those"
            | "its"
            | "it"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "there"
            | "here"
            | "not"
            | "no"
            | "so"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "after"
            | "before"
            | "since"
            | "until"
            | "per"
            | "each"
            | "every"
            | "all"
            | "both"
            | "more"
            | "less"
            | "most"
            | "than."
            | "also"
            | "said"
            | "says"
            | "say"
            | "told"
            | "ago"
            | "later"
            | "earlier"
            | "out"
            | "up"
            | "down"
            | "off"
            | "through"
            | "across"
            | "against"
            | "between"
            | "among"
            | "amid"
            | "during"
            | "including"
            | "like"
            | "just"
            | "only"
            | "even"
            | "still"
            | "already"
            | "now"
            | "then"
            | "again"
            | "too"
            | "very"
            | "other"
            | "others"
            | "another"
            | "such"
            | "own"
            | "same"
            | "what"
            | "how"
            | "why"
            | "whether"
            | "because"
            | "although"
            | "though"
            | "unless"
            | "via"
            | "within"
            | "toward"
            | "towards"
            | "upon"
            | "among."
            | "respectively"
            | "percent"
            | "times"
            | "time"
    )
}

/// Plural nouns without a plural ending, and mass nouns counted in news.
pub(crate) fn is_irregular_plural(low: &str) -> bool {
    matches!(
        low,
        "people"
            | "personnel"
            | "children"
            | "men"
            | "women"
            | "police"
            | "staff"
            | "aircraft"
            | "cattle"
            | "sheep"
            | "fish"
            | "deer"
            | "livestock"
            | "infantry"
            | "militia"
            | "crew"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "spacecraft"
            | "watercraft"
            | "hovercraft"
            | "offspring"
            | "series"
            | "species"
            | "clergy"
            | "faculty"
            | "youth"
            | "swine"
            | "poultry"
    )
}
