//! Candidate pairs for event verification: an inverted index over each
//! document's candidate keys, with the strongest few partners kept per
//! document.
//!
//! Consumes [`DocVector`]s; produces sorted, distinct candidate pairs
//! `(a, b)` with `a < b` and counters ([`CandidateStats`]).
//!
//! Reports of one event share few *words* verbatim but share their rare,
//! specific features: the names, the place, the date, the figures, the
//! unusual words of the story. Each document offers its strongest `top_k`
//! features among those found in two to `key_max_df` documents
//! ([`DocVector::keys`]). The index maps each key to the documents that
//! offer it (a posting list, at most `max_bucket` long: a longer one is a
//! feature too common to point at one event, and is skipped). For each
//! document, every other document in its keys' posting lists scores the
//! information of the keys they share (`ln(N / posting length)` per key:
//! a rare name counts more than a common word), and only the `per_doc`
//! best-scoring partners are kept (ties by document index). A pair is a
//! candidate when it is among the best of either document.
//!
//! Why this and not MinHash banding at a low Jaccard target: the earlier
//! one-row banding over the same keys found every pair sharing any key
//! (about 490 candidates per document on a 100k synthetic corpus), most of
//! them sharing a single common-ish key. Here the work is the same single
//! pass over the posting lists, but the output is at most `per_doc` pairs
//! per document, ordered by how much they share, so the pairs sharing
//! several rare keys (the reports of one event) come first.
//!
//! Guarantees: at most `per_doc · n` pairs; work `Σ_keys len²` bounded by
//! `n · top_k · max_bucket`; memory linear in `n · top_k`; the same output
//! for any thread count (each document's partners are a function of the
//! index only, and the pairs are sorted).

use super::features::DocVector;
use crate::document::DocIndex;
use crate::error::{Error, Result};
use rayon::prelude::*;

/// Candidate generation settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CandidateConfig {
    /// Candidate keys per document used in the index.
    pub top_k: usize,
    /// Posting lists longer than this are skipped.
    pub max_bucket: usize,
    /// Best partners kept per document.
    pub per_doc: usize,
}

impl Default for CandidateConfig {
    /// 32 keys, posting lists of at most 128 documents, 32 partners per
    /// document. Partners: more than the verified pairs a document keeps
    /// ([`MAX_EDGES_PER_DOC`](super::MAX_EDGES_PER_DOC)), so that the
    /// verification, not the key overlap, has the last word.
    fn default() -> Self {
        CandidateConfig {
            top_k: 32,
            max_bucket: 128,
            per_doc: 32,
        }
    }
}

impl CandidateConfig {
    /// Checks the settings.
    ///
    /// # Errors
    /// [`Error::Config`] when any of them is 0 (`max_bucket` must be at
    /// least 2).
    pub fn validate(&self) -> Result<()> {
        if self.top_k == 0 || self.per_doc == 0 || self.max_bucket < 2 {
            return Err(Error::Config(
                "candidate keys and partners must be at least 1, posting lists at least 2".into(),
            ));
        }
        Ok(())
    }
}

/// Counters of candidate generation.
#[derive(Debug, Clone, Default)]
pub struct CandidateStats {
    /// Distinct candidate pairs.
    pub candidates: usize,
    /// Distinct keys indexed.
    pub keys: usize,
    /// Posting lists skipped for being longer than `max_bucket`.
    pub large_buckets: usize,
    /// Length of the longest posting list kept.
    pub largest_bucket: usize,
    /// Document pairs scored (sharing at least one indexed key, counted
    /// from both sides).
    pub scored: u64,
}

/// Candidate pairs `(a, b)`, `a < b`, sorted; counters.
pub type Candidates = (Vec<(DocIndex, DocIndex)>, CandidateStats);

