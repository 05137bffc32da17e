//! Word lists of the date grammar: month and weekday names, number words,
//! units, tense cues and holidays.
//!
//! Consumes lower-cased words; produces their meaning. Pure lookups.

use super::calendar::*;

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
        "wed" => (2, true),
        "thursday" | "thursdays" | "thurs" | "thur" | "thu" => (3, false),
        "friday" | "fridays" | "fri" => (4, false),
        "saturday" | "saturdays" => (5, false),
        "sat" => (5, true),
        "sunday" | "sundays" => (6, false),
        "sun" => (6, true),
        _ => return None,
    })
}

const UNITS: [&str; 20] = [
    "zero",
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
];
const ORD_UNITS: [&str; 20] = [
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
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORD_TENS: [&str; 10] = [
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];
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

/// A number word below 20: value and whether it is an ordinal.
pub fn unit_word(w: &str) -> Option<(u32, bool)> {
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some((i as u32, false));
    }
    ORD_UNITS
        .iter()
        .position(|u| *u == w)
        .map(|i| (i as u32, true))
}

/// A tens word (20, 30, … 90): value and whether it is an ordinal.
pub fn tens_word(w: &str) -> Option<(u32, bool)> {
    if let Some(i) = TENS.iter().position(|u| !u.is_empty() && *u == w) {
        return Some((i as u32 * 10, false));
    }
    ORD_TENS
        .iter()
        .position(|u| !u.is_empty() && *u == w)
        .map(|i| (i as u32 * 10, true))
}

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

/// Whether a word is a cue of future reference (the nearest cue decides how
/// a year-less date or a bare weekday resolves).
pub fn future_cue(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "shall"
            | "ll"
            | "gonna"
            | "would"
            | "upcoming"
            | "scheduled"
            | "schedule"
            | "plans"
            | "planned"
            | "plan"
            | "planning"
            | "expected"
            | "expects"
            | "tomorrow"
            | "forthcoming"
            | "intends"
            | "aims"
            | "let"
            | "book"
            | "arrange"
            | "slated"
    )
}

/// Whether a word is a cue of past reference.
pub fn past_cue(w: &str) -> bool {
    if matches!(
        w,
        "said"
            | "was"
            | "were"
            | "had"
            | "did"
            | "ago"
            | "yesterday"
            | "earlier"
            | "previously"
            | "been"
            | "told"
            | "held"
            | "met"
            | "took"
            | "came"
            | "went"
            | "made"
            | "began"
            | "died"
            | "born"
            | "saw"
            | "found"
            | "left"
            | "hit"
            | "won"
            | "lost"
            | "wrote"
            | "spoke"
            | "gave"
            | "got"
            | "fell"
            | "rose"
            | "since"
            | "last"
            | "struck"
            | "sent"
            | "led"
            | "paid"
            | "brought"
            | "thought"
            | "became"
            | "ran"
            | "sold"
            | "bought"
            | "kept"
    ) {
        return true;
    }
    // Regular past tense / participles; a few common -ed words that are not.
    w.len() >= 5
        && w.ends_with("ed")
        && !matches!(
            w,
            "indeed"
                | "speed"
                | "breed"
                | "freed"
                | "hundred"
                | "united"
                | "limited"
                | "based"
                | "related"
                | "need"
                | "proceed"
                | "succeed"
                | "exceed"
                | "concerned"
                | "interested"
                | "detailed"
                | "advanced"
                | "proposed"
                | "required"
                | "supposed"
        )
}

/// How a holiday's date is computed for a given year.
#[derive(Debug, Clone, Copy)]
pub enum HRule {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// The n-th (−1 = last) weekday (0 = Monday) of a month.
    Nth(u32, i32, u32),
    /// Days after (or before) Easter Sunday.
    Easter(i64),
    /// Days after (US) Thanksgiving, the fourth Thursday of November.
    AfterThanksgiving(i64),
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
}

