//! Where a local incident report is set, in names no gazetteer holds.
//!
//! Consumes a report's headline and lead (the text up to
//! [`lead_end`](super::frame::lead_end)) with the name finder's facts;
//! produces the names of the places the report sets its incident in
//! ([`scene_names`]), each as the content-word features of its words, and
//! the test that two reports are set in different places
//! ([`locality_conflict`]).
//!
//! Local news sets an incident in a suburb, a district or a small town
//! that no list holds: "stabbed in Ashcombe Vale", "a crash at Marrowby", "a
//! home invasion at Fernleigh, west of Perth", "on the River Walk ... San
//! Antonio police said". The constructions read, in the headline and the
//! lead of a report that tells an incident ([`INCIDENT_WORDS`]):
//!
//! - a capitalised name of one to three words right after "in", "at",
//!   "near" or "outside" ("in Moss Side", "at Surfers Paradise"), ending
//!   its phrase, that is not a street, a site (a hospital, a lake, a
//!   motorway; a lake, a beach or a river is a scene), a day or a holiday
//!   ("Easter Saturday"), an organisation the name finder read, another
//!   incident's town ("elsewhere in Eastmere"), an outlet ("the Gold Coast
//!   Herald" never follows the preposition bare), nor a state or a
//!   country (wider than any town: `REGIONS` and the gazetteer's);
//! - the city whose police or fire department speak ("San Antonio police
//!   said", "according to Houston police", "Memphis Fire Department
//!   divers"), and the town before a possessive that names a quarter of it
//!   ("in Dallas's Cedar Flats", "in Perth's west");
//! - the wider place a suburb is told from: "at Fernleigh, west of Perth",
//!   "a suburb of Ipswich". Both names are the report's, so a report of
//!   the suburb and one of the city it lies in are compatible.
//!
//! Two reports each with such names, neither naming any of the other's
//! anywhere (in capitalised words, [`Frame::capitals`]), sharing no age of
//! a named person and no scene street, are set in different places: the
//! [`PlacesDiffer`](super::score::HardRule::PlacesDiffer) rule, which a
//! main person both share still switches off.

mod lists;
#[cfg(test)]
mod tests;

use crate::events::features::{feature_hash, stem_plural};
use crate::events::frame::{in_capitals, names_scene_of, Frame};
use crate::facts::{Fact, FactKind};
pub use lists::INCIDENT_WORDS;
use lists::{
    not_a_town_modifier, FROM_WORDS, MAX_NAME_WORDS, NOT_TOWN_LAST, NOT_TOWN_POLICE, PERSON_NOUNS,
    PLACE_PREPOSITIONS, QUARTER_WORDS, REGIONS, TIME_WORDS,
};

/// A word of a text: its byte span, and whether what separates it from
/// the next word is a single space (no punctuation).
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// A single space follows before the next word.
    spaced: bool,
    /// A possessive "'s" ends it (not part of `text`).
    possessive: bool,
}

/// The words of `text` (letters, digits, inner hyphens and apostrophes),
/// a possessive "'s" split off.
fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word<'_>> = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}';
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push_word(text, s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_word(text, s, text.len(), &mut out);
    }
    let n = out.len();
    for i in 0..n.saturating_sub(1) {
        let (end, next) = (out[i].end, out[i + 1].start);
        out[i].spaced = text.get(end..next) == Some(" ");
    }
    out
}

/// Pushes the word at bytes `s..e` of `text` (its outer punctuation
/// trimmed, a possessive split off) onto `out`.
fn push_word<'a>(text: &'a str, s: usize, e: usize, out: &mut Vec<Word<'a>>) {
    let Some(span) = text.get(s..e) else { return };
    let raw = span.trim_matches(|c: char| !c.is_alphanumeric());
    if raw.is_empty() {
        return;
    }
    let s = s + span.find(raw).unwrap_or(0);
    // "Grand Rapids' southeast side": the apostrophe after a final "s"
    let after = text.get(s + raw.len()..).unwrap_or("");
    if raw.ends_with('s') && (after.starts_with('\'') || after.starts_with('\u{2019}')) {
        out.push(Word {
            text: raw,
            start: s,
            end: s + raw.len() + 1,
            spaced: false,
            possessive: true,
        });
        return;
    }
    let (body, possessive) = match raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("\u{2019}s"))
    {
        Some(b) if !b.is_empty() => (b, true),
        _ => (raw, false),
    };
    out.push(Word {
        text: body,
        start: s,
        end: s + raw.len(),
        spaced: false,
        possessive,
    });
}

