//! What an event is, for its heading: a title, a main date and a place.
//!
//! Consumes the report's documents (headlines, texts, publication dates)
//! and an event's [`FactReport`]s; produces a [`Heading`]:
//!
//! - **title**: the event's most central headline, the one closest to the
//!   others' (TF-IDF cosine over headline words, with document frequencies
//!   from every headline of the report, so words every headline has weigh
//!   little and the event's own words weigh much); ties go to the first in
//!   input order. Chosen among the headlines of 4 to 20 words when there
//!   is one: a shorter one is a label ("Deputy Sheriff"), a longer one a
//!   lead sentence. When no document of the event has a headline, the
//!   first sentences of its documents stand in for them.
//! - **date**: the calendar day the most documents state (at least two),
//!   else the publication day most documents carry.
//! - **place**: the place the most documents name, two at least when the
//!   event has two (one document's place may be background); a town or
//!   region before a street address (ties: the most mentions, then the
//!   first named).
//!
//! Deterministic: input order breaks every tie.

use super::show;
use super::{DocInput, FactReport};
use crate::document::{DocIndex, Span};
use crate::facts::{FactKind, FactValue};
use serde::Serialize;
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Longest title kept from a first sentence, in characters.
const MAX_SENTENCE_TITLE: usize = 200;

/// Bytes of a text's start read for its first sentence.
const FIRST_SENTENCE_BYTES: usize = 1200;

/// Where an event's title comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleFrom {
    /// A document's headline (`title`).
    Headline,
    /// The first sentence of a document's text (no document of the event
    /// has a headline).
    FirstSentence,
}

/// Where an event's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateFrom {
    /// The day the most documents state in their text (two or more).
    Text,
    /// The publication day the most documents carry.
    Published,
}

/// An event's title, date and place.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Heading {
    pub title: Option<String>,
    pub title_from: Option<TitleFrom>,
    pub title_document: Option<String>,
    pub date: Option<String>,
    pub date_from: Option<DateFrom>,
    pub place: Option<String>,
}

/// Document frequencies of words over a set of lines (headlines, or first
/// sentences).
pub(crate) struct WordStats {
    df: HashMap<String, u32>,
    lines: u32,
}

impl WordStats {
    pub(crate) fn new<'a>(lines: impl Iterator<Item = &'a str>) -> WordStats {
        let mut df: HashMap<String, u32> = HashMap::new();
        let mut n = 0u32;
        for l in lines {
            n = n.saturating_add(1);
            for w in words(l) {
                *df.entry(w).or_default() += 1;
            }
        }
        WordStats { df, lines: n }
    }

    /// Smoothed inverse document frequency (never below 1).
    fn idf(&self, w: &str) -> f64 {
        let df = f64::from(self.df.get(w).copied().unwrap_or(0));
        ((1.0 + f64::from(self.lines)) / (1.0 + df)).ln() + 1.0
    }
}

/// The words of a line compared for centrality: lower case, split at
/// anything not a letter or digit, plurals folded, one-letter words left
/// out.
fn words(line: &str) -> BTreeSet<String> {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(|w| {
            let w = w.to_lowercase();
            crate::events::features::stem_plural(&w).to_string()
        })
        .collect()
}

/// Fewest words of a headline that says what happened: shorter ones are
/// labels ("Deputy Sheriff", "FIRED IN PHILLY!!", "Death for Orozco")
/// that name a topic, not an event.
const MIN_HEADLINE_WORDS: usize = 4;

/// Most words of a headline: longer ones are a lead sentence standing in
/// for one.
const MAX_HEADLINE_WORDS: usize = 20;

