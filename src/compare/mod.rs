//! Source consistency within one event: which facts all sources agree on,
//! which differ, which only one source states, and which quotes they share.
//!
//! Consumes the documents of one event ([`EventDoc`]: original text,
//! outlet, extracted [`Fact`]s); produces an [`EventAgreement`]: aligned
//! facts with a [`Status`] and the evidence (document, byte span) of every
//! value, aligned quotes, and the unresolved relative dates that were left
//! out of the comparison.
//!
//! How facts are aligned. Two mentions in two documents are the same fact
//! when they are of one kind (and, for counts, quantities and durations,
//! count one noun or unit) and are *about the same thing*:
//!
//! - their sentence contexts match (a weighted bag of the words on each
//!   side, nearest words weighing most, numbers excluded: "package worth
//!   $175 million" in a copy of the text that says "$350 million"); or
//! - they state the same or a compatible value ("package worth $175
//!   million" and "weapons worth $175 million"; "nearly 50 allies" and
//!   "some 50 allies"); or
//! - they name the same head noun ("allies", "package") and each document
//!   gives that noun a single value.
//!
//! Candidate links are taken strongest first (context similarity, then
//! value agreement) into union–find, refusing any merge that would put two
//! incompatible values *of one document* into one fact: a document that
//! states two different figures is describing two different things. Names
//! are matched through their canonical keys ([`names::canonical_key`]:
//! Kiev = Kyiv) and [`names::same_person`] (surname plus compatible first
//! name); string similarity never decides alone, and never touches numbers.
//!
//! Verdicts count *sources*, not documents: near-duplicate copies of one
//! text (word-shingle Jaccard ≥ [`CompareConfig::copy_threshold`]) and
//! documents of one outlet are one source. A conflict is raised whenever two
//! documents state incompatible values, copies included. Relative dates
//! that could not be resolved (value null) are never compared.
//!
//! Guarantees: deterministic (input order only), never panics, no fuzzy
//! string comparison of figures.

use crate::document::{DocIndex, Span};
use crate::facts::{names, Fact, FactKind, FactValue, Qualifier};
use crate::text::shingle::Scratch;
use crate::text::{Analyzer, ShingleConfig};
use std::collections::{BTreeMap, BTreeSet};

mod context;
mod quotes;
pub mod values;

use context::{Context, DocTokens};
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
    /// What the fact is about, as a readable phrase ("security assistance
    /// package", "allies"), or the canonical name for names.
    pub key: String,
    /// The verdict.
    pub status: Status,
    /// The distinct values, most stated first (ties: first stated first).
    pub values: Vec<StatedValue>,
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