/// Whether a word is capitalised as a name is ("Fernleigh", "Dunmore"), not
/// written in capitals throughout (an outlet's "KSAO", a heading).
fn capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// The canonical key of a run of words: lower case, single spaces.
fn key_of(ws: &[Word<'_>]) -> String {
    ws.iter()
        .map(|w| w.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a name's key is a state, a country or a region
/// ([`REGIONS`]), or a place the gazetteer lists when `listed_ok` is
/// false (a name after a preposition: "in Texas", "in Australia").
fn wider_than_town(key: &str, listed_ok: bool) -> bool {
    use crate::facts::names::lexicon::{gazetteer, GazKind};
    REGIONS.binary_search(&key).is_ok()
        || (!listed_ok && matches!(gazetteer().get(key), Some((GazKind::Place, _))))
}

/// Whether the name finder read an organisation over the bytes
/// `start..end` of the text its `facts` are of ("at Walmart"). A lone
/// unknown word it read as a person is no evidence here: right after a
/// preposition of place, a name is a place far more often ("near
/// Calloway").
fn organisation(facts: &[&Fact], start: usize, end: usize) -> bool {
    facts
        .iter()
        .any(|f| f.kind == FactKind::Org && f.span.start < end && start < f.span.end)
}

/// The content-word features of a name's words (as
/// [`Frame::capitals`] holds them), or none when a word is shorter than
/// three letters (it could never be found among another report's
/// capitalised words).
fn name_features(ws: &[Word<'_>]) -> Option<Box<[u64]>> {
    let mut out = Vec::with_capacity(ws.len());
    let mut folded = String::new();
    for w in ws {
        let low = w.text.to_lowercase();
        if low.chars().count() < 3 {
            return None;
        }
        folded.clear();
        crate::facts::names::lexicon::fold_into(&low, &mut folded);
        out.push(feature_hash("w", stem_plural(&folded)));
    }
    (!out.is_empty()).then(|| out.into_boxed_slice())
}

/// The run of capitalised words from `ws[from]` on, at most
/// [`MAX_NAME_WORDS`], joined by single spaces; a possessive ends it.
/// `None` when the run is longer (a title, a heading) or there is none.
fn name_run<'a, 'w>(ws: &'w [Word<'a>], from: usize) -> Option<&'w [Word<'a>]> {
    let mut end = from;
    while let Some(w) = ws.get(end) {
        if !capitalised(w.text) {
            break;
        }
        end += 1;
        if w.possessive || !w.spaced {
            break;
        }
    }
    let n = end - from;
    if n == 0 || n > MAX_NAME_WORDS {
        return None;
    }
    // A capitalised word right after a run that stopped at its limit: the
    // name is longer than any town's.
    if ws.get(end - 1).is_some_and(|w| w.spaced && !w.possessive)
        && ws.get(end).is_some_and(|w| capitalised(w.text))
    {
        return None;
    }
    ws.get(from..end)
}

/// Whether a run of words can be a town's name: no time word first, no
/// site, street or outlet word last.
fn town_like(run: &[Word<'_>]) -> bool {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    let first = first.text.to_lowercase();
    let last = last.text.to_lowercase();
    TIME_WORDS.binary_search(&first.as_str()).is_err()
        && first != "the"
        && NOT_TOWN_LAST.binary_search(&last.as_str()).is_err()
        && !crate::lex::words::is_street_word(&last)
}

/// Where a text (a headline or a lead) sets its incident: the names of
/// the constructions the [module](self) reads, each as the content-word
/// features of its words, appended to `out` (distinct).
fn scene_names_in(text: &str, facts: &[&Fact], out: &mut Vec<Box<[u64]>>) {
    let ws = words(text);
    let add = |run: &[Word<'_>], out: &mut Vec<Box<[u64]>>| {
        if let Some(f) = name_features(run) {
            if !out.contains(&f) {
                out.push(f);
            }
        }
    };
    for (i, w) in ws.iter().enumerate() {
        let low = w.text.to_lowercase();
        let after_word = ws.get(i + 1).filter(|_| w.spaced && !w.possessive);
        // "in Ashcombe Vale", "at Fernleigh", "in Dallas's Cedar Flats"
        if PLACE_PREPOSITIONS.contains(&w.text) {
            let Some(run) = after_word.and(name_run(&ws, i + 1)) else {
                continue;
            };
            let (Some(first), Some(last)) = (run.first(), run.last()) else {
                continue;
            };
            // "a shooting elsewhere in Eastmere" is another incident's town
            let elsewhere = i > 0 && ws.get(i - 1).is_some_and(|p| p.text == "elsewhere");
            let key = key_of(run);
            if last.possessive {
                // the town a quarter is of: "in Dallas's Cedar Flats",
                // "in Perth's west", not "at Harper's home"
                let end = i + 1 + run.len();
                let quarter = ws.get(end).is_some_and(|q| {
                    capitalised(q.text) || QUARTER_WORDS.contains(&q.text.to_lowercase().as_str())
                });
                if quarter && !elsewhere && town_like(run) && !wider_than_town(&key, true) {
                    add(run, out);
                }
                continue;
            }
            if !elsewhere
                && town_like(run)
                && !wider_than_town(&key, false)
                && !organisation(facts, first.start, last.end)
            {
                add(run, out);
            }
            continue;
        }
        // "a Hazelmere teenager", "a Calloway boy": where a victim is
        // from, in an incident's lead, is its town more often than not
        if PERSON_NOUNS.binary_search(&low.as_str()).is_ok() && i > 0 {
            let mut from = i;
            while from > 0
                && i - from < 2
                && ws
                    .get(from - 1)
                    .is_some_and(|p| p.spaced && !p.possessive && capitalised(p.text))
            {
                from -= 1;
            }
            let article = from > 0
                && ws
                    .get(from - 1)
                    .is_some_and(|p| p.spaced && matches!(p.text, "a" | "an" | "A" | "An" | "the"));
            if let Some(run) = ws.get(from..i).filter(|r| !r.is_empty() && article) {
                let (Some(first), Some(last)) = (run.first(), run.last()) else {
                    continue;
                };
                if town_like(run)
                    && !wider_than_town(&key_of(run), false)
                    && !run.iter().any(|w| not_a_town_modifier(w.text))
                    && !organisation(facts, first.start, last.end)
                {
                    add(run, out);
                }
            }
            continue;
        }
        // "San Antonio police said", "according to Houston police"
        let agency = low == "police"
            || (low == "fire"
                && ws.get(i + 1).is_some_and(|n| {
                    matches!(n.text, "Department" | "Rescue" | "department" | "rescue")
                }));
        if agency && i > 0 {
            let mut from = i;
            while from > 0
                && i - from < MAX_NAME_WORDS
                && ws
                    .get(from - 1)
                    .is_some_and(|p| p.spaced && !p.possessive && capitalised(p.text))
            {
                from -= 1;
            }
            if let Some(run) = ws.get(from..i).filter(|r| !r.is_empty()) {
                let before_is_name = from > 0
                    && ws
                        .get(from - 1)
                        .is_some_and(|p| p.spaced && capitalised(p.text));
                let force = run
                    .first()
                    .is_some_and(|w| NOT_TOWN_POLICE.contains(&w.text.to_lowercase().as_str()));
                if !before_is_name
                    && !force
                    && town_like(run)
                    && !wider_than_town(&key_of(run), true)
                {
                    add(run, out);
                }
            }
            continue;
        }
        // "west of Perth", "a suburb of Ipswich"
        if FROM_WORDS.binary_search(&low.as_str()).is_ok()
            && after_word.is_some_and(|n| n.text == "of" && n.spaced)
        {
            if let Some(run) = name_run(&ws, i + 2) {
                if town_like(run) && !wider_than_town(&key_of(run), true) {
                    add(run, out);
                }
            }
        }
    }
}

/// Whether a headline or a lead tells an incident ([`INCIDENT_WORDS`]).
fn tells_incident(text: &str) -> bool {
    words(text).iter().any(|w| {
        let low = w.text.to_lowercase();
        INCIDENT_WORDS.binary_search(&low.as_str()).is_ok()
    })
}

/// The places a report of an incident sets it in, from its headline
/// (`title`, with its facts) and its lead (`lead`, the first bytes of the
/// text, with the facts of the text): the names the [module](self) reads,
/// each as content-word features, in the order read (headline first),
/// distinct, at most [`super::frame::MAX_FRAME_ITEMS`]. Empty when neither
/// tells an incident ([`INCIDENT_WORDS`]).
pub fn scene_names(
    title: &str,
    title_facts: &[&Fact],
    lead: &str,
    lead_facts: &[&Fact],
) -> Box<[Box<[u64]>]> {
    if !tells_incident(title) && !tells_incident(lead) {
        return Box::default();
    }
    let mut out = Vec::new();
    scene_names_in(title, title_facts, &mut out);
    scene_names_in(lead, lead_facts, &mut out);
    out.truncate(super::frame::MAX_FRAME_ITEMS);
    out.into_boxed_slice()
}

/// Whether two reports are set in different places by the names their
/// headlines and leads give ([`Frame::scene_names`]): both give some,
/// neither names any of the other's anywhere (every word of the name
/// among its capitalised words: a suburb's report that says "west of
/// Brisbane", a city's report that names the suburb further down), and
/// they share no identifying detail (no age of a named person, no scene
/// street either names).
pub fn locality_conflict(a: &Frame, b: &Frame) -> bool {
    !a.scene_names.is_empty()
        && !b.scene_names.is_empty()
        && !a.scene_names.iter().any(|n| in_capitals(b, n))
        && !b.scene_names.iter().any(|n| in_capitals(a, n))
        && !a.ages.iter().any(|x| b.ages.contains(x))
        && !names_scene_of(a, b)
        && !names_scene_of(b, a)
}
