//! Candidate pairs for event verification: MinHash and LSH over each
//! document's strongest features.
//!
//! Consumes [`DocVector`]s; produces sorted, distinct candidate pairs
//! `(a, b)` with `a < b` and the LSH statistics.
//!
//! Reports of one event share few *words* verbatim but share their rare,
//! specific features: the names, the place, the date, the figures, the
//! unusual words of the story. Each document is represented by the set of
//! its `top_k` features by TF-IDF weight among those found in two to
//! `key_max_df` documents ([`DocVector::keys`]; a feature in more documents
//! would make a bucket of all of them), and two reports of one event typically share a few of them
//! (Jaccard 0.03–0.3), where unrelated documents share none. So the banding
//! is chosen for a *low* threshold from the S-curve
//! ([`LshParams::for_threshold`]): many bands of few rows (one, by
//! default). A bucket of more
//! than `max_bucket` documents (a feature set everyone shares, such as a
//! template) is linked linearly, not expanded, so the number of candidates
//! stays linear in the corpus for any input.

use super::features::DocVector;
use crate::document::DocIndex;
use crate::error::Result;
use crate::lsh::{self, LshConfig, LshParams, LshStats};
use crate::minhash::{MinHashConfig, MinHasher};
use crate::text::ShingleSet;
use rayon::prelude::*;

/// Candidate generation settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CandidateConfig {
    /// Features per document in the MinHash set.
    pub top_k: usize,
    /// MinHash values per signature.
    pub num_perm: usize,
    /// Seed of MinHash.
    pub seed: u64,
    /// Jaccard similarity (of the top-k sets) the banding aims at.
    pub jaccard: f64,
    /// Weights of false positives and false negatives in the choice of
    /// bands (see [`LshParams::for_threshold`]).
    pub fp_fn_weights: (f64, f64),
    /// LSH buckets above this size are linked, not expanded.
    pub max_bucket: usize,
}

impl Default for CandidateConfig {
    /// 32 features and 128 values. Reports of one event often share only
    /// one or two of their 32 strongest features (a name and a place: on
    /// the ECB+ development set the median Jaccard of same-event pairs'
    /// top-32 sets is 0.06, and a tenth are at 0.03 or below), so the
    /// banding aims at J = 0.03 with false negatives weighing 19 times
    /// false positives (a missed pair is a lost link, a false candidate
    /// one cosine): the S-curve then gives 128 bands of one value, which
    /// finds a pair at J = 0.03 with probability 0.98. Unrelated documents
    /// share none of their strongest features (J = 0) and never collide;
    /// the bucket cap keeps features shared by very many documents linear.
    fn default() -> Self {
        CandidateConfig {
            top_k: 32,
            num_perm: 128,
            seed: 0x6576,
            jaccard: 0.03,
            fp_fn_weights: (0.05, 0.95),
            max_bucket: 128,
        }
    }
}

impl CandidateConfig {
    /// The banding these settings give.
    ///
    /// # Errors
    /// [`crate::Error::Config`] for a Jaccard target outside (0, 1) or no
    /// permutations.
    pub fn params(&self) -> Result<LshParams> {
        LshParams::for_threshold(
            self.jaccard,
            self.num_perm,
            self.fp_fn_weights.0,
            self.fp_fn_weights.1,
        )
    }
}

/// The MinHash set of a document: its candidate keys
/// ([`DocVector::keys`]), at most `top_k` of them.
pub fn top_features(v: &DocVector, top_k: usize) -> ShingleSet {
    ShingleSet::from_hashes(v.keys.iter().take(top_k).copied().collect())
}

/// Candidate pairs `(a, b)`, `a < b`, sorted; the banding; LSH counters.
pub type Candidates = (Vec<(DocIndex, DocIndex)>, LshParams, LshStats);

/// Candidate pairs of a corpus (runs on the current rayon pool).
///
/// # Errors
/// [`crate::Error::Config`] for invalid settings.
pub fn candidate_pairs(vectors: &[DocVector], config: &CandidateConfig) -> Result<Candidates> {
    let params = config.params()?;
    let hasher = MinHasher::new(MinHashConfig {
        num_perm: config.num_perm,
        seed: config.seed,
    })?;
    let signatures: Vec<_> = vectors
        .par_iter()
        .map(|v| hasher.signature(&top_features(v, config.top_k)))
        .collect();
    let lsh_config = LshConfig {
        params,
        max_bucket: config.max_bucket.max(2),
        window: 8,
    };
    let (pairs, stats) = lsh::candidate_pairs(&signatures, &lsh_config);
    Ok((pairs, params, stats))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_banding_is_low_threshold() {
        let p = CandidateConfig::default().params().unwrap();
        assert!(p.bands * p.rows <= 128);
        // Pairs sharing two of their top features are found almost always.
        assert!(p.candidate_probability(0.03) > 0.95, "{p:?}");
        assert!(p.candidate_probability(0.1) > 0.999, "{p:?}");
    }

    #[test]
    fn shared_top_features_make_candidates() {
        let v = |base: u64| DocVector {
            keys: (base..base + 32).collect::<Vec<_>>().into_boxed_slice(),
            ..DocVector::default()
        };
        let docs = vec![v(0), v(2), v(1000), DocVector::default()];
        let (pairs, _, _) = candidate_pairs(&docs, &CandidateConfig::default()).unwrap();
        assert_eq!(pairs, vec![(0, 1)]);
    }
}
