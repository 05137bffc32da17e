//! Pair verification: how strongly two documents look like reports of one
//! event, and whether their dates rule it out.
//!
//! Consumes two [`DocVector`]s; produces a [`PairScore`]: a similarity in
//! [0, 1] and a `conflict` flag.
//!
//! - **Similarity** is the cosine of the TF-IDF vectors (content words,
//!   names, dates, figures; see [`features`](super::features)), plus the
//!   products of weights of person names that differ only by spelling: the
//!   same surname with the first name known in one document only ("Austin"
//!   and "L. Austin"), or surnames with a Jaro–Winkler similarity of at
//!   least [`SURNAME_JARO_WINKLER`] and compatible initials ("Gaddafi",
//!   "Qaddafi" are caught by canonical keys; "Jackman"/"Jakman" by
//!   similarity). Each name is matched at most once, so the result stays a
//!   cosine of (virtually) aligned vectors, capped at 1.
//! - **Conflict**: reports of one event are written close together. When
//!   both documents have a time anchor, the anchors are further apart than
//!   the window ([`TimeWindow`]) and neither document states a date near
//!   the other's anchor, they are probably reports of two events, however
//!   alike their words, and the similarity is halved
//!   ([`DATE_CONFLICT_FACTOR`]) (the seeds `000` and `002`: two
//!   Austin–Umerov meetings at the Pentagon two months apart). The window is
//!   wider when either anchor is only an estimate (the latest date an
//!   article states, when it has no publication date).
//!
//! - **Different protagonists**: two reports of one event are told around
//!   the same person. When each document has a principal actor (the person
//!   it names most, at least twice, more than anyone else), the two are
//!   not one person, and each names the other's principal less than half
//!   as often as its own, the pair is evidence *against* one event: it
//!   loses [`ACTOR_CONFLICT_PENALTY`] (the similarity may go below 0), so
//!   that an average over two clusters' pairs weighs it against their
//!   shared topic words (two actresses checking into rehab). A document
//!   whose strongest words hold the other's principal's surname, though
//!   its name finder found no such person, is not taken to name them in
//!   passing ([`named_as_word`]). A principal that a report names as
//!   arrested, charged or accused ([`roles`](super::roles)), when that
//!   report is dated after the other and the other names no suspect, is
//!   no evidence here nor in the two conflicts below
//!   ([`later_suspect`]): the follow-up of an incident is told around the
//!   man the first report could not name. The victims two reports are
//!   told around still tell two incidents apart.
//!
//! - **Different principal actors** ([`principal_conflict`]): twin events
//!   (two players of one team put on injured reserve two seasons apart,
//!   two trades by one club) share every word but the person each report
//!   is about. When each document has a [`headline_principal`] (named in
//!   its headline or opening, at least three times, at least twice as
//!   often as anyone else), the two differ, and neither document names the
//!   other's principal in its headline or lead, the pair counts for at
//!   most [`PRINCIPAL_CONFLICT_SIMILARITY`]. Narrower than the actor
//!   conflict above, so stronger: a game report or a profile has no such
//!   principal, and two reports of one event that open on different
//!   people (the victim, the suspect) name both in their leads.
//!
//! - **Different acting organisations** ([`act_conflict`]): two clubs'
//!   offers to one free agent, or two bidders for one company, share the
//!   target and every word of an offer. When each report's headline or
//!   lead tells an organisation's act on one target
//!   ([`acts`](super::acts): the subject of "offered", "agreed to buy",
//!   "made an offer"), the two organisations differ, and neither report
//!   also tells an act of the other's organisation (a follow-up that
//!   recalls both offers), the pair counts for at most
//!   [`ACT_CONFLICT_SIMILARITY`].
//!
//! - **One game, many players** ([`same_game`]): two game reports (a
//!   score, a sport's words, several people:
//!   [`Frame::game`](super::frame::Frame::game)) that share the result one
//!   states in its headline or lead tell one game, told around different
//!   players; the three protagonist rules above and [`cast_conflict`] are
//!   no evidence between them. Two game reports whose lead results share
//!   nothing tell two games ([`game_conflict`]): the pair counts for at
//!   most [`FIGURE_CONFLICT_SIMILARITY`] (one team's games a week apart
//!   share its people and every word of a game).
//!
//! - **Figures that cannot both hold**: when both documents state an
//!   identifying figure of the same thing (an earthquake's magnitude, the
//!   ordinal of a noun: "the 52nd drawdown"; see
//!   [`identifier_of`](super::features::identifier_of)) and share no value
//!   of it (magnitudes within a revision of each other agree), they report
//!   two events: the pair counts for at most
//!   [`FIGURE_CONFLICT_SIMILARITY`] (a magnitude 4.2 quake and a magnitude
//!   4.6 quake at the same geothermal field share every other word). A
//!   document that also names the other's value (an earlier quake, the
//!   previous ceremony) does not conflict.
//!
//! Shared figures and dates raise the cosine (they are features). Other
//! figures that differ (counts, money, distances) are *not* counted
//! against a pair: death tolls rise and totals are revised as a story
//! develops, distances depend on the reference point, and reports of one
//! event disagree on such figures often enough (that is what
//! `concord report` is for).

