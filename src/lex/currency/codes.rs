//! ISO 4217 codes written as words ("USD 4.5m", "20 usd", "MUSD").

/// In which case [`currency_code`] reads a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Case {
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
pub(super) const CODES: &[(&str, Case)] = &[
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
