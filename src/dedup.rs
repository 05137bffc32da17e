//! Near-duplicate clusters: exact verification of candidate pairs and
//! clustering without chaining.
//!
//! Consumes the documents' [`ShingleSet`]s and the LSH candidate pairs;
//! produces [`Clusters`]: for every document, its cluster, the cluster's kept
//! document and its exact Jaccard similarity to it.
//!
//! Guarantees:
//! - every candidate pair is verified by exact Jaccard on the shingle sets;
//! - every member of a cluster has exact Jaccard ≥ `threshold` with the
//!   cluster's kept document (so members of one cluster are within Jaccard
//!   distance 2·(1 − threshold) of each other; unrelated documents are never
//!   chained through intermediates as union-find over raw edges does);
//! - the result depends only on the input order and the settings.
//!
//! The clustering is greedy in keep-priority order (input order for
//! [`KeepPolicy::First`], longest text first for [`KeepPolicy::Longest`]): a
//! document not yet placed joins the cluster of an already-placed neighbour
//! when its exact Jaccard with *that cluster's kept document* reaches the
//! threshold (the best such cluster), and otherwise opens a cluster of its
//! own, as its kept document, taking in all its unplaced verified neighbours.

use crate::document::DocIndex;
use crate::error::{Error, Result};
use crate::text::ShingleSet;
use rayon::prelude::*;

/// Which document of a cluster is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KeepPolicy {
    /// The first in input order (the default: stable under appending input).
    #[default]
    First,
    /// The longest text (in bytes); ties go to the first in input order.
    Longest,
}

/// A verified pair of near-duplicates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VerifiedPair {
    /// Smaller document index.
    pub a: DocIndex,
    /// Larger document index.
    pub b: DocIndex,
    /// Exact Jaccard similarity of their shingle sets.
    pub jaccard: f64,
}

/// Verifies candidate pairs by exact Jaccard, in parallel, keeping those at
/// or above `threshold`, in the order of `candidates`.
pub fn verify(
    sets: &[ShingleSet],
    candidates: &[(DocIndex, DocIndex)],
    threshold: f64,
) -> Vec<VerifiedPair> {
    candidates
        .par_iter()
        .filter_map(|&(a, b)| {
            let j = sets.get(a as usize)?.jaccard(sets.get(b as usize)?);
            (j >= threshold).then_some(VerifiedPair { a, b, jaccard: j })
        })
        .collect()
}

/// A document's place in the clustering.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Membership {
    /// Cluster number, 0-based, numbered by the cluster's first document in
    /// input order.
    pub cluster: u32,
    /// The cluster's kept document.
    pub kept: DocIndex,
    /// Exact Jaccard similarity to the kept document (1.0 for the kept one).
    pub similarity: f64,
}

/// The clustering of a corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    /// One entry per document, in input order.
    pub members: Vec<Membership>,
    /// Number of clusters (singletons included).
    pub num_clusters: usize,
    /// Size of the largest cluster.
    pub largest: usize,
}

impl Clusters {
    /// Number of documents that are not kept.
    pub fn removed(&self) -> usize {
        self.members
            .iter()
            .enumerate()
            .filter(|(i, m)| m.kept as usize != *i)
            .count()
    }
}