mod incidents;
mod people;
mod shared;
mod soft;
#[cfg(test)]
mod tests;

use crate::events::features::DocVector;
pub use incidents::{
    ages_differ, arrest_follow_up, cast_conflict, incidents_conflict, names_place, seasons_apart,
    share_victim, towns_conflict, SEASONS_APART_DAYS,
};
use people::person_variants;
pub use people::{
    actor_conflict, given_names_differ, headline_principal, later_suspect, named_as_word,
    principal, principal_conflict, same_person, ACTOR_CONFLICT_PENALTY, GIVEN_NAME_EDITS,
    GIVEN_NAME_JARO_WINKLER, HEADLINE_PRINCIPAL_MIN_MENTIONS, PRINCIPAL_CONFLICT_SIMILARITY,
    PRINCIPAL_MIN_MENTIONS, SURNAME_JARO_WINKLER, UNKNOWN_SALIENCE,
};
use shared::published_days_apart;
pub use shared::{
    person_overrides, share_main_person, shared_main_person, shared_person_evidence, SharedPerson,
    MAIN_PEOPLE, NEWS_CYCLE_DAYS, RECURRENCE_DAYS,
};
pub use soft::{
    act_conflict, figure_conflict, game_conflict, same_game, time_conflict,
    ACT_CONFLICT_SIMILARITY, DATE_CONFLICT_FACTOR, FIGURE_CONFLICT_SIMILARITY,
};

/// How far apart two reports of one event may be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeWindow {
    /// Days between two publication dates.
    pub published_days: i64,
    /// Days when either anchor is an estimate from the dates an article
    /// states.
    pub estimated_days: i64,
}

impl Default for TimeWindow {
    /// Two weeks between publication dates: the news cycle of one event
    /// (first reports, reactions, follow-ups) is days, and the same kind of
    /// event recurring (a monthly meeting, a yearly ceremony) is further
    /// apart. Twice that when either date is an estimate.
    fn default() -> Self {
        TimeWindow {
            published_days: 14,
            estimated_days: 28,
        }
    }
}

/// The verdict on a pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairScore {
    /// The evidence for one event, in [-1, 1]: the similarity, less the
    /// evidence against ([`ACTOR_CONFLICT_PENALTY`],
    /// [`FIGURE_CONFLICT_SIMILARITY`]).
    pub similarity: f64,
    /// The similarity alone (after a date conflict), in [0, 1]: what the
    /// verification floor is checked against.
    pub affinity: f64,
    /// The documents' dates say they report different events.
    pub conflict: bool,
    /// Hard evidence of two incidents ([`hard_conflict`]): the pair can
    /// never be in one cluster.
    pub hard: bool,
}

