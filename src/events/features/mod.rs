//! Event features of one document, and their corpus-weighted vectors.
//!
//! Consumes a document's original text, its title, its publication date, its
//! facts (the pipeline's, never extracted again) and its page furniture;
//! produces [`RawFeatures`]: counted, typed feature hashes plus the
//! document's time anchor and the person names it mentions. After a
//! corpus-wide document-frequency pass ([`DocFreq`]), [`DocFreq::vector`]
//! turns them into a [`DocVector`]: TF-IDF weights of the features that occur
//! in at least two documents, keeping the strongest `max_terms`, with the
//! norm of the *whole* weighted vector (so that a document full of material
//! no other document has stays dissimilar to everything).
//!
//! The features say what an event report is about rather than how it is
//! worded:
//!
//! | feature | example | from |
//! | --- | --- | --- |
//! | content word | `w:umerov`, `w:rehab` | normalised tokens, stop words out, plural `-s` folded; headline words count twice |
//! | person | `per:l austin` | person facts (`crate::facts::names`): first initial and surname of the canonical name, so "Lloyd J. Austin III", "Lloyd Austin" and "L. Austin" agree |
//! | place, organisation | `plc:kyiv`, `org:pentagon` | canonical keys ([`canonical_key`]): "Kiev" is "kyiv" |
//! | proper name the name finder missed | `org:copper kettle` | runs of capitalised words inside a sentence of prose that no fact covers ([`name_phrases`]): a venue, a business, a ship |
//! | date | `day:2023-12-06`, `mon:2023-12`, `year:2023`, `md:12-06` | date facts (`crate::facts::date`), relative dates resolved against the publication date |
//! | figure | `money:USD:1.75e8`, `count:49:allie`, `ord:52` | numeric facts (`crate::facts::numeric`), amounts to three significant digits |
//!
//! Besides the weighted features, a document keeps its *identifying
//! figures* ([`Identifier`], [`identifier_of`]): earthquake magnitudes and
//! ordinals of a noun ("the 52nd drawdown"), which two reports of one
//! event state alike and two events of one kind rarely do; the pair score
//! counts two documents that state different ones as two events.
//!
//! Guarantees: linear time in the text (every extractor is), no panic, the
//! same output for the same input (hashes are seeded XXH3, never a random
//! state).

mod identify;
mod names;
#[cfg(test)]
mod tests;
mod typed;
mod vector;
mod words;

use crate::events::frame::Frame;
use crate::facts::names::canonical_key;
use crate::facts::{CivilDate, DateValue, Fact, FactKind, FactValue, Grain};
use crate::text::Tokens;
pub(super) use identify::{clause_words_before, head, tail};
pub use identify::{identifier_of, MAGNITUDE_SLACK, MIN_IDENTIFYING_ORDINAL};
use names::{count_surname_words, fold_surname_mentions, ActorCount, ActorKey};
pub use names::{name_phrases, official_title_before, MAX_NAME_WORDS};
use std::collections::HashMap;
pub use typed::{civil_day, day_number};
use typed::{date_features, day_range, figure_feature, past_reading};
pub use vector::{DocFreq, DocVector, VectorConfig, TYPED_FEATURE_WEIGHT};
use words::add_words;
pub use words::{feature_hash, furniture_spans, inside, stem_plural, FeatureClass};

/// Most person names kept per document for variant matching.
pub const MAX_PERSONS: usize = 12;

/// Where a document's time anchor comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AnchorSource {
    /// The publication date (metadata, or the article's dateline).
    Published,
    /// The latest full date the article states (no publication date known):
    /// news reports recent events, so it is an estimate of when it was
    /// written, less sure than a publication date.
    Mentioned,
}

/// When a document was (probably) written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// Days since 1970-01-01.
    pub day: i64,
    /// How sure it is.
    pub source: AnchorSource,
}

/// A person or an organisation mentioned in a document (its actors), for
/// matching spelling variants across documents and finding its principal
/// actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonKey {
    /// The hash of the document's `per:` (or `org:`) feature for this
    /// actor.
    pub feature: u64,
    /// First initial, `' '` when only the surname is known, [`ORG`] for an
    /// organisation.
    pub initial: char,
    /// Folded surname ("zelenskyy"), or an organisation's canonical key.
    pub surname: Box<str>,
    /// Folded given name as the document first writes it in full
    /// ("brostourwe"), empty when it gives only an initial or the surname
    /// ([`same_person`](super::score::same_person) tells "Brian Keller"
    /// from "Bruce Keller" by it).
    pub given: Box<str>,
    /// How often the document names this person (a surname-only mention
    /// counts for the one full name with that surname, when there is one).
    pub mentions: u32,
    /// Where the document names this actor first: in its headline or
    /// opening words, its lead, or only further down ([`Prominence`]).
    pub prominence: Prominence,
    /// The document names this person with an official's title ("Sgt.
    /// Nadine Okoro", "Coroner Vic Santangelo", "police spokesman ..."):
    /// the source a report quotes, the same for every incident of a town,
    /// not who the event is about ([`official_title_before`]). Never set
    /// for a person named in the headline or opening words (an officer
    /// who is the victim).
    pub official: bool,
}

