//! National, state and service observances: the days a country's
//! calendar names without a day off for most ("Flag Day", "Arbor Day",
//! "Pearl Harbor Remembrance Day", "Day of Goodwill"), each by the rule
//! that gives its day, so that every observance of the calendar is read
//! the same way rather than the few a corpus happened to show.
//!
//! Consumed by [`HOLIDAYS`](super::holidays::HOLIDAYS), which lists these
//! after the feasts. The names are words after dropping apostrophes,
//! possessive "s" and dots ("Lincoln's Birthday" = `lincoln birthday`).
//! An observance counts as a date only capitalised, with a year, after a
//! word that makes it one ("on", "next", …) or opening a sentence: many of
//! its names are ordinary phrases written small ("a kansas day trip").
//!
//! Left out on purpose: names that news uses for something else or that
//! several countries keep on different days ("D-Day", a decisive day more
//! often than 6 June 1944; "Victory Day", 9 May in Russia and a Rhode
//! Island Monday in August; "Heroes' Day", "Statehood Day", "Friendship
//! Day"; the sovereign's official birthday, a Monday in June in Australia
//! and New Zealand but a Saturday of varying week in Britain; "Recreation
//! Day", whose month sources give differently).

use super::holidays::HRule;

/// Observances and their rules (weekday 0 = Monday … 6 = Sunday; `Nth`
/// n = −1 is the last of the month).
pub const OBSERVANCES: &[(&[&str], HRule)] = &[
    // United States, fixed days
    (&["african", "liberation", "day"], HRule::Fixed(5, 25)),
    (&["air", "force", "birthday"], HRule::Fixed(9, 18)),
    (&["alaska", "day"], HRule::Fixed(10, 18)),
    (&["american", "eagle", "day"], HRule::Fixed(6, 20)),
    (&["army", "birthday"], HRule::Fixed(6, 14)),
    (&["bennington", "battle", "day"], HRule::Fixed(8, 16)),
    (&["bunker", "hill", "day"], HRule::Fixed(6, 17)),
    (&["california", "admission", "day"], HRule::Fixed(9, 9)),
    (&["citizenship", "day"], HRule::Fixed(9, 17)),
    (&["coast", "guard", "birthday"], HRule::Fixed(8, 4)),
    (&["coast", "guard", "day"], HRule::Fixed(8, 4)),
    (&["colorado", "day"], HRule::Fixed(8, 1)),
    (&["elizabeth", "peratrovich", "day"], HRule::Fixed(2, 16)),
    (&["evacuation", "day"], HRule::Fixed(3, 17)),
    (&["father", "damien", "day"], HRule::Fixed(4, 15)),
    (
        &["feast", "of", "our", "lady", "of", "guadalupe"],
        HRule::Fixed(12, 12),
    ),
    (&["harvey", "milk", "day"], HRule::Fixed(5, 22)),
    (&["kamehameha", "day"], HRule::Fixed(6, 11)),
    (&["kansas", "day"], HRule::Fixed(1, 29)),
    (&["loyalty", "day"], HRule::Fixed(5, 1)),
    (&["leif", "erikson", "day"], HRule::Fixed(10, 9)),
    (&["abraham", "lincoln", "birthday"], HRule::Fixed(2, 12)),
    (&["linus", "pauling", "day"], HRule::Fixed(2, 28)),
    (&["lyndon", "baines", "johnson", "day"], HRule::Fixed(8, 27)),
    (&["marine", "corps", "birthday"], HRule::Fixed(11, 10)),
    (&["maryland", "day"], HRule::Fixed(3, 25)),
    (&["national", "aviation", "day"], HRule::Fixed(8, 19)),
    (&["national", "freedom", "day"], HRule::Fixed(2, 1)),
    (&["national", "guard", "birthday"], HRule::Fixed(12, 13)),
    (&["national", "maritime", "day"], HRule::Fixed(5, 22)),
    (
        &["national", "missing", "children", "day"],
        HRule::Fixed(5, 25),
    ),
    (&["national", "nurses", "day"], HRule::Fixed(5, 6)),
    (&["national", "tartan", "day"], HRule::Fixed(4, 6)),
    (&["tartan", "day"], HRule::Fixed(4, 6)),
    (&["navy", "birthday"], HRule::Fixed(10, 13)),
    (&["oklahoma", "day"], HRule::Fixed(4, 22)),
    (
        &["pan", "american", "aviation", "day"],
        HRule::Fixed(12, 17),
    ),
    (&["pascua", "florida", "day"], HRule::Fixed(4, 2)),
    (
        &["peace", "officers", "memorial", "day"],
        HRule::Fixed(5, 15),
    ),
    (
        &["pearl", "harbor", "remembrance", "day"],
        HRule::Fixed(12, 7),
    ),
    (&["pearl", "harbor", "day"], HRule::Fixed(12, 7)),
    (&["pioneer", "day"], HRule::Fixed(7, 24)),
    (&["kuhio", "day"], HRule::Fixed(3, 26)),
    (&["prince", "kuhio", "day"], HRule::Fixed(3, 26)),
    (&["purple", "heart", "day"], HRule::Fixed(8, 7)),
    (&["read", "across", "america", "day"], HRule::Fixed(3, 2)),
    (
        &["rhode", "island", "independence", "day"],
        HRule::Fixed(5, 4),
    ),
    (&["rosa", "parks", "day"], HRule::Fixed(2, 4)),
    (&["san", "jacinto", "day"], HRule::Fixed(4, 21)),
    (&["senior", "citizens", "day"], HRule::Fixed(8, 21)),
    (&["st", "nicholas", "day"], HRule::Fixed(12, 6)),
    (&["saint", "nicholas", "day"], HRule::Fixed(12, 6)),
    (
        &["stephen", "foster", "memorial", "day"],
        HRule::Fixed(1, 13),
    ),
    (&["susan", "b", "anthony", "birthday"], HRule::Fixed(2, 15)),
    (&["texas", "independence", "day"], HRule::Fixed(3, 2)),
    (&["thomas", "jefferson", "birthday"], HRule::Fixed(4, 13)),
    (&["truman", "day"], HRule::Fixed(5, 8)),
    (&["west", "virginia", "day"], HRule::Fixed(6, 20)),
    (&["white", "cane", "safety", "day"], HRule::Fixed(10, 15)),
    (&["women", "equality", "day"], HRule::Fixed(8, 26)),
    (&["wright", "brothers", "day"], HRule::Fixed(12, 17)),
    (&["kwanzaa"], HRule::FixedSpan(12, 26, 7)),
    // United States, a weekday of a month
    (&["arbor", "day"], HRule::Nth(4, -1, 4)),
    (&["armed", "forces", "day"], HRule::Nth(5, 3, 5)),
    (&["casimir", "pulaski", "day"], HRule::Nth(3, 1, 0)),
    (&["pulaski", "day"], HRule::Nth(3, 1, 0)),
    (&["child", "health", "day"], HRule::Nth(10, 1, 0)),
    (&["employee", "appreciation", "day"], HRule::Nth(3, 1, 4)),
    (&["gold", "star", "mother", "day"], HRule::Nth(9, -1, 6)),
    (&["gold", "star", "mothers", "day"], HRule::Nth(9, -1, 6)),
    (&["lee", "jackson", "day"], HRule::Nth(1, 2, 4)),
    (
        &["military", "spouse", "day"],
        HRule::NthOff(5, 2, 6, -2, 1),
    ),
    (
        &["military", "spouse", "appreciation", "day"],
        HRule::NthOff(5, 2, 6, -2, 1),
    ),
    (&["national", "day", "of", "prayer"], HRule::Nth(5, 1, 3)),
    (&["national", "cleanup", "day"], HRule::Nth(9, 3, 5)),
    (
        &["national", "defense", "transportation", "day"],
        HRule::Nth(5, 3, 4),
    ),
    (
        &["national", "grandparents", "day"],
        HRule::NthOff(9, 1, 0, 6, 1),
    ),
    (&["national", "wear", "red", "day"], HRule::Nth(2, 1, 4)),
    (
        &["native", "american", "heritage", "day"],
        HRule::AfterThanksgiving(1),
    ),
    (
        &["american", "indian", "heritage", "day"],
        HRule::AfterThanksgiving(1),
    ),
    (&["native", "americans", "day"], HRule::Nth(9, 4, 0)),
    (&["nevada", "day"], HRule::Nth(10, -1, 4)),
    (&["indigenous", "people", "day"], HRule::Nth(10, 2, 0)),
    (&["parents", "day"], HRule::Nth(7, 4, 6)),
    (&["robert", "e", "lee", "day"], HRule::Nth(1, 3, 0)),
    (&["seward", "day"], HRule::Nth(3, -1, 0)),
    (&["sweetest", "day"], HRule::Nth(10, 3, 5)),
    (&["town", "meeting", "day"], HRule::Nth(3, 1, 1)),
    // Administrative Professionals' Day by its short name, as the table
    // keeps the long one: the Wednesday of the last full (Sunday to
    // Saturday) week of April in the US; New Zealand and Australia keep it
    // otherwise (LOCAL_HOLIDAYS)
    (&["admin", "day"], HRule::NthOff(4, -1, 5, -3, 1)),
    // Australia
    (&["harmony", "day"], HRule::Fixed(3, 21)),
    (&["national", "sorry", "day"], HRule::Fixed(5, 26)),
    (&["sorry", "day"], HRule::Fixed(5, 26)),
    (&["queensland", "day"], HRule::Fixed(6, 6)),
    (&["adelaide", "cup", "day"], HRule::Nth(3, 2, 0)),
    (&["adelaide", "cup"], HRule::Nth(3, 2, 0)),
    (&["canberra", "day"], HRule::Nth(3, 2, 0)),
    (&["eight", "hours", "day"], HRule::Nth(3, 2, 0)),
    (
        &["national", "close", "the", "gap", "day"],
        HRule::Nth(3, 3, 3),
    ),
    (&["national", "tree", "day"], HRule::Nth(7, -1, 6)),
    (
        &["national", "schools", "tree", "day"],
        HRule::Nth(7, -1, 4),
    ),
    (&["picnic", "day"], HRule::Nth(8, 1, 0)),
    (&["western", "australia", "day"], HRule::Nth(6, 1, 0)),
    // Sunday to Sunday around the second Friday of July
    (&["naidoc", "week"], HRule::NthOff(7, 2, 4, -5, 8)),
    // three days ending on the second Monday of February
    (
        &["royal", "hobart", "regatta"],
        HRule::NthOff(2, 2, 0, -2, 3),
    ),
    (&["easter", "tuesday"], HRule::Easter(2)),
    // Canada
    (
        &["anniversary", "of", "the", "statute", "of", "westminster"],
        HRule::Fixed(12, 11),
    ),
    (&["healthcare", "aide", "day"], HRule::Fixed(10, 18)),
    (&["national", "aboriginal", "day"], HRule::Fixed(6, 21)),
    (
        &["national", "indigenous", "peoples", "day"],
        HRule::Fixed(6, 21),
    ),
    (
        &["national", "flag", "of", "canada", "day"],
        HRule::Fixed(2, 15),
    ),
    (&["flag", "of", "canada", "day"], HRule::Fixed(2, 15)),
    (&["nunavut", "day"], HRule::Fixed(7, 9)),
    (&["st", "jean", "baptiste", "day"], HRule::Fixed(6, 24)),
    (&["saint", "jean", "baptiste", "day"], HRule::Fixed(6, 24)),
    (&["sovereign", "birthday"], HRule::Before(5, 25, 0)),
    (&["gold", "cup", "parade"], HRule::Nth(8, 3, 4)),
    (&["heritage", "day", "in", "alberta"], HRule::Nth(8, 1, 0)),
    (&["regatta", "day"], HRule::Nth(8, 1, 2)),
    (&["yukon", "discovery", "day"], HRule::Nth(8, 3, 0)),
    (
        &["klondike", "gold", "discovery", "day"],
        HRule::Nth(8, 3, 0),
    ),
    // South Africa
    (&["day", "of", "goodwill"], HRule::Fixed(12, 26)),
    (&["day", "of", "the", "vow"], HRule::Fixed(12, 16)),
    (
        &["day", "of", "the", "reconciliation"],
        HRule::Fixed(12, 16),
    ),
    (&["kruger", "day"], HRule::Fixed(10, 10)),
    (&["national", "women", "day"], HRule::Fixed(8, 9)),
];