/// A figure or date mention prepared for alignment.
struct M<'a> {
    doc: DocIndex,
    /// Position of the document in the event.
    pos: usize,
    fact: &'a Fact,
    /// Sub-kind that must match: counted noun, unit, currency-free kind.
    class: String,
    context: Context,
    /// Head noun (singular) of what the figure is about, if known.
    head: Option<String>,
    /// Readable phrase of what the figure is about.
    phrase: String,
    /// The hedge word of a qualified figure ("nearly", "some").
    hedge: Option<String>,
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
        let sources = self.sources(docs);
        let mut unit = BTreeMap::new();
        for (u, members) in sources.iter().enumerate() {
            for &d in members {
                unit.insert(d, u);
            }
        }
        let unit_of = |d: DocIndex| unit.get(&d).copied().unwrap_or(usize::MAX);
        let tokens: Vec<DocTokens> = docs.iter().map(|d| DocTokens::new(d.text)).collect();

        let mut unresolved = Vec::new();
        let mut ms: Vec<M<'_>> = Vec::new();
        for (pos, d) in docs.iter().enumerate() {
            for f in d.facts {
                match f.kind {
                    FactKind::Quote | FactKind::Person | FactKind::Place | FactKind::Org => {}
                    FactKind::Date if matches!(f.value, FactValue::Date(None)) => {
                        unresolved.push(Mention {
                            doc: d.index,
                            span: f.span,
                        });
                    }
                    _ => ms.push(prepare(d.index, pos, f, &tokens[pos])),
                }
            }
        }
        let mut facts = self.align_figures(&ms, &unit_of);
        facts.extend(align_names(docs, &unit_of));
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
    fn sources(&self, docs: &[EventDoc<'_>]) -> Vec<Vec<DocIndex>> {
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
        for i in 0..docs.len() {
            for j in (i + 1)..docs.len() {
                let same_outlet =
                    outlet(&docs[i]).is_some() && outlet(&docs[i]) == outlet(&docs[j]);
                let copies = !sets[i].is_empty()
                    && !sets[j].is_empty()
                    && sets[i].jaccard(&sets[j]) >= self.config.copy_threshold;
                if same_outlet || copies {
                    uf.union(i, j);
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<DocIndex>> = BTreeMap::new();
        for (i, d) in docs.iter().enumerate() {
            groups.entry(uf.find(i)).or_default().push(d.index);
        }
        groups.into_values().collect()
    }

    /// Aligns figures and dates (see the module documentation).
    fn align_figures(&self, ms: &[M<'_>], unit_of: &dyn Fn(DocIndex) -> usize) -> Vec<AlignedFact> {
        // Values per (document, kind, class, head): for the head-noun rule.
        let mut per_head: BTreeMap<(usize, FactKind, &str, &str), Vec<usize>> = BTreeMap::new();
        for (i, m) in ms.iter().enumerate() {
            if let Some(h) = &m.head {
                per_head
                    .entry((m.pos, m.fact.kind, m.class.as_str(), h.as_str()))
                    .or_default()
                    .push(i);
            }
        }
        let single_valued = |i: usize| -> bool {
            let m = &ms[i];
            let Some(h) = &m.head else { return false };
            per_head
                .get(&(m.pos, m.fact.kind, m.class.as_str(), h.as_str()))
                .is_some_and(|v| {
                    v.iter().all(|&j| {
                        values::relation(
                            &ms[j].fact.value,
                            ms[j].fact.qualifier,
                            &m.fact.value,
                            m.fact.qualifier,
                        ) == Relation::Same
                    })
                })
        };
        let mut per_class: BTreeMap<(usize, FactKind, &str), usize> = BTreeMap::new();
        for m in ms {
            *per_class
                .entry((m.pos, m.fact.kind, m.class.as_str()))
                .or_default() += 1;
        }
        let sole = |i: usize| {
            let m = &ms[i];
            per_class.get(&(m.pos, m.fact.kind, m.class.as_str())) == Some(&1)
        };
        let bare_text = |m: &M<'_>| m.context.weight() < 0.5;
        // Candidate links, bucketed by kind and class.
        let mut buckets: BTreeMap<(FactKind, &str), Vec<usize>> = BTreeMap::new();
        for (i, m) in ms.iter().enumerate() {
            buckets
                .entry((m.fact.kind, m.class.as_str()))
                .or_default()
                .push(i);
        }
        let mut links: Vec<(f64, usize, usize)> = Vec::new();
        for members in buckets.values() {
            for (x, &i) in members.iter().enumerate() {
                for &j in &members[x + 1..] {
                    let (a, b) = (&ms[i], &ms[j]);
                    let rel = values::relation(
                        &a.fact.value,
                        a.fact.qualifier,
                        &b.fact.value,
                        b.fact.qualifier,
                    );
                    let ctx = a.context.similarity(&b.context);
                    let same_head = a.head.is_some() && a.head == b.head;
                    let bare = matches!(a.fact.kind, FactKind::Number | FactKind::Ordinal);
                    let score = if a.doc == b.doc {
                        // One document repeating a figure.
                        (rel == Relation::Same && (ctx >= 0.2 || same_head || !bare))
                            .then_some(0.5 + ctx)
                    } else {
                        match rel {
                            Relation::Same => {
                                (!bare || ctx >= 0.2 || same_head).then_some(0.5 + ctx)
                            }
                            // A date and a coarser date holding it ("December
                            // 2023", "December 6, 2023") need less context
                            // than two hedged figures.
                            Relation::Compatible => {
                                let need = if a.fact.kind == FactKind::Date {
                                    0.05
                                } else {
                                    0.25
                                };
                                (ctx >= need || same_head).then_some(0.25 + ctx)
                            }
                            Relation::Incompatible => {
                                if ctx >= self.config.context_threshold {
                                    Some(ctx)
                                } else if same_head && single_valued(i) && single_valued(j) {
                                    Some(0.1 + ctx)
                                } else if bare_text(a) && bare_text(b) && sole(i) && sole(j) {
                                    // Nothing around either figure, and
                                    // each is its document's only one.
                                    Some(0.05)
                                } else {
                                    None
                                }
                            }
                            Relation::Unrelated => None,
                        }
                    };
                    if let Some(s) = score {
                        links.push((s, i, j));
                    }
                }
            }
        }
        links.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));

        let mut uf = UnionFind::new(ms.len());
        let mut members: Vec<Vec<usize>> = (0..ms.len()).map(|i| vec![i]).collect();
        for (_, i, j) in links {
            let (ri, rj) = (uf.find(i), uf.find(j));
            if ri == rj {
                continue;
            }
            // One document states one value per fact (it may repeat it);
            // values that cannot be compared are never one fact.
            let clash = members[ri].iter().any(|&x| {
                members[rj].iter().any(|&y| {
                    let rel = values::relation(
                        &ms[x].fact.value,
                        ms[x].fact.qualifier,
                        &ms[y].fact.value,
                        ms[y].fact.qualifier,
                    );
                    rel == Relation::Unrelated || (ms[x].doc == ms[y].doc && rel != Relation::Same)
                })
            });
            if clash {
                continue;
            }
            uf.union(ri, rj);
            let root = uf.find(ri);
            let other = if root == ri { rj } else { ri };
            let moved = std::mem::take(&mut members[other]);
            members[root].extend(moved);
        }
        let mut out = Vec::new();
        for (root, group) in members.iter_mut().enumerate() {
            if group.is_empty() || uf.find(root) != root {
                continue;
            }
            group.sort_unstable();
            out.push(build_fact(ms, group, unit_of));
        }
        out
    }
}

fn first_mention(f: &AlignedFact) -> Option<Mention> {
    f.values
        .iter()
        .flat_map(|v| v.mentions.iter())
        .min()
        .copied()
}

fn prepare<'a>(doc: DocIndex, pos: usize, fact: &'a Fact, tokens: &DocTokens) -> M<'a> {
    let context = Context::of(tokens, fact.span);
    let (class, head, phrase) = match (&fact.kind, &fact.value) {
        (FactKind::Count, _) => {
            let unit = fact.unit.clone().unwrap_or_default();
            let s = context::singular(&unit);
            (s.clone(), Some(s), unit.to_lowercase())
        }
        (FactKind::Money, _) => match context::money_phrase(tokens, fact.span) {
            Some((phrase, head)) => (String::new(), Some(head), phrase),
            None => (
                String::new(),
                None,
                context::nearby_phrase(tokens, fact.span),
            ),
        },
        (FactKind::Quantity, FactValue::Quantity(q)) => {
            let unit = match q {
                crate::facts::Quantity::Amount { unit, .. }
                | crate::facts::Quantity::Range { unit, .. } => unit.clone(),
            };
            (unit, None, context::nearby_phrase(tokens, fact.span))
        }
        (FactKind::Duration, FactValue::Duration(d)) => {
            let unit = match d {
                crate::facts::Duration::Amount { unit, .. } => unit.clone(),
                crate::facts::Duration::Iso { .. } => "iso".to_string(),
            };
            (unit, None, context::nearby_phrase(tokens, fact.span))
        }
        _ => (
            String::new(),
            None,
            context::nearby_phrase(tokens, fact.span),
        ),
    };
    let hedge = fact
        .qualifier
        .and_then(|_| context::hedge_word(tokens, fact.span));
    M {
        doc,
        pos,
        fact,
        class,
        context,
        head,
        phrase,
        hedge,
    }
}