/// How prominently a document names an actor: what a reader meets first
/// is who the report is about. Ordered: an actor of the headline is also
/// one of the lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Prominence {
    /// Named only below the lead (a side character, an earlier case).
    #[default]
    Body,
    /// Named in the lead ([`frame::lead_end`](super::frame::lead_end)).
    Lead,
    /// Named in the headline or the opening words
    /// ([`frame::opening_end`](super::frame::opening_end)).
    Headline,
}

/// The `initial` of an organisation's [`PersonKey`]: organisations are
/// actors too (two teams' offers for one player), matched by their
/// canonical key only.
pub const ORG: char = '#';

/// The features of one document before corpus weighting.
#[derive(Debug, Clone, Default)]
pub struct RawFeatures {
    /// (feature hash, count), sorted by hash, distinct.
    pub terms: Vec<(u64, u32)>,
    /// The people it names (at most [`MAX_PERSONS`], most mentioned first).
    pub persons: Vec<PersonKey>,
    /// When it was written, if known or estimable.
    pub anchor: Option<Anchor>,
    /// Days and months the text states (resolved), as day ranges, at most
    /// [`MAX_MENTIONS`].
    pub mentions: Vec<(i64, i64)>,
    /// Identifying figures ([`Identifier`]), sorted, distinct, at most
    /// [`MAX_IDENTIFIERS`].
    pub identifiers: Vec<Identifier>,
    /// Where and to whom ([`super::frame`]).
    pub frame: Frame,
}

/// Most identifying figures kept per document.
pub const MAX_IDENTIFIERS: usize = 16;

/// A figure that identifies one event: what it measures (`key`, the hash
/// of its kind and counted noun) and its exact value (`value`, in the
/// kind's own unit: tenths of a magnitude, the ordinal itself). Two
/// reports of one event that state the same thing state the same value;
/// see [`identifier_of`] for which figures qualify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Identifier {
    /// What is measured: `mag` (an earthquake magnitude) or `ord:NOUN` (an
    /// ordinal of a noun, "52nd drawdown"), hashed.
    pub key: u64,
    /// The value: a magnitude in tenths, an ordinal as itself.
    pub value: u64,
    /// How far apart two values of this key may be and still agree.
    pub slack: u64,
}

/// Most stated dates kept per document.
pub const MAX_MENTIONS: usize = 16;

/// Reusable buffers of [`extract`].
#[derive(Debug, Default)]
pub struct Scratch {
    word: String,
    tokens: Tokens,
    counts: HashMap<u64, u32>,
}

/// What a document offers to feature extraction: its text and what the
/// pipeline already knows about it. Nothing here is extracted again.
#[derive(Debug, Clone, Copy)]
pub struct DocInput<'a> {
    /// The original text.
    pub text: &'a str,
    /// The headline, if any (read for its words only).
    pub title: Option<&'a str>,
    /// The publication date, if known (metadata or dateline).
    pub published: Option<CivilDate>,
    /// The document's facts ([`crate::facts::extract`] of `text`, with the
    /// same publication date), sorted by span.
    pub facts: &'a [Fact],
    /// The headline's facts (spans into `title`), sorted by span.
    pub title_facts: &'a [Fact],
    /// Byte ranges of `text` that are page furniture (lines many documents
    /// share: "Advertisement", a site's copyright line), sorted and
    /// disjoint; their words and facts are no evidence of an event.
    pub furniture: &'a [(usize, usize)],
}

/// Whether a date of the headline or the lead (`in_lead`) is one the
/// report tells as its own news: "early today", "Sunday night" in
/// Monday's paper, or the day written out ("on June 18, 2022", "on
/// Tuesday, March 3"); an explicit date fixes the day at least as well as
/// a relative one. A publication stamp dates the article, not its news:
/// a dateline, or a date after a stamp label
/// ([`crate::lex::words::stamp_label`]: "PUBLISHED: 02:31 GMT, 12 March
/// 2013", "[downloaded on 2 October 2013]", when the page was made or
/// read). Which days count is the caller's check.
fn names_own_day(text: &str, f: &Fact, in_lead: bool) -> bool {
    in_lead
        && f.role != Some(crate::facts::Role::Dateline)
        && (f.relative.is_some() || !after_stamp_label(text, f.span.start))
}