/// Words of a line as a reader counts them (runs of non-space holding a
/// letter or digit).
fn word_count(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether a headline has the length of one that says what happened
/// ([`MIN_HEADLINE_WORDS`] to [`MAX_HEADLINE_WORDS`] words).
fn tells_the_event(line: &str) -> bool {
    (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&word_count(line))
}

/// The index (into `lines`) of the line closest to the others: the highest
/// sum of TF-IDF cosines with every other line; ties go to the first.
pub(crate) fn central(lines: &[&str], stats: &WordStats) -> Option<usize> {
    central_among(lines, stats, |_| true)
}

/// [`central`] among the lines `eligible` accepts (closeness is still
/// measured to every line); `None` when it accepts none.
fn central_among(
    lines: &[&str],
    stats: &WordStats,
    eligible: impl Fn(&str) -> bool,
) -> Option<usize> {
    let vecs: Vec<BTreeMap<String, f64>> = lines
        .iter()
        .map(|l| {
            words(l)
                .into_iter()
                .map(|w| {
                    let x = stats.idf(&w);
                    (w, x)
                })
                .collect()
        })
        .collect();
    let norms: Vec<f64> = vecs
        .iter()
        .map(|v| v.values().map(|x| x * x).sum::<f64>().sqrt())
        .collect();
    let cos = |i: usize, j: usize| {
        if norms[i] == 0.0 || norms[j] == 0.0 {
            return 0.0;
        }
        let dot: f64 = vecs[i]
            .iter()
            .filter_map(|(w, x)| vecs[j].get(w).map(|y| x * y))
            .sum();
        dot / (norms[i] * norms[j])
    };
    let mut best: Option<(usize, f64)> = None;
    for i in (0..lines.len()).filter(|&i| eligible(lines[i])) {
        let score: f64 = (0..lines.len())
            .filter(|&j| j != i)
            .map(|j| cos(i, j))
            .sum();
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// The first sentence of a text, whitespace collapsed, at most
/// [`MAX_SENTENCE_TITLE`] characters; `None` when the text has no word.
pub(crate) fn first_sentence(text: &str) -> Option<String> {
    let mut end = text.len().min(FIRST_SENTENCE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let prefix = &text[..end];
    let start = prefix.find(char::is_alphanumeric)?;
    let len = prefix[start..].chars().next()?.len_utf8();
    let s = crate::compare::sentence_around(prefix, Span::new(start, start + len));
    let sentence = show::clip(prefix.get(s.start..s.end)?, MAX_SENTENCE_TITLE);
    (!sentence.is_empty()).then_some(sentence)
}

/// The year an ISO date value starts in ("2008" of "2008-12", "2008-W50",
/// "2008-12-18/2009-03-18").
fn year_of(iso: &str) -> Option<i32> {
    let y = iso.get(..4)?;
    let next = iso.as_bytes().get(4);
    (y.bytes().all(|c| c.is_ascii_digit()) && next.is_none_or(|c| !c.is_ascii_digit()))
        .then(|| y.parse().ok())
        .flatten()
}

/// An event's main date from its date facts (`order`: position of each
/// document in the event) and its documents' publication days:
///
/// 1. the calendar day stated by the most documents (at least two; ties:
///    the first stated), among the recent ones: a day more than a year
///    before the latest year two documents state, or a publication year,
///    is background (a birth, an earlier case);
/// 2. else a day without year ("--08-29") two or more documents state;
/// 3. else the publication day most documents carry (ties: the earliest).
fn main_date(
    facts: &[FactReport],
    order: &HashMap<&str, usize>,
    published: &[&str],
) -> Option<(String, DateFrom)> {
    type Stated<'a> = BTreeMap<String, (BTreeSet<&'a str>, (usize, usize))>;
    let mut days: Stated<'_> = BTreeMap::new();
    let mut yearless: Stated<'_> = BTreeMap::new();
    let mut years: BTreeMap<i32, BTreeSet<&str>> = BTreeMap::new();
    for f in facts.iter().filter(|f| f.kind == FactKind::Date) {
        for v in &f.values {
            let Some(iso) = (match &v.value {
                FactValue::Date(d) => d.iso(),
                _ => None,
            }) else {
                continue;
            };
            let iso = iso.as_str();
            let mut table = if iso.len() == 10 && day_of(iso).is_some() {
                Some(&mut days)
            } else if iso.len() == 7
                && iso.starts_with("--")
                && iso[2..4]
                    .bytes()
                    .chain(iso[5..].bytes())
                    .all(|c| c.is_ascii_digit())
            {
                Some(&mut yearless)
            } else {
                None
            };
            for m in &v.mentions {
                if let Some(y) = year_of(iso) {
                    years.entry(y).or_default().insert(&m.doc);
                }
                if let Some(t) = table.as_deref_mut() {
                    let at = (
                        order.get(m.doc.as_str()).copied().unwrap_or(usize::MAX),
                        m.start,
                    );
                    let e = t
                        .entry(iso.to_string())
                        .or_insert_with(|| (BTreeSet::new(), at));
                    e.0.insert(&m.doc);
                    e.1 = e.1.min(at);
                }
            }
        }
    }
    let latest = years
        .iter()
        .filter(|(_, ds)| ds.len() >= 2)
        .map(|(&y, _)| y)
        .chain(published.iter().filter_map(|p| year_of(p)))
        .max();
    let recent = |iso: &str| match (year_of(iso), latest) {
        (Some(y), Some(l)) => y + 1 >= l,
        _ => true,
    };
    let best = |t: &Stated<'_>| {
        t.iter()
            .filter(|(d, (ds, _))| ds.len() >= 2 && recent(d))
            .max_by(|a, b| {
                (a.1 .0.len())
                    .cmp(&b.1 .0.len())
                    .then_with(|| b.1 .1.cmp(&a.1 .1))
            })
            .map(|(d, _)| d.clone())
    };
    if let Some(d) = best(&days).or_else(|| best(&yearless)) {
        return Some((d, DateFrom::Text));
    }
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for p in published {
        *count.entry(p).or_default() += 1;
    }
    // Most documents; ties: the earliest day.
    count
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(d, _)| ((*d).to_string(), DateFrom::Published))
}

/// Whether a place name is a street address ("High Street", "Joliet
/// Avenue"): where in a town something happened, which says little
/// without the town (most British towns have a High Street).
fn is_street(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| crate::lex::words::is_street_word(&w.to_lowercase()))
}

