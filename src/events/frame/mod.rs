//! The event frame of a report: where, when and to whom, as hard evidence
//! that two reports of the same *kind* of incident are of different
//! incidents.
//!
//! Consumes a document's text and its facts (the pipeline's, never
//! extracted again here); produces a [`Frame`]: the places it names (with
//! how often), the town of its dateline, the streets it names, the ages
//! it gives for people and the parts it gives them (victim, suspect:
//! [`roles`](super::roles)). [`place_conflict`], [`street_conflict`] and
//! [`age_conflict`] compare two frames; [`day_conflict`] compares the days
//! two reports are about.
//!
//! Two shootings in two towns, on two days, or of two victims share every
//! word of their kind ("shot", "police", "hospital"); what tells them apart
//! is the frame, and a local news stream is full of such pairs. Each test
//! says "different incidents" only on positive evidence from both reports:
//! a report that names no street, gives no age or states no date conflicts
//! with nothing, so that a short first report still joins its follow-ups.
//!
//! Guarantees: linear in the text, no panic, deterministic.

mod ages;
mod days;
mod lead;
mod places;
mod streets;
#[cfg(test)]
mod tests;

use crate::events::features::{feature_hash, Anchor};
use crate::events::roles::{role_at, PersonRole};
use crate::facts::names::canonical_key;
use crate::facts::{Fact, FactKind, FactValue};
use crate::lex::token::Tokens;
pub use ages::{age_conflict, named_age, AGE_SLACK};
pub use days::{day_conflict, DAY_SLACK, FOLLOW_UP_DAYS, OWN_DAYS};
pub use lead::{
    in_prose, is_game_report, lead_end, names_incident, opening_end, tells_two_incidents,
    INCIDENT_NOUNS, LEAD_WORDS, MIN_GAME_PEOPLE, MIN_GAME_WORDS, OPENING_WORDS,
};
use places::{agency_town, capitals, is_court_of_law, is_town, name_words};
pub use places::{
    capital_key, dateline_town, in_capitals, lead_town_conflict, place_conflict, principal_place,
    PRINCIPAL_PLACE_MENTIONS,
};
pub use streets::{
    names_scene_of, near_street, same_street, scene_street, street_conflict, street_key,
    street_town, NOT_SCENE_WINDOW, NOT_SCENE_WORDS, SCENE_PREPOSITIONS, SCENE_STRETCHES,
    STREET_TOWN_WORDS,
};

/// Most places, streets and ages kept per document.
pub const MAX_FRAME_ITEMS: usize = 12;