/// How far back on its line a date's stamp label may stand (a clock time
/// and a time zone between: "Posted 11:45 AM EDT, May 3, 2013").
const STAMP_LABEL_WINDOW_BYTES: usize = 40;

/// Whether a stamp label ([`crate::lex::words::stamp_label`]) stands on the line before byte
/// `start` of `text`, within [`STAMP_LABEL_WINDOW_BYTES`].
fn after_stamp_label(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(STAMP_LABEL_WINDOW_BYTES);
    while from < start && !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("").to_lowercase();
    line.split(|c: char| !c.is_alphabetic())
        .any(|w| crate::lex::words::stamp_label(w).is_some())
}

/// Extracts the features of one document from its text and its facts.
pub fn extract(doc: DocInput<'_>, scratch: &mut Scratch) -> RawFeatures {
    let Scratch {
        word,
        tokens,
        counts,
    } = scratch;
    counts.clear();
    let mut add = |h: u64, n: u32| {
        let c = counts.entry(h).or_insert(0);
        *c = c.saturating_add(n);
    };

    // Content words; the headline counts twice (it states the event).
    if let Some(t) = doc.title {
        add_words(t, 2, &[], word, tokens, &mut add);
    }
    add_words(doc.text, 1, doc.furniture, word, tokens, &mut add);

    let text = doc.text;
    let facts: Vec<&Fact> = doc
        .facts
        .iter()
        .filter(|f| !inside(doc.furniture, f.span.start, f.span.end))
        .collect();
    // The headline's facts (spans into the headline) count with the
    // text's: a headline names the event's people, day and figures.
    let title = doc.title.unwrap_or("");
    let all: Vec<(&str, &Fact)> = doc
        .title_facts
        .iter()
        .map(|f| (title, f))
        .chain(facts.iter().map(|f| (text, *f)))
        .collect();

    for key in name_phrases(text, doc.furniture, &facts) {
        add(feature_hash("org", &key), 1);
    }

    let lead = super::frame::lead_end(text, doc.furniture);
    let opening = super::frame::opening_end(text, doc.furniture);
    let headline_facts = doc.title_facts.len();
    let prominence = |k: usize, f: &Fact| {
        if k < headline_facts || f.span.start < opening {
            Prominence::Headline
        } else if f.span.start < lead {
            Prominence::Lead
        } else {
            Prominence::Body
        }
    };
    let mut person_counts: HashMap<ActorKey, ActorCount> = HashMap::new();
    let mut org_counts: HashMap<String, ActorCount> = HashMap::new();
    let mut officials: Vec<String> = Vec::new();
    // The first full given name written for each (initial, surname).
    let mut given_of: HashMap<ActorKey, String> = HashMap::new();
    for (k, &(source, f)) in all.iter().enumerate() {
        let FactValue::Text(name) = &f.value else {
            continue;
        };
        if !matches!(f.kind, FactKind::Person | FactKind::Place | FactKind::Org) {
            continue;
        }
        let key = canonical_key(name);
        if key.is_empty() {
            continue;
        }
        match f.kind {
            FactKind::Person => {
                let parts: Vec<&str> = key.split(' ').collect();
                let Some(&surname) = parts.last() else {
                    continue;
                };
                let initial = if parts.len() > 1 {
                    parts[0].chars().next().unwrap_or(' ')
                } else {
                    ' '
                };
                let value = format!("{initial} {surname}");
                add(feature_hash("per", &value), 1);
                if let Some(given) = parts
                    .first()
                    .filter(|g| parts.len() > 1 && g.chars().count() > 1)
                {
                    given_of
                        .entry((initial, surname.to_string()))
                        .or_insert_with(|| given.to_string());
                }
                if official_title_before(source, f.span.start)
                    && !officials.iter().any(|o| o == surname)
                {
                    officials.push(surname.to_string());
                }
                let c = person_counts
                    .entry((initial, surname.to_string()))
                    .or_insert((0, Prominence::Body));
                *c = (c.0 + 1, c.1.max(prominence(k, f)));
            }
            FactKind::Place => add(feature_hash("plc", &key), 1),
            FactKind::Org => {
                add(feature_hash("org", &key), 1);
                let c = org_counts.entry(key).or_insert((0, Prominence::Body));
                *c = (c.0 + 1, c.1.max(prominence(k, f)));
            }
            _ => {}
        }
    }
    let mut persons: Vec<(ActorKey, ActorCount)> = person_counts.into_iter().collect();
    persons.sort_by(|a, b| a.0.cmp(&b.0));
    fold_surname_mentions(&mut persons);
    count_surname_words(title, text, doc.furniture, (opening, lead), &mut persons);
    persons.extend(org_counts.into_iter().map(|(k, n)| ((ORG, k), n)));
    persons.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(&b.0)));
    // The most named actors, and every actor of the headline and lead
    // (a lead names a handful): whether a document names another's
    // principal in its lead is read from this list.
    let persons: Vec<PersonKey> = persons
        .into_iter()
        .enumerate()
        .filter(|(i, p)| *i < MAX_PERSONS || p.1 .1 >= Prominence::Lead)
        .map(
            |(_, ((initial, surname), (mentions, prominence)))| PersonKey {
                given: given_of
                    .get(&(initial, surname.clone()))
                    .map(|g| g.as_str().into())
                    .unwrap_or_default(),
                feature: if initial == ORG {
                    feature_hash("org", &surname)
                } else {
                    feature_hash("per", &format!("{initial} {surname}"))
                },
                official: initial != ORG
                    && prominence != Prominence::Headline
                    && officials.contains(&surname),
                initial,
                surname: surname.into_boxed_str(),
                mentions,
                prominence,
            },
        )
        .collect();

    let mut latest_mentioned: Option<i64> = None;
    let mut mentions: Vec<(i64, i64)> = Vec::new();
    let published_day = doc.published.and_then(civil_day);
    let mut own_day = false;
    let mut earlier_day = false;
    let mut dated_incident = false;
    let mut counts_from_incident = false;
    for (k, &(text, f)) in all.iter().enumerate() {
        if f.kind != FactKind::Date {
            continue;
        }
        counts_from_incident |= super::followup::counts_from_incident(text, f);
        let FactValue::Date(v) = &f.value else {
            continue;
        };
        if v.is_unresolved() {
            continue;
        }
        for (kind, value) in date_features(v) {
            add(feature_hash(kind, &value), 1);
        }
        if let Some(range) = day_range(v) {
            own_day |= names_own_day(text, f, k < headline_facts || f.span.start < lead)
                && range.0 == range.1
                && published_day
                    .is_some_and(|p| (p - super::frame::OWN_DAYS..=p).contains(&range.0));
            let earlier = published_day.is_some_and(|p| range.1 < p - super::frame::OWN_DAYS);
            earlier_day |= earlier;
            dated_incident |= earlier && super::frame::names_incident(text, f.span.end);
            let past = past_reading(text, f, v, range, published_day);
            for r in std::iter::once(range).chain(past) {
                if mentions.len() < MAX_MENTIONS && !mentions.contains(&r) {
                    mentions.push(r);
                }
            }
        }
        // An explicit full date (not relative, not an interval) is a
        // candidate anchor.
        if f.relative.is_none() {
            if let DateValue::Unit(p) = v {
                if p.grain() == Grain::Day {
                    let d = p.first();
                    latest_mentioned = Some(latest_mentioned.map_or(d, |m| m.max(d)));
                }
            }
        }
    }
    let mut identifiers: Vec<Identifier> = Vec::new();
    for &(text, f) in &all {
        if let Some((kind, value)) = figure_feature(f.kind, &f.value, f.unit.as_deref()) {
            add(feature_hash(kind, &value), 1);
        }
        if let Some(id) = identifier_of(text, f) {
            if identifiers.len() < MAX_IDENTIFIERS && !identifiers.contains(&id) {
                identifiers.push(id);
            }
        }
    }
    identifiers.sort_unstable();
    // The one word layer of the headline and the text, made once and read
    // by the frame and the acts.
    let title_tokens = crate::lex::Tokens::new(title);
    let text_tokens = crate::lex::Tokens::new(text);
    let title_refs: Vec<&Fact> = doc.title_facts.iter().collect();
    let title_words = super::frame::TextWords {
        text: title,
        tokens: &title_tokens,
        facts: &title_refs,
    };
    let body_words = super::frame::TextWords {
        text,
        tokens: &text_tokens,
        facts: &facts,
    };
    let mut frame = super::frame::frame(body_words, lead, title_words);
    frame.own_day = own_day;
    frame.earlier_day = earlier_day;
    frame.dated_incident = dated_incident;
    frame.names_dead = super::followup::names_dead(body_words, lead);
    frame.counts_from_incident = counts_from_incident;
    frame.acts = super::acts::acts(title_words, body_words, lead);
    frame.incident = super::kinds::incident(title_words, body_words, lead, doc.furniture);

    let anchor = match doc.published.and_then(civil_day) {
        Some(day) => Some(Anchor {
            day,
            source: AnchorSource::Published,
        }),
        None => latest_mentioned.map(|day| Anchor {
            day,
            source: AnchorSource::Mentioned,
        }),
    };
    let mut terms: Vec<(u64, u32)> = counts.drain().collect();
    terms.sort_unstable();
    RawFeatures {
        terms,
        persons,
        anchor,
        mentions,
        identifiers,
        frame,
    }
}
