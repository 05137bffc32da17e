//! Date values, typed: a day interval with its grain, and their ISO 8601
//! forms (CONTRACT.md), written only at the output.
//!
//! Consumes calendar units and intervals built by the grammar; produces
//! [`DateValue`]s that later stages read as days ([`DateValue::days`],
//! [`DateValue::month_days`], [`DateValue::start`]) and that serialise as
//! the value strings of `concord facts`: `2023-12-06`, `2023-12`, `2023`,
//! `2023-W49`, `2023-Q4`, intervals `a/b` (both ends inclusive, `..` for an
//! open end), the year-less `--12-06`, and `null` for an unresolved
//! relative date. Nothing outside this file formats or parses a date
//! string.

use crate::lex::calendar::*;

/// Size of a calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grain {
    /// One day.
    Day,
    /// A Monday-to-Sunday week.
    Week,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A half year.
    Half,
    /// A calendar year.
    Year,
    /// Ten years starting at a year divisible by 10.
    Decade,
    /// A hundred years starting at a year divisible by 100.
    Century,
}

/// A calendar unit: its grain and its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// Size.
    pub(crate) g: Grain,
    /// First day (day number, days since 1970-01-01).
    pub(crate) d: i64,
}

impl Period {
    /// Its grain.
    pub fn grain(&self) -> Grain {
        self.g
    }
    /// Its first day (days since 1970-01-01).
    pub fn first(&self) -> i64 {
        self.d
    }
    /// The day `z`.
    pub fn day(z: i64) -> Period {
        Period {
            g: Grain::Day,
            d: z,
        }
    }
    /// The week containing day `z`.
    pub fn week(z: i64) -> Period {
        Period {
            g: Grain::Week,
            d: monday_of(z),
        }
    }
    /// Month `m` of year `y`.
    pub fn month(y: i32, m: u32) -> Period {
        Period {
            g: Grain::Month,
            d: days_from_civil(y, m, 1),
        }
    }
    /// Quarter `q` (1–4) of year `y`.
    pub fn quarter(y: i32, q: u32) -> Period {
        Period {
            g: Grain::Quarter,
            d: days_from_civil(y, 3 * q - 2, 1),
        }
    }
    /// Half `h` (1–2) of year `y`.
    pub fn half(y: i32, h: u32) -> Period {
        Period {
            g: Grain::Half,
            d: days_from_civil(y, 6 * h - 5, 1),
        }
    }
    /// Year `y`.
    pub fn year(y: i32) -> Period {
        Period {
            g: Grain::Year,
            d: days_from_civil(y, 1, 1),
        }
    }
    /// The decade starting at year `y` (a multiple of 10).
    pub fn decade(y: i32) -> Period {
        Period {
            g: Grain::Decade,
            d: days_from_civil(y, 1, 1),
        }
    }
    /// The century starting at year `y` (a multiple of 100).
    pub fn century(y: i32) -> Period {
        Period {
            g: Grain::Century,
            d: days_from_civil(y, 1, 1),
        }
    }
    /// The year of its first day.
    pub(crate) fn y(&self) -> i32 {
        civil_from_days(self.d).0
    }
    /// Its last day.
    pub fn last(&self) -> i64 {
        let (y, m, _) = civil_from_days(self.d);
        let months = |n: i64| {
            let (y2, m2) = add_months(y, m, n);
            days_from_civil(y2, m2, 1) - 1
        };
        match self.g {
            Grain::Day => self.d,
            Grain::Week => self.d + 6,
            Grain::Month => months(1),
            Grain::Quarter => months(3),
            Grain::Half => months(6),
            Grain::Year => months(12),
            Grain::Decade => months(120),
            Grain::Century => months(1200),
        }
    }
    /// The same grain shifted by `n` units.
    pub(crate) fn shift(&self, n: i64) -> Period {
        let (y, m, _) = civil_from_days(self.d);
        let by_months = |k: i64| {
            let (y2, m2) = add_months(y, m, k);
            days_from_civil(y2, m2, 1)
        };
        let d = match self.g {
            Grain::Day => self.d + n,
            Grain::Week => self.d + 7 * n,
            Grain::Month => by_months(n),
            Grain::Quarter => by_months(3 * n),
            Grain::Half => by_months(6 * n),
            Grain::Year => by_months(12 * n),
            Grain::Decade => by_months(120 * n),
            Grain::Century => by_months(1200 * n),
        };
        Period { g: self.g, d }
    }
}

