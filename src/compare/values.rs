//! How two stated values of one fact relate: the same, compatible within
//! hedges or precision, or incompatible.
//!
//! Consumes [`FactValue`]s with their [`Qualifier`]s; produces a
//! [`Relation`]. Pure and symmetric. Numbers are compared exactly as
//! decimals, never as strings, so "175 million" and "157 million" are
//! different however alike they look.

use crate::facts::{DateValue, Decimal, Duration, FactValue, Money, Qualifier, Quantity, Vague};
use crate::lex::calendar::{civil_from_days, days_from_civil};

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
        (FactValue::Date(x), FactValue::Date(y)) if !x.is_unresolved() && !y.is_unresolved() => {
            dates(x, y)
        }
        (FactValue::Date(_), FactValue::Date(_)) => Relation::Unrelated,
        // A result is exact: 3-1 is not 3-2, whatever the hedges.
        (FactValue::Score(x), FactValue::Score(y)) => {
            if x == y {
                Relation::Same
            } else {
                Relation::Incompatible
            }
        }
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
    // An integer (the scale is 0): its trailing zeros.
    let Some(mut m) = d.to_i128().filter(|&m| m != 0) else {
        return 0;
    };
    let mut zeros = 0;
    while m % 10 == 0 {
        m /= 10;
        zeros += 1;
    }
    zeros
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
        _ if is_blurred_range(a, qa) || is_blurred_range(b, qb) => {
            overlap(bounds_money(a), bounds_money(b))
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

/// A money range hedged `approx`: a vague amount ("tens of millions of
/// dollars") or a range said to be rough ("around $10-20 million"). Its
/// ends are not stated figures, so any range or figure it meets is
/// compatible with it.
fn is_blurred_range(m: &Money, q: Option<Qualifier>) -> bool {
    matches!(m, Money::Range { .. }) && q == Some(Qualifier::Approx)
}

/// Compatible when two ranges share a value, else incompatible.
fn overlap(a: (Decimal, Decimal), b: (Decimal, Decimal)) -> Relation {
    if a == b {
        Relation::Same
    } else if a.0 <= b.1 && b.0 <= a.1 {
        Relation::Compatible
    } else {
        Relation::Incompatible
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
        return converted((alo, ahi, &ua), qa, (blo, bhi, &ub), qb).unwrap_or(Relation::Unrelated);
    }
    match (a, b) {
        (Quantity::Amount { .. }, Quantity::Amount { .. }) => numbers(alo, qa, blo, qb),
        _ => ranges((alo, ahi), (blo, bhi)),
    }
}

/// How far apart two figures of one dimension told in two units may lie
/// and still be one figure: a writer who converts rounds, sometimes
/// coarsely ("4,000 hectares (9,900 acres)", "300 metres (1,000 feet)",
/// "20 miles (30 km)", 7% apart).
const CONVERSION_TOLERANCE: f64 = 0.1;

/// Two quantities of one dimension in two units ("4,000 hectares", "6,000
/// acres"; "130 km/h", "80 mph"), each a low and high bound and its unit:
/// compared in the dimension's base unit, a conversion's rounding allowed
/// ([`CONVERSION_TOLERANCE`]). `None` for units of two dimensions or of
/// none known ([`crate::lex::units::dimension`]).
fn converted(
    a: (Decimal, Decimal, &str),
    qa: Option<Qualifier>,
    b: (Decimal, Decimal, &str),
    qb: Option<Qualifier>,
) -> Option<Relation> {
    use crate::lex::units::dimension;
    let (da, fa) = dimension(a.2)?;
    let (db, fb) = dimension(b.2)?;
    if da != db {
        return None;
    }
    let (alo, ahi) = (a.0.to_f64() * fa, a.1.to_f64() * fa);
    let (blo, bhi) = (b.0.to_f64() * fb, b.1.to_f64() * fb);
    let point = alo == ahi && blo == bhi;
    let near = |x: f64, y: f64| (x - y).abs() <= CONVERSION_TOLERANCE * x.abs().max(y.abs());
    // "more than 18,000 acres" and "7,450 hectares": one size, each
    // writer rounding the other's unit
    if point && near(alo, blo) {
        return Some(Relation::Same);
    }
    let (alo, ahi) = if point {
        interval(alo, qa, qb)
    } else {
        (alo, ahi)
    };
    let (blo, bhi) = if point {
        interval(blo, qb, qa)
    } else {
        (blo, bhi)
    };
    let slack = CONVERSION_TOLERANCE;
    Some(
        if alo * (1.0 - slack) <= bhi && blo * (1.0 - slack) <= ahi {
            Relation::Compatible
        } else {
            Relation::Incompatible
        },
    )
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
        ) => {
            if ux == uy {
                numbers(*x, qa, *y, qb)
            } else {
                calendar_durations((*x, ux), qa, (*y, uy), qb)
            }
        }
        (Duration::Iso { iso: x }, Duration::Iso { iso: y }) if x == y => Relation::Same,
        (Duration::Amount { unit: ux, .. }, Duration::Range { unit: uy, .. })
        | (Duration::Range { unit: ux, .. }, Duration::Amount { unit: uy, .. })
        | (Duration::Range { unit: ux, .. }, Duration::Range { unit: uy, .. })
            if ux == uy =>
        {
            ranges(bounds_duration(a), bounds_duration(b))
        }
        _ => Relation::Unrelated,
    }
}