/// The verdict and values of one aligned group of mentions (`group` sorted).
fn build_fact(ms: &[M<'_>], group: &[usize], unit_of: &dyn Fn(DocIndex) -> usize) -> AlignedFact {
    let first = &ms[group[0]];
    let kind = first.fact.kind;
    // Distinct values in order of first mention.
    let mut values: Vec<StatedValue> = Vec::new();
    for &i in group {
        let m = &ms[i];
        let mention = Mention {
            doc: m.doc,
            span: m.fact.span,
        };
        match values
            .iter_mut()
            .find(|v| v.value == m.fact.value && v.qualifier == m.fact.qualifier)
        {
            Some(v) => {
                if !v.docs.contains(&m.doc) {
                    v.docs.push(m.doc);
                }
                v.mentions.push(mention);
            }
            None => values.push(StatedValue {
                value: m.fact.value.clone(),
                qualifier: m.fact.qualifier,
                docs: vec![m.doc],
                mentions: vec![mention],
            }),
        }
    }
    let mut conflict = false;
    let mut exact = true;
    for (x, &i) in group.iter().enumerate() {
        for &j in &group[x + 1..] {
            let (a, b) = (&ms[i], &ms[j]);
            match values::relation(
                &a.fact.value,
                a.fact.qualifier,
                &b.fact.value,
                b.fact.qualifier,
            ) {
                // "nearly 50" and "some 50": one qualifier, two hedges.
                Relation::Same => exact &= a.hedge == b.hedge,
                Relation::Compatible => exact = false,
                Relation::Incompatible | Relation::Unrelated => {
                    if a.doc != b.doc {
                        conflict = true;
                    } else {
                        exact = false;
                    }
                }
            }
        }
    }
    let units: BTreeSet<usize> = group.iter().map(|&i| unit_of(ms[i].doc)).collect();
    let status = if conflict {
        Status::Conflict
    } else if units.len() < 2 {
        Status::SingleSource
    } else if exact {
        Status::Agree
    } else {
        Status::Approximate
    };
    // Stable sort: most documents first, ties in order of first mention.
    values.sort_by_key(|v| std::cmp::Reverse(v.docs.len()));
    AlignedFact {
        kind,
        key: best_phrase(group.iter().map(|&i| ms[i].phrase.as_str())),
        status,
        values,
    }
}

/// The most frequent non-empty phrase (ties: the longest, then the first
/// in alphabetical order).
fn best_phrase<'a>(phrases: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for p in phrases.filter(|p| !p.is_empty()) {
        *counts.entry(p).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(a.0.len().cmp(&b.0.len()))
                .then(b.0.cmp(a.0))
        })
        .map(|(p, _)| p.to_string())
        .unwrap_or_default()
}

/// People, places and organisations: one aligned fact per entity. People
/// named in full are grouped by canonical key, then a person's surname-only
/// or initial forms join the one full name they can denote
/// ([`names::same_person`]); an ambiguous short form stays apart.
fn align_names(docs: &[EventDoc<'_>], unit_of: &dyn Fn(DocIndex) -> usize) -> Vec<AlignedFact> {
    struct N {
        kind: FactKind,
        key: String,
        shown: String,
        words: usize,
        mention: Mention,
    }
    let mut ns: Vec<N> = Vec::new();
    for d in docs {
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
            }
        })
        .collect()
}

/// The byte range of the sentence of `text` that holds `span` (the span
/// itself when it crosses sentences), for showing a fact in its words.
/// Always on character boundaries of `text` when `span` is.
pub fn sentence_around(text: &str, span: Span) -> Span {
    DocTokens::new(text).sentence_span(span, text.len())
}

#[cfg(test)]
mod tests;
