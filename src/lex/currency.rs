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

/// In which case [`currency_code`] reads a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// In capitals or lower case ("USD", "usd"): the currencies news
    /// quotes most.
    Any,
    /// In capitals only: in lower case the code is an English word ("try",
    /// "mad", "pen", "gel") or too rare in news to be read so.
    Upper,
}

use Case::{Any as A, Upper as U};

/// The ISO 4217 codes [`currency_code`] reads, in capitals, sorted (it
/// searches them by halves), with the case they are read in: every
/// current code but those that are also English words or common acronyms
/// in capitals ("ALL", "TOP", "CUP", "SOS", "CVE"; their currencies are
/// read by name: "Albanian lek"), and the codes of currencies the euro
/// replaced that news still quotes.
const CODES: &[(&str, Case)] = &[
    ("AED", A),
    ("AFN", U),
    ("AMD", U),
    ("ANG", U),
    ("AOA", U),
    ("ARS", A),
    ("AUD", A),
    ("AWG", U),
    ("AZN", A),
    ("BAM", U),
    ("BBD", U),
    ("BDT", A),
    ("BGN", A),
    ("BHD", A),
    ("BIF", U),
    ("BMD", U),
    ("BND", U),
    ("BRL", A),
    ("BSD", U),
    ("BTN", U),
    ("BWP", U),
    ("BYN", A),
    ("BZD", U),
    ("CAD", A),
    ("CDF", U),
    ("CHF", A),
    ("CLP", A),
    ("CNY", A),
    ("COP", U),
    ("CRC", U),
    ("CZK", A),
    ("DEM", A),
    ("DJF", U),
    ("DKK", A),
    ("DOP", U),
    ("DZD", A),
    ("EGP", A),
    ("ERN", U),
    ("ESP", U),
    ("ETB", A),
    ("EUR", A),
    ("FIM", A),
    ("FJD", U),
    ("FKP", U),
    ("FRF", A),
    ("GBP", A),
    ("GEL", U),
    ("GHS", A),
    ("GIP", U),
    ("GMD", U),
    ("GNF", U),
    ("GTQ", U),
    ("GYD", U),
    ("HKD", A),
    ("HNL", U),
    ("HRK", A),
    ("HTG", U),
    ("HUF", A),
    ("IDR", A),
    ("ILS", A),
    ("INR", A),
    ("IQD", A),
    ("IRR", A),
    ("ISK", A),
    ("ITL", A),
    ("JMD", A),
    ("JOD", A),
    ("JPY", A),
    ("KES", A),
    ("KGS", U),
    ("KHR", U),
    ("KMF", U),
    ("KPW", U),
    ("KRW", A),
    ("KWD", A),
    ("KYD", U),
    ("KZT", A),
    ("LAK", U),
    ("LBP", A),
    ("LKR", A),
    ("LRD", U),
    ("LSL", U),
    ("LYD", A),
    ("MAD", U),
    ("MDL", A),
    ("MGA", U),
    ("MKD", U),
    ("MMK", U),
    ("MNT", A),
    ("MRU", U),
    ("MUR", U),
    ("MVR", U),
    ("MWK", U),
    ("MXN", A),
    ("MYR", A),
    ("MZN", U),
    ("NAD", U),
    ("NGN", A),
    ("NIO", U),
    ("NOK", A),
    ("NPR", A),
    ("NZD", A),
    ("OMR", A),
    ("PAB", U),
    ("PEN", U),
    ("PGK", U),
    ("PHP", U),
    ("PKR", A),
    ("PLN", A),
    ("PYG", U),
    ("QAR", A),
    ("RON", A),
    ("RSD", A),
    ("RUB", A),
    ("RWF", U),
    ("SAR", A),
    ("SBD", U),
    ("SCR", U),
    ("SDG", U),
    ("SEK", A),
    ("SGD", A),
    ("SHP", U),
    ("SLE", U),
    ("SLL", U),
    ("SRD", U),
    ("SSP", U),
    ("SYP", U),
    ("SZL", U),
    ("THB", A),
    ("TJS", U),
    ("TMT", U),
    ("TND", A),
    ("TRY", U),
    ("TTD", A),
    ("TWD", A),
    ("TZS", A),
    ("UAH", A),
    ("UGX", A),
    ("USD", A),
    ("UYU", U),
    ("UZS", A),
    ("VES", U),
    ("VND", A),
    ("VUV", U),
    ("WST", U),
    ("XAF", A),
    ("XCD", U),
    ("XCG", U),
    ("XOF", A),
    ("XPF", U),
    ("YER", U),
    ("ZAR", A),
    ("ZMW", U),
    ("ZWG", U),
    ("ZWL", U),
];

