//! Dates and figures as typed features.
//!
//! Decides the day a date stands for ([`day_number`], [`civil_day`]; a
//! weekday or a yearless date the words leave open is read in the past of
//! the publication date, as news tells what happened), which date features a
//! date value gives (year, month, day, month-day) and which figures are
//! specific enough to tell events apart (amounts to three significant
//! digits; counts with their noun).

use super::words::stem_plural;
use crate::facts::{CivilDate, DateValue, Fact, FactKind, FactValue, Grain, Money, Vague};

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), or `None`
/// for an invalid date.
pub fn day_number(year: i32, month: u32, day: u32) -> Option<i64> {
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| crate::lex::calendar::days_from_civil(year, month, day))
}

/// Days since 1970-01-01 of a [`CivilDate`].
pub fn civil_day(d: CivilDate) -> Option<i64> {
    day_number(d.year, u32::from(d.month), u32::from(d.day))
}

/// A number to three significant digits, in scientific form, so "$2.3
/// billion" and "$2,300 million" agree and "$2.31 billion" does too.
fn sig3(x: f64) -> String {
    if !x.is_finite() {
        return String::from("nan");
    }
    format!("{x:.2e}")
}

/// Weekday names, for [`past_reading`].
const WEEKDAYS: &[&str] = &[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// The past reading of a date when the words leave the week or the year
/// open: a bare weekday resolved after the publication day `published`
/// ("charged in the crash Tuesday": the Tuesday before, a week earlier
/// than the one after), or a day and month without a year ("the shooting
/// on March 17": the March before, whether the date falls before or after
/// publication: a trial report in September recalls "the shooting on April
/// 9" of the year before without its year). News mostly reports what
/// happened; both readings are kept as days the report may be about.
pub(super) fn past_reading(
    text: &str,
    f: &Fact,
    v: &DateValue,
    range: (i64, i64),
    published: Option<i64>,
) -> Option<(i64, i64)> {
    let p = published?;
    let span = text.get(f.span.start..f.span.end)?.to_ascii_lowercase();
    if f.relative.is_some() {
        if range.0 <= p {
            return None;
        }
        let bare = span
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| {
                WEEKDAYS.binary_search(&w).is_ok()
                    || matches!(w, "on" | "night" | "morning" | "afternoon" | "evening")
            });
        let weekday = span
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| WEEKDAYS.binary_search(&w).is_ok());
        return (bare && weekday).then_some((range.0 - 7, range.1 - 7));
    }
    if span.bytes().filter(u8::is_ascii_digit).count() >= 4 {
        return None;
    }
    // the same day or month a year before
    let DateValue::Unit(p) = v else {
        return None;
    };
    let c = CivilDate::from_day(p.first());
    let earlier = match p.grain() {
        Grain::Day => crate::facts::Period::day(
            CivilDate {
                year: c.year - 1,
                ..c
            }
            .day()?,
        ),
        Grain::Month => crate::facts::Period::month(c.year - 1, u32::from(c.month)),
        _ => return None,
    };
    day_range(&DateValue::Unit(earlier))
}

/// The days a date value covers, when both its ends are days, weeks or
/// months and it spans at most 31 days (longer spans say nothing about one
/// event's date). A week counts as a month does: a follow-up names its
/// incident as "last week" as often as by its day ("died in a house fire
/// on Elm Street last week").
pub(super) fn day_range(v: &DateValue) -> Option<(i64, i64)> {
    let fine = |p: &crate::facts::Period| {
        matches!(
            p.grain(),
            Grain::Day | Grain::Week | Grain::Month | Grain::Half
        )
    };
    let (a, b) = (v.start()?, v.end()?);
    if !fine(&a) || !fine(&b) {
        return None;
    }
    let (s, e) = v.days()?;
    (e >= s && e - s <= 31).then_some((s, e))
}

/// Date features of a date value's first unit: its year, month, day and
/// month-day as far as it states them ("md" alone for a month-day of
/// unknown year).
pub(super) fn date_features(v: &DateValue) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(((m, d), _)) = v.month_days() {
        if matches!(v, DateValue::MonthDay(..) | DateValue::MonthDays(..)) {
            out.push(("md", format!("{m:02}-{d:02}")));
        }
        return out;
    }
    let Some(p) = v.start() else {
        return out;
    };
    let c = CivilDate::from_day(p.first());
    let year = match p.grain() {
        Grain::Week => crate::lex::calendar::iso_week(p.first()).0,
        _ => c.year,
    };
    out.push(("year", format!("{year:04}")));
    if matches!(p.grain(), Grain::Day | Grain::Month | Grain::Half) {
        out.push(("mon", format!("{:04}-{:02}", c.year, c.month)));
        if p.grain() == Grain::Day {
            out.push(("day", format!("{:04}-{:02}-{:02}", c.year, c.month, c.day)));
            out.push(("md", format!("{:02}-{:02}", c.month, c.day)));
        }
    }
    out
}

/// The feature of one figure, if it is specific enough to tell events
/// apart.
pub(super) fn figure_feature(
    kind: FactKind,
    value: &FactValue,
    unit: Option<&str>,
) -> Option<(&'static str, String)> {
    match (kind, value) {
        (FactKind::Money, FactValue::Money(Money::Amount { amount, currency })) => Some((
            "money",
            format!(
                "{}:{}",
                currency.as_deref().unwrap_or("?"),
                sig3(amount.to_f64())
            ),
        )),
        (FactKind::Money, FactValue::Money(Money::Range { min, max, currency })) => Some((
            "money",
            format!(
                "{}:{}-{}",
                currency.as_deref().unwrap_or("?"),
                sig3(min.to_f64()),
                sig3(max.to_f64())
            ),
        )),
        (FactKind::Count, FactValue::Number(n) | FactValue::Vague(Vague { least: n, .. })) => {
            let unit = unit.map(|u| stem_plural(u.trim()).to_string());
            Some((
                "count",
                format!("{}:{}", sig3(n.to_f64()), unit.unwrap_or_default()),
            ))
        }
        (FactKind::Number, FactValue::Number(n)) => {
            let x = n.to_f64();
            // Small numbers (and 1900–2100, years) say nothing specific.
            (x.abs() >= 10.0 && !(1900.0..=2100.0).contains(&x)).then(|| ("num", sig3(x)))
        }
        (FactKind::Percent, FactValue::Number(n)) => Some(("pct", sig3(n.to_f64()))),
        // A final score or a vote is as specific as a figure gets.
        (FactKind::Score, FactValue::Score(s)) => Some(("score", s.to_string())),
        (FactKind::Ordinal, FactValue::Number(n)) => {
            let x = n.to_f64();
            (x >= 4.0).then(|| ("ord", sig3(x)))
        }
        _ => None,
    }
}
