//! Two reports' incidents compared: ages, seasons, towns and casts.
//!
//! Decides the evidence that two reports of one kind of incident tell two
//! incidents: different ages for one named person ([`ages_differ`]: a hard
//! rule no shared person switches off), publication half a year apart with
//! no day of the other's named ([`seasons_apart`], hard), and, as soft
//! evidence as strong as a figure conflict, different lead towns
//! ([`towns_conflict`], unless one report names the other's place:
//! [`names_place`]), a report that tells two incidents
//! ([`incidents_conflict`]) and different casts of main people
//! ([`cast_conflict`], unless they name one victim: [`share_victim`]). Also
//! when a follow-up told around an arrest is dated by its incident
//! ([`arrest_follow_up`]). Each says "two incidents" only on positive
//! evidence from both reports.

use super::people::{later_suspect, mentions, role_in, same_person};
use super::shared::{main_people, share_main_person};
use super::soft::same_game;
use super::{weight, TimeWindow};
use crate::events::features::{AnchorSource, DocVector};
use crate::events::roles::{names_suspect, Role};

/// Whether `v`, beside `other`, is a follow-up told around an arrest or
/// a charge: it names a suspect ([`Role::Suspect`]) and names its incident
/// by a day well before its own publication
/// ([`Frame::dated_incident`](crate::events::frame::Frame::dated_incident):
/// "police on Friday arrested Derrick Moss, 31, in the June 14
/// shooting"), and `other`, published after it, names no suspect. The
/// days of its own publication are the arrest's, not its incident's: a
/// shooting on the same street reported the day after the arrest is
/// another incident ([`When::follow_up`](crate::events::frame::When::follow_up)),
/// unless it states the incident's day.
pub fn arrest_follow_up(v: &DocVector, other: &DocVector) -> bool {
    let published_before = match (v.anchor, other.anchor) {
        (Some(x), Some(y)) => {
            x.source == AnchorSource::Published
                && y.source == AnchorSource::Published
                && x.day < y.day
        }
        _ => false,
    };
    published_before
        && v.frame.dated_incident
        && names_suspect(&v.frame.roles)
        && !names_suspect(&other.frame.roles)
}

/// Whether two dated reports give different ages for one named person
/// ([`age_conflict`](crate::events::frame::age_conflict)), allowing for the years
/// between their time anchors. Undated reports say nothing of how much
/// older the person may have grown, so nothing here.
pub fn ages_differ(a: &DocVector, b: &DocVector) -> bool {
    let (Some(x), Some(y)) = (a.anchor, b.anchor) else {
        return false;
    };
    crate::events::frame::age_conflict(&a.frame, &b.frame, x.day.abs_diff(y.day))
}

/// Whether `b` has among its words the name of `a`'s principal place
/// ([`Frame::principal_words`](crate::events::frame::Frame::principal_words)): a
/// report names the town of another's dateline in words its name finder
/// did not read as a place ("charged in the tavern shooting in Marlow", "a
/// Marlow man"), as a follow-up from the county seat does; it is then not
/// set somewhere else.
pub fn names_place(a: &DocVector, b: &DocVector) -> bool {
    let words = &a.frame.principal_words;
    !words.is_empty() && words.iter().all(|&h| weight(&b.terms, h).is_some())
}

/// Whether two reports set their events in different towns by their
/// leads alone ([`lead_town_conflict`](crate::events::frame::lead_town_conflict):
/// each lead names one town, once is enough, and neither names the
/// other's town, even in a capitalised word the name finder did not read
/// as a place) and no main person is shared ([`share_main_person`]: a
/// visit told from two stops). Evidence against
/// one event as strong as a [`figure_conflict`](super::figure_conflict)'s, not a veto: a town's
/// name is read from one mention, and the other pairs between two
/// clusters still decide.
pub fn towns_conflict(a: &DocVector, b: &DocVector) -> bool {
    crate::events::frame::lead_town_conflict(&a.frame, &b.frame) && !share_main_person(a, b)
}