/// Days in one unit of the calendar, the least and the most ("a month" is
/// 28 to 31 days); `None` for other units (hours, innings, terms).
pub fn unit_days(unit: &str) -> Option<(f64, f64)> {
    match unit {
        "day" => Some((1.0, 1.0)),
        "week" => Some((7.0, 7.0)),
        "month" => Some((28.0, 31.0)),
        "year" => Some((365.0, 366.0)),
        _ => None,
    }
}

/// Two durations told in two units of the calendar ("four months", "135
/// days" for "four and a half months"), compared in days: one within the
/// days the other may span is one figure converted (same, or compatible
/// under different hedges); plain figures apart disagree, never rounded
/// together (four and a half months is not "about" four). Hedged figures
/// apart, or units off the calendar, are not compared.
fn calendar_durations(
    (x, ux): (Decimal, &str),
    qa: Option<Qualifier>,
    (y, uy): (Decimal, &str),
    qb: Option<Qualifier>,
) -> Relation {
    let (Some(dx), Some(dy)) = (unit_days(ux), unit_days(uy)) else {
        return Relation::Unrelated;
    };
    let (x, y) = (x.to_f64(), y.to_f64());
    let (xl, xh, yl, yh) = (x * dx.0, x * dx.1, y * dy.0, y * dy.1);
    match (xl <= yh && yl <= xh, qa == qb, qa.is_none() && qb.is_none()) {
        (true, true, _) => Relation::Same,
        (true, false, _) => Relation::Compatible,
        (false, _, true) => Relation::Incompatible,
        (false, _, false) => Relation::Unrelated,
    }
}

/// The ends of a duration of one unit (a single amount is a range of one
/// point); several units have none.
fn bounds_duration(d: &Duration) -> (Decimal, Decimal) {
    match d {
        Duration::Amount { amount, .. } => (*amount, *amount),
        Duration::Range { min, max, .. } => (*min, *max),
        Duration::Iso { .. } => (Decimal::ZERO, Decimal::ZERO),
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

/// A leap year stands for an unknown year, so that --02-29 is valid.
const ANY_YEAR: i32 = 2000;

/// A date value as a day range: its days when the year is known, else its
/// month-days placed in [`ANY_YEAR`]; open ends far in the past or future.
fn date_range(v: &DateValue) -> Option<DayRange> {
    if let Some((first, last)) = v.days() {
        return Some(DayRange {
            year_known: true,
            first,
            last,
        });
    }
    let ((m1, d1), (m2, d2)) = v.month_days()?;
    Some(DayRange {
        year_known: false,
        first: days_from_civil(ANY_YEAR, m1, d1),
        last: days_from_civil(ANY_YEAR, m2, d2),
    })
}

/// The first and last day (days from 1970-01-01) of a date value with a
/// known year; open ends are far in the past or future.
pub(crate) fn day_range(v: &DateValue) -> Option<(i64, i64)> {
    v.days()
}

/// [`day_range`] for callers outside the crate (development tools).
#[doc(hidden)]
pub fn day_span(v: &DateValue) -> Option<(i64, i64)> {
    day_range(v)
}

/// Days from 1970-01-01 of a civil date (development tools).
#[doc(hidden)]
pub fn day_number(c: crate::facts::CivilDate) -> i64 {
    days_from_civil(c.year, u32::from(c.month), u32::from(c.day))
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
        first: days_from_civil(ANY_YEAR, m1, d1),
        last: days_from_civil(ANY_YEAR, m2, d2),
    })
}