/// ISO 4217 codes recognised as words ("USD 4.5m", "20 usd", "MKD 300").
/// Upper case always; lower case only for the codes news quotes most
/// ("usd", "eur"; not "try" or "mad").
///
/// It is asked of every word before a figure, so an ASCII word is read
/// without allocating: its letters are upper-cased in place.
pub fn currency_code(raw: &str) -> Option<Option<&'static str>> {
    match raw {
        "RM" => return Some(Some("MYR")),
        "RMB" | "rmb" => return Some(Some("CNY")),
        // the new Israeli shekel as Israeli papers write it ("NIS 40
        // million"); the CFA franc, whose two zones the letters do not tell
        "NIS" => return Some(Some("ILS")),
        "CFA" => return Some(None),
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
    let (code, case) = CODES
        .binary_search_by(|(code, _)| code.as_bytes().cmp(&up[..]))
        .ok()
        .and_then(|k| CODES.get(k))?;
    let lower = raw.bytes().all(|x| !x.is_ascii_uppercase());
    if raw.as_bytes() == up || (lower && *case == Case::Any) {
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
    let (code, case) = CODES.iter().find(|(c, _)| *c == up)?;
    if raw == up || (raw == raw.to_lowercase() && *case == Case::Any) {
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

/// Every form of a currency noun (lower-cased) and its singular, sorted by
/// form: [`currency_noun`] searches it by halves.
const NOUN_FORMS: &[(&str, &str)] = &[
    ("afghani", "afghani"),
    ("afghanis", "afghani"),
    ("ariary", "ariary"),
    ("baht", "baht"),
    ("bahts", "baht"),
    ("balboa", "balboa"),
    ("balboas", "balboa"),
    ("birr", "birr"),
    ("birrs", "birr"),
    ("bitcoin", "bitcoin"),
    ("bitcoins", "bitcoin"),
    ("bolivar", "bolivar"),
    ("bolivares", "bolivar"),
    ("bolivars", "bolivar"),
    ("boliviano", "boliviano"),
    ("bolivianos", "boliviano"),
    ("bolívar", "bolivar"),
    ("bolívares", "bolivar"),
    ("buck", "buck"),
    ("bucks", "buck"),
    ("cedi", "cedi"),
    ("cedis", "cedi"),
    ("colon", "colon"),
    ("colones", "colon"),
    ("colons", "colon"),
    ("colón", "colon"),
    ("cordoba", "cordoba"),
    ("cordobas", "cordoba"),
    ("crown", "crown"),
    ("crowns", "crown"),
    ("córdoba", "cordoba"),
    ("córdobas", "cordoba"),
    ("dalasi", "dalasi"),
    ("dalasis", "dalasi"),
    ("denar", "denar"),
    ("denari", "denar"),
    ("denars", "denar"),
    ("deutschmark", "mark"),
    ("deutschmarks", "mark"),
    ("dinar", "dinar"),
    ("dinars", "dinar"),
    ("dirham", "dirham"),
    ("dirhams", "dirham"),
    ("dobra", "dobra"),
    ("dobras", "dobra"),
    ("dollar", "dollar"),
    ("dollars", "dollar"),
    ("dong", "dong"),
    ("dongs", "dong"),
    ("drachma", "drachma"),
    ("drachmae", "drachma"),
    ("drachmas", "drachma"),
    ("dram", "dram"),
    ("drams", "dram"),
    ("emalangeni", "lilangeni"),
    ("escudo", "escudo"),
    ("escudos", "escudo"),
    ("euro", "euro"),
    ("euros", "euro"),
    ("florin", "florin"),
    ("florins", "florin"),
    ("forint", "forint"),
    ("forints", "forint"),
    ("franc", "franc"),
    ("francs", "franc"),
    ("geneh", "geneh"),
    ("genihat", "geneh"),
    ("gourde", "gourde"),
    ("gourdes", "gourde"),
    ("greenback", "greenback"),
    ("greenbacks", "greenback"),
    ("guarani", "guarani"),
    ("guaranies", "guarani"),
    ("guaranis", "guarani"),
    ("guaraní", "guarani"),
    ("guaraníes", "guarani"),
    ("guilder", "guilder"),
    ("guilders", "guilder"),
    ("guinea", "geneh"),
    ("hryvna", "hryvnia"),
    ("hryvnas", "hryvnia"),
    ("hryvni", "hryvnia"),
    ("hryvnia", "hryvnia"),
    ("hryvnias", "hryvnia"),
    ("hryvnya", "hryvnia"),
    ("hryvnyas", "hryvnia"),
    ("kina", "kina"),
    ("kinas", "kina"),
    ("kip", "kip"),
    ("kips", "kip"),
    ("koruna", "koruna"),
    ("korunas", "koruna"),
    ("koruny", "koruna"),
    ("kr", "krone"),
    ("krona", "krona"),
    ("krone", "krone"),
    ("kroner", "krone"),
    ("kronor", "krona"),
    ("kronur", "kronur"),
    ("kuai", "kuai"),
    ("kuna", "kuna"),
    ("kunas", "kuna"),
    ("kune", "kuna"),
    ("kwacha", "kwacha"),
    ("kwachas", "kwacha"),
    ("kwanza", "kwanza"),
    ("kwanzas", "kwanza"),
    ("kyat", "kyat"),
    ("kyats", "kyat"),
    ("kč", "koruna"),
    ("lari", "lari"),
    ("lei", "leu"),
    ("lek", "lek"),
    ("leke", "lek"),
    ("lekë", "lek"),
    ("lempira", "lempira"),
    ("lempiras", "lempira"),
    ("leone", "leone"),
    ("leones", "leone"),
    ("leu", "leu"),
    ("lev", "lev"),
    ("leva", "lev"),
    ("levs", "lev"),
    ("lilangeni", "lilangeni"),
    ("lira", "lira"),
    ("liras", "lira"),
    ("lire", "lire"),
    ("loonie", "loonie"),
    ("loonies", "loonie"),
    ("loti", "loti"),
    ("maloti", "loti"),
    ("manat", "manat"),
    ("manats", "manat"),
    ("mark", "mark"),
    ("markka", "markka"),
    ("markkaa", "markka"),
    ("markkas", "markka"),
    ("marks", "mark"),
    ("meticais", "metical"),
    ("metical", "metical"),
    ("meticals", "metical"),
    ("naira", "naira"),
    ("nakfa", "nakfa"),
    ("nakfas", "nakfa"),
    ("ngultrum", "ngultrum"),
    ("ngultrums", "ngultrum"),
    ("ouguiya", "ouguiya"),
    ("ouguiyas", "ouguiya"),
    ("paanga", "paanga"),
    ("pataca", "pataca"),
    ("patacas", "pataca"),
    ("peseta", "peseta"),
    ("pesetas", "peseta"),
    ("peso", "peso"),
    ("pesos", "peso"),
    ("pound", "pound"),
    ("pounds", "pound"),
    ("pula", "pula"),
    ("quetzal", "quetzal"),
    ("quetzales", "quetzal"),
    ("quetzals", "quetzal"),
    ("quid", "quid"),
    ("rand", "rand"),
    ("rands", "rand"),
    ("reais", "real"),
    ("real", "real"),
    ("renminbi", "renminbi"),
    ("rial", "riyal"),
    ("rials", "riyal"),
    ("riel", "riel"),
    ("riels", "riel"),
    ("ringgit", "ringgit"),
    ("ringgits", "ringgit"),
    ("riyal", "riyal"),
    ("riyals", "riyal"),
    ("rouble", "ruble"),
    ("roubles", "ruble"),
    ("rs", "rupee"),
    ("ruble", "ruble"),
    ("rubles", "ruble"),
    ("rufiyaa", "rufiyaa"),
    ("rufiyaas", "rufiyaa"),
    ("rupee", "rupee"),
    ("rupees", "rupee"),
    ("rupiah", "rupiah"),
    ("rupiahs", "rupiah"),
    ("saudiriyal", "saudiriyal"),
    ("saudiriyals", "saudiriyal"),
    ("schilling", "shilling"),
    ("schillings", "shilling"),
    ("shekel", "shekel"),
    ("shekels", "shekel"),
    ("sheqalim", "shekel"),
    ("sheqel", "shekel"),
    ("shilling", "shilling"),
    ("shillings", "shilling"),
    ("sol", "sol"),
    ("soles", "sol"),
    ("som", "som"),
    ("somoni", "somoni"),
    ("somonis", "somoni"),
    ("soms", "som"),
    ("sterling", "sterling"),
    ("taka", "taka"),
    ("tala", "tala"),
    ("tenge", "tenge"),
    ("togrog", "tugrik"),
    ("tughrik", "tugrik"),
    ("tugrik", "tugrik"),
    ("tugriks", "tugrik"),
    ("vatu", "vatu"),
    ("won", "won"),
    ("yen", "yen"),
    ("yuan", "yuan"),
    ("yuans", "yuan"),
    ("zloty", "zloty"),
    ("zlotych", "zloty"),
    ("zlotys", "zloty"),
    ("zł", "zloty"),
];

/// The currency of a bare currency noun where the noun alone names one,
/// sorted by noun. "lire" is the plural of the Italian lira only (the
/// Turkish is "lira", "liras").
const NOUN_CODES: &[(&str, &str)] = &[
    ("afghani", "AFN"),
    ("ariary", "MGA"),
    ("baht", "THB"),
    ("balboa", "PAB"),
    ("birr", "ETB"),
    ("bolivar", "VES"),
    ("boliviano", "BOB"),
    ("cedi", "GHS"),
    ("colon", "CRC"),
    ("cordoba", "NIO"),
    ("dalasi", "GMD"),
    ("denar", "MKD"),
    ("dobra", "STN"),
    ("dollar", "USD"),
    ("dong", "VND"),
    ("drachma", "GRD"),
    ("dram", "AMD"),
    ("euro", "EUR"),
    ("forint", "HUF"),
    ("geneh", "EGP"),
    ("gourde", "HTG"),
    ("greenback", "USD"),
    ("guarani", "PYG"),
    ("hryvnia", "UAH"),
    ("kina", "PGK"),
    ("kip", "LAK"),
    ("koruna", "CZK"),
    ("krona", "SEK"),
    ("kronur", "ISK"),
    ("kuai", "CNY"),
    ("kuna", "HRK"),
    ("kwanza", "AOA"),
    ("kyat", "MMK"),
    ("lari", "GEL"),
    ("lek", "ALL"),
    ("lempira", "HNL"),
    ("leone", "SLE"),
    ("leu", "RON"),
    ("lev", "BGN"),
    ("lilangeni", "SZL"),
    ("lira", "TRY"),
    ("lire", "ITL"),
    ("loonie", "CAD"),
    ("loti", "LSL"),
    ("mark", "DEM"),
    ("markka", "FIM"),
    ("metical", "MZN"),
    ("naira", "NGN"),
    ("nakfa", "ERN"),
    ("ngultrum", "BTN"),
    ("ouguiya", "MRU"),
    ("paanga", "TOP"),
    ("pataca", "MOP"),
    ("peseta", "ESP"),
    ("pound", "GBP"),
    ("pula", "BWP"),
    ("quetzal", "GTQ"),
    ("quid", "GBP"),
    ("rand", "ZAR"),
    ("real", "BRL"),
    ("renminbi", "CNY"),
    ("riel", "KHR"),
    ("ringgit", "MYR"),
    ("ruble", "RUB"),
    ("rufiyaa", "MVR"),
    ("rupee", "INR"),
    ("rupiah", "IDR"),
    ("saudiriyal", "SAR"),
    ("shekel", "ILS"),
    ("sol", "PEN"),
    ("somoni", "TJS"),
    ("sterling", "GBP"),
    ("taka", "BDT"),
    ("tala", "WST"),
    ("tenge", "KZT"),
    ("tugrik", "MNT"),
    ("vatu", "VUV"),
    ("won", "KRW"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("zloty", "PLN"),
];

/// The currency of a noun and the adjective or country before it
/// ("Canadian" + "dollar"), sorted by noun, then adjective.
const ADJECTIVE_CODES: &[(&str, &str, &str)] = &[
    ("afghani", "afghan", "AFN"),
    ("ariary", "malagasy", "MGA"),
    ("baht", "thai", "THB"),
    ("balboa", "panamanian", "PAB"),
    ("birr", "ethiopian", "ETB"),
    ("bolivar", "venezuelan", "VES"),
    ("boliviano", "bolivian", "BOB"),
    ("cedi", "ghanaian", "GHS"),
    ("colon", "costa rican", "CRC"),
    ("colon", "salvadoran", "SVC"),
    ("cordoba", "nicaraguan", "NIO"),
    ("crown", "czech", "CZK"),
    ("crown", "danish", "DKK"),
    ("crown", "norwegian", "NOK"),
    ("crown", "swedish", "SEK"),
    ("dalasi", "gambian", "GMD"),
    ("denar", "macedonian", "MKD"),
    ("denar", "north macedonian", "MKD"),
    ("dinar", "algerian", "DZD"),
    ("dinar", "bahraini", "BHD"),
    ("dinar", "iraqi", "IQD"),
    ("dinar", "jordanian", "JOD"),
    ("dinar", "kuwait", "KWD"),
    ("dinar", "kuwaiti", "KWD"),
    ("dinar", "libyan", "LYD"),
    ("dinar", "serbian", "RSD"),
    ("dinar", "tunisian", "TND"),
    ("dirham", "emirati", "AED"),
    ("dirham", "moroccan", "MAD"),
    ("dirham", "uae", "AED"),
    ("dobra", "sao tome", "STN"),
    ("dollar", "american", "USD"),
    ("dollar", "aussie", "AUD"),
    ("dollar", "australia", "AUD"),
    ("dollar", "australian", "AUD"),
    ("dollar", "bahamian", "BSD"),
    ("dollar", "bajan", "BBD"),
    ("dollar", "barbadian", "BBD"),
    ("dollar", "barbados", "BBD"),
    ("dollar", "belize", "BZD"),
    ("dollar", "belizean", "BZD"),
    ("dollar", "bermuda", "BMD"),
    ("dollar", "bermudan", "BMD"),
    ("dollar", "bermudian", "BMD"),
    ("dollar", "brunei", "BND"),
    ("dollar", "bruneian", "BND"),
    ("dollar", "canada", "CAD"),
    ("dollar", "canadian", "CAD"),
    ("dollar", "cayman", "KYD"),
    ("dollar", "cayman islands", "KYD"),
    ("dollar", "east caribbean", "XCD"),
    ("dollar", "eastern caribbean", "XCD"),
    ("dollar", "fiji", "FJD"),
    ("dollar", "fijian", "FJD"),
    ("dollar", "guyana", "GYD"),
    ("dollar", "guyanese", "GYD"),
    ("dollar", "hk", "HKD"),
    ("dollar", "hong kong", "HKD"),
    ("dollar", "jamaica", "JMD"),
    ("dollar", "jamaican", "JMD"),
    ("dollar", "kiwi", "NZD"),
    ("dollar", "liberian", "LRD"),
    ("dollar", "namibia", "NAD"),
    ("dollar", "namibian", "NAD"),
    ("dollar", "new taiwan", "TWD"),
    ("dollar", "new zealand", "NZD"),
    ("dollar", "singapore", "SGD"),
    ("dollar", "singaporean", "SGD"),
    ("dollar", "solomon islands", "SBD"),
    ("dollar", "suriname", "SRD"),
    ("dollar", "surinamese", "SRD"),
    ("dollar", "taiwan", "TWD"),
    ("dollar", "taiwanese", "TWD"),
    ("dollar", "trinidad", "TTD"),
    ("dollar", "trinidad and tobago", "TTD"),
    ("dollar", "trinidadian", "TTD"),
    ("dollar", "tt", "TTD"),
    ("dollar", "united states", "USD"),
    ("dollar", "us", "USD"),
    ("dollar", "zimbabwe", "ZWL"),
    ("dollar", "zimbabwean", "ZWL"),
    ("dong", "vietnamese", "VND"),
    ("dram", "armenian", "AMD"),
    ("escudo", "cape", "CVE"),
    ("escudo", "verdean", "CVE"),
    ("florin", "aruban", "AWG"),
    ("forint", "hungarian", "HUF"),
    ("franc", "belgian", "BEF"),
    ("franc", "burundi", "BIF"),
    ("franc", "burundian", "BIF"),
    ("franc", "central african cfa", "XAF"),
    ("franc", "cfa", "XOF"),
    ("franc", "cfp", "XPF"),
    ("franc", "comorian", "KMF"),
    ("franc", "congolese", "CDF"),
    ("franc", "djibouti", "DJF"),
    ("franc", "djiboutian", "DJF"),
    ("franc", "french", "FRF"),
    ("franc", "guinean", "GNF"),
    ("franc", "rwandan", "RWF"),
    ("franc", "swiss", "CHF"),
    ("franc", "west african cfa", "XOF"),
    ("geneh", "egyptian", "EGP"),
    ("gourde", "haitian", "HTG"),
    ("guarani", "paraguayan", "PYG"),
    ("guilder", "antillean", "ANG"),
    ("guilder", "aruban", "AWG"),
    ("guilder", "caribbean", "ANG"),
    ("guilder", "dutch", "NLG"),
    ("guilder", "netherlands antillean", "ANG"),
    ("hryvnia", "ukrainian", "UAH"),
    ("kina", "papua new guinean", "PGK"),
    ("kina", "png", "PGK"),
    ("kip", "lao", "LAK"),
    ("kip", "laotian", "LAK"),
    ("koruna", "czech", "CZK"),
    ("krona", "icelandic", "ISK"),
    ("krona", "swedish", "SEK"),
    ("krone", "danish", "DKK"),
    ("krone", "norwegian", "NOK"),
    ("kronur", "icelandic", "ISK"),
    ("kuna", "croatian", "HRK"),
    ("kwacha", "malawian", "MWK"),
    ("kwacha", "zambian", "ZMW"),
    ("kwanza", "angolan", "AOA"),
    ("kyat", "burmese", "MMK"),
    ("kyat", "myanmar", "MMK"),
    ("lari", "georgian", "GEL"),
    ("lek", "albanian", "ALL"),
    ("lempira", "honduran", "HNL"),
    ("leone", "sierra leone", "SLE"),
    ("leone", "sierra leonean", "SLE"),
    ("leu", "moldovan", "MDL"),
    ("leu", "romanian", "RON"),
    ("lev", "bulgarian", "BGN"),
    ("lilangeni", "eswatini", "SZL"),
    ("lilangeni", "swazi", "SZL"),
    ("lira", "italian", "ITL"),
    ("lira", "lebanese", "LBP"),
    ("lira", "syrian", "SYP"),
    ("lira", "turkish", "TRY"),
    ("lire", "italian", "ITL"),
    ("loti", "lesotho", "LSL"),
    ("manat", "azerbaijani", "AZN"),
    ("manat", "turkmen", "TMT"),
    ("mark", "bosnia and herzegovina convertible", "BAM"),
    ("mark", "bosnian", "BAM"),
    ("mark", "bosnian convertible", "BAM"),
    ("mark", "convertible", "BAM"),
    ("mark", "deutsch", "DEM"),
    ("mark", "deutsche", "DEM"),
    ("mark", "finnish", "FIM"),
    ("mark", "german", "DEM"),
    ("markka", "finnish", "FIM"),
    ("metical", "mozambican", "MZN"),
    ("naira", "nigerian", "NGN"),
    ("nakfa", "eritrean", "ERN"),
    ("ngultrum", "bhutanese", "BTN"),
    ("ouguiya", "mauritanian", "MRU"),
    ("paanga", "tongan", "TOP"),
    ("pataca", "macanese", "MOP"),
    ("pataca", "macao", "MOP"),
    ("pataca", "macau", "MOP"),
    ("peseta", "spanish", "ESP"),
    ("peso", "argentine", "ARS"),
    ("peso", "argentinean", "ARS"),
    ("peso", "argentinian", "ARS"),
    ("peso", "chilean", "CLP"),
    ("peso", "colombian", "COP"),
    ("peso", "cuban", "CUP"),
    ("peso", "dominican", "DOP"),
    ("peso", "filipino", "PHP"),
    ("peso", "mexican", "MXN"),
    ("peso", "philippine", "PHP"),
    ("peso", "uruguayan", "UYU"),
    ("pound", "british", "GBP"),
    ("pound", "cypriot", "CYP"),
    ("pound", "cyprus", "CYP"),
    ("pound", "egypt", "EGP"),
    ("pound", "egyptian", "EGP"),
    ("pound", "english", "GBP"),
    ("pound", "falkland", "FKP"),
    ("pound", "falkland islands", "FKP"),
    ("pound", "falklands", "FKP"),
    ("pound", "gibraltar", "GIP"),
    ("pound", "irish", "IEP"),
    ("pound", "lebanese", "LBP"),
    ("pound", "lebanon", "LBP"),
    ("pound", "scottish", "GBP"),
    ("pound", "south sudanese", "SSP"),
    ("pound", "sudanese", "SDG"),
    ("pound", "syrian", "SYP"),
    ("pound", "uk", "GBP"),
    ("pula", "botswana", "BWP"),
    ("pula", "botswanan", "BWP"),
    ("quetzal", "guatemalan", "GTQ"),
    ("rand", "lesotho", "ZAR"),
    ("rand", "south african", "ZAR"),
    ("real", "brazilian", "BRL"),
    ("renminbi", "chinese", "CNY"),
    ("riel", "cambodian", "KHR"),
    ("ringgit", "malaysia", "MYR"),
    ("ringgit", "malaysian", "MYR"),
    ("riyal", "iranian", "IRR"),
    ("riyal", "omani", "OMR"),
    ("riyal", "qatar", "QAR"),
    ("riyal", "qatari", "QAR"),
    ("riyal", "saudi", "SAR"),
    ("riyal", "yemeni", "YER"),
    ("ruble", "belarusian", "BYN"),
    ("ruble", "belarussian", "BYN"),
    ("ruble", "russian", "RUB"),
    ("rufiyaa", "maldivian", "MVR"),
    ("rupee", "indian", "INR"),
    ("rupee", "mauritian", "MUR"),
    ("rupee", "nepalese", "NPR"),
    ("rupee", "nepali", "NPR"),
    ("rupee", "pakistan", "PKR"),
    ("rupee", "pakistani", "PKR"),
    ("rupee", "seychelles", "SCR"),
    ("rupee", "seychellois", "SCR"),
    ("rupee", "sri lanka", "LKR"),
    ("rupee", "sri lankan", "LKR"),
    ("rupiah", "indonesian", "IDR"),
    ("shekel", "israeli", "ILS"),
    ("shekel", "new", "ILS"),
    ("shekel", "new israeli", "ILS"),
    ("shilling", "austrian", "ATS"),
    ("shilling", "kenyan", "KES"),
    ("shilling", "somali", "SOS"),
    ("shilling", "tanzanian", "TZS"),
    ("shilling", "ugandan", "UGX"),
    ("sol", "peruvian", "PEN"),
    ("som", "kyrgyz", "KGS"),
    ("som", "kyrgyzstani", "KGS"),
    ("som", "uzbek", "UZS"),
    ("som", "uzbekistani", "UZS"),
    ("somoni", "tajik", "TJS"),
    ("somoni", "tajikistani", "TJS"),
    ("taka", "bangladeshi", "BDT"),
    ("tala", "samoan", "WST"),
    ("tenge", "kazakh", "KZT"),
    ("tenge", "kazakhstani", "KZT"),
    ("tugrik", "mongolian", "MNT"),
    ("vatu", "vanuatu", "VUV"),
    ("vatu", "vanuatuan", "VUV"),
    ("won", "korean", "KRW"),
    ("won", "north korean", "KPW"),
    ("won", "south korean", "KRW"),
    ("yen", "japanese", "JPY"),
    ("yuan", "chinese", "CNY"),
    ("zloty", "polish", "PLN"),
];

/// Where the forms of each first byte start in [`NOUN_FORMS`]: the forms
/// that begin with byte `b` are those from `FORM_START[b]` to
/// `FORM_START[b + 1]`, so a word is compared only with forms of its own
/// first letter (nouns are asked of most words near a figure).
const FORM_START: [usize; 257] = form_start();

/// Builds [`FORM_START`] from the sorted [`NOUN_FORMS`].
const fn form_start() -> [usize; 257] {
    let mut out = [NOUN_FORMS.len(); 257];
    let mut b = 0;
    let mut i = 0;
    while b < 256 {
        while i < NOUN_FORMS.len() && (NOUN_FORMS[i].0.as_bytes()[0] as usize) < b {
            i += 1;
        }
        out[b] = i;
        b += 1;
    }
    out
}

/// A currency noun (any number, lower-cased) reduced to its singular:
/// "dollars" is "dollar", "meticais" "metical", "kwanzas" "kwanza".
pub fn currency_noun(w: &str) -> Option<&'static str> {
    let b = usize::from(*w.as_bytes().first()?);
    let forms = NOUN_FORMS.get(*FORM_START.get(b)?..*FORM_START.get(b + 1)?)?;
    forms
        .binary_search_by(|(form, _)| (*form).cmp(w))
        .ok()
        .and_then(|k| forms.get(k))
        .map(|(_, noun)| *noun)
}

/// Whether a currency noun is safe to read as money after a bare number
/// (no currency adjective, no multiplier): "10 dollars" yes, "5 pounds" no
/// (a weight), "3 marks" no.
///
/// The nouns that are also English words or units: "dram" (of whisky),
/// "colon", "kip" (a nap; a unit of force), "sol", "som", "kina", "lev" (a
/// name), "quetzal" (a bird), "tala" (a rhythm), "dobra", and those that
/// are names ("Leone", "Balboa", "Cordoba", "Bolivar").
pub fn noun_needs_context(noun: &str) -> bool {
    matches!(
        noun,
        "pound"
            | "mark"
            | "won"
            | "real"
            | "crown"
            | "dong"
            | "rand"
            | "lira"
            | "dram"
            | "colon"
            | "kip"
            | "sol"
            | "som"
            | "kina"
            | "lev"
            | "quetzal"
            | "tala"
            | "dobra"
            | "leone"
            | "balboa"
            | "cordoba"
            | "bolivar"
    )
}

/// Whether a form of a currency noun that [`noun_needs_context`] names
/// is money only ("10 reais", "500 liras"; "10 real" or "5 rand" may be
/// something else).
pub fn currency_only_form(w: &str) -> bool {
    matches!(
        w,
        "reais"
            | "liras"
            | "rands"
            | "colones"
            | "leva"
            | "quetzales"
            | "kinas"
            | "soms"
            | "leones"
            | "balboas"
            | "cordobas"
            | "bolivars"
            | "bolivares"
    )
}

/// The currency of a bare currency noun, if it is not ambiguous.
pub fn noun_currency(noun: &str) -> Option<&'static str> {
    NOUN_CODES
        .binary_search_by(|(n, _)| (*n).cmp(noun))
        .ok()
        .and_then(|k| NOUN_CODES.get(k))
        .map(|(_, code)| *code)
}

/// The currency of an adjective (or country) and a currency noun:
/// "Canadian" + "dollar" is CAD, "Papua New Guinean" + "kina" PGK. `adj`
/// is lower-cased, words joined by one space, abbreviations without dots
/// ("us").
pub fn adjective_currency(adj: &str, noun: &str) -> Option<&'static str> {
    ADJECTIVE_CODES
        .binary_search_by(|(n, a, _)| (*n, *a).cmp(&(noun, adj)))
        .ok()
        .and_then(|k| ADJECTIVE_CODES.get(k))
        .map(|(_, _, code)| *code)
}

/// A minor currency unit ("cents", "pence", "centavos", "kobo", "fils"):
/// its name as reported in `unit` (amount left in minor units, currency
/// unknown). Not the minor units that are English words or names ("sen",
/// "fen", "ore", "agora", "pya").
pub fn minor_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "cent" | "cents" | "c" | "ct" | "cts" => "cent",
        "penny" | "pennies" | "pence" | "p" => "penny",
        "kopeck" | "kopecks" | "kopek" | "kopeks" | "kopiyka" | "kopiykas" | "kopiyok"
        | "kopecks'" => "kopeck",
        "paise" | "paisa" => "paisa",
        "centime" | "centimes" => "centime",
        "mao" => "mao",
        "jiao" => "jiao",
        "centavo" | "centavos" => "centavo",
        "centimo" | "centimos" | "céntimo" | "céntimos" => "centimo",
        "fils" => "fils",
        "halala" | "halalas" | "halalah" | "halalahs" => "halala",
        "satang" => "satang",
        "grosz" | "groszy" => "grosz",
        "öre" | "øre" => "öre",
        "agorot" => "agora",
        "kobo" => "kobo",
        "piastre" | "piastres" | "piaster" | "piasters" => "piastre",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_sorted_and_read_in_either_case() {
        assert!(
            CODES.windows(2).all(|w| w[0].0 < w[1].0),
            "CODES sorted, no repeats"
        );
        for (code, case) in CODES {
            assert_eq!(currency_code(code), Some(Some(*code)));
            let lower = code.to_lowercase();
            let want = (*case == Case::Any).then_some(*code);
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
            ("ALL", None),
            ("TOP", None),
            ("try", None),
            ("mkd", None),
            ("MKD", Some(Some("MKD"))),
            ("\u{e9}ur", None),
        ] {
            assert_eq!(currency_code(w), want, "{w}");
        }
    }

    #[test]
    fn noun_tables_sorted_and_consistent() {
        assert!(NOUN_FORMS.windows(2).all(|w| w[0].0 < w[1].0), "forms");
        assert!(NOUN_CODES.windows(2).all(|w| w[0].0 < w[1].0), "codes");
        assert!(
            ADJECTIVE_CODES
                .windows(2)
                .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)),
            "adjectives"
        );
        let nouns: Vec<&str> = NOUN_FORMS.iter().map(|(_, n)| *n).collect();
        for (noun, _) in NOUN_CODES {
            assert!(nouns.contains(noun), "{noun}");
        }
        for (noun, _, _) in ADJECTIVE_CODES {
            assert!(nouns.contains(noun), "{noun}");
        }
        for (w, noun, adj, code) in [
            ("meticais", "metical", "mozambican", "MZN"),
            ("kwanzas", "kwanza", "angolan", "AOA"),
            ("kina", "kina", "papua new guinean", "PGK"),
            ("soles", "sol", "peruvian", "PEN"),
            ("dollars", "dollar", "canadian", "CAD"),
        ] {
            assert_eq!(currency_noun(w), Some(noun), "{w}");
            assert_eq!(adjective_currency(adj, noun), Some(code), "{adj} {noun}");
        }
        assert_eq!(currency_noun("dollarz"), None);
        assert_eq!(noun_currency("franc"), None);
        assert_eq!(noun_currency("afghani"), Some("AFN"));
    }
}
