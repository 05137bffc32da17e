//! Locality-sensitive hashing by banding: which signature pairs are worth
//! verifying.
//!
//! Consumes [`Signature`]s (in document-index order); produces sorted,
//! distinct candidate pairs `(a, b)` with `a < b`.
//!
//! A signature of `bands × rows` values is cut into `bands` bands of `rows`
//! values; two documents are candidates when they agree on a whole band.
//! A pair of Jaccard similarity s becomes a candidate with probability
//! 1 − (1 − s^rows)^bands (the S-curve). [`LshParams::for_threshold`] picks
//! (bands, rows) as datasketch does: minimising a weighted sum of the
//! false-positive area (the curve below the threshold) and the
//! false-negative area (one minus the curve above it).
//!
//! Buckets are found by sorting (band key, document) pairs, band by band,
//! so memory is linear and the result does not depend on thread count.
//!
//! **Candidate rule: star edges to the bucket minimum.** Every document of
//! a bucket (a band key shared by two or more documents) is paired with the
//! bucket's smallest document index; buckets of at most `small_bucket`
//! documents (8 in the embedded run's defaults) also give all their pairs.
//! The work per bucket is linear past `small_bucket`, so a flood of
//! identical texts (a bucket holding 5% of the corpus) costs one edge per
//! member, and the rule needs no list of a bucket's members: `min(doc)` and
//! `count(*)` per band key joined back to the band table give the star
//! edges, and a self-join of the buckets with `count(*) ≤ small_bucket` the
//! small buckets' pairs, which is how a scale-out run (Spark SQL, or the
//! `stages` kernels) computes them. The small buckets matter: when the
//! minimum is a loose copy (a truncated one), the star edges alone lose the
//! pairs of the close copies around it (recall 0.974 instead of 0.999 on
//! planted clusters of up to 12 copies; see benches/README.md).

use crate::document::DocIndex;
use crate::error::{Error, Result};
use crate::minhash::Signature;
use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Banding parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LshParams {
    /// Number of bands.
    pub bands: usize,
    /// Signature values per band.
    pub rows: usize,
}

/// Intervals of Simpson's rule on each side of the threshold (even).
const SIMPSON_STEPS: usize = 200;

/// The points and weights of Simpson's rule on `[a, b]`: Σ wᵢ·f(xᵢ)
/// approximates the integral of f.
fn simpson(a: f64, b: f64) -> Vec<(f64, f64)> {
    let n = SIMPSON_STEPS;
    let h = (b - a) / n as f64;
    (0..=n)
        .map(|i| {
            let w = if i == 0 || i == n {
                1.0
            } else if i % 2 == 1 {
                4.0
            } else {
                2.0
            };
            (a + i as f64 * h, w * h / 3.0)
        })
        .collect()
}

impl LshParams {
    /// Probability that a pair of Jaccard similarity `s` shares a band.
    pub fn candidate_probability(&self, s: f64) -> f64 {
        1.0 - (1.0 - s.powi(self.rows as i32)).powi(self.bands as i32)
    }

