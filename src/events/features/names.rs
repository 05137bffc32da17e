//! Proper names and actors a document names.
//!
//! Decides which runs of capitalised words are names the name finder missed
//! ([`name_phrases`]: a venue, a business, a ship), how a bare surname counts
//! towards the one person named in full (a person named once in full is the
//! same person at every later capitalised surname), and whether a person is
//! named after an official's title ([`official_title_before`]), so that a
//! police spokesperson quoted on two incidents is not read as their shared
//! main person.

use super::identify::{alpha_words, tail};
use super::words::inside;
use super::{Prominence, ORG};
use crate::facts::names::canonical_key;
use crate::facts::Fact;
use std::collections::HashMap;

/// Most words in a [`name_phrases`] run: longer runs of capitals are
/// titles and headlines, not names.
pub const MAX_NAME_WORDS: usize = 4;

/// The proper names a text states that its facts do not cover: runs of two
/// to [`MAX_NAME_WORDS`] capitalised words inside a sentence, right after a
/// lowercase word (not the sentence's first word, which is capitalised
/// anyway, nor a copyright line's company after its year), in lines of prose
/// ([`in_prose`](crate::events::frame::in_prose)) outside page furniture, that
/// overlap no fact. The name finder reads people, places and the
/// organisations it knows; a venue ("the Copper Kettle"), a business, a
/// ship or a named operation is the rarest detail two reports of one
/// incident share, and without this it counts only as common words
/// ("copper", "kettle"). Canonical keys, in text order; linear in the text.
pub fn name_phrases(text: &str, furniture: &[(usize, usize)], facts: &[&Fact]) -> Vec<String> {
    let mut out = Vec::new();
    // The facts' spans by start, and how far the facts starting before a
    // point reach: runs come in text order, so one pass over both tells
    // whether a fact covers a run (linear, whatever the facts' order).
    let mut spans: Vec<(usize, usize)> = facts.iter().map(|f| (f.span.start, f.span.end)).collect();
    spans.sort_unstable();
    let (mut next, mut reach) = (0, 0);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.trim().is_empty()
            || !crate::events::frame::in_prose(text, start, start)
            || (!furniture.is_empty() && inside(furniture, start, offset))
        {
            continue;
        }
        let mut run: Vec<(usize, usize)> = Vec::new();
        // The word before was a lowercase word ("at the", "arrested"): a
        // name starts only after one, not after a figure or a date
        // ("Copyright 2017 Valley Times Media").
        let mut after_lower = false;
        let mut flush = |run: &mut Vec<(usize, usize)>| {
            if (2..=MAX_NAME_WORDS).contains(&run.len()) {
                if let (Some(first), Some(last)) = (run.first(), run.last()) {
                    let (s, e) = (start + first.0, start + last.1);
                    while let Some(&(_, fe)) = spans.get(next).filter(|f| f.0 < e) {
                        reach = reach.max(fe);
                        next += 1;
                    }
                    let covered = reach > s;
                    let key = text.get(s..e).map(canonical_key).unwrap_or_default();
                    if !covered && !key.is_empty() {
                        out.push(key);
                    }
                }
            }
            run.clear();
        };
        let mut at = 0;
        for raw in line.split(' ') {
            let (ws, we) = (at, at + raw.len());
            at = we + 1;
            let lead = raw.len()
                - raw
                    .trim_start_matches(['"', '\'', '(', '\u{201c}', '\u{2018}'])
                    .len();
            let core = raw.get(lead..).unwrap_or("").trim_end();
            let word = core.trim_end_matches(|c: char| !c.is_alphanumeric());
            let word = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("\u{2019}s"))
                .unwrap_or(word);
            let capitalised = word.chars().count() >= 2
                && word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(char::is_alphabetic)
                && !word.chars().all(char::is_uppercase);
            let breaks = lead > 0 || word.len() < core.len();
            // "St.", "Capt.", "Mr.": a title's abbreviation ends no
            // sentence and starts no name.
            let abbreviation = core.ends_with('.')
                && word.len() + 1 == core.len()
                && word.len() <= 4
                && word.chars().next().is_some_and(char::is_uppercase);
            if capitalised && (after_lower || !run.is_empty()) && lead == 0 && !abbreviation {
                run.push((ws, ws + word.len()));
            } else if !abbreviation {
                flush(&mut run);
            }
            if breaks && !abbreviation {
                flush(&mut run);
            }
            if !core.is_empty() && !abbreviation {
                after_lower = !breaks
                    && lead == 0
                    && word.chars().next().is_some_and(char::is_lowercase)
                    && word.chars().all(char::is_alphabetic);
            }
        }
        flush(&mut run);
    }
    out
}