/// The value of a date fact: one calendar unit, an interval of them, a
/// month-day of unknown year, or an unresolved relative date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// One calendar unit ("December 6, 2023", "2023-W49", "the 1990s").
    Unit(Period),
    /// From the start of the first unit to the end of the second, both
    /// inclusive; `None` is an open end ("since 2014", "June 13-14").
    Interval(Option<Period>, Option<Period>),
    /// Month and day of an unknown year ("Dec. 6" with no publication date).
    MonthDay(u32, u32),
    /// Month of an unknown year.
    Month(u32),
    /// Month-day interval of an unknown year (month, day, month, day).
    MonthDays(u32, u32, u32, u32),
    /// A relative expression with no publication date to resolve it.
    Unresolved,
}

/// Far ends of an open interval, in days: beyond any real date, and safe
/// to add to.
pub const OPEN_START: i64 = i64::MIN / 4;
/// See [`OPEN_START`].
pub const OPEN_END: i64 = i64::MAX / 4;

fn in_range(z: i64) -> bool {
    let (y, _, _) = civil_from_days(z);
    (1..=9999).contains(&y)
}

fn fmt_start(p: &Period) -> String {
    let (y, m, d) = civil_from_days(p.d);
    match p.g {
        Grain::Day => format!("{y:04}-{m:02}-{d:02}"),
        Grain::Week => {
            let (wy, w) = iso_week(p.d);
            format!("{wy:04}-W{w:02}")
        }
        Grain::Month | Grain::Half => format!("{y:04}-{m:02}"),
        Grain::Quarter => format!("{y:04}-Q{}", (m - 1) / 3 + 1),
        Grain::Year | Grain::Decade | Grain::Century => format!("{y:04}"),
    }
}

fn fmt_end(p: &Period) -> String {
    match p.g {
        Grain::Half => {
            let (y, m, _) = civil_from_days(p.last());
            format!("{y:04}-{m:02}")
        }
        Grain::Decade | Grain::Century => {
            let (y, _, _) = civil_from_days(p.last());
            format!("{y:04}")
        }
        _ => fmt_start(p),
    }
}

impl serde::Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.iso() {
            Some(v) => s.serialize_str(&v),
            None => s.serialize_none(),
        }
    }
}

impl DateValue {
    /// Whether it is resolved to days of a known year.
    pub fn year_known(&self) -> bool {
        matches!(self, DateValue::Unit(_) | DateValue::Interval(..))
    }

    /// Whether it is an unresolved relative date.
    pub fn is_unresolved(&self) -> bool {
        *self == DateValue::Unresolved
    }

    /// The first and last day it covers (days since 1970-01-01, both
    /// inclusive), for a known year; an open end is [`OPEN_START`] or
    /// [`OPEN_END`].
    pub fn days(&self) -> Option<(i64, i64)> {
        match self {
            DateValue::Unit(p) => Some((p.d, p.last())),
            DateValue::Interval(a, b) => Some((
                a.map_or(OPEN_START, |a| a.d),
                b.map_or(OPEN_END, |b| b.last()),
            )),
            _ => None,
        }
    }

    /// For a value of unknown year: its first and last (month, day).
    pub fn month_days(&self) -> Option<((u32, u32), (u32, u32))> {
        match *self {
            DateValue::MonthDay(m, d) => Some(((m, d), (m, d))),
            DateValue::Month(m) => Some(((m, 1), (m, month_len(2000, m)))),
            DateValue::MonthDays(m1, d1, m2, d2) => Some(((m1, d1), (m2, d2))),
            _ => None,
        }
    }

    /// Its first unit, when it has one: the unit itself, or the start of
    /// an interval.
    pub fn start(&self) -> Option<Period> {
        match *self {
            DateValue::Unit(p) | DateValue::Interval(Some(p), _) => Some(p),
            _ => None,
        }
    }

    /// Its last unit, when it has one.
    pub fn end(&self) -> Option<Period> {
        match *self {
            DateValue::Unit(p) | DateValue::Interval(_, Some(p)) => Some(p),
            _ => None,
        }
    }

    /// Whether it states an interval with two ends, as written "a/b": an
    /// interval of two different units, a month-day interval, or a unit
    /// written as one (a half year, a decade, a century).
    pub fn is_interval(&self) -> bool {
        match self {
            DateValue::Unit(p) => matches!(p.g, Grain::Half | Grain::Decade | Grain::Century),
            DateValue::Interval(a, b) => a != b,
            DateValue::MonthDays(..) => true,
            _ => false,
        }
    }

    /// Whether two values are written the same (their ISO forms are equal):
    /// "2019-07/2019-12" is the second half of 2019 and July to December
    /// 2019 alike.
    pub fn same(&self, other: &DateValue) -> bool {
        self.normalized() == other.normalized()
    }

