//! A main person two reports share: how much it weighs against the rules
//! of two incidents.
//!
//! Decides whether a shared main person switches the hard rules off
//! ([`person_overrides`], [`shared_person_evidence`]): a person shared by
//! reports published a year apart ([`RECURRENCE_DAYS`]), or a month apart
//! with one report giving only the surname, or told around different places
//! or people, ties them only when a detail of one incident does too (a
//! victim, a stated day within [`NEWS_CYCLE_DAYS`], an age, a place). Also
//! which people are a report's main ones ([`MAIN_PEOPLE`],
//! [`shared_main_person`]).

use super::incidents::names_place;
use super::people::{mentions, role_in, same_person, PRINCIPAL_MIN_MENTIONS};
use crate::events::features::{AnchorSource, DocVector, PersonKey, ORG};
use crate::events::roles::Role;

/// Publication dates at least this far apart (a year) make a main person
/// two reports share no tie of its own ([`shared_person_evidence`]): a
/// yearly event (a budget vote, a ceremony, a season's opener) comes round
/// again with the same people, while the follow-ups of one incident within
/// a year (the charges, the trial, the funeral) still name their person.
pub const RECURRENCE_DAYS: i64 = 365;

/// The news cycle of one incident, in days: its arrest, its funeral, its
/// charges come within weeks. Publication dates at most this far apart
/// let a main person two reports share by a bare surname (one of them
/// never gives the given name or an initial) outweigh the hard evidence
/// of two incidents, as a follow-up further on names its people in full;
/// a report that states a day within this of another's publication
/// recalls its news ([`shared_person_evidence`]).
pub const NEWS_CYCLE_DAYS: i64 = 31;

/// Whether the main person two reports share ([`shared_main_person`]) is
/// evidence enough to switch off the hard rules of two incidents
/// ([`HardRule::yields_to_shared_person`](super::HardRule::yields_to_shared_person)), weighed against how far apart
/// the two were published ([`shared_person_evidence`]).
pub fn person_overrides(a: &DocVector, b: &DocVector) -> bool {
    shared_person_evidence(a, b).is_some_and(SharedPerson::overrides)
}

/// What a shared main person weighs against the time between two
/// reports ([`shared_person_evidence`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SharedPerson {
    /// Published within a year (within a news cycle when one report names
    /// the person by the surname alone), or not both dated: the person
    /// ties the reports alone.
    Ties,
    /// Published more than [`NEWS_CYCLE_DAYS`] apart, one report naming
    /// the person by the surname alone (any namesake, or the same official
    /// at another event), the two differing in places or people
    /// (`frames_differ`) and sharing no detail of one incident.
    SurnameOnly,
    /// Published at least [`RECURRENCE_DAYS`] apart, differing in places
    /// or people and sharing no detail of one incident
    /// (`one_incidents_detail`): a minister, a councillor, a coach is
    /// named in full in every report of their doings for years.
    PersonOnly,
    /// Published that far apart, but told around the same things
    /// otherwise or tied by a detail of one incident: a trial months later
    /// names the victim, the day or the street of its shooting.
    Corroborated,
}

impl SharedPerson {
    /// Whether the shared person switches off the hard rules.
    pub fn overrides(self) -> bool {
        matches!(self, SharedPerson::Ties | SharedPerson::Corroborated)
    }
}

