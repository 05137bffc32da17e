//! What the comparison hands to the report: aligned facts with their
//! verdict ([`Status`]) and stated values, what each claim is said of
//! ([`ClaimInfo`]), the evidence that joined two documents' mentions, and
//! aligned quotes; [`EventAgreement`] gathers them for one event.
//!
//! Plain data with serde where the JSON report writes it directly; built
//! by the rest of `compare`, read by `report`.

use crate::document::{DocIndex, Span};
use crate::facts::{FactKind, FactValue, Qualifier};

/// The verdict on one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Sources state incompatible values.
    Conflict,
    /// Values differ only within hedges or precision.
    Approximate,
    /// Every source that states it gives the same value.
    Agree,
    /// One source states it.
    SingleSource,
}

/// How a quote is shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteStatus {
    /// Word for word in two or more sources (after normalising quote marks,
    /// case and whitespace; a shorter quote inside a longer one counts).
    Verbatim,
    /// Close but not identical wording.
    Paraphrased,
    /// Quoted by one source.
    SingleSource,
}

/// Where a fact or quote is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Mention {
    /// The document.
    pub doc: DocIndex,
    /// Byte span into its original text.
    pub span: Span,
    /// Byte span of the sentence around it (for showing it in its words).
    pub sentence: Span,
    /// The hedge this mention states its value with ("about", "more
    /// than"): a value's mentions whose hedges hold each other share it
    /// ([`StatedValue`]). None for names, quotes and stamps.
    pub qualifier: Option<Qualifier>,
}

/// One value stated for an aligned fact, with every place it is stated:
/// mentions of one value in hedges that hold each other ("about 4.3
/// million", "4.3 million", "more than 4.3 million"; never "more than" with
/// "less than") are one value, each keeping its own hedge
/// ([`Mention::qualifier`]).
#[derive(Debug, Clone, PartialEq)]
pub struct StatedValue {
    /// The normalised value.
    pub value: FactValue,
    /// Its hedge, if any: its first mention's.
    pub qualifier: Option<Qualifier>,
    /// Documents stating it, in input order.
    pub docs: Vec<DocIndex>,
    /// The mentions, in input order.
    pub mentions: Vec<Mention>,
}

/// One fact aligned across the documents of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignedFact {
    /// The kind.
    pub kind: FactKind,
    /// What the fact is about, as a readable phrase ("killed · Israeli
    /// civilians", "security assistance package"), or the canonical name
    /// for names.
    pub key: String,
    /// The verdict.
    pub status: Status,
    /// The distinct values, most stated first (ties: first stated first).
    pub values: Vec<StatedValue>,
    /// What the mentions are said of (empty for names).
    pub claim: ClaimInfo,
    /// Why mentions of two documents were taken as one claim: one entry per
    /// link that joined them (empty for names and single mentions).
    pub evidence: Vec<Evidence>,
    /// Groups of two or more documents that state it as copies of one text
    /// (one wire story): each group counts as one source (the wire rules
    /// of the module documentation).
    pub copies: Vec<Vec<DocIndex>>,
}

impl AlignedFact {
    /// An aligned figure or date: its key is its claim's
    /// ([`ClaimInfo::key`]), no copies marked yet.
    pub(crate) fn of_claim(
        kind: FactKind,
        status: Status,
        values: Vec<StatedValue>,
        claim: ClaimInfo,
        evidence: Vec<Evidence>,
    ) -> AlignedFact {
        AlignedFact {
            kind,
            key: claim.key(),
            status,
            values,
            claim,
            evidence,
            copies: Vec::new(),
        }
    }
}

/// What an aligned figure or date is said of.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ClaimInfo {
    /// The predicate as most mentions write it ("killed").
    pub predicate: Option<String>,
    /// The head noun, base form ("civilian").
    pub head: Option<String>,
    /// The noun phrase as most mentions write it ("Israeli civilians").
    pub phrase: Option<String>,
    /// Names the linked clauses share (canonical keys).
    pub names: Vec<String>,
    /// Who the sentences are about (canonical keys): the names before their
    /// first verb that most mentions share, else the one person the linked
    /// clauses name, else for an age the person it is said of; the key's
    /// context when the claim has no noun phrase of its own.
    pub subject: Vec<String>,
}

/// Nouns that say nothing of what a figure is on their own ("time",
/// "thing", "figure"): the key shows one only after a predicate ("hosted
/// · times"), never as the whole context of a figure.
const EMPTY_PHRASES: &[&str] = &[
    "time", "times", "thing", "things", "figure", "figures", "one", "ones", "part", "way", "kind",
    "lot", "number", "total",
];

