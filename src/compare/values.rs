//! How two stated values of one fact relate: the same, compatible within
//! hedges or precision, or incompatible.
//!
//! Consumes [`FactValue`]s with their [`Qualifier`]s; produces a
//! [`Relation`]. Pure and symmetric. Numbers are compared exactly as
//! decimals, never as strings, so "175 million" and "157 million" are
//! different however alike they look.

use crate::facts::{Decimal, Duration, FactValue, Money, Qualifier, Quantity, Vague};

/// Relative width of an "about N" hedge.
const APPROX_WIDTH: f64 = 0.1;

/// Largest relative difference that rounding can explain.
const PRECISION_TOLERANCE: f64 = 0.05;

/// How two values of the same kind relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    /// Equal values with equal hedges.
    Same,
    /// Different only within hedges or precision ("nearly 50" and "some
    /// 50"; "December 2023" and "December 6, 2023").
    Compatible,
    /// Values that cannot both be true of one fact.
    Incompatible,
    /// Not comparable at all (different currencies or units): never the
    /// same fact.
    Unrelated,
}

/// The relation between two values of the same kind.
pub fn relation(
    a: &FactValue,
    qa: Option<Qualifier>,
    b: &FactValue,
    qb: Option<Qualifier>,
) -> Relation {
    match (a, b) {
        (FactValue::Number(x), FactValue::Number(y)) => numbers(*x, qa, *y, qb),
        (FactValue::Vague(v), FactValue::Number(y)) => vague(v, *y, qb),
        (FactValue::Number(x), FactValue::Vague(v)) => vague(v, *x, qa),
        (FactValue::Vague(v), FactValue::Vague(w)) => {
            if v == w {
                Relation::Same
            } else if v.least <= w.most && w.least <= v.most {
                Relation::Compatible
            } else {
                Relation::Incompatible
            }
        }
        (FactValue::Money(x), FactValue::Money(y)) => money(x, qa, y, qb),
        (FactValue::Quantity(x), FactValue::Quantity(y)) => quantity(x, qa, y, qb),
        (FactValue::Duration(x), FactValue::Duration(y)) => duration(x, qa, y, qb),
        (FactValue::Date(Some(x)), FactValue::Date(Some(y))) => dates(x, y),
        (FactValue::Date(_), FactValue::Date(_)) => Relation::Unrelated,
        (FactValue::Text(x), FactValue::Text(y)) => {
            if x == y {
                Relation::Same
            } else {
                Relation::Unrelated
            }
        }
        _ => Relation::Unrelated,
    }
}

/// Relative width of a bound ("more than 600") against another bound in the
/// same direction: floors of one quantity stay this close ("more than 600",
/// "more than 660"); floors twice apart ("over $363 million", "over $726
/// million") state different figures.
const BOUND_SPREAD: f64 = 1.5;

/// The interval a hedged figure allows, as f64 (display-grade precision is
/// enough to decide overlap). A bound is open on its other side against an
/// exact or approximate figure ("at least 70" and "about 100" can both be
/// true of one toll); two bounds in one direction are compared by
/// [`BOUND_SPREAD`].
fn interval(v: f64, q: Option<Qualifier>, other: Option<Qualifier>) -> (f64, f64) {
    let same_side = |q: Option<Qualifier>| match q {
        Some(Qualifier::MoreThan | Qualifier::AtLeast) => Some(true),
        Some(Qualifier::LessThan | Qualifier::AtMost | Qualifier::UpTo) => Some(false),
        _ => None,
    };
    let both_bounds = same_side(q).is_some() && same_side(q) == same_side(other);
    let (lo, hi) = match q {
        None => (v, v),
        Some(Qualifier::Approx) => (v * (1.0 - APPROX_WIDTH), v * (1.0 + APPROX_WIDTH)),
        Some(Qualifier::MoreThan) | Some(Qualifier::AtLeast) if both_bounds => {
            (v, v * BOUND_SPREAD)
        }
        Some(Qualifier::MoreThan) | Some(Qualifier::AtLeast) => (v, f64::INFINITY),
        Some(Qualifier::LessThan) | Some(Qualifier::AtMost) | Some(Qualifier::UpTo)
            if both_bounds =>
        {
            (v / BOUND_SPREAD, v)
        }
        Some(Qualifier::LessThan) | Some(Qualifier::AtMost) | Some(Qualifier::UpTo) => {
            (f64::NEG_INFINITY, v)
        }
    };
    if lo <= hi {
        (lo, hi)
    } else {
        (hi, lo)
    }
}

