//! Candidate pairs for event verification: MinHash + LSH over each
//! document's candidate keys, then the strongest few partners kept per
//! document.
//!
//! Consumes [`DocVector`]s; produces sorted, distinct candidate pairs
//! `(a, b)` with `a < b` and counters ([`CandidateStats`]).
//!
//! # Representation
//!
//! Reports of one event share few *words* verbatim but share their rare,
//! specific features: the names, the place, the date, the figures, the
//! unusual words of the story. Each document offers its strongest `top_k`
//! features among those found in two to `key_max_df` documents
//! ([`DocVector::keys`]): a set already weighted by rarity in the corpus
//! (a feature too common never becomes a key). That set is the MinHash
//! input ([`MinHasher::signature`], `num_perm` values).
//!
//! # Why MinHash + LSH, and how the banding is chosen
//!
//! Banding finds the pairs whose key sets are similar without looking at
//! every pair, and its recall at each similarity is known in closed form:
//! a pair of key-set Jaccard `s` shares a band with probability
//! `1 − (1 − s^rows)^bands` (the S-curve). Reports of one event share few
//! keys (median key-Jaccard about 0.06 on ECB+; a pair sharing one key of
//! two full sets of 32 has 1/63), so the target
//! ([`CandidateConfig::jaccard`], [`DEFAULT_KEY_JACCARD`]) is low, and
//! [`LshParams::for_threshold`] (false positives and false negatives
//! weighted equally) picks the (bands, rows) whose S-curve best separates
//! the pairs below it from those above: at such a target, many one-row
//! bands (103 × 1 of 128 values), so a pair of key-Jaccard `s` is found
//! with probability `1 − (1 − s)^104`.
//!
//! A bucket longer than `max_bucket` (documents whose band is one feature
//! shared too widely to point at one event) is skipped, not expanded.
//!
//! # Pruning
//!
//! Low-threshold banding finds many pairs (about 260 distinct pairs per
//! document on a 20k synthetic corpus), most sharing one common-ish key.
//! Each distinct LSH pair is scored once, in the first band where the two
//! documents share an expanded bucket,
//! by the information of the keys the two documents share (a sorted merge
//! of their key lists, `ln(N / df)` per shared key, `df` counted among the
//! documents' keys: a rare name counts more than a common word), and each
//! document keeps only its `per_doc` best partners (ties by document
//! index). A pair is a candidate when it is among the best of either
//! document, so verification stays linear.
//!
//! # Guarantees
//!
//! - At most `per_doc · n` pairs.
//! - Memory linear in `n`: the signatures (`n · num_perm` values), one
//!   bit per (document, band) marking skipped buckets, the per-document
//!   top-`per_doc` lists, and one band's buckets and new pairs at a time
//!   (bands are processed one after the other; each band's pairs are
//!   folded into the bounded lists before the next band).
//! - Work per band linear in `n` plus the band's pairs, each within a
//!   bucket of at most `max_bucket` documents.
//! - The same output for any thread count: a partner's score is a
//!   function of the two key lists only, each list keeps the best
//!   `per_doc` of the distinct partners under a total order (score, then
//!   index), whatever the order they arrive in, and the pairs are sorted.

use super::features::DocVector;
use crate::document::DocIndex;
use crate::error::{Error, Result};
use crate::lsh::LshParams;
use crate::minhash::{MinHashConfig, MinHasher, Signature};
use crate::text::ShingleSet;
use rayon::prelude::*;

/// Candidate generation settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CandidateConfig {
    /// Candidate keys per document hashed into its signature.
    pub top_k: usize,
    /// MinHash values per signature (1..=4096).
    pub num_perm: usize,
    /// MinHash seed.
    pub seed: u64,
    /// Key-set Jaccard target of the banding, in (0, 1): (bands, rows) are
    /// chosen from the S-curve for it ([`LshParams::for_threshold`]).
    pub jaccard: f64,
    /// LSH buckets longer than this are skipped.
    pub max_bucket: usize,
    /// Best partners kept per document.
    pub per_doc: usize,
}

