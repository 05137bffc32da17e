//! Holidays: names and the rules that give their days in a year.
//!
//! Consumes a holiday's words (lower-cased, apostrophes and dots dropped)
//! and a year; produces the first and last day of the feast. Fixed days,
//! nth weekdays, Easter and Orthodox Easter feasts, and the Hebrew,
//! Islamic, Chinese and Indian calendars of [`astro`](super::astro). US
//! conventions where countries differ (Thanksgiving, Labor Day); see
//! `date/mod.rs` for the list of rules as users meet them.

use super::astro;
use super::feasts::FEASTS;
use super::local_holidays::NATIONAL_HOLIDAYS;
use super::observances::OBSERVANCES;
use crate::lex::calendar::*;
use std::sync::LazyLock;

/// How a holiday's date is computed for a given year.
#[derive(Debug, Clone, Copy)]
pub enum HRule {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// A fixed month and day and the days after it, `(month, day,
    /// length in days)`: Kwanzaa, 26 December to 1 January.
    FixedSpan(u32, u32, i64),
    /// The n-th (−1 = last) weekday (0 = Monday) of a month.
    Nth(u32, i32, u32),
    /// `Nth(month, n, weekday)` shifted by a number of days, lasting a
    /// number of days: `(month, n, weekday, offset, length)`.
    NthOff(u32, i32, u32, i64, i64),
    /// The first given weekday on or after a month-day.
    OnOrAfter(u32, u32, u32),
    /// The last given weekday strictly before a month-day.
    Before(u32, u32, u32),
    /// The given weekday nearest a month-day.
    Nearest(u32, u32, u32),
    /// A fixed day moved to the Friday before when it is a Saturday and
    /// the Monday after when a Sunday.
    Weekdayed(u32, u32),
    /// A fixed day moved to the Saturday before when it is a Sunday.
    SundayToSaturday(u32, u32),
    /// Days after (or before) Easter Sunday.
    Easter(i64),
    /// Days after (or before) Orthodox Easter Sunday.
    Orthodox(i64),
    /// Days `a..=b` relative to Orthodox Easter (Great Lent).
    OrthodoxSpan(i64, i64),
    /// Days after (US) Thanksgiving, the fourth Thursday of November.
    AfterThanksgiving(i64),
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
    /// US Super Tuesday: the day most states hold presidential primaries
    /// (the first Tuesday of March since 2000, 5 February in 2008).
    SuperTuesday,
    /// US tax day: 15 April, moved past weekends and the District of
    /// Columbia's Emancipation Day (16 April, observed on a weekday).
    TaxDay,
    /// A Hebrew date `(month, day, extra)` (1 = Nisan … 7 = Tishri … 12 =
    /// Adar, Adar II in leap years): the feast begins at sunset, so the
    /// value starts on the eve and runs `extra` more days.
    Hebrew(u32, u32, i64),
    /// An Islamic date (month, day).
    Islamic(u32, u32),
    /// A whole Islamic month.
    IslamicMonth(u32),
    /// The last Friday of an Islamic month.
    IslamicLastFriday(u32),
    /// Days after Chinese New Year.
    ChineseNewYear(i64),
    /// Days after the sun's entry into a sidereal sign (degrees; 0 =
    /// Aries, 270 = Capricorn), Indian reckoning.
    Sankranti(u32, i64),
    /// A Hindu lunar day: (amanta month 1 = Chaitra … 12 = Phalguna,
    /// tithi 1–30, minute of the day (India) at which it must prevail,
    /// days after, length in days).
    Hindu(u32, u32, u32, i64, i64),
    /// Parsi (Shahenshahi) New Year: a 365-day year without leap days,
    /// whose first day fell on 16 August in 2022.
    ShahenshahiNewYear,
    /// A fixed day moved by law: `(year, month, day, month before, day
    /// before)`, the day from that year on and the day before it
    /// (Nigeria's Democracy Day, 12 June since 2019, 29 May until then).
    FixedSince(i32, u32, u32, u32, u32),
    /// Days a government proclaims year by year, `(year, month, day)`,
    /// with no rule to compute them (New Zealand's Matariki).
    Table(&'static [(i32, u32, u32)]),
    /// No day outside the countries that keep the holiday (a name
    /// several countries keep on different days: "National Day",
    /// "Heroes' Day"): a date only where the locale gives its rule.
    Local,
}

impl HRule {
    /// First and last day of this holiday in year `y`.
    pub fn span(&self, y: i32) -> Option<(i64, i64)> {
        if !(2..=9998).contains(&y) {
            return None;
        }
        let one = |z: i64| Some((z, z));
        let fixed = |m: u32, d: u32| valid(y, m, d).then(|| days_from_civil(y, m, d));
        match *self {
            HRule::Fixed(m, d) => one(fixed(m, d)?),
            HRule::FixedSpan(m, d, len) => {
                let z = fixed(m, d)?;
                Some((z, z + len.max(1) - 1))
            }
            HRule::Nth(m, n, wd) => one(nth_weekday(y, m, n, wd)?),
            HRule::NthOff(m, n, wd, off, len) => {
                let z = nth_weekday(y, m, n, wd)? + off;
                Some((z, z + len.max(1) - 1))
            }
            HRule::OnOrAfter(m, d, wd) => {
                let z = fixed(m, d)?;
                one(z + (i64::from(wd) - i64::from(crate::lex::calendar::weekday(z))).rem_euclid(7))
            }
            HRule::Before(m, d, wd) => {
                let z = fixed(m, d)? - 1;
                one(z - (i64::from(crate::lex::calendar::weekday(z)) - i64::from(wd)).rem_euclid(7))
            }
            HRule::Nearest(m, d, wd) => {
                let z = fixed(m, d)?;
                let ahead =
                    (i64::from(wd) - i64::from(crate::lex::calendar::weekday(z))).rem_euclid(7);
                one(if ahead <= 3 { z + ahead } else { z + ahead - 7 })
            }
            HRule::Weekdayed(m, d) => {
                let z = fixed(m, d)?;
                one(match crate::lex::calendar::weekday(z) {
                    5 => z - 1,
                    6 => z + 1,
                    _ => z,
                })
            }
            HRule::SundayToSaturday(m, d) => {
                let z = fixed(m, d)?;
                one(if crate::lex::calendar::weekday(z) == 6 {
                    z - 1
                } else {
                    z
                })
            }
            HRule::Easter(off) => one(easter(y) + off),
            HRule::Orthodox(off) => one(astro::orthodox_easter(y) + off),
            HRule::OrthodoxSpan(a, b) => {
                let e = astro::orthodox_easter(y);
                Some((e + a, e + b))
            }
            HRule::AfterThanksgiving(off) => one(nth_weekday(y, 11, 4, 3)? + off),
            HRule::Election => one(nth_weekday(y, 11, 1, 0)? + 1),
            HRule::SuperTuesday => {
                if y % 4 != 0 {
                    return None;
                }
                // the primaries' calendar: the second Tuesday of March
                // until 1996, moved up to 5 February in 2008, the first
                // Tuesday of March otherwise
                match y {
                    ..=1996 => one(nth_weekday(y, 3, 2, 1)?),
                    2008 => one(nth_weekday(y, 2, 1, 1)?),
                    _ => one(nth_weekday(y, 3, 1, 1)?),
                }
            }
            HRule::TaxDay => {
                let e = days_from_civil(y, 4, 16);
                let emancipation = match crate::lex::calendar::weekday(e) {
                    5 => e - 1,
                    6 => e + 1,
                    _ => e,
                };
                let mut z = days_from_civil(y, 4, 15);
                while crate::lex::calendar::weekday(z) >= 5 || z == emancipation {
                    z += 1;
                }
                one(z)
            }
            HRule::Hebrew(m, d, extra) => {
                let z = astro::hebrew_in_year(y, m, d)? - 1;
                Some((z, z + extra.max(0)))
            }
            HRule::Islamic(m, d) => one(astro::islamic_in_year(y, m, d)?),
            HRule::IslamicMonth(m) => astro::islamic_month_in_year(y, m),
            HRule::IslamicLastFriday(m) => {
                let (_, last) = astro::islamic_month_in_year(y, m)?;
                one(last - (i64::from(crate::lex::calendar::weekday(last)) - 4).rem_euclid(7))
            }
            HRule::ChineseNewYear(off) => one(astro::chinese_new_year(y)? + off),
            HRule::Sankranti(deg, off) => one(astro::sankranti(y, f64::from(deg))? + off),
            HRule::Hindu(m, t, minute, off, len) => {
                let z = astro::hindu_day(y, m, t, minute)? + off;
                Some((z, z + len.max(1) - 1))
            }
            HRule::FixedSince(since, m, d, m0, d0) => {
                if y >= since {
                    one(fixed(m, d)?)
                } else {
                    one(fixed(m0, d0)?)
                }
            }
            HRule::Table(days) => {
                let &(_, m, d) = days.iter().find(|t| t.0 == y)?;
                one(fixed(m, d)?)
            }
            HRule::Local => None,
            HRule::ShahenshahiNewYear => {
                // the 365-day year slips one day earlier every leap year
                let anchor = days_from_civil(2022, 8, 16);
                let mut z = anchor + 365 * (i64::from(y) - 2022);
                // bring it back into year y (it drifts through the seasons)
                while civil_from_days(z).0 > y {
                    z -= 365;
                }
                while civil_from_days(z).0 < y {
                    z += 365;
                }
                one(z)
            }
        }
    }
}

/// Holiday names that are also everyday phrases ("a family day out", "boss
/// day"): they count only capitalised, with a year, or after a word that
/// makes them a date ("on", "next", "this" …), or opening a sentence or
/// line (a heading).
pub fn generic_holiday(names: &[&str]) -> bool {
    matches!(
        names,
        ["family", "day"]
            | ["law", "day"]
            | ["natal", "day"]
            | ["discovery", "day"]
            | ["civic", "holiday"]
            | ["boss", "day"]
            | ["bosses", "day"]
            | ["sibling", "day"]
            | ["lei", "day"]
            | ["tax", "day"]
            | ["holi"]
            | ["muharram"]
            | ["night", "of", "power"]
            | ["sacrifice", "feast"]
            | ["great", "fast"]
            | ["workers", "day"]
            | ["freedom", "day"]
            | ["youth", "day"]
            | ["heritage", "day"]
            | ["republic", "day"]
            | ["patriot", "day"]
    )
}

/// Every holiday name (words after dropping apostrophes, possessive "s"
/// and dots) and its rule: the feasts of [`FEASTS`], then the national and
/// state observances of [`OBSERVANCES`] and the holidays of some countries
/// of [`NATIONAL_HOLIDAYS`] (an index into this table names a holiday
/// everywhere).
pub static HOLIDAYS: LazyLock<Vec<(&'static [&'static str], HRule)>> = LazyLock::new(|| {
    FEASTS
        .iter()
        .chain(OBSERVANCES)
        .chain(NATIONAL_HOLIDAYS)
        .copied()
        .collect()
});

