//! Word tables shared by every analysis: month and weekday names, number
//! words (cardinals, ordinals, scales, fractions), units of calendar time,
//! function words and calendar words.
//!
//! Consumes lower-cased words (a few lookups also the word as written,
//! where case tells a symbol from a word); produces their meaning. Pure
//! lookups: no state, no allocation except where noted.

use crate::lex::hash::WordHash;
use std::collections::HashMap;
use std::sync::OnceLock;

/// What a word is to the date and number readers, found once per word by
/// the tokenizer ([`crate::lex::Token::class`]) so that the readers ask a
/// bit, not four word tables, at every token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass(u8);

impl WordClass {
    const NUMBER_WORD: u8 = 1;
    const MONTH: u8 = 2;
    const WEEKDAY: u8 = 4;
    const DECADE: u8 = 8;
    const HEDGE: u8 = 16;

    /// The class of `w` (lower case), asked by the tokenizer at every
    /// word: one lookup in a table of the words whose class is not empty
    /// ([`CLASSED`]); the only other such words are the tens compounds
    /// ("twentyfive", "fortyish"), which [`number_word`] reads by prefix
    /// and which start with one of five letters and are six or more
    /// letters long.
    pub fn of(w: &str) -> WordClass {
        if let Some(&class) = classed_table().get(w) {
            return class;
        }
        match w.as_bytes() {
            [b't' | b'f' | b's' | b'e' | b'n', _, _, _, _, _, ..] => Self::by_rules(w),
            _ => WordClass(0),
        }
    }

    /// The class of `w` by the word rules themselves ([`hedge_opener`],
    /// [`number_word`], [`month`], [`weekday`], [`decade_word`]): what
    /// [`WordClass::of`] answers from its table. Every word of the month,
    /// weekday, number and decade tables has three letters or more; only
    /// a word ending in "s" can be a decade word.
    fn by_rules(w: &str) -> WordClass {
        let mut bits = if hedge_opener(w) { Self::HEDGE } else { 0 };
        if w.len() < 3 {
            return WordClass(bits);
        }
        for (yes, bit) in [
            (number_word(w), Self::NUMBER_WORD),
            (month(w).is_some(), Self::MONTH),
            (weekday(w).is_some(), Self::WEEKDAY),
            (w.ends_with('s') && decade_word(w).is_some(), Self::DECADE),
        ] {
            if yes {
                bits |= bit;
            }
        }
        WordClass(bits)
    }

    /// It can open a number in words ([`number_word`]).
    pub fn number_word(self) -> bool {
        self.0 & Self::NUMBER_WORD != 0
    }

    /// It names a month ([`month`]).
    pub fn month(self) -> bool {
        self.0 & Self::MONTH != 0
    }

    /// It names a weekday ([`weekday`]).
    pub fn weekday(self) -> bool {
        self.0 & Self::WEEKDAY != 0
    }

    /// It is a decade word ([`decade_word`]).
    pub fn decade(self) -> bool {
        self.0 & Self::DECADE != 0
    }

    /// It can open a hedge before a figure ([`hedge_opener`]).
    pub fn hedge(self) -> bool {
        self.0 & Self::HEDGE != 0
    }
}

/// Every word the word rules give a class ([`WordClass::of`]) but the
/// tens compounds: the hedge openers, the cardinals below one hundred,
/// the ordinals, the months and the weekdays (the decade words join them
/// from their own table in [`WordClass::of`]'s table). A test
/// checks that every lower-case word this file lists which the rules
/// class is here.
const CLASSED: &[&str] = &[
    "no",
    "not",
    "on",
    "north",
    "south",
    "shy",
    "a",
    "in",
    "upwards",
    "upward",
    "more",
    "greater",
    "higher",
    "just",
    "well",
    "less",
    "fewer",
    "lower",
    "at",
    "up",
    "as",
    "close",
    "an",
    "somewhere",
    "roughly",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "approx",
    "circa",
    "some",
    "estimated",
    "exceeding",
    "over",
    "above",
    "under",
    "below",
    "zero",
    "nought",
    "naught",
    "nil",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fourty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "nineth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sept",
    "sep",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    "monday",
    "mondays",
    "mon",
    "tuesday",
    "tuesdays",
    "tues",
    "tue",
    "wednesday",
    "wednesdays",
    "wed",
    "weds",
    "thursday",
    "thursdays",
    "thurs",
    "thur",
    "thu",
    "friday",
    "fridays",
    "fri",
    "saturday",
    "saturdays",
    "sat",
    "sunday",
    "sundays",
    "sun",
    "noughties",
    "aughts",
    "oughts",
];