    /// The (bands, rows) with `bands × rows ≤ num_perm` that minimises
    /// `fp_weight · FP + fn_weight · FN`, where FP is the area under the
    /// S-curve on `[0, threshold]` and FN the area above it on
    /// `[threshold, 1]` (datasketch's `_optimal_param`). Ties go to fewer
    /// bands.
    ///
    /// # Errors
    /// [`Error::Config`] when the threshold is not in (0, 1), `num_perm` is
    /// 0 or the weights are negative or both zero.
    pub fn for_threshold(
        threshold: f64,
        num_perm: usize,
        fp_weight: f64,
        fn_weight: f64,
    ) -> Result<Self> {
        if !(threshold > 0.0 && threshold < 1.0) {
            return Err(Error::Config(format!(
                "threshold must be strictly between 0 and 1, got {threshold}"
            )));
        }
        if num_perm == 0 {
            return Err(Error::Config(
                "number of permutations must be positive".into(),
            ));
        }
        if !(fp_weight >= 0.0 && fn_weight >= 0.0 && fp_weight + fn_weight > 0.0) {
            return Err(Error::Config(
                "LSH error weights must be non-negative".into(),
            ));
        }
        // err[bands][rows] for every banding that fits. For a number of
        // rows, the probability that a pair misses every band is
        // (1 − s^rows)^bands: one multiplication per point as the number of
        // bands grows.
        let below = simpson(0.0, threshold);
        let above = simpson(threshold, 1.0);
        let mut err = vec![Vec::new(); num_perm + 1];
        for rows in 1..=num_perm {
            let miss_one = |grid: &[(f64, f64)]| -> Vec<f64> {
                grid.iter()
                    .map(|&(x, _)| 1.0 - x.powi(rows as i32))
                    .collect()
            };
            let (one_lo, one_hi) = (miss_one(&below), miss_one(&above));
            let (mut miss_lo, mut miss_hi) = (vec![1.0; below.len()], vec![1.0; above.len()]);
            for by_bands in err.iter_mut().take(num_perm / rows + 1).skip(1) {
                miss_lo.iter_mut().zip(&one_lo).for_each(|(m, o)| *m *= o);
                miss_hi.iter_mut().zip(&one_hi).for_each(|(m, o)| *m *= o);
                // False positives: the S-curve below the threshold; false
                // negatives: one minus it above.
                let fp: f64 = below
                    .iter()
                    .zip(&miss_lo)
                    .map(|(&(_, w), m)| w * (1.0 - m))
                    .sum();
                let fneg: f64 = above.iter().zip(&miss_hi).map(|(&(_, w), m)| w * m).sum();
                by_bands.push(fp_weight * fp + fn_weight * fneg);
            }
        }
        // Scanned by bands then rows, the first of (nearly) equal errors
        // kept: ties go to fewer bands.
        let mut best = LshParams { bands: 1, rows: 1 };
        let mut best_err = f64::INFINITY;
        for (bands, by_rows) in err.iter().enumerate() {
            for (r, &e) in by_rows.iter().enumerate() {
                if e < best_err - 1e-12 {
                    best_err = e;
                    best = LshParams { bands, rows: r + 1 };
                }
            }
        }
        Ok(best)
    }

    /// Checks that the bands fit in signatures of `num_perm` values.
    ///
    /// # Errors
    /// [`Error::Config`] when bands or rows is 0 or bands × rows > num_perm.
    pub fn validate(&self, num_perm: usize) -> Result<()> {
        if self.bands == 0 || self.rows == 0 || self.bands * self.rows > num_perm {
            return Err(Error::Config(format!(
                "bands × rows must be between 1 and the number of permutations ({num_perm}), got {} × {}",
                self.bands, self.rows
            )));
        }
        Ok(())
    }
}

/// Candidate generation settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LshConfig {
    /// Banding.
    pub params: LshParams,
    /// Buckets of at most this many documents give all their pairs as
    /// well as the star edges (0 or 1: star edges only).
    pub small_bucket: usize,
}

/// Statistics of one candidate search.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LshStats {
    /// Distinct candidate pairs.
    pub candidates: usize,
    /// Buckets (band keys shared by two or more documents, over all
    /// bands) larger than `small_bucket`: linked by star edges only.
    pub large_buckets: usize,
    /// Size of the largest bucket seen.
    pub largest_bucket: usize,
}

/// The bucket key of one band of a signature: XXH3 of the band's values,
/// seeded by the band number (so equal values in two bands never meet).
pub fn band_key(values: &[u32], band: usize, rows: usize) -> Option<u64> {
    let vals = values.get(band * rows..(band + 1) * rows)?;
    let mut bytes = [0u8; 4 * 64];
    let mut key = band as u64;
    // Hash the band's values (rows ≤ 64 per chunk).
    for chunk in vals.chunks(64) {
        for (j, v) in chunk.iter().enumerate() {
            bytes[4 * j..4 * j + 4].copy_from_slice(&v.to_le_bytes());
        }
        key = xxh3_64_with_seed(&bytes[..4 * chunk.len()], key);
    }
    Some(key)
}

/// The band keys of many documents, in document-index order: what candidate
/// search needs of a signature (`bands` × 8 bytes instead of `num_perm` ×
/// 4). A document without a signature has no keys and never pairs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BandKeys {
    bands: usize,
    keys: Vec<u64>,
    present: Vec<bool>,
}

impl BandKeys {
    /// No documents yet, for `params.bands` bands.
    pub fn new(params: LshParams) -> Self {
        BandKeys {
            bands: params.bands,
            keys: Vec::new(),
            present: Vec::new(),
        }
    }

    /// Adds the next document: its signature's values, or `None`. Values
    /// too short for the banding count as no signature.
    pub fn push(&mut self, values: Option<&[u32]>, params: LshParams) {
        let bands = self.bands;
        match values {
            Some(v) if v.len() >= bands * params.rows => {
                self.keys
                    .extend((0..bands).map(|b| band_key(v, b, params.rows).unwrap_or_default()));
                self.present.push(true);
            }
            _ => {
                self.keys.resize(self.keys.len() + bands, 0);
                self.present.push(false);
            }
        }
    }