#[cfg(test)]
mod tests {
    use super::super::holidays::HOLIDAYS;
    use super::*;
    use crate::lex::calendar::civil_from_days;

    /// Each observance's day in one year, by the rule a calendar gives it
    /// (rows checked by hand against a 2026 wall calendar).
    #[test]
    fn observance_days() {
        type Row = (&'static [&'static str], i32, (i32, u32, u32));
        let rows: &[Row] = &[
            (&["arbor", "day"], 2026, (2026, 4, 24)),
            (&["armed", "forces", "day"], 2026, (2026, 5, 16)),
            (&["gold", "star", "mother", "day"], 2026, (2026, 9, 27)),
            (&["military", "spouse", "day"], 2026, (2026, 5, 8)),
            (&["national", "day", "of", "prayer"], 2026, (2026, 5, 7)),
            (
                &["native", "american", "heritage", "day"],
                2026,
                (2026, 11, 27),
            ),
            (&["nevada", "day"], 2026, (2026, 10, 30)),
            (&["parents", "day"], 2026, (2026, 7, 26)),
            (&["seward", "day"], 2026, (2026, 3, 30)),
            (&["sweetest", "day"], 2026, (2026, 10, 17)),
            (&["town", "meeting", "day"], 2026, (2026, 3, 3)),
            (
                &["pearl", "harbor", "remembrance", "day"],
                2026,
                (2026, 12, 7),
            ),
        ];
        for (names, y, want) in rows {
            let rule = OBSERVANCES
                .iter()
                .find(|(n, _)| n == names)
                .map(|r| r.1)
                .unwrap_or_else(|| panic!("{names:?} listed"));
            let got = rule.span(*y).map(|s| civil_from_days(s.0));
            assert_eq!(got, Some(*want), "{names:?} {y}");
        }
        let kwanzaa = HRule::FixedSpan(12, 26, 7)
            .span(2026)
            .map(|(a, b)| (civil_from_days(a), civil_from_days(b)));
        assert_eq!(kwanzaa, Some(((2026, 12, 26), (2027, 1, 1))));
    }

    /// No observance, and no holiday of some countries only, repeats a
    /// name of the table before it, which would shadow it.
    #[test]
    fn observances_are_new_names() {
        use super::super::local_holidays::NATIONAL_HOLIDAYS;
        let national = HOLIDAYS.len() - NATIONAL_HOLIDAYS.len();
        let n = national - OBSERVANCES.len();
        for (names, _) in OBSERVANCES {
            let first = HOLIDAYS.iter().position(|(h, _)| h == names);
            assert!(first.is_some_and(|p| p >= n), "{names:?} already a feast");
        }
        for (names, _) in NATIONAL_HOLIDAYS {
            let first = HOLIDAYS.iter().position(|(h, _)| h == names);
            assert!(
                first.is_some_and(|p| p >= national),
                "{names:?} already listed"
            );
        }
    }
}
