//! Source consistency within one event: which facts all sources agree on,
//! which differ, which only one source states, and which quotes they share.
//!
//! Consumes the documents of one event ([`EventDoc`]: original text,
//! outlet, extracted [`Fact`]s); produces an [`EventAgreement`]: aligned
//! facts with a [`Status`] and the evidence (document, byte span) of every
//! value, aligned quotes, and the unresolved relative dates that were left
//! out of the comparison.
//!
//! How facts are aligned: by claim ([`crate::claim`]). Each figure and date
//! has a frame (head noun and its modifiers, predicate, the names and dates
//! of its clause); two mentions in two documents are one fact only when
//! their frames say they make the same claim, and two values that cannot be
//! shown to be one claim are never a conflict (see [`align`] for the rules).
//! Publication metadata (datelines, "Published / Updated" stamps) is never
//! compared as a fact of the event; only the stamp lines of two copies of
//! one text are, since two days there mean one date line was changed
//! ([`stamps`]). Names are matched through their canonical keys
//! ([`names::canonical_key`]: Kiev = Kyiv) and [`names::same_person`]
//! (surname plus compatible first name); string similarity never decides
//! alone, and never touches numbers.
//!
//! Verdicts count *sources*, not documents: near-duplicate copies of one
//! text (word-shingle Jaccard ≥ [`CompareConfig::copy_threshold`]) and
//! documents of one outlet are one source. A conflict is raised whenever two
//! documents state incompatible values, copies included. Per fact, two
//! documents that carry one wire story (word 5-shingle containment ≥ 0.5)
//! and state it in near-identical sentences are copies too: an agreement
//! only copies make is stated by one source (`wire`). Ages of named people
//! are compared per person, with the time between the articles (`ages`). Relative dates
//! that could not be resolved (value null) are never compared.
//!
//! Guarantees: deterministic (input order only), never panics, no fuzzy
//! string comparison of figures.

use crate::claim::ClaimDoc;
use crate::document::{DocIndex, Span};
use crate::facts::{names, CivilDate, Fact, FactKind, FactValue, Qualifier};
use crate::text::shingle::Scratch;
use crate::text::{Analyzer, ShingleConfig};
use std::collections::{BTreeMap, BTreeSet};

mod ages;
pub mod align;
mod counted;
pub mod daypart;
mod dollars;
mod fixed;
mod followup;
mod loose;
mod pairs;
mod per_unit;
mod quotes;
mod roles;
mod sole;
pub mod stamps;
mod vague;
pub mod values;
mod wire;

pub use values::Relation;

/// One document of an event, as the comparison sees it.
#[derive(Debug, Clone, Copy)]
pub struct EventDoc<'a> {
    /// Its index in input order.
    pub index: DocIndex,
    /// Its original text (fact spans point into it).
    pub text: &'a str,
    /// Outlet name or domain, when known.
    pub source: Option<&'a str>,
    /// Its facts, as [`crate::facts::extract`] returns them.
    pub facts: &'a [Fact],
    /// Its publication date, when known: dates far before it are
    /// background, compared only when their claims align.
    pub published: Option<CivilDate>,
    /// Whether `published` is the record's own metadata (its `published`
    /// field), not a date read from the text: only metadata can say which
    /// of two copies' stamp lines is the record's ([`stamps`]).
    pub from_metadata: bool,
}

/// Settings of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct CompareConfig {
    /// Documents whose word 5-shingle Jaccard is at least this are copies of
    /// one text and count as one source.
    pub copy_threshold: f64,
    /// Context similarity at which two different values are taken to be
    /// the same fact (a conflict or an approximation).
    pub context_threshold: f64,
    /// Normalised Levenshtein similarity at which two quotes are paraphrases.
    pub paraphrase_levenshtein: f64,
    /// Token Jaccard similarity at which two quotes are paraphrases.
    pub paraphrase_jaccard: f64,
    /// At most this many documents of one event are compared (the first in
    /// input order); the rest are listed as not compared. Alignment is
    /// quadratic in the mentions of an event, so this bounds the work of an
    /// event of thousands of wire copies.
    pub max_docs: usize,
}