/// Relation of two ISO 8601 date values (CONTRACT.md forms): one inside the
/// other is compatible (a difference of precision, or a year left out);
/// disjoint or partly overlapping ranges are incompatible.
pub fn dates(a: &DateValue, b: &DateValue) -> Relation {
    if a.same(b) {
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
    if a.is_interval() && b.is_interval() {
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
            stated: false,
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
    fn ranges_and_bounds_of_the_new_forms() {
        use Qualifier::*;
        use Relation::*;
        let usd = |min: &str, max: &str| {
            FactValue::Money(Money::Range {
                min: d(min),
                max: d(max),
                currency: Some("USD".into()),
            })
        };
        let point = |a: &str| {
            FactValue::Money(Money::Amount {
                amount: d(a),
                currency: Some("USD".into()),
            })
        };
        // "tens of millions of dollars" against a figure inside it, a
        // stated range it meets, and a figure far below it
        let tens = usd("20000000", "199999999");
        assert_eq!(
            relation(&tens, Some(Approx), &point("45000000"), None),
            Compatible
        );
        let stated = usd("30000000", "40000000");
        assert_eq!(relation(&tens, Some(Approx), &stated, None), Compatible);
        assert_eq!(relation(&stated, None, &tens, Some(Approx)), Compatible);
        assert_eq!(
            relation(&tens, Some(Approx), &point("3000000"), None),
            Incompatible
        );
        // two stated ranges with other ends stay different statements
        assert_eq!(
            relation(&stated, None, &usd("30000000", "50000000"), None),
            Incompatible
        );
        // "less than the $184 million reported" is no agreement with it
        assert_eq!(
            relation(
                &point("184000000"),
                Some(LessThan),
                &point("184000000"),
                None
            ),
            Compatible
        );
        // "as many as 35 to 40 firefighters" and "about 40 firefighters"
        let count = FactValue::Vague(Vague {
            least: d("35"),
            most: d("40"),
            stated: true,
        });
        let n = |s: &str| FactValue::Number(d(s));
        assert_eq!(
            relation(&count, Some(UpTo), &n("40"), Some(Approx)),
            Compatible
        );
        assert_eq!(relation(&count, Some(UpTo), &n("12"), None), Incompatible);
        // "two- to three-year terms" and "a three-year term"
        let years = |min: &str, max: &str| {
            FactValue::Duration(Duration::Range {
                min: d(min),
                max: d(max),
                unit: "year".into(),
            })
        };
        let term = |a: &str| {
            FactValue::Duration(Duration::Amount {
                amount: d(a),
                unit: "year".into(),
            })
        };
        assert_eq!(
            relation(&years("2", "3"), None, &term("3"), None),
            Compatible
        );
        assert_eq!(
            relation(&years("2", "3"), None, &term("6"), None),
            Incompatible
        );
        assert_eq!(
            relation(&years("2", "3"), None, &years("2", "3"), None),
            Same
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
            ("--02-29", "2024-02-29", Compatible),
        ];
        for (a, b, want) in cases {
            let (x, y) = (
                DateValue::from_iso(a).unwrap(),
                DateValue::from_iso(b).unwrap(),
            );
            assert_eq!(dates(&x, &y), want, "{a} / {b}");
            assert_eq!(dates(&y, &x), want, "{b} / {a}");
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
                &FactValue::Date(DateValue::Unresolved),
                None,
                &FactValue::Date(DateValue::from_iso("2023").unwrap()),
                None
            ),
            Relation::Unrelated
        );
    }
}
