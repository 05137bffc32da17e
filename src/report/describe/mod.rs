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
//!   lead sentence; among those, first the ones written as headlines (no
//!   full stop, no question, shown whole), then those that ask nothing
//!   and fit, then those that ask nothing. When no document of the event
//!   has a headline, a line at the head of a text written as one stands
//!   in (`headline_line`: a plain-text file saved from a web page); when
//!   none has that either, the first sentences of its documents do.
//! - **date**: the calendar day the most documents state in their lead
//!   (at least one does, and two state it), among the days the text gives
//!   as the event's: a day in a "since", "before", "after" clause or a
//!   clause of what will be, a day that modifies a noun ("its Nov. 22
//!   release date", "the March 11 incident"), a holiday as a modifier
//!   ("Christmas shoppers"), or a day outside a document's news window
//!   (after its publication day or more than two weeks before) is
//!   background; else a day one document states in full in its lead
//!   whose weekday undated documents name in theirs; else the publication
//!   day most documents carry; else none.
//! - **place**: a place named as where it happened by two or more
//!   documents (by its one document when it has one), or a dateline's; not
//!   a demonym ("Australian"), a work's title in quotes, a home or a seat
//!   ("the Alabama native", "Canada-based", "based in Sunnyvale", "an
//!   Alabama physician", "a Silicon Valley start-up"), an opponent
//!   ("before facing Seattle"), a place in a clause about another time or
//!   about someone's movement or pursuit ("moves to", "while filming
//!   in"), a currency's country ("US$"), part of an organisation's name
//!   ("BBC America") or an item of a list of places. Ranked: a town or
//!   region before a street address; then the most datelines, the most
//!   leads setting the event there ("in"/"at") when two or more agree,
//!   the most documents naming it, the most such leads, the most
//!   mentions, the first named.
//!
//! Deterministic: input order breaks every tie.
//!
//! One file per part: `title.rs`, `date.rs`, `place.rs`; this file holds the
//! clause helpers they share and [`heading`], which puts them together.

use super::show;
use super::{DocInput, FactReport};
use crate::document::{DocIndex, Span};
use crate::facts::{FactKind, FactValue};
use serde::Serialize;
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

mod date;
mod place;
mod title;

use date::*;
use place::*;
pub(crate) use title::TITLE_CHARS;
use title::*;

/// Where an event's title comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleFrom {
    /// A document's headline (`title`).
    Headline,
    /// A line at the head of a document's text written as a headline (no
    /// document of the event has a `title`; rule `headline_line`).
    HeadlineLine,
    /// The first sentence of a document's text (no document of the event
    /// has a headline, in its `title` or as a line of its text).
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

/// Words that open a clause about another time than the event's: a date
/// or place after one of them, in the same clause, is background ("since
/// she became the candidate on Aug. 29", "two weeks before Christmas",
/// "after last week's loss at Chicago", "ahead of Sunday's game").
const OTHER_TIME_LEADS: &[&str] = &[
    "after", "ahead", "before", "prior", "since", "till", "until",
];

/// Words of the clause before a mention, lower case, nearest last: at
/// most `n`, back to the sentence start or a clause break (comma, colon,
/// semicolon, dash, bracket, quote, line break).
fn clause_words_before(text: &str, start: usize, n: usize) -> Vec<String> {
    let mut from = start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start).unwrap_or("");
    let clause = before
        .rfind([
            ',', ';', ':', '(', ')', '\n', '—', '–', '"', '“', '”', '!', '?',
        ])
        .map_or(before, |i| before.get(i + 1..).unwrap_or(""));
    let words: Vec<String> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let skip = words.len().saturating_sub(n);
    words.into_iter().skip(skip).collect()
}

/// The word right after a mention, as written, and whether it is joined
/// by a hyphen ("Canada-based").
fn word_after(text: &str, end: usize) -> Option<(&str, bool)> {
    let rest = text.get(end..)?;
    let (rest, joined) = match rest.strip_prefix('-') {
        Some(r) => (r, true),
        None => (rest.strip_prefix(' ')?, false),
    };
    let w = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| !w.is_empty())?;
    Some((w, joined))
}

/// The word right before a mention, lower case ("on" of "on Christmas").
fn word_before(text: &str, start: usize) -> Option<String> {
    clause_words_before(text, start, 1).pop()
}

/// Words of a clause before a mention that a connective reaches
/// ("since she became the vice presidential candidate on Aug. 29").
const CLAUSE_REACH_WORDS: usize = 10;

/// Whether a mention is in a clause about another time
/// ([`OTHER_TIME_LEADS`]) within [`CLAUSE_REACH_WORDS`] words before it.
fn in_other_time(text: &str, start: usize) -> bool {
    clause_words_before(text, start, CLAUSE_REACH_WORDS)
        .iter()
        .any(|w| OTHER_TIME_LEADS.contains(&w.as_str()))
}