/// Clusters `sets.len()` documents from their verified pairs.
///
/// `lengths` are the documents' text lengths in bytes (for
/// [`KeepPolicy::Longest`]).
///
/// # Errors
/// [`Error::Config`] when the threshold is not in (0, 1] or `lengths` and
/// `sets` differ in length.
pub fn cluster(
    sets: &[ShingleSet],
    lengths: &[usize],
    pairs: &[VerifiedPair],
    threshold: f64,
    keep: KeepPolicy,
) -> Result<Clusters> {
    if !(threshold > 0.0 && threshold <= 1.0) {
        return Err(Error::Config(format!(
            "threshold must be in (0, 1], got {threshold}"
        )));
    }
    let n = sets.len();
    if lengths.len() != n {
        return Err(Error::Config("one length per document is needed".into()));
    }
    // Adjacency in CSR form, neighbours by decreasing similarity then index.
    let mut degree = vec![0u32; n + 1];
    for p in pairs {
        degree[p.a as usize] += 1;
        degree[p.b as usize] += 1;
    }
    let mut offsets = vec![0usize; n + 1];
    for i in 0..n {
        offsets[i + 1] = offsets[i] + degree[i] as usize;
    }
    let mut fill = offsets.clone();
    let mut adj = vec![(0 as DocIndex, 0f64); offsets[n]];
    for p in pairs {
        adj[fill[p.a as usize]] = (p.b, p.jaccard);
        fill[p.a as usize] += 1;
        adj[fill[p.b as usize]] = (p.a, p.jaccard);
        fill[p.b as usize] += 1;
    }
    for i in 0..n {
        adj[offsets[i]..offsets[i + 1]]
            .sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    }
    let neighbours = |i: usize| &adj[offsets[i]..offsets[i + 1]];

    let mut order: Vec<DocIndex> = (0..n as DocIndex).collect();
    if keep == KeepPolicy::Longest {
        order.sort_by(|&a, &b| {
            lengths[b as usize]
                .cmp(&lengths[a as usize])
                .then(a.cmp(&b))
        });
    }

    const UNPLACED: DocIndex = DocIndex::MAX;
    let mut kept_of = vec![UNPLACED; n];
    let mut similarity = vec![0f64; n];
    for &d in &order {
        let di = d as usize;
        if kept_of[di] != UNPLACED {
            continue;
        }
        // Join the best cluster of a placed neighbour whose kept document is
        // within the threshold.
        let mut best: Option<(f64, DocIndex)> = None;
        for &(nb, j) in neighbours(di) {
            let k = kept_of[nb as usize];
            if k == UNPLACED {
                continue;
            }
            let jk = if k == nb {
                j
            } else {
                sets[di].jaccard(&sets[k as usize])
            };
            if jk >= threshold && best.is_none_or(|(bj, bk)| jk > bj || (jk == bj && k < bk)) {
                best = Some((jk, k));
            }
        }
        if let Some((j, k)) = best {
            kept_of[di] = k;
            similarity[di] = j;
            continue;
        }
        kept_of[di] = d;
        similarity[di] = 1.0;
        for &(nb, j) in neighbours(di) {
            if kept_of[nb as usize] == UNPLACED {
                kept_of[nb as usize] = d;
                similarity[nb as usize] = j;
            }
        }
    }

    // Number clusters by their first document in input order.
    let mut number = vec![u32::MAX; n];
    let mut size = vec![0usize; n];
    let mut next = 0u32;
    let mut members = Vec::with_capacity(n);
    for i in 0..n {
        let k = kept_of[i] as usize;
        if number[k] == u32::MAX {
            number[k] = next;
            next += 1;
        }
        size[k] += 1;
        members.push(Membership {
            cluster: number[k],
            kept: k as DocIndex,
            similarity: similarity[i],
        });
    }
    Ok(Clusters {
        members,
        num_clusters: next as usize,
        largest: size.into_iter().max().unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(v: std::ops::Range<u64>) -> ShingleSet {
        ShingleSet::from_hashes(v.collect())
    }

    #[test]
    fn verify_keeps_pairs_above_threshold() {
        let sets = vec![set(0..100), set(5..105), set(50..150)];
        let pairs = verify(&sets, &[(0, 1), (0, 2), (1, 2)], 0.8);
        assert_eq!(pairs.len(), 1);
        assert_eq!((pairs[0].a, pairs[0].b), (0, 1));
        assert!((pairs[0].jaccard - 95.0 / 105.0).abs() < 1e-12);
    }

    #[test]
    fn no_chaining_through_a_bridge() {
        // 0 ~ 1 ~ 2 with J ≥ 0.8 each step, but J(0, 2) < 0.8.
        let sets = vec![set(0..100), set(8..108), set(16..116)];
        let all = [(0, 1), (0, 2), (1, 2)];
        let pairs = verify(&sets, &all, 0.8);
        assert_eq!(pairs.len(), 2);
        let c = cluster(&sets, &[100, 100, 100], &pairs, 0.8, KeepPolicy::First).unwrap();
        assert_eq!(c.members[0].cluster, c.members[1].cluster);
        assert_ne!(c.members[0].cluster, c.members[2].cluster);
        assert_eq!(c.num_clusters, 2);
        assert_eq!(c.removed(), 1);
        for (i, m) in c.members.iter().enumerate() {
            assert!(sets[i].jaccard(&sets[m.kept as usize]) >= 0.8);
        }
    }

    #[test]
    fn member_of_member_joins_when_close_to_kept() {
        // 1 is close to 0 and 2; 2 is not a neighbour of 0 in the candidate
        // list, but its exact J with 0 is above threshold: it joins 0.
        let sets = vec![set(0..100), set(3..103), set(6..106)];
        let pairs = verify(&sets, &[(0, 1), (1, 2)], 0.85);
        let c = cluster(&sets, &[1, 1, 1], &pairs, 0.85, KeepPolicy::First).unwrap();
        assert_eq!(c.num_clusters, 1);
        assert_eq!(c.members[2].kept, 0);
        assert!((c.members[2].similarity - sets[2].jaccard(&sets[0])).abs() < 1e-12);
    }

    #[test]
    fn keep_longest() {
        let sets = vec![set(0..100), set(2..102)];
        let pairs = verify(&sets, &[(0, 1)], 0.8);
        let c = cluster(&sets, &[10, 20], &pairs, 0.8, KeepPolicy::Longest).unwrap();
        assert_eq!(c.members[0].kept, 1);
        assert_eq!(c.members[1].similarity, 1.0);
        let c = cluster(&sets, &[10, 20], &pairs, 0.8, KeepPolicy::First).unwrap();
        assert_eq!(c.members[1].kept, 0);
    }
}