/// A headline worth showing: trimmed, whitespace collapsed, not empty.
pub(crate) fn headline(d: &DocInput<'_>) -> Option<String> {
    let t = show::collapse(d.doc.meta.title.as_deref()?);
    (t.chars().any(char::is_alphanumeric)).then_some(t)
}

/// `YYYY-MM-DD` at the start of `s`, when it is one.
pub(crate) fn day_of(s: &str) -> Option<&str> {
    let d = s.get(..10)?;
    let b = d.as_bytes();
    let ok = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    let ends = s.as_bytes().get(10).is_none_or(|c| !c.is_ascii_digit());
    (ok && ends).then_some(d)
}

/// The word statistics of every headline, and (built on first use) of
/// every first sentence.
pub(crate) struct Corpus<'a> {
    docs: &'a [DocInput<'a>],
    titles: WordStats,
    sentences: OnceCell<WordStats>,
}

impl<'a> Corpus<'a> {
    pub(crate) fn new(docs: &'a [DocInput<'a>]) -> Corpus<'a> {
        let titles: Vec<String> = docs.iter().filter_map(headline).collect();
        Corpus {
            docs,
            titles: WordStats::new(titles.iter().map(String::as_str)),
            sentences: OnceCell::new(),
        }
    }

    fn sentences(&self) -> &WordStats {
        self.sentences.get_or_init(|| {
            let lines: Vec<String> = self
                .docs
                .iter()
                .filter_map(|d| first_sentence(&d.doc.text))
                .collect();
            WordStats::new(lines.iter().map(String::as_str))
        })
    }
}