impl HRule {
    /// The day of this holiday in year `y`.
    pub fn day(&self, y: i32) -> Option<i64> {
        if !(1..=9999).contains(&y) {
            return None;
        }
        match *self {
            HRule::Fixed(m, d) => valid(y, m, d).then(|| days_from_civil(y, m, d)),
            HRule::Nth(m, n, wd) => nth_weekday(y, m, n, wd),
            HRule::Easter(off) => Some(easter(y) + off),
            HRule::AfterThanksgiving(off) => nth_weekday(y, 11, 4, 3).map(|z| z + off),
            HRule::Election => nth_weekday(y, 11, 1, 0).map(|z| z + 1),
        }
    }
}

/// Holiday names (words after dropping apostrophes, possessive "s" and
/// dots) and their rules. Only holidays whose date follows from the
/// Gregorian calendar; lunar and lunisolar feasts are not listed.
pub const HOLIDAYS: &[(&[&str], HRule)] = &[
    (&["christmas", "eve"], HRule::Fixed(12, 24)),
    (&["christmas", "day"], HRule::Fixed(12, 25)),
    (&["christmas"], HRule::Fixed(12, 25)),
    (&["xmas"], HRule::Fixed(12, 25)),
    (&["xmas", "day"], HRule::Fixed(12, 25)),
    (&["xmas", "eve"], HRule::Fixed(12, 24)),
    (&["boxing", "day"], HRule::Fixed(12, 26)),
    (&["new", "year", "eve"], HRule::Fixed(12, 31)),
    (&["new", "years", "eve"], HRule::Fixed(12, 31)),
    (&["new", "year", "day"], HRule::Fixed(1, 1)),
    (&["new", "years", "day"], HRule::Fixed(1, 1)),
    (&["yuandan"], HRule::Fixed(1, 1)),
    (&["halloween"], HRule::Fixed(10, 31)),
    (&["valentine", "day"], HRule::Fixed(2, 14)),
    (&["valentines", "day"], HRule::Fixed(2, 14)),
    (&["st", "patrick", "day"], HRule::Fixed(3, 17)),
    (&["st", "patricks", "day"], HRule::Fixed(3, 17)),
    (&["saint", "patrick", "day"], HRule::Fixed(3, 17)),
    (&["saint", "patricks", "day"], HRule::Fixed(3, 17)),
    (&["st", "paddy", "day"], HRule::Fixed(3, 17)),
    (&["saint", "paddy", "day"], HRule::Fixed(3, 17)),
    (&["april", "fools", "day"], HRule::Fixed(4, 1)),
    (&["april", "fool", "day"], HRule::Fixed(4, 1)),
    (&["earth", "day"], HRule::Fixed(4, 22)),
    (&["groundhog", "day"], HRule::Fixed(2, 2)),
    (&["juneteenth"], HRule::Fixed(6, 19)),
    (&["independence", "day"], HRule::Fixed(7, 4)),
    (&["veterans", "day"], HRule::Fixed(11, 11)),
    (&["veteran", "day"], HRule::Fixed(11, 11)),
    (&["remembrance", "day"], HRule::Fixed(11, 11)),
    (&["armistice", "day"], HRule::Fixed(11, 11)),
    (&["all", "saints", "day"], HRule::Fixed(11, 1)),
    (&["all", "saint", "day"], HRule::Fixed(11, 1)),
    (&["guy", "fawkes", "day"], HRule::Fixed(11, 5)),
    (&["guy", "fawkes", "night"], HRule::Fixed(11, 5)),
    (&["bonfire", "night"], HRule::Fixed(11, 5)),
    (&["labour", "day"], HRule::Fixed(5, 1)),
    (&["may", "day"], HRule::Fixed(5, 1)),
    (&["international", "women", "day"], HRule::Fixed(3, 8)),
    (&["women", "day"], HRule::Fixed(3, 8)),
    (&["canada", "day"], HRule::Fixed(7, 1)),
    (&["australia", "day"], HRule::Fixed(1, 26)),
    (&["anzac", "day"], HRule::Fixed(4, 25)),
    (&["bastille", "day"], HRule::Fixed(7, 14)),
    (&["flag", "day"], HRule::Fixed(6, 14)),
    (&["inauguration", "day"], HRule::Fixed(1, 20)),
    (&["st", "george", "day"], HRule::Fixed(4, 23)),
    (&["saint", "george", "day"], HRule::Fixed(4, 23)),
    (&["st", "andrew", "day"], HRule::Fixed(11, 30)),
    (&["saint", "andrew", "day"], HRule::Fixed(11, 30)),
    (&["labor", "day"], HRule::Nth(9, 1, 0)),
    (&["memorial", "day"], HRule::Nth(5, -1, 0)),
    (&["thanksgiving"], HRule::Nth(11, 4, 3)),
    (&["thanksgiving", "day"], HRule::Nth(11, 4, 3)),
    (&["black", "friday"], HRule::AfterThanksgiving(1)),
    (&["cyber", "monday"], HRule::AfterThanksgiving(4)),
    (&["martin", "luther", "king", "day"], HRule::Nth(1, 3, 0)),
    (
        &["martin", "luther", "king", "jr", "day"],
        HRule::Nth(1, 3, 0),
    ),
    (
        &["martin", "luther", "king", "junior", "day"],
        HRule::Nth(1, 3, 0),
    ),
    (&["mlk", "day"], HRule::Nth(1, 3, 0)),
    (&["mlk", "jr", "day"], HRule::Nth(1, 3, 0)),
    (&["presidents", "day"], HRule::Nth(2, 3, 0)),
    (&["president", "day"], HRule::Nth(2, 3, 0)),
    (&["washington", "birthday"], HRule::Nth(2, 3, 0)),
    (&["columbus", "day"], HRule::Nth(10, 2, 0)),
    (&["indigenous", "peoples", "day"], HRule::Nth(10, 2, 0)),
    (&["mother", "day"], HRule::Nth(5, 2, 6)),
    (&["mothers", "day"], HRule::Nth(5, 2, 6)),
    (&["father", "day"], HRule::Nth(6, 3, 6)),
    (&["fathers", "day"], HRule::Nth(6, 3, 6)),
    (&["election", "day"], HRule::Election),
    (&["easter"], HRule::Easter(0)),
    (&["easter", "sunday"], HRule::Easter(0)),
    (&["easter", "day"], HRule::Easter(0)),
    (&["easter", "monday"], HRule::Easter(1)),
    (&["easter", "mon"], HRule::Easter(1)),
    (&["good", "friday"], HRule::Easter(-2)),
    (&["holy", "saturday"], HRule::Easter(-1)),
    (&["maundy", "thursday"], HRule::Easter(-3)),
    (&["holy", "thursday"], HRule::Easter(-3)),
    (&["palm", "sunday"], HRule::Easter(-7)),
    (&["ash", "wednesday"], HRule::Easter(-46)),
    (&["mardi", "gras"], HRule::Easter(-47)),
    (&["shrove", "tuesday"], HRule::Easter(-47)),
    (&["pancake", "day"], HRule::Easter(-47)),
    (&["ascension", "day"], HRule::Easter(39)),
    (&["pentecost"], HRule::Easter(49)),
    (&["whitsunday"], HRule::Easter(49)),
    (&["whit", "sunday"], HRule::Easter(49)),
    (&["whit", "monday"], HRule::Easter(50)),
    (&["trinity", "sunday"], HRule::Easter(56)),
    (&["corpus", "christi"], HRule::Easter(60)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holiday_rules() {
        let f = |r: HRule, y| r.day(y).map(civil_from_days);
        assert_eq!(f(HRule::Nth(11, 4, 3), 2013), Some((2013, 11, 28)));
        assert_eq!(f(HRule::AfterThanksgiving(1), 2017), Some((2017, 11, 24)));
        assert_eq!(f(HRule::Election, 2024), Some((2024, 11, 5)));
        assert_eq!(f(HRule::Easter(-47), 2013), Some((2013, 2, 12)));
        assert_eq!(f(HRule::Fixed(2, 29), 2023), None);
        assert!(past_cue("announced") && !past_cue("hundred") && future_cue("will"));
        assert_eq!(month("sept"), Some((9, false)));
        assert_eq!(decade_word("seventies"), Some(70));
    }
}