    /// One representative of the values written alike: an interval of one
    /// unit is the unit; a half year, decade or century is the interval of
    /// its months or years.
    fn normalized(&self) -> DateValue {
        match *self {
            DateValue::Interval(Some(a), Some(b)) if a == b => DateValue::Unit(a).normalized(),
            DateValue::Unit(p) => match p.g {
                Grain::Half => {
                    let (y, m, _) = civil_from_days(p.d);
                    DateValue::Interval(Some(Period::month(y, m)), Some(Period::month(y, m + 5)))
                }
                Grain::Decade | Grain::Century => {
                    let (y, _, _) = civil_from_days(p.d);
                    let (ly, _, _) = civil_from_days(p.last());
                    DateValue::Interval(Some(Period::year(y)), Some(Period::year(ly)))
                }
                _ => *self,
            },
            _ => *self,
        }
    }

    /// Whether the value is well formed: ends in years 1–9999 and an
    /// interval that does not run backwards.
    pub(crate) fn ok(&self) -> bool {
        match self {
            DateValue::Unit(p) => in_range(p.d) && in_range(p.last()),
            DateValue::Interval(a, b) => {
                a.is_none_or(|a| in_range(a.d))
                    && b.is_none_or(|b| in_range(b.last()))
                    && (a.is_some() || b.is_some())
                    && match (a, b) {
                        (Some(a), Some(b)) => a.d <= b.last(),
                        _ => true,
                    }
            }
            DateValue::MonthDay(m, d) => {
                (1..=12).contains(m) && *d >= 1 && *d <= month_len(2000, *m)
            }
            DateValue::Month(m) => (1..=12).contains(m),
            DateValue::MonthDays(m1, d1, m2, d2) => {
                DateValue::MonthDay(*m1, *d1).ok() && DateValue::MonthDay(*m2, *d2).ok()
            }
            DateValue::Unresolved => true,
        }
    }

    /// The ISO 8601 value string (CONTRACT.md), or `None` for
    /// [`DateValue::Unresolved`]. The one place a date becomes text.
    pub fn iso(&self) -> Option<String> {
        Some(match self {
            DateValue::Unit(p) => match p.g {
                Grain::Half | Grain::Decade | Grain::Century => {
                    format!("{}/{}", fmt_start(p), fmt_end(p))
                }
                _ => fmt_start(p),
            },
            DateValue::Interval(a, b) => {
                if let (Some(a), Some(b)) = (a, b) {
                    if a == b {
                        return DateValue::Unit(*a).iso();
                    }
                }
                let s = a.as_ref().map_or_else(|| "..".to_string(), fmt_start);
                let e = b.as_ref().map_or_else(|| "..".to_string(), fmt_end);
                format!("{s}/{e}")
            }
            DateValue::MonthDay(m, d) => format!("--{m:02}-{d:02}"),
            DateValue::Month(m) => format!("--{m:02}"),
            DateValue::MonthDays(m1, d1, m2, d2) => format!("--{m1:02}-{d1:02}/--{m2:02}-{d2:02}"),
            DateValue::Unresolved => return None,
        })
    }
}

