//! The source-consistency report: its data model (CONTRACT.md
//! `concord report --format json`, `schema_version` 1) and three views.
//!
//! Consumes the documents, the per-event [`EventAgreement`]s of
//! [`crate::compare`] and the skipped records; produces a [`Report`] that
//! serialises to the contract's JSON ([`json`]) and renders as Markdown for
//! terminals and diffs ([`markdown`]) or as one self-contained HTML page
//! ([`html`]). Every mention carries its document id, byte span and the
//! exact text of the span; ids and texts come from the input, so the
//! report is deterministic whenever the agreements are.

use crate::compare::{
    AlignedFact, ClaimInfo, EventAgreement, Evidence, Mention, QuoteStatus, Status,
};
use crate::corpus::SkippedRecord;
use crate::document::{Document, Span};
use crate::facts::{FactKind, FactValue, Qualifier};
use serde::Serialize;

mod describe;
pub mod html;
pub mod json;
pub mod markdown;
pub(crate) mod show;

pub use describe::{DateFrom, TitleFrom};

/// The version of the JSON layout (CONTRACT.md).
pub const SCHEMA_VERSION: u32 = 1;

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The effective settings.
    pub config: serde_json::Value,
    /// Every input document, in input order.
    pub documents: Vec<DocumentInfo>,
    /// Records that could not be read.
    pub skipped: Vec<SkippedRecord>,
    /// Every event (each document is in exactly one), by first document.
    pub events: Vec<EventReport>,
}

/// One input document as the report lists it.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentInfo {
    /// Its id.
    pub id: String,
    /// Outlet name or domain.
    pub source: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date (as given, or as read from the text).
    pub published: Option<String>,
    /// Where `published` came from: `metadata`, `text` or `unknown`.
    pub published_from: String,
}

/// One event: its documents and what their sources agree on.
#[derive(Debug, Clone, Serialize)]
pub struct EventReport {
    /// `e0`, `e1`, … in order of first document.
    pub id: String,
    /// Document ids, in input order.
    pub documents: Vec<String>,
    /// One label per independent source (an outlet, or the first document
    /// of a group of copies when no outlet is known), in input order.
    pub sources: Vec<String>,
    /// What the event is: its most central headline (the one closest to
    /// the others'), or first sentence when no document has a headline.
    pub title: Option<String>,
    /// `headline` or `first_sentence`.
    pub title_from: Option<TitleFrom>,
    /// The document the title is taken from.
    pub title_document: Option<String>,
    /// The event's main date (ISO 8601 day): the day most of its documents
    /// state, else their most common publication day.
    pub date: Option<String>,
    /// `text` or `published`.
    pub date_from: Option<DateFrom>,
    /// The place its documents name most.
    pub place: Option<String>,
    /// Verdict counts.
    pub summary: Summary,
    /// Aligned facts: conflicts first, then in order of first mention.
    pub facts: Vec<FactReport>,
    /// Aligned quotes, in order of first mention.
    pub quotes: Vec<QuoteReport>,
    /// Relative dates that no publication date resolves: never compared.
    pub unresolved: Vec<MentionReport>,
    /// Documents of the event whose facts were not compared (beyond the
    /// per-event limit, `--max-event-docs`).
    pub not_compared: Vec<String>,
}

/// Number of facts and quotes per verdict in one event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Facts all sources agree on.
    pub agree: usize,
    /// Facts that agree within hedges or precision.
    pub approximate: usize,
    /// Facts with incompatible values.
    pub conflict: usize,
    /// Facts only one source states.
    pub single_source: usize,
    /// Quotes shared word for word.
    pub verbatim_quotes: usize,
    /// Quotes shared in close wording.
    pub paraphrased_quotes: usize,
    /// Shared quotes that sources attribute to different people.
    pub misattributed_quotes: usize,
}

/// One aligned fact.
#[derive(Debug, Clone, Serialize)]
pub struct FactReport {
    /// Its kind.
    pub kind: FactKind,
    /// What it is about ("security assistance package", "allies").
    pub key: String,
    /// The verdict.
    pub status: Status,
    /// The distinct values, most stated first.
    pub values: Vec<ValueReport>,
    /// What the mentions are said of: predicate, head noun, noun phrase,
    /// shared names (figures and dates; absent for names).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<ClaimInfo>,
    /// Why mentions of different documents were taken as one claim, one
    /// entry per link that joined them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceReport>,
    /// Groups of documents that state it as copies of one text (one wire
    /// story, [`crate::compare::AlignedFact::copies`]): each group counts
    /// as one source.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<Vec<String>>,
}

/// One link that joined two documents' mentions into one claim.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceReport {
    /// The two documents.
    pub documents: [String; 2],
    /// What they share.
    #[serde(flatten)]
    pub evidence: Evidence,
}