/// How strong the main person two reports share ([`shared_main_person`])
/// is against the days between their publication dates and what else
/// differs between them. Reports of one event written far apart are its
/// follow-ups (the charges, the trial, the funeral), and they name the
/// people and the details of the incident they follow; reports of two
/// events that share a person are of someone the news names again and
/// again (a councillor at every budget vote, a minister at every
/// meeting). So a shared person is weak when the two were published more
/// than a news cycle apart ([`NEWS_CYCLE_DAYS`]) and one names them by the
/// surname alone, or more than a year apart ([`RECURRENCE_DAYS`]) however
/// they are named; a weak person gives way to the hard evidence when the
/// two reports also differ in what else they are told around
/// (`frames_differ`: the places of their leads, the other people they
/// are about), unless a detail of one incident ties them
/// (`one_incidents_detail`). `None` when no main person is shared.
pub fn shared_person_evidence(a: &DocVector, b: &DocVector) -> Option<SharedPerson> {
    let (p, q) = shared_main_person(a, b)?;
    let Some(days) = published_days_apart(a, b) else {
        return Some(SharedPerson::Ties);
    };
    let in_full = |x: &PersonKey| x.initial != ' ';
    let weak = if days >= RECURRENCE_DAYS.unsigned_abs() {
        Some(SharedPerson::PersonOnly)
    } else if days > NEWS_CYCLE_DAYS.unsigned_abs()
        && !(in_full(p) && in_full(q))
        && shared_main_person_in_full(a, b).is_none()
    {
        Some(SharedPerson::SurnameOnly)
    } else {
        None
    };
    let verdict = match weak {
        Some(w) if frames_differ(a, b) && !one_incidents_detail(a, b, &p.surname) => w,
        Some(_) => SharedPerson::Corroborated,
        None => SharedPerson::Ties,
    };
    Some(verdict)
}

/// Whether two reports are told around different things besides a
/// person they share: their leads both name places and none in common,
/// or each has a main person (named at least twice and at least half as
/// often as its most named) the other never names (a new mayor, the
/// other party to a meeting).
fn frames_differ(a: &DocVector, b: &DocVector) -> bool {
    let (x, y) = (&a.frame.lead_places, &b.frame.lead_places);
    let places = !x.is_empty() && !y.is_empty() && !x.iter().any(|h| y.binary_search(h).is_ok());
    let cast = |x: &DocVector, y: &DocVector| main_people(x).any(|p| !mentions(y, p));
    places || (cast(a, b) && cast(b, a))
}

/// Days between the publication dates of two reports, when both are
/// dated by their publication (not estimated from the dates they state).
pub(super) fn published_days_apart(a: &DocVector, b: &DocVector) -> Option<u64> {
    let published = |v: &DocVector| {
        v.anchor
            .filter(|x| x.source == AnchorSource::Published)
            .map(|x| x.day)
    };
    Some(published(a)?.abs_diff(published(b)?))
}

/// Whether two reports that share a person of the surname `shared` also
/// share a detail that identifies one incident, not only the person: a
/// victim both name ([`Role::Victim`] in either report), a day one states
/// within a news cycle of the other's publication (the trial report names
/// the day of the shooting, a look back names the month of the news it
/// recalls), a day both state, a scene street, the age of someone else,
/// one place (`same_place`), or someone else both name.
fn one_incidents_detail(a: &DocVector, b: &DocVector, shared: &str) -> bool {
    use crate::events::frame::names_scene_of;
    shares_named_victim(a, b)
        || shares_named_victim(b, a)
        || states_day_of(a, b)
        || states_day_of(b, a)
        || share_stated_day(a, b)
        || names_scene_of(&a.frame, &b.frame)
        || names_scene_of(&b.frame, &a.frame)
        || agrees_on_other_age(a, b, shared)
        || same_place(a, b)
        || shares_other_person(a, b, shared)
}

/// Whether the two reports both name someone not of the surname
/// `shared`, in full in at least one of them.
fn shares_other_person(a: &DocVector, b: &DocVector, shared: &str) -> bool {
    a.persons
        .iter()
        .filter(|p| p.initial != ORG && *p.surname != *shared)
        .any(|p| {
            b.persons.iter().any(|q| {
                q.initial != ORG && (p.initial != ' ' || q.initial != ' ') && same_person(p, q)
            })
        })
}

/// Whether `x` gives someone the part of a victim ([`Role::Victim`]) whom
/// `y` names too, in full in at least one of the two.
fn shares_named_victim(x: &DocVector, y: &DocVector) -> bool {
    x.persons
        .iter()
        .filter(|p| p.initial != ORG && role_in(x, p) == Some(Role::Victim))
        .any(|p| {
            y.persons
                .iter()
                .any(|q| (p.initial != ' ' || q.initial != ' ') && same_person(p, q))
        })
}

