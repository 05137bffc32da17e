//! Days: whether the days two reports are about are apart.
//!
//! Decides [`day_conflict`] from each report's [`When`]: its time anchor and
//! the days it states, with the news cycle's slack ([`DAY_SLACK`],
//! [`OWN_DAYS`], [`FOLLOW_UP_DAYS`]). A follow-up is dated by the earlier
//! days it fixes, never by the days it looks ahead to (a sentencing, a
//! hearing), so that a report weeks later still joins the first one.

use super::When;
use crate::events::features::{Anchor, AnchorSource};

/// How many days apart the days two reports are about may be and still be
/// one incident (a shooting late on one day is reported as "early today"
/// the next).
pub const DAY_SLACK: i64 = 1;

/// Days before its publication that a report's own news may be from
/// ("early today", "Saturday night" in Monday's paper).
pub const OWN_DAYS: i64 = 2;

/// Days after another report from which a report may be a follow-up
/// (an arrest, a funeral, a commentary) that names no day of the incident.
pub const FOLLOW_UP_DAYS: i64 = 3;

/// The days a report is about: the days and short periods (at most 31
/// days) it states, and, for a publication date, that day and the one
/// before (a breaking report of "tonight" or "early today"). With
/// `own_days: false`, only the days before its own publication's are kept
/// (what a later report says about an earlier day; the days it looks
/// ahead to are a trial's or a funeral's), and the periods that begin
/// before them and end by its publication ("after his van hit a cyclist
/// last week" in a Tuesday's report of the charge: the week began well
/// before the report's own days).
fn days(
    anchor: Option<Anchor>,
    mentions: &[(i64, i64)],
    own_days: bool,
) -> impl Iterator<Item = (i64, i64)> + '_ {
    let published = anchor
        .filter(|a| a.source == AnchorSource::Published)
        .map(|a| a.day);
    let own = published.map(|p| (p - OWN_DAYS, p));
    let earlier = move |r: &(i64, i64), o: (i64, i64)| r.1 < o.0 || (r.0 < o.0 && r.1 <= o.1);
    let keep = move |r: &(i64, i64)| own_days || own.is_none_or(|o| earlier(r, o));
    mentions
        .iter()
        .copied()
        .filter(keep)
        .chain(published.filter(|_| own_days).map(|p| (p - 1, p)))
}

/// Whether the days two reports are about are all further apart than
/// [`DAY_SLACK`]: neither states a day (or a week, a month) near any day
/// the other states or was published on. Only reports with publication
/// dates are compared (an undated report's dates are as often background
/// as the incident's, and nothing says which). A report published more than
/// [`FOLLOW_UP_DAYS`] after the other may be a follow-up: only the days it
/// states before its own publication count (the day of an arrest or a
/// funeral is not the incident's), and if it states none, nothing
/// conflicts. A follow-up that names the incident's day ("the shooting on
/// March 3") agrees with it.
pub fn day_conflict(a: When<'_>, b: When<'_>) -> bool {
    let published = |x: Option<Anchor>| {
        x.filter(|a| a.source == AnchorSource::Published)
            .map(|a| a.day)
    };
    let (mut own_a, mut own_b) = match (published(a.anchor), published(b.anchor)) {
        (Some(x), Some(y)) if y - x > FOLLOW_UP_DAYS => (true, false),
        (Some(x), Some(y)) if x - y > FOLLOW_UP_DAYS => (false, true),
        (Some(_), Some(_)) => (true, true),
        _ => return false,
    };
    // A later report that states no earlier day but names its own day
    // ("early today", "on June 18" in that day's paper) reports an event
    // of its own days, not a follow-up.
    let fresh = |x: When<'_>| x.own_day && !x.earlier_day;
    own_b = (own_b || fresh(b)) && !b.follow_up;
    own_a = (own_a || fresh(a)) && !a.follow_up;
    // A follow-up that fixes no earlier day says nothing of the incident's.
    if (!own_a && !a.earlier_day) || (!own_b && !b.earlier_day) {
        return false;
    }
    let mut any_a = false;
    for x in days(a.anchor, a.mentions, own_a) {
        any_a = true;
        let mut any_b = false;
        for y in days(b.anchor, b.mentions, own_b) {
            any_b = true;
            let gap = (y.0 - x.1).max(x.0 - y.1);
            if gap <= DAY_SLACK {
                return false;
            }
        }
        if !any_b {
            return false;
        }
    }
    any_a
}
