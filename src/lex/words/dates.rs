//! Words of dates and time: month and weekday names, units of calendar
//! time, time zones and calendar words.

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

pub use crate::lex::happenings::{past_happening, schedule_noun};

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

/// Verbs that tell where a day falls in the calendar, read right after a
/// holiday's name ("Juneteenth falls on a Wednesday", "Easter lands early",
/// "Diwali arrives in November"): the name is the subject, a day, not a
/// modifier of a noun.
pub fn places_a_day(low: &str) -> bool {
    matches!(
        low,
        "falls"
            | "fall"
            | "fell"
            | "lands"
            | "land"
            | "comes"
            | "come"
            | "came"
            | "arrives"
            | "begins"
            | "began"
            | "starts"
            | "ends"
            | "approaches"
            | "nears"
            | "looms"
    )
}

/// Nouns that name a day or a feast by an "of" phrase ("the holiday of
/// Juneteenth", "the feast of Pentecost", "the festival of Diwali"): the
/// name after "of" is the day itself ("the eve of" names another day and
/// is not one of them).
pub fn names_a_feast(low: &str) -> bool {
    matches!(
        low,
        "holiday"
            | "feast"
            | "festival"
            | "day"
            | "occasion"
            | "celebration"
            | "celebrations"
            | "observance"
            | "solemnity"
    )
}

/// Capitalised nouns that make a month word before them the name of an
/// event, a tournament or a weather spell, not the month ("March Madness",
/// "the October Revolution", "an October Surprise", "June Gloom", "the
/// November Uprising"): even after "for" or "during" the two words are one
/// name, whose date the month does not give.
pub fn names_after_month(low: &str) -> bool {
    matches!(
        low,
        "madness"
            | "revolution"
            | "uprising"
            | "massacre"
            | "surprise"
            | "gloom"
            | "crisis"
            | "war"
            | "manifesto"
            | "coup"
            | "rebellion"
            | "offensive"
    )
}

/// Past forms of the verbs that move a happening to another day ("was
/// moved to Friday", "postponed until June", "pushed back to next week",
/// "extended through March 31"): the day after their preposition is the
/// new, coming one, though the verb is past.
pub fn reschedule_verb(low: &str) -> bool {
    matches!(
        low,
        "moved"
            | "postponed"
            | "pushed"
            | "delayed"
            | "rescheduled"
            | "deferred"
            | "adjourned"
            | "recessed"
            | "bumped"
            | "shifted"
            | "switched"
            | "changed"
            | "extended"
            | "brought"
            | "put"
            // "hearing has been fixed for Wednesday", "travel booked for
            // Christmas": a day set ahead, though the verb is past
            | "fixed"
            | "booked"
    )
}

/// Nouns of a figure reported for a period ("February inflation", "March
/// payrolls", "April retail sales", "May exports"): a month written before
/// one is the month the figure measures, which has begun by the time it
/// is reported.
pub fn statistic_noun(low: &str) -> bool {
    matches!(
        low,
        "inflation"
            | "unemployment"
            | "jobless"
            | "payrolls"
            | "payroll"
            | "jobs"
            | "employment"
            | "hiring"
            | "sales"
            | "exports"
            | "imports"
            | "output"
            | "production"
            | "figures"
            | "data"
            | "numbers"
            | "statistics"
            | "earnings"
            | "prices"
            | "cpi"
            | "gdp"
            | "pmi"
            | "orders"
            | "deficit"
            | "surplus"
            | "spending"
            | "borrowing"
            | "lending"
            | "ridership"
            | "rainfall"
            | "arrivals"
            | "readings"
            | "reading"
    )
}

/// Words that can stand between a month and its [`statistic_noun`]
/// ("March retail sales", "May consumer prices", "June factory output",
/// "April trade deficit").
pub fn statistic_modifier(low: &str) -> bool {
    matches!(
        low,
        "retail"
            | "consumer"
            | "producer"
            | "factory"
            | "industrial"
            | "manufacturing"
            | "trade"
            | "core"
            | "headline"
            | "home"
            | "housing"
            | "car"
            | "auto"
            | "vehicle"
            | "export"
            | "import"
            | "budget"
            | "tourist"
            | "visitor"
            | "passenger"
            | "nonfarm"
            | "non-farm"
            | "wholesale"
            | "food"
            | "energy"
            | "fuel"
    )
}

/// Adjectives that, between the indefinite article and a weekday, leave it
/// any such day ("an ordinary Tuesday", "a rainy Saturday", "a typical
/// Monday").
pub fn any_such_day(low: &str) -> bool {
    matches!(
        low,
        "ordinary"
            | "typical"
            | "normal"
            | "usual"
            | "regular"
            | "busy"
            | "quiet"
            | "slow"
            | "rainy"
            | "sunny"
            | "cold"
            | "hot"
            | "warm"
            | "wet"
            | "given"
            | "certain"
            | "single"
    )
}