/// Where and to whom, as one report states it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frame {
    /// Places named (canonical key hashes) with their mention counts, most
    /// mentioned first (ties by hash); the dateline town counts once.
    pub places: Vec<(u64, u32)>,
    /// The town of the dateline ("ROCKY MOUNT, N.C. —"), if any.
    pub dateline: Option<u64>,
    /// Places named in the headline, the dateline or the lead
    /// ([`lead_end`]), sorted, distinct: where the report says its event
    /// happened, not where its background, its people or its companies
    /// are from.
    pub lead_places: Vec<u64>,
    /// Streets, roads and avenues the headline or the lead places the
    /// incident on ([`scene_street`]: "shot on Larch Street", "in the 300
    /// block of Elm Avenue", "at Larch Street and Quimby Avenue"), as
    /// [`street_key`]s, sorted, distinct. Not a victim's home street ("a
    /// Quimby Avenue man", "of Harmon Road") nor a hospital's.
    pub streets: Vec<Box<str>>,
    /// Every scene street ([`streets`](Frame::streets)) is told by "near"
    /// ([`near_street`]: "killed in Friday's crash near Hollin Road"): the
    /// incident was by them, on some street nearby.
    pub streets_near: bool,
    /// Every street the report names in its headline or its prose, in any
    /// role (the scene, a cross street, a home, a hospital), as
    /// [`street_key`]s, sorted, distinct: a report that names another's
    /// scene street anywhere is not set on another street.
    pub named_streets: Vec<Box<str>>,
    /// Ages given for named people ("Jane Roe, 31,"), sorted, distinct.
    pub ages: Vec<Age>,
    /// The part the report gives named people in its incident (the
    /// killed or hurt, the arrested or charged; [`roles`](super::roles)),
    /// one per person (the first its words give), sorted.
    pub roles: Vec<PersonRole>,
    /// The words of the principal place's name ([`principal_place`]), as
    /// content-word features (`w`): what [`place_conflict`]'s callers look
    /// for among another report's words, where the name finder did not
    /// read the town as a place ("the tavern shooting in Marlow", "a
    /// Marlow man"). Without a principal place, the words of the
    /// [`lead_town`](Frame::lead_town)'s name; empty when there is neither.
    pub principal_words: Box<[u64]>,
    /// The one place the headline and the lead name, when they name no
    /// other and it is a town (no country, state or well-known city, no
    /// county or site: `is_town`): where a short report sets its
    /// event though it names the town once ("X met Y in Marlow on May
    /// 3"), too few times for a principal place ([`principal_place`]).
    pub lead_town: Option<u64>,
    /// The capitalised words of the headline and the text ("a Marlow
    /// man", "Marlow police"), outside the names of people ("Marlow
    /// Hughes" is no mention of Marlow), as [`capital_key`]s of their
    /// content-word features (`w`), sorted, distinct: whether a report
    /// names a town in words the name finder did not read as a place.
    /// Exact but for 32-bit keys: a word the report does not hold is found
    /// with odds of about one in 2^32 per word it holds (one in 10^7 for an
    /// article of 400 distinct capitalised words).
    pub capitals: Box<[u32]>,
    /// The report tells of two incidents, in a sentence that says they
    /// are not one ([`tells_two_incidents`]: "Detectives do not believe
    /// the two shootings are related"): the other incident's words are
    /// in it, so it joins another report only on an identifying detail.
    pub two_incidents: bool,
    /// The report names a day of its own publication in its headline or
    /// lead, in relative words ("early today", "Sunday night" in Monday's
    /// paper) or written out ("on June 18, 2022" in that day's paper; a
    /// dateline is no such day): it reports an event of its own days (set
    /// by the feature extraction, which reads the dates).
    pub own_day: bool,
    /// The report states, in words that fix it, a day before its own
    /// publication (more than two days before): what a follow-up says of
    /// the incident's day. A second reading of a date whose words leave
    /// the year or the week open (a "Nov. 8" sentencing date read as last
    /// November) is not one (set by the feature extraction).
    pub earlier_day: bool,
    /// The report names its incident by a day well before its own
    /// publication ([`names_incident`]: "in the June 14 shooting", "last
    /// Thursday's fatal stabbing"): what a follow-up says of the
    /// incident it follows (set by the feature extraction).
    pub dated_incident: bool,
    /// The report's lead tells the naming of its dead ("the couple who
    /// died have been named as ..."; [`followup::names_dead`](super::followup::names_dead),
    /// set by the feature extraction).
    pub names_dead: bool,
    /// The report counts time from its incident ("two weeks after a fire
    /// on Quill Street", "a month after the crash";
    /// [`followup::counts_from_incident`](super::followup::counts_from_incident),
    /// set by the feature extraction): its own news is of a later day.
    pub counts_from_incident: bool,
    /// Results and tallies the report states in its headline or prose
    /// ("won 31-24", "a 2-1 defeat"), as the score values of the facts
    /// ("31-24"), sorted, distinct.
    pub scores: Vec<Box<str>>,
    /// The [`scores`](Frame::scores) stated in the headline or the lead
    /// ([`lead_end`]): the result the report is about, where scores
    /// further down are a half's, a record's or another game's.
    pub lead_scores: Vec<Box<str>>,
    /// The report tells a game ([`is_game_report`]): it states a score,
    /// uses the words of a sport and names several people. The people of
    /// one game are many (the players of two teams), and two reports of it
    /// are told around different ones.
    pub game: bool,
    /// The acts of organisations the headline and the lead tell
    /// ([`acts`](super::acts)), the headline's first: the first is the
    /// report's acting organisation (set by the feature extraction).
    pub acts: Vec<super::acts::Act>,
    /// The kind of the report's main incident and every kind it names
    /// ([`kinds`](super::kinds); set by the feature extraction).
    pub incident: super::kinds::Incident,
    /// The places the headline and the lead of a report of an incident set
    /// it in, known to the gazetteer or not ("stabbed in Ashcombe Vale", "at
    /// Fernleigh, west of Perth", "San Antonio police said"), each as the
    /// content-word features of its words ([`super::locality`]).
    pub scene_names: Box<[Box<[u64]>]>,
}

/// The age a report gives for a named person ("Darius Vance, 24,"): who
/// (first initial and surname) and how old.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Age {
    /// Folded surname ("vance").
    pub surname: Box<str>,
    /// First initial, `' '` when only the surname is given.
    pub initial: char,
    /// The age in years.
    pub years: u8,
}

impl Age {
    /// Whether two ages are given for one person: the same surname, and
    /// the same first initial when both are known.
    pub fn same_person(&self, other: &Age) -> bool {
        self.surname == other.surname
            && (self.initial == ' ' || other.initial == ' ' || self.initial == other.initial)
    }
}