impl Default for CompareConfig {
    fn default() -> Self {
        CompareConfig {
            copy_threshold: 0.8,
            context_threshold: 0.5,
            paraphrase_levenshtein: 0.8,
            paraphrase_jaccard: 0.6,
            max_docs: 100,
        }
    }
}

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
}

/// One value stated for an aligned fact, with every place it is stated.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedValue {
    /// The normalised value.
    pub value: FactValue,
    /// Its hedge, if any.
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
    /// at all ([`stamps`]).
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
    /// [`CompareConfig::copy_threshold`]).
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
    /// [`names::same_person`] matches are one), in order of first mention.
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
    /// Documents of the event beyond [`CompareConfig::max_docs`], in input
    /// order: in the event, but their facts were not compared.
    pub not_compared: Vec<DocIndex>,
}

/// Union–find over `0..n` with path halving; the smaller index is the root.
pub(crate) struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub(crate) fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    pub(crate) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// The comparison engine (stateless apart from its configuration).
#[derive(Debug, Clone)]
pub struct Comparator {
    config: CompareConfig,
    analyzer: Analyzer,
}

impl Comparator {
    /// Builds a comparator.
    ///
    /// # Errors
    /// [`crate::Error::Config`] when a threshold is outside (0, 1].
    pub fn new(config: CompareConfig) -> crate::Result<Self> {
        for (name, v) in [
            ("copy threshold", config.copy_threshold),
            ("context threshold", config.context_threshold),
            (
                "paraphrase Levenshtein similarity",
                config.paraphrase_levenshtein,
            ),
            ("paraphrase Jaccard similarity", config.paraphrase_jaccard),
        ] {
            if !(v > 0.0 && v <= 1.0) {
                return Err(crate::Error::Config(format!(
                    "{name} must be in (0, 1], got {v}"
                )));
            }
        }
        if config.max_docs < 2 {
            return Err(crate::Error::Config(format!(
                "at least 2 documents per event must be compared, got {}",
                config.max_docs
            )));
        }
        Ok(Comparator {
            config,
            analyzer: Analyzer::new(ShingleConfig::default())?,
        })
    }

    /// The configuration.
    pub fn config(&self) -> &CompareConfig {
        &self.config
    }

