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
    // Nigeria: Independence Day 1 October; Democracy Day moved from 29 May
    // to 12 June from 2019 (Public Holidays Act amendment, 2019)
    (Region::Ng, &["independence", "day"], HRule::Fixed(10, 1)),
    (
        Region::Ng,
        &["democracy", "day"],
        HRule::FixedSince(2019, 6, 12, 5, 29),
    ),
    // Kenya: Jamhuri (independence) Day 12 December, Mashujaa (heroes')
    // Day 20 October (Public Holidays Act, Cap. 110)
    (Region::Ke, &["independence", "day"], HRule::Fixed(12, 12)),
    (Region::Ke, &["heroes", "day"], HRule::Fixed(10, 20)),
    // the Philippines: National Heroes Day, the last Monday of August
    (Region::Ph, &["heroes", "day"], HRule::Nth(8, -1, 0)),
    // Singapore: National Day 9 August
    (Region::Sg, &["national", "day"], HRule::Fixed(8, 9)),
    // South Africa (Public Holidays Act 36 of 1994): Family Day is Easter
    // Monday, the Day of Reconciliation 16 December, Human Rights Day 21
    // March
    (Region::Za, &["family", "day"], HRule::Easter(1)),
    (Region::Za, &["reconciliation", "day"], HRule::Fixed(12, 16)),
    (Region::Za, &["human", "rights", "day"], HRule::Fixed(3, 21)),
    // the sovereign's birthday: the second Monday of June in most
    // Australian states, the first Monday of June in New Zealand
    (Region::Au, &["king", "birthday"], HRule::Nth(6, 2, 0)),
    (Region::Au, &["kings", "birthday"], HRule::Nth(6, 2, 0)),
    (Region::Au, &["queen", "birthday"], HRule::Nth(6, 2, 0)),
    (Region::Au, &["queens", "birthday"], HRule::Nth(6, 2, 0)),
    (Region::Nz, &["king", "birthday"], HRule::Nth(6, 1, 0)),
    (Region::Nz, &["kings", "birthday"], HRule::Nth(6, 1, 0)),
    (Region::Nz, &["queen", "birthday"], HRule::Nth(6, 1, 0)),
    (Region::Nz, &["queens", "birthday"], HRule::Nth(6, 1, 0)),
];

/// New Zealand's Matariki public holiday, a Friday set by the Matariki
/// Advisory Group from the star cluster's rising: Te Kāhui o Matariki
/// Public Holiday Act 2022, Schedule 1 (2022 is the first).
const MATARIKI: &[(i32, u32, u32)] = &[
    (2022, 6, 24),
    (2023, 7, 14),
    (2024, 6, 28),
    (2025, 6, 20),
    (2026, 7, 10),
    (2027, 6, 25),
    (2028, 7, 14),
    (2029, 7, 6),
    (2030, 6, 21),
    (2031, 7, 11),
    (2032, 7, 2),
    (2033, 6, 24),
    (2034, 7, 7),
    (2035, 6, 29),
];

/// Holidays of some countries only, by name, with their day where one
/// rule holds ([`HRule::Local`] where each country keeping the name has
/// its own day, given in [`LOCAL_HOLIDAYS`]): Kenya's Madaraka, Mashujaa
/// and Jamhuri Days, the Philippines' Rizal and Bonifacio Days and Day of
/// Valor, Ireland's Nollaig na mBan and St Brigid's Day, Singapore's and
/// Malaysia's Hari Raya, Nigeria's Eid-el-Kabir, Matariki. Read as the
/// [`OBSERVANCES`](super::observances::OBSERVANCES) are: capitalised or in
/// context.
pub const NATIONAL_HOLIDAYS: &[(&[&str], HRule)] = &[
    (&["national", "day"], HRule::Local),
    (&["democracy", "day"], HRule::Local),
    (&["heroes", "day"], HRule::Local),
    (&["king", "birthday"], HRule::Local),
    (&["kings", "birthday"], HRule::Local),
    (&["queen", "birthday"], HRule::Local),
    (&["queens", "birthday"], HRule::Local),
    (&["human", "rights", "day"], HRule::Fixed(12, 10)),
    (&["madaraka", "day"], HRule::Fixed(6, 1)),
    (&["mashujaa", "day"], HRule::Fixed(10, 20)),
    (&["jamhuri", "day"], HRule::Fixed(12, 12)),
    (&["national", "heroes", "day"], HRule::Nth(8, -1, 0)),
    (&["rizal", "day"], HRule::Fixed(12, 30)),
    (&["bonifacio", "day"], HRule::Fixed(11, 30)),
    (&["ninoy", "aquino", "day"], HRule::Fixed(8, 21)),
    (&["day", "of", "valor"], HRule::Fixed(4, 9)),
    (&["araw", "ng", "kagitingan"], HRule::Fixed(4, 9)),
    (&["nollaig", "na", "mban"], HRule::Fixed(1, 6)),
    (&["little", "christmas"], HRule::Fixed(1, 6)),
    (&["st", "brigid", "day"], HRule::Fixed(2, 1)),
    (&["saint", "brigid", "day"], HRule::Fixed(2, 1)),
    (&["hari", "raya", "puasa"], HRule::Islamic(10, 1)),
    (&["hari", "raya", "aidilfitri"], HRule::Islamic(10, 1)),
    (&["hari", "raya", "haji"], HRule::Islamic(12, 10)),
    (&["hari", "raya", "aidiladha"], HRule::Islamic(12, 10)),
    (&["eid", "el", "fitr"], HRule::Islamic(10, 1)),
    (&["eid", "el", "kabir"], HRule::Islamic(12, 10)),
    (&["matariki"], HRule::Table(MATARIKI)),
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