/// The title, date and place of one event: `members` are its documents
/// (input order), `facts` its aligned facts.
pub(crate) fn heading(corpus: &Corpus<'_>, members: &[DocIndex], facts: &[FactReport]) -> Heading {
    let docs = corpus.docs;
    let member = |d: DocIndex| docs.get(d as usize);
    let mut h = Heading::default();
    // Title: the central headline, else the central first sentence.
    let headed: Vec<(DocIndex, String)> = members
        .iter()
        .filter_map(|&d| Some((d, headline(member(d)?)?)))
        .collect();
    let (lines, from, stats) = if headed.is_empty() {
        let lines: Vec<(DocIndex, String)> = members
            .iter()
            .filter_map(|&d| Some((d, first_sentence(&member(d)?.doc.text)?)))
            .collect();
        (lines, TitleFrom::FirstSentence, corpus.sentences())
    } else {
        (headed, TitleFrom::Headline, &corpus.titles)
    };
    let texts: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
    // A headline that says what happened, when the event has one.
    let picked = match from {
        TitleFrom::Headline => central_among(&texts, stats, tells_the_event),
        TitleFrom::FirstSentence => None,
    };
    if let Some(i) = picked.or_else(|| central(&texts, stats)) {
        h.title = Some(lines[i].1.clone());
        h.title_from = Some(from);
        h.title_document = member(lines[i].0).map(|d| d.doc.id.0.clone());
    }
    let order: HashMap<&str, usize> = members
        .iter()
        .enumerate()
        .filter_map(|(i, &d)| Some((member(d)?.doc.id.0.as_str(), i)))
        .collect();
    let published: Vec<&str> = members
        .iter()
        .filter_map(|&d| member(d)?.published.and_then(day_of))
        .collect();
    if let Some((d, from)) = main_date(facts, &order, &published) {
        h.date = Some(d);
        h.date_from = Some(from);
    }
    // Place: named by two or more documents (by its one document when it
    // has one); a town or region before a street; then named by the most
    // documents, the most mentions, first in the facts' order.
    let needed = members.len().min(2);
    let mut best: Option<(&str, (bool, usize, usize))> = None;
    for f in facts.iter().filter(|f| f.kind == FactKind::Place) {
        let ds: BTreeSet<&str> = f
            .values
            .iter()
            .flat_map(|v| v.documents.iter().map(String::as_str))
            .collect();
        if ds.len() < needed {
            continue;
        }
        let mentions: usize = f.values.iter().map(|v| v.mentions.len()).sum();
        let rank = (!is_street(&f.key), ds.len(), mentions);
        if best.is_none_or(|(_, b)| rank > b) {
            best = Some((f.key.as_str(), rank));
        }
    }
    h.place = best.map(|(p, _)| p.to_string());
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_central_headline_shares_most_with_the_others() {
        let all = [
            "Another day in Hollywood; another star in rehab.",
            "Tara Reid checks into rehab",
            "Publicist: Tara Reid has checked herself into rehab",
            "Tara Reid enters Promises rehab centre in Malibu",
            "Council backs flood plan",
            "The mayor and the council",
        ];
        let stats = WordStats::new(all.iter().copied());
        assert_eq!(central(&all[..4], &stats), Some(1));
        // Ties (identical lines) go to the first.
        let same = ["Flood plan approved", "Flood plan approved"];
        assert_eq!(central(&same, &stats), Some(0));
        assert_eq!(central(&[], &stats), None);
        assert_eq!(central(&["Only one"], &stats), Some(0));
    }

    #[test]
    fn a_label_headline_is_not_the_title() {
        // The two-word label shares both its words with every other line
        // and has no other: it is the closest, but says nothing happened.
        let lines = [
            "Harbour Fire",
            "Harbour fire destroys three fishing boats",
            "Three boats lost in harbour fire overnight",
            "Harbour fire: owners count the cost",
            "The owners of three fishing boats destroyed when a fire swept through the harbour overnight said on Monday they had no insurance and would sell the moorings",
        ];
        let stats = WordStats::new(lines.iter().copied());
        assert_eq!(central(&lines, &stats), Some(0));
        let c = central_among(&lines, &stats, tells_the_event).unwrap();
        assert!((1..=3).contains(&c), "{}", lines[c]);
        assert!(!tells_the_event(lines[4]), "a lead sentence");
        assert_eq!(word_count("FIRED IN PHILLY!! —"), 3);
        // Only labels: the closest of them.
        let labels = ["Harbour Fire", "Fire"];
        assert_eq!(central_among(&labels, &stats, tells_the_event), None);
    }

    #[test]
    fn words_every_headline_has_weigh_little() {
        // "the" is in every line: the line sharing "flood plan" with two
        // others is central, not the one sharing "the" with all.
        let lines = [
            "The flood plan passes",
            "The vote on the flood plan",
            "The town hall and the mayor and the council",
            "Flood plan approved by the council",
        ];
        let stats = WordStats::new(lines.iter().copied());
        let c = central(&lines, &stats).unwrap();
        assert!(
            lines[c].to_lowercase().contains("flood plan"),
            "{}",
            lines[c]
        );
    }

    #[test]
    fn streets_are_addresses() {
        assert!(is_street("High Street"));
        assert!(is_street("Joliet Ave."));
        assert!(is_street("Carson St"));
        assert!(!is_street("Stockholm"));
        assert!(!is_street("Lake County"));
    }

    #[test]
    fn first_sentence_and_days() {
        assert_eq!(
            first_sentence("  Police said on Friday the fire was set. Nobody was hurt.").as_deref(),
            Some("Police said on Friday the fire was set.")
        );
        assert_eq!(
            first_sentence("A headline line\nThe body starts here.").as_deref(),
            Some("A headline line")
        );
        assert_eq!(first_sentence(" … "), None);
        assert_eq!(day_of("2024-03-13"), Some("2024-03-13"));
        assert_eq!(day_of("2024-03-13T08:00:00Z"), Some("2024-03-13"));
        assert_eq!(day_of("2024-03"), None);
        assert_eq!(day_of("2024-03-131"), None);
        assert_eq!(day_of("March 13, 2024"), None);
    }
}