/// Whether `x` states a day within a news cycle ([`NEWS_CYCLE_DAYS`]) of
/// `y`'s publication date.
fn states_day_of(x: &DocVector, y: &DocVector) -> bool {
    let Some(day) = y
        .anchor
        .filter(|t| t.source == AnchorSource::Published)
        .map(|t| t.day)
    else {
        return false;
    };
    let limit = NEWS_CYCLE_DAYS;
    x.mentions
        .iter()
        .any(|&(s, e)| s.saturating_sub(limit) <= day && day <= e.saturating_add(limit))
}

/// Whether the two reports state one calendar day (each as a single day,
/// within [`DAY_SLACK`](crate::events::frame::DAY_SLACK)): the day of the incident
/// a report of its trial and a report of its charges both name.
fn share_stated_day(a: &DocVector, b: &DocVector) -> bool {
    use crate::events::frame::DAY_SLACK;
    let single = |&(s, e): &(i64, i64)| e.saturating_sub(s) < 1;
    a.mentions.iter().filter(|m| single(m)).any(|&(x, _)| {
        b.mentions
            .iter()
            .filter(|m| single(m))
            .any(|&(y, _)| x.abs_diff(y) <= DAY_SLACK.unsigned_abs())
    })
}

/// Whether the two reports give one age, allowing for the years between
/// them ([`age_conflict`](crate::events::frame::age_conflict)), to someone not of
/// the surname `shared`: the victim's age is the incident's, the shared
/// person's only says they are one person.
fn agrees_on_other_age(a: &DocVector, b: &DocVector, shared: &str) -> bool {
    let days = match (a.anchor, b.anchor) {
        (Some(x), Some(y)) => x.day.abs_diff(y.day),
        _ => 0,
    };
    let years = u8::try_from(days.div_ceil(365)).unwrap_or(u8::MAX);
    let slack = crate::events::frame::AGE_SLACK.saturating_add(years);
    a.frame
        .ages
        .iter()
        .filter(|x| *x.surname != *shared)
        .any(|x| {
            b.frame
                .ages
                .iter()
                .any(|y| x.same_person(y) && x.years.abs_diff(y.years) <= slack)
        })
}

/// Whether two reports are set in one place: the same principal place
/// ([`principal_place`](crate::events::frame::principal_place)), a place both
/// leads name ([`Frame::lead_places`](crate::events::frame::Frame::lead_places)),
/// or one names the other's principal place in its words
/// ([`names_place`]).
fn same_place(a: &DocVector, b: &DocVector) -> bool {
    use crate::events::frame::principal_place;
    let same = match (principal_place(&a.frame), principal_place(&b.frame)) {
        (Some(x), Some(y)) => x.0 == y.0,
        _ => false,
    };
    let lead = a
        .frame
        .lead_places
        .iter()
        .any(|h| b.frame.lead_places.binary_search(h).is_ok());
    same || lead || names_place(a, b) || names_place(b, a)
}

/// The main people of a document: named at least
/// [`PRINCIPAL_MIN_MENTIONS`] times and at least half as often as its most
/// named person, at most three.
pub(super) fn main_people(v: &DocVector) -> impl Iterator<Item = &PersonKey> {
    let top = v.persons.first().map_or(0, |p| p.mentions);
    v.persons
        .iter()
        .take(3)
        .filter(move |p| p.mentions >= PRINCIPAL_MIN_MENTIONS && 2 * p.mentions >= top)
}

/// Whether `v` names people of the surname `surname` (folded) by at
/// least two different first initials ("Darius Vance" and "Nora Vance"):
/// a bare "Vance" in another report may be either, or a third, and meets
/// none of them as a shared main person ([`share_main_person`]). With one
/// given name for the surname, the bare surname meets it, as news style
/// names a person in full once, then by surname.
fn surname_of_several(v: &DocVector, surname: &str) -> bool {
    let mut initials = v
        .persons
        .iter()
        .filter(|q| q.initial != ORG && q.initial != ' ' && *q.surname == *surname)
        .map(|q| q.initial);
    match initials.next() {
        Some(first) => initials.any(|i| i != first),
        None => false,
    }
}