/// Whether holiday `h` (an index into [`HOLIDAYS`]) is one of the
/// [`OBSERVANCES`] or [`NATIONAL_HOLIDAYS`]: a date only capitalised or in
/// context, as the names of [`generic_holiday`] are.
pub fn is_observance(h: usize) -> bool {
    h >= FEASTS.len() && h < HOLIDAYS.len()
}

/// Whether a holiday's name means its day or its weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Wk {
    /// The holiday itself ("Easter").
    Day,
    /// "Labor Day weekend": the weekend it belongs to ([`holiday_weekend`]).
    Weekend,
    /// "the Easter bank holiday weekend", "the Canada Day long weekend":
    /// the weekend with its day off, the Monday after a weekend that has
    /// none ([`long_weekend`]).
    Long,
}

impl Wk {
    /// Days `s` of the holiday as this reading takes them; `friday_off`
    /// when a Saturday holiday is kept on the Friday before (the United
    /// States) rather than the Monday after.
    pub(crate) fn apply(self, s: (i64, i64), friday_off: bool) -> (i64, i64) {
        match self {
            Wk::Day => s,
            Wk::Weekend => holiday_weekend(s),
            Wk::Long => long_weekend(s, friday_off),
        }
    }
}

/// The long weekend of a holiday (days `a..=b`): its weekend
/// ([`holiday_weekend`]) with the day off a holiday on a Saturday or
/// Sunday gives: the Monday after (as Easter Monday follows Easter), or
/// with `friday_off` the Friday before a Saturday one (the Fourth of July
/// on a Saturday is kept on the Friday in the United States). A longer
/// feast is kept whole.
pub(crate) fn long_weekend((a, b): (i64, i64), friday_off: bool) -> (i64, i64) {
    let (s, e) = holiday_weekend((a, b));
    if a != b || weekday(s) != 5 || weekday(e) != 6 {
        (s, e)
    } else if friday_off && weekday(a) == 5 {
        (s - 1, e)
    } else {
        (s, e + 1)
    }
}

