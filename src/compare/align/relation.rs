//! How two date mentions relate (same, inside, overlapping, apart) and
//! the readings of relative dates that a report's stamp makes stale.

use super::*;

/// Whether a date mention writes its year ("April 9, 2013", "'08").
pub(super) fn writes_year(surface: &str) -> bool {
    let b = surface.as_bytes();
    b.windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
        || surface.contains('\'') && b.iter().filter(|c| c.is_ascii_digit()).count() >= 2
}

/// How the values of two mentions relate. Two dates of one month and day
/// whose year one of them leaves to the reader ("April 9" in articles of
/// two different years) are one statement: their years are the resolver's
/// guesses, not the sources' words.
pub(super) fn relation(a: &M<'_>, b: &M<'_>) -> Relation {
    // Two counts of time are one figure only when both count from one
    // happening in one direction ("11 days after the strike ended", "22
    // days after the end of the strike"), or neither counts from one. A
    // happening named in more words by one report ("he was murdered",
    // "her husband was murdered in May") may be another: the same count
    // agrees, a different one is not set against it.
    match (&a.offset, &b.offset) {
        (None, None) => {}
        (Some(x), Some(y)) if x.same(y) => {}
        (Some(x), Some(y)) if x.direction == y.direction && x.overlaps(y) => {
            let r = values::relation(&a.fact.value, None, &b.fact.value, None);
            if r != Relation::Same || a.fact.qualifier != b.fact.qualifier {
                return Relation::Unrelated;
            }
        }
        _ => return Relation::Unrelated,
    }
    // two ages, one written "47-year-old", one "the agent, 49": years
    let r = match (a.age(), b.age()) {
        (Some(x), Some(y)) => values::relation(
            &FactValue::Number(x),
            a.fact.qualifier,
            &FactValue::Number(y),
            b.fact.qualifier,
        ),
        _ => values::relation(
            &a.fact.value,
            a.fact.qualifier,
            &b.fact.value,
            b.fact.qualifier,
        ),
    };
    // One sentence in two copies with two different bounds ("at least
    // $120,000", "at least $180,000"): the copies disagree on the figure.
    if r == Relation::Compatible
        && a.fact.qualifier.is_some()
        && a.fact.qualifier == b.fact.qualifier
        && a.fact.qualifier != Some(crate::facts::Qualifier::Approx)
        && a.fact.value != b.fact.value
        && similarity(a.frame, b.frame) >= SIMILAR_ALONE
    {
        return Relation::Incompatible;
    }
    if a.fact.kind != FactKind::Date {
        return r;
    }
    if !values_within_day(a.within_day, b.within_day) || later_in_the_day(a, b) {
        return Relation::Unrelated;
    }
    if r == Relation::Same {
        return r;
    }
    // "the Monday attack" read a week ahead: the day the other report
    // names ([`read_ahead`]).
    if r == Relation::Incompatible && (read_ahead(a, b) || read_ahead(b, a)) {
        return Relation::Same;
    }
    // "today" in two articles a day apart: the same words, resolved against
    // two publication stamps (a late edition, another time zone). Further
    // apart, "Monday" is another Monday: neither the same nor a
    // disagreement.
    if a.fact.relative.is_some()
        && b.fact.relative.is_some()
        && a.surface.trim().eq_ignore_ascii_case(b.surface.trim())
    {
        let near = match (a.days(), b.days()) {
            (Some(x), Some(y)) => (x.0 - y.0).abs() <= 1 && (x.1 - y.1).abs() <= 1,
            _ => false,
        };
        return if near {
            Relation::Same
        } else {
            Relation::Unrelated
        };
    }
    // "last month" in an article stamped in the first days of a month was
    // likely written before the stamp (a copy posted late, an update): one
    // reading of it is the month the other names, so they are not shown
    // to disagree.
    if r == Relation::Incompatible && (stale_reading(a, b) || stale_reading(b, a)) {
        return Relation::Unrelated;
    }
    // A stretch of time counted back or ahead ("over the last eight
    // years", "in the coming weeks") is a period, not when something
    // happened: it compares only with another such stretch.
    if is_period(a) != is_period(b) {
        return Relation::Unrelated;
    }
    // "six months ago" is said at the grain of a month: against a date
    // within half a month of the day it resolves to, it is the same claim
    // at the precision the writer gave, never a disagreement.
    if r == Relation::Incompatible && loosely_overlap(a, b) {
        return Relation::Compatible;
    }
    // A span of time against a time it overlaps says nothing against it.
    if r == Relation::Incompatible {
        if let (FactValue::Date(x), FactValue::Date(y)) = (&a.fact.value, &b.fact.value) {
            if x.is_interval() != y.is_interval() {
                if let (Some(p), Some(q)) = (values::day_range(x), values::day_range(y)) {
                    if p.0 <= q.1 && q.0 <= p.1 {
                        return Relation::Compatible;
                    }
                }
            }
        }
    }
    if writes_year(a.surface) && writes_year(b.surface) {
        return r;
    }
    // the month (and day) of a single day or month, of a known year or
    // not ("Dec. 6" in one article, "December 6, 2023" in another)
    let month_day = |v: &FactValue| match v {
        FactValue::Date(DateValue::Unit(p)) if matches!(p.grain(), Grain::Day | Grain::Month) => {
            let c = CivilDate::from_day(p.first());
            Some((
                u32::from(c.month),
                (p.grain() == Grain::Day).then_some(u32::from(c.day)),
            ))
        }
        FactValue::Date(DateValue::MonthDay(m, d)) => Some((*m, Some(*d))),
        _ => None,
    };
    match (month_day(&a.fact.value), month_day(&b.fact.value)) {
        (Some(x), Some(y)) if x == y && writes_month(a.surface) && writes_month(b.surface) => {
            Relation::Same
        }
        _ => r,
    }
}

