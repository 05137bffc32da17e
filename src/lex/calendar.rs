//! Proleptic Gregorian calendar arithmetic on day numbers, once for the
//! whole crate.
//!
//! Consumes years, months and days; produces day numbers (days since
//! 1970-01-01, may be negative) and back, ISO 8601 weeks, weekdays, Easter
//! and "nth weekday of a month", and the [`CivilDate`] type. Pure integer
//! arithmetic (Howard Hinnant's `days_from_civil`), no panics for any
//! input in the supported year range 1..=9999; callers keep years inside
//! that range.

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CivilDate {
    /// Year, e.g. 2023.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31 (valid for the month).
    pub day: u8,
}

impl CivilDate {
    /// The date of day number `z`.
    pub fn from_day(z: i64) -> CivilDate {
        let (y, m, d) = civil_from_days(z);
        CivilDate {
            year: y,
            month: m as u8,
            day: d as u8,
        }
    }

    /// Its day number, or `None` when it is no real date in 1..=9999.
    pub fn day(&self) -> Option<i64> {
        let (y, m, d) = (self.year, u32::from(self.month), u32::from(self.day));
        valid(y, m, d).then(|| days_from_civil(y, m, d))
    }
}

/// Days since 1970-01-01 of `y-m-d` (month 1–12, day 1–31, not validated).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month, day)` of day number `z`.
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = y + i64::from(m <= 2);
    (
        y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        m,
        d,
    )
}

/// Whether `y` is a leap year.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Number of days in month `m` (1–12) of year `y`; 0 for an invalid month.
pub fn month_len(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether `y-m-d` is a real date in the supported range.
pub fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=9999).contains(&y) && d >= 1 && d <= month_len(y, m)
}

/// Weekday of day number `z`: 0 = Monday … 6 = Sunday.
pub fn weekday(z: i64) -> u32 {
    (z + 3).rem_euclid(7) as u32
}

/// Monday of the (Monday-to-Sunday) week containing day `z`.
pub fn monday_of(z: i64) -> i64 {
    z - i64::from(weekday(z))
}

/// ISO 8601 week-numbering year and week of day `z`.
pub fn iso_week(z: i64) -> (i32, u32) {
    let thursday = monday_of(z) + 3;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    (y, week as u32)
}

/// Monday of ISO week `w` of ISO year `y` (week 1 contains 4 January).
pub fn iso_week_start(y: i32, w: u32) -> i64 {
    let jan4 = days_from_civil(y, 1, 4);
    monday_of(jan4) + 7 * (i64::from(w) - 1)
}

/// Number of ISO weeks (52 or 53) in ISO year `y`.
pub fn iso_weeks_in_year(y: i32) -> u32 {
    iso_week(days_from_civil(y, 12, 28)).1
}

/// Adds `n` months to `(y, m)`, returning the new `(year, month)`.
pub fn add_months(y: i32, m: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// Day `z` shifted by `n` months, the day clamped to the target month's
/// length (31 January + 1 month = 28/29 February).
pub fn shift_months(z: i64, n: i64) -> i64 {
    let (y, m, d) = civil_from_days(z);
    let (y2, m2) = add_months(y, m, n);
    let d2 = d.min(month_len(y2, m2));
    days_from_civil(y2, m2, d2)
}

/// The `n`th (1-based) weekday `wd` (0 = Monday) of month `m` of year `y`;
/// `n = -1` is the last one. `None` if the month has no such day.
pub fn nth_weekday(y: i32, m: u32, n: i32, wd: u32) -> Option<i64> {
    if n > 0 {
        let first = days_from_civil(y, m, 1);
        let off = (i64::from(wd) - i64::from(weekday(first))).rem_euclid(7);
        let z = first + off + 7 * i64::from(n - 1);
        let (_, mm, _) = civil_from_days(z);
        (mm == m).then_some(z)
    } else {
        let last = days_from_civil(y, m, month_len(y, m));
        let off = (i64::from(weekday(last)) - i64::from(wd)).rem_euclid(7);
        Some(last - off - 7 * i64::from(-n - 1))
    }
}

/// Easter Sunday of year `y` (Gregorian computus, anonymous algorithm).
pub fn easter(y: i32) -> i64 {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    days_from_civil(y, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        for z in [-800_000i64, -1, 0, 1, 59, 365, 11_016, 19_000, 2_900_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        // 2023-12-06 was a Wednesday.
        assert_eq!(weekday(days_from_civil(2023, 12, 6)), 2);
    }

    #[test]
    fn iso_weeks_and_easter() {
        assert_eq!(iso_week(days_from_civil(2023, 12, 6)), (2023, 49));
        assert_eq!(iso_week(days_from_civil(2019, 1, 1)), (2019, 1));
        assert_eq!(iso_week(days_from_civil(2016, 1, 1)), (2015, 53));
        assert_eq!(iso_week_start(2015, 1), days_from_civil(2014, 12, 29));
        assert_eq!(iso_weeks_in_year(2015), 53);
        assert_eq!(civil_from_days(easter(2024)), (2024, 3, 31));
        assert_eq!(civil_from_days(easter(2013)), (2013, 3, 31));
        assert_eq!(
            nth_weekday(2013, 11, 4, 3).map(civil_from_days),
            Some((2013, 11, 28))
        );
        assert_eq!(
            nth_weekday(2013, 5, -1, 0).map(civil_from_days),
            Some((2013, 5, 27))
        );
        assert_eq!(
            shift_months(days_from_civil(2023, 1, 31), 1),
            days_from_civil(2023, 2, 28)
        );
    }
}