/// Power of ten of the last significant digit ("175000000" → 6, "2.5" → -1).
fn last_digit_exp(d: Decimal) -> i32 {
    if d.scale() > 0 {
        return -(d.scale() as i32);
    }
    let s = d.to_string();
    let digits = s.trim_start_matches('-');
    if digits == "0" {
        return 0;
    }
    (digits.len() - digits.trim_end_matches('0').len()) as i32
}

/// Whether `fine` rounded at the last significant digit of `coarse` is
/// `coarse`, with the two within [`PRECISION_TOLERANCE`] of each other.
fn rounds_to(coarse: Decimal, fine: Decimal) -> bool {
    let (c, f) = (coarse.to_f64(), fine.to_f64());
    if !c.is_finite() || !f.is_finite() || c == 0.0 {
        return false;
    }
    if last_digit_exp(fine) >= last_digit_exp(coarse) {
        return false;
    }
    let unit = 10f64.powi(last_digit_exp(coarse));
    let rounded = (f / unit).round() * unit;
    (rounded - c).abs() <= unit * 1e-9 && ((f - c) / c).abs() <= PRECISION_TOLERANCE
}

/// Relation of a vague amount ("dozens") and a hedged number: compatible
/// when the number's interval meets the values the vague word allows.
fn vague(v: &Vague, x: Decimal, q: Option<Qualifier>) -> Relation {
    let (lo, hi) = interval(x.to_f64(), q, None);
    if lo <= v.most.to_f64() && v.least.to_f64() <= hi {
        Relation::Compatible
    } else {
        Relation::Incompatible
    }
}

/// Relation of two hedged numbers.
pub fn numbers(a: Decimal, qa: Option<Qualifier>, b: Decimal, qb: Option<Qualifier>) -> Relation {
    if a == b {
        return if qa == qb {
            Relation::Same
        } else {
            Relation::Compatible
        };
    }
    if rounds_to(a, b) || rounds_to(b, a) {
        return Relation::Compatible;
    }
    // Two plain figures differ.
    if qa.is_none() && qb.is_none() {
        return Relation::Incompatible;
    }
    let (alo, ahi) = interval(a.to_f64(), qa, qb);
    let (blo, bhi) = interval(b.to_f64(), qb, qa);
    if alo <= bhi && blo <= ahi {
        Relation::Compatible
    } else {
        Relation::Incompatible
    }
}

