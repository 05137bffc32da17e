//! Near-duplicate clusters: exact verification of candidate pairs and
//! clustering without chaining.
//!
//! Consumes the documents' [`DocShingles`] and the LSH candidate pairs;
//! produces [`Clusters`]: for every document, its cluster, the cluster's kept
//! document and its exact Jaccard similarity to it.
//!
//! Similarity is [`DocShingles::similarity`]: exact Jaccard, taken both with
//! and without boilerplate (the smaller of the two).
//!
//! Guarantees:
//! - every candidate pair is verified exactly, and only verified pairs
//!   (similarity ≥ `threshold`) merge clusters: each member of a cluster of
//!   two or more has a verified near-duplicate in it;
//! - every pair of members has similarity ≥ `threshold − PAIR_SLACK`
//!   (checked against the first [`MAX_PAIR_CHECKS`] members of a cluster;
//!   larger clusters are floods of near-identical copies), so a chain of
//!   near-duplicates can never merge unrelated documents, as union-find over
//!   raw edges does; in particular every member is within that floor of the
//!   kept document;
//! - the result depends only on the input order and the settings.
//!
//! The clustering is complete linkage with a floor, triggered by verified
//! pairs: pairs are taken from the most similar down (ties by document
//! index), and the clusters of a pair merge when every cross pair of members
//! is at or above `threshold − PAIR_SLACK`. The closest copies come together
//! first, so a looser copy cannot claim a document before its closest
//! near-duplicate does. The kept document of each cluster is then chosen by
//! [`KeepPolicy`], and each member's similarity to it is computed exactly.
//!
//! Cost: a merge decision computes the exact similarity of every cross
//! pair it checks, whether LSH proposed the pair or not (the shingle sets
//! are at hand), and checks at most [`MAX_PAIR_CHECKS`] members on each
//! side: at most 64 × 64 = 4,096 set comparisons per merge, each linear in
//! the two sets' sizes, and at most one merge attempt per verified pair.

use crate::document::DocIndex;
use crate::error::{Error, Result};
use crate::text::DocShingles;
use rayon::prelude::*;

/// Every pair of members of a cluster has exact Jaccard at least
/// `threshold - PAIR_SLACK`.
pub const PAIR_SLACK: f64 = 0.1;

/// A joining document is checked against at most this many members besides
/// the leader (large clusters are floods of near-identical copies).
pub const MAX_PAIR_CHECKS: usize = 64;

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
    sets: &[DocShingles],
    candidates: &[(DocIndex, DocIndex)],
    threshold: f64,
) -> Vec<VerifiedPair> {
    candidates
        .par_iter()
        .filter_map(|&(a, b)| {
            let j = sets.get(a as usize)?.similarity(sets.get(b as usize)?);
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
    sets: &[DocShingles],
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
    // Complete linkage with a floor, over verified pairs only: pairs are
    // taken from the most similar down, and a pair's two clusters merge when
    // every cross pair of members is at or above the floor.
    let floor = threshold - PAIR_SLACK;
    let mut order: Vec<&VerifiedPair> = pairs.iter().collect();
    order.sort_by(|x, y| {
        y.jaccard
            .total_cmp(&x.jaccard)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let mut cluster_of: Vec<u32> = (0..n as u32).collect();
    let mut cluster_members: Vec<Vec<DocIndex>> = (0..n as DocIndex).map(|i| vec![i]).collect();
    for p in order {
        let (ca, cb) = (cluster_of[p.a as usize], cluster_of[p.b as usize]);
        if ca == cb {
            continue;
        }
        let (big, small) =
            if cluster_members[ca as usize].len() >= cluster_members[cb as usize].len() {
                (ca, cb)
            } else {
                (cb, ca)
            };
        let fits = cluster_members[small as usize]
            .iter()
            .take(MAX_PAIR_CHECKS)
            .all(|&x| {
                cluster_members[big as usize]
                    .iter()
                    .take(MAX_PAIR_CHECKS)
                    .all(|&y| sets[x as usize].similarity(&sets[y as usize]) >= floor)
            });
        if !fits {
            continue;
        }
        let moved = std::mem::take(&mut cluster_members[small as usize]);
        for &m in &moved {
            cluster_of[m as usize] = big;
        }
        cluster_members[big as usize].extend(moved);
    }
    let cluster_members: Vec<Vec<DocIndex>> = cluster_members
        .into_iter()
        .filter(|m| !m.is_empty())
        .collect();

    // The kept document of each cluster, by policy.
    let mut kept_of = vec![0 as DocIndex; n];
    let mut similarity = vec![1f64; n];
    for members in &cluster_members {
        let kept = match keep {
            KeepPolicy::First => members.iter().copied().min(),
            KeepPolicy::Longest => members.iter().copied().min_by(|&a, &b| {
                lengths[b as usize]
                    .cmp(&lengths[a as usize])
                    .then(a.cmp(&b))
            }),
        }
        .unwrap_or(0);
        for &m in members {
            kept_of[m as usize] = kept;
            similarity[m as usize] = if m == kept {
                1.0
            } else {
                sets[m as usize].similarity(&sets[kept as usize])
            };
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
    use crate::text::ShingleSet;

    fn set(v: std::ops::Range<u64>) -> DocShingles {
        ShingleSet::from_hashes(v.collect()).into()
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
        // 0 ~ 1 ~ 2 with J ≥ 0.8 each step, but J(0, 2) = 0.67 < 0.8 − 0.1:
        // the bridge 1 must not put 0 and 2 together.
        let sets = vec![set(0..100), set(10..110), set(20..120)];
        let all = [(0, 1), (0, 2), (1, 2)];
        let pairs = verify(&sets, &all, 0.8);
        assert_eq!(pairs.len(), 2);
        let c = cluster(&sets, &[100, 100, 100], &pairs, 0.8, KeepPolicy::First).unwrap();
        assert_ne!(c.members[0].cluster, c.members[2].cluster);
        assert_eq!(c.num_clusters, 2);
        assert_eq!(c.removed(), 1);
        for (i, m) in c.members.iter().enumerate() {
            assert!(sets[i].similarity(&sets[m.kept as usize]) >= 0.7);
            for (j, n) in c.members.iter().enumerate() {
                if m.cluster == n.cluster {
                    assert!(sets[i].similarity(&sets[j]) >= 0.7);
                }
            }
        }
    }

    #[test]
    fn a_chain_of_copies_is_cut() {
        // 30 documents, each a small shift of the previous: a union-find
        // over verified edges would make one cluster of all of them.
        let sets: Vec<DocShingles> = (0..30).map(|i| set(i * 4..i * 4 + 100)).collect();
        let all: Vec<(u32, u32)> = (0..30)
            .flat_map(|a| (a + 1..30).map(move |b| (a, b)))
            .collect();
        let pairs = verify(&sets, &all, 0.8);
        let c = cluster(&sets, &[1; 30], &pairs, 0.8, KeepPolicy::First).unwrap();
        assert!(c.num_clusters >= 5, "{}", c.num_clusters);
        for (i, m) in c.members.iter().enumerate() {
            for (j, n) in c.members.iter().enumerate() {
                if m.cluster == n.cluster {
                    assert!(sets[i].similarity(&sets[j]) >= 0.7 - 1e-12);
                }
            }
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
        assert!((c.members[2].similarity - sets[2].similarity(&sets[0])).abs() < 1e-12);
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