/// [`CLASSED`] and the decade words ([`decade_word`]) with each word's
/// class, built once.
fn classed_table() -> &'static HashMap<&'static str, WordClass, WordHash> {
    static TABLE: OnceLock<HashMap<&'static str, WordClass, WordHash>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let decades = DECADE_WORDS.iter().filter(|w| !w.is_empty());
        (CLASSED.iter().chain(decades))
            .map(|&w| (w, WordClass::by_rules(w)))
            .collect()
    })
}

/// Whether a word (lower case) can be the first word of a hedge written
/// before a figure: "no more than", "a maximum of", "up to", "nearly",
/// "some" (the phrases themselves are the fact layer's,
/// `facts::numeral::hedge`; a test there checks that each phrase's first
/// word is here). Most words open none, and are rejected with one
/// comparison of lengths and a match.
pub fn hedge_opener(w: &str) -> bool {
    matches!(
        w,
        "no" | "not"
            | "a"
            | "in"
            | "upwards"
            | "upward"
            | "more"
            | "greater"
            | "higher"
            | "just"
            | "well"
            | "less"
            | "fewer"
            | "lower"
            | "at"
            | "up"
            | "as"
            | "close"
            | "an"
            | "somewhere"
            | "on"
            | "north"
            | "south"
            | "shy"
            | "roughly"
            | "nearly"
            | "almost"
            | "about"
            | "around"
            | "approximately"
            | "approx"
            | "circa"
            | "some"
            | "estimated"
            | "exceeding"
            | "over"
            | "above"
            | "under"
            | "below"
    )
}

/// Whether a word can open a number in words ("twenty", "third",
/// "twentyfifth"): a cardinal below one hundred, an ordinal, or a word
/// that starts with a tens word.
pub fn number_word(w: &str) -> bool {
    small_cardinal(w).is_some()
        || ordinal_word(w).is_some()
        || [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ]
        .iter()
        .any(|t| w.len() > t.len() && w.starts_with(t))
}

/// Whether a capitalised word written before a weekday makes the two a
/// name of one day, not the weekday of the week in question: "Bloody
/// Sunday", "Super Duper Tuesday", "Black Monday", "Ash Wednesday"; an
/// annual show or game named before its day ("Oscar Sunday", "Selection
/// Sunday", "Super Bowl Sunday").
pub fn names_a_day(w: &str) -> bool {
    matches!(
        w,
        "super"
            | "duper"
            | "mega"
            | "giga"
            | "tsunami"
            | "bloody"
            | "black"
            | "blue"
            | "cyber"
            | "giving"
            | "ash"
            | "good"
            | "holy"
            | "maundy"
            | "shrove"
            | "fat"
            | "palm"
            | "whit"
            | "low"
            | "mad"
            | "oscar"
            | "oscars"
            | "grammy"
            | "grammys"
            | "emmy"
            | "emmys"
            | "selection"
            | "bowl"
            | "championship"
    )
}

/// What a stamp label printed before a date says the date is: when the
/// page was published, updated, or read by whoever saved it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StampLabel {
    /// "Published", "Posted", "Filed", "Created".
    Publication,
    /// "Updated", "Modified", "Revised", "Update".
    Update,
    /// "Accessed", "Downloaded", "Retrieved" (a saved copy of a page).
    Retrieval,
}

/// The stamp label a word (lower case) is, if any: "Published: May 2,
/// 2013", "Updated 11:45 AM EDT", "[downloaded on 2 October 2013]". The
/// one table of these words for `claim`, `events` and `compare`.
pub fn stamp_label(w: &str) -> Option<StampLabel> {
    match w {
        "published" | "posted" | "filed" | "created" => Some(StampLabel::Publication),
        "updated" | "modified" | "revised" | "update" => Some(StampLabel::Update),
        "accessed" | "downloaded" | "retrieved" => Some(StampLabel::Retrieval),
        _ => None,
    }
}