fn same_currency(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

fn money(a: &Money, qa: Option<Qualifier>, b: &Money, qb: Option<Qualifier>) -> Relation {
    let (ca, cb) = match (a, b) {
        (
            Money::Amount { currency: x, .. } | Money::Range { currency: x, .. },
            Money::Amount { currency: y, .. } | Money::Range { currency: y, .. },
        ) => (x, y),
    };
    if !same_currency(ca, cb) {
        return Relation::Unrelated;
    }
    let r = match (a, b) {
        (Money::Amount { amount: x, .. }, Money::Amount { amount: y, .. }) => {
            numbers(*x, qa, *y, qb)
        }
        _ => ranges(bounds_money(a), bounds_money(b)),
    };
    // "$175 million" and "175 million" (no currency) are one figure written
    // two ways.
    if r == Relation::Same && ca != cb {
        Relation::Compatible
    } else {
        r
    }
}

fn bounds_money(m: &Money) -> (Decimal, Decimal) {
    match m {
        Money::Amount { amount, .. } => (*amount, *amount),
        Money::Range { min, max, .. } => (*min, *max),
    }
}

/// Relation of two ranges (a single value is a range of one point).
/// Two stated ranges with different ends are different statements; a
/// single value inside a range is compatible with it.
fn ranges(a: (Decimal, Decimal), b: (Decimal, Decimal)) -> Relation {
    let point = |r: (Decimal, Decimal)| r.0 == r.1;
    if a == b {
        Relation::Same
    } else if !point(a) && !point(b) {
        Relation::Incompatible
    } else if a.0 <= b.1 && b.0 <= a.1 {
        Relation::Compatible
    } else {
        Relation::Incompatible
    }
}

fn quantity(a: &Quantity, qa: Option<Qualifier>, b: &Quantity, qb: Option<Qualifier>) -> Relation {
    let bounds = |q: &Quantity| match q {
        Quantity::Amount { amount, unit } => (*amount, *amount, unit.clone()),
        Quantity::Range { min, max, unit } => (*min, *max, unit.clone()),
    };
    let (alo, ahi, ua) = bounds(a);
    let (blo, bhi, ub) = bounds(b);
    if ua != ub {
        return Relation::Unrelated;
    }
    match (a, b) {
        (Quantity::Amount { .. }, Quantity::Amount { .. }) => numbers(alo, qa, blo, qb),
        _ => ranges((alo, ahi), (blo, bhi)),
    }
}

fn duration(a: &Duration, qa: Option<Qualifier>, b: &Duration, qb: Option<Qualifier>) -> Relation {
    match (a, b) {
        (
            Duration::Amount {
                amount: x,
                unit: ux,
            },
            Duration::Amount {
                amount: y,
                unit: uy,
            },
        ) if ux == uy => numbers(*x, qa, *y, qb),
        (Duration::Iso { iso: x }, Duration::Iso { iso: y }) if x == y => Relation::Same,
        _ => Relation::Unrelated,
    }
}

/// A date value as a range of days. `year` is `None` for `--MM-DD` forms,
/// whose days count within a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DayRange {
    year_known: bool,
    first: i64,
    last: i64,
}

/// Days from 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

fn num(s: &str) -> Option<i64> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// One end of a date value (no interval), as a day range.
fn point(s: &str) -> Option<DayRange> {
    // A leap year stands for an unknown year, so that --02-29 is valid.
    const ANY_YEAR: i64 = 2000;
    if let Some(rest) = s.strip_prefix("--") {
        let mut parts = rest.split('-');
        let m = num(parts.next()?)?;
        if !(1..=12).contains(&m) {
            return None;
        }
        let (first, last) = match parts.next() {
            Some(d) => {
                let d = num(d)?;
                (d, d)
            }
            None => (1, days_in_month(ANY_YEAR, m)),
        };
        if first < 1 || last > days_in_month(ANY_YEAR, m) || parts.next().is_some() {
            return None;
        }
        return Some(DayRange {
            year_known: false,
            first: days_from_civil(ANY_YEAR, m, first),
            last: days_from_civil(ANY_YEAR, m, last),
        });
    }
    let (y, rest) = match s.split_once('-') {
        Some((y, r)) => (num(y)?, Some(r)),
        None => (num(s)?, None),
    };
    let range = |a: (i64, i64, i64), b: (i64, i64, i64)| DayRange {
        year_known: true,
        first: days_from_civil(a.0, a.1, a.2),
        last: days_from_civil(b.0, b.1, b.2),
    };
    let Some(rest) = rest else {
        return Some(range((y, 1, 1), (y, 12, 31)));
    };
    if let Some(w) = rest.strip_prefix('W') {
        let w = num(w)?;
        if !(1..=53).contains(&w) {
            return None;
        }
        // ISO week 1 holds January 4th; weeks start on Monday.
        let jan4 = days_from_civil(y, 1, 4);
        let weekday = (jan4 + 3).rem_euclid(7); // 0 = Monday (1970-01-01 was a Thursday)
        let monday = jan4 - weekday + (w - 1) * 7;
        return Some(DayRange {
            year_known: true,
            first: monday,
            last: monday + 6,
        });
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q = num(q)?;
        if !(1..=4).contains(&q) {
            return None;
        }
        let m1 = (q - 1) * 3 + 1;
        return Some(range((y, m1, 1), (y, m1 + 2, days_in_month(y, m1 + 2))));
    }
    let mut parts = rest.split('-');
    let m = num(parts.next()?)?;
    if !(1..=12).contains(&m) {
        return None;
    }
    match parts.next() {
        None => Some(range((y, m, 1), (y, m, days_in_month(y, m)))),
        Some(d) => {
            // A time part ("2023-12-06T10:00") is ignored.
            let d = num(d.split('T').next().unwrap_or(""))?;
            if d < 1 || d > days_in_month(y, m) || parts.next().is_some() {
                return None;
            }
            Some(range((y, m, d), (y, m, d)))
        }
    }
}