/// An actor while a document is read: first initial (or [`ORG`]) and
/// folded surname (or canonical key).
pub(super) type ActorKey = (char, String);

/// How often a document names an actor, and where first.
pub(super) type ActorCount = (u32, Prominence);

/// Adds the mentions of a bare surname ("Bush") to the one full name with
/// that surname in the same document ("r bush"), when there is exactly one:
/// news style names a person in full once, then by surname. The bare entry
/// keeps its own count too (it is its own feature), and the full name
/// takes the bare surname's prominence when it is higher (a headline names
/// "Bush", the lead "Reggie Bush"). `persons` is sorted by key.
pub(super) fn fold_surname_mentions(persons: &mut [(ActorKey, ActorCount)]) {
    for i in 0..persons.len() {
        if persons[i].0 .0 != ' ' {
            continue;
        }
        let (bare, seen) = persons[i].1;
        let mut full = persons
            .iter()
            .enumerate()
            .filter(|(_, p)| p.0 .0 != ' ' && p.0 .1 == persons[i].0 .1)
            .map(|(j, _)| j);
        if let (Some(j), None) = (full.next(), full.next()) {
            let (n, p) = persons[j].1;
            persons[j].1 = (n.saturating_add(bare), p.max(seen));
        }
    }
}

/// Counts each person named in full by the capitalised words of their
/// surname in the headline and the text (outside page furniture), when no
/// other person of the document has that surname: news style names a
/// person in full once, then by surname ("The 23-year-old Bush will miss
/// ..."), and the name finder reads a bare surname as a name only in some
/// sentences. A person's count becomes the larger of the two; where the
/// surname first appears raises the prominence (the headline names
/// "Bush", the text "Reggie Bush"). `persons` is sorted by key. Linear in
/// the text.
pub(super) fn count_surname_words(
    title: &str,
    text: &str,
    furniture: &[(usize, usize)],
    (opening, lead): (usize, usize),
    persons: &mut [(ActorKey, ActorCount)],
) {
    let mut index: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, ((initial, surname), _)) in persons.iter().enumerate() {
        if *initial == ' ' || *initial == ORG || surname.chars().count() < 3 {
            continue;
        }
        index
            .entry(surname.as_str())
            .and_modify(|e| *e = None)
            .or_insert(Some(i));
    }
    if index.values().all(Option::is_none) {
        return;
    }
    let mut found: Vec<(u32, Prominence)> = vec![(0, Prominence::Body); persons.len()];
    let mut scan = |s: &str, in_title: bool| {
        let mut at = 0;
        for w in s.split(|c: char| !c.is_alphanumeric()) {
            let start = at;
            at += w.len() + 1;
            if !w.chars().next().is_some_and(char::is_uppercase)
                || (!in_title && inside(furniture, start, start + w.len()))
            {
                continue;
            }
            let key = canonical_key(w);
            let Some(Some(i)) = index.get(key.as_str()) else {
                continue;
            };
            let prominence = if in_title || start < opening {
                Prominence::Headline
            } else if start < lead {
                Prominence::Lead
            } else {
                Prominence::Body
            };
            if let Some(f) = found.get_mut(*i) {
                *f = (f.0.saturating_add(1), f.1.max(prominence));
            }
        }
    };
    scan(title, true);
    scan(text, false);
    for (p, (n, prominence)) in persons.iter_mut().zip(found) {
        if n > p.1 .0 {
            p.1 = (n, p.1 .1.max(prominence));
        }
    }
}

/// Titles of the officials news reports quote on an incident (police,
/// sheriff's office, fire service, coroner, spokespeople), in lower case,
/// abbreviations without their point, sorted for binary search.
pub(super) const OFFICIAL_TITLES: &[&str] = &[
    "capt",
    "captain",
    "chief",
    "commander",
    "commissioner",
    "constable",
    "coroner",
    "cpl",
    "deputy",
    "det",
    "detective",
    "examiner",
    "inspector",
    "investigator",
    "lieutenant",
    "lt",
    "marshal",
    "officer",
    "sergeant",
    "sgt",
    "sheriff",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
    "trooper",
];

/// Whether the word right before byte `start` of `text` is an official's
/// title (`OFFICIAL_TITLES`): "Sgt. Nadine Okoro", "Police Chief Ron
/// Tolliver", "Coroner Vic Santangelo".
pub fn official_title_before(text: &str, start: usize) -> bool {
    let before = tail(text, start, 32);
    let trimmed = before.trim_end_matches([' ', '.']);
    if trimmed.len() == before.len() || !trimmed.ends_with(char::is_alphabetic) {
        return false;
    }
    alpha_words(trimmed)
        .next_back()
        .is_some_and(|w| OFFICIAL_TITLES.binary_search(&w.as_str()).is_ok())
}