/// Whether one of two reports tells of two incidents
/// ([`Frame::two_incidents`](crate::events::frame::Frame::two_incidents):
/// "Detectives do not believe the two shootings are related") and the two
/// share no identifying detail: no main person ([`share_main_person`]),
/// no age of a named person, no scene street either names. Such a report
/// holds the other incident's words (its night, its town, its kind), so
/// shared words do not say which of the two it tells. Evidence against
/// one event as strong as a [`figure_conflict`](super::figure_conflict)'s.
pub fn incidents_conflict(a: &DocVector, b: &DocVector) -> bool {
    use crate::events::frame::names_scene_of;
    let (x, y) = (&a.frame, &b.frame);
    (x.two_incidents || y.two_incidents)
        && !x.ages.iter().any(|age| y.ages.contains(age))
        && !names_scene_of(x, y)
        && !names_scene_of(y, x)
        && !share_main_person(a, b)
}

/// Publication dates at least this far apart, with nothing else tying
/// two reports together, are two events: half a year, longer than any
/// news cycle of one incident (its follow-ups name its people or its
/// day), shorter than the year after which a recurring event (a yearly
/// ceremony, a season's opener) comes round again.
pub const SEASONS_APART_DAYS: i64 = 182;

/// Whether two reports were published at least [`SEASONS_APART_DAYS`]
/// apart (both dates from the publication, not estimates) and neither
/// states a day within two weeks ([`TimeWindow::default`]) of the other's
/// publication: a report of the same kind of incident half a year later
/// that names no day of the earlier one is of another incident (a trial or
/// an anniversary of the first names it or its people, which
/// [`hard_conflict`](super::hard_conflict) checks first).
pub fn seasons_apart(a: &DocVector, b: &DocVector) -> bool {
    let published = |v: &DocVector| {
        v.anchor
            .filter(|x| x.source == AnchorSource::Published)
            .map(|x| x.day)
    };
    let (Some(x), Some(y)) = (published(a), published(b)) else {
        return false;
    };
    if x.abs_diff(y) < SEASONS_APART_DAYS.unsigned_abs() {
        return false;
    }
    let limit = TimeWindow::default().published_days;
    let near = |mentions: &[(i64, i64)], day: i64| {
        mentions
            .iter()
            .any(|&(s, e)| s.saturating_sub(limit) <= day && day <= e.saturating_add(limit))
    };
    !near(&a.mentions, y) && !near(&b.mentions, x)
}

/// Whether each document has a main person (named at least twice and at
/// least half as often as its most named person) that the other never
/// names: the two reports are told around different sets of people
/// (Austin meeting Umerov, Austin meeting Zelensky), which the reports of
/// one event are not. A main person the other names only in words
/// ([`named_as_word`](super::named_as_word)) is named, and a suspect named after the other
/// report was written ([`later_suspect`]) is not counted. Nor are casts
/// different when the two name one victim of their incident
/// ([`share_victim`]): the follow-ups of a shooting (a vigil, a funeral, an
/// account from inside) are told around the mourners, the witnesses or
/// the owner, and name the dead.
pub fn cast_conflict(a: &DocVector, b: &DocVector) -> bool {
    let missing = |x: &DocVector, y: &DocVector| {
        main_people(x).any(|p| !mentions(y, p) && !later_suspect(y, x, p))
    };
    !same_game(a, b) && missing(a, b) && missing(b, a) && !share_victim(a, b)
}

/// Whether a main person of `a` (named at least twice and at least half
/// as often as its most named person) is named in `b` (in full in at
/// least one of the two), and one of the two reports gives
/// them the part of a victim (killed, hurt, shot: [`Role::Victim`]): the
/// people an incident befell identify it, as its day and place do.
pub fn share_victim(a: &DocVector, b: &DocVector) -> bool {
    let victim = |x: &DocVector, y: &DocVector| {
        main_people(x).any(|p| {
            y.persons.iter().any(|q| {
                (p.initial != ' ' || q.initial != ' ')
                    && same_person(p, q)
                    && (role_in(x, p) == Some(Role::Victim) || role_in(y, q) == Some(Role::Victim))
            })
        })
    };
    victim(a, b) || victim(b, a)
}