/// Whether two dates told at these times within their days can be one
/// value. A clock time is a finer value than its day (TimeML's
/// 2012-08-07T03:30 against 2012-08-07): "shortly after 3:30 Tuesday" is
/// when one thing happened, "Tuesday" the day of the whole story; never one
/// fact with a day told without it. Two named parts of a day are two times
/// (TimeML's TMO and TNI: "Tuesday morning", "Tuesday night"). A part of the
/// day and the bare day can be one (ECB+'s time chains mostly hold both:
/// "the fire early Tuesday morning", "the fire on Tuesday"; but not "late
/// Friday": [`later_in_the_day`]), as can "early" or "late" and a named part
/// ("early Sunday", "Sunday morning").
pub(super) fn values_within_day(x: Option<DayPart>, y: Option<DayPart>) -> bool {
    let clock = |p: Option<DayPart>| p == Some(DayPart::Clock);
    clock(x) == clock(y)
        && !matches!((x, y), (Some(p), Some(q)) if p != q && p.named() && q.named())
}

/// Whether one of two mentions of one day tells the end of that day ("late
/// Friday") and the other the bare day ("Friday"): two times, never one
/// value. A news lead names a day by its early hours for the night's
/// happening itself ("a fire early Sunday", "the fire on Sunday": one
/// time), but "late Friday" mostly tells a later turn of the day's story
/// (deputies "fanned out late Friday" after a shooting "on Friday"; a
/// singer "checked into a clinic late Thursday" after an arrest
/// "Thursday"): the time of its own act, which ECB+ chains apart from the
/// day of the event. Even one act told both ways ("was arrested late
/// Friday", "was arrested Friday") stays two facts of one source each:
/// a missed agreement, never a false one. "late Friday" and "Friday night"
/// can still be one time ([`values_within_day`]).
pub(super) fn later_in_the_day(a: &M<'_>, b: &M<'_>) -> bool {
    let late = |m: &M<'_>| m.within_day == Some(DayPart::Late);
    (late(a) && b.within_day.is_none()) || (late(b) && a.within_day.is_none())
}

/// Days after the start of a month or year within which a date counted
/// from the publication stamp ("last month", "this year") may have been
/// written in the month or year before.
pub(super) const STAMP_LAG_DAYS: i64 = 3;