/// Cosine of two sorted sparse vectors (merge join).
pub fn cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f64 {
    let (mut i, mut j) = (0, 0);
    let mut dot = 0.0f64;
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += f64::from(a[i].1) * f64::from(b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

fn weight(v: &[(u64, f32)], h: u64) -> Option<f32> {
    v.binary_search_by_key(&h, |t| t.0).ok().map(|i| v[i].1)
}

/// Scores a pair of documents. A date conflict (only checked with a
/// `window`) multiplies the similarity by [`DATE_CONFLICT_FACTOR`]; at the
/// event level (with a `window`) an [`actor_conflict`] takes
/// [`ACTOR_CONFLICT_PENALTY`] off, and a [`figure_conflict`] caps it at
/// [`FIGURE_CONFLICT_SIMILARITY`]. The affinity (checked against the
/// verification floor) is the similarity after the date factor only.
pub fn score(a: &DocVector, b: &DocVector, window: Option<&TimeWindow>) -> PairScore {
    score_in(a, b, window, false)
}

/// [`score`] in a corpus of `few` documents (at most
/// [`FEW_DOCUMENTS`](super::prior::FEW_DOCUMENTS)), where no word's rarity
/// can be told from the corpus and most shared words weigh much: there,
/// different casts ([`cast_conflict`]) count against one event as a
/// figure conflict does (the same people are what identify an event
/// without rarity).
pub fn score_in(a: &DocVector, b: &DocVector, window: Option<&TimeWindow>, few: bool) -> PairScore {
    judge(a, b, window, few).score()
}

/// The soft evidence against one event that [`score_in`] weighs, by rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SoftRule {
    /// The dates are further apart than the window ([`time_conflict`]):
    /// the similarity is multiplied by [`DATE_CONFLICT_FACTOR`].
    DatesApart,
    /// Different principal actors ([`actor_conflict`]).
    Actors,
    /// Different headline principals ([`principal_conflict`]).
    Principals,
    /// Two organisations' acts on one target ([`act_conflict`]).
    Acts,
    /// Different casts in a corpus of few documents ([`cast_conflict`]).
    Casts,
    /// Identifying figures that cannot both hold ([`figure_conflict`]).
    Figures,
    /// Two games ([`game_conflict`]).
    Games,
    /// Different towns in the leads, no main person shared
    /// ([`towns_conflict`]).
    Towns,
    /// A report of two incidents beside one it shares no identifying
    /// detail with ([`incidents_conflict`]).
    Incidents,
    /// Main incidents of clearly different kinds, a fire and a stabbing
    /// ([`kind_conflict`](super::kinds::kind_conflict)).
    Kinds,
}

/// Every verdict [`score_in`] decides a pair's score from: the one place
/// the pair decision is made, for clustering and for `cluster --explain`
/// alike. Building it costs what scoring costs (the same rules, once).
#[derive(Debug, Clone, PartialEq)]
pub struct PairVerdicts {
    /// Cosine of the TF-IDF vectors.
    pub cosine: f64,
    /// What spelling variants of people add (a name spelled one way in one
    /// report, another way in the other).
    pub person_variants: f64,
    /// The soft rules that fired, in the order they apply (only checked
    /// at the event level; [`SoftRule::Casts`] only among few documents).
    pub soft: Vec<SoftRule>,
    /// The hard rule that vetoes the pair, if any ([`hard_veto`]; event
    /// level only).
    pub hard: Option<HardRule>,
}

/// The verdicts of every rule on a pair (see [`score_in`] for `window`
/// and `few`).
pub fn judge(a: &DocVector, b: &DocVector, window: Option<&TimeWindow>, few: bool) -> PairVerdicts {
    let mut soft = Vec::new();
    let hard = window.and_then(|_| hard_veto(a, b));
    if let Some(w) = window {
        let rules: [(SoftRule, bool); 10] = [
            (SoftRule::DatesApart, time_conflict(a, b, w)),
            (SoftRule::Actors, actor_conflict(a, b)),
            (SoftRule::Principals, principal_conflict(a, b)),
            (SoftRule::Acts, act_conflict(a, b)),
            (SoftRule::Casts, few && cast_conflict(a, b)),
            (SoftRule::Figures, figure_conflict(a, b)),
            (SoftRule::Games, game_conflict(a, b)),
            (SoftRule::Towns, towns_conflict(a, b)),
            (SoftRule::Incidents, incidents_conflict(a, b)),
            (SoftRule::Kinds, super::kinds::kind_conflict(a, b)),
        ];
        soft.extend(rules.iter().filter(|r| r.1).map(|r| r.0));
    }
    PairVerdicts {
        cosine: cosine(&a.terms, &b.terms),
        person_variants: person_variants(a, b),
        soft,
        hard,
    }
}

impl PairVerdicts {
    /// Whether a soft rule fired.
    pub fn fired(&self, rule: SoftRule) -> bool {
        self.soft.contains(&rule)
    }

    /// The score the verdicts give (see [`score_in`]).
    pub fn score(&self) -> PairScore {
        let mut similarity = (self.cosine + self.person_variants).clamp(0.0, 1.0);
        let conflict = self.fired(SoftRule::DatesApart);
        if conflict {
            similarity *= DATE_CONFLICT_FACTOR;
        }
        let affinity = similarity;
        if self.fired(SoftRule::Actors) {
            similarity -= ACTOR_CONFLICT_PENALTY;
        }
        if self.fired(SoftRule::Principals) {
            similarity = similarity.min(PRINCIPAL_CONFLICT_SIMILARITY);
        }
        if self.fired(SoftRule::Acts) {
            similarity = similarity.min(ACT_CONFLICT_SIMILARITY);
        }
        if [
            SoftRule::Casts,
            SoftRule::Figures,
            SoftRule::Games,
            SoftRule::Towns,
            SoftRule::Incidents,
            SoftRule::Kinds,
        ]
        .iter()
        .any(|&r| self.fired(r))
        {
            similarity = similarity.min(FIGURE_CONFLICT_SIMILARITY);
        }
        if self.hard.is_some() {
            similarity = HARD_CONFLICT_SIMILARITY;
        }
        PairScore {
            similarity: similarity.clamp(-1.0, 1.0),
            affinity,
            conflict,
            hard: self.hard.is_some(),
        }
    }
}

/// What a pair with a [`hard_conflict`] counts for: as far against one
/// event as a pair can be.
pub const HARD_CONFLICT_SIMILARITY: f64 = -1.0;

/// Whether two reports are of different incidents on hard evidence (see
/// [`frame`](super::frame)): they have no main person in common strong
/// enough for the time between them ([`person_overrides`]), and the days they are about are apart
/// ([`day_conflict`](super::frame::day_conflict); an arrest report that
/// names its incident by its day is dated by that day beside a later
/// report: [`arrest_follow_up`]) or they were published
/// half a year apart with no day in common ([`seasons_apart`]), they are
/// set in different towns ([`place_conflict`](super::frame::place_conflict),
/// neither naming the other's town even in words: [`names_place`]) or
/// streets ([`street_conflict`](super::frame::street_conflict)); or they
/// give different ages for one named person
/// ([`age_conflict`](super::frame::age_conflict): two people of one
/// surname, whether or not either is a main person; both reports dated). Such evidence weighs
/// against a merge more than any shared vocabulary weighs for it, and a
/// cluster never holds two documents with it between them. A main person
/// in common is an identifying detail that matches: a follow-up weeks
/// later, or a report from the next town over, of the same people; a
/// year on, only with nothing else differing or a detail of one incident
/// ([`shared_person_evidence`]).
pub fn hard_conflict(a: &DocVector, b: &DocVector) -> bool {
    hard_veto(a, b).is_some()
}

/// A rule of hard evidence of two incidents ([`hard_conflict`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HardRule {
    /// Different ages of one named person ([`ages_differ`]): never
    /// switched off by a shared main person.
    AgesDiffer,
    /// The days the reports are about are apart
    /// ([`day_conflict`](super::frame::day_conflict), with
    /// [`arrest_follow_up`],
    /// [`naming_follow_up`](super::followup::naming_follow_up) and
    /// [`counted_follow_up`](super::followup::counted_follow_up)).
    DaysApart,
    /// Published half a year apart, no day in common ([`seasons_apart`]).
    SeasonsApart,
    /// Set in different towns, neither naming the other's
    /// ([`place_conflict`](super::frame::place_conflict), [`names_place`]).
    PlacesDiffer,
    /// Set on different streets
    /// ([`street_conflict`](super::frame::street_conflict)).
    StreetsDiffer,
}