/// When a report is from and which days it states, for [`day_conflict`].
#[derive(Debug, Clone, Copy)]
pub struct When<'a> {
    /// Its time anchor.
    pub anchor: Option<Anchor>,
    /// The days and short periods it states, as day ranges.
    pub mentions: &'a [(i64, i64)],
    /// See [`Frame::own_day`].
    pub own_day: bool,
    /// See [`Frame::earlier_day`].
    pub earlier_day: bool,
    /// The report is a follow-up told around an arrest or a charge
    /// ([`arrest_follow_up`](super::score::arrest_follow_up)): the days of
    /// its own publication are the arrest's, and only the earlier days it
    /// states are its incident's.
    pub follow_up: bool,
}

/// The frame of a document from the words of its text (`body`: its facts
/// outside page furniture) and of its headline (`title`), each with its
/// tokens (the one word layer, [`crate::lex::Tokens`]). Only facts in
/// lines of prose ([`in_prose`]) and in the headline count; streets only
/// in the headline and the lead, which ends at byte `lead` of the text
/// ([`lead_end`]).
pub fn frame(body: TextWords<'_>, lead: usize, title: TextWords<'_>) -> Frame {
    let (text, facts) = (body.text, body.facts);
    let mut places: Vec<(u64, u32)> = Vec::new();
    let mut keys: Vec<(u64, String)> = Vec::new();
    let mut lead_places: Vec<u64> = Vec::new();
    let mut streets: Vec<Box<str>> = Vec::new();
    let mut named_streets: Vec<Box<str>> = Vec::new();
    // A scene street not told by "near" (see `near_street`).
    let mut firm = false;
    let mut ages: Vec<Age> = Vec::new();
    let mut roles: Vec<PersonRole> = Vec::new();
    let mut scores: Vec<Box<str>> = Vec::new();
    let mut lead_scores: Vec<Box<str>> = Vec::new();
    let mut people: Vec<String> = Vec::new();
    let bump = |places: &mut Vec<(u64, u32)>, h: u64| match places.iter_mut().find(|p| p.0 == h) {
        Some(p) => p.1 = p.1.saturating_add(1),
        None => places.push((h, 1)),
    };
    let dateline_key = dateline_town(facts);
    let dateline = dateline_key.as_deref().map(|k| feature_hash("plc", k));
    if let (Some(h), Some(k)) = (dateline, dateline_key) {
        bump(&mut places, h);
        lead_places.push(h);
        keys.push((h, k));
    }
    let mut last_person: Option<(usize, String)> = None;
    // The end of the last street named and whether it was the scene: the
    // second street of "at Larch Street and Quimby Avenue" is the scene too.
    let mut last_street: Option<(usize, bool)> = None;
    let in_title = title.facts.iter().map(|f| (title.text, *f, true));
    let in_text = facts.iter().map(|f| (text, *f, false));
    for (src, f, headline) in in_title.chain(in_text) {
        if !headline && !in_prose(src, f.span.start, f.span.end) {
            continue;
        }
        // the dateline's town, counted once above
        if dateline.is_some() && f.role == Some(crate::facts::Role::Dateline) {
            continue;
        }
        match (&f.kind, &f.value) {
            (FactKind::Place | FactKind::Org, FactValue::Text(name)) => {
                let key = canonical_key(name);
                if key.is_empty() {
                    continue;
                }
                // "Corliss Avenue SE" is Corliss Avenue.
                let bare = crate::lex::words::without_street_compass(&key);
                let last = bare.rsplit(' ').next().unwrap_or("");
                let org = f.kind == FactKind::Org;
                let in_lead = headline || f.span.start < lead;
                let street = bare.contains(' ')
                    && (crate::lex::words::is_street_word(last)
                        || (last == "court" && !is_court_of_law(bare)));
                let place = if street {
                    let k = street_key(bare);
                    let after = last_street.filter(|_| !headline);
                    let scene = scene_street(src, f.span.start, after);
                    if !headline {
                        last_street = Some((f.span.end, scene));
                    }
                    if scene && in_lead {
                        firm |= !near_street(src, f.span.start);
                        push_distinct(&mut streets, k.clone());
                    }
                    push_distinct(&mut named_streets, k);
                    street_town(src, f.span.end, if headline { title.facts } else { facts })
                        .map(|town| canonical_key(&town))
                        .filter(|key| !key.is_empty())
                        .map(|key| (feature_hash("plc", &key), key))
                } else if !org {
                    Some((feature_hash("plc", &key), key.clone()))
                } else {
                    agency_town(&key).map(|town| (feature_hash("plc", town), town.to_owned()))
                };
                if let Some((h, town)) = place {
                    if keys.len() < MAX_FRAME_ITEMS && !keys.iter().any(|k| k.0 == h) {
                        keys.push((h, town));
                    }
                    bump(&mut places, h);
                    if in_lead && lead_places.len() < MAX_FRAME_ITEMS && !lead_places.contains(&h) {
                        lead_places.push(h);
                    }
                }
            }
            (FactKind::Person, FactValue::Text(name)) => {
                let key = canonical_key(name);
                add_role(&mut roles, &key, role_at(src, f.span.start, f.span.end));
                push_distinct(&mut people, key.clone());
                if !headline {
                    last_person = Some((f.span.end, key));
                }
            }
            (FactKind::Score, FactValue::Score(v)) => {
                let v: Box<str> = v.to_string().into();
                if headline || f.span.start < lead {
                    push_distinct(&mut lead_scores, v.clone());
                }
                push_distinct(&mut scores, v);
            }
            _ => {
                if headline {
                    continue;
                }
                let person = last_person.as_ref().map(|(e, k)| (*e, k.as_str()));
                if let Some(age) = named_age(text, f, person) {
                    push_distinct(&mut ages, age);
                }
            }
        }
    }
    places.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    places.truncate(MAX_FRAME_ITEMS);
    let streets_near = !streets.is_empty() && !firm;
    streets.sort_unstable();
    named_streets.sort_unstable();
    lead_places.sort_unstable();
    ages.sort_unstable();
    roles.sort_unstable();
    scores.sort_unstable();
    lead_scores.sort_unstable();
    let game = is_game_report(&scores, people.len(), [title.tokens, body.tokens]);
    let capitals = capitals([title, body]);
    let mut f = Frame {
        places,
        dateline,
        lead_places,
        streets,
        streets_near,
        named_streets,
        ages,
        roles,
        principal_words: Box::default(),
        lead_town: None,
        capitals,
        two_incidents: tells_two_incidents(body.tokens),
        own_day: false,
        earlier_day: false,
        dated_incident: false,
        names_dead: false,
        counts_from_incident: false,
        scores,
        lead_scores,
        game,
        acts: Vec::new(),
        incident: super::kinds::Incident::default(),
        scene_names: super::locality::scene_names(
            title.text,
            title.facts,
            text.get(..lead).unwrap_or(text),
            facts,
        ),
    };
    f.lead_town = match f.lead_places.as_slice() {
        [h] => keys
            .iter()
            .find(|k| k.0 == *h && is_town(&k.1))
            .map(|k| k.0),
        _ => None,
    };
    let named = principal_place(&f).map(|p| p.0).or(f.lead_town);
    if let Some((_, key)) = named.and_then(|h| keys.iter().find(|k| k.0 == h)) {
        f.principal_words = name_words(key);
    }
    f
}