    /// Appends the documents of `other` (same banding) after these.
    pub fn append(&mut self, mut other: BandKeys) {
        self.keys.append(&mut other.keys);
        self.present.append(&mut other.present);
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.present.len()
    }

    /// Whether there is no document.
    pub fn is_empty(&self) -> bool {
        self.present.is_empty()
    }

    /// The band keys of document `doc` (one per band), or `None` when it
    /// has no signature.
    pub fn doc_keys(&self, doc: usize) -> Option<&[u64]> {
        if *self.present.get(doc)? {
            self.keys.get(doc * self.bands..(doc + 1) * self.bands)
        } else {
            None
        }
    }

    /// The key of document `doc` in `band`, if it has a signature.
    fn key(&self, doc: usize, band: usize) -> Option<u64> {
        if *self.present.get(doc)? {
            self.keys.get(doc * self.bands + band).copied()
        } else {
            None
        }
    }
}

/// Candidate pairs `(a, b)`, `a < b`, sorted and distinct, among documents
/// that have a signature (`None` entries never pair).
pub fn candidate_pairs(
    signatures: &[Option<Signature>],
    config: &LshConfig,
) -> (Vec<(DocIndex, DocIndex)>, LshStats) {
    let mut keys = BandKeys::new(config.params);
    for s in signatures {
        keys.push(s.as_ref().map(Signature::values), config.params);
    }
    candidate_pairs_from_keys(&keys, config)
}

/// [`candidate_pairs`] from the documents' band keys.
pub fn candidate_pairs_from_keys(
    keys: &BandKeys,
    config: &LshConfig,
) -> (Vec<(DocIndex, DocIndex)>, LshStats) {
    let bands = config.params.bands.min(keys.bands);
    let per_band: Vec<(Vec<u64>, usize, usize)> = (0..bands)
        .into_par_iter()
        .map(|band| {
            let mut keyed: Vec<(u64, DocIndex)> = (0..keys.len())
                .filter_map(|i| Some((keys.key(i, band)?, i as DocIndex)))
                .collect();
            keyed.sort_unstable();
            let mut pairs = Vec::new();
            let (mut large, mut largest) = (0usize, 0usize);
            let mut i = 0;
            while i < keyed.len() {
                let mut j = i + 1;
                while j < keyed.len() && keyed[j].0 == keyed[i].0 {
                    j += 1;
                }
                let bucket = &keyed[i..j];
                if bucket.len() >= 2 {
                    largest = largest.max(bucket.len());
                    // Sorted by (key, doc): the first member is the minimum.
                    let min = bucket[0].1;
                    pairs.extend(bucket[1..].iter().map(|&(_, d)| pack(min, d)));
                    if bucket.len() > config.small_bucket {
                        large += 1;
                    } else {
                        for (x, &(_, a)) in bucket.iter().enumerate().skip(1) {
                            for &(_, b) in &bucket[x + 1..] {
                                pairs.push(pack(a, b));
                            }
                        }
                    }
                }
                i = j;
            }
            pairs.sort_unstable();
            pairs.dedup();
            (pairs, large, largest)
        })
        .collect();
    let mut stats = LshStats::default();
    let mut all: Vec<u64> = Vec::with_capacity(per_band.iter().map(|p| p.0.len()).sum());
    for (pairs, large, largest) in per_band {
        all.extend(pairs);
        stats.large_buckets += large;
        stats.largest_bucket = stats.largest_bucket.max(largest);
    }
    all.par_sort_unstable();
    all.dedup();
    stats.candidates = all.len();
    (all.into_iter().map(unpack).collect(), stats)
}

/// Packs a pair into one sortable u64 (smaller index in the high half).
fn pack(a: DocIndex, b: DocIndex) -> u64 {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    ((lo as u64) << 32) | hi as u64
}