/// The months' names as written, January first: `MONTH_NAMES[m - 1]` is
/// month `m` (for output; [`month`] reads them).
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month number of a month name or abbreviation, and whether the word is
/// ambiguous with an ordinary English word ("may", "march").
pub fn month(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "january" => (1, false),
        "jan" => (1, true),
        "february" | "feb" => (2, false),
        "march" => (3, true),
        "mar" => (3, true),
        "april" | "apr" => (4, false),
        "may" => (5, true),
        "june" => (6, false),
        "jun" => (6, true),
        "july" => (7, false),
        "jul" => (7, true),
        "august" | "aug" => (8, false),
        "september" | "sept" | "sep" => (9, false),
        "october" | "oct" => (10, false),
        "november" | "nov" => (11, false),
        "december" => (12, false),
        "dec" => (12, true),
        _ => return None,
    })
}

/// Weekday (0 = Monday) of a weekday name, abbreviation or plural, and
/// whether the word is ambiguous ("sun", "sat", "wed").
pub fn weekday(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "monday" | "mondays" => (0, false),
        "mon" => (0, true),
        "tuesday" | "tuesdays" | "tues" | "tue" => (1, false),
        "wednesday" | "wednesdays" => (2, false),
        "wed" | "weds" => (2, true),
        "thursday" | "thursdays" | "thurs" | "thur" | "thu" => (3, false),
        "friday" | "fridays" | "fri" => (4, false),
        "saturday" | "saturdays" => (5, false),
        "sat" => (5, true),
        "sunday" | "sundays" => (6, false),
        "sun" => (6, true),
        _ => return None,
    })
}

