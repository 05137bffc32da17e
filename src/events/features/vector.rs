//! Corpus weights: document frequencies and the TF-IDF vectors made from them.
//!
//! Decides how much each feature weighs in a document's [`DocVector`]: its
//! document frequency over the corpus ([`DocFreq`]) shrunk towards the
//! shipped background of English word frequencies, typed features (names,
//! dates, figures) weighing more than content words
//! ([`TYPED_FEATURE_WEIGHT`]), features in fewer than two documents out,
//! the strongest `max_terms` kept and the norm taken over the whole vector
//! (so that a document full of material no other document has stays
//! dissimilar to everything).

use super::words::FeatureClass;
use super::{Anchor, Identifier, PersonKey, Prominence, RawFeatures};
use crate::events::frame::Frame;
use std::collections::HashMap;

/// How much a feature of a class weighs against a content word of the same
/// rarity: a name, a date or a figure identifies an event (who, where,
/// when, how much), where a word mostly says what *kind* of event it is.
/// Twice a word, a round number rather than a fit; in a cosine it makes
/// such features four times as influential as words.
pub const TYPED_FEATURE_WEIGHT: f64 = 2.0;

fn class_weight(h: u64) -> f64 {
    if FeatureClass::of_hash(h) == FeatureClass::Word {
        1.0
    } else {
        TYPED_FEATURE_WEIGHT
    }
}

/// Document frequencies of features over a corpus.
#[derive(Debug, Clone, Default)]
pub struct DocFreq {
    df: HashMap<u64, u32>,
    docs: u64,
}

/// Settings of [`DocFreq::vector`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VectorConfig {
    /// Strongest features kept per document (the norm counts all).
    pub max_terms: usize,
    /// Candidate keys per document.
    pub key_terms: usize,
    /// A feature in more documents than this is never a candidate key: it
    /// would pair too many documents (a common year, a country).
    pub key_max_df: u32,
    /// Pseudo-documents of the background prior ([`DocFreq::idf`]); 0
    /// weighs by the corpus alone.
    pub background_docs: f64,
}

impl Default for VectorConfig {
    fn default() -> Self {
        VectorConfig {
            max_terms: 64,
            key_terms: 32,
            key_max_df: 128,
            background_docs: crate::events::prior::BACKGROUND_DOCS,
        }
    }
}

/// A document's weighted, unit-norm feature vector (truncated).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocVector {
    /// (feature hash, weight / norm), sorted by hash. Only features found
    /// in two or more documents, at most `max_terms` of them.
    pub terms: Box<[(u64, f32)]>,
    /// The people named, for variant matching.
    pub persons: Box<[PersonKey]>,
    /// When the document was written, if known or estimable.
    pub anchor: Option<Anchor>,
    /// Days and months the text states, as day ranges.
    pub mentions: Box<[(i64, i64)]>,
    /// Identifying figures, sorted (see [`Identifier`]).
    pub identifiers: Box<[Identifier]>,
    /// Where and to whom ([`crate::events::frame`]).
    pub frame: Frame,
    /// Candidate keys: the strongest `key_terms` features found in at most
    /// `key_max_df` documents, sorted (see [`crate::events::candidates`]).
    pub keys: Box<[u64]>,
}

impl DocVector {
    /// When the document is from and which days it states
    /// ([`day_conflict`](crate::events::frame::day_conflict)).
    pub fn when(&self) -> crate::events::frame::When<'_> {
        crate::events::frame::When {
            anchor: self.anchor,
            mentions: &self.mentions,
            own_day: self.frame.own_day,
            earlier_day: self.frame.earlier_day,
            follow_up: false,
        }
    }
}

impl DocFreq {
    /// An empty table.
    pub fn new() -> Self {
        DocFreq::default()
    }

    /// Counts one document's features.
    pub fn add(&mut self, f: &RawFeatures) {
        self.docs += 1;
        for &(h, _) in &f.terms {
            let c = self.df.entry(h).or_insert(0);
            *c = c.saturating_add(1);
        }
    }

    /// Adds another table (documents counted in either).
    pub fn merge(&mut self, other: DocFreq) {
        self.docs += other.docs;
        for (h, n) in other.df {
            let c = self.df.entry(h).or_insert(0);
            *c = c.saturating_add(n);
        }
    }

    /// Number of distinct features.
    pub fn len(&self) -> usize {
        self.df.len()
    }

