//! Holidays: names and the rules that give their days in a year.
//!
//! Consumes a holiday's words (lower-cased, apostrophes and dots dropped)
//! and a year; produces the first and last day of the feast. Fixed days,
//! nth weekdays, Easter and Orthodox Easter feasts, and the Hebrew,
//! Islamic, Chinese and Indian calendars of [`astro`](super::astro). US
//! conventions where countries differ (Thanksgiving, Labor Day); see
//! `date/mod.rs` for the list of rules as users meet them.

use super::astro;
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

/// The feasts and public holidays by name, and their rules.
pub const FEASTS: &[(&[&str], HRule)] = &[
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
    (
        &["small", "business", "saturday"],
        HRule::AfterThanksgiving(2),
    ),
    (&["giving", "tuesday"], HRule::AfterThanksgiving(5)),
    (&["grandparents", "day"], HRule::NthOff(9, 1, 0, 6, 1)),
    (&["remembrance", "sunday"], HRule::Nth(11, 2, 6)),
    (&["orthodox", "christmas"], HRule::Fixed(1, 7)),
    (&["orthodox", "christmas", "day"], HRule::Fixed(1, 7)),
    (&["cinco", "de", "mayo"], HRule::Fixed(5, 5)),
    (&["waitangi", "day"], HRule::Fixed(2, 6)),
    (&["world", "aids", "day"], HRule::Fixed(12, 1)),
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
    (&["feast", "of", "corpus", "christi"], HRule::Easter(60)),
    (&["covenant", "thursday"], HRule::Easter(-3)),
    (&["covenant", "thu"], HRule::Easter(-3)),
    (
        &["monday", "of", "the", "holy", "spirit"],
        HRule::Easter(50),
    ),
    (&["pentecost", "monday"], HRule::Easter(50)),
    (&["feast", "of", "the", "ascension"], HRule::Easter(39)),
    (&["lazarus", "saturday"], HRule::Orthodox(-8)),
    (&["mothering", "sunday"], HRule::Easter(-21)),
    (&["orthodox", "easter"], HRule::Orthodox(0)),
    (&["orthodox", "easter", "sunday"], HRule::Orthodox(0)),
    (&["orthodox", "easter", "monday"], HRule::Orthodox(1)),
    (&["orthodox", "good", "friday"], HRule::Orthodox(-2)),
    (&["orthodox", "holy", "saturday"], HRule::Orthodox(-1)),
    (&["orthodox", "palm", "sunday"], HRule::Orthodox(-7)),
    (&["orthodox", "shrove", "monday"], HRule::Orthodox(-48)),
    (&["clean", "monday"], HRule::Orthodox(-48)),
    (&["pure", "monday"], HRule::Orthodox(-48)),
    (&["great", "lent"], HRule::OrthodoxSpan(-48, -9)),
    (&["great", "fast"], HRule::OrthodoxSpan(-48, -9)),
    // civic days by rule (several countries)
    (&["dominion", "day"], HRule::Fixed(7, 1)),
    (&["vimy", "ridge", "day"], HRule::Fixed(4, 9)),
    (&["the", "glorious", "twelfth"], HRule::Fixed(7, 12)),
    (&["glorious", "twelfth"], HRule::Fixed(7, 12)),
    (&["orangemen", "day"], HRule::Fixed(7, 12)),
    (&["orangemens", "day"], HRule::Fixed(7, 12)),
    (&["discovery", "day"], HRule::Nearest(6, 24, 0)),
    (&["civic", "holiday"], HRule::Nth(8, 1, 0)),
    (&["british", "columbia", "day"], HRule::Nth(8, 1, 0)),
    (&["natal", "day"], HRule::Nth(8, 1, 0)),
    (&["new", "brunswick", "day"], HRule::Nth(8, 1, 0)),
    (&["saskatchewan", "day"], HRule::Nth(8, 1, 0)),
    (&["terry", "fox", "day"], HRule::Nth(8, 1, 0)),
    (&["family", "day"], HRule::Nth(2, 3, 0)),
    (&["louis", "riel", "day"], HRule::Nth(2, 3, 0)),
    (&["islander", "day"], HRule::Nth(2, 3, 0)),
    (&["nova", "scotia", "heritage", "day"], HRule::Nth(2, 3, 0)),
    (&["victoria", "day"], HRule::Before(5, 25, 0)),
    (&["national", "patriots", "day"], HRule::Before(5, 25, 0)),
    (&["national", "patriot", "day"], HRule::Before(5, 25, 0)),
    (&["reconciliation", "day"], HRule::OnOrAfter(5, 27, 0)),
    (&["garifuna", "settlement", "day"], HRule::Fixed(11, 19)),
    (&["indian", "arrival", "day"], HRule::Fixed(5, 30)),
    (&["day", "of", "the", "covenant"], HRule::Fixed(12, 16)),
    (&["day", "of", "reconciliation"], HRule::Fixed(12, 16)),
    // bank holidays named by their month (England and Wales; Ireland's
    // August one is the first Monday, see LOCAL_HOLIDAYS)
    (&["august", "bank", "holiday"], HRule::Nth(8, -1, 0)),
    (&["may", "bank", "holiday"], HRule::Nth(5, 1, 0)),
    (&["late", "may", "bank", "holiday"], HRule::Nth(5, -1, 0)),
    (&["june", "bank", "holiday"], HRule::Nth(6, 1, 0)),
    (&["october", "bank", "holiday"], HRule::Nth(10, -1, 0)),
    (&["st", "stephen", "day"], HRule::Fixed(12, 26)),
    (&["saint", "stephen", "day"], HRule::Fixed(12, 26)),
    (&["st", "david", "day"], HRule::Fixed(3, 1)),
    (&["saint", "david", "day"], HRule::Fixed(3, 1)),
    (&["burns", "night"], HRule::Fixed(1, 25)),
    (&["hogmanay"], HRule::Fixed(12, 31)),
    (&["epiphany"], HRule::Fixed(1, 6)),
    (&["all", "souls", "day"], HRule::Fixed(11, 2)),
    (&["st", "valentine", "day"], HRule::Fixed(2, 14)),
    (&["saint", "valentine", "day"], HRule::Fixed(2, 14)),
    (&["commonwealth", "day"], HRule::Nth(3, 2, 0)),
    (&["melbourne", "cup", "day"], HRule::Nth(11, 1, 1)),
    // "Patriots' Day" (the Boston Marathon's Monday), "Patriot Day"
    // (September 11)
    (&["patriots", "day"], HRule::Nth(4, 3, 0)),
    (&["patriot", "day"], HRule::Fixed(9, 11)),
    (&["cesar", "chavez", "day"], HRule::Fixed(3, 31)),
    (&["international", "workers", "day"], HRule::Fixed(5, 1)),
    (&["workers", "day"], HRule::Fixed(5, 1)),
    (&["republic", "day"], HRule::Fixed(1, 26)),
    (&["gandhi", "jayanti"], HRule::Fixed(10, 2)),
    // South Africa's public days
    (&["freedom", "day"], HRule::Fixed(4, 27)),
    (&["youth", "day"], HRule::Fixed(6, 16)),
    (&["heritage", "day"], HRule::Fixed(9, 24)),
    (&["late", "summer", "bank", "holiday"], HRule::Nth(8, -1, 0)),
    // England, Wales and Northern Ireland; Scotland's is the first Monday
    // (see local_holidays::SCOTTISH_HOLIDAYS)
    (&["summer", "bank", "holiday"], HRule::Nth(8, -1, 0)),
    (&["spring", "bank", "holiday"], HRule::Nth(5, -1, 0)),
    (&["early", "may", "bank", "holiday"], HRule::Nth(5, 1, 0)),
    (&["kings", "day"], HRule::SundayToSaturday(4, 27)),
    (&["king", "day"], HRule::SundayToSaturday(4, 27)),
    (&["koningsdag"], HRule::SundayToSaturday(4, 27)),
    (&["law", "day"], HRule::Fixed(5, 1)),
    (&["lei", "day"], HRule::Fixed(5, 1)),
    (&["lincoln", "birthday"], HRule::Fixed(2, 12)),
    (&["lincolns", "birthday"], HRule::Fixed(2, 12)),
    (&["national", "sibling", "day"], HRule::Fixed(4, 10)),
    (&["sibling", "day"], HRule::Fixed(4, 10)),
    (&["emancipation", "day"], HRule::Weekdayed(4, 16)),
    (&["boss", "day"], HRule::Weekdayed(10, 16)),
    (&["bosses", "day"], HRule::Weekdayed(10, 16)),
    (
        &["administrative", "professionals", "day"],
        HRule::NthOff(4, -1, 5, -3, 1),
    ),
    (
        &["administrative", "professional", "day"],
        HRule::NthOff(4, -1, 5, -3, 1),
    ),
    (&["secretaries", "day"], HRule::NthOff(4, -1, 5, -3, 1)),
    (&["ems", "week"], HRule::NthOff(5, 3, 6, 0, 7)),
    (&["daylight", "saving", "start"], HRule::Nth(3, 2, 6)),
    (&["daylight", "savings", "start"], HRule::Nth(3, 2, 6)),
    (&["daylight", "saving", "end"], HRule::Nth(11, 1, 6)),
    (&["daylight", "savings", "end"], HRule::Nth(11, 1, 6)),
    (&["daylight", "saving", "end", "day"], HRule::Nth(11, 1, 6)),
    (&["daylight", "savings", "end", "day"], HRule::Nth(11, 1, 6)),
    (&["daylight", "saving", "start", "day"], HRule::Nth(3, 2, 6)),
    (
        &["daylight", "savings", "start", "day"],
        HRule::Nth(3, 2, 6),
    ),
    (&["super", "tuesday"], HRule::SuperTuesday),
    (&["tax", "day"], HRule::TaxDay),
    // Hebrew calendar (the value starts on the eve)
    (&["rosh", "hashanah"], HRule::Hebrew(7, 1, 2)),
    (&["rosh", "hashana"], HRule::Hebrew(7, 1, 2)),
    (&["rosh", "ha", "shanah"], HRule::Hebrew(7, 1, 2)),
    (&["jewish", "new", "year"], HRule::Hebrew(7, 1, 2)),
    (&["yom", "kippur"], HRule::Hebrew(7, 10, 0)),
    (&["day", "of", "atonement"], HRule::Hebrew(7, 10, 0)),
    (&["sukkot"], HRule::Hebrew(7, 15, 8)),
    (&["succot"], HRule::Hebrew(7, 15, 8)),
    (&["succos"], HRule::Hebrew(7, 15, 8)),
    (&["sukkos"], HRule::Hebrew(7, 15, 8)),
    (&["feast", "of", "tabernacles"], HRule::Hebrew(7, 15, 8)),
    (&["feast", "of", "booths"], HRule::Hebrew(7, 15, 8)),
    (
        &["feast", "of", "the", "ingathering"],
        HRule::Hebrew(7, 15, 8),
    ),
    (&["feast", "of", "ingathering"], HRule::Hebrew(7, 15, 8)),
    (&["shemini", "atzeret"], HRule::Hebrew(7, 22, 0)),
    (&["simchat", "torah"], HRule::Hebrew(7, 23, 0)),
    (&["simhat", "torah"], HRule::Hebrew(7, 23, 0)),
    (&["hanukkah"], HRule::Hebrew(9, 25, 7)),
    (&["hanukah"], HRule::Hebrew(9, 25, 7)),
    (&["hannukah"], HRule::Hebrew(9, 25, 7)),
    (&["chanukah"], HRule::Hebrew(9, 25, 7)),
    (&["chanukkah"], HRule::Hebrew(9, 25, 7)),
    (&["tu", "bishvat"], HRule::Hebrew(11, 15, 0)),
    (&["tu", "bshvat"], HRule::Hebrew(11, 15, 0)),
    (&["purim"], HRule::Hebrew(12, 14, 0)),
    (&["shushan", "purim"], HRule::Hebrew(12, 15, 0)),
    (&["passover"], HRule::Hebrew(1, 15, 8)),
    (&["pesach"], HRule::Hebrew(1, 15, 8)),
    (&["yom", "hashoah"], HRule::Hebrew(1, 27, 0)),
    (&["holocaust", "day"], HRule::Hebrew(1, 27, 0)),
    (
        &["holocaust", "remembrance", "day"],
        HRule::Hebrew(1, 27, 0),
    ),
    (&["yom", "haatzmaut"], HRule::Hebrew(2, 5, 0)),
    (&["lag", "baomer"], HRule::Hebrew(2, 18, 0)),
    (&["lag", "b", "omer"], HRule::Hebrew(2, 18, 0)),
    (&["lag", "bomer"], HRule::Hebrew(2, 18, 0)),
    (&["yom", "yerushalayim"], HRule::Hebrew(2, 28, 0)),
    (&["shavuot"], HRule::Hebrew(3, 6, 2)),
    (&["shavuos"], HRule::Hebrew(3, 6, 2)),
    (&["feast", "of", "weeks"], HRule::Hebrew(3, 6, 2)),
    (&["tisha", "b", "av"], HRule::Hebrew(5, 9, 0)),
    (&["tisha", "bav"], HRule::Hebrew(5, 9, 0)),
    (&["tu", "b", "av"], HRule::Hebrew(5, 15, 0)),
    // Islamic calendar (Umm al-Qura approximation)
    (&["islamic", "new", "year"], HRule::Islamic(1, 1)),
    (&["hijri", "new", "year"], HRule::Islamic(1, 1)),
    (&["arabic", "new", "year"], HRule::Islamic(1, 1)),
    (&["muharram"], HRule::Islamic(1, 1)),
    (&["ashura"], HRule::Islamic(1, 10)),
    (&["day", "of", "ashura"], HRule::Islamic(1, 10)),
    (&["hosay"], HRule::Islamic(1, 10)),
    (&["mawlid"], HRule::Islamic(3, 12)),
    (&["mawlid", "al", "nabawi"], HRule::Islamic(3, 12)),
    (&["mawlid", "an", "nabi"], HRule::Islamic(3, 12)),
    (&["milad", "un", "nabi"], HRule::Islamic(3, 12)),
    (&["eid", "e", "milad"], HRule::Islamic(3, 12)),
    (&["prophet", "birthday"], HRule::Islamic(3, 12)),
    (&["hazarat", "ali", "birthday"], HRule::Islamic(7, 13)),
    (&["hazrat", "ali", "birthday"], HRule::Islamic(7, 13)),
    (&["isra", "and", "miraj"], HRule::Islamic(7, 27)),
    (&["isra", "and", "mi", "raj"], HRule::Islamic(7, 27)),
    (&["shab", "e", "barat"], HRule::Islamic(8, 15)),
    (&["ramadan"], HRule::IslamicMonth(9)),
    (&["ramazan"], HRule::IslamicMonth(9)),
    (&["ramzan"], HRule::IslamicMonth(9)),
    (&["ramzaan"], HRule::IslamicMonth(9)),
    (&["ramathan"], HRule::IslamicMonth(9)),
    (&["ramadhan"], HRule::IslamicMonth(9)),
    (&["laylat", "al", "qadr"], HRule::Islamic(9, 27)),
    (&["laylat", "al", "kadr"], HRule::Islamic(9, 27)),
    (&["lailat", "al", "qadr"], HRule::Islamic(9, 27)),
    (&["night", "of", "power"], HRule::Islamic(9, 27)),
    (&["night", "of", "measures"], HRule::Islamic(9, 27)),
    (&["night", "of", "destiny"], HRule::Islamic(9, 27)),
    (&["shab", "e", "qadr"], HRule::Islamic(9, 27)),
    (&["jumu", "atul", "wida"], HRule::IslamicLastFriday(9)),
    (&["jumuatul", "wida"], HRule::IslamicLastFriday(9)),
    (&["jamat", "ul", "vida"], HRule::IslamicLastFriday(9)),
    (&["jumat", "ul", "wida"], HRule::IslamicLastFriday(9)),
    (&["eid", "al", "fitr"], HRule::Islamic(10, 1)),
    (&["eid", "ul", "fitr"], HRule::Islamic(10, 1)),
    (&["eid", "al", "fitar"], HRule::Islamic(10, 1)),
    (&["id", "ul", "fitr"], HRule::Islamic(10, 1)),
    (&["id", "al", "fitr"], HRule::Islamic(10, 1)),
    (&["ramadan", "eid"], HRule::Islamic(10, 1)),
    (&["ramzan", "eid"], HRule::Islamic(10, 1)),
    (&["ramazan", "bayram"], HRule::Islamic(10, 1)),
    (&["arafat", "day"], HRule::Islamic(12, 9)),
    (&["day", "of", "arafah"], HRule::Islamic(12, 9)),
    (&["eid", "al", "adha"], HRule::Islamic(12, 10)),
    (&["eid", "ul", "adha"], HRule::Islamic(12, 10)),
    (&["eid", "al", "azha"], HRule::Islamic(12, 10)),
    (&["eid", "ul", "azha"], HRule::Islamic(12, 10)),
    (&["id", "ul", "adha"], HRule::Islamic(12, 10)),
    (&["id", "al", "adha"], HRule::Islamic(12, 10)),
    (&["bakr", "id"], HRule::Islamic(12, 10)),
    (&["bakri", "id"], HRule::Islamic(12, 10)),
    (&["bakrid"], HRule::Islamic(12, 10)),
    (&["bakra", "eid"], HRule::Islamic(12, 10)),
    (&["sacrifice", "feast"], HRule::Islamic(12, 10)),
    (&["feast", "of", "sacrifice"], HRule::Islamic(12, 10)),
    (&["feast", "of", "the", "sacrifice"], HRule::Islamic(12, 10)),
    (&["kurban", "bayram"], HRule::Islamic(12, 10)),
    // Chinese calendar
    (&["chinese", "new", "year"], HRule::ChineseNewYear(0)),
    (&["chinese", "new", "years"], HRule::ChineseNewYear(0)),
    (&["chinese", "new", "year", "day"], HRule::ChineseNewYear(0)),
    (
        &["chinese", "new", "years", "day"],
        HRule::ChineseNewYear(0),
    ),
    (
        &["chinese", "lunar", "new", "year"],
        HRule::ChineseNewYear(0),
    ),
    (
        &["chinese", "lunar", "new", "year", "day"],
        HRule::ChineseNewYear(0),
    ),
    (&["lunar", "new", "year"], HRule::ChineseNewYear(0)),
    (&["lunar", "new", "years"], HRule::ChineseNewYear(0)),
    (&["lunar", "new", "year", "day"], HRule::ChineseNewYear(0)),
    (
        &["chinese", "new", "year", "eve"],
        HRule::ChineseNewYear(-1),
    ),
    (
        &["chinese", "new", "years", "eve"],
        HRule::ChineseNewYear(-1),
    ),
    (&["lunar", "new", "year", "eve"], HRule::ChineseNewYear(-1)),
    (&["lantern", "festival"], HRule::ChineseNewYear(14)),
    // Indian solar festivals (sidereal zodiac)
    (&["makar", "sankranti"], HRule::Sankranti(270, 0)),
    (&["makara", "sankranti"], HRule::Sankranti(270, 0)),
    (&["makara", "sankranthi"], HRule::Sankranti(270, 0)),
    (&["makar", "sankranthi"], HRule::Sankranti(270, 0)),
    (&["pongal"], HRule::Sankranti(270, 0)),
    (&["thai", "pongal"], HRule::Sankranti(270, 0)),
    (&["bhogi"], HRule::Sankranti(270, -1)),
    (&["maattu", "pongal"], HRule::Sankranti(270, 1)),
    (&["mattu", "pongal"], HRule::Sankranti(270, 1)),
    (&["kaanum", "pongal"], HRule::Sankranti(270, 2)),
    (&["kanum", "pongal"], HRule::Sankranti(270, 2)),
    (&["baisakhi"], HRule::Sankranti(0, 0)),
    (&["vaisakhi"], HRule::Sankranti(0, 0)),
    (&["vaishakhi"], HRule::Sankranti(0, 0)),
    (&["vasakhi"], HRule::Sankranti(0, 0)),
    (&["vaisakhadi"], HRule::Sankranti(0, 0)),
    (&["mesha", "sankranti"], HRule::Sankranti(0, 0)),
    (&["ugadi"], HRule::Hindu(1, 1, 360, 0, 1)),
    (&["yugadi"], HRule::Hindu(1, 1, 360, 0, 1)),
    (&["gudi", "padwa"], HRule::Hindu(1, 1, 360, 0, 1)),
    (&["chaitra", "sukladi"], HRule::Hindu(1, 1, 360, 0, 1)),
    (&["chaitra", "shukladi"], HRule::Hindu(1, 1, 360, 0, 1)),
    (&["ram", "navami"], HRule::Hindu(1, 9, 360, 0, 1)),
    (&["rama", "navami"], HRule::Hindu(1, 9, 360, 0, 1)),
    (&["hanuman", "jayanti"], HRule::Hindu(1, 15, 360, 0, 1)),
    (&["akshaya", "tritiya"], HRule::Hindu(2, 3, 360, 0, 1)),
    (&["buddha", "purnima"], HRule::Hindu(2, 15, 360, 0, 1)),
    (&["buddha", "jayanti"], HRule::Hindu(2, 15, 360, 0, 1)),
    (&["vesak"], HRule::Hindu(2, 15, 360, 0, 1)),
    (&["vaisakha"], HRule::Hindu(2, 15, 360, 0, 1)),
    (&["wesak"], HRule::Hindu(2, 15, 360, 0, 1)),
    (&["ratha", "yatra"], HRule::Hindu(4, 2, 360, 0, 1)),
    (&["rath", "yatra"], HRule::Hindu(4, 2, 360, 0, 1)),
    (&["ratha", "yatra"], HRule::Hindu(4, 2, 360, 0, 1)),
    (&["guru", "purnima"], HRule::Hindu(4, 15, 360, 0, 1)),
    (&["raksha", "bandhan"], HRule::Hindu(5, 15, 360, 0, 1)),
    (&["janmashtami"], HRule::Hindu(5, 23, 360, 0, 1)),
    (&["krishna", "janmashtami"], HRule::Hindu(5, 23, 360, 0, 1)),
    (&["gokulashtami"], HRule::Hindu(5, 23, 360, 0, 1)),
    (&["ganesh", "chaturthi"], HRule::Hindu(6, 4, 360, 0, 1)),
    (&["vinayaka", "chaturthi"], HRule::Hindu(6, 4, 360, 0, 1)),
    (&["ganesha", "chaturthi"], HRule::Hindu(6, 4, 360, 0, 1)),
    (&["navaratri"], HRule::Hindu(7, 1, 360, 0, 9)),
    (&["navratri"], HRule::Hindu(7, 1, 360, 0, 9)),
    (&["durga", "puja"], HRule::Hindu(7, 6, 360, 0, 5)),
    (&["maha", "saptami"], HRule::Hindu(7, 7, 360, 0, 1)),
    (&["maha", "ashtami"], HRule::Hindu(7, 8, 360, 0, 1)),
    (&["durga", "ashtami"], HRule::Hindu(7, 8, 360, 0, 1)),
    (&["maha", "navami"], HRule::Hindu(7, 9, 360, 0, 1)),
    (&["dussehra"], HRule::Hindu(7, 10, 360, 0, 1)),
    (&["dasara"], HRule::Hindu(7, 10, 360, 0, 1)),
    (&["dussera"], HRule::Hindu(7, 10, 360, 0, 1)),
    (&["vijayadashami"], HRule::Hindu(7, 10, 360, 0, 1)),
    (&["vijaya", "dashami"], HRule::Hindu(7, 10, 360, 0, 1)),
    (&["valmiki", "jayanti"], HRule::Hindu(7, 15, 360, 0, 1)),
    (&["pargat", "diwas"], HRule::Hindu(7, 15, 360, 0, 1)),
    (&["sharad", "purnima"], HRule::Hindu(7, 15, 360, 0, 1)),
    (&["karva", "chauth"], HRule::Hindu(7, 19, 1200, 0, 1)),
    (&["karwa", "chauth"], HRule::Hindu(7, 19, 1200, 0, 1)),
    (&["dhanteras"], HRule::Hindu(7, 28, 1110, 0, 1)),
    (&["choti", "diwali"], HRule::Hindu(7, 30, 1110, -1, 1)),
    (&["chhoti", "diwali"], HRule::Hindu(7, 30, 1110, -1, 1)),
    (&["naraka", "chaturdashi"], HRule::Hindu(7, 30, 1110, -1, 1)),
    (&["narak", "chaturdashi"], HRule::Hindu(7, 30, 1110, -1, 1)),
    (&["diwali"], HRule::Hindu(7, 30, 1110, 0, 1)),
    (&["deepavali"], HRule::Hindu(7, 30, 1110, 0, 1)),
    (&["divali"], HRule::Hindu(7, 30, 1110, 0, 1)),
    (&["govardhan", "puja"], HRule::Hindu(8, 1, 360, 0, 1)),
    (&["bhai", "dooj"], HRule::Hindu(8, 2, 360, 0, 1)),
    (&["bhaiya", "dooj"], HRule::Hindu(8, 2, 360, 0, 1)),
    (&["bhau", "beej"], HRule::Hindu(8, 2, 360, 0, 1)),
    (&["chhath"], HRule::Hindu(8, 6, 360, 0, 1)),
    (&["chhath", "puja"], HRule::Hindu(8, 6, 360, 0, 1)),
    (
        &["guru", "nanak", "jayanti"],
        HRule::Hindu(8, 15, 360, 0, 1),
    ),
    (
        &["guru", "nanak", "gurpurab"],
        HRule::Hindu(8, 15, 360, 0, 1),
    ),
    (&["gurpurab"], HRule::Hindu(8, 15, 360, 0, 1)),
    (
        &["guru", "gobind", "singh", "jayanti"],
        HRule::Hindu(10, 7, 360, 0, 1),
    ),
    (
        &["guru", "gobind", "singh", "birthday"],
        HRule::Hindu(10, 7, 360, 0, 1),
    ),
    (
        &["guru", "govind", "singh", "jayanti"],
        HRule::Hindu(10, 7, 360, 0, 1),
    ),
    (
        &["guru", "govind", "singh", "birthday"],
        HRule::Hindu(10, 7, 360, 0, 1),
    ),
    (&["vasant", "panchami"], HRule::Hindu(11, 5, 360, 0, 1)),
    (&["basant", "panchami"], HRule::Hindu(11, 5, 360, 0, 1)),
    (&["saraswati", "puja"], HRule::Hindu(11, 5, 360, 0, 1)),
    (&["maha", "shivaratri"], HRule::Hindu(11, 29, 360, 0, 1)),
    (&["mahashivratri"], HRule::Hindu(11, 29, 360, 0, 1)),
    (&["maha", "shivratri"], HRule::Hindu(11, 29, 360, 0, 1)),
    (&["shivaratri"], HRule::Hindu(11, 29, 360, 0, 1)),
    (&["holika", "dahan"], HRule::Hindu(12, 15, 1110, 0, 1)),
    (&["chhoti", "holi"], HRule::Hindu(12, 15, 1110, 0, 1)),
    (&["choti", "holi"], HRule::Hindu(12, 15, 1110, 0, 1)),
    (&["holi"], HRule::Hindu(12, 15, 1110, 1, 1)),
    (&["phagwah"], HRule::Hindu(12, 15, 1110, 1, 1)),
    (&["dhulandi"], HRule::Hindu(12, 15, 1110, 1, 1)),
    (&["rangwali", "holi"], HRule::Hindu(12, 15, 1110, 1, 1)),
    (&["parsi", "new", "year"], HRule::ShahenshahiNewYear),
    (&["jamshedi", "navroz"], HRule::ShahenshahiNewYear),
];

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