/// A date value (point or interval with open ends) as a day range.
fn date_range(s: &str) -> Option<DayRange> {
    match s.split_once('/') {
        None => point(s),
        Some((a, b)) => {
            let lo = if a == ".." { None } else { Some(point(a)?) };
            let hi = if b == ".." { None } else { Some(point(b)?) };
            let year_known = lo.is_none_or(|r| r.year_known) && hi.is_none_or(|r| r.year_known);
            Some(DayRange {
                year_known,
                first: lo.map_or(i64::MIN / 4, |r| r.first),
                last: hi.map_or(i64::MAX / 4, |r| r.last),
            })
        }
    }
}

/// The first and last day (days from 1970-01-01) of an ISO 8601 date value
/// with a known year; open ends are far in the past or future.
pub(crate) fn day_range(s: &str) -> Option<(i64, i64)> {
    date_range(s)
        .filter(|r| r.year_known)
        .map(|r| (r.first, r.last))
}

/// [`day_range`] for callers outside the crate (development tools).
#[doc(hidden)]
pub fn day_span(s: &str) -> Option<(i64, i64)> {
    day_range(s)
}

/// Days from 1970-01-01 of a civil date (development tools).
#[doc(hidden)]
pub fn day_number(c: crate::facts::CivilDate) -> i64 {
    days_from_civil(i64::from(c.year), i64::from(c.month), i64::from(c.day))
}