    /// Whether no feature was counted.
    pub fn is_empty(&self) -> bool {
        self.df.is_empty()
    }

    /// Number of documents counted.
    pub fn documents(&self) -> u64 {
        self.docs
    }

    /// Number of documents a feature occurs in.
    pub fn df(&self, h: u64) -> u32 {
        self.df.get(&h).copied().unwrap_or(0)
    }

    /// Inverse document frequency: the information a feature carries.
    ///
    /// `background` pseudo-documents of English news are added to the
    /// corpus counts at every corpus size
    /// ([`prior::background_share`](crate::events::prior::background_share)):
    /// `ln((N + B + 1) / (df + B · share + 1))`, so that a corpus of a few
    /// documents takes the rarity of its words from the background and a
    /// corpus of many times `B` from its own counts. In a corpus of more
    /// than [`FEW_DOCUMENTS`](crate::events::prior::FEW_DOCUMENTS), that is then
    /// multiplied by `√((N − df) / N)`: a feature that most of the corpus's
    /// documents share cannot tell them apart, however rare it is in news
    /// at large (five reports of one minister's meetings all name him), and
    /// one that every document has weighs nothing. See [`prior`](crate::events::prior).
    /// With `background` 0: `ln((N + 1) / (df + 1))`.
    pub fn idf(&self, h: u64, background: f64) -> f64 {
        let n = self.docs as f64;
        let df = f64::from(self.df(h));
        let background = background.max(0.0);
        let prior = if background > 0.0 {
            background * crate::events::prior::background_share_in(h, self.docs)
        } else {
            0.0
        };
        let spread = if background > 0.0 && self.docs > crate::events::prior::FEW_DOCUMENTS {
            ((n - df).max(0.0) / n).sqrt()
        } else {
            1.0
        };
        spread * ((n + background + 1.0) / (df + prior + 1.0)).ln().max(0.0)
    }

    /// The weighted vector of a document: `(1 + ln tf) · idf` per feature
    /// (times [`TYPED_FEATURE_WEIGHT`] for names, dates and figures),
    /// divided by the norm of all of them; features in fewer than two
    /// documents are left out (they can match nothing) and only the
    /// `max_terms` strongest others are kept (ties by hash).
    pub fn vector(&self, f: RawFeatures, config: &VectorConfig) -> DocVector {
        let mut norm2 = 0.0f64;
        let mut kept: Vec<(u64, f64)> = Vec::with_capacity(f.terms.len());
        for &(h, tf) in &f.terms {
            let w = (1.0 + f64::from(tf.max(1)).ln())
                * self.idf(h, config.background_docs)
                * class_weight(h);
            norm2 += w * w;
            if self.df(h) >= 2 {
                kept.push((h, w));
            }
        }
        let norm = norm2.sqrt();
        kept.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        kept.truncate(config.max_terms.max(1));
        let mut keys: Vec<u64> = kept
            .iter()
            .filter(|(h, _)| self.df(*h) <= config.key_max_df)
            .take(config.key_terms)
            .map(|(h, _)| *h)
            .collect();
        keys.sort_unstable();
        let mut terms: Vec<(u64, f32)> = kept
            .into_iter()
            .map(|(h, w)| (h, if norm > 0.0 { (w / norm) as f32 } else { 0.0 }))
            .collect();
        terms.sort_unstable_by_key(|t| t.0);
        let kept_hashes: Vec<u64> = terms.iter().map(|t| t.0).collect();
        // People kept: those the vector can match (variants), and those
        // named at least half as often as the most-named one (the
        // principal-actor test reads their mention counts).
        let top = f.persons.first().map_or(0, |p| p.mentions);
        let persons: Vec<PersonKey> = f
            .persons
            .into_iter()
            .filter(|p| {
                kept_hashes.binary_search(&p.feature).is_ok()
                    || self.df(p.feature) < 2
                    || p.mentions.saturating_mul(2) >= top
                    || p.prominence >= Prominence::Lead
            })
            .collect();
        DocVector {
            terms: terms.into_boxed_slice(),
            persons: persons.into_boxed_slice(),
            anchor: f.anchor,
            mentions: f.mentions.into_boxed_slice(),
            identifiers: f.identifiers.into_boxed_slice(),
            frame: f.frame,
            keys: keys.into_boxed_slice(),
        }
    }
}
