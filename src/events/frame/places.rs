//! Towns: which places of a frame are where the incident is, and when two
//! frames are set apart.
//!
//! Decides which canonical places are towns (not a region, a court, an
//! agency: [`AGENCY_TAILS`] and the town a police department is named
//! after), the report's principal place (named at least
//! [`PRINCIPAL_PLACE_MENTIONS`] times), its dateline town
//! ([`dateline_town`]), and whether two frames name different towns with
//! neither naming the other's, even in capitalised words the place finder
//! missed ([`place_conflict`], [`lead_town_conflict`], [`in_capitals`]).

use super::{Frame, TextWords};
use crate::events::features::feature_hash;
use crate::facts::names::canonical_key;
use crate::facts::{Fact, FactKind, FactValue};
use crate::lex::token::Kind;

/// Last words of an organisation that make it a town's own agency ("the
/// Clarksville Police Department", "Macon police"): an incident its agency
/// handles is in that town.
pub(super) const AGENCY_TAILS: &[&str] = &[
    "fire department",
    "fire rescue",
    "police",
    "police department",
    "police dept",
];

/// Words that make a "... Court" a court of law, not a street ("Taunton
/// Magistrates' Court", "the Supreme Court", "Circuit Court").
pub(super) const COURT_WORDS: &[&str] = &[
    "appeals",
    "circuit",
    "county",
    "criminal",
    "crown",
    "district",
    "family",
    "federal",
    "high",
    "juvenile",
    "magistrate",
    "magistrates",
    "municipal",
    "superior",
    "supreme",
];

/// Whether a name ending in "court" is a court of law ([`COURT_WORDS`]).
pub(super) fn is_court_of_law(key: &str) -> bool {
    key.split(' ')
        .any(|w| COURT_WORDS.binary_search(&w).is_ok())
}

/// The town whose agency an organisation is ("clarksville" for "Clarksville
/// Police Department"), as a canonical key.
pub(super) fn agency_town(key: &str) -> Option<&str> {
    AGENCY_TAILS.iter().find_map(|tail| {
        let town = key.strip_suffix(tail)?.strip_suffix(' ')?;
        let words = town.split(' ').count();
        (!town.is_empty() && words <= 3 && !town.ends_with("county") && !town.ends_with("state"))
            .then_some(town)
    })
}

/// Last words of a place's name that make it an area wider than a town
/// ("Nash County", "the Gulf Coast", "Ozark Region") or a site in one
/// ("Larkin Arena", "Mercy Hospital"), sorted for binary search.
pub(super) const NOT_TOWN_TAILS: &[&str] = &[
    "airport",
    "area",
    "arena",
    "bay",
    "center",
    "centre",
    "coast",
    "county",
    "district",
    "hall",
    "hospital",
    "island",
    "islands",
    "lake",
    "mountains",
    "parish",
    "park",
    "province",
    "region",
    "river",
    "school",
    "stadium",
    "state",
    "territory",
    "university",
    "valley",
];

/// Whether a place (a canonical key) is named at the grain of a town:
/// the gazetteer lists none of its words (it holds countries, states,
/// regions and well-known cities with their quarters, where one event is
/// told from "Hollywood" in one report and "Los Angeles" in another), and
/// its last word names no wider area and no site ([`NOT_TOWN_TAILS`]).
/// The towns local news is set in are mostly those no list holds.
pub(super) fn is_town(key: &str) -> bool {
    use crate::facts::names::lexicon::{gazetteer, GazKind};
    let listed = |k: &str| matches!(gazetteer().get(k), Some((GazKind::Place, _)));
    let last = key.rsplit(' ').next().unwrap_or(key);
    !key.is_empty()
        && !listed(key)
        && !key.split(' ').any(listed)
        && NOT_TOWN_TAILS.binary_search(&last).is_err()
}

/// The key of a content-word feature in [`Frame::capitals`]: its low 32
/// bits (the feature hash is uniform there).
pub fn capital_key(feature: u64) -> u32 {
    feature as u32
}