/// One text of a document (its headline or its body) as the frame and
/// the acts read it: the text, its tokens (the one word layer,
/// [`crate::lex::Tokens`], made once per text) and its facts, whose spans
/// lie in it.
#[derive(Clone, Copy)]
pub struct TextWords<'a> {
    /// The text.
    pub text: &'a str,
    /// The tokens of the text.
    pub tokens: &'a Tokens,
    /// The facts read in the text.
    pub facts: &'a [&'a Fact],
}

/// Records the role `role` (if any) of the person of canonical key `key`,
/// unless the report gave them one before (the first role its words give
/// is the one it introduces them in).
fn add_role(roles: &mut Vec<PersonRole>, key: &str, role: Option<super::roles::Role>) {
    let Some(role) = role else {
        return;
    };
    let (initial, surname) = initial_and_surname(key);
    if surname.is_empty() || roles.iter().any(|r| r.is(initial, surname)) {
        return;
    }
    push_distinct(
        roles,
        PersonRole {
            surname: surname.into(),
            initial,
            role,
        },
    );
}

/// The first initial (`' '` for a lone word) and the surname of a
/// person's canonical key ("tyrell vance" gives `('t', "vance")`).
fn initial_and_surname(key: &str) -> (char, &str) {
    let mut parts = key.split(' ').filter(|w| !w.is_empty());
    let first = parts.next().unwrap_or("");
    match parts.next_back() {
        Some(surname) => (first.chars().next().unwrap_or(' '), surname),
        None => (' ', first),
    }
}

/// Adds `item` to a frame list unless it is there or the list is full
/// ([`MAX_FRAME_ITEMS`]).
fn push_distinct<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if list.len() < MAX_FRAME_ITEMS && !list.contains(&item) {
        list.push(item);
    }
}
