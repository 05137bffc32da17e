//! Holidays whose day depends on where the text is from: a country's own
//! rule for a holiday [`HOLIDAYS`] lists with its US (or English) rule,
//! and Scotland's bank holidays, read when the story is set there.
//!
//! Consumes a holiday's index, the text's region and whether its lead is
//! Scottish; produces the rule of the holiday's day.

use super::holidays::{HRule, HOLIDAYS};
use crate::lex::Region;

/// Holidays whose day differs by country: for a text in `Region`, the
/// rule of a holiday named in [`HOLIDAYS`] (US rules there): Labour Day is
/// the first Monday of October in Australia (New South Wales, the ACT,
/// South Australia), the fourth Monday of October in New Zealand, the
/// first Monday of May in Ireland, the first Monday of September in
/// Canada; Father's Day the first Sunday of September in Australia and
/// New Zealand; Mother's Day is Mothering Sunday (three weeks before
/// Easter) in Britain and Ireland; Thanksgiving the second Monday of
/// October in Canada; Independence Day each country's own; Ireland's
/// August (summer) bank holiday the first Monday of August;
/// Administrative Professionals' Day the third Wednesday of April in New
/// Zealand and the first Friday of May in Australia.
pub const LOCAL_HOLIDAYS: &[(Region, &[&str], HRule)] = &[
    (Region::Au, &["labour", "day"], HRule::Nth(10, 1, 0)),
    (Region::Nz, &["labour", "day"], HRule::Nth(10, 4, 0)),
    (Region::Ie, &["labour", "day"], HRule::Nth(5, 1, 0)),
    (Region::Ca, &["labour", "day"], HRule::Nth(9, 1, 0)),
    (Region::Jm, &["labour", "day"], HRule::Fixed(5, 23)),
    (Region::Tt, &["labour", "day"], HRule::Fixed(6, 19)),
    (Region::Ph, &["labor", "day"], HRule::Fixed(5, 1)),
    (Region::Au, &["father", "day"], HRule::Nth(9, 1, 6)),
    (Region::Au, &["fathers", "day"], HRule::Nth(9, 1, 6)),
    (Region::Nz, &["father", "day"], HRule::Nth(9, 1, 6)),
    (Region::Nz, &["fathers", "day"], HRule::Nth(9, 1, 6)),
    (Region::Gb, &["mother", "day"], HRule::Easter(-21)),
    (Region::Gb, &["mothers", "day"], HRule::Easter(-21)),
    (Region::Ie, &["mother", "day"], HRule::Easter(-21)),
    (Region::Ie, &["mothers", "day"], HRule::Easter(-21)),
    (Region::Ca, &["thanksgiving"], HRule::Nth(10, 2, 0)),
    (Region::Ca, &["thanksgiving", "day"], HRule::Nth(10, 2, 0)),
    (Region::Ca, &["memorial", "day"], HRule::Fixed(7, 1)),
    (Region::In, &["independence", "day"], HRule::Fixed(8, 15)),
    (Region::Ph, &["independence", "day"], HRule::Fixed(6, 12)),
    (Region::Jm, &["independence", "day"], HRule::Fixed(8, 6)),
    (Region::Tt, &["independence", "day"], HRule::Fixed(8, 31)),
    (Region::Bz, &["independence", "day"], HRule::Fixed(9, 21)),
    (Region::Jm, &["emancipation", "day"], HRule::Fixed(8, 1)),
    (Region::Tt, &["emancipation", "day"], HRule::Fixed(8, 1)),
    (
        Region::Ie,
        &["august", "bank", "holiday"],
        HRule::Nth(8, 1, 0),
    ),
    (
        Region::Ie,
        &["summer", "bank", "holiday"],
        HRule::Nth(8, 1, 0),
    ),
    (Region::Za, &["women", "day"], HRule::Fixed(8, 9)),
    (Region::Nz, &["admin", "day"], HRule::Nth(4, 3, 2)),
    (
        Region::Nz,
        &["administrative", "professionals", "day"],
        HRule::Nth(4, 3, 2),
    ),
    (Region::Nz, &["secretaries", "day"], HRule::Nth(4, 3, 2)),
    (Region::Au, &["admin", "day"], HRule::Nth(5, 1, 4)),
    (
        Region::Au,
        &["administrative", "professionals", "day"],
        HRule::Nth(5, 1, 4),
    ),
    (Region::Au, &["secretaries", "day"], HRule::Nth(5, 1, 4)),
];

/// Bank holidays that fall otherwise in Scotland: its summer (August) bank
/// holiday is the first Monday of August, where England, Wales and
/// Northern Ireland keep the last. Read only for a text whose lead is set
/// in Scotland ([`scottish_word`]).
pub const SCOTTISH_HOLIDAYS: &[(&[&str], HRule)] = &[
    (&["summer", "bank", "holiday"], HRule::Nth(8, 1, 0)),
    (&["august", "bank", "holiday"], HRule::Nth(8, 1, 0)),
];

/// A word that sets a story in Scotland: the country, its people, its
/// parliament, its cities.
pub fn scottish_word(w: &str) -> bool {
    matches!(
        w,
        "scotland"
            | "scottish"
            | "scots"
            | "holyrood"
            | "edinburgh"
            | "glasgow"
            | "aberdeen"
            | "dundee"
            | "inverness"
            | "stirling"
    )
}

/// The rule of holiday `h` (an index into [`HOLIDAYS`]) in `region`, for a
/// story set in Scotland when `scottish` (only where the text's region
/// leaves that open: Britain or no telling locale).
pub(crate) fn rule_in(h: usize, region: Region, scottish: bool) -> Option<HRule> {
    let (names, rule) = HOLIDAYS.get(h)?;
    let british = matches!(region, Region::Gb | Region::Us | Region::Other);
    if scottish && british {
        if let Some((_, r)) = SCOTTISH_HOLIDAYS.iter().find(|(n, _)| n == names) {
            return Some(*r);
        }
    }
    Some(
        LOCAL_HOLIDAYS
            .iter()
            .find(|(r, n, _)| *r == region && n == names)
            .map_or(*rule, |l| l.2),
    )
}