/// One value of a fact and where it is stated.
#[derive(Debug, Clone, Serialize)]
pub struct ValueReport {
    /// The normalised value (CONTRACT.md `concord facts` forms).
    pub value: FactValue,
    /// Its hedge, if any: its first mention's; where its mentions' hedges
    /// differ, each mention says its own ([`MentionReport::qualifier`]).
    pub qualifier: Option<Qualifier>,
    /// Documents stating it.
    pub documents: Vec<String>,
    /// Every mention.
    pub mentions: Vec<MentionReport>,
}

/// Where something is stated: a byte span of a document's original text.
#[derive(Debug, Clone, Serialize)]
pub struct MentionReport {
    /// Document id.
    pub doc: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Exactly the text of the span.
    pub text: String,
    /// The mention's own hedge, written only in a value whose mentions
    /// state it in hedges that hold each other but differ ("about 4.3
    /// million" beside "4.3 million": `"approx"`, then `null`); absent
    /// where every mention has its value's `qualifier`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Option<Qualifier>>,
    /// The sentence around the mention (for the views; not serialised).
    /// Filled for figures and dates.
    #[serde(skip)]
    pub sentence: Option<Sentence>,
}

/// A sentence shown around a mention: as written, cut to
/// `SENTENCE_SIDE` (240) bytes on each side of the mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span of the whole sentence in its document (the same for every
    /// mention in that sentence).
    pub span: Span,
    /// Byte offset of `text` in the document.
    pub start: usize,
    /// The text shown, as written.
    pub text: String,
    /// Part of the sentence before `text` was cut away.
    pub cut_before: bool,
    /// Part of the sentence after `text` was cut away.
    pub cut_after: bool,
}

impl Sentence {
    /// The text split into pieces, plain (`None`) or marked by the index
    /// of their mark in `marks` (byte spans of the document, in order); a
    /// mark outside the text, or overlapping an earlier one, is left out.
    pub fn pieces(&self, marks: &[Span]) -> Vec<(&str, Option<usize>)> {
        let end = self.start + self.text.len();
        let mut out = Vec::new();
        let mut at = self.start;
        for (i, m) in marks.iter().enumerate() {
            if m.start < at || m.end > end || m.start >= m.end {
                continue;
            }
            let (Some(plain), Some(marked)) = (
                self.text.get(at - self.start..m.start - self.start),
                self.text.get(m.start - self.start..m.end - self.start),
            ) else {
                continue;
            };
            if !plain.is_empty() {
                out.push((plain, None));
            }
            out.push((marked, Some(i)));
            at = m.end;
        }
        if let Some(rest) = self.text.get(at - self.start..) {
            if !rest.is_empty() {
                out.push((rest, None));
            }
        }
        out
    }
}

/// One aligned quote.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteReport {
    /// The quoted words.
    pub text: String,
    /// The speaker, when attributed.
    pub speaker: Option<String>,
    /// How it is shared.
    pub status: QuoteStatus,
    /// Documents quoting it.
    pub documents: Vec<String>,
    /// Every quotation.
    pub mentions: Vec<MentionReport>,
    /// Who the documents say spoke it, one entry per person.
    pub speakers: Vec<SpeakerReport>,
    /// Sources attribute it to different people.
    pub misattributed: bool,
}

/// One person a quote is attributed to.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerReport {
    /// The name.
    pub name: String,
    /// The documents attributing the quote to this person.
    pub documents: Vec<String>,
}

/// One input document with where its publication date came from.
#[derive(Debug, Clone, Copy)]
pub struct DocInput<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The publication date used for relative dates, ISO 8601, if any.
    pub published: Option<&'a str>,
    /// `metadata`, `text` or `unknown`.
    pub published_from: &'static str,
}

/// Longest sentence shown around a mention, in bytes on each side.
const SENTENCE_SIDE: usize = 240;