/// Whether a lower-case word is a common noun by the tagger's lexicon.
fn is_common_noun(w: &str) -> bool {
    crate::claim::pos::Tagger::english()
        .lookup(w)
        .is_some_and(|t| t.is_noun() && !t.is_proper())
}

/// Fewest words of the sentence that ends a text's lead: shorter lines
/// before it are a headline, a byline or a dateline standing alone.
const LEAD_MIN_WORDS: usize = 8;

/// Sentences of a text's start read for its lead.
const LEAD_SENTENCES: usize = 4;

/// The byte where a text's lead ends: the end of its first sentence of
/// [`LEAD_MIN_WORDS`] words or more (title and dateline lines before it
/// are part of the lead), at most [`LEAD_SENTENCES`] sentences in.
fn lead_end(text: &str) -> usize {
    let mut at = 0;
    for _ in 0..LEAD_SENTENCES {
        let Some(rest) = text.get(at..) else { break };
        let Some(off) = rest.find(char::is_alphanumeric) else {
            break;
        };
        let start = at + off;
        let len = rest[off..].chars().next().map_or(1, char::len_utf8);
        let s = crate::compare::sentence_around(text, Span::new(start, start + len));
        if s.end <= at {
            break;
        }
        at = s.end;
        if word_count(text.get(s.start..s.end).unwrap_or("")) >= LEAD_MIN_WORDS {
            break;
        }
    }
    at
}

/// One member document as the heading reads it: its text, where its lead
/// ends and its publication day.
struct Member<'a> {
    text: &'a str,
    lead_end: usize,
    published: Option<&'a str>,
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
    lines: OnceCell<WordStats>,
    sentences: OnceCell<WordStats>,
}

impl<'a> Corpus<'a> {
    pub(crate) fn new(docs: &'a [DocInput<'a>]) -> Corpus<'a> {
        let titles: Vec<String> = docs.iter().filter_map(headline).collect();
        Corpus {
            docs,
            titles: WordStats::new(titles.iter().map(String::as_str)),
            lines: OnceCell::new(),
            sentences: OnceCell::new(),
        }
    }

    /// The word statistics of the headline lines of the texts with no
    /// `title` ([`headline_line`]).
    fn lines(&self) -> &WordStats {
        self.lines.get_or_init(|| {
            let lines: Vec<String> = self
                .docs
                .iter()
                .filter(|d| headline(d).is_none())
                .filter_map(|d| headline_line(&d.doc.text))
                .collect();
            WordStats::new(lines.iter().map(String::as_str))
        })
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
    let head_lines: Vec<(DocIndex, String)> = if headed.is_empty() {
        members
            .iter()
            .filter_map(|&d| Some((d, headline_line(&member(d)?.doc.text)?)))
            .collect()
    } else {
        Vec::new()
    };
    let (lines, from, stats) = if !headed.is_empty() {
        (headed, TitleFrom::Headline, &corpus.titles)
    } else if !head_lines.is_empty() {
        (head_lines, TitleFrom::HeadlineLine, corpus.lines())
    } else {
        let lines: Vec<(DocIndex, String)> = members
            .iter()
            .filter_map(|&d| Some((d, first_sentence(&member(d)?.doc.text)?)))
            .collect();
        (lines, TitleFrom::FirstSentence, corpus.sentences())
    };
    let texts: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
    // A headline that says what happened, when the event has one: written
    // as a headline if one is, else a sentence that fits, else any.
    let picked = match from {
        TitleFrom::Headline => HEADLINE_TIERS
            .iter()
            .find_map(|tier| central_among(&texts, stats, tier)),
        TitleFrom::HeadlineLine | TitleFrom::FirstSentence => None,
    };
    if let Some(i) = picked.or_else(|| central(&texts, stats)) {
        h.title = Some(lines[i].1.clone());
        h.title_from = Some(from);
        h.title_document = member(lines[i].0).map(|d| d.doc.id.0.clone());
    }
    let by_id: HashMap<&str, (usize, Member<'_>)> = members
        .iter()
        .enumerate()
        .filter_map(|(i, &d)| {
            let d = member(d)?;
            let text = d.doc.text.as_str();
            let m = Member {
                text,
                lead_end: lead_end(text),
                published: d.published.and_then(day_of),
            };
            Some((d.doc.id.0.as_str(), (i, m)))
        })
        .collect();
    let published: Vec<&str> = members
        .iter()
        .filter_map(|&d| member(d)?.published.and_then(day_of))
        .collect();
    if let Some((d, from)) = main_date(facts, &by_id, &published) {
        h.date = Some(d);
        h.date_from = Some(from);
    }
    h.place = main_place(facts, &by_id).map(str::to_string);
    h
}

#[cfg(test)]
mod tests;