/// Value of a cardinal word below one hundred ("seven", "forty").
pub fn small_cardinal(w: &str) -> Option<u32> {
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
pub fn tens(w: &str) -> Option<u32> {
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
pub fn scale_word(w: &str) -> Option<u32> {
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
/// ("3.5bn", "10k", "2mil", "$2.5 bil", "$4 tril"). `money` allows the short forms that mean
/// million/billion only after a currency ("USD 4.5m", "$2b").
pub fn abbrev_multiplier(raw: &str, money: bool) -> Option<u32> {
    let low = raw.to_lowercase();
    Some(match low.as_str() {
        "k" | "thou" => 3,
        "bn" | "bln" | "bil" | "billion" | "mrd" => 9,
        "mn" | "mln" | "mil" | "mill" | "mio" => 6,
        "tn" | "tln" | "trn" | "tril" => 12,
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
pub fn ordinal_word(w: &str) -> Option<u64> {
    Some(match w {
        "zeroth" => 0,
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
pub fn denominator(w: &str) -> Option<(u32, bool)> {
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
pub fn vulgar_fraction(c: char) -> Option<(i128, i128)> {
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

const DECADE_WORDS: [&str; 10] = [
    "",
    "tens",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// A plural decade word: "seventies" is 70, "tens" 10, "noughties" 0.
pub fn decade_word(w: &str) -> Option<u32> {
    if w == "noughties" || w == "aughts" || w == "oughts" {
        return Some(0);
    }
    DECADE_WORDS
        .iter()
        .position(|u| !u.is_empty() && *u == w)
        .map(|i| i as u32 * 10)
}

/// A relative time unit word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// day
    Day,
    /// week
    Week,
    /// fortnight (two weeks)
    Fortnight,
    /// month
    Month,
    /// quarter
    Quarter,
    /// year
    Year,
    /// decade
    Decade,
    /// century
    Century,
}

impl Unit {
    /// Its length in days, on average (a month is 30, a year 365).
    pub fn days(self) -> i64 {
        match self {
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Fortnight => 14,
            Unit::Month => 30,
            Unit::Quarter => 91,
            Unit::Year => 365,
            Unit::Decade => 3652,
            Unit::Century => 36524,
        }
    }
}

/// The unit named by a word (singular or plural).
pub fn unit(w: &str) -> Option<Unit> {
    Some(match w {
        "day" | "days" => Unit::Day,
        "week" | "weeks" | "wk" | "wks" => Unit::Week,
        "fortnight" | "fortnights" => Unit::Fortnight,
        "month" | "months" => Unit::Month,
        "quarter" | "quarters" | "qtr" | "qtrs" => Unit::Quarter,
        "year" | "years" | "yr" | "yrs" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
        _ => return None,
    })
}

pub use super::happenings::{past_happening, schedule_noun};

/// A time-zone abbreviation (lower case) that follows a clock time in news
/// ("2045 GMT", "10:05 a.m. EDT"): UTC, GMT, the US and European zones
/// and their summer forms, the Australian, Indian, Hong Kong and Alaskan
/// ones.
pub fn is_time_zone(low: &str) -> bool {
    matches!(
        low,
        "gmt"
            | "utc"
            | "bst"
            | "est"
            | "edt"
            | "cst"
            | "cdt"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "et"
            | "pt"
            | "ct"
            | "akdt"
            | "akst"
            | "hst"
            | "hkt"
            | "cet"
            | "cest"
            | "ist"
            | "aest"
            | "aedt"
    )
}

/// English months and weekdays: a number next to one is a date's.
pub fn is_calendar_word(low: &str) -> bool {
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

/// Last words of a place name that make it a street, road or square
/// ("Joliet Avenue", "Orchard Row", "Wexford St", "Union Square"): lower
/// case, abbreviations without their period, sorted. Where in a town
/// something happened, not the town. ("Court" is left to its users: a
/// street, or a court of law.)
pub const STREET_WORDS: &[&str] = &[
    "alley",
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "crescent",
    "drive",
    "highway",
    "hwy",
    "lane",
    "ln",
    "parkway",
    "pkwy",
    "plaza",
    "rd",
    "road",
    "row",
    "square",
    "st",
    "street",
    "terrace",
    "turnpike",
    "way",
];

/// Whether `low` (lower case) ends a street's name ([`STREET_WORDS`]).
pub fn is_street_word(low: &str) -> bool {
    STREET_WORDS.binary_search(&low).is_ok()
}

/// Compass points an American address writes after a street's type word
/// ("Corliss Avenue SE", "Tamber Road NE"), lower case, sorted: the
/// quadrant of the city, part of the street's name.
pub const STREET_COMPASS: &[&str] = &["e", "n", "ne", "nw", "s", "se", "sw", "w"];

/// Whether `low` (lower case) is a compass point written after a street's
/// type word ([`STREET_COMPASS`]).
pub fn is_street_compass(low: &str) -> bool {
    STREET_COMPASS.binary_search(&low).is_ok()
}

/// A street's name (lower case, words joined by single spaces) without the
/// compass point after its type word: "corliss avenue se" gives "corliss
/// avenue"; any other name is returned as it is ("avenue e", a street
/// named by a letter, keeps its letter).
pub fn without_street_compass(key: &str) -> &str {
    match key.rsplit_once(' ') {
        Some((head, last))
            if is_street_compass(last)
                && head.contains(' ')
                && head.rsplit(' ').next().is_some_and(is_street_word) =>
        {
            head
        }
        _ => key,
    }
}

/// Abbreviations whose full stop belongs to the word ("Sept.", "Mr.",
/// "Inc."): after them a full stop does not end a sentence. Lower case,
/// without the stop.
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "lt", "col", "capt", "sgt", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
    "inc", "corp", "co", "jr", "sr", "prof", "rev", "ft", "mt", "ltd", "maj", "cpl", "pvt", "adm",
    "supt", "det", "insp", "const", "cmdr", "gens", "sens", "reps", "govs", "est", "approx",
    "dept", "univ", "ave", "blvd", "rd", "nos", "fig", "pp", "brig", "hon", "messrs", "jnr", "snr",
    "lt-gen", "maj-gen",
];

/// Whether a full stop after `low` belongs to it ([`ABBREVIATIONS`]).
pub fn is_abbreviation(low: &str) -> bool {
    ABBREVIATIONS.contains(&low)
}

/// Function words that end a counted noun phrase.
pub fn is_function_word(low: &str) -> bool {
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
pub fn is_irregular_plural(low: &str) -> bool {
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
    ) || is_men_plural(low)
}

/// A number word below twenty, cardinal or ordinal: its value and whether
/// it is an ordinal ("three" is (3, false), "third" (3, true)).
pub fn unit_word(w: &str) -> Option<(u32, bool)> {
    if let Some(v) = small_cardinal(w).filter(|&v| v < 20) {
        return Some((v, false));
    }
    ordinal_word(w)
        .filter(|&v| v < 20)
        .map(|v| (v as u32, true))
}

/// A tens word (20, 30, … 90), cardinal or ordinal ("twentieth").
pub fn tens_word(w: &str) -> Option<(u32, bool)> {
    if let Some(v) = tens(w) {
        return Some((v, false));
    }
    ordinal_word(w)
        .filter(|&v| (20..100).contains(&v) && v % 10 == 0)
        .map(|v| (v as u32, true))
}

/// Whether a lower-cased word looks like a plural noun.
pub fn looks_plural(w: &str) -> bool {
    let n = w.chars().count();
    n > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("ous")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !matches!(
            w,
            "this"
                | "thus"
                | "always"
                | "perhaps"
                | "besides"
                | "whereas"
                | "sometimes"
                | "afterwards"
                | "overseas"
                | "news"
                | "its"
        )
        || matches!(w, "men" | "women")
        || is_men_plural(w)
}

/// Words ending in "men" that are no plural of a "-man" noun ("abdomen",
/// "specimen", "regimen").
const NOT_MEN_PLURALS: &[&str] = &[
    "abdomen", "specimen", "regimen", "stamen", "hymen", "cyclamen", "acumen", "albumen",
    "bitumen", "dolmen", "gravamen", "foramen", "semen", "omen", "amen", "yemen", "lumen",
    "germen", "rumen", "tegmen", "cerumen",
];

/// Whether a lower-cased word is the plural of a compound in "-man" or
/// "-woman" ("firemen", "gunmen", "fishermen", "policewomen"): counted
/// people, as "men" is.
pub fn is_men_plural(w: &str) -> bool {
    w.chars().count() >= 6 && w.ends_with("men") && !NOT_MEN_PLURALS.contains(&w)
}

/// Whether a lower-cased word looks like an adjective or participle.
pub fn looks_adjective(w: &str) -> bool {
    [
        "al", "ic", "ive", "ous", "ful", "ed", "ing", "ish", "ian", "ese", "less", "ary", "ern",
        "able", "ible", "ent", "ant",
    ]
    .iter()
    .any(|s| w.ends_with(s) && w.len() > s.len() + 2)
}

/// Verbs (and adverbs) of a change in level, as market and economic news
/// writes them before the change and then "to" the new level: "rose $12
/// to $2,010", "fell 3 cents to 97 cents", "up 2.1 points to 35.4". Two
/// amounts so joined are a change and a level, never a range.
pub fn is_change_word(low: &str) -> bool {
    let stem = low
        .strip_suffix("ed")
        .or_else(|| low.strip_suffix("ing"))
        .or_else(|| low.strip_suffix('s'))
        .unwrap_or(low);
    matches!(
        low,
        "rose"
            | "fell"
            | "grew"
            | "sank"
            | "slid"
            | "shed"
            | "lost"
            | "cut"
            | "up"
            | "down"
            | "higher"
            | "lower"
            | "soared"
            | "sunk"
            | "gained"
            | "rising"
            | "falling"
            | "growing"
    ) || matches!(
        stem,
        "climb"
            | "jump"
            | "drop"
            | "dropp"
            | "slipp"
            | "slip"
            | "declin"
            | "decline"
            | "increas"
            | "increase"
            | "decreas"
            | "decrease"
            | "add"
            | "gain"
            | "surg"
            | "surge"
            | "plung"
            | "plunge"
            | "tumbl"
            | "tumble"
            | "soar"
            | "eas"
            | "ease"
            | "edg"
            | "edge"
            | "advanc"
            | "advance"
            | "rais"
            | "raise"
            | "lower"
            | "boost"
            | "reduc"
            | "reduce"
            | "widen"
            | "narrow"
            | "trimm"
            | "trim"
            | "hik"
            | "hike"
            | "slump"
            | "rall"
            | "rallie"
            | "dipp"
            | "dip"
            | "retreat"
            | "rebound"
            | "spik"
            | "spike"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn street_words_are_sorted_and_found() {
        assert!(STREET_WORDS.windows(2).all(|w| w[0] < w[1]));
        for w in ["row", "avenue", "rd", "turnpike"] {
            assert!(is_street_word(w), "{w}");
        }
        assert!(!is_street_word("county"));
    }

    #[test]
    fn a_compass_point_after_a_street_is_part_of_its_name() {
        assert!(STREET_COMPASS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(without_street_compass("tamber road ne"), "tamber road");
        assert_eq!(without_street_compass("ostley street w"), "ostley street");
        assert_eq!(without_street_compass("avenue e"), "avenue e");
        assert_eq!(without_street_compass("ostley street"), "ostley street");
        assert_eq!(without_street_compass("east grove se"), "east grove se");
    }

    #[test]
    fn stamp_labels_by_kind() {
        assert_eq!(stamp_label("published"), Some(StampLabel::Publication));
        assert_eq!(stamp_label("updated"), Some(StampLabel::Update));
        assert_eq!(stamp_label("downloaded"), Some(StampLabel::Retrieval));
        assert_eq!(stamp_label("said"), None);
        assert_eq!(stamp_label("Published"), None, "lower case only");
    }

    #[test]
    fn word_class_agrees_with_the_tables() {
        let words = [
            "may",
            "sept",
            "sun",
            "wednesdays",
            "seventies",
            "noughties",
            "twentyfifth",
            "third",
            "nil",
            "forty",
            "fourty",
            "hundred",
            "monday",
            "march",
            "the",
            "dec",
            "decade",
            "",
            "no",
            "a",
            "at",
            "about",
            "approximately",
            "under",
            "some",
            "abouts",
        ];
        // and every word the tables hold, each with a plural and with its
        // first letters
        let mut listed: Vec<String> = DECADE_WORDS.iter().map(|w| w.to_string()).collect();
        listed.extend(["noughties", "aughts", "oughts"].map(String::from));
        for w in [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "zero",
            "one",
            "nineteen",
            "ninety",
            "first",
            "nineteenth",
            "ninetieth",
        ] {
            for n in 1..=w.len() {
                listed.push(w[..n].to_string());
            }
            listed.push(format!("{w}s"));
        }
        for w in words
            .iter()
            .copied()
            .chain(listed.iter().map(String::as_str))
        {
            let c = WordClass::of(w);
            assert_eq!(c.month(), month(w).is_some(), "{w}");
            assert_eq!(c.weekday(), weekday(w).is_some(), "{w}");
            assert_eq!(c.decade(), decade_word(w).is_some(), "{w}");
            assert_eq!(c.number_word(), number_word(w), "{w}");
            assert_eq!(c.hedge(), hedge_opener(w), "{w}");
        }
        assert!(WordClass::of("twentyfifth").number_word());
        assert!(!WordClass::of("hundred").number_word());
    }

    /// The class table holds every word the rules class but the tens
    /// compounds: each listed word has a class, and every lower-case word
    /// this file writes in quotes that the rules class is listed (a word
    /// added to a month, number or hedge table and not to [`CLASSED`]
    /// fails here).
    #[test]
    fn class_table_holds_every_classed_word_of_the_rules() {
        for w in CLASSED {
            assert_ne!(WordClass::by_rules(w), WordClass(0), "{w}");
        }
        let tens = [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ];
        let compound = |w: &str| tens.iter().any(|t| w.len() > t.len() && w.starts_with(t));
        // every piece between two quote marks (an apostrophe in a comment
        // may shift which pieces are quoted: all are read)
        for quoted in include_str!("words.rs").split('"') {
            let word = !quoted.is_empty() && quoted.bytes().all(|b| b.is_ascii_lowercase());
            if word && !compound(quoted) && WordClass::by_rules(quoted) != WordClass(0) {
                let listed = classed_table().contains_key(quoted);
                assert!(listed, "{quoted} is classed but not listed");
            }
        }
    }

    /// The table and the rules agree on every spelling of Brill's
    /// lexicon, on the tens compounds and on words near them.
    #[test]
    fn class_table_agrees_with_the_rules_over_the_lexicon() {
        let compounds = [
            "twentyfive",
            "fortyish",
            "sixtyfold",
            "ninetyninth",
            "seventyish",
        ];
        let near = [
            "tenths", "fifties'", "sundays", "eights", "nones", "fort", "sixt",
        ];
        for (w, _) in crate::lex::lexicon::entries() {
            let low = w.to_lowercase();
            assert_eq!(WordClass::of(&low), WordClass::by_rules(&low), "{low}");
        }
        for w in compounds.iter().chain(&near) {
            assert_eq!(WordClass::of(w), WordClass::by_rules(w), "{w}");
        }
        assert!(WordClass::of("twentyfive").number_word());
    }
}