/// The weekend a one-day holiday belongs to (see [`Wk::Weekend`]).
pub(crate) fn holiday_weekend((a, b): (i64, i64)) -> (i64, i64) {
    if a != b {
        return (a, b);
    }
    match weekday(a) {
        0 => (a - 2, a),
        1 | 2 => {
            let sat = monday_of(a) - 2;
            (sat, sat + 1)
        }
        3 => (a, a + 3),
        4 => (a, a + 2),
        5 => (a, a + 1),
        _ => (a - 1, a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holiday_rules() {
        let f = |r: HRule, y| r.span(y).map(|s| civil_from_days(s.0));
        assert_eq!(f(HRule::Nth(11, 4, 3), 2013), Some((2013, 11, 28)));
        assert_eq!(f(HRule::AfterThanksgiving(1), 2017), Some((2017, 11, 24)));
        assert_eq!(f(HRule::Election, 2024), Some((2024, 11, 5)));
        assert_eq!(f(HRule::SuperTuesday, 1992), Some((1992, 3, 10)));
        assert_eq!(f(HRule::SuperTuesday, 2008), Some((2008, 2, 5)));
        assert_eq!(f(HRule::SuperTuesday, 2016), Some((2016, 3, 1)));
        assert_eq!(f(HRule::SuperTuesday, 2015), None);
        assert_eq!(f(HRule::Easter(-47), 2013), Some((2013, 2, 12)));
        assert_eq!(f(HRule::Fixed(2, 29), 2023), None);
    }
}