/// Default key-set Jaccard target, about `1 / (2 · 32 − 1)`: two documents
/// with full sets of 32 keys that share a single one. Banding for it
/// (103 one-row bands of 128 values) finds such a pair with probability
/// about 0.8, and a pair at the median key-Jaccard of two reports of one
/// event (about 0.06) with probability above 0.99.
pub const DEFAULT_KEY_JACCARD: f64 = 0.016;

impl Default for CandidateConfig {
    /// 32 keys, 128 MinHash values (seed 0), Jaccard target
    /// [`DEFAULT_KEY_JACCARD`], buckets of at most 128 documents, 32
    /// partners per document. Partners: more than the verified pairs a
    /// document keeps ([`MAX_EDGES_PER_DOC`](super::MAX_EDGES_PER_DOC)), so
    /// that the verification, not the key overlap, has the last word.
    fn default() -> Self {
        CandidateConfig {
            top_k: 32,
            num_perm: 128,
            seed: 0,
            jaccard: DEFAULT_KEY_JACCARD,
            max_bucket: 128,
            per_doc: 32,
        }
    }
}

impl CandidateConfig {
    /// Checks the settings.
    ///
    /// # Errors
    /// [`Error::Config`] when keys or partners is 0, buckets are below 2,
    /// `num_perm` is outside 1..=4096 or the Jaccard target outside (0, 1).
    pub fn validate(&self) -> Result<()> {
        if self.top_k == 0 || self.per_doc == 0 || self.max_bucket < 2 {
            return Err(Error::Config(
                "candidate keys and partners must be at least 1, buckets at least 2".into(),
            ));
        }
        if self.num_perm == 0 || self.num_perm > 4096 {
            return Err(Error::Config(format!(
                "number of permutations must be between 1 and 4096, got {}",
                self.num_perm
            )));
        }
        self.lsh_params().map(|_| ())
    }

    /// The banding for the Jaccard target: the S-curve optimum with false
    /// positives and false negatives weighted equally.
    ///
    /// # Errors
    /// [`Error::Config`] when the target is not in (0, 1) or `num_perm` is 0.
    pub fn lsh_params(&self) -> Result<LshParams> {
        LshParams::for_threshold(self.jaccard, self.num_perm, 0.5, 0.5)
    }
}

/// Counters of candidate generation.
#[derive(Debug, Clone, Default)]
pub struct CandidateStats {
    /// Banding used.
    pub lsh: Option<LshParams>,
    /// Documents with at least one key (the others never pair).
    pub signatures: usize,
    /// Distinct keys over all documents.
    pub keys: usize,
    /// Distinct LSH pairs found (sharing at least one band in a bucket
    /// of at most `max_bucket` documents); each was scored once.
    pub raw_pairs: u64,
    /// Buckets skipped for being longer than `max_bucket`, summed over the
    /// bands.
    pub large_buckets: usize,
    /// Length of the longest bucket seen.
    pub largest_bucket: usize,
    /// Distinct candidate pairs kept.
    pub candidates: usize,
}

/// Candidate pairs `(a, b)`, `a < b`, sorted; counters.
pub type Candidates = (Vec<(DocIndex, DocIndex)>, CandidateStats);

/// A document's best partners so far: at most `cap` distinct partners,
/// the best under (score descending, index ascending), kept in that order.
fn offer(list: &mut Vec<(f32, DocIndex)>, cap: usize, score: f32, partner: DocIndex) {
    let better = |x: &(f32, DocIndex)| x.0 > score || (x.0 == score && x.1 < partner);
    if list.len() >= cap && list.last().is_none_or(better) {
        return;
    }
    if list.iter().any(|&(_, p)| p == partner) {
        return;
    }
    let at = list.partition_point(better);
    list.insert(at, (score, partner));
    list.truncate(cap);
}