/// Whether `rel`, a month or year counted from its publication date ("last
/// month", "this month", "last year"), stamped within [`STAMP_LAG_DAYS`] of
/// the start of a month or year, names the period right after `other`'s:
/// read from a few days before the stamp, it names `other`'s.
pub(super) fn stale_reading(rel: &M<'_>, other: &M<'_>) -> bool {
    let (Some(p), Some(_)) = (rel.published, rel.fact.relative.as_ref()) else {
        return false;
    };
    let unit = |m: &M<'_>| match &m.fact.value {
        FactValue::Date(DateValue::Unit(u)) => Some(u.grain()),
        _ => None,
    };
    let (Some(g), Some(h)) = (unit(rel), unit(other)) else {
        return false;
    };
    let c = CivilDate::from_day(p);
    let into = match g {
        Grain::Month => i64::from(c.day) - 1,
        Grain::Year => {
            let jan1 = CivilDate {
                month: 1,
                day: 1,
                ..c
            };
            jan1.day().map_or(i64::MAX, |d| p - d)
        }
        _ => return false,
    };
    match (rel.days(), other.days()) {
        (Some((lo, _)), Some((_, hi))) => g == h && into < STAMP_LAG_DAYS && hi == lo - 1,
        _ => false,
    }
}

/// Whether a date mention writes its month ("Dec. 6", "12/6"), rather than
/// reaching a day by counting ("Sunday", "in one year").
pub(super) fn writes_month(surface: &str) -> bool {
    surface
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| crate::lex::words::month(&w.to_lowercase()).is_some())
        || surface.as_bytes().windows(3).any(|w| {
            w[0].is_ascii_digit() && matches!(w[1], b'/' | b'-' | b'.') && w[2].is_ascii_digit()
        })
}

/// Whether the days two date mentions may stand for overlap, one of them
/// (or both) counted in whole units ("six months ago") and so widened to
/// its unit's grain ([`crate::compare::loose::loose_days`]).
pub(super) fn loosely_overlap(a: &M<'_>, b: &M<'_>) -> bool {
    let (Some(x), Some(y)) = (a.days(), b.days()) else {
        return false;
    };
    let p = crate::compare::loose::loose_days(a.fact.relative.as_deref(), x);
    let q = crate::compare::loose::loose_days(b.fact.relative.as_deref(), y);
    (p != x || q != y) && p.0 <= q.1 && q.0 <= p.1
}

/// Whether one of two date mentions near their articles' time (not
/// background) is counted in whole units ("a month ago", "two weeks ago")
/// and the days it may stand for ([`crate::compare::loose::loose_days`])
/// hold the other's ("June 24"): one time, told at the grain of its unit.
pub(super) fn loosely_within(a: &M<'_>, b: &M<'_>) -> bool {
    if a.background() || b.background() || is_period(a) || is_period(b) {
        return false;
    }
    let (Some(x), Some(y)) = (a.days(), b.days()) else {
        return false;
    };
    let p = crate::compare::loose::loose_days(a.fact.relative.as_deref(), x);
    let q = crate::compare::loose::loose_days(b.fact.relative.as_deref(), y);
    let within = |d: (i64, i64), e: (i64, i64)| e.0 <= d.0 && d.1 <= e.1;
    (p != x && within(y, p)) || (q != y && within(x, q))
}

/// Whether a date mention is a stretch counted from now ("the last eight
/// years", "the past two weeks", "the coming months").
pub(super) fn is_period(m: &M<'_>) -> bool {
    let Some(r) = m.fact.relative.as_deref() else {
        return false;
    };
    let words: Vec<&str> = r.split_whitespace().collect();
    let anchor = words.iter().any(|w| {
        matches!(
            *w,
            "last" | "past" | "next" | "coming" | "previous" | "following"
        )
    });
    let plural_unit = words.iter().any(|w| {
        matches!(
            *w,
            "years" | "months" | "weeks" | "days" | "decades" | "hours" | "seasons" | "centuries"
        )
    });
    anchor && plural_unit
}