/// Candidate pairs of a corpus (runs on the current rayon pool).
///
/// # Errors
/// [`Error::Config`] for invalid settings.
pub fn candidate_pairs(vectors: &[DocVector], config: &CandidateConfig) -> Result<Candidates> {
    config.validate()?;
    let mut stats = CandidateStats::default();
    // The index: (key, document) sorted, then cut into posting lists.
    let mut entries: Vec<(u64, DocIndex)> = vectors
        .par_iter()
        .enumerate()
        .flat_map_iter(|(d, v)| {
            v.keys
                .iter()
                .take(config.top_k)
                .map(move |&k| (k, d as DocIndex))
        })
        .collect();
    entries.par_sort_unstable();
    entries.dedup();
    // Posting lists: (key, start, end) into `docs`, kept ones only.
    let n = vectors.len().max(1) as f64;
    let mut lists: Vec<(u64, u32, u32, f32)> = Vec::new();
    let mut docs: Vec<DocIndex> = Vec::with_capacity(entries.len());
    let mut i = 0;
    while i < entries.len() {
        let key = entries[i].0;
        let mut j = i;
        while j < entries.len() && entries[j].0 == key {
            j += 1;
        }
        let len = j - i;
        if len > config.max_bucket {
            stats.large_buckets += 1;
        } else if len >= 2 {
            let start = docs.len() as u32;
            docs.extend(entries[i..j].iter().map(|e| e.1));
            let weight = (n / len as f64).ln().max(0.0) as f32;
            lists.push((key, start, docs.len() as u32, weight));
            stats.largest_bucket = stats.largest_bucket.max(len);
        }
        i = j;
    }
    drop(entries);
    stats.keys = lists.len();
    let postings = |key: u64| -> Option<(&[DocIndex], f32)> {
        let p = lists.binary_search_by_key(&key, |l| l.0).ok()?;
        let (_, s, e, w) = lists[p];
        Some((docs.get(s as usize..e as usize)?, w))
    };
    let per_doc: Vec<(Vec<(DocIndex, DocIndex)>, u64)> = vectors
        .par_iter()
        .enumerate()
        .map_init(Vec::new, |acc: &mut Vec<(DocIndex, f32)>, (d, v)| {
            let d = d as DocIndex;
            acc.clear();
            for &k in v.keys.iter().take(config.top_k) {
                if let Some((list, w)) = postings(k) {
                    acc.extend(list.iter().filter(|&&e| e != d).map(|&e| (e, w)));
                }
            }
            let scored = acc.len() as u64;
            acc.sort_unstable_by_key(|x| x.0);
            // Sum the weights per partner, in place.
            let mut m = 0;
            for r in 0..acc.len() {
                if m > 0 && acc[m - 1].0 == acc[r].0 {
                    acc[m - 1].1 += acc[r].1;
                } else {
                    acc[m] = acc[r];
                    m += 1;
                }
            }
            acc.truncate(m);
            acc.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            let pairs = acc
                .iter()
                .take(config.per_doc)
                .map(|&(e, _)| (d.min(e), d.max(e)))
                .collect();
            (pairs, scored)
        })
        .collect();
    let mut pairs: Vec<(DocIndex, DocIndex)> = Vec::new();
    for (p, s) in per_doc {
        pairs.extend(p);
        stats.scored += s;
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    stats.candidates = pairs.len();
    Ok((pairs, stats))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(keys: Vec<u64>) -> DocVector {
        DocVector {
            keys: keys.into_boxed_slice(),
            ..DocVector::default()
        }
    }

    #[test]
    fn shared_keys_make_candidates() {
        let docs = vec![
            v((0..32).collect()),
            v((2..34).collect()),
            v((1000..1032).collect()),
            DocVector::default(),
        ];
        let (pairs, stats) = candidate_pairs(&docs, &CandidateConfig::default()).unwrap();
        assert_eq!(pairs, vec![(0, 1)]);
        assert_eq!(stats.candidates, 1);
    }

    #[test]
    fn partners_are_ranked_by_shared_information() {
        // Document 0 shares three keys with 1, one with each of 2..6.
        let mut docs = vec![v(vec![1, 2, 3, 10, 11, 12, 13]), v(vec![1, 2, 3])];
        for k in 10..14 {
            docs.push(v(vec![k]));
        }
        let config = CandidateConfig {
            per_doc: 1,
            ..CandidateConfig::default()
        };
        let (pairs, _) = candidate_pairs(&docs, &config).unwrap();
        // 0's best partner is 1; 2..5 each keep 0 as their only partner.
        assert_eq!(pairs, vec![(0, 1), (0, 2), (0, 3), (0, 4), (0, 5)]);
    }

    #[test]
    fn long_posting_lists_are_skipped() {
        let docs: Vec<DocVector> = (0..10).map(|_| v(vec![7])).collect();
        let config = CandidateConfig {
            max_bucket: 5,
            ..CandidateConfig::default()
        };
        let (pairs, stats) = candidate_pairs(&docs, &config).unwrap();
        assert!(pairs.is_empty());
        assert_eq!(stats.large_buckets, 1);
        assert!(config.validate().is_ok());
        assert!(CandidateConfig {
            per_doc: 0,
            ..config
        }
        .validate()
        .is_err());
    }
}