impl DateValue {
    /// Reads an ISO form that [`DateValue::iso`] writes (the inverse, for
    /// tests and tools that hold values as text); `None` for anything
    /// else, `null` included.
    pub fn from_iso(s: &str) -> Option<DateValue> {
        let num = |x: &str| -> Option<u32> {
            (!x.is_empty() && x.len() <= 4 && x.bytes().all(|b| b.is_ascii_digit()))
                .then(|| x.parse().ok())
                .flatten()
        };
        // one end: (unit, is the end of a written half/decade)
        let unit = |x: &str| -> Option<Period> {
            let b = x.as_bytes();
            if b.len() == 4 {
                return Some(Period::year(num(x)? as i32));
            }
            if b.len() < 7 || b[4] != b'-' {
                return None;
            }
            let y = num(&x[..4])? as i32;
            let rest = &x[5..];
            if let Some(w) = rest.strip_prefix('W') {
                let w = num(w)?;
                return ((1..=iso_weeks_in_year(y)).contains(&w))
                    .then(|| Period::week(iso_week_start(y, w)));
            }
            if let Some(q) = rest.strip_prefix('Q') {
                let q = num(q)?;
                return (1..=4).contains(&q).then(|| Period::quarter(y, q));
            }
            let (m, d) = match rest.split_once('-') {
                Some((m, d)) => (num(m)?, Some(num(d)?)),
                None => (num(rest)?, None),
            };
            match d {
                None => (1..=12).contains(&m).then(|| Period::month(y, m)),
                Some(d) => valid(y, m, d).then(|| Period::day(days_from_civil(y, m, d))),
            }
        };
        let md = |x: &str| -> Option<(u32, Option<u32>)> {
            let rest = x.strip_prefix("--")?;
            match rest.split_once('-') {
                Some((m, d)) => Some((num(m)?, Some(num(d)?))),
                None => Some((num(rest)?, None)),
            }
        };
        let v = match s.split_once('/') {
            None => match md(s) {
                Some((m, Some(d))) => DateValue::MonthDay(m, d),
                Some((m, None)) => DateValue::Month(m),
                None => DateValue::Unit(unit(s)?),
            },
            Some((a, b)) => {
                if let (Some((m1, Some(d1))), Some((m2, Some(d2)))) = (md(a), md(b)) {
                    DateValue::MonthDays(m1, d1, m2, d2)
                } else {
                    let ua = if a == ".." { None } else { Some(unit(a)?) };
                    let ub = if b == ".." { None } else { Some(unit(b)?) };
                    // the written forms of one half, decade or century
                    match (ua, ub) {
                        (Some(x), Some(y)) if x.g == Grain::Month && y.g == Grain::Month => {
                            let (yy, mm, _) = civil_from_days(x.d);
                            let half = Period::half(yy, mm.div_ceil(6));
                            if (mm == 1 || mm == 7) && y.d == Period::month(yy, mm + 5).d {
                                DateValue::Unit(half)
                            } else {
                                DateValue::Interval(ua, ub)
                            }
                        }
                        (Some(x), Some(y)) if x.g == Grain::Year && y.g == Grain::Year => {
                            let (y1, y2) = (x.y(), y.y());
                            if y1 % 100 == 0 && y2 == y1 + 99 {
                                DateValue::Unit(Period::century(y1))
                            } else if y1 % 10 == 0 && y2 == y1 + 9 {
                                DateValue::Unit(Period::decade(y1))
                            } else {
                                DateValue::Interval(ua, ub)
                            }
                        }
                        _ => DateValue::Interval(ua, ub),
                    }
                }
            }
        };
        v.ok().then_some(v)
    }
}

/// An interval of days `a..=b` as a value (a single day when equal).
pub(crate) fn day_range(a: i64, b: i64) -> DateValue {
    if a == b {
        DateValue::Unit(Period::day(a))
    } else {
        DateValue::Interval(Some(Period::day(a)), Some(Period::day(b)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let d = days_from_civil(2023, 12, 6);
        assert_eq!(DateValue::Unit(Period::day(d)).iso().unwrap(), "2023-12-06");
        assert_eq!(DateValue::Unit(Period::week(d)).iso().unwrap(), "2023-W49");
        assert_eq!(
            DateValue::Unit(Period::month(2023, 12)).iso().unwrap(),
            "2023-12"
        );
        assert_eq!(
            DateValue::Unit(Period::quarter(2023, 4)).iso().unwrap(),
            "2023-Q4"
        );
        assert_eq!(
            DateValue::Unit(Period::decade(1990)).iso().unwrap(),
            "1990/1999"
        );
        assert_eq!(
            DateValue::Unit(Period::half(2019, 2)).iso().unwrap(),
            "2019-07/2019-12"
        );
        assert_eq!(
            DateValue::Interval(None, Some(Period::year(2013)))
                .iso()
                .unwrap(),
            "../2013"
        );
        assert_eq!(day_range(d, d + 1).iso().unwrap(), "2023-12-06/2023-12-07");
        assert_eq!(DateValue::MonthDay(12, 6).iso().unwrap(), "--12-06");
        assert!(!DateValue::Interval(Some(Period::year(2018)), Some(Period::year(2014))).ok());
        assert_eq!(Period::month(2024, 2).last(), days_from_civil(2024, 2, 29));
    }

    #[test]
    fn iso_forms_read_back() {
        for s in [
            "2023-12-06",
            "2023-12",
            "2023",
            "2023-W49",
            "2015-W53",
            "2023-Q4",
            "1990/1999",
            "2000/2099",
            "2019-07/2019-12",
            "2016-11/2017-02",
            "2010/2015",
            "../2013-12-31",
            "2014/..",
            "--12-06",
            "--12",
            "--12-06/--12-08",
            "2023-12-06/2023-12-07",
        ] {
            let v = DateValue::from_iso(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(v.iso().as_deref(), Some(s));
        }
        for s in ["2023-02-30", "garbage", "2023-13", "--13-01", "", "../.."] {
            assert_eq!(DateValue::from_iso(s), None, "{s}");
        }
    }
}
