//! Word tables shared by every analysis: month and weekday names, number
//! words (cardinals, ordinals, scales, fractions), units of calendar time,
//! function words and calendar words.
//!
//! Consumes lower-cased words (a few lookups also the word as written,
//! where case tells a symbol from a word); produces their meaning. Pure
//! lookups: no state, no allocation except where noted.

mod dates;
mod grammar;
mod numbers;
mod streets;

pub use dates::*;
pub use grammar::*;
use numbers::DECADE_WORDS;
pub use numbers::*;
pub use streets::*;

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

/// A word (lower case) that makes a capitalised day name before it the
/// title of a paper or a show: "Sunday Times", "Sunday Telegraph",
/// "Sunday Mail", "Saturday Star", "Monday Night Football" (after "Night").
/// Newspapers and broadcasts are named this way; the day is no date there.
pub fn titles_after_a_day(w: &str) -> bool {
    matches!(
        w,
        "times"
            | "telegraph"
            | "mail"
            | "mirror"
            | "express"
            | "herald"
            | "post"
            | "star"
            | "tribune"
            | "observer"
            | "gazette"
            | "journal"
            | "chronicle"
            | "edition"
            | "magazine"
            | "supplement"
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
        let sources = [
            include_str!("mod.rs"),
            include_str!("dates.rs"),
            include_str!("numbers.rs"),
            include_str!("streets.rs"),
            include_str!("grammar.rs"),
        ];
        for quoted in sources.iter().flat_map(|s| s.split('"')) {
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