/// The capitalised words of the headline and the text as
/// [`Frame::capitals`]: words of at least three letters whose first is
/// upper case, outside the spans of people's names.
pub(super) fn capitals(texts: [TextWords<'_>; 2]) -> Box<[u32]> {
    use crate::events::features::stem_plural;
    let mut keys: Vec<u32> = Vec::new();
    let mut folded = String::new();
    for TextWords { tokens, facts, .. } in texts {
        let mut people: Vec<(usize, usize)> = facts
            .iter()
            .filter(|f| f.kind == FactKind::Person)
            .map(|f| (f.span.start, f.span.end))
            .collect();
        people.sort_unstable();
        let mut next_person = 0;
        for t in tokens.all() {
            if t.kind != Kind::Word || !t.cap() {
                continue;
            }
            // People's spans in text order: skip those that end before.
            while people.get(next_person).is_some_and(|p| p.1 <= t.start) {
                next_person += 1;
            }
            if people
                .get(next_person..)
                .unwrap_or_default()
                .iter()
                .take_while(|p| p.0 <= t.start)
                .any(|p| t.end <= p.1)
            {
                continue;
            }
            let low = tokens.low_of(t);
            if low.chars().count() < 3 {
                continue;
            }
            folded.clear();
            crate::facts::names::lexicon::fold_into(low, &mut folded);
            keys.push(capital_key(feature_hash("w", stem_plural(&folded))));
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys.into_boxed_slice()
}

/// Whether every word of `words` (content-word features) is among the
/// capitalised words of `f` ([`Frame::capitals`]).
pub fn in_capitals(f: &Frame, words: &[u64]) -> bool {
    words
        .iter()
        .all(|&h| f.capitals.binary_search(&capital_key(h)).is_ok())
}

/// Whether two reports are set in different towns by their leads alone:
/// each lead names one place, a town ([`Frame::lead_town`]), the two
/// differ, and neither report names the other's town anywhere, as a place
/// or in capitalised words ("a Marlow man"). Two short reports of
/// meetings, fires or crashes on one day, "in Marlow" and "in Oakvale",
/// each naming its town once.
pub fn lead_town_conflict(a: &Frame, b: &Frame) -> bool {
    let (Some(x), Some(y)) = (a.lead_town, b.lead_town) else {
        return false;
    };
    x != y
        && mentions_of(a, y) == 0
        && mentions_of(b, x) == 0
        && !in_capitals(b, &a.principal_words)
        && !in_capitals(a, &b.principal_words)
}

/// The content-word features of a place's canonical key, or none when a
/// word of it is too short to be a content word (it could never be found
/// among another report's words).
pub(super) fn name_words(key: &str) -> Box<[u64]> {
    use crate::events::features::stem_plural;
    let words: Option<Vec<u64>> = key
        .split(' ')
        .map(|w| {
            (w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
                .then(|| feature_hash("w", stem_plural(w)))
        })
        .collect();
    words.unwrap_or_default().into_boxed_slice()
}

/// The town of the document's dateline, as a canonical key: the place
/// the name finder read at the head of the text and marked
/// [`Role::Dateline`](crate::facts::Role::Dateline) ("ROCKY MOUNT, N.C.
/// (WNCT) —", "Marlow, Ohio (AP) —", "LONDON, Dec 6 (Reuters) -"). One
/// reader of datelines for the whole tool: the frame does not read them
/// again from the text.
pub fn dateline_town(facts: &[&Fact]) -> Option<String> {
    facts.iter().find_map(|f| match (&f.kind, &f.value) {
        (FactKind::Place, FactValue::Text(name))
            if f.role == Some(crate::facts::Role::Dateline) =>
        {
            let key = canonical_key(name);
            (!key.is_empty()).then_some(key)
        }
        _ => None,
    })
}

/// A place named this often (and more often than any other) is where a
/// report without a dateline is set; one named twice may be a team's home
/// or a suspect's.
pub const PRINCIPAL_PLACE_MENTIONS: u32 = 3;

/// The principal place of a frame: the dateline town, else the place named
/// most often, at least [`PRINCIPAL_PLACE_MENTIONS`] times and strictly
/// more often than any other, and named in the headline or the lead
/// ([`Frame::lead_places`]).
pub fn principal_place(f: &Frame) -> Option<(u64, u32)> {
    let top = *f.places.first()?;
    if let Some(d) = f.dateline {
        return f.places.iter().find(|p| p.0 == d).copied();
    }
    match f.places.get(1) {
        Some(second) if second.1 >= top.1 => None,
        _ => (top.1 >= PRINCIPAL_PLACE_MENTIONS && f.lead_places.binary_search(&top.0).is_ok())
            .then_some(top),
    }
}

fn mentions_of(f: &Frame, h: u64) -> u32 {
    f.places.iter().find(|p| p.0 == h).map_or(0, |p| p.1)
}

/// Whether two reports are set in different places: each has a principal
/// place ([`principal_place`]), they differ, and each names the other's
/// less than half as often as its own (in passing at most: "a shooting in
/// Macon, the second this month after one in Albany").
pub fn place_conflict(a: &Frame, b: &Frame) -> bool {
    let (Some(pa), Some(pb)) = (principal_place(a), principal_place(b)) else {
        return false;
    };
    pa.0 != pb.0 && mentions_of(b, pa.0) == 0 && mentions_of(a, pb.0) == 0
}