/// Whether `v` names in full someone of the surname `surname` (folded)
/// who is not `other` ([`same_person`]): its bare "Hale" is then its own
/// "Christina Hale", as news style names a person in full once and then by
/// surname, and meets no "Christopher Hale" of another report.
fn names_another(v: &DocVector, surname: &str, other: &PersonKey) -> bool {
    v.persons.iter().any(|r| {
        r.initial != ORG && r.initial != ' ' && *r.surname == *surname && !same_person(r, other)
    })
}

/// People among the most named of a document that count as its main
/// people for [`share_main_person`].
pub const MAIN_PEOPLE: usize = 2;

/// Whether one of the [`MAIN_PEOPLE`] most named people of either
/// document is named in the other (spelling variants match). An official
/// a report quotes by title and does not name in its headline
/// ([`PersonKey::official`]: the sergeant or chief of a town's police,
/// the coroner) is not one of them: the same spokesperson is quoted on
/// every incident of a town, and two shootings on two streets are not one
/// event because the same chief speaks of both. Nor is a name neither
/// report gives in full (a lone capitalised word the name finder read as
/// a surname: a town in a headline, "Detectives"): news style names the
/// people of an event in full at least once, and a bare word shared by
/// two reports of one town identifies no one. A bare surname meets a full
/// name of the other report ("Vance", "Darius Vance") unless the other
/// names two people of that surname (`surname_of_several`) or its own
/// report names someone else of that surname in full (`names_another`:
/// "Christina Hale", then "Hale", is no "Christopher Hale"). Nor does a
/// person one report names only by an initial and the surname ("B.
/// Doldessteat", never the given name in full) meet anyone: an initial
/// is shared by a family's, a cabinet's, a team's namesakes, and a stream
/// of their reports over many months chained into one event through it.
pub fn share_main_person(a: &DocVector, b: &DocVector) -> bool {
    shared_main_person(a, b).is_some()
}

/// The main person [`share_main_person`] finds: the person of `a` and
/// the person of `b` that meet (the first found, `a`'s main people first).
pub fn shared_main_person<'v>(
    a: &'v DocVector,
    b: &'v DocVector,
) -> Option<(&'v PersonKey, &'v PersonKey)> {
    main_person_met(a, b, false)
}

/// A main person the two reports share ([`shared_main_person`]) that
/// both name in full (a given name or an initial besides the surname).
fn shared_main_person_in_full<'v>(
    a: &'v DocVector,
    b: &'v DocVector,
) -> Option<(&'v PersonKey, &'v PersonKey)> {
    main_person_met(a, b, true)
}

/// The first main person of `a`, then of `b`, the other report names
/// ([`share_main_person`] tells how); with `in_full`, only people both
/// name in full.
fn main_person_met<'v>(
    a: &'v DocVector,
    b: &'v DocVector,
    in_full: bool,
) -> Option<(&'v PersonKey, &'v PersonKey)> {
    // Named by an initial and never by the given name in full ("B.
    // Doldessteat"): one of every family of that surname.
    fn initial_only(p: &PersonKey) -> bool {
        p.initial != ' ' && p.given.is_empty()
    }
    fn people(x: &DocVector) -> impl Iterator<Item = &PersonKey> {
        x.persons.iter().filter(|p| p.initial != ORG)
    }
    // `p` of `x` and `q` of `y`; a bare surname meets a full name unless
    // the full name's report names several people of that surname.
    let one = |x: &DocVector, p: &PersonKey, y: &DocVector, q: &PersonKey| {
        let unsure = match (p.initial == ' ', q.initial == ' ') {
            _ if initial_only(p) || initial_only(q) => true,
            (true, _) | (_, true) if in_full => true,
            (true, true) => true,
            (true, false) => surname_of_several(y, &p.surname) || names_another(x, &p.surname, q),
            (false, true) => surname_of_several(x, &q.surname) || names_another(y, &q.surname, p),
            (false, false) => false,
        };
        !unsure && same_person(p, q)
    };
    let main_in = |x: &'v DocVector, y: &'v DocVector| {
        people(x)
            .filter(|p| !p.official)
            .take(MAIN_PEOPLE)
            .find_map(|p| people(y).find(|q| one(x, p, y, q)).map(|q| (p, q)))
    };
    main_in(a, b).or_else(|| main_in(b, a).map(|(q, p)| (p, q)))
}