impl HardRule {
    /// Every rule, in the order [`hard_veto`] checks them.
    pub const ALL: [HardRule; 5] = [
        HardRule::AgesDiffer,
        HardRule::DaysApart,
        HardRule::SeasonsApart,
        HardRule::PlacesDiffer,
        HardRule::StreetsDiffer,
    ];

    /// Whether a shared main person ([`share_main_person`]) switches the
    /// rule off.
    pub fn yields_to_shared_person(self) -> bool {
        self != HardRule::AgesDiffer
    }

    /// Whether the rule's evidence is there, before any shared main
    /// person is considered.
    pub fn fires(self, a: &DocVector, b: &DocVector) -> bool {
        use super::frame::{day_conflict, place_conflict, street_conflict};
        match self {
            HardRule::AgesDiffer => ages_differ(a, b),
            HardRule::DaysApart => {
                let (mut wa, mut wb) = (a.when(), b.when());
                use super::followup::{counted_follow_up, naming_follow_up};
                wa.follow_up = arrest_follow_up(a, b) || naming_follow_up(a, b);
                wb.follow_up = arrest_follow_up(b, a) || naming_follow_up(b, a);
                !counted_follow_up(a, b) && !counted_follow_up(b, a) && day_conflict(wa, wb)
            }
            HardRule::SeasonsApart => seasons_apart(a, b),
            HardRule::PlacesDiffer => {
                (place_conflict(&a.frame, &b.frame) && !names_place(a, b) && !names_place(b, a))
                    || super::locality::locality_conflict(&a.frame, &b.frame)
            }
            HardRule::StreetsDiffer => {
                street_conflict(&a.frame, &b.frame) && !recalled_near(a, b) && !recalled_near(b, a)
            }
        }
    }
}