impl ClaimInfo {
    /// A readable key: "killed · Israeli civilians", "born", "hosted ·
    /// Emmys", "age · Jane Doe"; empty when nothing is known. Named rules:
    /// - the noun phrase, unless it is a lone empty noun ("time", "thing")
    ///   with no predicate to say what it counts;
    /// - with no predicate or no phrase, the names the sentences are about
    ///   (their subject), never names that merely stand in the clause, and
    ///   none the phrase already writes;
    /// - a name that is part of another name shown ("Stanley" beside
    ///   "Derek Stanley") is left out.
    pub fn key(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(p) = &self.predicate {
            parts.push(p.clone());
        }
        let phrase = self.phrase.as_ref().filter(|p| {
            self.predicate.is_some() || !EMPTY_PHRASES.contains(&p.to_lowercase().as_str())
        });
        if let Some(p) = phrase {
            parts.push(p.clone());
        }
        if self.predicate.is_none() || phrase.is_none() {
            let written = phrase.map(|p| p.to_lowercase()).unwrap_or_default();
            let subject: Vec<String> = distinct_names(&self.subject)
                .into_iter()
                .filter(|n| !n.split(' ').all(|w| written.split(' ').any(|v| v == w)))
                .map(title)
                .collect();
            if !subject.is_empty() {
                parts.push(subject.join(", "));
            }
        }
        parts.join(" · ")
    }
}

/// A canonical name key in title case ("derek stanley" → "Derek Stanley").
fn title(n: &str) -> String {
    n.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The names of a list without those whose words all stand in a longer
/// name of it ("stanley" beside "derek stanley"), in order.
fn distinct_names(names: &[String]) -> Vec<&str> {
    let within = |short: &str, long: &str| {
        short.len() < long.len() && short.split(' ').all(|w| long.split(' ').any(|v| v == w))
    };
    names
        .iter()
        .map(String::as_str)
        .filter(|n| !names.iter().any(|m| within(n, m)))
        .collect()
}

/// The link between two documents' mentions that made them one claim.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Evidence {
    /// The two documents.
    #[serde(skip)]
    pub docs: [DocIndex; 2],
    /// The head noun both mentions count or measure (base form).
    pub head: Option<String>,
    /// The predicate both clauses share (base form).
    pub predicate: Option<String>,
    /// Names both clauses hold (canonical keys).
    pub names: Vec<String>,
    /// Both have an of-complement with a word in common.
    pub of: bool,
    /// The heaviest content words both sentences share.
    pub shared_words: Vec<String>,
    /// Weighted similarity of the two sentences' content words, in [0, 1]
    /// (for the stamp lines of copies: the two texts' Jaccard).
    pub similarity: f64,
    /// For the stamp lines of two copies of one text: why they are compared
    /// at all ([`crate::compare::stamps`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copies: Option<CopyEvidence>,
    /// The named rule that aligned two different values when the sentences
    /// share too little else to be parallel: `"one_subject"` (one
    /// predicate, one noun phrase, one named subject), `"sole_figure"`
    /// (the one value each report gives of a claim class) or
    /// `"counted_figure"` (the one value each report gives of one counted
    /// or paid thing, told with verbs of one family). Absent when the
    /// ordinary ties aligned them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// For a named rule that tied two clauses by verbs of one family
    /// (`"counted_figure"`): each clause's predicate as its sentence
    /// writes it ("close", "shut"), in the order of `docs`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub predicates: Vec<String>,
}

/// Why the stamp lines of two documents were compared: the documents are
/// copies of one text, and what each record's metadata says.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CopyEvidence {
    /// Word 5-shingle Jaccard of the two texts (at least
    /// [`crate::compare::CompareConfig::copy_threshold`]).
    pub jaccard: f64,
    /// The kind of stamp line both carry: `"published"` (a "Published",
    /// "Posted" or bare date line, or a dateline) or `"updated"`.
    pub stamp: &'static str,
    /// Each record's own `published` metadata (ISO day), `None` when it
    /// has none: a copy whose stamp line differs from its metadata is the
    /// one whose date line was changed.
    pub metadata: [Option<String>; 2],
}

/// One quote aligned across the documents of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignedQuote {
    /// The quoted words (the shared words for a verbatim quote).
    pub text: String,
    /// The speaker's canonical name, when attributed.
    pub speaker: Option<String>,
    /// How it is shared.
    pub status: QuoteStatus,
    /// Documents quoting it, in input order.
    pub docs: Vec<DocIndex>,
    /// Every quotation of it.
    pub mentions: Vec<Mention>,
    /// Who the documents say spoke it: one entry per person (names that
    /// [`crate::facts::names::same_person`] matches are one), in order of first mention.
    pub speakers: Vec<QuoteSpeaker>,
    /// Two sources attribute the quote to different people.
    pub misattributed: bool,
}

/// One person a shared quote is attributed to, and by which documents.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteSpeaker {
    /// The name as the first attributing document gives it (the fullest
    /// form among the documents that agree).
    pub name: String,
    /// The documents attributing the quote to this person, in input order.
    pub docs: Vec<DocIndex>,
}

/// What the comparison found for one event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventAgreement {
    /// The documents, in input order.
    pub docs: Vec<DocIndex>,
    /// The sources: groups of documents that count as one source (copies
    /// of one text, or one outlet), in input order.
    pub sources: Vec<Vec<DocIndex>>,
    /// Aligned facts (not quotes), conflicts first, then by first mention.
    pub facts: Vec<AlignedFact>,
    /// Aligned quotes, by first mention.
    pub quotes: Vec<AlignedQuote>,
    /// Relative dates with no publication date to resolve them; never
    /// compared.
    pub unresolved: Vec<Mention>,
    /// Documents of the event beyond [`crate::compare::CompareConfig::max_docs`], in input
    /// order: in the event, but their facts were not compared.
    pub not_compared: Vec<DocIndex>,
}