/// The information two documents share: the sum of the weights of the
/// keys in both sorted key lists (`wa`, `wb` aligned with `a`, `b`).
fn shared_information(a: &[u64], wa: &[f32], b: &[u64], wb: &[f32]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                // Both documents hold the same weight for a key.
                s += wa.get(i).or(wb.get(j)).copied().unwrap_or(0.0);
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// A document's keys used for candidates: its first `top_k`.
fn doc_keys(v: &DocVector, top_k: usize) -> &[u64] {
    let k = v.keys.len().min(top_k);
    v.keys.get(..k).unwrap_or_default()
}

/// Whether two signatures' prefixes (`va`, `vb`, whole bands of `rows`
/// values) agree on a whole band `j` for which `expanded(j)` holds.
///
/// The pair loop asks this of every pair in every bucket, over all the
/// earlier bands, so it is written for speed: with one-row bands (the usual
/// banding at a low Jaccard target) the values are scanned in blocks with a
/// branch-free any-equal, and only a block holding an equal value is walked;
/// a slice `==` per band would call `memcmp` for four bytes.
fn shared_earlier_band(
    va: &[u32],
    vb: &[u32],
    rows: usize,
    expanded: impl Fn(usize) -> bool,
) -> bool {
    const BLOCK: usize = 16;
    if rows != 1 {
        return va
            .chunks_exact(rows)
            .zip(vb.chunks_exact(rows))
            .enumerate()
            .any(|(j, (x, y))| x.iter().zip(y).all(|(p, q)| p == q) && expanded(j));
    }
    va.chunks(BLOCK)
        .zip(vb.chunks(BLOCK))
        .enumerate()
        .any(|(i, (x, y))| {
            x.iter().zip(y).fold(false, |any, (p, q)| any | (p == q))
                && x.iter()
                    .zip(y)
                    .enumerate()
                    .any(|(k, (p, q))| p == q && expanded(i * BLOCK + k))
        })
}

/// Candidate pairs of a corpus (runs on the current rayon pool).
///
/// # Errors
/// [`Error::Config`] for invalid settings.
pub fn candidate_pairs(vectors: &[DocVector], config: &CandidateConfig) -> Result<Candidates> {
    config.validate()?;
    let params = config.lsh_params()?;
    let hasher = MinHasher::new(MinHashConfig {
        num_perm: config.num_perm,
        seed: config.seed,
    })?;
    let mut stats = CandidateStats {
        lsh: Some(params),
        ..CandidateStats::default()
    };
    let top_k = config.top_k;
    // Key weights: ln(N / df), df counted among the documents' keys.
    let mut all: Vec<u64> = vectors
        .par_iter()
        .flat_map_iter(|v| doc_keys(v, top_k).iter().copied())
        .collect();
    all.par_sort_unstable();
    let n = vectors.len().max(1) as f64;
    let mut weights: Vec<(u64, f32)> = Vec::new();
    for run in all.chunk_by(|a, b| a == b) {
        weights.push((run[0], (n / run.len() as f64).ln().max(0.0) as f32));
    }
    drop(all);
    stats.keys = weights.len();
    // Each document's key weights, aligned with its keys.
    let key_weights: Vec<Box<[f32]>> = vectors
        .par_iter()
        .map(|v| {
            doc_keys(v, top_k)
                .iter()
                .map(|k| match weights.binary_search_by_key(k, |w| w.0) {
                    Ok(p) => weights[p].1,
                    Err(_) => 0.0,
                })
                .collect()
        })
        .collect();
    drop(weights);
    let signatures: Vec<Option<Signature>> = vectors
        .par_iter()
        .map(|v| hasher.signature(&ShingleSet::from_hashes(doc_keys(v, top_k).to_vec())))
        .collect();
    stats.signatures = signatures.iter().filter(|s| s.is_some()).count();
    let mut lists: Vec<Vec<(f32, DocIndex)>> = vec![Vec::new(); vectors.len()];
    let (bands, rows) = (params.bands, params.rows);
    // Per (document, band): whether its bucket there was too large to
    // expand.
    let mut in_large = vec![0u64; (vectors.len() * bands).div_ceil(64)];
    for band in 0..bands {
        let mut keyed: Vec<(u64, DocIndex)> = signatures
            .par_iter()
            .enumerate()
            .filter_map(|(d, s)| {
                Some((
                    crate::lsh::band_key(s.as_ref()?.values(), band, rows)?,
                    d as DocIndex,
                ))
            })
            .collect();
        keyed.par_sort_unstable();
        let buckets: Vec<&[(u64, DocIndex)]> = keyed
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|b| b.len() >= 2)
            .collect();
        for b in &buckets {
            stats.largest_bucket = stats.largest_bucket.max(b.len());
        }
        stats.large_buckets += buckets
            .iter()
            .filter(|b| b.len() > config.max_bucket)
            .count();
        for bucket in buckets.iter().filter(|b| b.len() > config.max_bucket) {
            for &(_, d) in bucket.iter() {
                let bit = d as usize * bands + band;
                if let Some(w) = in_large.get_mut(bit / 64) {
                    *w |= 1 << (bit % 64);
                }
            }
        }
        let in_large_now = &in_large;
        let key_weights = &key_weights;
        let signatures = &signatures;
        // Whether a pair already met in an earlier band's expanded bucket
        // (then it was scored and offered there, and is skipped here).
        let met_before = move |a: DocIndex, b: DocIndex| -> bool {
            let (Some(Some(sa)), Some(Some(sb))) =
                (signatures.get(a as usize), signatures.get(b as usize))
            else {
                return false;
            };
            let end = band * rows;
            let (Some(va), Some(vb)) = (sa.values().get(..end), sb.values().get(..end)) else {
                return false;
            };
            shared_earlier_band(va, vb, rows, |j| {
                let bit = a as usize * bands + j;
                in_large_now
                    .get(bit / 64)
                    .is_some_and(|w| w & (1 << (bit % 64)) == 0)
            })
        };
        let score = move |a: DocIndex, b: DocIndex| -> f32 {
            match (
                vectors.get(a as usize),
                vectors.get(b as usize),
                key_weights.get(a as usize),
                key_weights.get(b as usize),
            ) {
                (Some(va), Some(vb), Some(wa), Some(wb)) => {
                    shared_information(doc_keys(va, top_k), wa, doc_keys(vb, top_k), wb)
                }
                _ => 0.0,
            }
        };
        // This band's new pairs, scored, in both directions.
        let mut directed: Vec<(DocIndex, DocIndex, f32)> = buckets
            .par_iter()
            .filter(|b| b.len() <= config.max_bucket)
            .flat_map_iter(|bucket| {
                let mut out = Vec::new();
                for (x, &(_, a)) in bucket.iter().enumerate() {
                    for &(_, b) in bucket.get(x + 1..).unwrap_or_default() {
                        if !met_before(a, b) {
                            let s = score(a, b);
                            out.push((a, b, s));
                            out.push((b, a, s));
                        }
                    }
                }
                out
            })
            .collect();
        stats.raw_pairs += directed.len() as u64 / 2;
        directed.par_sort_unstable_by_key(|e| e.0);
        lists.par_iter_mut().enumerate().for_each(|(d, list)| {
            let d = d as DocIndex;
            let lo = directed.partition_point(|e| e.0 < d);
            let hi = directed.partition_point(|e| e.0 <= d);
            for &(_, p, s) in directed.get(lo..hi).unwrap_or_default() {
                offer(list, config.per_doc, s, p);
            }
        });
    }
    let mut pairs: Vec<(DocIndex, DocIndex)> = lists
        .iter()
        .enumerate()
        .flat_map(|(d, l)| {
            let d = d as DocIndex;
            l.iter().map(move |&(_, p)| (d.min(p), d.max(p)))
        })
        .collect();
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
        // Identical signatures: one bucket of 10 in every band, all skipped.
        let bands = config.lsh_params().unwrap().bands;
        assert_eq!(stats.large_buckets, bands);
        assert_eq!(stats.largest_bucket, 10);
        assert_eq!(stats.raw_pairs, 0);
        assert!(config.validate().is_ok());
        assert!(CandidateConfig {
            per_doc: 0,
            ..config
        }
        .validate()
        .is_err());
        for bad in [0.0, 1.0, f64::NAN] {
            assert!(CandidateConfig {
                jaccard: bad,
                ..config
            }
            .validate()
            .is_err());
        }
        assert!(CandidateConfig {
            num_perm: 0,
            ..config
        }
        .validate()
        .is_err());
    }

    #[test]
    fn pairs_first_met_in_a_skipped_bucket_are_still_found() {
        // 0 and 1 share keys 7 and 8; 2..10 have only 7. Bands where 0 and
        // 1 hold 7's value put them in a bucket of 11 (skipped); in the
        // others they pair. Over several seeds the first band is either.
        let mut docs = vec![v(vec![7, 8]), v(vec![7, 8])];
        docs.extend((0..9).map(|_| v(vec![7])));
        for seed in 0..8 {
            let config = CandidateConfig {
                max_bucket: 5,
                seed,
                ..CandidateConfig::default()
            };
            let (pairs, stats) = candidate_pairs(&docs, &config).unwrap();
            assert_eq!(pairs, vec![(0, 1)], "seed {seed}");
            assert_eq!(stats.raw_pairs, 1, "seed {seed}");
            assert!(stats.large_buckets > 0, "seed {seed}");
        }
    }

    #[test]
    fn low_target_means_many_one_row_bands() {
        let p = CandidateConfig::default().lsh_params().unwrap();
        assert_eq!(p.rows, 1, "{p:?}");
        assert!(p.bands >= 64 && p.bands <= 128, "{p:?}");
        // A pair at the median key-Jaccard of one event's reports is
        // almost always found; one sharing a single key of 63 usually.
        assert!(p.candidate_probability(0.06) > 0.99);
        assert!(p.candidate_probability(1.0 / 63.0) > 0.75);
        // A higher target gives fewer bands or more rows.
        let q = CandidateConfig {
            jaccard: 0.3,
            ..CandidateConfig::default()
        }
        .lsh_params()
        .unwrap();
        assert!(q.rows > 1 || q.bands < p.bands, "{q:?}");
    }

    #[test]
    fn kept_partners_do_not_depend_on_arrival_order() {
        let offers: Vec<(f32, DocIndex)> = vec![
            (1.0, 5),
            (3.0, 2),
            (2.0, 9),
            (3.0, 1),
            (2.0, 4),
            (3.0, 2),
            (0.5, 7),
        ];
        let fold = |order: &[(f32, DocIndex)]| {
            let mut l = Vec::new();
            for &(s, p) in order {
                offer(&mut l, 3, s, p);
            }
            l
        };
        let want = vec![(3.0, 1), (3.0, 2), (2.0, 4)];
        assert_eq!(fold(&offers), want);
        let mut rev = offers.clone();
        rev.reverse();
        assert_eq!(fold(&rev), want);
    }

    #[test]
    fn same_pairs_for_any_thread_count() {
        // Overlapping key sets drawn from a seeded generator.
        let mut x = 7u64;
        let docs: Vec<DocVector> = (0..400)
            .map(|_| {
                let mut keys: Vec<u64> = (0..20)
                    .map(|_| {
                        x = x
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        (x >> 33) % 600
                    })
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                v(keys)
            })
            .collect();
        let config = CandidateConfig {
            per_doc: 4,
            ..CandidateConfig::default()
        };
        let run = |threads| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap()
                .install(|| candidate_pairs(&docs, &config).unwrap())
        };
        let (one, s1) = run(1);
        let (three, s3) = run(3);
        assert_eq!(one, three);
        assert_eq!(s1.raw_pairs, s3.raw_pairs);
        // The pruning is what bounds the output.
        assert!(one.len() <= 4 * docs.len());
        assert!(s1.raw_pairs > one.len() as u64, "{s1:?}");
    }
}