/// Whether `v` sets its incident only near streets
/// ([`Frame::streets_near`](super::frame::Frame::streets_near)) and was
/// published more than [`FOLLOW_UP_DAYS`](super::frame::FOLLOW_UP_DAYS)
/// apart from `other`: one of the two is a follow-up (the day rules tell
/// a fresh incident), and a vigil recalling "Friday's crash near Hollin
/// Road" by a landmark by the scene says nothing against the road an
/// indictment weeks later places it on ("on Brantley Parkway"). On the night,
/// two reports "near" one street and "on" another stay apart.
fn recalled_near(v: &DocVector, other: &DocVector) -> bool {
    v.frame.streets_near
        && published_days_apart(v, other)
            .is_some_and(|d| d > super::frame::FOLLOW_UP_DAYS.unsigned_abs())
}

/// The rule of [`hard_conflict`] that keeps two reports apart, if any:
/// different ages first (two people of one surname, so the main person
/// the two seem to share is none), then, unless a shared main person
/// outweighs the evidence ([`person_overrides`]), the first of days,
/// seasons, places and streets that fires.
pub fn hard_veto(a: &DocVector, b: &DocVector) -> Option<HardRule> {
    if HardRule::AgesDiffer.fires(a, b) {
        return Some(HardRule::AgesDiffer);
    }
    if person_overrides(a, b) {
        return None;
    }
    HardRule::ALL
        .into_iter()
        .filter(|r| r.yields_to_shared_person())
        .find(|r| r.fires(a, b))
}