fn unpack(p: u64) -> (DocIndex, DocIndex) {
    ((p >> 32) as DocIndex, p as DocIndex)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optimal_params_are_sensible() {
        let p = LshParams::for_threshold(0.8, 128, 0.5, 0.5).unwrap();
        assert!(p.bands * p.rows <= 128);
        // The S-curve crosses one half near the threshold.
        let mid = (1.0 / p.bands as f64).powf(1.0 / p.rows as f64);
        assert!((mid - 0.8).abs() < 0.1, "{p:?} midpoint {mid}");
        // Lower thresholds need more bands of fewer rows.
        let q = LshParams::for_threshold(0.3, 128, 0.5, 0.5).unwrap();
        assert!(q.bands > p.bands && q.rows < p.rows, "{q:?} vs {p:?}");
        assert!(LshParams::for_threshold(1.0, 128, 0.5, 0.5).is_err());
        assert!(LshParams::for_threshold(0.5, 0, 0.5, 0.5).is_err());
    }

    /// The banding search equals a direct search with Simpson's rule on
    /// each curve.
    #[test]
    fn banding_search_matches_direct_integration() {
        let integrate = |f: &dyn Fn(f64) -> f64, a: f64, b: f64| -> f64 {
            simpson(a, b).iter().map(|&(x, w)| w * f(x)).sum()
        };
        for (t, k, fp_w, fn_w) in [
            (0.8, 128, 0.05, 0.95),
            (0.5, 128, 0.05, 0.95),
            (0.8, 64, 0.5, 0.5),
            (0.3, 100, 0.5, 0.5),
            (0.95, 256, 0.05, 0.95),
        ] {
            let mut best = (LshParams { bands: 1, rows: 1 }, f64::INFINITY);
            for bands in 1..=k {
                for rows in 1..=k / bands {
                    let p = LshParams { bands, rows };
                    let fp = integrate(&|s| p.candidate_probability(s), 0.0, t);
                    let fneg = integrate(&|s| 1.0 - p.candidate_probability(s), t, 1.0);
                    let e = fp_w * fp + fn_w * fneg;
                    if e < best.1 - 1e-12 {
                        best = (p, e);
                    }
                }
            }
            assert_eq!(
                LshParams::for_threshold(t, k, fp_w, fn_w).unwrap(),
                best.0,
                "threshold {t}, {k} permutations"
            );
        }
    }

    #[test]
    fn candidate_probability_matches_formula() {
        let p = LshParams { bands: 20, rows: 5 };
        assert!((p.candidate_probability(1.0) - 1.0).abs() < 1e-12);
        assert_eq!(p.candidate_probability(0.0), 0.0);
        let s: f64 = 0.5;
        let want = 1.0 - (1.0 - s.powi(5)).powi(20);
        assert!((p.candidate_probability(s) - want).abs() < 1e-12);
    }

    fn sig(v: &[u32]) -> Option<Signature> {
        Some(Signature(v.to_vec().into_boxed_slice()))
    }

    #[test]
    fn pairs_from_shared_bands_only() {
        let sigs = vec![
            sig(&[1, 2, 3, 4]),
            sig(&[1, 2, 9, 9]),
            sig(&[7, 7, 3, 4]),
            None,
            sig(&[8, 8, 8, 8]),
        ];
        let cfg = LshConfig {
            params: LshParams { bands: 2, rows: 2 },
            small_bucket: 0,
        };
        let (pairs, stats) = candidate_pairs(&sigs, &cfg);
        assert_eq!(pairs, vec![(0, 1), (0, 2)]);
        assert_eq!(stats.candidates, 2);
        assert_eq!(stats.large_buckets, 2);
    }

    /// Star edges go to the bucket's smallest index only; small buckets
    /// add their other pairs.
    #[test]
    fn star_edges_to_the_bucket_minimum() {
        // Documents 1, 2, 4 share band 0; 3 and 4 share band 1.
        let sigs = vec![
            sig(&[0, 0, 0, 0]),
            sig(&[5, 5, 1, 1]),
            sig(&[5, 5, 2, 2]),
            sig(&[6, 6, 3, 3]),
            sig(&[5, 5, 3, 3]),
        ];
        let params = LshParams { bands: 2, rows: 2 };
        let star = LshConfig {
            params,
            small_bucket: 0,
        };
        assert_eq!(
            candidate_pairs(&sigs, &star).0,
            vec![(1, 2), (1, 4), (3, 4)]
        );
        let small = LshConfig {
            params,
            small_bucket: 3,
        };
        assert_eq!(
            candidate_pairs(&sigs, &small).0,
            vec![(1, 2), (1, 4), (2, 4), (3, 4)]
        );
    }

    #[test]
    fn large_buckets_stay_linear() {
        let sigs: Vec<Option<Signature>> = (0..1000).map(|_| sig(&[5, 5])).collect();
        let cfg = LshConfig {
            params: LshParams { bands: 1, rows: 2 },
            small_bucket: 8,
        };
        let (pairs, stats) = candidate_pairs(&sigs, &cfg);
        assert_eq!(stats.large_buckets, 1);
        assert_eq!(stats.largest_bucket, 1000);
        // One edge per member besides the minimum, not 1000 * 999 / 2.
        assert_eq!(pairs, (1..1000).map(|i| (0, i)).collect::<Vec<_>>());
    }
}