/// Moves a known-year range into the placeholder year of unknown-year
/// values, when it lies within one calendar year.
fn without_year(r: DayRange) -> Option<DayRange> {
    if !r.year_known {
        return Some(r);
    }
    if r.first < i64::MIN / 8 || r.last > i64::MAX / 8 {
        return None;
    }
    let (y1, m1, d1) = civil_from_days(r.first);
    let (y2, m2, d2) = civil_from_days(r.last);
    if y1 != y2 || (m1 == 2 && d1 == 29) && (m2 != 2) {
        return None;
    }
    Some(DayRange {
        year_known: false,
        first: days_from_civil(2000, m1, d1),
        last: days_from_civil(2000, m2, d2),
    })
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Relation of two ISO 8601 date values (CONTRACT.md forms): one inside the
/// other is compatible (a difference of precision, or a year left out);
/// disjoint or partly overlapping ranges are incompatible.
pub fn dates(a: &str, b: &str) -> Relation {
    if a == b {
        return Relation::Same;
    }
    let (Some(mut x), Some(mut y)) = (date_range(a), date_range(b)) else {
        return Relation::Unrelated;
    };
    if x.year_known != y.year_known {
        match (without_year(x), without_year(y)) {
            (Some(p), Some(q)) => {
                x = p;
                y = q;
            }
            _ => return Relation::Unrelated,
        }
    }
    // Two explicit intervals ("December 6-8", "within 10 days") with
    // different ends are different statements.
    if a.contains('/') && b.contains('/') {
        return Relation::Incompatible;
    }
    let contains = |o: &DayRange, i: &DayRange| o.first <= i.first && i.last <= o.last;
    if contains(&x, &y) || contains(&y, &x) {
        Relation::Compatible
    } else {
        Relation::Incompatible
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn vague_plurals_meet_hedged_figures() {
        use Qualifier::*;
        let dozens = FactValue::Vague(Vague {
            least: d("24"),
            most: d("199"),
        });
        let n = |s: &str| FactValue::Number(d(s));
        // "dozens of House Democrats" and "about 60 House Democrats"
        assert_eq!(
            relation(&dozens, Some(AtLeast), &n("60"), Some(Approx)),
            Relation::Compatible
        );
        assert_eq!(
            relation(&n("12"), None, &dozens, Some(AtLeast)),
            Relation::Incompatible
        );
        assert_eq!(
            relation(&dozens, Some(AtLeast), &dozens, Some(AtLeast)),
            Relation::Same
        );
    }

    #[test]
    fn hedged_numbers() {
        use Qualifier::*;
        use Relation::*;
        type Case = (
            &'static str,
            Option<Qualifier>,
            &'static str,
            Option<Qualifier>,
            Relation,
        );
        let cases: &[Case] = &[
            ("50", Some(Approx), "50", Some(Approx), Same),
            ("50", Some(Approx), "50", None, Compatible),
            ("50", Some(Approx), "48", Some(Approx), Compatible),
            ("50", Some(Approx), "40", Some(Approx), Incompatible),
            ("50", None, "40", None, Incompatible),
            ("175000000", None, "157000000", None, Incompatible),
            ("175000000", None, "175300000", None, Compatible),
            ("100", None, "98", None, Compatible),
            ("100", None, "80", None, Incompatible),
            ("100", None, "125", None, Incompatible),
            ("12.5", None, "10", None, Incompatible),
            ("40", Some(MoreThan), "50", Some(MoreThan), Compatible),
            ("363", Some(MoreThan), "726", Some(MoreThan), Incompatible),
            ("600", Some(MoreThan), "660", Some(MoreThan), Compatible),
            ("70", Some(AtLeast), "100", Some(Approx), Compatible),
            ("24", Some(AtLeast), "60", Some(Approx), Compatible),
            ("50", Some(MoreThan), "40", Some(LessThan), Incompatible),
            ("100", Some(Approx), "130", Some(Approx), Incompatible),
            ("40", Some(MoreThan), "50", Some(Approx), Compatible),
            (
                "44200000000",
                Some(MoreThan),
                "88400000000",
                Some(MoreThan),
                Incompatible,
            ),
            ("2", None, "1", None, Incompatible),
        ];
        for &(a, qa, b, qb, want) in cases {
            assert_eq!(numbers(d(a), qa, d(b), qb), want, "{a} {qa:?} / {b} {qb:?}");
            assert_eq!(numbers(d(b), qb, d(a), qa), want, "{b} {qb:?} / {a} {qa:?}");
        }
    }

    #[test]
    fn date_values() {
        use Relation::*;
        let cases = [
            ("2023-12-06", "2023-12-06", Same),
            ("2023-12", "2023-12-06", Compatible),
            ("--12-06", "2023-12-06", Compatible),
            ("--12-06", "--12-09", Incompatible),
            ("--12", "2023-12-06", Compatible),
            ("2023-12-06", "2023-12-09", Incompatible),
            ("2023-12-06/2023-12-08", "2023-12-07", Compatible),
            (
                "2007-05-02/2007-05-11",
                "2007-05-02/2007-05-16",
                Incompatible,
            ),
            ("2023", "2022-02", Incompatible),
            ("2023-W49", "2023-12-06", Compatible),
            ("2023-Q4", "2023-12-06", Compatible),
            ("../2013-12-31", "2013-06-01", Compatible),
            ("2023-02-30", "2023-02-27", Unrelated),
            ("garbage", "2023", Unrelated),
            ("--02-29", "2024-02-29", Compatible),
        ];
        for (a, b, want) in cases {
            assert_eq!(dates(a, b), want, "{a} / {b}");
            assert_eq!(dates(b, a), want, "{b} / {a}");
        }
        for z in [-800_000i64, -1, 0, 19_000, 2_000_000] {
            let (y, m, dd) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, dd), z);
        }
    }

    #[test]
    fn money_values() {
        let m = |a: &str, c: Option<&str>| {
            FactValue::Money(Money::Amount {
                amount: d(a),
                currency: c.map(str::to_string),
            })
        };
        assert_eq!(
            relation(
                &m("175000000", Some("USD")),
                None,
                &m("175000000", Some("USD")),
                None
            ),
            Relation::Same
        );
        assert_eq!(
            relation(
                &m("175000000", Some("USD")),
                None,
                &m("175000000", Some("EUR")),
                None
            ),
            Relation::Unrelated
        );
        assert_eq!(
            relation(
                &m("175000000", Some("USD")),
                None,
                &m("350000000", Some("USD")),
                None
            ),
            Relation::Incompatible
        );
        assert_eq!(
            relation(
                &FactValue::Date(None),
                None,
                &FactValue::Date(Some("2023".into())),
                None
            ),
            Relation::Unrelated
        );
    }
}