/// The class of a hedge word: "about", "around", "some" and "roughly" say
/// one thing; "nearly" and "almost" another.
pub(super) fn hedge_class(w: Option<&str>) -> Option<&str> {
    w.map(|w| match w {
        "about" | "around" | "some" | "roughly" | "approximately" | "approx" | "circa"
        | "estimated" | "an" => "about",
        "nearly" | "almost" => "nearly",
        "over" | "more" | "above" => "over",
        "under" | "less" | "fewer" | "below" => "under",
        w => w,
    })
}

/// Days from one weekday to the same weekday of the week before.
const WEEK_DAYS: i64 = 7;

/// Nouns of happenings no one schedules (an attack, a fire, a crash, an
/// earthquake, a storm, and the families of each,
/// [`lemma::same_happening`]): named by a weekday, they have taken place.
const UNSCHEDULED: &[&str] = &["attack", "fire", "crash", "earthquake", "storm"];

/// Whether `ahead` is a bare weekday that dates the noun of a happening no
/// one schedules ("the Monday attack", "Monday's shooting", "Tuesday's
/// fire") read after its own article's date, and `other`
/// names the day one week before it. A clause told in the present ("police
/// are questioning two men after the Monday shooting") leads a reader of
/// weekdays to look ahead, but an attack, a blaze or a crash named by its
/// noun has happened: the writer meant the Monday just past, the day the
/// other report dates it to. Never for a weekday the writer counts
/// ("next Monday's", "the coming Friday"), nor a happening that is
/// planned ("Monday's vote", "the Friday hearing").
pub(super) fn read_ahead(ahead: &M<'_>, other: &M<'_>) -> bool {
    let f = ahead.frame;
    let unscheduled = f.dates_head
        && f.head.as_ref().is_some_and(|h| {
            UNSCHEDULED
                .iter()
                .any(|w| lemma::same_happening(&h.base, w))
                || casualty(&h.base)
        });
    let words: Vec<String> = ahead
        .surface
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let weekday = words
        .iter()
        .any(|w| crate::lex::words::weekday(w).is_some_and(|(_, ambiguous)| !ambiguous));
    let counted = words
        .iter()
        .any(|w| matches!(w.as_str(), "next" | "coming" | "following" | "this"));
    let (Some((d, d_hi)), Some((e, e_hi)), Some(p)) = (ahead.days(), other.days(), ahead.published)
    else {
        return false;
    };
    ahead.fact.relative.is_some()
        && unscheduled
        && weekday
        && !counted
        && d == d_hi
        && e == e_hi
        && d > p
        && e == d - WEEK_DAYS
        && other.published.is_none_or(|q| e <= q)
}

/// Whether two dates of one report are one time at two grains: each a
/// single period written at its own grain, one within the other ("was
/// killed June 24, 2005" and "murdering the deputy in June 2005"; "on
/// Tuesday" and "this week"; "a month ago", about a month, and a day it
/// may stand for). A report that dates one happening to the day in one
/// sentence and to the month in another says one thing twice, not two
/// things: its two mentions may stand in one claim with another report's.
/// Two different days, or a day and a month that does not hold it, are two
/// times.
pub(super) fn two_grains(a: &M<'_>, b: &M<'_>, rel: Relation) -> bool {
    let grain = |m: &M<'_>| match &m.fact.value {
        FactValue::Date(DateValue::Unit(p)) if !is_period(m) => Some(p.grain()),
        _ => None,
    };
    let (Some(g), Some(h), Some(x), Some(y)) = (grain(a), grain(b), a.days(), b.days()) else {
        return false;
    };
    // "a month ago" stands for about a month: a grain of its own.
    let loose = |m: &M<'_>, d| crate::compare::loose::loose_days(m.fact.relative.as_deref(), d);
    let (lx, ly) = (loose(a, x), loose(b, y));
    let within = |p: (i64, i64), q: (i64, i64)| q.0 <= p.0 && p.1 <= q.1;
    rel == Relation::Compatible
        && (g != h || lx != x || ly != y)
        && (within(x, ly) || within(y, lx))
}
