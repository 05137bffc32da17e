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
//! ([`crate::facts::names::canonical_key`]: Kiev = Kyiv) and [`crate::facts::names::same_person`]
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
use crate::facts::{CivilDate, Fact, FactKind, FactValue};
use crate::text::shingle::Scratch;
use crate::text::{Analyzer, ShingleConfig};
use std::collections::{BTreeMap, BTreeSet};

mod ages;
pub mod align;
mod counted;
pub mod daypart;
mod dollars;
mod entities;
mod fixed;
mod followup;
mod groups;
mod loose;
mod output;
mod pairs;
mod per_unit;
mod quotes;
mod roles;
mod sole;
pub mod stamps;
mod thing;
mod vague;
pub mod values;
mod wire;

pub use output::{
    AlignedFact, AlignedQuote, ClaimInfo, CopyEvidence, EventAgreement, Evidence, Mention,
    QuoteSpeaker, QuoteStatus, StatedValue, Status,
};
pub use values::Relation;

/// Whether the environment variable `CONCORD_TRACE` is set: then the
/// alignment writes to standard error each figure it weighs (`M doc start
/// end kind class`), each pair it weighs with its outcome (`P doc start doc
/// start relation outcome`), each figure left out as a fixed phrase (`X
/// doc start`) and each age given to a named person or a role before the
/// buckets are weighed (`A doc start key`: [`ages::align`]), for
/// `scripts/loss_eval.sh`. A development aid; the output
/// on standard out is the same either way.
pub(crate) fn tracing() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("CONCORD_TRACE").is_some())
}

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
        let local = with_reread(docs, &reread);
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
                    if tracing() {
                        eprintln!("X\t{}\t{}\tfixed", d.index, f.span.start);
                    }
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
                            qualifier: f.qualifier,
                        });
                    }
                    continue;
                }
                ms.push(mention(d, claim, f, frame, published, sentence));
            }
        }
        if tracing() {
            for m in &ms {
                eprintln!(
                    "M\t{}\t{}\t{}\t{:?}\t{}",
                    m.doc,
                    m.fact.span.start,
                    m.fact.span.end,
                    m.fact.kind,
                    align::trace_class(m)
                );
            }
        }
        let (mut facts, ms) = ages::align(ms, &unit_of);
        if tracing() {
            // the ages of named people, taken before the buckets are
            // weighed: each mention with the person it was given to
            for f in &facts {
                for m in f.values.iter().flat_map(|v| &v.mentions) {
                    eprintln!("A\t{}\t{}\t{}", m.doc, m.span.start, f.key);
                }
            }
        }
        facts.extend(align::align(&ms, &unit_of));
        facts.extend(entities::align(docs, &claims, &unit_of));
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

/// The mention the alignment weighs of fact `f` of document `d` (its
/// frame, the document's publication day or the event's time, its
/// sentence): the dates of its clause as day ranges, its hedge word, its
/// time within the day, the other figures of its sentence. One builder
/// for [`Comparator::compare`] and [`explain_pair`].
fn mention<'a>(
    d: &EventDoc<'a>,
    claim: &'a ClaimDoc,
    f: &'a Fact,
    frame: &'a crate::claim::Frame,
    published: Option<i64>,
    sentence: Span,
) -> align::M<'a> {
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
    align::M {
        doc: d.index,
        fact: f,
        frame,
        published,
        dated: d.published.is_some(),
        anchors,
        sentence,
        hedge,
        surface: d.text.get(f.span.start..f.span.end).unwrap_or(""),
        sentence_text: d.text.get(sentence.start..sentence.end).unwrap_or(""),
        clause_text: d
            .text
            .get(frame.clause.start..frame.clause.end)
            .unwrap_or(""),
        // The time within its day of a mention of one day.
        within_day: match &f.value {
            FactValue::Date(v) if values::day_range(v).is_some_and(|(lo, hi)| lo == hi) => {
                daypart::at(&claim.tokens, f.span)
            }
            _ => None,
        },
        siblings: frame
            .siblings
            .iter()
            .filter_map(|&j| {
                d.facts.get(j).map(|g| align::Sibling {
                    kind: g.kind,
                    value: &g.value,
                    head: claim
                        .frames
                        .get(j)
                        .and_then(Option::as_ref)
                        .and_then(|h| h.head.as_ref())
                        .map(|h| h.base.as_str()),
                })
            })
            .collect(),
        offset: offset_counted(d, f),
        notes: fixed::in_notes(d.text, f.span.start),
    }
}

/// The documents with the facts [`dollars::reread`] gave them in place of
/// their own, where it gave any.
fn with_reread<'a>(docs: &[EventDoc<'a>], reread: &'a [Option<Vec<Fact>>]) -> Vec<EventDoc<'a>> {
    docs.iter()
        .zip(reread)
        .map(|(d, r)| EventDoc {
            facts: r.as_deref().unwrap_or(d.facts),
            ..*d
        })
        .collect()
}

/// Why two figures or dates are or are not one claim, with both frames:
/// each side is the position of its document in `docs` and the first byte
/// of the fact's span. The mentions are built as [`Comparator::compare`]
/// builds them (a bare "$" reread in a one-dollar event, the publication
/// day or the event's time, the other figures of the sentence for the
/// vetoes that weigh them). A development aid (`examples/explain.rs`);
/// `None` when either side is no figure or date of its document.
#[doc(hidden)]
pub fn explain_pair(docs: &[EventDoc<'_>], a: (usize, usize), b: (usize, usize)) -> Option<String> {
    let reread = dollars::reread(docs);
    let local = with_reread(docs, &reread);
    let claims: Vec<ClaimDoc> = local
        .iter()
        .map(|d| ClaimDoc::new(d.text, d.facts))
        .collect();
    let reference = event_time(&local);
    let mut out = String::new();
    let mut ms = Vec::new();
    for (pos, start) in [a, b] {
        let (d, claim) = (local.get(pos)?, claims.get(pos)?);
        let i = d
            .facts
            .iter()
            .position(|f| f.span.start == start && f.kind != FactKind::Person)?;
        let (f, frame) = (d.facts.get(i)?, claim.frames.get(i)?.as_ref()?);
        let published = d.published.map(values::day_number).or(reference);
        let sentence = claim.tokens.sentence_span(f.span);
        out.push_str(&format!(
            "{}: {:?} {:?} {:?}\n  {:#?}\n\n",
            d.index,
            f.kind,
            d.text.get(f.span.start..f.span.end).unwrap_or(""),
            f.value,
            frame
        ));
        ms.push(mention(d, claim, f, frame, published, sentence));
    }
    out.push_str(&align::explain(ms.first()?, ms.get(1)?));
    Some(out)
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

/// The byte range of the sentence of `text` that holds `span` (the span
/// itself when it crosses sentences), for showing a fact in its words.
/// Always on character boundaries of `text` when `span` is.
pub fn sentence_around(text: &str, span: Span) -> Span {
    crate::claim::Tokens::new(text).sentence_span(span)
}

#[cfg(test)]
mod tests;