fn mention(docs: &[DocInput<'_>], m: &Mention, with_sentence: bool) -> MentionReport {
    let d = docs.get(m.doc as usize);
    let text = d.map_or("", |d| d.doc.text.as_str());
    let id = d.map_or_else(String::new, |d| d.doc.id.0.clone());
    let slice = |a: usize, b: usize| text.get(a..b).unwrap_or("").to_string();
    let sentence = with_sentence.then(|| {
        let s = m.sentence;
        let mut start = s.start.max(m.span.start.saturating_sub(SENTENCE_SIDE));
        while start > 0 && !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = s
            .end
            .min(m.span.end.saturating_add(SENTENCE_SIDE))
            .min(text.len());
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        Sentence {
            span: s,
            start,
            text: slice(start, end),
            cut_before: start > s.start,
            cut_after: end < s.end,
        }
    });
    MentionReport {
        doc: id,
        start: m.span.start,
        end: m.span.end,
        text: slice(m.span.start, m.span.end),
        qualifier: None,
        sentence,
    }
}

fn fact(docs: &[DocInput<'_>], f: &AlignedFact) -> FactReport {
    let with_sentence = !matches!(
        f.kind,
        FactKind::Person | FactKind::Place | FactKind::Org | FactKind::Quote
    );
    let is_figure = with_sentence;
    FactReport {
        claim: is_figure.then(|| f.claim.clone()),
        evidence: f
            .evidence
            .iter()
            .map(|e| EvidenceReport {
                documents: [id_of(docs, e.docs[0]), id_of(docs, e.docs[1])],
                evidence: e.clone(),
            })
            .collect(),
        copies: f
            .copies
            .iter()
            .map(|g| g.iter().map(|&d| id_of(docs, d)).collect())
            .collect(),
        kind: f.kind,
        key: f.key.clone(),
        status: f.status,
        values: f
            .values
            .iter()
            .map(|v| ValueReport {
                value: v.value.clone(),
                qualifier: v.qualifier,
                documents: v.docs.iter().map(|&d| id_of(docs, d)).collect(),
                mentions: v
                    .mentions
                    .iter()
                    .map(|m| MentionReport {
                        qualifier: v
                            .mentions
                            .iter()
                            .any(|x| x.qualifier != v.qualifier)
                            .then_some(m.qualifier),
                        ..mention(docs, m, with_sentence)
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn id_of(docs: &[DocInput<'_>], d: u32) -> String {
    docs.get(d as usize)
        .map_or_else(String::new, |d| d.doc.id.0.clone())
}

/// Builds the report. `docs` are all input documents in input order
/// (indexed by [`crate::document::DocIndex`]); `events` the agreements of
/// every event, each document in exactly one, ordered by first document.
pub fn build(
    docs: &[DocInput<'_>],
    events: &[EventAgreement],
    skipped: Vec<SkippedRecord>,
    config: serde_json::Value,
) -> Report {
    let corpus = describe::Corpus::new(docs);
    let events = events
        .iter()
        .enumerate()
        .map(|(n, ev)| {
            let facts: Vec<FactReport> = ev.facts.iter().map(|f| fact(docs, f)).collect();
            let quotes: Vec<QuoteReport> = ev
                .quotes
                .iter()
                .map(|q| QuoteReport {
                    text: q.text.clone(),
                    speaker: q.speaker.clone(),
                    status: q.status,
                    documents: q.docs.iter().map(|&d| id_of(docs, d)).collect(),
                    mentions: q.mentions.iter().map(|m| mention(docs, m, false)).collect(),
                    speakers: q
                        .speakers
                        .iter()
                        .map(|sp| SpeakerReport {
                            name: sp.name.clone(),
                            documents: sp.docs.iter().map(|&d| id_of(docs, d)).collect(),
                        })
                        .collect(),
                    misattributed: q.misattributed,
                })
                .collect();
            let mut summary = Summary::default();
            for f in &facts {
                match f.status {
                    Status::Agree => summary.agree += 1,
                    Status::Approximate => summary.approximate += 1,
                    Status::Conflict => summary.conflict += 1,
                    Status::SingleSource => summary.single_source += 1,
                }
            }
            for q in &quotes {
                match q.status {
                    QuoteStatus::Verbatim => summary.verbatim_quotes += 1,
                    QuoteStatus::Paraphrased => summary.paraphrased_quotes += 1,
                    QuoteStatus::SingleSource => {}
                }
                summary.misattributed_quotes += usize::from(q.misattributed);
            }
            let sources = ev
                .sources
                .iter()
                .map(|unit| {
                    unit.iter()
                        .filter_map(|&d| docs.get(d as usize))
                        .find_map(|d| d.doc.meta.source.clone())
                        .unwrap_or_else(|| {
                            unit.first().map_or_else(String::new, |&d| id_of(docs, d))
                        })
                })
                .collect();
            let heading = describe::heading(&corpus, &ev.docs, &facts);
            EventReport {
                id: format!("e{n}"),
                documents: ev.docs.iter().map(|&d| id_of(docs, d)).collect(),
                sources,
                title: heading.title,
                title_from: heading.title_from,
                title_document: heading.title_document,
                date: heading.date,
                date_from: heading.date_from,
                place: heading.place,
                summary,
                facts,
                quotes,
                unresolved: ev
                    .unresolved
                    .iter()
                    .map(|m| mention(docs, m, false))
                    .collect(),
                not_compared: ev.not_compared.iter().map(|&d| id_of(docs, d)).collect(),
            }
        })
        .collect();
    Report {
        schema_version: SCHEMA_VERSION,
        config,
        documents: docs
            .iter()
            .map(|d| DocumentInfo {
                id: d.doc.id.0.clone(),
                source: d.doc.meta.source.clone(),
                title: d.doc.meta.title.clone(),
                published: d.published.map(str::to_string),
                published_from: d.published_from.to_string(),
            })
            .collect(),
        skipped,
        events,
    }
}

/// "1 document", "2 documents": a count with its noun in the right number.
pub(crate) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        return format!("1 {noun}");
    }
    // "quantity" → "quantities", "day" stays "days"
    match noun.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}