    /// Compares the documents of one event (given in input order).
    pub fn compare(&self, all_docs: &[EventDoc<'_>]) -> EventAgreement {
        let (docs, rest) = all_docs.split_at(all_docs.len().min(self.config.max_docs));
        // a bare "$" read as US dollars for want of a locale, in an event
        // told in one local dollar, is that dollar
        let reread = dollars::reread(docs);
        let local: Vec<EventDoc<'_>> = docs
            .iter()
            .zip(&reread)
            .map(|(d, r)| EventDoc {
                facts: r.as_deref().unwrap_or(d.facts),
                ..*d
            })
            .collect();
        let docs = local.as_slice();
        let (sources, copies, wire) = self.sources(docs);
        let mut unit = BTreeMap::new();
        for (u, members) in sources.iter().enumerate() {
            for &d in members {
                unit.insert(d, u);
            }
        }
        let unit_of = |d: DocIndex| unit.get(&d).copied().unwrap_or(usize::MAX);
        let claims: Vec<ClaimDoc> = docs
            .iter()
            .map(|d| ClaimDoc::new(d.text, d.facts))
            .collect();

        let reference = event_time(docs);
        let mut unresolved = Vec::new();
        let mut ms: Vec<align::M<'_>> = Vec::new();
        for (pos, d) in docs.iter().enumerate() {
            let claim = &claims[pos];
            let published = d.published.map(values::day_number).or(reference);
            for (i, f) in d.facts.iter().enumerate() {
                let Some(frame) = claim.frames.get(i).and_then(Option::as_ref) else {
                    continue;
                };
                let sentence = claim.tokens.sentence_span(f.span);
                // a count told from a happening ("two days after the
                // crash") has no calendar day: its duration is compared
                if matches!(f.value, FactValue::Offset(_)) {
                    continue;
                }
                // a figure inside a name or a fixed phrase ("first-degree
                // murder", "the fourth quarter") is no claim to compare
                if fixed::fixed_phrase(d.text, &claim.tokens, f).is_some() {
                    continue;
                }
                if f.kind == FactKind::Date
                    && matches!(&f.value, FactValue::Date(v) if v.is_unresolved())
                {
                    // listed as left for want of a publication date: a
                    // dated article's league season or game week has no
                    // calendar value at all
                    if frame.role != crate::claim::Role::Metadata && d.published.is_none() {
                        unresolved.push(Mention {
                            doc: d.index,
                            span: f.span,
                            sentence,
                        });
                    }
                    continue;
                }
                let anchors = frame
                    .anchors
                    .iter()
                    .filter_map(|&j| {
                        let g = d.facts.get(j)?;
                        match &g.value {
                            FactValue::Date(v) if !v.is_unresolved() => values::day_range(v),
                            // "last year", "a decade ago", "last season" with
                            // no publication date to resolve them: another
                            // time all the same.
                            FactValue::Date(_) => g
                                .relative
                                .as_deref()
                                .filter(|r| other_time(r))
                                .map(|_| (i64::MIN / 4, i64::MIN / 4)),
                            _ => None,
                        }
                    })
                    .collect();
                // "since 2019, when 31 died": the time the date begins
                let mut anchors: Vec<(i64, i64)> = anchors;
                let when = frame.when_date.and_then(|j| match &d.facts.get(j)?.value {
                    FactValue::Date(v) => values::day_range(v),
                    _ => None,
                });
                if let Some((lo, hi)) = when {
                    anchors.push((lo, hi.min(lo.saturating_add(365))));
                }
                let hedge = f.qualifier.and_then(|_| {
                    let (a, b) = claim.tokens.range_of(f.span);
                    claim.tokens.toks[a..b]
                        .iter()
                        .find(|t| t.is_word() && !t.has_digit)
                        .map(|t| t.norm.clone())
                });
                ms.push(align::M {
                    doc: d.index,
                    fact: f,
                    frame,
                    published,
                    dated: d.published.is_some(),
                    anchors,
                    sentence,
                    hedge,
                    surface: d.text.get(f.span.start..f.span.end).unwrap_or(""),
                    clause_text: d
                        .text
                        .get(frame.clause.start..frame.clause.end)
                        .unwrap_or(""),
                    // The time within its day of a mention of one day.
                    within_day: match &f.value {
                        FactValue::Date(v)
                            if values::day_range(v).is_some_and(|(lo, hi)| lo == hi) =>
                        {
                            daypart::at(&claim.tokens, f.span)
                        }
                        _ => None,
                    },
                    siblings: frame
                        .siblings
                        .iter()
                        .filter_map(|&j| d.facts.get(j).map(|f| &f.value))
                        .collect(),
                    offset: offset_counted(d, f),
                    notes: fixed::in_notes(d.text, f.span.start),
                });
            }
        }
        let (mut facts, ms) = ages::align(ms, &unit_of);
        facts.extend(align::align(&ms, &unit_of));
        facts.extend(align_names(docs, &claims, &unit_of));
        facts.extend(stamps::align(docs, &claims, &copies));
        let texts = wire::Texts {
            text: docs.iter().map(|d| (d.index, d.text)).collect(),
            wire,
            whole: copies
                .iter()
                .filter_map(|c| Some((docs.get(c.docs[0])?.index, docs.get(c.docs[1])?.index)))
                .collect(),
        };
        wire::count_once(&mut facts, &texts, &unit_of);
        facts.sort_by(|a, b| {
            (a.status != Status::Conflict)
                .cmp(&(b.status != Status::Conflict))
                .then_with(|| first_mention(a).cmp(&first_mention(b)))
                .then_with(|| a.kind.cmp(&b.kind))
        });
        let quotes = quotes::align(
            docs,
            &unit_of,
            self.config.paraphrase_levenshtein,
            self.config.paraphrase_jaccard,
        );
        EventAgreement {
            docs: all_docs.iter().map(|d| d.index).collect(),
            sources,
            facts,
            quotes,
            unresolved,
            not_compared: rest.iter().map(|d| d.index).collect(),
        }
    }

    /// Groups documents into sources: near-duplicate copies and one outlet.
    /// Also returns the pairs of copies (positions in `docs`, the lower
    /// first) with their word-shingle Jaccard, and the pairs of documents
    /// (indices, the lower first) that carry one wire text
    /// ([`wire::WIRE_CONTAINMENT`]).
    #[allow(clippy::type_complexity)]
    fn sources(
        &self,
        docs: &[EventDoc<'_>],
    ) -> (
        Vec<Vec<DocIndex>>,
        Vec<stamps::Copies>,
        BTreeSet<(DocIndex, DocIndex)>,
    ) {
        let mut uf = UnionFind::new(docs.len());
        let mut scratch = Scratch::default();
        let sets: Vec<_> = docs
            .iter()
            .map(|d| {
                self.analyzer
                    .analyze(d.text, &mut scratch)
                    .into_shingle_set()
            })
            .collect();
        let outlet = |d: &EventDoc<'_>| {
            d.source
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty())
        };
        let mut copies = Vec::new();
        let mut wire = BTreeSet::new();
        for i in 0..docs.len() {
            for j in (i + 1)..docs.len() {
                let same_outlet =
                    outlet(&docs[i]).is_some() && outlet(&docs[i]) == outlet(&docs[j]);
                let (jaccard, containment) = if sets[i].is_empty() || sets[j].is_empty() {
                    (0.0, 0.0)
                } else {
                    let shared = sets[i].intersection_len(&sets[j]) as f64;
                    let (x, y) = (sets[i].len() as f64, sets[j].len() as f64);
                    (shared / (x + y - shared), shared / x.min(y))
                };
                if containment >= wire::WIRE_CONTAINMENT {
                    let (a, b) = (docs[i].index, docs[j].index);
                    wire.insert((a.min(b), a.max(b)));
                }
                let copy = jaccard >= self.config.copy_threshold;
                if copy {
                    copies.push(stamps::Copies {
                        docs: [i, j],
                        jaccard,
                    });
                }
                if same_outlet || copy {
                    uf.union(i, j);
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<DocIndex>> = BTreeMap::new();
        for (i, d) in docs.iter().enumerate() {
            groups.entry(uf.find(i)).or_default().push(d.index);
        }
        (groups.into_values().collect(), copies, wire)
    }
}

/// Whether a relative date points to another year or season than the
/// article's ("last year", "a decade ago", "the previous season").
fn other_time(relative: &str) -> bool {
    let r = relative.to_lowercase();
    let period = ["year", "season", "decade", "century"]
        .iter()
        .any(|p| r.contains(p));
    let past = ["last", "ago", "previous", "past", "earlier", "prior"]
        .iter()
        .any(|p| r.contains(p));
    period && past
}

/// The time of an event, for documents with no publication date (days
/// from 1970-01-01): the median publication date of its documents, else the
/// median of the calendar days its documents state.
fn event_time(docs: &[EventDoc<'_>]) -> Option<i64> {
    let median = |mut v: Vec<i64>| {
        v.sort_unstable();
        v.get(v.len() / 2).copied()
    };
    let published: Vec<i64> = docs
        .iter()
        .filter_map(|d| d.published)
        .map(values::day_number)
        .collect();
    if !published.is_empty() {
        return median(published);
    }
    let days: Vec<i64> = docs
        .iter()
        .flat_map(|d| d.facts.iter())
        .filter_map(|f| match &f.value {
            FactValue::Date(v) if f.kind == FactKind::Date => values::day_range(v),
            _ => None,
        })
        .filter(|(lo, hi)| lo == hi)
        .map(|(lo, _)| lo)
        .collect();
    median(days)
}

/// The offset whose count the duration `f` of document `d` is ("two days"
/// of "two days after the crash"), with its anchor.
fn offset_counted(d: &EventDoc<'_>, f: &Fact) -> Option<align::Anchored> {
    if f.kind != FactKind::Duration {
        return None;
    }
    let from = d.facts.partition_point(|g| g.span.start < f.span.start);
    d.facts
        .get(from..)?
        .iter()
        .take_while(|g| g.span.start == f.span.start)
        .find_map(|g| match &g.value {
            FactValue::Offset(o) => Some(align::Anchored::of(o, d.text)),
            _ => None,
        })
}

fn first_mention(f: &AlignedFact) -> Option<Mention> {
    f.values
        .iter()
        .flat_map(|v| v.mentions.iter())
        .min()
        .copied()
}

/// People, places and organisations: one aligned fact per entity. People
/// named in full are grouped by canonical key, then a person's surname-only
/// or initial forms join the one full name they can denote
/// ([`names::same_person`]); an ambiguous short form stays apart.
fn align_names(
    docs: &[EventDoc<'_>],
    claims: &[ClaimDoc],
    unit_of: &dyn Fn(DocIndex) -> usize,
) -> Vec<AlignedFact> {
    struct N {
        kind: FactKind,
        key: String,
        shown: String,
        words: usize,
        mention: Mention,
    }
    let mut ns: Vec<N> = Vec::new();
    for (d, claim) in docs.iter().zip(claims) {
        for f in d.facts {
            if !matches!(f.kind, FactKind::Person | FactKind::Place | FactKind::Org) {
                continue;
            }
            let FactValue::Text(name) = &f.value else {
                continue;
            };
            let key = names::canonical_key(name);
            if key.is_empty() {
                continue;
            }
            ns.push(N {
                kind: f.kind,
                words: key.split(' ').count(),
                key,
                shown: name.clone(),
                mention: Mention {
                    doc: d.index,
                    span: f.span,
                    sentence: claim.tokens.sentence_span(f.span),
                },
            });
        }
    }
    // Groups keyed by (kind, canonical key), in order of first mention.
    let mut group_of: BTreeMap<(FactKind, &str), usize> = BTreeMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // Full person names first, so short forms can join them.
    let mut order: Vec<usize> = (0..ns.len()).collect();
    order.sort_by_key(|&i| (ns[i].kind == FactKind::Person && ns[i].words < 2, i));
    for i in order {
        let n = &ns[i];
        if let Some(&g) = group_of.get(&(n.kind, n.key.as_str())) {
            groups[g].push(i);
            continue;
        }
        if n.kind == FactKind::Person {
            let candidates: BTreeSet<usize> = group_of
                .iter()
                .filter(|((k, key), _)| *k == FactKind::Person && names::same_person(key, &n.key))
                .map(|(_, &g)| g)
                .collect();
            if candidates.len() == 1 {
                if let Some(&g) = candidates.first() {
                    groups[g].push(i);
                    continue;
                }
            }
        }
        group_of.insert((n.kind, n.key.as_str()), groups.len());
        groups.push(vec![i]);
    }
    groups
        .into_iter()
        .map(|mut g| {
            g.sort_unstable_by_key(|&i| ns[i].mention);
            let units: BTreeSet<usize> = g.iter().map(|&i| unit_of(ns[i].mention.doc)).collect();
            let lead = g
                .iter()
                .copied()
                .max_by_key(|&i| (ns[i].words, std::cmp::Reverse(i)))
                .unwrap_or(g[0]);
            let mut docs_in: Vec<DocIndex> = g.iter().map(|&i| ns[i].mention.doc).collect();
            docs_in.dedup();
            AlignedFact {
                kind: ns[lead].kind,
                key: ns[lead].shown.clone(),
                status: if units.len() >= 2 {
                    Status::Agree
                } else {
                    Status::SingleSource
                },
                values: vec![StatedValue {
                    value: FactValue::Text(ns[lead].shown.clone()),
                    qualifier: None,
                    docs: docs_in,
                    mentions: g.iter().map(|&i| ns[i].mention).collect(),
                }],
                claim: ClaimInfo::default(),
                evidence: Vec::new(),
                copies: Vec::new(),
            }
        })
        .collect()
}

/// The byte range of the sentence of `text` that holds `span` (the span
/// itself when it crosses sentences), for showing a fact in its words.
/// Always on character boundaries of `text` when `span` is.
pub fn sentence_around(text: &str, span: Span) -> Span {
    crate::claim::Tokens::new(text).sentence_span(span)
}

#[cfg(test)]
mod tests;
