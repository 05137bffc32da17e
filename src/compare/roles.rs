//! Rule `role_age`: the ages of the one person of a role are one claim,
//! named or not.
//!
//! Reports written independently tell the age of the one who died, the
//! driver or the suspect without a name, or with a name only one of them
//! gives: "the 71-year-old was pronounced dead" and "a 76-year-old man died
//! at the scene"; "Walter Greaves, 71, was killed" and "a 76-year-old man
//! died". The claim layer gives each age the role of its person
//! ([`crate::claim::role`]: a role noun beside it, else the verb of what
//! befell them). Consumes the age mentions of an event; produces groups of
//! mentions [`super::ages`] builds one fact of each, when:
//!
//! - **one person of the role per report**: the report states one age of
//!   the role, and names at most one person with it; it never gives the
//!   role to several people ("both drivers", "two suspects", a collision
//!   of two vehicles: the claim layer drops the role) nor counts more than
//!   one dead (for the role of the dead);
//! - **names do not contradict**: a name in one report and none in another
//!   is one person; two reports naming two different people of the role
//!   are two people, and the role is left to the ages of named people;
//! - **at least two reports** state an age of the role.
//!
//! An age anchored to another time, denied, or of an earlier happening is
//! never one of these.

use super::align::M;
use crate::claim::role::Roles;
use crate::document::DocIndex;
use std::collections::{BTreeMap, BTreeSet};

/// The rule, as the evidence names it.
pub(crate) const ROLE_AGE: &str = "role_age";

/// A group of ages of the one person of a role.
pub(crate) struct RoleGroup<'a> {
    /// The role, as the key names it ("the driver").
    pub role: &'static str,
    /// The person one report names with the role (a key of `of`), if any.
    pub person: Option<&'a str>,
    /// Positions in the event's mentions.
    pub members: Vec<usize>,
}

/// The groups of ages of one person of a role among `ms`. `years` reads a
/// mention's age, `compared` says whether it may be compared at all (see
/// the module docs), `person` names the person a mention is said of (its
/// fullest name).
pub(crate) fn groups<'a>(
    ms: &[M<'a>],
    years: &dyn Fn(&M<'_>) -> Option<i64>,
    compared: &dyn Fn(&M<'_>) -> bool,
    person: &dyn Fn(usize) -> Option<&'a str>,
) -> Vec<RoleGroup<'a>> {
    // Reports that count more than one dead: the role of the dead is
    // several people's.
    let many_dead: BTreeSet<DocIndex> = ms
        .iter()
        .filter(|m| super::sole::counts_the_dead(m) && !m.background())
        .filter(|m| super::align::magnitude(&m.fact.value).is_some_and(|x| x > 1.0))
        .map(|m| m.doc)
        .collect();
    let mut out = Vec::new();
    for (role, name) in Roles::ALL {
        let mut by_doc: BTreeMap<DocIndex, Vec<usize>> = BTreeMap::new();
        for (i, m) in ms.iter().enumerate() {
            if m.frame.age_role.has(role) && years(m).is_some() && compared(m) {
                by_doc.entry(m.doc).or_default().push(i);
            }
        }
        if role == Roles::DEAD {
            by_doc.retain(|d, _| !many_dead.contains(d));
        }
        // one age and at most one name per report
        by_doc.retain(|_, is| {
            let ages: BTreeSet<i64> = is.iter().filter_map(|&i| years(&ms[i])).collect();
            let names: BTreeSet<&str> = is.iter().filter_map(|&i| person(i)).collect();
            ages.len() == 1 && names.len() <= 1
        });
        if by_doc.len() < 2 {
            continue;
        }
        let names: BTreeSet<&str> = by_doc
            .values()
            .flatten()
            .filter_map(|&i| person(i))
            .collect();
        if names.len() > 1 {
            continue;
        }
        out.push(RoleGroup {
            role: name,
            person: names.into_iter().next(),
            members: by_doc.into_values().flatten().collect(),
        });
    }
    out
}

/// Whether two ages are of people of different roles: one who died and
/// one who acts or is arrested ("a 19-year-old man killed his neighbour",
/// "a 52-year-old man was killed by his neighbour"). Both must be ages
/// the claim layer read a role for on at least one side; two ages with no
/// role are left to the other checks.
pub(crate) fn other_roles(a: &M<'_>, b: &M<'_>) -> bool {
    let (x, y) = (a.frame.age_role, b.frame.age_role);
    let aged = |m: &M<'_>| m.frame.age_of.is_some() || aged_words(m.surface);
    aged(a) && aged(b) && x != y && !(x.is_empty() && y.is_empty())
}

/// Whether a mention is written as an age ("71-year-old", "aged 71", "71
/// years old").
fn aged_words(surface: &str) -> bool {
    let w = surface.to_lowercase();
    w.ends_with("year-old")
        || w.ends_with("years old")
        || w.ends_with("year old")
        || w.starts_with("aged ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_a_name_and_one_bit() {
        let bits: BTreeSet<u8> = Roles::ALL.iter().map(|(r, _)| r.0).collect();
        assert_eq!(bits.len(), Roles::ALL.len());
        assert!(bits.iter().all(|b| b.count_ones() == 1));
        assert!(Roles::ALL.iter().all(|(_, n)| n.starts_with("the ")));
    }
}
